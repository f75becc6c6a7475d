import { chi2Sf } from '@mlship/data';

/**
 * McNemar's test on paired correctness: b rows only the candidate gets right,
 * c rows only the baseline gets right. Under "equally accurate" the b + c
 * discordant rows split 50/50. With fewer than 25 discordant rows the exact
 * binomial test is used (as statsmodels recommends); otherwise the chi-square
 * statistic with Edwards' continuity correction, (|b − c| − 1)² / (b + c).
 */
export interface McNemarResult {
  b: number;
  c: number;
  method: 'exact' | 'chi2-corrected';
  statistic?: number;
  pValue: number;
}

export function mcnemar(b: number, c: number): McNemarResult {
  const n = b + c;
  if (n < 25) return { b, c, method: 'exact', pValue: n === 0 ? 1 : Math.min(1, 2 * binomialCdfHalf(Math.min(b, c), n)) };
  const statistic = (Math.abs(b - c) - 1) ** 2 / n;
  return { b, c, method: 'chi2-corrected', statistic, pValue: chi2Sf(statistic, 1) };
}

/** P(X ≤ k) for X ~ Binomial(n, 1/2), exact for the small n it is used with. */
function binomialCdfHalf(k: number, n: number): number {
  let term = 1; // C(n, 0)
  let sum = 1;
  for (let i = 1; i <= k; i++) {
    term = (term * (n - i + 1)) / i;
    sum += term;
  }
  return sum / 2 ** n;
}
