/**
 * Histogram arithmetic the way Prometheus does it, so a quantile computed from
 * scraped buckets equals `histogram_quantile` on the same counts
 * (promql/quantile.go, `bucketQuantile`, Prometheus 2.x; checked against a
 * real Prometheus in histogram.test.ts).
 */
export interface Bucket {
  /** The `le` bound; +Inf for the last bucket. */
  upperBound: number;
  /** Cumulative count of observations ≤ upperBound. */
  count: number;
}

/**
 * The q-quantile of a cumulative histogram, interpolating linearly inside the
 * bucket holding the rank:
 * - q < 0 → −Inf, q > 1 → +Inf, NaN q → NaN;
 * - no +Inf bucket, fewer than two buckets, or zero observations → NaN;
 * - rank in the +Inf bucket → the highest finite bound;
 * - rank in the first bucket with a bound ≤ 0 → that bound; otherwise the
 *   first bucket interpolates from 0.
 * Buckets with the same bound are merged and counts forced monotonic, as
 * Prometheus does for series scraped at slightly different moments.
 */
export function histogramQuantile(q: number, input: readonly Bucket[]): number {
  if (Number.isNaN(q)) return NaN;
  if (q < 0) return -Infinity;
  if (q > 1) return Infinity;
  const sorted = [...input].sort((a, b) => a.upperBound - b.upperBound);
  if (sorted.length === 0 || sorted[sorted.length - 1]!.upperBound !== Infinity) return NaN;
  const buckets: Bucket[] = [];
  for (const b of sorted) {
    const last = buckets[buckets.length - 1];
    if (last && last.upperBound === b.upperBound) last.count += b.count;
    else buckets.push({ ...b });
  }
  let max = -Infinity;
  for (const b of buckets) {
    if (b.count > max) max = b.count;
    else b.count = max;
  }
  if (buckets.length < 2) return NaN;
  const observations = buckets[buckets.length - 1]!.count;
  if (observations === 0) return NaN;
  let rank = q * observations;
  let b = buckets.length - 1;
  for (let i = 0; i < buckets.length - 1; i++) {
    if (buckets[i]!.count >= rank) {
      b = i;
      break;
    }
  }
  if (b === buckets.length - 1) return buckets[buckets.length - 2]!.upperBound;
  if (b === 0 && buckets[0]!.upperBound <= 0) return buckets[0]!.upperBound;
  let start = 0;
  const end = buckets[b]!.upperBound;
  let count = buckets[b]!.count;
  if (b > 0) {
    start = buckets[b - 1]!.upperBound;
    count -= buckets[b - 1]!.count;
    rank -= buckets[b - 1]!.count;
  }
  return start + (end - start) * (rank / count);
}

/**
 * How much a counter grew from `before` to `after`. A drop means the process
 * restarted and counted from zero again, so everything it shows now is new —
 * Prometheus' reset rule for rate() and increase().
 */
export const counterDelta = (before: number, after: number): number => (after < before ? after : after - before);

/** `le` label text to a bound: Prometheus writes +Inf, some exporters Inf or +inf. */
export function parseLe(le: string): number {
  const t = le.trim();
  if (/^\+?inf$/i.test(t)) return Infinity;
  return Number(t);
}

/** Two tracks' requests per bucket over the same bounds, for a rank test on bucket indices. */
export interface AlignedBuckets {
  /** Upper bounds, increasing, +Inf last. */
  bounds: number[];
  /** Requests per bucket (not cumulative), whole numbers. */
  canary: number[];
  stable: number[];
}

/**
 * Per-bucket request counts of two cumulative histograms, on the bounds both
 * share. A bucket layout that changed between versions is merged to the
 * common bounds (a request is then only known to lie between two of them),
 * never guessed finer. Counts from `increase()` are extrapolated and so
 * fractional: cumulative counts are rounded, forced monotonic (as
 * histogramQuantile does) and differenced. Null when the tracks share no
 * +Inf bucket.
 */
export function alignBuckets(canary: readonly Bucket[], stable: readonly Bucket[]): AlignedBuckets | null {
  const cumulative = (input: readonly Bucket[]) => {
    const byBound = new Map<number, number>();
    for (const b of input) if (!Number.isNaN(b.upperBound) && Number.isFinite(b.count)) byBound.set(b.upperBound, (byBound.get(b.upperBound) ?? 0) + b.count);
    return byBound;
  };
  const c = cumulative(canary);
  const s = cumulative(stable);
  const bounds = [...c.keys()].filter((b) => s.has(b)).sort((a, b) => a - b);
  if (bounds.at(-1) !== Infinity) return null;
  const counts = (byBound: Map<number, number>) => {
    const out: number[] = [];
    let previous = 0;
    for (const b of bounds) {
      const total = Math.max(previous, Math.max(0, Math.round(byBound.get(b)!)));
      out.push(total - previous);
      previous = total;
    }
    return out;
  };
  return { bounds, canary: counts(c), stable: counts(s) };
}
