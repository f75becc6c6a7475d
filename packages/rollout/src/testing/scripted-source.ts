import type { Bucket } from '../histogram';
import { MetricSourceUnavailable, type LatencyKind, type MetricKind, type MetricReading, type MetricSource, type RequestCounts, type Track, type Window } from '../source';
import type { Clock } from '../analysis/engine';

/**
 * Test-only MetricSource that answers from a script, one entry per judged
 * interval (the n-th distinct window asked about gets entry n; past the end
 * the last entry repeats). Lets the engine's verdict logic run through dozens of
 * intervals without waiting or a server.
 */
export interface TrackScript {
  /** null: the source has no data for this track (never silently 0). */
  counts: RequestCounts | null;
  /** Metric key → reading: `error-rate`, `request-rate`, `p95` (a latency quantile ×100), or a query text. */
  readings?: Record<string, MetricReading>;
  /** Latency key (`p95`) → the track's cumulative latency histogram over the interval; absent is no histogram data. */
  histograms?: Record<string, Bucket[]>;
}

export type IntervalScript = { canary: TrackScript; stable: TrackScript } | 'unavailable';

export const metricKey = (m: MetricKind): string => (m.kind === 'latency' ? `p${Math.round(m.quantile * 1000) / 10}` : m.kind === 'query' ? m.query : m.kind);

export class ScriptedSource implements MetricSource {
  readonly windows: Window[] = [];
  readonly calls: string[] = [];
  closed = false;

  constructor(private readonly script: IntervalScript[]) {}

  private entry(window: Window): IntervalScript {
    let i = this.windows.findIndex((w) => w.start === window.start && w.end === window.end);
    if (i < 0) i = this.windows.push(window) - 1;
    return this.script[Math.min(i, this.script.length - 1)]!;
  }

  async requests(track: Track, window: Window): Promise<RequestCounts | null> {
    this.calls.push(`requests ${track}`);
    const e = this.entry(window);
    if (e === 'unavailable') throw new MetricSourceUnavailable('Prometheus at http://127.0.0.1:9 did not answer (ECONNREFUSED).');
    return e[track].counts;
  }

  async read(metric: MetricKind, track: Track, window: Window): Promise<MetricReading> {
    this.calls.push(`read ${metricKey(metric)} ${track}`);
    const e = this.entry(window);
    if (e === 'unavailable') throw new MetricSourceUnavailable('Prometheus at http://127.0.0.1:9 did not answer (ECONNREFUSED).');
    return e[track].readings?.[metricKey(metric)] ?? { value: null };
  }

  async histogram(metric: LatencyKind, track: Track, window: Window): Promise<Bucket[] | null> {
    this.calls.push(`histogram ${metricKey(metric)} ${track}`);
    const e = this.entry(window);
    if (e === 'unavailable') throw new MetricSourceUnavailable('Prometheus at http://127.0.0.1:9 did not answer (ECONNREFUSED).');
    return e[track].histograms?.[metricKey(metric)] ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** Finer than prom-client's default, so that scripted p95s of 0.2 and 0.22 s land in different buckets. */
export const SCRIPT_BUCKETS = [0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.225, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2.5, Infinity];

/**
 * A cumulative histogram of `requests` latencies whose p95 is `p95`: the
 * quantiles of a log-normal (σ 0.5) at (k + ½) / requests, so the shape is
 * the same for every count and nothing is random.
 */
export function scriptedHistogram(requests: number, p95: number, bounds: readonly number[] = SCRIPT_BUCKETS): Bucket[] {
  const median = p95 / Math.exp(1.6448536269514722 * 0.5);
  const counts = bounds.map(() => 0);
  for (let k = 0; k < requests; k++) {
    const latency = median * Math.exp(0.5 * probit((k + 0.5) / requests));
    const i = bounds.findIndex((b) => latency <= b);
    counts[i]! += 1;
  }
  let total = 0;
  return bounds.map((upperBound, i) => ({ upperBound, count: (total += counts[i]!) }));
}

/** The standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9): enough to place scripted latencies. */
export function probit(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - low) return -probit(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** A track serving `requests` requests with `errors` failures and latencies whose p95 is `p95` seconds (and the histogram behind it). */
export function track(requests: number, errors: number, p95: number): TrackScript {
  return {
    counts: { requests, errors },
    readings: {
      'error-rate': { value: requests > 0 ? errors / requests : null },
      'request-rate': { value: requests / 60 },
      p95: { value: p95 },
    },
    histograms: { p95: scriptedHistogram(requests, p95) },
  };
}

export const noData: TrackScript = { counts: null };

/** A clock whose sleep returns at once and moves time forward; records every sleep. */
export function fakeClock(start = 1_767_225_600): Clock & { slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      slept.push(ms);
      t += ms / 1000;
    },
  };
}
