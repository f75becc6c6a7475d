import { createReport, formatThreshold, type Check, type Report } from '@mlship/core';
import type { JudgingPlan } from '../analysis/plan';
import { intervalCharts, intervalsTable, metricCheck, metricsTable } from '../analysis/report';
import type { BlueGreenResult } from './run';
import type { Color } from './switch';

/**
 * The blue-green Report: the verdict, green's pre-switch checks, the switch,
 * one check per metric judged after the switch (canary-check's metric checks,
 * green vs blue), and the analysis intervals.
 */

const TITLES = { health: 'Green health endpoint', smoke: 'Smoke requests to green', preview: "Green's preview metrics" } as const;

export function buildBlueGreenReport(plan: JudgingPlan, r: BlueGreenResult, o: { values: Record<Color, string>; switchDescription: string }): Report {
  const intervals = r.analysis.intervals;
  const word = { switched: 'green is live', 'switched-back': 'switched back to blue', 'not-switched': 'not switched (blue stays live)' }[r.verdict];
  const checks: Check[] = [
    { id: 'verdict', title: 'Blue-green verdict', status: r.verdict === 'switched' ? 'pass' : 'fail', observed: r.verdict, expected: 'switched', detail: r.reason },
    ...r.checks.map(
      (c): Check => ({
        id: `pre-switch.${c.id}`,
        title: TITLES[c.id],
        status: c.passed === null ? 'skip' : c.passed ? 'pass' : 'fail',
        detail: c.detail,
      }),
    ),
    {
      id: 'active',
      title: 'Serving users',
      status: r.active === 'green' ? 'pass' : 'fail',
      observed: `${r.active} (${o.values[r.active]})`,
      expected: `green (${o.values.green})`,
      detail: r.previous === null ? `users never left blue on ${o.switchDescription}` : `switched ${r.previous} → ${r.active} on ${o.switchDescription}`,
    },
    ...(r.analysis.status === 'not reached' ? [] : plan.metrics.map((m) => metricCheck(plan, m, intervals))),
  ];
  const inconclusive = intervals.filter((i) => i.verdict === 'inconclusive');
  if (intervals.length) {
    checks.push({
      id: 'data',
      title: 'Enough data to judge',
      status: inconclusive.length === intervals.length ? 'fail' : inconclusive.length ? 'warn' : 'pass',
      observed: `${intervals.length - inconclusive.length} of ${intervals.length} intervals`,
      expected: `≥ ${plan.minRequests} green requests per interval`,
      detail: inconclusive.length ? `inconclusive: ${[...new Set(inconclusive.map((i) => i.reason ?? i.metrics.flatMap((m) => m.reasons).join('; ')))].join(' | ')}` : undefined,
    });
  }
  if (r.scaleDown) checks.push({ id: 'scale-down', title: 'Blue scaled down', status: r.scaleDown.failed ? 'fail' : 'pass', severity: r.scaleDown.failed ? 'warning' : undefined, detail: r.scaleDown.detail });
  const previewTable = r.preview
    ? [
        {
          title: "Green's preview traffic (before the switch)",
          columns: ['Metric', 'Green', 'Threshold', 'Result'],
          rows: r.preview.conditions.map((c) => [c.id, c.value, formatThreshold(c.threshold), c.passed === null ? 'no data' : c.passed ? 'pass' : 'fail']),
        },
      ]
    : [];
  return createReport({
    action: 'blue-green',
    title: 'Blue-green deployment',
    summary: `Verdict: **${word}** — ${r.reason} Switch: ${o.switchDescription}; blue = ${o.values.blue}, green = ${o.values.green}; analysis ${plan.intervalsPerStep} interval(s) of ${plan.interval} s after the switch, min-requests ${plan.minRequests}, max-failed-intervals ${plan.maxFailedIntervals}.${r.scaleDown ? ` ${r.scaleDown.detail}` : ''}`,
    checks,
    tables: [...previewTable, ...(intervals.length ? [metricsTable(plan, intervals), intervalsTable(plan, intervals)] : [])],
    charts: intervalCharts(plan, intervals),
    data: { verdict: r.verdict, reason: r.reason, active: r.active, previous: r.previous, checks: r.checks, failedMetrics: r.failedMetrics, scaleDown: r.scaleDown, intervals },
  });
}
