/**
 * Count, mean and sum of squared deviations (Welford), mergeable with Chan et
 * al.'s parallel formula, so per-file or per-worker partials combine exactly.
 *
 * Two details keep it equal to pandas (tested against it in profile.test.ts):
 *
 * - Everything accumulates relative to a shift, the first finite value seen.
 *   Without it, large values with small spread lose digits: on 600 values of
 *   1e12 + U(0, 0.01) (one ulp of 1e12 is 1.2e-4) Welford's std was 0.2% off
 *   the exact 0.002928, and a batch's two-pass std 73% off (0.0051, as
 *   pandas', whose plain sum misses the mean by ~4e-3); on 1e9 + N(0, 1)
 *   Welford was 3e-9 off. Relative to the shift the values are small and
 *   exact (x - shift loses nothing when x and shift are within a factor of 2).
 * - ±Infinity is a value, not a missing one (pandas' isnull() is false for
 *   it), but it would turn Welford's state into NaN for good. Infinities are
 *   counted apart: the mean is ±Infinity (NaN when both signs occur) and the
 *   std NaN, as pandas gives, and min/max see them.
 */
export class Moments {
  /** Values added, infinities included (NaN is missing and skipped). */
  count = 0;
  min = Infinity;
  max = -Infinity;
  /** Finite values seen; their mean minus `shift`, and their sum of squared deviations. */
  private finite = 0;
  private shift = 0;
  private delta = 0;
  m2 = 0;
  private posInf = 0;
  private negInf = 0;

  /** Mean (pandas' `mean()`); NaN when nothing was added. */
  get mean(): number {
    if (this.posInf || this.negInf) return this.posInf && this.negInf ? NaN : this.posInf ? Infinity : -Infinity;
    return this.finite ? this.shift + this.delta : NaN;
  }

  /** Sample standard deviation (ddof=1), pandas' `std()`; NaN with an infinity among the values. */
  get std(): number {
    if (this.posInf || this.negInf || this.finite < 2) return NaN;
    return Math.sqrt(this.m2 / (this.finite - 1));
  }

  add(x: number): void {
    if (x !== x) return;
    this.count++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (x - x !== 0) {
      if (x > 0) this.posInf++;
      else this.negInf++;
      return;
    }
    if (this.finite === 0) this.shift = x;
    const y = x - this.shift;
    this.finite++;
    const d = y - this.delta;
    this.delta += d / this.finite;
    this.m2 += d * (y - this.delta);
  }

  /** Everything a copy in another thread needs to continue or report exactly as this one. */
  toState(): MomentsState {
    const { count, min, max, finite, shift, delta, m2, posInf, negInf } = this;
    return { count, min, max, finite, shift, delta, m2, posInf, negInf };
  }

  static fromState(s: MomentsState): Moments {
    return Object.assign(new Moments(), s);
  }

  merge(o: Moments): void {
    this.count += o.count;
    this.min = Math.min(this.min, o.min);
    this.max = Math.max(this.max, o.max);
    this.posInf += o.posInf;
    this.negInf += o.negInf;
    if (o.finite === 0) return;
    if (this.finite === 0) this.shift = o.shift;
    // o's mean relative to this shift: the shifts are data values, so their difference is exact or nearly.
    this.mergeFinite(o.finite, o.shift - this.shift + o.delta, o.m2);
  }

  /**
   * Adds a whole batch of numbers: a two-pass mean and squared deviation over
   * the batch (no division per value), combined by Chan's formula. NaN is missing.
   */
  addAll(values: ArrayLike<number>, n: number): void {
    if (this.finite === 0) {
      // The shift: the first finite value ever.
      let i = 0;
      while (i < n && values[i]! - values[i]! !== 0) i++;
      if (i < n) this.shift = values[i]!;
    }
    const shift = this.shift;
    const { finite, sum, min, max, posInf, negInf } = batchPass(values, n, shift);
    this.count += finite + posInf + negInf;
    this.posInf += posInf;
    this.negInf += negInf;
    if (min < this.min) this.min = min;
    if (max > this.max) this.max = max;
    if (finite === 0) return;
    const delta = sum / finite;
    this.mergeFinite(finite, delta, squaredDeviations(values, n, shift, delta));
  }

  /** Chan's formula; `delta` is the part's mean minus this.shift. */
  private mergeFinite(finite: number, delta: number, m2: number): void {
    if (this.finite === 0) {
      this.finite = finite;
      this.delta = delta;
      this.m2 = m2;
      return;
    }
    const n = this.finite + finite;
    const d = delta - this.delta;
    this.delta += (d * finite) / n;
    this.m2 += m2 + (d * d * this.finite * finite) / n;
    this.finite = n;
  }
}

export interface MomentsState {
  count: number;
  min: number;
  max: number;
  finite: number;
  shift: number;
  delta: number;
  m2: number;
  posInf: number;
  negInf: number;
}

/*
 * The batch loops live in functions that touch only the array and locals and
 * return a fresh object: with the state updates after the loop (in addAll, or
 * stores into a scratch array), V8 compiled the loop on-stack (OSR) during the
 * first batch, before those updates had type feedback, and that code then
 * deoptimised on every later batch (3-4x slower in node 20).
 */
/** One pass over a batch: finite count, sum of (v - shift), min and max (infinities included), infinity counts. */
function batchPass(values: ArrayLike<number>, n: number, shift: number) {
  let finite = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let posInf = 0;
  let negInf = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v - v !== 0) {
      // NaN (missing) or ±Infinity.
      if (v === Infinity) posInf++;
      else if (v === -Infinity) negInf++;
      continue;
    }
    finite++;
    sum += v - shift;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { finite, sum, min: negInf ? -Infinity : min, max: posInf ? Infinity : max, posInf, negInf };
}

/** Sum of (v - shift - delta)² over the finite values. */
function squaredDeviations(values: ArrayLike<number>, n: number, shift: number, delta: number): number {
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v - v !== 0) continue;
    const d = v - shift - delta;
    m2 += d * d;
  }
  return m2;
}
