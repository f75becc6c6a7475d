import { createReport, formatThreshold, type Chart, type Check, type Report, type Scalar, type Table } from '@mlship/core';
import type { HealthResult, RollbackStep } from '@mlship/rollout';
import type { NotifyResult } from './notify';
import { formatDuration, formatRate, formatSeconds, type Sample } from './watch';

export interface Outcome {
  subject: string;
  /** Undefined when the source could not answer at all. */
  health?: HealthResult;
  unavailable?: string;
  errorRate: number | null;
  p95: number | null;
  p95Threshold?: number;
  minRequests: number;
  windowSeconds: number;
  needsRollback: boolean;
  rolledBack: boolean;
  onInconclusive: 'rollback' | 'fail';
  dryRun: boolean;
  steps: RollbackStep[];
  notifications: NotifyResult[];
  samples: Sample[];
  /** force: true — rolled back without a health check. */
  forced: boolean;
  /** Baseline limits that could not be set (no data before the step, or 0). */
  baselineNotes: { id: string; detail: string }[];
}

const STEP_STATUS = { 'rolled-back': 'pass', 'already-done': 'pass', 'would-roll-back': 'skip', failed: 'error' } as const;
const observed = (v: number | null): Scalar => (v === null ? 'no data' : Number(v.toPrecision(6)));

const thresholdText = (c: { id: string; threshold: { metric: string; source: string; op: string; value: number } }) =>
  c.id.endsWith(':vs-baseline') ? c.threshold.source.slice(c.threshold.metric.length + 1) : formatThreshold(c.threshold as Parameters<typeof formatThreshold>[0]);

export function title(o: Outcome): string {
  if (o.forced) return o.dryRun ? 'auto-rollback: manual rollback (dry run)' : o.steps.some((s) => s.result === 'failed') ? 'auto-rollback: ROLLBACK FAILED' : 'auto-rollback: rolled back (manual override)';
  if (!o.health) return 'auto-rollback: health could not be checked';
  if (!o.needsRollback) return o.health.health === 'healthy' ? 'auto-rollback: healthy' : `auto-rollback: ${o.health.health}, not rolled back (on-inconclusive: fail)`;
  if (o.dryRun) return 'auto-rollback: rollback needed (dry run)';
  if (o.steps.some((s) => s.result === 'failed')) return 'auto-rollback: ROLLBACK FAILED';
  if (o.steps.length === 0) return 'auto-rollback: unhealthy, no rollback target configured';
  return o.steps.every((s) => s.result === 'already-done') ? 'auto-rollback: already rolled back' : 'auto-rollback: rolled back';
}

function summary(o: Outcome): string {
  if (o.forced) return `${o.subject}: rolled back on request (force: true), without a health check. ${o.steps.map((s) => `${s.target}: ${s.result}`).join(', ') || 'No rollback target is configured.'}`;
  if (!o.health) return `${o.subject}: ${o.unavailable} Nothing was rolled back.`;
  const numbers = `error rate ${formatRate(o.errorRate)}, p95 ${formatSeconds(o.p95)} over the last ${formatDuration(o.windowSeconds)}`;
  if (o.health.health === 'healthy') return `${o.subject} is healthy: ${numbers}. No rollback needed.`;
  const why = o.health.reasons.join('; ');
  if (!o.needsRollback) return `${o.subject} is ${o.health.health} (${why}); on-inconclusive is fail, so nothing was rolled back.`;
  const did = o.steps.length === 0 ? 'No rollback target is configured.' : o.dryRun ? 'Dry run: nothing was changed.' : o.steps.map((s) => `${s.target}: ${s.result}`).join(', ') + '.';
  return `${o.subject} is ${o.health.health} (${why}). ${did}`;
}

