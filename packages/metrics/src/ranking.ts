/**
 * Threshold-free binary metrics (ROC AUC, average precision) over scores that
 * have been ranked once. Rows are grouped by distinct score, so ties count as
 * scikit-learn's `_binary_clf_curve` counts them: all rows at one threshold
 * enter together (a tie between a positive and a negative is half a pair).
 */
export class RankedScores {
  /** Distinct scores, descending. */
  readonly thresholds: Float64Array;
  /** Row → position of its score in `thresholds`. */
  readonly rank: Int32Array;

  constructor(scores: ArrayLike<number>) {
    const sorted = Float64Array.from(scores).sort();
    let distinct = 0;
    for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
    const ascending = sorted.subarray(0, distinct);
    this.thresholds = ascending.slice().reverse();
    this.rank = new Int32Array(scores.length);
    for (let i = 0; i < scores.length; i++) this.rank[i] = distinct - 1 - lowerBound(ascending, scores[i]!);
  }

  /** Positive and negative weight at each threshold, highest score first. */
  tally(positive: ArrayLike<number>, weights?: ArrayLike<number>): { pos: Float64Array; neg: Float64Array } {
    const k = this.thresholds.length;
    const pos = new Float64Array(k);
    const neg = new Float64Array(k);
    for (let i = 0; i < this.rank.length; i++) {
      const w = weights ? weights[i]! : 1;
      if (positive[i]) pos[this.rank[i]!]! += w;
      else neg[this.rank[i]!]! += w;
    }
    return { pos, neg };
  }
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Area under the ROC curve by the trapezoidal rule over distinct thresholds; NaN when y has one class (scikit-learn raises). */
export function rocAucFromTally(pos: Float64Array, neg: Float64Array): number {
  let tp = 0;
  let fp = 0;
  let area = 0;
  for (let i = 0; i < pos.length; i++) {
    const tp1 = tp + pos[i]!;
    const fp1 = fp + neg[i]!;
    area += (fp1 - fp) * (tp1 + tp);
    tp = tp1;
    fp = fp1;
  }
  return tp === 0 || fp === 0 ? NaN : area / (2 * tp * fp);
}

/**
 * Σ (R_k − R_{k−1}) · P_k over thresholds, highest first — scikit-learn's
 * step-wise average precision, not the interpolated one. Without positives
 * recall is undefined and scikit-learn returns 0.
 */
export function averagePrecisionFromTally(pos: Float64Array, neg: Float64Array): number {
  let totalPos = 0;
  for (const v of pos) totalPos += v;
  if (totalPos === 0) return 0;
  let tp = 0;
  let fp = 0;
  let ap = 0;
  for (let i = 0; i < pos.length; i++) {
    tp += pos[i]!;
    fp += neg[i]!;
    if (pos[i]! > 0) ap += (pos[i]! / totalPos) * (tp / (tp + fp));
  }
  return ap;
}
