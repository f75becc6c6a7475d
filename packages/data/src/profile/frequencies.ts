import type { CategoricalDistribution, NumericDistribution } from '../stats/distribution';
import { linearQuantile, upperBound } from '../stats/sorted';
import type { Cell } from '../table';
import { detached } from './long-text';

/**
 * Value counts, exact up to MAX_CATEGORIES distinct values. Past that the
 * column is not categorical: numeric columns stop counting (their top values
 * say nothing), text columns keep counting the values already seen so the
 * heavy hitters in `top` stay right, and `exact` turns false.
 */
export const MAX_CATEGORIES = 10_000;

// A bit per low 17 bits of a counted value's cell hash (16 KB, in the L1 cache):
// with 10,000 values counted ~7% of the other values find their bit set.
const FILTER_BITS = 17;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

export interface FrequenciesState {
  map: Map<Cell, number>;
  filter: Int32Array;
  seen: number;
  overflow: boolean;
  stopped: boolean;
}

export class Frequencies implements CategoricalDistribution {
  private map = new Map<Cell, number>();
  /**
   * The bits of the values counted: a value whose bit is clear was never
   * counted, so it is not looked up. Past MAX_CATEGORIES a text column looks
   * up every value, and the map's own hashing of each new string was the
   * largest cost of profiling a table of long high-cardinality text.
   */
  private filter: Int32Array = new Int32Array(1 << (FILTER_BITS - 5));
  private seen = 0;
  private overflow = false;
  private stopped = false;

  /**
   * @param onStop for a column that stops counting: gets the counts just
   *   before they are dropped (the profiler moves them into its quantile sketch).
   */
  constructor(
    private readonly keepCountingOnOverflow: boolean,
    private readonly onStop?: (counts: ReadonlyMap<Cell, number>) => void,
  ) {}

  get count(): number {
    return this.seen;
  }

  get exact(): boolean {
    return !this.overflow;
  }

  /**
   * Counts `v` (`times` over), whose cell hash (profile/hash.ts) is `hash`:
   * values the map holds as one key have one hash. True when it was counted
   * before (so nothing about it is new).
   */
  add(v: Cell, hash: number, times = 1): boolean {
    if (this.stopped) return false;
    this.seen += times;
    const bit = hash & FILTER_MASK;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if ((this.filter[word]! & mask) !== 0) {
      const n = this.map.get(v);
      if (n !== undefined) {
        this.map.set(v, n + times);
        return true;
      }
    }
    if (this.map.size < MAX_CATEGORIES) {
      // A key outlives its batch: it must not be a view into the reader's text.
      this.map.set(typeof v === 'string' ? detached(v) : v, times);
      this.filter[word]! |= mask;
    } else {
      this.overflow = true;
      if (!this.keepCountingOnOverflow) {
        this.stopped = true;
        this.onStop?.(this.map);
        this.map.clear();
      }
    }
    return false;
  }

  /**
   * `add(numbers[i], hashes[i])` for each i below n, NaN skipped (a missing value), until
   * the counts stop: the index of the value that stopped them (it and the values after it
   * are the caller's), or n. One loop, not a call per value: on a cold start this code runs
   * unoptimized, where the calls were most of counting a small table's numeric columns.
   */
  addNumbers(numbers: Float64Array, hashes: Float64Array, n: number): number {
    if (this.stopped) return 0;
    const { map, filter } = this;
    let seen = this.seen;
    let i = 0;
    for (; i < n; i++) {
      const v = numbers[i]!;
      if (v !== v) continue;
      const bit = hashes[i]! & FILTER_MASK;
      const mask = 1 << (bit & 31);
      if ((filter[bit >>> 5]! & mask) !== 0) {
        const c = map.get(v);
        if (c !== undefined) {
          map.set(v, c + 1);
          seen++;
          continue;
        }
      }
      if (map.size >= MAX_CATEGORIES) break;
      map.set(v, 1);
      filter[bit >>> 5]! |= mask;
      seen++;
    }
    this.seen = seen;
    // The counts are full: `add` settles what a new value does to them.
    for (; i < n; i++) {
      const v = numbers[i]!;
      if (v !== v) continue;
      this.add(v, hashes[i]!);
      if (this.stopped) return i;
    }
    return n;
  }

