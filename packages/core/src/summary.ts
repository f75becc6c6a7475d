import { codeBlock, details, escapeMarkdown, formatScalar, markdownTable } from './markdown';
import { mermaidChart } from './mermaid';
import { effectiveStatus, type Report, type Status } from './report';

const badge: Record<Status, string> = {
  pass: '✅ PASS',
  warn: '⚠️ WARN',
  fail: '❌ FAIL',
  error: '💥 ERROR',
  skip: '⏭️ SKIP',
};

export const statusBadge = (s: Status): string => badge[s];

/**
 * The job summary: verdict, the checks table (failures first), charts, then
 * the long tables folded so the page stays one screen tall.
 */
export function renderSummary(report: Report): string {
  const out: string[] = [`## ${badge[report.status]} ${escapeMarkdown(report.title)}`];
  if (report.summary) out.push(report.summary);
  if (report.checks.length) {
    const order: Record<Status, number> = { error: 0, fail: 1, warn: 2, pass: 3, skip: 4 };
    const checks = [...report.checks].sort((a, b) => order[effectiveStatus(a)] - order[effectiveStatus(b)]);
    out.push(
      markdownTable(
        ['Status', 'Check', 'Observed', 'Expected', 'Detail'],
        checks.map((c) => [badge[effectiveStatus(c)], `${c.title} (${c.id})`, formatScalar(c.observed), formatScalar(c.expected), c.detail ?? '']),
      ),
    );
  }
  for (const chart of report.charts) out.push(mermaidChart(chart));
  for (const t of report.tables) {
    const table = markdownTable(t.columns, t.rows);
    out.push(t.folded === false ? `### ${escapeMarkdown(t.title)}\n\n${table}` : details(t.title, table));
  }
  for (const b of report.texts ?? []) {
    const block = codeBlock(b.text);
    out.push(b.folded === false ? `### ${escapeMarkdown(b.title)}\n\n${block}` : details(b.title, block));
  }
  return out.join('\n\n') + '\n';
}

/**
 * The sticky PR comment: one screen — verdict, only the checks that need a
 * reviewer's eye (or one line saying all passed), a link to the run — with the
 * whole job summary folded underneath.
 */
export function renderComment(report: Report, o: { runUrl?: string } = {}): string {
  const out: string[] = [`### ${badge[report.status]} ${escapeMarkdown(report.title)}`];
  if (report.summary) out.push(report.summary);
  const attention = report.checks.filter((c) => ['fail', 'error', 'warn'].includes(effectiveStatus(c)));
  const passed = report.checks.filter((c) => effectiveStatus(c) === 'pass').length;
  if (attention.length) {
    out.push(
      markdownTable(
        ['Status', 'Check', 'Observed', 'Expected', 'Detail'],
        attention.map((c) => [badge[effectiveStatus(c)], `${c.title} (${c.id})`, formatScalar(c.observed), formatScalar(c.expected), c.detail ?? '']),
      ),
    );
    if (passed) out.push(`${passed} other check${passed === 1 ? '' : 's'} passed.`);
  } else if (report.checks.length) {
    out.push(`All ${passed} check${passed === 1 ? '' : 's'} passed.`);
  }
  if (o.runUrl) out.push(`[Workflow run](${o.runUrl})`);
  out.push(details('Full report', renderSummary(report).replace(/^## .*\n+/, '')));
  return out.join('\n\n') + '\n';
}

/** Plain-text rendering for terminals (the CLI): the seed's `[PASS] check: detail` lines. */
export function renderText(report: Report): string {
  const lines = [`${report.title}: ${report.status.toUpperCase()}`, '='.repeat(60)];
  if (report.summary) lines.push(report.summary);
  for (const c of report.checks) {
    const s = effectiveStatus(c).toUpperCase();
    const obs = c.observed !== undefined ? ` observed ${formatScalar(c.observed)}` : '';
    const exp = c.expected !== undefined ? `, expected ${formatScalar(c.expected)}` : '';
    lines.push(`  [${s}] ${c.id}:${obs}${exp}${c.detail ? ` — ${c.detail}` : ''}`);
  }
  return lines.join('\n') + '\n';
}
