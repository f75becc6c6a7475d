import { normalSf } from './normal';

export interface Proportion {
  /** Events of interest (errors). */
  count: number;
  /** Trials (requests). */
  total: number;
}

export interface TwoProportionResult {
  canaryRate: number;
  stableRate: number;
  /** canaryRate − stableRate. */
  difference: number;
  /** Standardised difference under the pooled null; 0 when neither track had an error (or both only errors). */
  z: number;
  /** One-sided: the probability of a canary this much worse if both tracks failed at the same rate. */
  pValue: number;
}

/**
 * Two-proportion z-test, one-sided (H1: the canary's error rate is higher),
 * with the pooled proportion under H0 — statsmodels' proportions_ztest with
 * alternative='larger' and prop_var=False. When the pooled proportion is 0 or 1
 * (no errors anywhere, or nothing but errors) the tracks are identical and the
 * standard error is 0: z is 0 and the p-value 1, there is no evidence of a
 * difference. A track without requests cannot be tested: null.
 */
export function twoProportionZTest(canary: Proportion, stable: Proportion): TwoProportionResult | null {
  if (!(canary.total > 0) || !(stable.total > 0)) return null;
  const canaryRate = canary.count / canary.total;
  const stableRate = stable.count / stable.total;
  const pooled = (canary.count + stable.count) / (canary.total + stable.total);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / canary.total + 1 / stable.total));
  const difference = canaryRate - stableRate;
  if (se === 0) return { canaryRate, stableRate, difference, z: 0, pValue: 1 };
  const z = difference / se;
  return { canaryRate, stableRate, difference, z, pValue: normalSf(z) };
}
