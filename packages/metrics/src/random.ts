/**
 * The bootstrap's random source: xoshiro128** (Blackman & Vigna) seeded by
 * four outputs of splitmix32 (golden-ratio increment, murmur3 finaliser). A
 * 2^128 − 1 period is plenty for 10^9 draws, every step is 32-bit integer
 * arithmetic, and the golden script reimplements it so resamples can be
 * checked one by one against scikit-learn.
 *
 * State lives in an Int32Array and the hot loops are methods here: as plain
 * fields holding values above 2^31 the state became heap doubles and a draw
 * cost ~70 ns instead of ~3.
 */
export class Xoshiro128 {
  private readonly s = new Int32Array(4);

  constructor(seed: number) {
    let state = seed | 0;
    for (let i = 0; i < 4; i++) {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = z ^ (z >>> 16);
    }
  }

  /** The next output as a signed 32-bit integer (the same bits as `next()`). */
  private nextInt32(): number {
    const s = this.s;
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]! ^ s0;
    const s3 = s[3]! ^ s1;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    s[0] = s0 ^ s3;
    s[1] = s1 ^ s2;
    s[2] = s2 ^ (s1 << 9);
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /** The next output as an unsigned 32-bit integer. */
  next(): number {
    return this.nextInt32() >>> 0;
  }

  /** Uniform double in [0, 1) with 53 random bits (two outputs, as the Mersenne Twister's genrand_res53). */
  nextDouble(): number {
    const a = this.next() >>> 5;
    const b = this.next() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** Uniform integer in [0, n) by masked rejection: unbiased, and at most two draws on average. */
  index(n: number): number {
    const mask = maskFor(n);
    for (;;) {
      const r = (this.nextInt32() & mask) >>> 0;
      if (r < n) return r;
    }
  }

  /** n draws from [0, n): counts[codes[i]] += 1 for each drawn i. The same draws as n calls of index(n). */
  countCodes(n: number, codes: ArrayLike<number>, counts: Float64Array): void {
    const mask = maskFor(n);
    if (mask < 0) throw new RangeError('countCodes supports n <= 2^31');
    for (let i = 0; i < n; ) {
      const r = this.nextInt32() & mask;
      if (r < n) {
        counts[codes[r]!]!++;
        i++;
      }
    }
  }

  /** n draws from [0, n): weights[i] += 1 for each drawn i. */
  countDraws(n: number, weights: Uint32Array): void {
    const mask = maskFor(n);
    if (mask < 0) throw new RangeError('countDraws supports n <= 2^31');
    for (let i = 0; i < n; ) {
      const r = this.nextInt32() & mask;
      if (r < n) {
        weights[r]!++;
        i++;
      }
    }
  }
}

/** All-ones mask covering n − 1, as an int32 (−1 when n > 2^31). */
const maskFor = (n: number) => (n <= 1 ? 1 : (2 ** (32 - Math.clz32(n - 1)) - 1) | 0);
