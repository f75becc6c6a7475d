// Octokit, the runner's fetch defaults and the two plugins, imported together by createGitHub at its first call.
export { getOctokit } from '@actions/github';
export { defaults as actionsDefaults } from '@actions/github/lib/utils';
export { retry } from '@octokit/plugin-retry';
export { throttling } from '@octokit/plugin-throttling';
