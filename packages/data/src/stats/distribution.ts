/**
 * What drift tests need from a column's statistics, independent of how the
 * statistics were gathered (exact values for small columns, a sketch past that).
 */
export interface NumericDistribution {
  /** Non-missing values seen. */
  readonly count: number;
  /** Fraction of values <= x (the empirical CDF), in [0, 1]. */
  cdf(x: number): number;
  /** Value at quantile q in [0, 1], linear interpolation between order statistics (pandas' default). */
  quantile(q: number): number;
  /** The distinct values the CDF steps at, ascending (all values when exact, retained items for a sketch). */
  support(): Float64Array;
  /** True when cdf/quantile are exact (every value retained). */
  readonly exact: boolean;
}

export interface CategoricalDistribution {
  /** Non-missing values seen. */
  readonly count: number;
  /** Count per value (values rendered as strings). Exact while `exact` is true. */
  counts(): ReadonlyMap<string, number>;
  readonly exact: boolean;
}
