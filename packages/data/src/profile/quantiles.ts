import type { NumericDistribution } from '../stats/distribution';
import { linearQuantile, upperBound } from '../stats/sorted';
import { sortDoubles } from './sort-doubles';

/**
 * Quantiles and CDF of a numeric column: exact (every value kept) up to
 * EXACT_LIMIT values, then a KLL sketch (Karnin, Lang, Liberty 2016). With
 * k = 800 the worst of the 99 percentiles of two million normal values is
 * 0.3–0.7% of n off its rank (k = 400 gave 1.0–1.3%, twice what this comment
 * claimed for it); the levels stay a few tens of kilobytes a column, and the
 * time goes to sorting the weight-1 buffer, whatever k is. Mergeable either way.
 *
 * Layout for speed: new values land in an unsorted typed buffer of weight 1;
 * a full buffer is radix-sorted (sort-doubles.ts, the native sort's order) and
 * half of it promoted. Every level above is kept sorted, so a compaction is one
 * linear pass and a promotion one linear merge — no comparator sorts on the hot path. Compaction alternates
 * its offset instead of flipping a coin, so results are reproducible.
 */
export const EXACT_LIMIT = 16_384;
const K = 800;
const C = 2 / 3;
const BUFFER = 2048;

export class QuantileSketch implements NumericDistribution {
  private exactBuf: Float64Array | null = new Float64Array(64);
  private n = 0;
  private sorted = true;
  /** Sketch mode: unsorted values of weight 1. */
  private buffer: Float64Array | null = null;
  private buffered = 0;
  /** Sketch mode: levels[h] holds sorted values of weight 2^(h+1). */
  private levels: Float64Array[] = [];
  private flip = 0;
  private cache: { values: Float64Array; cum: Float64Array } | null = null;

  get count(): number {
    return this.n;
  }

  get exact(): boolean {
    return this.exactBuf !== null;
  }

  add(x: number): void {
    this.cache = null;
    const exact = this.exactBuf;
    if (exact) {
      if (this.n === exact.length) {
        if (this.n >= EXACT_LIMIT) {
          this.toSketch();
          this.add(x);
          return;
        }
        const grown = new Float64Array(exact.length * 2);
        grown.set(exact);
        this.exactBuf = grown;
        grown[this.n] = x;
      } else {
        exact[this.n] = x;
      }
      if (this.sorted && this.n > 0 && x < this.exactBuf![this.n - 1]!) this.sorted = false;
      this.n++;
      return;
    }
    this.buffer![this.buffered++] = x;
    this.n++;
    if (this.buffered === BUFFER) this.flush();
  }

  /** The sketch's whole state (copies), for a sketch built in another thread: it continues and answers exactly as this one. */
  toState(): QuantileState {
    return {
      exact: this.exactBuf?.slice(0, this.n) ?? null,
      n: this.n,
      sorted: this.sorted,
      buffer: this.buffer?.slice() ?? null,
      buffered: this.buffered,
      levels: this.levels.map((l) => l.slice()),
      flip: this.flip,
    };
  }

  static fromState(s: QuantileState): QuantileSketch {
    const q = new QuantileSketch();
    if (s.exact) {
      // The exact buffer grows by doubling from 64: restored at the capacity it had, so the switch to the sketch comes at the same value.
      let capacity = 64;
      while (capacity < s.n) capacity *= 2;
      q.exactBuf = new Float64Array(capacity);
      q.exactBuf.set(s.exact);
    } else {
      q.exactBuf = null;
    }
    q.n = s.n;
    q.sorted = s.sorted;
    q.buffer = s.buffer;
    q.buffered = s.buffered;
    q.levels = s.levels;
    q.flip = s.flip;
    return q;
  }

  merge(o: QuantileSketch): void {
    this.cache = null;
    if (o.exactBuf) {
      for (let i = 0; i < o.n; i++) this.add(o.exactBuf[i]!);
      return;
    }
    if (this.exactBuf) this.toSketch();
    for (let i = 0; i < o.buffered; i++) this.add(o.buffer![i]!);
    for (let h = 0; h < o.levels.length; h++) {
      while (this.levels.length <= h) this.levels.push(new Float64Array(0));
      this.levels[h] = mergeSorted(this.levels[h]!, o.levels[h]!);
    }
    this.n += o.n - o.buffered;
    this.compress();
  }

