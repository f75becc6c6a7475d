import type { CategoricalDistribution } from '../stats/distribution';
import { alignCategories, sum } from './categories';
import { assertNotEmpty } from './errors';
import { chi2Sf } from './special';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  /** Degrees of freedom, K − 1 for K categories in the union. */
  dof: number;
}

/**
 * Pearson's chi-square test of homogeneity on the 2×K table [reference counts,
 * current counts] over the union of categories — scipy.stats.chi2_contingency
 * with its defaults, including Yates' continuity correction when dof = 1.
 *
 * Degenerate input: a single category in the union gives dof 0, statistic 0,
 * p 1 (as SciPy). Throws EmptyDistributionError when either side is empty.
 */
export function chiSquare(reference: CategoricalDistribution, current: CategoricalDistribution): ChiSquareResult {
  assertNotEmpty('chi2', reference, current);
  const { reference: r, current: c } = alignCategories(reference, current);
  const rowTotals = [sum(r), sum(c)];
  assertNotEmpty('chi2', { count: rowTotals[0] }, { count: rowTotals[1] });
  const k = r.length;
  const dof = k - 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof };
  const total = rowTotals[0] + rowTotals[1];
  let statistic = 0;
  for (const [row, counts] of [r, c].entries()) {
    for (let j = 0; j < k; j++) {
      // Same operation order as scipy's expected_freq: row·col / total.
      const expected = (rowTotals[row] * (r[j] + c[j])) / total;
      let observed = counts[j];
      if (dof === 1) {
        // Yates: move each cell up to 0.5 toward its expectation, never past it.
        const diff = expected - observed;
        observed += Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
      }
      statistic += (observed - expected) ** 2 / expected;
    }
  }
  return { statistic, pValue: chi2Sf(statistic, dof), dof };
}
