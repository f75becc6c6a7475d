import { createReport, groupDigits, type Chart, type Check, type Report, type Scalar, type Table } from '@mlship/core';
import type { GateConfig } from './config';
import { fmt, type GateOutcome } from './evaluate';
import { canonicalMetric, parseQuantity } from './quantities';

const num = (x: number | undefined): Scalar => (x === undefined ? null : Number.isNaN(x) ? 'n/a' : Number(x.toPrecision(6)));
const signed = (x: number | undefined): Scalar => (x === undefined ? null : Number.isNaN(x) ? 'n/a' : `${x >= 0 ? '+' : ''}${Number(x.toPrecision(4))}`);

/**
 * The eval-gate Report: one check per gate (observed, threshold, by how
 * much it missed), the candidate-vs-production table with bootstrap
 * intervals, the confusion matrix, fairness and slice tables, and charts of
 * metric deltas and per-group rates.
 */
export function buildGateReport(o: GateOutcome, config: GateConfig): Report {
  const checks: Check[] = o.gates.map((r) => ({
    id: r.gate.id,
    title: gateTitle(r.gate.metric, o),
    status: r.status,
    severity: r.gate.severity,
    observed: r.observed === undefined ? null : num(r.observed),
    expected: `${r.gate.op} ${r.gate.value}`,
    detail: r.detail,
  }));
  if (o.leakage && !o.gates.some((g) => g.gate.metric === 'leakage.rows')) checks.push({ ...o.leakage, id: 'leakage', severity: 'warning' });

  const tables: Table[] = [comparisonTable(o, config, keyMetrics(o, config)), { ...comparisonTable(o, config), title: 'All metrics', folded: true }];
  if (o.mcnemar) {
    const m = o.mcnemar;
    tables.push({
      title: "McNemar's test (accuracy, paired)",
      columns: ['only candidate right', 'only production right', 'method', 'statistic', 'p-value'],
      rows: [[m.b, m.c, m.method, num(m.statistic), num(m.pValue)]],
    });
  }
  if (o.confusion && o.confusion.labels.length <= 12) {
    tables.push({
      title: 'Confusion matrix (rows: true label, columns: predicted)',
      columns: ['', ...o.confusion.labels],
      rows: o.confusion.rows.map((r, i) => [o.confusion!.labels[i]!, ...r]),
    });
  }
  for (const f of o.fairness) {
    tables.push({
      title: `Fairness by ${f.column}: parity ratio ${fmtNum(f.demographic_parity_ratio)}, parity difference ${fmtNum(f.demographic_parity_difference)}, equalized odds difference ${fmtNum(f.equalized_odds_difference)}`,
      columns: ['group', 'rows', 'selection rate', 'accuracy', 'TPR (recall)', 'FPR', 'compared'],
      rows: f.groups.map((g) => [g.group, g.count, num(g.selection_rate), num(g.accuracy), num(g.true_positive_rate), num(g.false_positive_rate), g.excluded ? (g.count === 0 ? 'no rows' : 'too small') : 'yes']),
    });
  }
  for (const s of o.slices) {
    tables.push({
      title: `Slices by ${s.column} (min ${s.minSize} rows)`,
      columns: [s.column, 'rows', ...s.metrics],
      rows: s.rows.map((r) => [r.value, r.count, ...s.metrics.map((m) => (r.tooSmall ? 'too small' : num(r.values[m])))]),
      folded: s.rows.length > 8,
    });
  }
  const measured: Scalar[][] = [];
  if (o.latency) measured.push(['latency (ms)', `p50 ${fmt(o.latency.p50)} · p95 ${fmt(o.latency.p95)} · p99 ${fmt(o.latency.p99)} · max ${fmt(o.latency.max)}`, `${o.latency.count} samples, ${o.latency.source}`]);
  if (o.modelSizeMb !== undefined) measured.push(['model size', `${fmt(o.modelSizeMb)} MiB`, '']);
  if (o.leakage) measured.push(['train/test leakage', String(o.leakage.observed), o.leakage.detail ?? '']);
  if (measured.length) tables.push({ title: 'Measurements', columns: ['what', 'value', 'source'], rows: measured });
  const unavailable = Object.entries(o.unavailable);
  if (unavailable.length) tables.push({ title: 'Metrics not computed (null in metrics-json)', columns: ['metric', 'why'], rows: unavailable });

  const failed = o.gates.filter((g) => g.status === 'fail' || g.status === 'error');
  // A severity: warning gate warns; only error gates block (fail-on: warning turns warnings into a failed step, not into blockers).
  const blocking = failed.filter((g) => g.gate.severity === 'error');
  const warned = failed.filter((g) => g.gate.severity === 'warning');
  const summary =
    `${o.rows !== undefined ? `${groupDigits(o.rows)} predictions, ${o.task}${o.positiveLabel !== undefined ? ` (positive label ${o.positiveLabel})` : ''}` : 'metrics file'}` +
    `${o.baselineSource ? `, compared with production (${o.baselineSource})` : ''}. ` +
    (blocking.length ? `Blocked by ${blocking.map((g) => g.gate.id).join(', ')}.` : passSummary(o.gates.filter((g) => g.status === 'pass').length)) +
    (warned.length ? ` Warning${warned.length === 1 ? '' : 's'} from ${warned.map((g) => g.gate.id).join(', ')}.` : '');
  return createReport({
    action: 'eval-gate',
    title: `Model evaluation gate: ${blocking.length ? 'BLOCKED' : warned.length ? 'PASSED WITH WARNINGS' : 'PASSED'}`,
    summary,
    checks,
    tables,
    charts: charts(o, config),
    data: { task: o.task, rows: o.rows, metrics: o.candidate, unavailable: o.unavailable, baseline: o.baseline, comparison: o.comparison, mcnemar: o.mcnemar, fairness: o.fairness, slices: o.slices, latency: o.latency, model_size_mb: o.modelSizeMb, bootstrap: o.bootstrap, config: { source: config.source, format: config.format } },
  });
}

