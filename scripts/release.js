#!/usr/bin/env node
// @ts-check
/**
 * Cuts a release of this repository from a version tag:
 *
 *   node scripts/release.js --version v1.2.0 [--create-tag] [--dry-run]
 *
 * Checks the version (semver, v-prefixed), that the tagged commit is on the
 * default branch, carries that version in package.json and in the CLI's
 * packages/cli/package.json (the release workflow publishes it to npm next) and
 * has a CHANGELOG.md entry; then creates (or updates) the GitHub release with the entry as its
 * notes and force-pushes the moving tags v1 and v1.2 to the release commit,
 * never back to an older version. Every check runs before the first write, so
 * a refused release changes nothing; every write is idempotent, so a failed
 * one is finished by running the same command again.
 *
 * --create-tag tags HEAD with the version first (the workflow_dispatch path);
 * without it the tag must already be on the remote (the tag-push path).
 * Environment: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/repo), GITHUB_API_URL
 * (default https://api.github.com).
 */
import { parseArgs } from 'node:util';
import { releaseNotes } from './release/changelog.js';
import { ReleaseError } from './release/errors.js';
import { defaultBranch, fetchBranch, fetchTag, fileAt, isAncestor, pushTag, remoteTags, resolveCommit } from './release/git.js';
import { upsertRelease } from './release/github-releases.js';
import { isLatest, planMovingTags } from './release/moving-tags.js';
import { isPrerelease, parseVersion } from './release/version.js';

/** The package of the CLI, published to npm by the release workflow at the release's version. */
const CLI_PACKAGE = 'packages/cli/package.json';

const USAGE = 'usage: node scripts/release.js --version vX.Y.Z [--create-tag] [--dry-run] [--remote origin] [--default-branch main]';

/** @param {string[]} argv */
function readArgs(argv) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        version: { type: 'string' },
        'create-tag': { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        remote: { type: 'string', default: 'origin' },
        'default-branch': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
    if (positionals.length > (values.version === undefined ? 1 : 0)) throw new ReleaseError(`unexpected argument "${positionals.at(-1)}": ${USAGE}`);
    return { ...values, version: values.version ?? positionals[0] ?? '' };
  } catch (e) {
    if (e instanceof ReleaseError) throw e;
    // parseArgs explains at length; its first sentence names the problem.
    throw new ReleaseError(`${/** @type {Error} */ (e).message.split(/\.\s|\n/)[0]}: ${USAGE}`);
  }
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {import('./release/github-releases.js').GitHubTarget}
 */
function readGitHubTarget(env) {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const token = env.GITHUB_TOKEN ?? '';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new ReleaseError(`GITHUB_REPOSITORY is ${repository ? `"${repository}"` : 'not set'}: set it to owner/repo (GitHub Actions sets it for you)`);
  }
  if (!token) throw new ReleaseError('GITHUB_TOKEN is not set: pass the workflow token (env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}) or a token that may write releases');
  const apiUrl = env.GITHUB_API_URL || 'https://api.github.com';
  if (!/^https?:\/\/[^/\s]+/.test(apiUrl)) throw new ReleaseError(`GITHUB_API_URL "${apiUrl}" is not an http(s) URL: unset it for github.com or set your GitHub Enterprise API URL`);
  return { apiUrl, repository, token };
}

/** @param {string} sha */
const short = (sha) => sha.slice(0, 12);

