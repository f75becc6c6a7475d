import { UserError } from '@mlship/core';
import type { CounterKind } from './counter';
import type { Bucket } from './histogram';

/**
 * The contract between where production metrics come from (Prometheus, or a
 * direct scrape of the services' /metrics) and who judges them (canary analysis,
 * the rollback health check). Judges see only this interface.
 */

/** Which deployment a reading is about. auto-rollback watches `stable`, the live version. */
export type Track = 'canary' | 'stable';

/** A closed time window, in Unix seconds. */
export interface Window {
  start: number;
  end: number;
}

/** What to measure. Built-ins map to the conventional metric names; `query` is a user PromQL template. */
export type MetricKind =
  | { kind: 'error-rate' }
  | { kind: 'request-rate' }
  /** Latency quantile in seconds, e.g. 0.95. */
  | { kind: 'latency'; quantile: number }
  /** A user PromQL template; `name` (the key in the `queries` input) is what messages call it. */
  | { kind: 'query'; query: string; name?: string }
  /** A counter's increase over the window (see counter.ts). */
  | CounterKind;

export type LatencyKind = Extract<MetricKind, { kind: 'latency' }>;

export interface MetricReading {
  /** The metric over the whole window; null when there was no data (never silently 0). */
  value: number | null;
}

export interface RequestCounts {
  requests: number;
  errors: number;
}

export interface MetricSource {
  /** Requests and errors the track served in the window; null when the source has no data for it. */
  requests(track: Track, window: Window): Promise<RequestCounts | null>;
  read(metric: MetricKind, track: Track, window: Window): Promise<MetricReading>;
  /**
   * The latency histogram behind a latency metric: how many requests of the
   * track fell at or below each bucket bound during the window (cumulative,
   * +Inf included), so latencies can be compared request by request. Null
   * when the source has no histogram data for the window.
   */
  histogram(metric: LatencyKind, track: Track, window: Window): Promise<Bucket[] | null>;
  /** Stops background scraping and closes connections. */
  close(): Promise<void>;
}

/**
 * The source could not answer at all (server unreachable after retries, an
 * answer that is not Prometheus'): unlike `null`, this says nothing about the
 * service's health. Judges decide whether to abort or count the interval as
 * inconclusive; it is a UserError, so uncaught it ends the step with its line.
 */
export class MetricSourceUnavailable extends UserError {}

/**
 * Asks for the request count and every metric once (and, with `histograms`,
 * the bucket query behind each latency metric), so a wrong URL, bad
 * credentials or a query the server rejects end the step now, with the
 * source's own message, instead of minutes into a wait.
 */
export async function probeMetrics(source: MetricSource, track: Track, metrics: MetricKind[], window: Window, options: { histograms?: boolean } = {}): Promise<void> {
  await source.requests(track, window);
  for (const m of metrics) {
    await source.read(m, track, window);
    if (options.histograms && m.kind === 'latency') await source.histogram(m, track, window);
  }
}
