/**
 * Count, mean and sum of squared deviations (Welford), mergeable with Chan et
 * al.'s parallel formula, so per-file or per-worker partials combine exactly.
 */
export class Moments {
  count = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;

  add(x: number): void {
    this.count++;
    const d = x - this.mean;
    this.mean += d / this.count;
    this.m2 += d * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  merge(o: Moments): void {
    this.mergeParts(o.count, o.mean, o.m2, o.min, o.max);
  }

  /**
   * Adds a whole batch of numbers: a two-pass mean and squared deviation over
   * the batch (no division per value), combined by Chan's formula. NaN is missing.
   */
  addAll(values: ArrayLike<number>, n: number): void {
    let count = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v !== v) continue;
      count++;
      sum += v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (count === 0) return;
    const mean = sum / count;
    let m2 = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v !== v) continue;
      const d = v - mean;
      m2 += d * d;
    }
    this.mergeParts(count, mean, m2, min, max);
  }

  private mergeParts(count: number, mean: number, m2: number, min: number, max: number): void {
    if (count === 0) return;
    if (this.count === 0) {
      Object.assign(this, { count, mean, m2, min, max });
      return;
    }
    const n = this.count + count;
    const d = mean - this.mean;
    this.mean += (d * count) / n;
    this.m2 += m2 + (d * d * this.count * count) / n;
    this.count = n;
    this.min = Math.min(this.min, min);
    this.max = Math.max(this.max, max);
  }

  /** Sample standard deviation (ddof=1), pandas' `std()`. */
  get std(): number {
    return this.count > 1 ? Math.sqrt(this.m2 / (this.count - 1)) : NaN;
  }
}
