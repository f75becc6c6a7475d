import { failedChecks, type ActionIO, type Report } from '@mlship/core';
import { mrkdwn, slackLink, SlackMarkup } from './mrkdwn';
import { sendSlack, type SlackMessage } from './slack';

/** Link to the workflow run, when running on a runner. */
export function runUrl(env: (name: string) => string | undefined): string | undefined {
  const [server, repo, run] = [env('GITHUB_SERVER_URL'), env('GITHUB_REPOSITORY'), env('GITHUB_RUN_ID')];
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}

const titles: Record<string, string> = { 'validate-data': 'Data validation failed in CI pipeline' };
/** A check's line stays readable in chat; cut before escaping, so no entity is cut in half. */
const MAX_DETAIL = 280;
const cut = (text: string) => (text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text);

/**
 * seed 000 §6.2's Slack alert ("Data validation failed in CI pipeline" + an
 * attachment), carrying what the seed's could not: which checks failed and why.
 */
export function failureMessage(report: Report, link?: string): SlackMessage {
  const failed = failedChecks(report);
  const shown = failed.slice(0, 10);
  // Check ids, details and observed values come from the config and the data: interpolated, so escaped.
  const lines: SlackMarkup[] = shown.map((c) => mrkdwn`• *${cut(c.id)}*: ${cut(c.detail ?? `observed ${c.observed}, expected ${c.expected}`)}`);
  if (failed.length > shown.length) lines.push(mrkdwn`…and ${failed.length - shown.length} more`);
  if (link) lines.push(slackLink(link, 'Check the data report for details'));
  return {
    text: titles[report.action] ?? `${report.title}: ${report.status.toUpperCase()}`,
    attachments: [
      {
        color: 'danger',
        title: `${failed.length} failed check(s)`,
        ...(link ? { title_link: link } : {}),
        text: new SlackMarkup(lines.map((l) => l.markup).join('\n')),
        fields: [
          { title: 'Status', value: report.status.toUpperCase(), short: true },
          { title: 'Failed checks', value: String(failed.length), short: true },
        ],
      },
    ],
  };
}

/** Sends the failure message; a delivery problem is a warning, never a failed step. */
export async function notifyReportFailure(webhook: string, report: Report, io: Pick<ActionIO, 'info' | 'warning' | 'env'>): Promise<boolean> {
  const result = await sendSlack(webhook, failureMessage(report, runUrl(io.env)));
  if (result.delivered) io.info(`Slack notification sent (${result.attempts} attempt(s)).`);
  else io.warning(`Slack notification not delivered after ${result.attempts} attempt(s): ${result.error ?? 'unknown error'}`);
  return result.delivered;
}