const passSummary = (n: number) => (n === 0 ? 'No gate was measured.' : n === 1 ? 'The one gate passes.' : `All ${n} gates pass.`);

const fmtNum = (x: number) => (Number.isNaN(x) ? 'n/a' : fmt(x));

/** The metrics worth a glance: the gated ones and the usual headline set for the task. */
function keyMetrics(o: GateOutcome, config: GateConfig): Set<string> {
  const headline = o.task === 'regression' ? ['mean_absolute_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'] : ['accuracy', 'balanced_accuracy', 'f1', 'f1_macro', 'roc_auc', 'average_precision', 'log_loss'];
  const gated = config.gates.flatMap((g) => {
    const q = parseQuantity(g.metric);
    return typeof q !== 'string' && (q.kind === 'metric' || q.kind === 'improvement') ? [q.metric] : [];
  });
  return new Set([...gated, ...headline]);
}

function gateTitle(metric: string, o: GateOutcome): string {
  const q = parseQuantity(metric);
  if (typeof q === 'string') return metric;
  const level = `${Math.round((o.bootstrap?.confidence ?? 0.95) * 100)}% interval`;
  switch (q.kind) {
    case 'metric':
      return q.metric;
    case 'latency':
      return `Latency ${q.key.replace('_ms', '')} (ms)`;
    case 'improvement':
      return `Improvement in ${q.metric} over production${q.part === 'lower_bound' ? `, ${level} lower bound` : q.part === 'upper_bound' ? `, ${level} upper bound` : q.part === 'p_value' ? ', P(not better)' : ''}`;
    case 'mcnemar':
      return "McNemar's test p-value";
    case 'fairness':
      return `${q.key.replace(/_/g, ' ')} by ${q.column}`;
    case 'slices':
      return `${q.metric} in every ${q.column} slice`;
    case 'leakage':
      return 'Train/test leakage (rows)';
    case 'model_size':
      return 'Model size (MiB)';
  }
}

function comparisonTable(o: GateOutcome, config: GateConfig, only?: Set<string>): Table {
  const thresholds = new Map<string, string>();
  for (const g of config.gates) {
    const [head, metric, part] = g.metric.split('.');
    const [key, text] = head === 'improvement' ? [canonicalMetric(metric!), `${part ?? 'Δ'} ${g.op} ${g.value}`] : [canonicalMetric(g.metric), `${g.op} ${g.value}`];
    thresholds.set(key, [thresholds.get(key), text].filter(Boolean).join('; '));
  }
  const statusOf = (metric: string) => {
    const mine = o.gates.filter((r) => canonicalMetric(r.gate.metric) === metric || r.gate.metric.startsWith(`improvement.${metric}`));
    if (mine.length === 0) return '';
    return mine.every((r) => r.status === 'pass') ? '✅' : mine.some((r) => r.status === 'fail' || r.status === 'error') ? '❌' : '➖';
  };
  const level = o.bootstrap ? `${Math.round(o.bootstrap.confidence * 100)}% CI` : 'CI';
  return {
    title: o.baseline ? 'Candidate vs production' : 'Candidate metrics',
    columns: o.baseline ? ['metric', 'candidate', 'production', 'improvement', level, 'threshold', 'status'] : ['metric', 'value', 'threshold', 'status'],
    folded: only === undefined,
    rows: o.comparison.filter((c) => !only || only.has(c.metric)).map((c) =>
      o.baseline
        ? [c.metric, num(c.candidate), num(c.baseline), signed(c.improvement), c.interval ? `${signed(c.interval.lower)} … ${signed(c.interval.upper)}` : null, thresholds.get(c.metric) ?? null, statusOf(c.metric)]
        : [c.metric, num(c.candidate), thresholds.get(c.metric) ?? null, statusOf(c.metric)],
    ),
  };
}

function charts(o: GateOutcome, config: GateConfig): Chart[] {
  const out: Chart[] = [];
  const key = keyMetrics(o, config);
  const deltas = o.comparison.filter((c) => key.has(c.metric) && c.improvement !== undefined && Number.isFinite(c.improvement));
  if (deltas.length) {
    out.push({ title: 'Improvement over production', kind: 'bar', x: deltas.map((c) => c.metric), yLabel: 'improvement', series: [{ name: 'improvement', values: deltas.map((c) => c.improvement!) }] });
  }
  for (const f of o.fairness) {
    const groups = f.groups.filter((g) => g.count > 0);
    out.push({
      title: `Selection rate and accuracy by ${f.column}`,
      kind: 'bar',
      x: groups.map((g) => g.group),
      yLabel: 'rate',
      yRange: [0, 1],
      series: [
        { name: 'selection rate', values: groups.map((g) => g.selection_rate) },
        { name: 'accuracy', values: groups.map((g) => g.accuracy) },
      ],
    });
  }
  return out;
}
