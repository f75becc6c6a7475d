/**
 * 53-bit hashes of cells and rows (two 32-bit murmur-style lanes folded into a
 * JS number), so duplicate rows, unique keys and leakage can be found with a
 * typed-array hash set instead of a Set of row strings.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export const mix = (h: number, k: number): number => {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
};

export const fmix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

// The type tag's share of each lane, mixed once here instead of per cell.
const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193;
const NUMBER_A = mix(SEED_A, 1);
const NUMBER_B = mix(SEED_B, 1);
const STRING_A = mix(SEED_A, 2);

/**
 * 53-bit hash of one cell. Type tags keep 1, "1" and true apart; null and NaN
 * hash alike, because pandas' duplicated() treats them as equal. No allocation:
 * this runs once per cell of every batch.
 */
export function hashValue(v: unknown): number {
  if (typeof v === 'number') return hashNumber(v);
  if (typeof v === 'string') {
    // Two UTF-16 units a round, as murmur3 takes four bytes: text hashing was
    // the largest cost of a table of long text. The length in the seed keeps a
    // trailing unit apart from a unit and a zero.
    let a = STRING_A;
    let b = mix(SEED_B, 2 + v.length);
    const pairs = v.length & ~1;
    for (let i = 0; i < pairs; i += 2) {
      const k = v.charCodeAt(i) | (v.charCodeAt(i + 1) << 16);
      a = mix(a, k);
      b = mix(b, k ^ 0x5bd1e995);
    }
    if (pairs < v.length) {
      const k = v.charCodeAt(pairs);
      a = mix(a, k);
      b = mix(b, k ^ 0x5bd1e995);
    }
    return fold(a, b);
  }
  if (v === null || v === undefined) return NULL_HASH;
  return v ? TRUE_HASH : FALSE_HASH;
}

/**
 * hashValue of the text held by `bytes[start…end)` as UTF-8, when every byte
 * is ASCII (so each is one UTF-16 unit of the decoded string); -1 otherwise.
 * The text of a written-out parquet column is hashed here without being decoded.
 */
export function hashAsciiBytes(bytes: Uint8Array, start: number, end: number): number {
  let a = STRING_A;
  let b = mix(SEED_B, 2 + end - start);
  let high = 0;
  const pairsEnd = start + ((end - start) & ~1);
  for (let i = start; i < pairsEnd; i += 2) {
    const k = bytes[i]! | (bytes[i + 1]! << 16);
    high |= k;
    a = mix(a, k);
    b = mix(b, k ^ 0x5bd1e995);
  }
  if (pairsEnd < end) {
    const k = bytes[pairsEnd]!;
    high |= k;
    a = mix(a, k);
    b = mix(b, k ^ 0x5bd1e995);
  }
  return (high & 0x800080) === 0 ? fold(a, b) : -1;
}

function hashNumber(v: number): number {
  if (v !== v) return NULL_HASH;
  f64[0] = v === 0 ? 0 : v; // -0 equals 0
  const lo = u32[0]!;
  const hi = u32[1]!;
  return fold(mix(mix(NUMBER_A, lo), hi), mix(mix(NUMBER_B, hi), lo));
}

/**
 * hashValue of every cell of a column into `out`. A typed column gets a loop of
 * its own, where the hash goes straight into `out`: a double returned from a
 * call that is not inlined is a heap number, a third of the young-generation
 * bytes on the benchmark.
 */
export function hashColumn(values: ArrayLike<unknown>, out: Float64Array, n: number): void {
  if (values instanceof Float64Array) for (let i = 0; i < n; i++) out[i] = hashNumber(values[i]!);
  else for (let i = 0; i < n; i++) out[i] = hashValue(values[i]);
}

/** Folds two 32-bit lanes into a safe integer (53 bits). */
export const fold = (a: number, b: number): number => fmix(a) * 0x200000 + (fmix(b) & 0x1fffff);

