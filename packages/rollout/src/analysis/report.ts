import { createReport, formatThreshold, type Chart, type Check, type Report, type Scalar } from '@mlship/core';
import type { AnalysisResult, StepResult } from './engine';
import { pct } from './engine';
import { fmt, fmtP, type IntervalResult } from './interval';
import type { AnalysisPlan, JudgingPlan, MetricCheck } from './plan';

/**
 * The canary-check Report: the verdict, one check per judged metric, a
 * per-step table, the metric comparison (observed canary vs stable, how much
 * worse, p-values) and line charts of canary vs stable over time.
 */

const isLatency = (m: MetricCheck) => m.kind.kind === 'latency';
const show = (m: MetricCheck, v: number | null): Scalar => (v === null ? null : m.kind.kind === 'error-rate' ? pct(v) : isLatency(m) ? `${fmt(v)} s` : fmt(v));

export function buildCanaryReport(plan: AnalysisPlan, result: AnalysisResult, trafficDescription: string): Report {
  const intervals = result.steps.flatMap((s) => s.intervals);
  const checks: Check[] = [
    {
      id: 'verdict',
      title: 'Canary verdict',
      status: result.verdict === 'promote' ? 'pass' : 'fail',
      observed: result.verdict,
      expected: 'promote',
      detail: result.reason,
    },
    ...plan.metrics.map((m) => metricCheck(plan, m, intervals)),
  ];
  const inconclusive = intervals.filter((i) => i.verdict === 'inconclusive');
  checks.push({
    id: 'data',
    title: 'Enough data to judge',
    status: result.verdict === 'inconclusive' ? 'fail' : inconclusive.length ? 'warn' : 'pass',
    observed: `${intervals.length - inconclusive.length} of ${intervals.length} intervals`,
    expected: `≥ ${plan.minRequests} canary requests per interval`,
    detail: inconclusive.length ? `inconclusive: ${[...new Set(inconclusive.map((i) => i.reason ?? i.metrics.flatMap((m) => m.reasons).join('; ')))].join(' | ')}` : undefined,
  });
  const verdictWord = { promote: 'promote', rollback: 'roll back', inconclusive: 'inconclusive (not promoted)' }[result.verdict];
  return createReport({
    action: 'canary-check',
    title: 'Canary analysis',
    summary: `Verdict: **${verdictWord}** — ${result.reason} Traffic: ${trafficDescription}; ${plan.comparison} comparison, ${plan.intervalsPerStep} interval(s) of ${plan.interval} s per step, min-requests ${plan.minRequests}, max-failed-intervals ${plan.maxFailedIntervals}, significance ${plan.significance}.`,
    checks,
    tables: [stepsTable(result.steps, plan), metricsTable(plan, intervals), intervalsTable(plan, intervals)],
    charts: intervalCharts(plan, intervals),
    data: { verdict: result.verdict, reason: result.reason, failedMetrics: result.failedMetrics, failedIntervals: result.failedIntervals, steps: stepsJson(result.steps) },
  });
}

/** One check per judged metric: its threshold and comparison, and how many intervals it failed. */
export function metricCheck(plan: JudgingPlan, m: MetricCheck, intervals: IntervalResult[]): Check {
  const obs = intervals.flatMap((i) => i.metrics.filter((o) => o.metric === m.name));
  const failed = obs.filter((o) => o.status === 'fail');
  const last = [...obs].reverse().find((o) => o.canary !== null);
  const noted = obs.filter((o) => o.note);
  const versusStable = m.compareWithStable ? `${m.worse === 'higher' ? '≤' : '≥'} ${plan.names.stable} ${m.worse === 'higher' ? '+' : '−'} ${m.maxIncrease.source}${m.test ? ` (when p < ${plan.significance})` : ''}` : null;
  const expected = [m.threshold ? formatThreshold(m.threshold) : null, versusStable].filter(Boolean).join('; ');
  return {
    id: `metric.${m.name}`,
    title: m.name,
    status: obs.length === 0 ? 'skip' : failed.length ? 'fail' : 'pass',
    observed: last ? show(m, last.canary) : null,
    expected,
    detail: [
      failed.length ? `failed in ${failed.length} of ${obs.length} intervals: ${failed[failed.length - 1]!.reasons.join('; ')}` : obs.length ? `passed in ${obs.filter((o) => o.status === 'pass').length} of ${obs.length} intervals` : 'never judged (no interval had enough data)',
      ...(noted.length ? [`${noted.length} apparent excess(es) not counted: ${noted[noted.length - 1]!.note}`] : []),
    ].join('; '),
  };
}

function stepsTable(steps: StepResult[], plan: AnalysisPlan) {
  return {
    title: 'Steps',
    folded: false,
    columns: ['Step', 'Canary weight', 'Status', `Intervals pass / fail / inconclusive (${plan.intervalsPerStep} passes needed)`, 'Canary requests', 'Canary errors', 'Stable requests', 'Stable errors'],
    rows: steps.map((s) => {
      const count = (v: string) => s.intervals.filter((i) => i.verdict === v).length;
      const sum = (f: (i: IntervalResult) => number | undefined) => (s.intervals.length ? s.intervals.reduce((a, i) => a + (f(i) ?? 0), 0) : null);
      return [
        `${s.step}/${steps.length}`,
        `${s.weight}%`,
        s.status,
        s.weight === 100 || s.status === 'not reached' ? '' : `${count('pass')} / ${count('fail')} / ${count('inconclusive')}`,
        sum((i) => i.canary?.requests),
        sum((i) => i.canary?.errors),
        sum((i) => i.stable?.requests),
        sum((i) => i.stable?.errors),
      ];
    }),
  };
}

