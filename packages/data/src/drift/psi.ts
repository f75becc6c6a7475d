import type { CategoricalDistribution, NumericDistribution } from '../stats/distribution';
import { alignCategories, sum } from './categories';
import { assertNotEmpty } from './errors';

/**
 * Floor for a bin's share before taking ln(actual/expected): 1e-4, the usual
 * choice (0.01%). An empty bin then contributes a large but finite term instead
 * of Infinity. Shares below the floor are raised to it; the shares are not
 * renormalised afterwards.
 */
export const PSI_EPSILON = 1e-4;

export interface PsiBin {
  /** Exclusive lower edge (−Infinity for the first bin). */
  lower: number;
  /** Inclusive upper edge (+Infinity for the last bin). */
  upper: number;
  /** Share of reference values in (lower, upper], before the epsilon floor. */
  expected: number;
  /** Share of current values in (lower, upper], before the epsilon floor. */
  actual: number;
}

export interface PsiResult {
  value: number;
  bins: PsiBin[];
}

export interface PsiOptions {
  /** Number of quantile bins before deduplication; default 10 (deciles). */
  bins?: number;
}

/** One PSI term, (a − e)·ln(a/e), on floored shares. */
export function psiTerm(expected: number, actual: number): number {
  const e = Math.max(expected, PSI_EPSILON);
  const a = Math.max(actual, PSI_EPSILON);
  return (a - e) * Math.log(a / e);
}

/**
 * Bin edges at the reference's quantiles 1/k … (k−1)/k, deduplicated (ties and
 * constant columns collapse bins rather than leave empty ones), non-finite
 * edges dropped. The bins are (−∞, e1], (e1, e2], …, (e_last, +∞).
 */
export function quantileEdges(reference: NumericDistribution, bins = 10): number[] {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`psi: bins must be a positive integer, got ${bins}`);
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const e = reference.quantile(i / bins);
    if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1])) edges.push(e);
  }
  return edges;
}

/** Shares of `dist` in each bin, from cdf() differences (so the same code serves exact and sketched distributions). */
export function binShares(dist: NumericDistribution, edges: readonly number[]): number[] {
  const cdfs = [0, ...edges.map((e) => dist.cdf(e)), 1];
  const shares: number[] = [];
  for (let i = 1; i < cdfs.length; i++) {
    const share = cdfs[i] - cdfs[i - 1];
    // A sketch's CDF can dip by a rounding hair (or, if broken, answer NaN): neither may reach a report.
    shares.push(share > 0 ? share : 0);
  }
  return shares;
}

/**
 * Population Stability Index of `current` against `reference`:
 * Σ (actual − expected)·ln(actual/expected) over the reference's quantile bins.
 * Identical data gives 0; a constant reference gives two bins, (−∞, c] and (c, +∞).
 * Throws EmptyDistributionError when either side has no values.
 */
export function psi(reference: NumericDistribution, current: NumericDistribution, options: PsiOptions = {}): PsiResult {
  assertNotEmpty('psi', reference, current);
  const edges = quantileEdges(reference, options.bins ?? 10);
  const expected = binShares(reference, edges);
  const actual = binShares(current, edges);
  const bins: PsiBin[] = expected.map((e, i) => ({
    lower: i === 0 ? -Infinity : edges[i - 1],
    upper: i === edges.length ? Infinity : edges[i],
    expected: e,
    actual: actual[i],
  }));
  let value = 0;
  for (const b of bins) value += psiTerm(b.expected, b.actual);
  return { value, bins };
}

export interface PsiCategoryBin {
  category: string;
  expected: number;
  actual: number;
}

/**
 * PSI over categories (each category its own bin) on the union of both sides'
 * categories; a category seen on one side only gets the epsilon floor on the other.
 * A single shared category gives 0. Throws EmptyDistributionError when either side is empty.
 */
export function psiCategorical(reference: CategoricalDistribution, current: CategoricalDistribution): { value: number; bins: PsiCategoryBin[] } {
  assertNotEmpty('psi', reference, current);
  const aligned = alignCategories(reference, current);
  const refTotal = sum(aligned.reference);
  const curTotal = sum(aligned.current);
  assertNotEmpty('psi', { count: refTotal }, { count: curTotal });
  const bins = aligned.categories.map((category, i) => ({
    category,
    expected: aligned.reference[i] / refTotal,
    actual: aligned.current[i] / curTotal,
  }));
  let value = 0;
  for (const b of bins) value += psiTerm(b.expected, b.actual);
  return { value, bins };
}
