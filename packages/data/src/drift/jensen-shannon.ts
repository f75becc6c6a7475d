import type { CategoricalDistribution, NumericDistribution } from '../stats/distribution';
import { alignCategories, sum } from './categories';
import { assertNotEmpty } from './errors';
import { binShares, quantileEdges, type PsiOptions } from './psi';

/** x·ln(x/y) with scipy.special.rel_entr's conventions for zeros. */
function relEntr(x: number, y: number): number {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}

/**
 * Jensen–Shannon distance between two weight vectors (each normalised to sum 1),
 * computed as scipy.spatial.distance.jensenshannon(p, q, base).
 */
export function jensenShannonDistance(p: readonly number[], q: readonly number[], base = 2): number {
  const ps = sum(p);
  const qs = sum(q);
  let left = 0;
  let right = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] / ps;
    const qi = q[i] / qs;
    const m = (pi + qi) / 2;
    left += relEntr(pi, m);
    right += relEntr(qi, m);
  }
  let js = left + right;
  js /= Math.log(base);
  // Rounding can leave a hair below zero for identical inputs; the distance is 0 there.
  return Math.sqrt(Math.max(0, js / 2));
}

/**
 * Jensen–Shannon distance (the square root of the divergence) between the
 * category frequencies over the union of categories: 0 for identical
 * distributions (and for a single shared category), 1 (base 2) for disjoint ones.
 * Throws EmptyDistributionError when either side is empty.
 */
export function jensenShannon(reference: CategoricalDistribution, current: CategoricalDistribution, base = 2): number {
  assertNotEmpty('js', reference, current);
  const { reference: r, current: c } = alignCategories(reference, current);
  assertNotEmpty('js', { count: sum(r) }, { count: sum(c) });
  return jensenShannonDistance(r, c, base);
}

/**
 * Jensen–Shannon distance of numeric columns over the same reference-quantile
 * bins PSI uses (raw shares, no epsilon floor: JS is finite on empty bins).
 */
export function jensenShannonBinned(reference: NumericDistribution, current: NumericDistribution, options: PsiOptions & { base?: number } = {}): number {
  assertNotEmpty('js', reference, current);
  const edges = quantileEdges(reference, options.bins ?? 10);
  return jensenShannonDistance(binShares(reference, edges), binShares(current, edges), options.base ?? 2);
}
