import { compare, groupDigits, margin, suggestion, UserError, type Check, type Status } from '@mlship/core';
import { pairedBootstrap, type BootstrapInterval, type PairedMetric } from '../bootstrap';
import { classificationMetrics, isBinary, type ClassificationData, type MetricValues } from '../classification-metrics';
import { ConfusionMatrix } from '../confusion';
import { encodeClassification } from '../encode';
import { groupFairness, type FairnessResult } from '../fairness';
import { mcnemar, type McNemarResult } from '../mcnemar';
import { pairedClassification, pairedRegression } from '../paired';
import { readPredictions, type Predictions } from '../predictions';
import { regressionMetrics } from '../regression';
import { sliceRows, take } from '../slices';
import { unavailableClassificationMetrics, unavailableRegressionMetrics, type UnavailableMetrics } from '../unavailable-metrics';
import type { Gate, GateConfig } from './config';
import { isMetricsFile, lookupMetric, readMetricsFile } from './metrics-file';
import { leakageCheck, modelSizeMb, probeLatency, readLatencySamples, type LatencyMeasurement, type ProbeOptions } from './measurements';
import { GATE_HEADS, LOWER_IS_BETTER, parseQuantity, type Quantity } from './quantities';

export interface GateRunOptions {
  predictions: string;
  /** Production predictions on the same rows, or its metrics JSON. */
  baseline?: string;
  /** Production metrics from a registry, when no baseline file is given. */
  baselineMetrics?: { values: Record<string, number>; source: string };
  config: GateConfig;
  modelPath?: string;
  latencySamples?: string;
  latencyProbe?: Omit<ProbeOptions, 'onProgress'>;
  trainData?: string;
  testData?: string;
  cwd: string;
  progress: (line: string) => void;
}

export type Task = 'binary' | 'multiclass' | 'regression' | 'metrics';

export interface Comparison {
  metric: string;
  candidate: number;
  baseline?: number;
  /** Positive = candidate better (baseline − candidate for losses). */
  improvement?: number;
  interval?: { lower: number; upper: number; pValue: number; resamples: number };
}

export interface SliceTable {
  column: string;
  minSize: number;
  metrics: string[];
  rows: { value: string; count: number; tooSmall: boolean; values: MetricValues }[];
}

export interface GateResult {
  gate: Gate;
  status: Status;
  observed?: number;
  detail: string;
}

export interface GateOutcome {
  task: Task;
  rows?: number;
  positiveLabel?: string;
  candidate: MetricValues;
  /** Metrics the task reports that have no value here, with the reason (null in metrics-json). */
  unavailable: UnavailableMetrics;
  baseline?: MetricValues;
  baselineSource?: string;
  comparison: Comparison[];
  bootstrap?: { resamples: number; seed: number; confidence: number };
  mcnemar?: McNemarResult;
  confusion?: { labels: string[]; rows: number[][] };
  fairness: FairnessResult[];
  slices: SliceTable[];
  latency?: LatencyMeasurement;
  modelSizeMb?: number;
  leakage?: Check;
  gates: GateResult[];
}

/**
 * Runs the whole gate: every gate's path is checked before any file is read,
 * then predictions are scored, compared with production, resampled, split by
 * group and slice, and each gate is judged. A gate whose input is missing is
 * an error (never a silent pass), except in the default config, where gates
 * apply only to what was measured and the rest are listed as skipped.
 */
