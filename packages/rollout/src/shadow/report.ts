import { createReport, formatThreshold, type Chart, type Check, type Report, type Scalar, type Table } from '@mlship/core';
import { isUnreadable, type PredictionLog, type UnreadableLog } from './predictions';
import { formatValue, userImpact, type ShadowJudgement, type ShadowOutcome } from './verdict';

/**
 * The shadow-check Report: the verdict and what would have changed for
 * users, one check per shadow metric and per agreement threshold, the two
 * logs and how they joined, the score shift and the disagreements per segment.
 */

export interface ShadowRun {
  /** Where the mirror was set, e.g. `VirtualService ml-model -n production`; null with mirror: none. */
  mirror: string | null;
  percent: number;
  /** Seconds the mirror ran. */
  seconds: number;
  minRequests: number;
}

const verdictWord = { promote: 'promote', reject: 'reject', inconclusive: 'inconclusive (not promoted)' } as const;

export function buildShadowReport(run: ShadowRun, j: ShadowJudgement, outcome: ShadowOutcome): Report {
  const a = j.agreement;
  const checks: Check[] = [
    { id: 'verdict', title: 'Shadow verdict', status: outcome.verdict === 'promote' ? 'pass' : 'fail', observed: outcome.verdict, expected: 'promote', detail: `${outcome.reasons.join('; ')}.` },
    {
      id: 'shadow-traffic',
      title: 'Shadow traffic',
      status: j.health.requests !== null && j.health.requests.requests >= run.minRequests ? 'pass' : 'fail',
      observed: j.health.requests?.requests ?? null,
      expected: `≥ ${run.minRequests} requests`,
      detail: j.health.requests === null ? 'no request data for the shadow' : undefined,
    },
    ...j.health.conditions.map(
      (c): Check => ({
        id: `metric.${c.id}`,
        title: `Shadow ${c.id}`,
        status: c.passed === null ? 'skip' : c.passed ? 'pass' : 'fail',
        observed: c.value === null ? null : formatValue(c.value),
        expected: formatThreshold(c.threshold),
        detail: c.passed === null ? `no data for ${c.id}` : undefined,
      }),
    ),
    {
      id: 'predictions',
      title: 'Requests in both predictions logs',
      status: a && a.matched >= j.minMatched ? 'pass' : 'fail',
      observed: a?.matched ?? null,
      expected: `≥ ${j.minMatched} (min-matched)`,
      detail: [j.live, j.shadow].filter(isUnreadable).map((l) => l.missing).join('; ') || undefined,
    },
    ...j.thresholds.map(
      (t): Check => ({
        id: `agreement.${t.threshold.metric}`,
        title: t.threshold.metric,
        status: t.passed === null ? 'skip' : t.passed ? 'pass' : 'fail',
        observed: t.value === null ? null : formatValue(t.value),
        expected: formatThreshold(t.threshold),
        detail: t.passed === null ? 'not computable: no matched requests (or no scores on both sides)' : undefined,
      }),
    ),
  ];
  const skipped = [j.live, j.shadow].filter((l): l is PredictionLog => !isUnreadable(l) && (l.duplicates > 0 || l.missingIds > 0));
  if (skipped.length) {
    checks.push({
      id: 'predictions.unjoinable',
      title: 'Log rows left out of the join',
      status: 'warn',
      detail: skipped.map((l) => `${l.spec}: ${l.duplicates} repeated request id(s) (the first row counts), ${l.missingIds} row(s) without a request id`).join('; '),
    });
  }
  const tables: Table[] = [logsTable(j)];
  if (a?.score) {
    tables.push({
      title: 'Score distribution, live vs shadow (matched requests)',
      columns: ['Requests with both scores', 'Live mean', 'Shadow mean', 'PSI', 'KS D', 'KS p-value', 'Without a score'],
      rows: [[a.score.count, formatValue(a.score.liveMean), formatValue(a.score.shadowMean), formatValue(a.score.psi), formatValue(a.score.ksStatistic), formatValue(a.score.ksPValue), a.scoreMissing]],
    });
  }
  const charts: Chart[] = [];
  if (a?.segments?.length) {
    tables.push({
      title: 'Disagreements by segment',
      folded: false,
      columns: ['Segment', 'Matched requests', 'Different prediction', 'Rate', 'Share of all disagreements'],
      rows: a.segments.map((s) => [s.segment, s.matched, s.disagreements, pct(s.rate), pct(s.share)]),
    });
    const top = a.segments.slice(0, 20);
    charts.push({ title: `Disagreement % by segment${a.segments.length > top.length ? ` (${top.length} of ${a.segments.length} segments with most disagreements)` : ''}`, kind: 'bar', x: top.map((s) => s.segment), yLabel: 'different prediction %', series: [{ name: 'disagreement', values: top.map((s) => s.rate * 100) }] });
  }
  return createReport({
    action: 'shadow-check',
    title: 'Shadow analysis',
    summary: `Verdict: **${verdictWord[outcome.verdict]}** — ${outcome.reasons.join('; ')}. ${userImpact(a)} ${run.mirror ? `Mirror: ${run.percent}% of live requests on ${run.mirror}` : 'Mirror: set outside this step (mirror: none)'}, judged over ${Math.round(run.seconds)} s; the live model answered every request.`,
    checks,
    tables,
    charts,
    data: { verdict: outcome.verdict, reasons: outcome.reasons, impact: userImpact(a), failedMetrics: outcome.failedMetrics, mirror: run, agreement: a, thresholds: j.thresholds.map((t) => ({ metric: t.threshold.metric, threshold: t.threshold.source, value: t.value, passed: t.passed })), health: j.health },
  });
}

const pct = (v: number) => `${Number((v * 100).toPrecision(3))}%`;

function logsTable(j: ShadowJudgement): Table {
  const a = j.agreement;
  const row = (name: string, log: PredictionLog | UnreadableLog, only: number | undefined): Scalar[] =>
    isUnreadable(log) ? [name, log.spec, null, null, null, null, null, log.missing] : [name, log.spec, log.rows, log.byId.size, log.duplicates, log.missingIds, log.hasScore ? 'yes' : 'no', only ?? null];
  return {
    title: 'Predictions logs, joined on request id',
    folded: false,
    columns: ['Log', 'Path', 'Rows', 'Request ids', 'Repeated ids (first row kept)', 'Rows without id', 'Score column', `Only in this log (${a?.matched ?? 0} in both)`],
    rows: [row('live', j.live, a?.liveOnly), row('shadow', j.shadow, a?.shadowOnly)],
  };
}
