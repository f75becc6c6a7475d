import fs from 'node:fs';
import path from 'node:path';
import { UserError, refuseLinkOutOfWorkspace } from '@mlship/core';
import { canonicalMetric } from './quantities';

/**
 * A metrics JSON instead of row-level predictions: `{"accuracy": 0.93, ...}`,
 * optionally under a `metrics` key and nested (`{"latency": {"p99_ms": 42}}`
 * is `latency.p99_ms`). What a training job already writes, and what a
 * registry returns for the production version.
 */
export const isMetricsFile = (spec: string) => /\.json$/i.test(spec);

export function readMetricsFile(spec: string, cwd: string, role: string): Record<string, number> {
  const file = path.resolve(cwd, spec);
  const where = `${role} ${spec}`;
  if (!fs.existsSync(file)) throw new UserError('file not found', { where, hint: 'Check the path (relative to the workspace).' });
  refuseLinkOutOfWorkspace(file, where, (p) => path.relative(cwd, p) || p);
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`invalid JSON: ${(e as Error).message}`, { where, hint: 'A metrics file is one JSON object of numbers; row-level predictions belong in .jsonl, .csv or .parquet.' });
  }
  if (value && typeof value === 'object' && !Array.isArray(value) && 'metrics' in value) value = (value as { metrics: unknown }).metrics;
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UserError('expected a JSON object of metric names to numbers', { where, hint: 'e.g. {"accuracy": 0.93, "f1": 0.88}' });
  const out = flattenMetrics(value as Record<string, unknown>);
  if (Object.keys(out).length === 0) throw new UserError('no numeric metrics in the file', { where, hint: 'e.g. {"accuracy": 0.93, "f1": 0.88}' });
  return out;
}

export function flattenMetrics(obj: Record<string, unknown>, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : canonicalMetric(k);
    if (typeof v === 'number') out[key] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, flattenMetrics(v as Record<string, unknown>, key));
  }
  return out;
}

/** A gate path looked up in a flat metrics object: exact, by alias, or with `.` written as `_` (`latency_p99_ms`). */
export function lookupMetric(metrics: Record<string, number>, key: string): number | undefined {
  const dotted = key.split('.').map(canonicalMetric).join('.');
  return metrics[key] ?? metrics[dotted] ?? metrics[dotted.replace(/\./g, '_')];
}