export async function runGate(o: GateRunOptions): Promise<GateOutcome> {
  const { config } = o;
  const quantities = new Map(config.gates.map((g) => [g, resolveQuantity(g, config.source)]));
  const fairnessSpecs = [...config.fairness];
  const sliceColumns = new Set(config.slices?.columns ?? []);
  for (const q of quantities.values()) {
    if (q.kind === 'fairness' && !fairnessSpecs.some((f) => f.column === q.column)) fairnessSpecs.push({ column: q.column, min_group_size: 30 });
    if (q.kind === 'slices') sliceColumns.add(q.column);
  }

  const outcome: GateOutcome = { task: 'metrics', candidate: {}, unavailable: {}, comparison: [], fairness: [], slices: [], gates: [] };
  let rowLevel: RowLevel | undefined;
  if (isMetricsFile(o.predictions)) {
    outcome.candidate = readMetricsFile(o.predictions, o.cwd, 'predictions');
  } else {
    rowLevel = await scorePredictions(o, [...new Set([...fairnessSpecs.map((f) => f.column), ...sliceColumns])]);
    Object.assign(outcome, { task: rowLevel.task, rows: rowLevel.rows, candidate: rowLevel.candidate, unavailable: rowLevel.unavailable, positiveLabel: rowLevel.positiveLabel, confusion: rowLevel.confusion });
  }
  if (rowLevel?.baseline) {
    outcome.baseline = rowLevel.baseline.metrics;
    outcome.baselineSource = o.baseline;
  } else if (o.baseline && isMetricsFile(o.baseline)) {
    outcome.baseline = readMetricsFile(o.baseline, o.cwd, 'baseline-predictions');
    outcome.baselineSource = o.baseline;
  } else if (o.baselineMetrics) {
    outcome.baseline = o.baselineMetrics.values;
    outcome.baselineSource = o.baselineMetrics.source;
  } else if (o.baseline) {
    throw new UserError('baseline-predictions is row-level but predictions is a metrics JSON', { where: `baseline-predictions ${o.baseline}`, hint: 'Give both as row-level files, or the baseline as a metrics JSON too.' });
  }

  const improvementMetrics = [...new Set([...quantities.values()].flatMap((q) => (q.kind === 'improvement' ? [q.metric] : [])))];
  let intervals = new Map<string, BootstrapInterval>();
  if (rowLevel?.baseline && config.bootstrap.resamples > 0) {
    const names = config.bootstrap.metrics ?? [...new Set([...improvementMetrics, headline(rowLevel.task)])];
    const { resamples, seed, confidence } = config.bootstrap;
    o.progress(`bootstrap: ${resamples} paired resamples of ${groupDigits(rowLevel.rows)} rows for ${names.join(', ')}`);
    const paired = rowLevel.paired(names);
    const started = Date.now();
    intervals = new Map(
      pairedBootstrap(rowLevel.rows, paired, { resamples, seed, confidence, progress: (done, total) => done < total && o.progress(`bootstrap: ${done}/${total} resamples (${((Date.now() - started) / 1000).toFixed(1)} s)`) }).map((r) => [r.metric, r]),
    );
    outcome.bootstrap = { resamples, seed, confidence };
  }
  if (rowLevel?.baseline && rowLevel.task !== 'regression') outcome.mcnemar = rowLevel.mcnemar();
  outcome.comparison = compareMetrics(outcome.candidate, outcome.baseline, intervals, improvementMetrics);

  for (const spec of fairnessSpecs) {
    if (!rowLevel) throw new UserError(`fairness on "${spec.column}" needs row-level predictions`, { where: config.source, hint: 'Pass predictions as a data file with the group column.' });
    outcome.fairness.push(rowLevel.fairness(spec.column, spec.min_group_size, spec.groups));
  }
  for (const column of sliceColumns) {
    if (!rowLevel) throw new UserError(`slices on "${column}" need row-level predictions`, { where: config.source, hint: 'Pass predictions as a data file with the slice column.' });
    const gated = [...quantities.values()].flatMap((q) => (q.kind === 'slices' && q.column === column ? [q.metric] : []));
    outcome.slices.push(rowLevel.slices(column, config.slices?.min_size ?? 100, config.slices?.metrics, gated));
  }

  if (o.latencySamples) outcome.latency = await readLatencySamples(o.latencySamples, config.columns.latency, o.cwd);
  else if (o.latencyProbe) {
    o.progress(`latency: up to ${o.latencyProbe.requests} requests to ${o.latencyProbe.url} within ${Math.round(o.latencyProbe.budgetMs / 1000)} s`);
    outcome.latency = await probeLatency({ ...o.latencyProbe, onProgress: o.progress });
  }
  if (o.modelPath) outcome.modelSizeMb = modelSizeMb(o.modelPath, o.cwd);
  if (o.trainData && o.testData) outcome.leakage = await leakageCheck(o.trainData, o.testData, config.leakage?.key_columns, o.cwd, o.progress);
  else if (o.trainData || o.testData) throw new UserError('the leakage check needs both train-data and test-data', { hint: `Set ${o.trainData ? 'test-data' : 'train-data'} too, or neither.` });

  outcome.gates = config.gates.map((g) => judge(g, quantities.get(g)!, outcome, config.optionalGates));
  return outcome;
}

