import type { GitHub } from './client';

export type CommitState = 'pending' | 'success' | 'failure' | 'error';

/** A commit status (the `context` line under a pull request); GitHub cuts descriptions at 140 characters. */
export async function setCommitStatus(
  gh: GitHub,
  p: { owner: string; repo: string; sha: string; context: string; state: CommitState; description: string; targetUrl?: string },
): Promise<{ id: number }> {
  const description = p.description.length > 140 ? `${p.description.slice(0, 139)}…` : p.description;
  const { data } = await gh.rest.repos.createCommitStatus({
    owner: p.owner,
    repo: p.repo,
    sha: p.sha,
    context: p.context,
    state: p.state,
    description,
    ...(p.targetUrl ? { target_url: p.targetUrl } : {}),
  });
  return { id: data.id };
}

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

/** Check-run output text fields are limited to 65 535 characters each. */
const CHECK_TEXT_LIMIT = 65_535;
const clip = (s: string) => (s.length > CHECK_TEXT_LIMIT ? `${s.slice(0, CHECK_TEXT_LIMIT - 40)}\n\n… (truncated to GitHub's limit)` : s);

/**
 * One check run per name per commit: the latest run with that name on the
 * head SHA is updated, otherwise one is created. `conclusion` undefined
 * leaves it in progress (a pending check that blocks a protected branch).
 */
export async function upsertCheckRun(
  gh: GitHub,
  p: { owner: string; repo: string; headSha: string; name: string; conclusion?: CheckConclusion; title: string; summary: string; text?: string; detailsUrl?: string },
): Promise<{ id: number; url: string; action: 'created' | 'updated' }> {
  const runs = await gh.paginate(gh.rest.checks.listForRef, { owner: p.owner, repo: p.repo, ref: p.headSha, check_name: p.name, per_page: 100 });
  const existing = runs.sort((a, b) => b.id - a.id)[0];
  const output = { title: p.title.slice(0, 255), summary: clip(p.summary), ...(p.text ? { text: clip(p.text) } : {}) };
  const state = p.conclusion ? { status: 'completed' as const, conclusion: p.conclusion, completed_at: new Date().toISOString() } : { status: 'in_progress' as const };
  const extra = p.detailsUrl ? { details_url: p.detailsUrl } : {};
  if (existing) {
    const { data } = await gh.rest.checks.update({ owner: p.owner, repo: p.repo, check_run_id: existing.id, output, ...state, ...extra });
    return { id: data.id, url: data.html_url ?? '', action: 'updated' };
  }
  const { data } = await gh.rest.checks.create({ owner: p.owner, repo: p.repo, head_sha: p.headSha, name: p.name, output, ...state, ...extra });
  return { id: data.id, url: data.html_url ?? '', action: 'created' };
}
