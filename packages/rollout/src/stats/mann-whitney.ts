import { normalSf } from './normal';

export interface MannWhitneyResult {
  /** U of the first sample (the canary): pairs (x, y) with x > y, ties counting one half. */
  u: number;
  /** One-sided p-value for H1: the first sample is stochastically greater. */
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/**
 * Mann–Whitney U test, alternative 'greater' (canary latencies higher than
 * stable's), as scipy.stats.mannwhitneyu(x, y, alternative='greater',
 * method='auto') computes it in SciPy 1.10: the exact null distribution when
 * either sample has at most 8 values and there are no ties; otherwise the
 * normal approximation with the tie correction and a continuity correction
 * of 1/2. Null when either sample is empty.
 */
export function mannWhitneyU(x: readonly number[], y: readonly number[]): MannWhitneyResult | null {
  const n1 = x.length;
  const n2 = y.length;
  if (n1 === 0 || n2 === 0) return null;
  const { ranks, tieCounts } = averageRanks([...x, ...y]);
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i]!;
  const u = r1 - (n1 * (n1 + 1)) / 2;
  const ties = tieCounts.some((t) => t > 1);
  if (!(n1 > 8 && n2 > 8) && !ties) {
    return { u, pValue: clamp01(exactSf(Math.round(u), n1, n2)), method: 'exact' };
  }
  const n = n1 + n2;
  const tieTerm = tieCounts.reduce((acc, t) => acc + (t ** 3 - t), 0);
  const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
  const z = (u - (n1 * n2) / 2 - 0.5) / s;
  return { u, pValue: clamp01(normalSf(z)), method: 'asymptotic' };
}

const clamp01 = (p: number) => Math.min(1, Math.max(0, p));

/** Average ranks (1-based, ties share the mean of their positions), and the size of every tie group. */
function averageRanks(values: number[]): { ranks: Float64Array; tieCounts: number[] } {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Float64Array(values.length);
  const tieCounts: number[] = [];
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j + 2) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    tieCounts.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieCounts };
}

/**
 * P(U ≥ u) under H0 for samples of sizes m and n without ties. The counts of
 * arrangements with U = k are the coefficients of the Gaussian binomial
 * [m+n choose m]_q = ∏_{i=1..m} (1 − q^{n+i}) / (1 − q^i), built one factor at
 * a time (every partial product is again a Gaussian binomial, so all
 * coefficients stay non-negative integers). U's distribution is symmetric, so
 * P(U ≥ u) = P(U ≤ mn − u), summed from the small end as SciPy does.
 */
function exactSf(u: number, m0: number, n0: number): number {
  const m = Math.min(m0, n0);
  const n = Math.max(m0, n0);
  const coef = new Float64Array(m * n + 1);
  coef[0] = 1;
  let degree = 0;
  for (let i = 1; i <= m; i++) {
    const shift = n + i;
    const next = degree + n;
    for (let k = next; k >= shift; k--) coef[k] = coef[k]! - coef[k - shift]!;
    for (let k = i; k <= next; k++) coef[k] = coef[k]! + coef[k - i]!;
    degree = next;
  }
  let total = 0;
  for (let k = 0; k <= degree; k++) total += coef[k]!;
  let p = 0;
  const upTo = m * n - u;
  for (let k = 0; k <= upTo; k++) p += coef[k]! / total;
  return p;
}