function resolveQuantity(g: Gate, source: string): Quantity {
  const q = parseQuantity(g.metric);
  if (typeof q !== 'string') return q;
  const head = g.metric.split('.')[0]!;
  throw new UserError(`gate "${g.source}": ${q}.${suggestion(head, GATE_HEADS)}`, { where: g.where ?? source, hint: 'See the eval-gate README for the quantities a gate can use.' });
}

const headline = (task: Task) => (task === 'regression' ? 'root_mean_squared_error' : 'accuracy');

function compareMetrics(candidate: MetricValues, baseline: MetricValues | undefined, intervals: Map<string, BootstrapInterval>, alsoShow: string[]): Comparison[] {
  const keys = [...new Set([...Object.keys(candidate), ...alsoShow])].filter((k) => candidate[k] !== undefined);
  return keys.map((metric) => {
    const c = candidate[metric]!;
    const b = baseline ? lookupMetric(baseline, metric) : undefined;
    const sign = LOWER_IS_BETTER.has(metric) ? -1 : 1;
    const row: Comparison = { metric, candidate: c, baseline: b, improvement: b === undefined ? undefined : sign * (c - b) };
    const iv = intervals.get(metric);
    if (iv) {
      const [lower, upper] = sign > 0 ? [iv.lower, iv.upper] : [-iv.upper, -iv.lower];
      // For a loss, "not better" means the candidate's loss difference is >= 0.
      const pValue = sign > 0 ? iv.shareAtOrBelowZero : 1 - shareBelowZero(iv);
      row.interval = { lower, upper, pValue, resamples: iv.resamples };
    }
    return row;
  });
}

const shareBelowZero = (iv: BootstrapInterval) => {
  let n = 0;
  let k = 0;
  for (const d of iv.differences) {
    if (Number.isNaN(d)) continue;
    k++;
    if (d < 0) n++;
  }
  return k === 0 ? NaN : n / k;
};

type Lookup = { value: number; detail?: string } | { missing: string };