  /**
   * `add(v, hash)` for a value not at hand (text not decoded yet), where the
   * hash alone settles it: a text column's counts are full and no counted
   * value has the hash's bit, so `v` is not counted and nothing else changes.
   * True when done; false when `add` must be called with the value.
   */
  skips(hash: number): boolean {
    if (this.stopped || !this.keepCountingOnOverflow || this.map.size < MAX_CATEGORIES) return false;
    const bit = hash & FILTER_MASK;
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0) return false;
    this.seen++;
    this.overflow = true;
    return true;
  }

  /** The counts and flags (the map is the live one: taken once the column is done). */
  toState(): FrequenciesState {
    return { map: this.map, filter: this.filter, seen: this.seen, overflow: this.overflow, stopped: this.stopped };
  }

  /** Continues from `s`, counts made in another thread; `onStop` stays this instance's. */
  load(s: FrequenciesState): void {
    this.map = s.map;
    this.filter = s.filter;
    this.seen = s.seen;
    this.overflow = s.overflow;
    this.stopped = s.stopped;
  }

  /** Counts by the value itself (numbers stay numbers). */
  values(): ReadonlyMap<Cell, number> {
    return this.map;
  }

  counts(): ReadonlyMap<string, number> {
    const out = new Map<string, number>();
    for (const [k, n] of this.map) {
      const key = String(k);
      out.set(key, (out.get(key) ?? 0) + n);
    }
    return out;
  }

  /**
   * Most frequent values, ties broken by value ascending (pandas leaves the
   * order of ties unspecified). One pass keeping the best `n`: sorting every
   * distinct value was most of a small file's profiling time.
   */
  top(n: number): { value: string; count: number }[] {
    const best: [Cell, number][] = [];
    const beats = (value: Cell, count: number, b: [Cell, number]) => count > b[1] || (count === b[1] && (value as number | string) < (b[0] as number | string));
    // forEach, not for-of: a cold start's code runs unoptimized, where for-of allocates an entry per value.
    this.map.forEach((count, value) => {
      if (best.length === n && !beats(value, count, best[n - 1]!)) return;
      let i = Math.min(best.length, n - 1);
      while (i > 0 && beats(value, count, best[i - 1]!)) i--;
      best.splice(i, 0, [value, count]);
      if (best.length > n) best.pop();
    });
    return best.map(([value, count]) => ({ value: String(value), count }));
  }
}

/**
 * The exact distribution of a numeric column held as value counts: quantiles
 * with pandas' linear interpolation and the CDF, for any number of rows, while
 * the column has at most MAX_CATEGORIES distinct values.
 */
export class CountedDistribution implements NumericDistribution {
  readonly exact = true;
  readonly count: number;
  private readonly values: Float64Array;
  /** cum[i]: how many values are <= values[i]. */
  private readonly cum: Float64Array;

  constructor(counts: ReadonlyMap<Cell, number>) {
    const values = new Float64Array(counts.size);
    let k = 0;
    counts.forEach((_, v) => (values[k++] = v as number));
    values.sort();
    const cum = new Float64Array(values.length);
    let acc = 0;
    values.forEach((v, i) => (cum[i] = acc += counts.get(v)!));
    this.values = values;
    this.cum = cum;
    this.count = acc;
  }

  quantile(q: number): number {
    if (this.count === 0) return NaN;
    // The k-th smallest value is the first whose cumulative count exceeds k.
    return linearQuantile(this.count, q, (k) => this.values[upperBound(this.cum, k)]!);
  }

  cdf(x: number): number {
    const k = upperBound(this.values, x);
    return k === 0 || this.count === 0 ? 0 : this.cum[k - 1]! / this.count;
  }

  support(): Float64Array {
    return this.values.slice();
  }
}
