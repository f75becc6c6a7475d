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

/**
 * Opens an issue for the rollback — or, when this run already opened one (a
 * re-run), comments on it instead of opening a second. Never throws: a
 * notification failure must not hide the rollback's own result.
 */
export async function notifyIssue(o: { token: string; repository: string; runId?: string; labels: string[]; incident: Incident; body: string }, io: Pick<ActionIO, 'warning' | 'debug'>): Promise<NotifyResult> {
  const [owner, repo] = o.repository.split('/');
  if (!owner || !repo) return { channel: 'issue', ok: false, detail: `GITHUB_REPOSITORY "${o.repository}" is not owner/name; no issue opened` };
  const title = `${o.incident.dryRun ? '[dry run] ' : ''}Production rollback: ${o.incident.subject}${o.runId ? ` (run ${o.runId})` : ''}`;
  try {
    // Loaded only when an issue is asked for: the GitHub client is most of a bundle's cold start.
    const { createGitHub } = await import('@mlship/github/client');
    const gh = createGitHub({ token: o.token, log: io });
    const open = await gh.paginate(gh.rest.issues.listForRepo, { owner, repo, state: 'open', labels: o.labels.join(','), per_page: 100 });
    const existing = open.find((i) => i.title === title && !i.pull_request);
    if (existing) {
      await gh.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: o.body });
      return { channel: 'issue', ok: true, detail: `commented on the run's issue #${existing.number} (re-run)` };
    }
    const created = await gh.rest.issues.create({ owner, repo, title, body: o.body, labels: o.labels });
    return { channel: 'issue', ok: true, detail: `opened issue #${created.data.number}` };
  } catch (e) {
    return { channel: 'issue', ok: false, detail: `GitHub issue not opened: ${describeError(e).split('\n')[0]}` };
  }
}