const NULL_HASH = fold(mix(SEED_A, 0x9e3779b9), mix(SEED_B, 0x7f4a7c15));
const TRUE_HASH = fold(mix(SEED_A, 3), mix(SEED_B, 5));
const FALSE_HASH = fold(mix(SEED_A, 4), mix(SEED_B, 6));

/** Order-dependent combination of cell hashes into a row hash. */
export class RowHasher {
  a = 0x27d4eb2f;
  b = 0x165667b1;
  reset(): void {
    this.a = 0x27d4eb2f;
    this.b = 0x165667b1;
  }
  push(cellHash: number): void {
    this.a = mix(this.a, cellHash | 0);
    this.b = mix(this.b, (cellHash / 0x100000000) | 0); // cell hashes are positive: | 0 truncates
  }
  get value(): number {
    return fold(this.a, this.b);
  }
}

/** Hash of the given columns of one row (leakage keys, compound unique keys). */
export function hashRow(columns: ArrayLike<unknown>[], row: number, indices: readonly number[], hasher = new RowHasher()): number {
  hasher.reset();
  for (const i of indices) hasher.push(hashValue(columns[i]![row]));
  return hasher.value;
}

/**
 * Open-addressing set of 53-bit hashes in a Float64Array (8 bytes a slot, load
 * ≤ 0.75). `add` returns false when the hash was already there.
 */
export class HashSet53 {
  private slots: Float64Array;
  private used = 0;

  constructor(capacity = 1 << 16) {
    this.slots = new Float64Array(slotsFor(capacity)).fill(-1);
  }

  /**
   * Empties the set for about `capacity` hashes, in the memory it already has
   * when that is enough: counting spilled partitions one after another with one
   * set leaves no megabyte-sized garbage per partition.
   */
  reset(capacity: number): this {
    const size = slotsFor(capacity);
    const backing = this.slots.buffer.byteLength / 8 >= size ? new Float64Array(this.slots.buffer, 0, size) : new Float64Array(size);
    this.slots = backing.fill(-1);
    this.used = 0;
    return this;
  }

  get size(): number {
    return this.used;
  }

  /** The slots as they are (probe order included), so a copy iterates `values()` in the same order. */
  toState(): HashSetState {
    return { slots: this.slots.slice(), used: this.used };
  }

  static fromState(s: HashSetState): HashSet53 {
    const set = new HashSet53(0);
    set.slots = s.slots;
    set.used = s.used;
    return set;
  }

  add(h: number): boolean {
    // Up to 3/4 full: linear probing on these well-mixed hashes stays short, and
    // the duplicate-row set of 5M rows needs 64 MB instead of 128 MB (bench/validate-data/RESULTS.md).
    if ((this.used + 1) * 4 > this.slots.length * 3) this.grow();
    return this.insert(this.slots, h);
  }

  /** A typed array: a number[] of 100k hashes is 100k heap numbers. */
  values(): Float64Array {
    const out = new Float64Array(this.used);
    for (let i = 0, k = 0; i < this.slots.length; i++) if (this.slots[i] !== -1) out[k++] = this.slots[i]!;
    return out;
  }

  has(h: number): boolean {
    const s = this.slots;
    const mask = s.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = s[i]!;
      if (v === -1) return false;
      if (v === h) return true;
    }
  }

  private insert(s: Float64Array, h: number): boolean {
    const mask = s.length - 1;
    // h is a non-negative integer, and & keeps its low 32 bits: h % s.length without the
    // floating-point remainder, which was a third of the time of an insert.
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = s[i]!;
      if (v === h) return false;
      if (v === -1) {
        s[i] = h;
        if (s === this.slots) this.used++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    const next = new Float64Array(old.length * 2).fill(-1);
    for (let i = 0; i < old.length; i++) if (old[i] !== -1) this.insert(next, old[i]!);
    this.slots = next;
  }
}

export interface HashSetState {
  slots: Float64Array;
  used: number;
}

function slotsFor(capacity: number): number {
  let size = 1 << 4;
  while (size * 3 < capacity * 4) size <<= 1;
  return size;
}
