/**
 * A k×k confusion matrix, rows = true class, columns = predicted class, over
 * one label set (scikit-learn's `confusion_matrix(y_true, y_pred, labels)`).
 * Counts are floats so bootstrap resamples and sample weights use the same code.
 */
export class ConfusionMatrix {
  readonly counts: Float64Array;

  constructor(readonly k: number) {
    this.counts = new Float64Array(k * k);
  }

  static fromCodes(truth: Int32Array, pred: Int32Array, k: number, weights?: ArrayLike<number>): ConfusionMatrix {
    const m = new ConfusionMatrix(k);
    const c = m.counts;
    if (weights) for (let i = 0; i < truth.length; i++) c[truth[i]! * k + pred[i]!]! += weights[i]!;
    else for (let i = 0; i < truth.length; i++) c[truth[i]! * k + pred[i]!]!++;
    return m;
  }

  at(t: number, p: number): number {
    return this.counts[t * this.k + p]!;
  }

  total(): number {
    let s = 0;
    for (const v of this.counts) s += v;
    return s;
  }

  /** Row sums: how many rows truly are each class. */
  trueCounts(): number[] {
    return Array.from({ length: this.k }, (_, t) => {
      let s = 0;
      for (let p = 0; p < this.k; p++) s += this.at(t, p);
      return s;
    });
  }

  /** Column sums: how many rows were predicted as each class. */
  predCounts(): number[] {
    return Array.from({ length: this.k }, (_, p) => {
      let s = 0;
      for (let t = 0; t < this.k; t++) s += this.at(t, p);
      return s;
    });
  }

  diagonal(): number[] {
    return Array.from({ length: this.k }, (_, i) => this.at(i, i));
  }

  toRows(): number[][] {
    return Array.from({ length: this.k }, (_, t) => Array.from({ length: this.k }, (_, p) => this.at(t, p)));
  }
}
