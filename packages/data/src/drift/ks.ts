import type { NumericDistribution } from '../stats/distribution';
import { assertNotEmpty } from './errors';
import { kstwoSf } from './kolmogorov';

export interface KsResult {
  /** D = max |F_ref(x) − F_cur(x)| over both supports, in [0, 1]. */
  statistic: number;
  /** Two-sided p-value, scipy.stats.ks_2samp(method='asymp') semantics. */
  pValue: number;
}

/** numpy.round: halves go to the even neighbour (0.5 → 0, 2.5 → 2). */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Two-sample Kolmogorov–Smirnov test.
 *
 * D is evaluated at every point of both supports (the empirical CDFs only step
 * there, so that is the exact supremum when both sides are exact). The p-value
 * is SciPy's method='asymp': kstwo.sf(D, round(n·m/(n+m))) — the exact
 * one-sample distribution at the effective size, not the kstwobign limit.
 *
 * Degenerate input: identical samples give D = 0, p = 1. When n·m/(n+m) rounds
 * to 0 (one value on each side) SciPy returns NaN; we use an effective size of 1,
 * which gives p = 1 for D < 1 and p = 0 for D = 1. Throws EmptyDistributionError
 * when either side has no values.
 */
export function ksTwoSample(reference: NumericDistribution, current: NumericDistribution): KsResult {
  assertNotEmpty('ks', reference, current);
  const a = reference.support();
  const b = current.support();
  let d = 0;
  let i = 0;
  let j = 0;
  // Merge-walk the two ascending supports so each distinct point is visited once.
  while (i < a.length || j < b.length) {
    let x: number;
    if (j >= b.length || (i < a.length && a[i] <= b[j])) {
      x = a[i];
      if (j < b.length && b[j] === x) j++;
      i++;
    } else {
      x = b[j];
      j++;
    }
    const diff = Math.abs(reference.cdf(x) - current.cdf(x));
    if (diff > d) d = diff;
  }
  return ksFromStatistic(d, reference.count, current.count);
}

/** The test from D and both sample sizes: what an engine that computed D itself needs. */
export function ksFromStatistic(statistic: number, nReference: number, nCurrent: number): KsResult {
  const d = Math.min(1, statistic);
  const [m, n] = nReference >= nCurrent ? [nReference, nCurrent] : [nCurrent, nReference];
  const en = (m * n) / (m + n);
  const pValue = kstwoSf(d, Math.max(1, roundHalfEven(en)));
  return { statistic: d, pValue: Number.isNaN(pValue) ? 1 : pValue };
}
