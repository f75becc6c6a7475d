/**
 * Losses on predicted probabilities, scikit-learn's way: `log_loss` clips to
 * [eps, 1 − eps] with eps the float64 machine epsilon and renormalises each
 * row; `brier_score_loss` is the mean squared error of the positive-class
 * probability. Per-row losses are returned so a bootstrap can re-weight them
 * without recomputing logarithms.
 */
const EPS = 2.220446049250313e-16;
const clip = (p: number) => Math.min(Math.max(p, EPS), 1 - EPS);

/** −log P(true class) per row for a binary positive-class probability. */
export function binaryLogLossTerms(positive: ArrayLike<number>, score: ArrayLike<number>): Float64Array {
  const out = new Float64Array(score.length);
  for (let i = 0; i < score.length; i++) {
    const p1 = clip(score[i]!);
    const p0 = clip(1 - p1);
    out[i] = -Math.log((positive[i] ? p1 : p0) / (p0 + p1));
  }
  return out;
}

/** −log P(true class) per row for a probability matrix (one column per class, in label order). */
export function multiclassLogLossTerms(truth: Int32Array, columns: ArrayLike<number>[]): Float64Array {
  const out = new Float64Array(truth.length);
  for (let i = 0; i < truth.length; i++) {
    let sum = 0;
    for (const col of columns) sum += clip(col[i]!);
    out[i] = -Math.log(clip(columns[truth[i]!]![i]!) / sum);
  }
  return out;
}

export function brierTerms(positive: ArrayLike<number>, score: ArrayLike<number>): Float64Array {
  const out = new Float64Array(score.length);
  for (let i = 0; i < score.length; i++) {
    const d = (positive[i] ? 1 : 0) - score[i]!;
    out[i] = d * d;
  }
  return out;
}

/** Weighted mean, as scikit-learn's `_weighted_sum(..., normalize=True)`. */
export function weightedMean(terms: ArrayLike<number>, weights?: ArrayLike<number>): number {
  let s = 0;
  let w = 0;
  for (let i = 0; i < terms.length; i++) {
    const wi = weights ? weights[i]! : 1;
    s += terms[i]! * wi;
    w += wi;
  }
  return w === 0 ? NaN : s / w;
}