  cdf(x: number): number {
    if (this.n === 0) return 0;
    const { values, cum } = this.weighted();
    const k = upperBound(values, x);
    return k === 0 ? 0 : cum[k - 1]! / this.n;
  }

  quantile(q: number): number {
    if (this.n === 0) return NaN;
    const { values, cum } = this.weighted();
    if (this.exactBuf) return linearQuantile(this.n, q, (k) => values[k]!);
    const target = q * this.n;
    for (let i = 0; i < values.length; i++) if (cum[i]! >= target) return values[i]!;
    return values[values.length - 1]!;
  }

  support(): Float64Array {
    const { values } = this.weighted();
    const out: number[] = [];
    for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[i - 1]) out.push(values[i]!);
    return Float64Array.from(out);
  }

  /** Sorted retained values with cumulative weights (exact mode: every value, weight 1). */
  private weighted(): { values: Float64Array; cum: Float64Array } {
    if (this.cache) return this.cache;
    if (this.exactBuf) {
      if (!this.sorted) {
        this.exactBuf.subarray(0, this.n).sort();
        this.sorted = true;
      }
      const values = this.exactBuf.subarray(0, this.n);
      const cum = new Float64Array(this.n);
      for (let i = 0; i < this.n; i++) cum[i] = i + 1;
      this.cache = { values, cum };
      return this.cache;
    }
    const parts: [Float64Array, number][] = [[this.buffer!.slice(0, this.buffered).sort(), 1]];
    this.levels.forEach((lvl, h) => parts.push([lvl, 2 ** (h + 1)]));
    const total = parts.reduce((s, [v]) => s + v.length, 0);
    const values = new Float64Array(total);
    const cum = new Float64Array(total);
    // k-way merge of the sorted parts (a handful of levels).
    const pos = parts.map(() => 0);
    let acc = 0;
    for (let i = 0; i < total; i++) {
      let best = -1;
      for (let p = 0; p < parts.length; p++) {
        if (pos[p]! < parts[p]![0].length && (best < 0 || parts[p]![0][pos[p]!]! < parts[best]![0][pos[best]!]!)) best = p;
      }
      values[i] = parts[best]![0][pos[best]!++]!;
      acc += parts[best]![1];
      cum[i] = acc;
    }
    this.cache = { values, cum };
    return this.cache;
  }

  private toSketch(): void {
    const values = this.exactBuf!.subarray(0, this.n);
    const n = this.n;
    this.exactBuf = null;
    this.buffer = new Float64Array(BUFFER);
    this.buffered = 0;
    this.n = 0;
    for (let i = 0; i < n; i++) this.add(values[i]!);
  }

  /** Sorts the full buffer and promotes every other value to level 0. */
  private flush(): void {
    const sorted = sortDoubles(this.buffer!);
    if (this.levels.length === 0) this.levels.push(new Float64Array(0));
    this.levels[0] = mergeSorted(this.levels[0]!, this.halve(sorted));
    this.buffered = 0;
    this.compress();
  }

  /** Every other value of a sorted array, starting at an alternating offset. */
  private halve(sorted: Float64Array): Float64Array {
    this.flip ^= 1;
    const out = new Float64Array(sorted.length >> 1);
    for (let i = 0, j = this.flip; i < out.length; i++, j += 2) out[i] = sorted[j]!;
    return out;
  }

  private compress(): void {
    for (let h = 0; h < this.levels.length; h++) {
      const lvl = this.levels[h]!;
      const depth = this.levels.length - 1 - h;
      if (lvl.length < Math.max(2, Math.ceil(K * C ** depth))) continue;
      if (h + 1 === this.levels.length) this.levels.push(new Float64Array(0));
      // An odd item out stays behind (the largest, so the level stays sorted).
      const even = lvl.length & ~1;
      this.levels[h + 1] = mergeSorted(this.levels[h + 1]!, this.halve(lvl.subarray(0, even)));
      this.levels[h] = even === lvl.length ? new Float64Array(0) : lvl.slice(even);
    }
  }
}

export interface QuantileState {
  exact: Float64Array | null;
  n: number;
  sorted: boolean;
  buffer: Float64Array | null;
  buffered: number;
  levels: Float64Array[];
  flip: number;
}

function mergeSorted(a: Float64Array, b: Float64Array): Float64Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
