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
    if (o.count === 0) return;
    if (this.count === 0) {
      Object.assign(this, { count: o.count, mean: o.mean, m2: o.m2, min: o.min, max: o.max });
      return;
    }
    const n = this.count + o.count;
    const d = o.mean - this.mean;
    this.mean += (d * o.count) / n;
    this.m2 += o.m2 + (d * d * this.count * o.count) / n;
    this.count = n;
    this.min = Math.min(this.min, o.min);
    this.max = Math.max(this.max, o.max);
  }

  /** Sample standard deviation (ddof=1), pandas' `std()`. */
  get std(): number {
    return this.count > 1 ? Math.sqrt(this.m2 / (this.count - 1)) : NaN;
  }
}