/** Per metric, the worst interval: both tracks' values, how much worse, the smallest p-value. */
export function metricsTable(plan: JudgingPlan, intervals: IntervalResult[]) {
  const rows: Scalar[][] = [];
  for (const m of plan.metrics) {
    const obs = intervals.flatMap((i) => i.metrics.filter((o) => o.metric === m.name).map((o) => ({ i, o })));
    if (obs.length === 0) {
      rows.push([m.name, null, null, null, null, null, 'no data']);
      continue;
    }
    // Worst interval first: that is the one a reader needs to see.
    const worst = [...obs].sort((a, b) => (b.o.worseBy ?? -Infinity) - (a.o.worseBy ?? -Infinity))[0]!;
    const minP = Math.min(...obs.map(({ o }) => o.pValue ?? 1));
    const tested = obs.some(({ o }) => o.pValue !== null);
    const failed = obs.filter(({ o }) => o.status === 'fail').length;
    rows.push([
      m.name,
      show(m, worst.o.canary),
      show(m, worst.o.stable),
      worseBy(m, worst.o.worseBy),
      tested ? `${fmtP(minP)} (${m.test === 'two-proportion' ? 'two-proportion z' : 'Mann–Whitney U'})` : null,
      `step ${worst.i.step} · interval ${worst.i.interval}`,
      failed ? `failed ${failed}/${obs.length}` : `passed ${obs.filter(({ o }) => o.status === 'pass').length}/${obs.length}`,
    ]);
  }
  const [c, s] = [capital(plan.names.canary), capital(plan.names.stable)];
  return { title: `${c} vs ${plan.names.stable} (worst interval)`, folded: false, columns: ['Metric', c, s, `${c} worse by`, 'Smallest p-value', 'When', 'Intervals'], rows };
}

/** Error rates differ in percentage points; everything else in its own unit. */
function worseBy(m: MetricCheck, v: number | null): Scalar {
  if (v === null) return null;
  const sign = v >= 0 ? '+' : '';
  if (m.kind.kind === 'error-rate') return `${sign}${Number((v * 100).toPrecision(3))} pp`;
  return `${sign}${fmt(v)}${isLatency(m) ? ' s' : ''}`;
}

/** Every interval judged, folded: counts, each metric on both tracks, p-values, verdict. */
export function intervalsTable(plan: JudgingPlan, intervals: IntervalResult[]) {
  const n = plan.names;
  const columns = ['Step', 'Interval', 'Window (UTC)', `${capital(n.canary)} req / err`, `${capital(n.stable)} req / err`, ...plan.metrics.flatMap((m) => [`${m.name} ${n.canary} / ${n.stable}`, `${m.name} p`]), 'Verdict'];
  const rows = intervals.map((i) => {
    const counts = (c: IntervalResult['canary']) => (c ? `${c.requests} / ${c.errors}` : 'no data');
    const cells = plan.metrics.flatMap((m) => {
      const o = i.metrics.find((x) => x.metric === m.name);
      if (!o) return [null, null];
      return [`${show(m, o.canary) ?? 'n/a'} / ${show(m, o.stable) ?? 'n/a'}`, o.pValue === null ? null : fmtP(o.pValue)];
    });
    const window = `${new Date(i.window.start * 1000).toISOString().slice(11, 19)}–${new Date(i.window.end * 1000).toISOString().slice(11, 19)}`;
    return [`${i.step} (${i.weight}%)`, i.interval, window, counts(i.canary), counts(i.stable), ...cells, i.reason ? `inconclusive: ${i.reason}` : i.verdict];
  });
  return { title: `All ${intervals.length} intervals`, columns, rows };
}

/** Line charts of the two tracks' error rate and latencies, interval by interval. */
export function intervalCharts(plan: JudgingPlan, intervals: IntervalResult[]): Chart[] {
  if (intervals.length === 0) return [];
  const x = intervals.map((i) => `${i.weight}%·${i.interval}`);
  const series = (name: string, scale: number) =>
    (['canary', 'stable'] as const).map((track) => ({
      name: `${plan.names[track]} ${name}`,
      values: intervals.map((i) => {
        const v = i.metrics.find((o) => o.metric === name)?.[track];
        return v === null || v === undefined ? NaN : v * scale;
      }),
    }));
  const out: Chart[] = [];
  const errorRate = plan.metrics.find((m) => m.kind.kind === 'error-rate');
  if (errorRate) out.push({ title: `Error rate %, ${plan.names.canary} vs ${plan.names.stable}`, kind: 'line', x, yLabel: 'error rate %', series: series(errorRate.name, 100) });
  const latencies = plan.metrics.filter(isLatency);
  if (latencies.length) out.push({ title: `Latency s, ${plan.names.canary} vs ${plan.names.stable}`, kind: 'line', x, yLabel: 'seconds', series: latencies.flatMap((m) => series(m.name, 1)) });
  // xychart-beta cannot leave a gap; say so rather than let a missing reading pass for 0.
  for (const c of out) if (c.series.some((s) => s.values.some(Number.isNaN))) c.title += ' (no data = 0)';
  return out;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The `steps-json` output: per step, its intervals, counts and metric observations. */
export function stepsJson(steps: StepResult[]) {
  return steps.map((s) => ({
    step: s.step,
    weight: s.weight,
    status: s.status,
    intervals: s.intervals.map((i) => ({
      interval: i.interval,
      start: i.window.start,
      end: i.window.end,
      verdict: i.verdict,
      ...(i.reason ? { reason: i.reason } : {}),
      canary: i.canary,
      stable: i.stable,
      metrics: i.metrics.map((o) => ({ metric: o.metric, canary: o.canary, stable: o.stable, worseBy: o.worseBy, pValue: o.pValue, status: o.status, reasons: o.reasons, ...(o.note ? { note: o.note } : {}) })),
    })),
  }));
}