function lookup(q: Quantity, g: Gate, o: GateOutcome): Lookup {
  switch (q.kind) {
    case 'metric': {
      const v = lookupMetric(o.candidate, q.metric);
      const why = o.unavailable[q.metric];
      // A NaN value still fails its gate (judge); the reason says why it is undefined.
      if (v !== undefined) return why ? { value: v, detail: why } : { value: v };
      if (why) return { missing: `${q.metric} is not computed: ${why}` };
      return { missing: o.task === 'metrics' ? `"${q.metric}" is not in the metrics file` : `${q.metric} is not computed for a ${o.task} task${q.metric.match(/roc_auc|average_precision|log_loss|brier/) ? ' without scores (set columns.y_score or columns.proba_prefix)' : ''}` };
    }
    case 'latency': {
      if (o.latency) return { value: o.latency[q.key.replace(/_ms$/, '') as 'p50' | 'p95' | 'p99' | 'mean' | 'max'], detail: `${o.latency.count} samples from ${o.latency.source}` };
      const v = o.task === 'metrics' ? lookupMetric(o.candidate, `latency.${q.key}`) : undefined;
      return v !== undefined ? { value: v } : { missing: 'no latency measured: set latency-samples or latency-endpoint' };
    }
    case 'improvement': {
      const row = o.comparison.find((c) => c.metric === q.metric);
      if (!o.baseline) return { missing: 'no production model to compare with: set baseline-predictions (or a registry baseline)' };
      if (!row || row.improvement === undefined) return { missing: `${q.metric} is not known for production (${o.baselineSource})` };
      if (!q.part) return { value: row.improvement, detail: intervalText(row) };
      if (!row.interval) {
        return { missing: `no bootstrap interval for ${q.metric}: it needs row-level predictions for both models${o.bootstrap ? ` and ${q.metric} in bootstrap.metrics` : ' and bootstrap.resamples > 0'}` };
      }
      const value = q.part === 'lower_bound' ? row.interval.lower : q.part === 'upper_bound' ? row.interval.upper : row.interval.pValue;
      return { value, detail: intervalText(row) };
    }
    case 'mcnemar':
      return o.mcnemar ? { value: o.mcnemar.pValue, detail: `b=${o.mcnemar.b} rows only the candidate gets right, c=${o.mcnemar.c} only production; ${o.mcnemar.method}` } : { missing: "McNemar's test needs row-level classification predictions for both models" };
    case 'fairness': {
      const f = o.fairness.find((x) => x.column === q.column)!;
      const value = f[q.key as 'demographic_parity_ratio'];
      const compared = f.groups.filter((x) => !x.excluded);
      return { value, detail: `${compared.length} groups compared (${compared.map((x) => x.group).join(', ')})` };
    }
    case 'slices': {
      const t = o.slices.find((s) => s.column === q.column)!;
      const scored = t.rows.filter((r) => !r.tooSmall && !Number.isNaN(r.values[q.metric] ?? NaN));
      if (scored.length === 0) return { missing: `no slice of ${q.column} has ${t.minSize}+ rows with ${q.metric} defined` };
      // The slice closest to failing decides.
      const worst = scored.reduce((a, b) => (margin(a.values[q.metric]!, g.op, g.value) <= margin(b.values[q.metric]!, g.op, g.value) ? a : b));
      return { value: worst.values[q.metric]!, detail: `worst slice ${q.column}=${worst.value} (${worst.count} rows) of ${scored.length} scored` };
    }
    case 'leakage': {
      if (!o.leakage) return { missing: 'no leakage check: set train-data and test-data' };
      const rows = Number.parseInt(String(o.leakage.observed), 10);
      return { value: rows, detail: o.leakage.detail };
    }
    case 'model_size':
      if (o.modelSizeMb !== undefined) return { value: o.modelSizeMb };
      {
        const v = o.task === 'metrics' ? lookupMetric(o.candidate, 'model_size_mb') : undefined;
        return v !== undefined ? { value: v } : { missing: 'no model size: set model-path' };
      }
  }
}

const intervalText = (c: Comparison) =>
  c.interval ? `${pct(c.interval.lower)}…${pct(c.interval.upper)} bootstrap interval, ${c.interval.resamples} resamples, P(not better) = ${c.interval.pValue.toFixed(3)}` : undefined;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;

function judge(g: Gate, q: Quantity, o: GateOutcome, optional: boolean): GateResult {
  const found = lookup(q, g, o);
  if ('missing' in found) return { gate: g, status: optional ? 'skip' : 'error', detail: found.missing };
  const { value, detail } = found;
  if (Number.isNaN(value)) return { gate: g, status: 'fail', observed: value, detail: `${g.metric} is undefined here${detail ? ` (${detail})` : ''}, so the gate cannot pass` };
  const ok = compare(value, g.op, g.value);
  const by = Math.abs(margin(value, g.op, g.value));
  return {
    gate: g,
    status: ok ? 'pass' : 'fail',
    observed: value,
    detail: ok ? (detail ?? `${fmt(value)} ${g.op} ${g.value}`) : `${fmt(value)} misses ${g.op} ${g.value} by ${fmt(by)}${detail ? ` (${detail})` : ''}`,
  };
}

