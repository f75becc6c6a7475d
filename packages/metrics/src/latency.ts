import { linearQuantile } from '@mlship/data';

/** p50/p95/p99 (NumPy's default linear percentile) and the mean of latency samples, in the samples' unit. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summariseLatency(samples: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  if (n === 0) return { count: 0, mean: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN };
  let sum = 0;
  for (const v of sorted) sum += v;
  const q = (p: number) => linearQuantile(n, p, (k) => sorted[k]!);
  return { count: n, mean: sum / n, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: sorted[n - 1]! };
}
