import { parseConfigDocument, parseThreshold, readConfigDocument, UserError, type Comparator, type Threshold } from '@mlship/core';
import type { MetricKind } from '../source';

/**
 * What canary analysis judges, as data (Flagger's scheduler_metrics.go style):
 * the traffic steps, the timing, and one MetricCheck per judged metric. Built
 * and validated from the action inputs before any traffic moves, so a typo
 * fails in the first second and not after ten minutes of waiting.
 */

export type Comparison = 'absolute' | 'relative';

/** How much worse than stable the canary may be: an amount in the metric's unit, or a fraction of stable's value. */
export interface Tolerance {
  value: number;
  relative: boolean;
  source: string;
}

export interface MetricCheck {
  /** As written: `error-rate`, `p95-latency`, a query name. */
  name: string;
  kind: MetricKind;
  /** An absolute limit on the canary's value; every metric has one in absolute mode. */
  threshold?: Threshold;
  /** Which way is worse: up for error rates and latencies, or as the threshold's operator says. */
  worse: 'higher' | 'lower';
  maxIncrease: Tolerance;
  /** The statistical comparison with stable this metric gets. */
  test: 'two-proportion' | 'mann-whitney' | null;
  /** False for request-rate, which differs between tracks by design (the weight). */
  compareWithStable: boolean;
}

/** What each track is called in messages and reports: canary/stable, or blue-green's green/blue. */
export interface TrackNames {
  canary: string;
  stable: string;
}

export const CANARY_NAMES: TrackNames = { canary: 'canary', stable: 'stable' };

/** How intervals are judged, whatever moves the traffic: canary steps or one blue-green analysis window. */
export interface JudgingPlan {
  /** Seconds of analysis per step (per analysis window). */
  stepDuration: number;
  /** Seconds per judged interval. */
  interval: number;
  intervalsPerStep: number;
  minRequests: number;
  maxFailedIntervals: number;
  significance: number;
  comparison: Comparison;
  metrics: MetricCheck[];
  names: TrackNames;
}

export interface AnalysisPlan extends JudgingPlan {
  /** Canary traffic percentages, increasing, each in 1..100. A final 100 is the promotion, not analysed. */
  steps: number[];
}

export const DEFAULT_STEPS = [5, 10, 25, 50, 100];

/** `5, 10, 25, 50, 100`, `5 10 25`, or `[5, 10, 25, 50, 100]`. */
export function parseSteps(text: string, where = 'input "steps"'): number[] {
  const body = text.trim().replace(/^\[(.*)\]$/s, '$1');
  const parts = body.split(/[\s,]+/).filter((p) => p !== '');
  const hint = 'Write canary traffic percentages in increasing order between 1 and 100, e.g. "5, 10, 25, 50, 100".';
  if (parts.length === 0) throw new UserError('no traffic steps given.', { where, hint });
  const steps: number[] = [];
  for (const p of parts) {
    const n = Number(p.replace(/%$/, ''));
    if (!/^\d+(\.\d+)?%?$/.test(p) || !Number.isInteger(n)) throw new UserError(`"${p}" is not a whole percentage.`, { where, hint });
    if (n < 1 || n > 100) throw new UserError(`${n} is outside 1..100.`, { where, hint });
    const prev = steps[steps.length - 1];
    if (prev !== undefined && n <= prev) throw new UserError(`${n} after ${prev} is not increasing.`, { where, hint });
    steps.push(n);
  }
  return steps;
}

/** `0.005` (in the metric's unit) or `20%` (of stable's value). */
export function parseTolerance(text: string, where = 'input "max-increase"'): Tolerance {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?\s*(%?)\s*$/.exec(text);
  if (!m) throw new UserError(`"${text}" is not an increase.`, { where, hint: 'Write an amount in the metric\'s unit (0.005) or a percentage of stable\'s value (20%); not negative.' });
  const value = Number(text.trim().replace(/%$/, ''));
  return { value: m[2] ? value / 100 : value, relative: m[2] === '%', source: text.trim() };
}

interface MetricLine {
  name: string;
  threshold?: Threshold;
  maxIncrease?: Tolerance;
  where: string;
}

/**
 * The `metrics` input: one threshold or metric name per line (or comma), e.g.
 * `error-rate < 0.01` and `p95-latency < 0.5`; or a YAML list whose items are
 * such strings or maps `{metric, threshold, max-increase}`; inline or a file.
 */