export const fmt = (x: number) => (Number.isInteger(x) ? String(x) : Math.abs(x) >= 1000 ? x.toFixed(1) : Number(x.toPrecision(4)).toString());

/** Row-level predictions scored: metrics, and what the gate can derive from them on demand. */
interface RowLevel {
  task: Exclude<Task, 'metrics'>;
  rows: number;
  positiveLabel?: string;
  candidate: MetricValues;
  unavailable: UnavailableMetrics;
  confusion?: { labels: string[]; rows: number[][] };
  baseline?: { metrics: MetricValues };
  paired(names: string[]): PairedMetric[];
  mcnemar(): McNemarResult;
  fairness(column: string, minSize: number, expected?: string[]): FairnessResult;
  /** `metrics` replaces the task's defaults; `gated` metrics are always added. */
  slices(column: string, minSize: number, metrics: string[] | undefined, gated: string[]): SliceTable;
}

async function scorePredictions(o: GateRunOptions, attributes: string[]): Promise<RowLevel> {
  const { columns } = o.config;
  const cand = await readPredictions(o.predictions, { cwd: o.cwd, role: 'predictions', columns, attributes });
  const base = o.baseline && !isMetricsFile(o.baseline) ? await readPredictions(o.baseline, { cwd: o.cwd, role: 'baseline-predictions', columns }) : undefined;
  o.progress(`predictions: ${groupDigits(cand.rows)} rows${base ? `, baseline ${groupDigits(base.rows)} rows` : ''}`);
  if (cand.rows === 0) throw new UserError('no rows', { where: `predictions ${o.predictions}`, hint: 'The predictions file is empty.' });
  const task = o.config.task === 'auto' ? detectTask(cand) : o.config.task;
  return task === 'regression' ? regressionRowLevel(cand, base, o.predictions) : classificationRowLevel(cand, base, task, columns.positive_label);
}

/** Regression when labels are numbers that are not all integers, or integers with more than 100 distinct values. */
function detectTask(p: Predictions): 'binary' | 'multiclass' | 'regression' {
  const numeric = p.truth.every((v) => typeof v === 'number');
  if (!numeric) return 'multiclass';
  if (p.truth.some((v) => !Number.isInteger(v)) || p.pred.some((v) => typeof v === 'number' && !Number.isInteger(v))) return 'regression';
  return new Set(p.truth).size > 100 ? 'regression' : 'multiclass';
}

