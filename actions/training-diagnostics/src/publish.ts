import type { ActionIO } from '@mlship/core';
import { createGitHub, listIssueComments, pickSticky, readPullRequestContext, stickyAuthor, statusOf, upsertStickyComment, uploadArtifact } from '@mlship/github';

/** Uploads the diagnostics; a missing artifact runtime or a failed upload is a notice, never a failed step. */
export async function uploadDiagnostics(io: ActionIO, name: string, files: string[], rootDirectory: string): Promise<string | undefined> {
  const result = await uploadArtifact({ name, files, rootDirectory, log: io, env: io.env });
  if (result.uploaded) {
    io.info(`training-diagnostics: uploaded artifact "${name}"${result.size !== undefined ? ` (${result.size} bytes)` : ''}`);
    return name;
  }
  io.annotate('notice', result.reason, { title: 'training-diagnostics: artifact' });
  return undefined;
}

/**
 * The sticky PR comment. A failure creates or updates it; a success only
 * updates one left by an earlier failure (a passing run on a PR that never
 * failed should not add a comment). Not a PR event, no token, or an API error
 * are said in the log and never fail the step: the diagnosis is the job summary.
 */
export async function postComment(io: ActionIO, o: { token?: string; key: string; body: string; failed: boolean }): Promise<void> {
  const pr = readPullRequestContext(io.env);
  if (!pr) {
    io.info(`training-diagnostics: ${io.env('GITHUB_EVENT_NAME') ?? 'this'} event is not about a pull request; no PR comment.`);
    return;
  }
  if (!o.token) {
    io.annotate('notice', 'no github-token, so no PR comment was posted; pass `github-token: ${{ github.token }}` (with `permissions: pull-requests: write`).', { title: 'training-diagnostics: comment' });
    return;
  }
  const gh = createGitHub({ token: o.token, apiUrl: io.env('GITHUB_API_URL'), log: io });
  const where = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number };
  try {
    const comments = await listIssueComments(gh, where);
    if (!o.failed) {
      const author = await stickyAuthor(gh, comments, o.key);
      if (!pickSticky(comments, o.key, author)) return;
      await upsertStickyComment(gh, { ...where, key: o.key, body: o.body, comments, author });
      io.info(`training-diagnostics: marked the failure comment on #${pr.number} as resolved`);
      return;
    }
    const res = await upsertStickyComment(gh, { ...where, key: o.key, body: o.body, comments });
    io.info(`training-diagnostics: PR comment ${res.action}: ${res.url}`);
  } catch (e) {
    const status = statusOf(e);
    const hint = status === 403 || status === 404 ? ' (the token needs `pull-requests: write`; a pull_request run from a fork gets a read-only token)' : '';
    io.warning(`training-diagnostics: could not post the PR comment on #${pr.number}: ${status ? `HTTP ${status} ` : ''}${(e as Error).message.split('\n')[0]}${hint}`);
  }
}
