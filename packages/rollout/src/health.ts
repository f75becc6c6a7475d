import { compare, type Threshold } from '@mlship/core';
import type { MetricKind, MetricSource, RequestCounts, Track, Window } from './source';

/** One health condition: a threshold on a metric, as `error-rate <= 0.05` says it. */
export interface HealthCondition {
  threshold: Threshold;
  metric: MetricKind;
  /** Stable name for reports; default the threshold's metric (`error-rate`), `error-rate:vs-baseline` for a relative limit. */
  id?: string;
}

export interface ConditionResult {
  id: string;
  threshold: Threshold;
  /** null: no data — neither a pass nor a fail, but never healthy. */
  value: number | null;
  passed: boolean | null;
}

export type Health = 'healthy' | 'unhealthy' | 'inconclusive';

export interface HealthResult {
  health: Health;
  requests: RequestCounts | null;
  conditions: ConditionResult[];
  /** Why, in words, for the report, the log and Slack. */
  reasons: string[];
}

/**
 * Judges one window the way the seed's health check meant to, without its
 * hole: a condition that fails makes the service unhealthy; missing data, or
 * fewer requests than `minRequests`, makes it inconclusive — never healthy.
 * A definite failure outranks missing data on another condition, but not a
 * shortage of requests: a handful of requests proves nothing either way.
 */
export async function checkHealth(source: MetricSource, track: Track, window: Window, conditions: HealthCondition[], minRequests: number): Promise<HealthResult> {
  const requests = await source.requests(track, window);
  const results: ConditionResult[] = [];
  for (const c of conditions) {
    const { value } = await source.read(c.metric, track, window);
    results.push({ id: c.id ?? c.threshold.metric, threshold: c.threshold, value, passed: value === null ? null : compare(value, c.threshold.op, c.threshold.value) });
  }
  const reasons: string[] = [];
  const seconds = Math.round(window.end - window.start);
  if (requests === null) reasons.push(`no request data for the last ${seconds} s`);
  else if (requests.requests < minRequests) reasons.push(`${requests.requests} requests in the last ${seconds} s, fewer than min-requests ${minRequests}`);
  const failed = results.filter((r) => r.passed === false);
  const missing = results.filter((r) => r.passed === null);
  for (const r of failed) reasons.push(`${r.threshold.metric} is ${r.value === null ? r.value : Number(r.value.toPrecision(6))}, which breaks ${r.threshold.source}`);
  for (const r of missing) reasons.push(`no data for ${r.threshold.metric}`);
  const enough = requests !== null && requests.requests >= minRequests;
  const health: Health = !enough ? 'inconclusive' : failed.length ? 'unhealthy' : missing.length ? 'inconclusive' : 'healthy';
  return { health, requests, conditions: results, reasons };
}