function classificationRowLevel(cand: Predictions, base: Predictions | undefined, task: 'binary' | 'multiclass', positiveLabel: string | number | boolean | undefined): RowLevel {
  const { candidate, baseline } = encodeClassification(cand, base, positiveLabel);
  if (task === 'binary' && !isBinary(candidate)) {
    throw new UserError(`task is binary but ${candidate.labels.size} labels occur (${candidate.labels.labels.join(', ')})`, { where: `predictions ${cand.source}`, hint: 'Set task: multiclass, or fix the labels.' });
  }
  const binary = isBinary(candidate);
  const labels = candidate.labels.labels.map(String);
  const subset = (d: ClassificationData, rows: Int32Array): ClassificationData => ({ ...d, truth: take(d.truth, rows), pred: take(d.pred, rows), score: d.score && take(d.score, rows), proba: d.proba?.map((c) => c && take(c, rows)) });
  const metrics = classificationMetrics(candidate);
  return {
    task: binary ? 'binary' : 'multiclass',
    rows: cand.rows,
    positiveLabel: binary ? labels[candidate.positive!] : undefined,
    candidate: metrics,
    unavailable: unavailableClassificationMetrics(candidate, metrics),
    confusion: { labels, rows: ConfusionMatrix.fromCodes(candidate.truth, candidate.pred, labels.length).toRows() },
    baseline: baseline && { metrics: classificationMetrics(baseline) },
    paired: (names) => pairedClassification(names, candidate, baseline!),
    mcnemar() {
      let b = 0;
      let c = 0;
      for (let i = 0; i < candidate.truth.length; i++) {
        const okC = candidate.pred[i] === candidate.truth[i];
        const okB = baseline!.pred[i] === candidate.truth[i];
        if (okC && !okB) b++;
        else if (!okC && okB) c++;
      }
      return mcnemar(b, c);
    },
    fairness(column, minSize, expected) {
      if (!binary) throw new UserError(`fairness on "${column}" needs a binary task (selection rate of the positive class), but ${labels.length} labels occur`, { where: `predictions ${cand.source}`, hint: 'Use slices for per-group metrics of a multiclass model.' });
      return groupFairness(cand.attributes.get(column)!, candidate.truth, candidate.pred, candidate.positive!, { column, minSize, expected });
    },
    slices: (column, minSize, chosen, gated) =>
      sliceTable(cand, column, minSize, [...new Set([...(chosen ?? (binary ? ['accuracy', 'f1', 'roc_auc'] : ['accuracy', 'f1_macro'])), ...gated])], (rows) => classificationMetrics(subset(candidate, rows))),
  };
}

function regressionRowLevel(cand: Predictions, base: Predictions | undefined, source: string): RowLevel {
  const numbers = (p: Predictions, which: 'truth' | 'pred') =>
    Float64Array.from(p[which], (v, i) => {
      if (typeof v !== 'number') throw new UserError(`row ${i + 1}: ${which === 'truth' ? 'y_true' : 'y_pred'} ${JSON.stringify(v)} is not a number`, { where: `predictions ${source}`, hint: 'A regression task needs numeric labels; set task: multiclass for classes.' });
      return v;
    });
  const truth = numbers(cand, 'truth');
  const pred = numbers(cand, 'pred');
  const basePred = base && numbers(base, 'pred');
  const metricsOf = (t: Float64Array, p: Float64Array): MetricValues => ({ ...regressionMetrics(t, p) });
  const metrics = metricsOf(truth, pred);
  const unsupported = (what: string) => () => {
    throw new UserError(`${what} is for classification; this is a regression task`, { hint: 'Remove the gate, or set task: binary/multiclass.' });
  };
  return {
    task: 'regression',
    rows: cand.rows,
    candidate: metrics,
    unavailable: unavailableRegressionMetrics(metrics),
    baseline: basePred && { metrics: metricsOf(truth, basePred) },
    paired: (names) => pairedRegression(names, truth, pred, basePred!),
    mcnemar: unsupported("McNemar's test"),
    fairness: unsupported('fairness'),
    slices: (column, minSize, chosen, gated) =>
      sliceTable(cand, column, minSize, [...new Set([...(chosen ?? ['mean_absolute_error', 'root_mean_squared_error']), ...gated])], (rows) => metricsOf(take(truth, rows), take(pred, rows))),
  };
}

const pick = (m: MetricValues, keys: string[]): MetricValues => Object.fromEntries(keys.map((k) => [k, m[k] ?? NaN]));

/** Rows grouped by `column`, each large-enough slice scored by `score` and narrowed to `metrics`. */
function sliceTable(p: Predictions, column: string, minSize: number, metrics: string[], score: (rows: Int32Array) => MetricValues): SliceTable {
  return {
    column,
    minSize,
    metrics,
    rows: sliceRows(p.attributes.get(column)!, minSize).map((s) => ({
      value: s.value,
      count: s.rows.length,
      tooSmall: s.tooSmall,
      values: s.tooSmall ? {} : pick(score(s.rows), metrics),
    })),
  };
}