async function main() {
  const args = readArgs(process.argv.slice(2));
  if (args.help) {
    console.log(USAGE);
    return;
  }
  const version = parseVersion(args.version);
  const dryRun = args['dry-run'];
  // A dry run writes nothing, so it needs no token.
  const github = dryRun ? undefined : readGitHubTarget(process.env);
  const cwd = process.cwd();
  const remote = args.remote;

  const branch = args['default-branch'] || defaultBranch(cwd, remote);
  const tags = remoteTags(cwd, remote);
  let commit = tags.get(version.tag);
  const tagExists = commit !== undefined;
  if (args['create-tag']) {
    const head = resolveCommit(cwd, 'HEAD');
    if (commit !== undefined && commit !== head) {
      throw new ReleaseError(`${version.tag} already exists on ${remote} at ${short(commit)}, not at HEAD ${short(head)}: release a new version, or rerun without --create-tag to release the existing tag`);
    }
    commit = head;
  } else if (commit === undefined) {
    throw new ReleaseError(`${remote} has no tag ${version.tag}: push it first (git tag ${version.tag} && git push ${remote} ${version.tag}) or pass --create-tag to tag HEAD`);
  } else {
    fetchTag(cwd, remote, version.tag);
  }

  const branchTip = fetchBranch(cwd, remote, branch);
  if (!isAncestor(cwd, commit, branchTip)) {
    throw new ReleaseError(`${version.tag} (${short(commit)}) is not on the default branch ${branch}: release only commits merged into ${branch}`);
  }

  // The CLI is published to npm from the same commit, under the release's version.
  for (const [file, missing] of [
    ['package.json', 'release from the repository root'],
    [CLI_PACKAGE, 'the release publishes the CLI from it to npm'],
  ]) {
    const pkgText = fileAt(cwd, commit, file);
    if (pkgText === undefined) throw new ReleaseError(`${file} is missing at ${short(commit)}: ${missing}`);
    let pkgVersion;
    try {
      pkgVersion = JSON.parse(pkgText).version;
    } catch (e) {
      throw new ReleaseError(`${file} at ${short(commit)} is not valid JSON (${/** @type {Error} */ (e).message}): fix it and tag again`);
    }
    if (pkgVersion !== version.text) {
      throw new ReleaseError(`${file} says version ${JSON.stringify(pkgVersion ?? null)} at ${short(commit)}, the tag says ${version.text}: set "version": "${version.text}" in ${file}, commit, and tag that commit`);
    }
  }

  const changelog = fileAt(cwd, commit, 'CHANGELOG.md');
  if (changelog === undefined) throw new ReleaseError(`CHANGELOG.md is missing at ${short(commit)}: add it with a "## [${version.text}] - YYYY-MM-DD" entry`);
  const { date, notes } = releaseNotes(changelog, version.text);

  const { moves, holds } = planMovingTags(version, commit, tags);
  const latest = isLatest(version, tags);
  const would = dryRun ? 'would ' : '';

  console.log(`release ${version.tag} of ${date} at ${short(commit)} on ${branch}${isPrerelease(version) ? ' (pre-release: moving tags stay)' : ''}`);
  if (dryRun) {
    if (args['create-tag'] && !tagExists) console.log(`would push tag ${version.tag} → ${short(commit)}`);
    console.log(`would create or update the GitHub release ${version.tag}${latest ? ', marked latest' : ''}, notes from CHANGELOG.md:`);
    for (const line of notes.split('\n')) console.log(`  | ${line}`);
  }
  for (const m of moves) console.log(`${would}move ${m.tag}: ${m.from ? `${short(m.from)} (${m.fromVersion})` : '(new)'} → ${short(m.to)}`);
  for (const h of holds) console.log(`${h.tag} stays at ${short(h.at)} (${h.atVersion}): ${h.reason}`);
  if (!github) {
    console.log('dry run: nothing pushed, no release written');
    return;
  }

  if (args['create-tag'] && !tagExists) {
    pushTag(cwd, remote, version.tag, commit, { move: false });
    console.log(`pushed tag ${version.tag} → ${short(commit)}`);
  }
  const release = await upsertRelease(github, {
    tag_name: version.tag,
    name: version.tag,
    body: notes,
    prerelease: isPrerelease(version),
    make_latest: latest ? 'true' : 'false',
  });
  console.log(`${release.action} the GitHub release ${version.tag}${latest ? ' (latest)' : ''}: ${release.url}`);
  for (const m of moves) {
    if (m.from === m.to) {
      console.log(`${m.tag} already at ${short(m.to)}`);
      continue;
    }
    pushTag(cwd, remote, m.tag, m.to, { move: true, expected: m.from });
    console.log(`moved ${m.tag} → ${short(m.to)}`);
  }
}

main().catch((e) => {
  if (e instanceof ReleaseError) {
    console.error(`release: ${e.message}`);
  } else {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
  process.exitCode = 1;
});
