import { normalSf } from './normal';

export interface BinnedMannWhitneyResult {
  /** U of the canary: pairs (canary request, stable request) with the canary's in a higher bucket, pairs in the same bucket counting one half. */
  u: number;
  /** Standardised U (continuity-corrected); −Infinity when every request fell in one bucket. */
  z: number;
  /** One-sided p-value for H1: canary requests land in higher (slower) buckets than stable's. */
  pValue: number;
  /** Requests per track that the test saw. */
  canaryCount: number;
  stableCount: number;
}

/**
 * Mann–Whitney U over histogram buckets: every request is one observation
 * whose value is its bucket's index, so all requests of a bucket are tied.
 * `canary[i]` and `stable[i]` are how many requests of each track fell in
 * bucket i (not cumulative), buckets in increasing order of their bound.
 *
 * Why bucket ranks: a latency histogram is all Prometheus keeps of each
 * request, and the bucket order is all it knows about them; the test on those
 * ranks is exactly scipy.stats.mannwhitneyu(alternative='greater',
 * method='asymptotic') on the expanded samples (the tie correction and the
 * continuity correction of 1/2), computed in O(buckets) instead of
 * O(requests log requests). A thousand requests are a thousand observations,
 * where a test on a handful of sub-window p95 values could never reach
 * p < 0.05. The exact distribution is never used: with ties it does not apply.
 *
 * Null when a track has no request in any bucket.
 */
export function binnedMannWhitney(canary: readonly number[], stable: readonly number[]): BinnedMannWhitneyResult | null {
  if (canary.length !== stable.length) throw new Error(`binnedMannWhitney: ${canary.length} canary buckets vs ${stable.length} stable buckets`);
  let n1 = 0;
  let n2 = 0;
  for (let i = 0; i < canary.length; i++) {
    const c = canary[i]!;
    const s = stable[i]!;
    if (!(c >= 0) || !(s >= 0) || !Number.isInteger(c) || !Number.isInteger(s)) throw new Error(`binnedMannWhitney: bucket ${i} has counts ${c} / ${s}; counts are non-negative integers`);
    n1 += c;
    n2 += s;
  }
  if (n1 === 0 || n2 === 0) return null;
  const n = n1 + n2;
  // Rank sum of the canary: a bucket holding t requests after `below` others gives each the mean rank below + (t + 1) / 2.
  let below = 0;
  let r1 = 0;
  let tieTerm = 0;
  for (let i = 0; i < canary.length; i++) {
    const t = canary[i]! + stable[i]!;
    if (t === 0) continue;
    r1 += canary[i]! * (below + (t + 1) / 2);
    tieTerm += t * t * t - t;
    below += t;
  }
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  // Every request in one bucket: nothing tells the tracks apart (SciPy divides by 0 and returns p = 1).
  if (!(variance > 0)) return { u, z: -Infinity, pValue: 1, canaryCount: n1, stableCount: n2 };
  const z = (u - (n1 * n2) / 2 - 0.5) / Math.sqrt(variance);
  return { u, z, pValue: Math.min(1, Math.max(0, normalSf(z))), canaryCount: n1, stableCount: n2 };
}
