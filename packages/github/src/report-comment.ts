import type { ActionIO } from '@mlship/core';
import { createGitHub, failureLine } from './client';
import { listIssueComments, pickSticky, stickyAuthor, upsertStickyComment } from './comments';
import { readPullRequestContext } from './context';

export interface PostStickyComment {
  /** The action's name: the prefix of every log line, and the comment's key unless `key` is given. */
  action: string;
  /** Tells apart several sticky comments of one action on a PR (e.g. one per training job). */
  key?: string;
  token?: string;
  body: string;
  /** `update-only`: refresh a comment an earlier run left, never start one (e.g. a success after a failure). */
  mode?: 'upsert' | 'update-only';
}

/**
 * An action's optional sticky PR comment. Commenting is a courtesy on top of
 * the job summary, so nothing here fails the step: not a PR event, no token,
 * or an API error (a fork's read-only token) are said in the log instead.
 * Returns the comment URL when one was written or found unchanged.
 */
export async function postStickyComment(io: ActionIO, o: PostStickyComment): Promise<string | undefined> {
  const pr = readPullRequestContext((name) => io.env(name));
  if (!pr) {
    io.info(`${o.action}: the ${io.env('GITHUB_EVENT_NAME') ?? 'current'} event is not about a pull request; no PR comment.`);
    return undefined;
  }
  if (!o.token) {
    io.annotate('notice', 'no github-token, so no PR comment was posted; pass `github-token: ${{ github.token }}` (with `permissions: pull-requests: write`).', { title: `${o.action}: comment` });
    return undefined;
  }
  const gh = await createGitHub({ token: o.token, apiUrl: io.env('GITHUB_API_URL'), log: io });
  const where = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number };
  try {
    const comments = await listIssueComments(gh, where);
    const key = o.key ?? o.action;
    const author = await stickyAuthor(gh, comments, key);
    if (o.mode === 'update-only' && !pickSticky(comments, key, author)) return undefined;
    const res = await upsertStickyComment(gh, { ...where, key, body: o.body, comments, author });
    io.info(`${o.action}: PR comment ${res.action}: ${res.url}`);
    return res.url;
  } catch (e) {
    io.warning(`${o.action}: could not post the PR comment on #${pr.number}: ${failureLine(e, 'the token needs `pull-requests: write`; a pull_request run from a fork gets a read-only token')}`);
    return undefined;
  }
}
