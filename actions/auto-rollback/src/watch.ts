import { describeError, sleep } from '@mlship/core';
import { MetricSourceUnavailable, type MetricSource, type Track } from '@mlship/rollout';

/** What the service looked like over one progress tick of the stabilization wait. */
export interface Sample {
  /** Seconds since the wait began, at the tick's end. */
  at: number;
  requests: number | null;
  errorRate: number | null;
  p95: number | null;
}

export interface WatchOptions {
  seconds: number;
  /** Seconds between progress lines (and samples). */
  tick: number;
  track: Track;
  log: (line: string) => void;
  warn: (line: string) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const formatDuration = (s: number) => {
  const m = Math.floor(s / 60);
  const rest = Math.round(s - m * 60);
  return m ? `${m}m${String(rest).padStart(2, '0')}s` : `${rest}s`;
};
export const formatRate = (v: number | null) => (v === null ? 'no data' : `${(v * 100).toFixed(2)} %`);
export const formatSeconds = (v: number | null) => (v === null ? 'no data' : `${Number(v.toPrecision(4))} s`);

/**
 * The seed's `sleep 300`, with a progress line per tick saying how the
 * service is doing so far — the samples become the report's charts. A
 * source that cannot answer mid-wait is a warning and a gap here; the health
 * check at the end decides.
 */
export async function watchStabilization(source: MetricSource, o: WatchOptions): Promise<Sample[]> {
  const now = o.now ?? (() => Date.now() / 1000);
  const wait = o.sleep ?? sleep;
  const start = now();
  const samples: Sample[] = [];
  if (o.seconds <= 0) return samples;
  o.log(`Waiting ${formatDuration(o.seconds)} for the deployment to stabilize (a progress line every ${formatDuration(o.tick)}).`);
  let from = start;
  for (;;) {
    const elapsed = now() - start;
    if (elapsed >= o.seconds) break;
    await wait(Math.min(o.tick, o.seconds - elapsed) * 1000);
    const to = now();
    const window = { start: from, end: to };
    try {
      const [counts, errorRate, p95] = await Promise.all([
        source.requests(o.track, window),
        source.read({ kind: 'error-rate' }, o.track, window),
        source.read({ kind: 'latency', quantile: 0.95 }, o.track, window),
      ]);
      const sample = { at: to - start, requests: counts?.requests ?? null, errorRate: errorRate.value, p95: p95.value };
      samples.push(sample);
      o.log(`  ${formatDuration(Math.min(o.seconds, sample.at))} of ${formatDuration(o.seconds)}: ${sample.requests ?? 'no'} requests, error rate ${formatRate(sample.errorRate)}, p95 ${formatSeconds(sample.p95)}`);
    } catch (e) {
      if (!(e instanceof MetricSourceUnavailable)) throw e;
      samples.push({ at: to - start, requests: null, errorRate: null, p95: null });
      o.warn(`  ${formatDuration(to - start)}: no reading (${describeError(e)})`);
    }
    from = to;
  }
  return samples;
}
