import { MetricSourceUnavailable, type MetricKind, type MetricReading, type MetricSource, type RequestCounts, type Track, type Window } from '../source';
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
    return e[track].readings?.[metricKey(metric)] ?? { value: null, points: [] };
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

/** A track serving `requests` requests with `errors` failures and latencies around `p95` seconds (12 sub-window points). */
export function track(requests: number, errors: number, p95: number, spread = 0.01): TrackScript {
  const points = Array.from({ length: 12 }, (_, i) => Number((p95 + spread * Math.sin(i * 1.7 + p95 * 10)).toFixed(6)));
  return {
    counts: { requests, errors },
    readings: {
      'error-rate': { value: requests > 0 ? errors / requests : null, points: [] },
      'request-rate': { value: requests / 60, points: [] },
      p95: { value: p95, points },
    },
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