export function parseMetricLines(text: string, cwd = process.cwd()): MetricLine[] {
  const trimmed = text.trim();
  const looksYaml = /^-\s|^\[/.test(trimmed) || /\.(ya?ml|json)$/i.test(trimmed);
  if (!looksYaml) {
    return trimmed
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter((s) => s !== '' && !s.startsWith('#'))
      .map((s) => metricLine(s, 'input "metrics"'));
  }
  const doc = /^-\s|^\[/.test(trimmed) ? parseConfigDocument(trimmed, 'inline config') : readConfigDocument(trimmed, cwd, 'metrics');
  const inline = doc.source === 'inline config';
  const at = (path: (string | number)[]) => (inline ? `input "metrics" ${path.map((p) => `[${p}]`).join('')}` : doc.at(path));
  if (!Array.isArray(doc.value)) throw new UserError('expected a list of metrics.', { where: inline ? 'input "metrics"' : doc.source, hint: 'e.g. "- error-rate < 0.01" and "- p95-latency < 0.5", one per line.' });
  return doc.value.map((item: unknown, i: number) => {
    if (typeof item === 'string') return metricLine(item, at([i]));
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const o = item as Record<string, unknown>;
      const unknownKey = Object.keys(o).find((k) => !['metric', 'threshold', 'max-increase'].includes(k));
      if (unknownKey) throw new UserError(`unknown key "${unknownKey}".`, { where: at([i, unknownKey]), hint: 'A metric takes metric, threshold (e.g. "< 0.01") and max-increase (e.g. "20%").' });
      if (typeof o.metric !== 'string' || !/^[A-Za-z_][\w.-]*$/.test(o.metric)) throw new UserError('needs a metric name, e.g. metric: p95-latency.', { where: at([i, 'metric']) });
      const line: MetricLine = { name: o.metric, where: at([i]) };
      if (o.threshold !== undefined) line.threshold = parseThreshold(`${o.metric} ${String(o.threshold)}`, at([i, 'threshold']));
      if (o['max-increase'] !== undefined) line.maxIncrease = parseTolerance(String(o['max-increase']), at([i, 'max-increase']));
      return line;
    }
    throw new UserError(`expected a threshold like "error-rate < 0.01" or a map, got ${JSON.stringify(item)}.`, { where: at([i]) });
  });
}

function metricLine(text: string, where: string): MetricLine {
  if (/^[A-Za-z_][\w.-]*$/.test(text.trim())) return { name: text.trim(), where };
  const threshold = parseThreshold(text, where);
  return { name: threshold.metric, threshold, where };
}

const worseFor = (op: Comparator | undefined): 'higher' | 'lower' => (op === '>' || op === '>=' ? 'lower' : 'higher');

export interface PlanInputs {
  metrics: string;
  comparison: Comparison;
  maxIncrease: string;
  steps: number[];
  stepDuration: number;
  interval: number;
  minRequests: number;
  maxFailedIntervals: number;
  significance: number;
  /** Metric name → what the source measures (unknown names throw with a did-you-mean). */
  resolve: (name: string, where: string) => MetricKind;
  cwd?: string;
  /** Default canary/stable. */
  names?: TrackNames;
}

export function buildPlan(p: PlanInputs): AnalysisPlan {
  const judging = buildJudgingPlan(p, () => {
    if (!p.steps.some((s) => s < 100)) throw new UserError('has no step below 100, so nothing would be analysed.', { where: 'input "steps"', hint: 'e.g. "5, 10, 25, 50, 100".' });
  });
  return { steps: p.steps, ...judging };
}

/**
 * The timing and the metric checks, validated; `checkFirst` runs after the
 * timing checks and before the metrics are parsed (canary-check's steps), so
 * the first mistake in input order is the one reported.
 */
export function buildJudgingPlan(p: Omit<PlanInputs, 'steps'>, checkFirst: () => void = () => {}): JudgingPlan {
  if (!(p.stepDuration > 0)) throw new UserError(`must be more than 0 seconds, got ${p.stepDuration}.`, { where: 'input "duration"', hint: 'Analysis time per traffic step, e.g. 5m.' });
  if (!(p.interval > 0)) throw new UserError(`must be more than 0 seconds, got ${p.interval}.`, { where: 'input "interval"', hint: 'How often metrics are judged, e.g. 1m.' });
  if (p.interval > p.stepDuration) {
    throw new UserError(`interval (${p.interval} s) is longer than duration (${p.stepDuration} s).`, { where: 'input "interval"', hint: 'Each step is judged in intervals; make interval at most duration.' });
  }
  if (!(p.significance > 0 && p.significance < 1)) throw new UserError(`must be between 0 and 1 (exclusive), got ${p.significance}.`, { where: 'input "significance"', hint: 'e.g. 0.05.' });
  checkFirst();
  const defaultTolerance = parseTolerance(p.maxIncrease);
  const lines = parseMetricLines(p.metrics, p.cwd);
  if (lines.length === 0) throw new UserError('lists no metric.', { where: 'input "metrics"', hint: 'e.g. "error-rate < 0.01" and "p95-latency < 0.5", one per line.' });
  const seen = new Set<string>();
  const metrics = lines.map((line): MetricCheck => {
    if (seen.has(line.name)) throw new UserError(`metric "${line.name}" is listed twice.`, { where: line.where, hint: 'Give each metric one line.' });
    seen.add(line.name);
    if (p.comparison === 'absolute' && !line.threshold) {
      throw new UserError(`metric "${line.name}" has no threshold, which comparison: absolute needs.`, { where: line.where, hint: `Write e.g. "${line.name} < 0.01", or set comparison: relative to judge it against stable.` });
    }
    const kind = p.resolve(line.name, line.where);
    if (kind.kind === 'request-rate' && !line.threshold) {
      throw new UserError(`metric "${line.name}" needs a threshold: the request rate follows the traffic weight, so it is never compared with stable.`, {
        where: line.where,
        hint: `e.g. "${line.name} > 1" to insist the canary gets traffic.`,
      });
    }
    return {
      name: line.name,
      kind,
      threshold: line.threshold,
      worse: worseFor(line.threshold?.op),
      maxIncrease: line.maxIncrease ?? defaultTolerance,
      test: kind.kind === 'error-rate' ? 'two-proportion' : kind.kind === 'latency' ? 'mann-whitney' : null,
      compareWithStable: kind.kind !== 'request-rate',
    };
  });
  return {
    stepDuration: p.stepDuration,
    interval: p.interval,
    intervalsPerStep: Math.max(1, Math.floor(p.stepDuration / p.interval + 1e-9)),
    minRequests: p.minRequests,
    maxFailedIntervals: p.maxFailedIntervals,
    significance: p.significance,
    comparison: p.comparison,
    metrics,
    names: p.names ?? CANARY_NAMES,
  };
}
