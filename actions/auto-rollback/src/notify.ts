import { describeError, type ActionIO } from '@mlship/core';
import { sendSlack, type SlackMessage } from '@mlship/notify';
import type { RollbackStep } from '@mlship/rollout';
import { formatRate } from './watch';

export interface Incident {
  /** What is being watched, for titles: `deployment/ml-model -n production`, `churn-model`. */
  subject: string;
  health: string;
  errorRate: number | null;
  p95: number | null;
  reasons: string[];
  steps: RollbackStep[];
  dryRun: boolean;
  runUrl?: string;
}

/** The seed's numbers as the seed printed them (a plain rate, seconds with an `s`), rounded so float noise stays out of chat. */
export const plain = (v: number | null) => (v === null ? '' : String(Number(v.toPrecision(6))));

export function headline(i: Incident): string {
  if (i.dryRun) return ':warning: Production rollback needed (dry run: nothing was changed)';
  if (i.steps.some((s) => s.result === 'failed')) return ':rotating_light: Production rollback FAILED: a person is needed';
  if (i.steps.length === 0) return ':warning: Production is unhealthy (no rollback target configured)';
  return ':warning: Production rollback executed';
}

/** Seed 000 6.4's Slack message (danger attachment, Error Rate and P95 Latency fields), plus what was rolled back and why. */
export function slackMessage(i: Incident): SlackMessage {
  const fields = [
    { title: 'Error Rate', value: i.errorRate === null ? 'no data' : `${plain(i.errorRate)} (${formatRate(i.errorRate)})`, short: true },
    { title: 'P95 Latency', value: i.p95 === null ? 'no data' : `${plain(i.p95)}s`, short: true },
    { title: 'Service', value: i.subject, short: true },
    { title: 'Health', value: i.health, short: true },
    { title: 'Why', value: i.reasons.join('\n') || '—', short: false },
  ];
  if (i.steps.length) fields.push({ title: 'Rollback', value: i.steps.map((s) => `${s.target} ${s.subject}: ${s.result} — ${s.detail}`).join('\n'), short: false });
  return {
    text: headline(i),
    attachments: [{ color: 'danger', fallback: `${headline(i)}: ${i.subject}`, fields, ...(i.runUrl ? { title: 'Workflow run', title_link: i.runUrl } : {}) }],
  };
}

export interface NotifyResult {
  channel: 'slack' | 'issue';
  ok: boolean;
  detail: string;
}

export async function notifySlack(webhook: string, incident: Incident, io: Pick<ActionIO, 'warning'>): Promise<NotifyResult> {
  const r = await sendSlack(webhook, slackMessage(incident), { onRetry: (i) => io.warning(`Slack: ${i.error}; retry ${i.attempt} in ${(i.delayMs / 1000).toFixed(1)} s`) });
  return r.delivered ? { channel: 'slack', ok: true, detail: 'posted to Slack' } : { channel: 'slack', ok: false, detail: `Slack message not delivered: ${r.error}` };
}

/** The title of the run's rollback issue: one per workflow run and subject, so a re-run finds it. */
export const issueTitle = (incident: Pick<Incident, 'dryRun' | 'subject'>, runId: string | undefined) => `${incident.dryRun ? '[dry run] ' : ''}Production rollback: ${incident.subject}${runId ? ` (run ${runId})` : ''}`;

/**
 * The line a completed rollback leaves in its issue (body or comment), hidden
 * in the rendered markdown: the incident it settled, so a re-run of the same
 * workflow run knows the rollback happened and does not run the command,
 * call the webhook or post to Slack again. Percent-encoded, so no `--` can end
 * the HTML comment early.
 */
export const rollbackRecord = (incidentKey: string) => `<!-- mlship auto-rollback: rolled back ${encodeURIComponent(incidentKey).replace(/-/g, '%2D')} -->`;

export interface IssueTarget {
  token: string;
  repository: string;
  runId?: string;
  labels: string[];
}

/**
 * Opens an issue for the rollback — or, when this run already opened one (a
 * re-run), comments on it instead of opening a second. `record` (a completed
 * rollback) is appended to what is written. Never throws: a notification
 * failure must not hide the rollback's own result.
 */
export async function notifyIssue(o: IssueTarget & { incident: Incident; body: string; record?: string }, io: Pick<ActionIO, 'warning' | 'debug'>): Promise<NotifyResult> {
  const [owner, repo] = o.repository.split('/');
  if (!owner || !repo) return { channel: 'issue', ok: false, detail: `GITHUB_REPOSITORY "${o.repository}" is not owner/name; no issue opened` };
  const title = issueTitle(o.incident, o.runId);
  const body = o.record ? `${o.body}\n\n${o.record}\n` : o.body;
  try {
    const gh = await github(o.token, io);
    const existing = await findIssue(gh, owner, repo, title, o.labels, 'open');
    if (existing) {
      await gh.rest.issues.createComment({ owner, repo, issue_number: existing.number, body });
      return { channel: 'issue', ok: true, detail: `commented on the run's issue #${existing.number} (re-run)` };
    }
    const created = await gh.rest.issues.create({ owner, repo, title, body, labels: o.labels });
    return { channel: 'issue', ok: true, detail: `opened issue #${created.data.number}` };
  } catch (e) {
    return { channel: 'issue', ok: false, detail: `GitHub issue not opened: ${describeError(e).split('\n')[0]}` };
  }
}

/**
 * Looks in this run's rollback issue (open or closed) for the record an
 * earlier attempt left after rolling back: the issue number when found, null
 * when not. Throws on a GitHub API failure; the caller decides.
 */
export async function findRollbackRecord(o: IssueTarget & { subject: string; incidentKey: string }, io: Pick<ActionIO, 'warning' | 'debug'>): Promise<number | null> {
  const [owner, repo] = o.repository.split('/');
  if (!owner || !repo) return null;
  const gh = await github(o.token, io);
  const issue = await findIssue(gh, owner, repo, issueTitle({ dryRun: false, subject: o.subject }, o.runId), o.labels, 'all');
  if (!issue) return null;
  const record = rollbackRecord(o.incidentKey);
  if (issue.body?.includes(record)) return issue.number;
  const comments = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: issue.number, per_page: 100 });
  return comments.some((c) => c.body?.includes(record)) ? issue.number : null;
}

type GitHub = Awaited<ReturnType<typeof import('@mlship/github/client')['createGitHub']>>;

async function github(token: string, io: Pick<ActionIO, 'warning' | 'debug'>): Promise<GitHub> {
  // Loaded only when an issue is asked for: the GitHub client is most of a bundle's cold start.
  const { createGitHub } = await import('@mlship/github/client');
  return createGitHub({ token, log: io });
}

async function findIssue(gh: GitHub, owner: string, repo: string, title: string, labels: string[], state: 'open' | 'all') {
  const issues = await gh.paginate(gh.rest.issues.listForRepo, { owner, repo, state, labels: labels.join(','), per_page: 100 });
  return issues.find((i) => i.title === title && !i.pull_request);
}
