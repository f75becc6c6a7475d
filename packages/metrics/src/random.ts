/**
 * The bootstrap's random source: xoshiro128** (Blackman & Vigna) seeded by
 * four outputs of splitmix32 (golden-ratio increment, murmur3 finaliser). A
 * 2^128 − 1 period is plenty for 10^9 draws, every step is 32-bit integer
 * arithmetic, and the golden script reimplements it so resamples can be
 * checked one by one against scikit-learn.
 */
export class Xoshiro128 {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  next(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform integer in [0, n) by masked rejection: unbiased, and at most two draws on average. */
  index(n: number): number {
    const mask = n <= 1 ? 1 : 2 ** (32 - Math.clz32(n - 1)) - 1;
    for (;;) {
      const r = (this.next() & mask) >>> 0;
      if (r < n) return r;
    }
  }
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));
