/**
 * numpy's float64 sum, and a column's values kept for it. GX computes sums,
 * means and entropies with numpy, whose `add.reduce` starts from the first
 * element and adds the pairwise sum of the rest (blocks of 8 accumulators up
 * to 128 values, halves rounded to 8 above that); summing in that order gives
 * GX's float result, not a value a few ulps away from it.
 */
const BLOCK = 128;
/** numpy's ufunc buffer: a reduction adds the pairwise sums of 8192-value chunks one after another. */
const BUFFER = 8192;

function pairwise(a: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += a[start + i]!;
    return res;
  }
  if (n <= BLOCK) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => a[start + j]!);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j]! += a[start + i + j]!;
    let res = r[0]! + r[1]! + (r[2]! + r[3]!) + (r[4]! + r[5]! + (r[6]! + r[7]!));
    for (; i < n; i++) res += a[start + i]!;
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2);
}

/** `np.sum(a[:n])` for a float64 array. */
export function npSum(a: ArrayLike<number>, n = a.length): number {
  let res = 0;
  for (let start = 0; start < n; start += BUFFER) res += pairwise(a, start, Math.min(BUFFER, n - start));
  return res;
}

/** A growing float64 column: 8 bytes a value, doubling, for checks that need every value after the pass. */
export class FloatValues {
  private data = new Float64Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  get values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/** pandas' mean and sample std (ddof=1, two-pass as its nanops do without bottleneck). */
export function meanStd(a: Float64Array): { mean: number; std: number } {
  const n = a.length;
  const mean = n === 0 ? NaN : npSum(a) / n;
  const sq = new Float64Array(n);
  for (let i = 0; i < n; i++) sq[i] = (mean - a[i]!) ** 2;
  const std = n < 2 ? NaN : Math.sqrt(npSum(sq) / (n - 1));
  return { mean, std };
}
