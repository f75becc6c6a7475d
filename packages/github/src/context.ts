import fs from 'node:fs';
import { UserError } from '@mlship/core';

export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  eventName: string;
  /** Event action (`opened`, `synchronize`, `edited`, …) when the payload has one. */
  action?: string;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
}

interface EventPayload {
  action?: string;
  number?: number;
  pull_request?: { number?: number; head?: { sha?: string; ref?: string }; base?: { sha?: string; ref?: string } };
  issue?: { number?: number; pull_request?: unknown };
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);

/**
 * The pull request a workflow run is about, from the runner contract
 * (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY). `null` when the
 * event is not about a pull request (a push, a schedule, a comment on a plain
 * issue): callers print a notice and succeed. An `issue_comment` payload has
 * no head/base SHAs; fetch the pull request when they are needed.
 */
export function readPullRequestContext(env: (name: string) => string | undefined): PullRequestContext | null {
  const eventName = env('GITHUB_EVENT_NAME') ?? '';
  if (!PR_EVENTS.has(eventName) && eventName !== 'issue_comment') return null;
  const eventPath = env('GITHUB_EVENT_PATH');
  if (!eventPath) throw new UserError('GITHUB_EVENT_PATH is not set', { hint: 'Run this inside a GitHub Actions job (or set GITHUB_EVENT_PATH to an event payload file).' });
  let payload: EventPayload;
  try {
    payload = JSON.parse(fs.readFileSync(eventPath, 'utf8')) as EventPayload;
  } catch (e) {
    throw new UserError(`cannot read the event payload: ${(e as Error).message}`, { where: eventPath });
  }
  const [owner, repo] = (env('GITHUB_REPOSITORY') ?? '').split('/');
  if (!owner || !repo) throw new UserError(`GITHUB_REPOSITORY is "${env('GITHUB_REPOSITORY') ?? ''}", expected owner/name`);
  if (eventName === 'issue_comment') {
    if (!payload.issue?.pull_request || typeof payload.issue.number !== 'number') return null;
    return { owner, repo, number: payload.issue.number, eventName, action: payload.action };
  }
  const pr = payload.pull_request;
  const number = pr?.number ?? payload.number;
  if (!pr || typeof number !== 'number') return null;
  return {
    owner,
    repo,
    number,
    eventName,
    action: payload.action,
    headSha: pr.head?.sha,
    baseSha: pr.base?.sha,
    headRef: pr.head?.ref,
    baseRef: pr.base?.ref,
  };
}