export function buildReport(o: Outcome): Report {
  const checks: Check[] = [];
  const tables: Table[] = [];
  const charts: Chart[] = [];
  if (o.forced) {
    checks.push({ id: 'health', title: 'Health check', status: 'skip', detail: 'manual override (force: true)' });
  } else if (!o.health) {
    checks.push({ id: 'health', title: 'Health check', status: 'error', detail: o.unavailable });
  } else {
    const r = o.health.requests;
    const enough = r !== null && r.requests >= o.minRequests;
    checks.push({
      id: 'requests',
      title: 'Requests in the window',
      status: enough ? 'pass' : 'fail',
      observed: r?.requests ?? 'no data',
      expected: `>= ${o.minRequests}`,
      ...(enough ? {} : { detail: r === null ? 'no request data: not counted as healthy' : `only ${r.requests} requests: too few to call the service healthy` }),
    });
    for (const c of o.health.conditions) {
      checks.push({
        id: `health:${c.id}`,
        title: c.threshold.source,
        status: c.passed ? 'pass' : 'fail',
        observed: observed(c.value),
        expected: thresholdText(c),
        ...(c.passed === null ? { detail: `no data for ${c.threshold.metric}: not counted as healthy` } : {}),
      });
    }
    tables.push({
      title: `Health over the last ${formatDuration(o.windowSeconds)}`,
      columns: ['Check', 'Observed', 'Threshold', 'Result'],
      rows: [
        ['requests', r?.requests ?? 'no data', `>= ${o.minRequests}`, enough ? 'pass' : 'inconclusive'],
        ...o.health.conditions.map((c): Scalar[] => [c.threshold.metric, observed(c.value), thresholdText(c), c.passed === null ? 'no data' : c.passed ? 'pass' : 'FAIL']),
      ],
    });
    for (const n of o.baselineNotes) checks.push({ id: `health:${n.id}`, title: `${n.id.split(':')[0]} against its baseline`, status: 'skip', detail: n.detail });
  }
  for (const s of o.steps) {
    checks.push({ id: `rollback:${s.target}`, title: `Roll back ${s.target} ${s.subject}`, status: STEP_STATUS[s.result], detail: s.detail });
  }
  if (o.needsRollback) {
    tables.push({
      title: o.dryRun ? 'Rollback (dry run: would do)' : 'Rollback',
      columns: ['#', 'Target', 'What', 'Result', 'Detail'],
      rows: o.steps.length ? o.steps.map((s, i) => [i + 1, s.target, s.subject, s.result, s.detail]) : [['—', 'none', '—', 'no target configured', 'set targets to roll back automatically']],
    });
  }
  for (const n of o.notifications) {
    checks.push({ id: `notify:${n.channel}`, title: n.channel === 'slack' ? 'Slack notification' : 'GitHub issue', status: n.ok ? 'pass' : 'fail', severity: 'warning', detail: n.detail });
  }
  if (o.samples.length) {
    tables.push({
      title: 'During stabilization',
      folded: true,
      columns: ['Time', 'Requests', 'Error rate', 'p95 latency'],
      rows: o.samples.map((s) => [formatDuration(s.at), s.requests ?? 'no data', formatRate(s.errorRate), formatSeconds(s.p95)]),
    });
    const errors = o.samples.filter((s) => s.errorRate !== null);
    if (errors.length >= 2) {
      charts.push({ title: 'Error rate during stabilization (%)', kind: 'line', x: errors.map((s) => formatDuration(s.at)), yLabel: '%', series: [{ name: 'error rate', values: errors.map((s) => s.errorRate! * 100) }] });
    }
    const latency = o.samples.filter((s) => s.p95 !== null);
    if (latency.length >= 2) {
      const series = [{ name: 'p95 latency (s)', values: latency.map((s) => s.p95!) }];
      if (o.p95Threshold !== undefined) series.push({ name: 'threshold', values: latency.map(() => o.p95Threshold!) });
      charts.push({ title: 'p95 latency during stabilization (s)', kind: 'line', x: latency.map((s) => formatDuration(s.at)), yLabel: 's', series });
    }
  }
  return createReport({
    action: 'auto-rollback',
    title: title(o),
    summary: summary(o),
    checks,
    tables,
    charts,
    data: {
      health: o.forced ? 'overridden' : (o.health?.health ?? 'unknown'),
      needsRollback: o.needsRollback,
      rolledBack: o.rolledBack,
      errorRate: o.errorRate,
      p95Latency: o.p95,
      requests: o.health?.requests ?? null,
      windowSeconds: o.windowSeconds,
      reasons: o.health?.reasons ?? [],
      steps: o.steps,
      samples: o.samples,
    },
  });
}
