import type { CategoricalDistribution, NumericDistribution } from '../stats/distribution';
import { isNumericKind, isTemporalKind, type Cell, type DictionaryCodes, type Field, type RawText } from '../table';
import { DistinctCounter, type DistinctState } from './distinct';
import { CountedDistribution, Frequencies, type FrequenciesState } from './frequencies';
import { hashAsciiBytes, hashValue } from './hash';
import { detached, detachedPrefix, LONG_TEXT_UNITS, longTextLabel } from './long-text';
import { Moments, type MomentsState } from './moments';
import { QuantileSketch, type QuantileState } from './quantiles';

export const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] as const;

export interface ColumnProfile {
  name: string;
  kind: Field['kind'];
  /** Rows seen (nulls included). */
  count: number;
  nulls: number;
  /** 0–100, pandas `isnull().mean() * 100`. */
  nullPercent: number;
  distinct: number;
  distinctExact: boolean;
  /** Numbers for numeric and temporal (epoch ms) columns, strings for text (lexicographic, as pandas). */
  min?: number | string;
  max?: number | string;
  mean?: number;
  /** Sample standard deviation (ddof=1). */
  std?: number;
  quantiles?: Record<string, number>;
  topValues: { value: string; count: number }[];
  minLength?: number;
  maxLength?: number;
}

/**
 * `a < b` in code point order, Python's (so pandas') string order. JS `<`
 * compares UTF-16 units, which sorts characters past U+FFFF (surrogate pairs,
 * 0xD800–0xDFFF) before U+E000–U+FFFF: 'a😀' < 'aＡ' in JS, not in pandas.
 */
function codePointLess(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 || y < 0xd800) return x < y;
    // Both at or above the surrogates: lift surrogates past the BMP.
    return (x < 0xe000 ? x + 0x10000 : x) < (y < 0xe000 ? y + 0x10000 : y);
  }
  return a.length < b.length;
}

const LOW_SURROGATE = /[\uDC00-\uDFFF]/;

/** Length in code points, as pandas' `str.len()` counts (a surrogate pair is one character). */
function codePointLength(s: string): number {
  // The regular expression's scan is native: 2-3 times faster than the loop on text without pairs, which is most text.
  if (!LOW_SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) n--;
    }
  }
  return n;
}

/**
 * A column's text minimum or maximum so far: the value itself, or for a value
 * past LONG_TEXT_UNITS its first LONG_TEXT_UNITS units and its label. Two long
 * values that agree on those units compare equal, and the first seen stays.
 */
interface TextExtreme {
  text: string;
  label?: string;
}

/** `s` sorts before the extreme's value. */
function before(s: string, e: TextExtreme): boolean {
  // A value equal to a long value's kept beginning is a proper prefix of it.
  return codePointLess(s, e.text) || (e.label !== undefined && s === e.text);
}

/** The extreme's value sorts before `s`. */
function after(s: string, e: TextExtreme): boolean {
  return e.label === undefined ? codePointLess(e.text, s) : !s.startsWith(e.text) && codePointLess(e.text, s);
}

const extremeOf = (s: string, label: string | undefined): TextExtreme => (label === undefined ? { text: s } : { text: detachedPrefix(s, LONG_TEXT_UNITS), label });

const NULL_CELL_HASH = hashValue(null);

/** `bytes[start…end)` against `other`, bytewise: negative, zero or positive (a proper prefix sorts first). */
function compareBytes(bytes: Uint8Array, start: number, end: number, other: Uint8Array): number {
  const n = Math.min(end - start, other.length);
  for (let i = 0; i < n; i++) {
    const d = bytes[start + i]! - other[i]!;
    if (d !== 0) return d;
  }
  return end - start - other.length;
}

/**
 * addCoded's per-entry buffers, shared by every column of the thread (one runs
 * at a time) and grown to the largest dictionary seen; `counts` is all zeros
 * between uses.
 */
const scratch = { counts: new Int32Array(0), order: new Int32Array(0), entryHashes: new Float64Array(0) };
function codeScratch(size: number): typeof scratch {
  if (scratch.counts.length < size) {
    const n = Math.max(size, 2 * scratch.counts.length);
    scratch.counts = new Int32Array(n);
    scratch.order = new Int32Array(n);
    scratch.entryHashes = new Float64Array(n);
  }
  return scratch;
}

export interface ColumnState {
  rows: number;
  nulls: number;
  moments: MomentsState | null;
  quantiles: QuantileState | null;
  frequencies: FrequenciesState | null;
  distinct: DistinctState;
  minStr: TextExtreme | undefined;
  maxStr: TextExtreme | undefined;
  minLen: number;
  maxLen: number;
}

/** Streaming statistics of one column; `add` takes a whole batch column and the per-cell hashes. */
export class ColumnProfiler {
  rows = 0;
  nulls = 0;
  moments: Moments | null;
  quantiles: QuantileSketch | null;
  readonly frequencies: Frequencies | null;
  distinct = new DistinctCounter();
  private minStr: TextExtreme | undefined;
  private maxStr: TextExtreme | undefined;
  private minLen = Infinity;
  private maxLen = -Infinity;
  /** The UTF-8 of minStr and maxStr, for mayExtend; `of` is the extreme it was made from. */
  private minBytes: { of?: TextExtreme; bytes: Uint8Array } = { bytes: new Uint8Array(0) };
  private maxBytes: { of?: TextExtreme; bytes: Uint8Array } = { bytes: new Uint8Array(0) };
  private counted: { rows: number; distribution: CountedDistribution } | undefined;

  constructor(readonly field: Field) {
    const numeric = isNumericKind(field.kind) || isTemporalKind(field.kind);
    this.moments = numeric || field.kind === 'bool' ? new Moments() : null;
    this.quantiles = numeric ? new QuantileSketch() : null;
    // A numeric column's values go to the quantile sketch only once it has
    // more distinct values than the counts keep: below that the counts give
    // exact quantiles at any size (labels, small ints, coded categories),
    // and the sketch's sorting is skipped.
    const toSketch = (counts: ReadonlyMap<Cell, number>) => {
      for (const [v, c] of counts) for (let i = 0; i < c; i++) this.quantiles!.add(v as number);
    };
    this.frequencies = field.kind === 'nested' || field.kind === 'binary' ? null : new Frequencies(field.kind === 'string', numeric ? toSketch : undefined);
  }

  add(values: ArrayLike<Cell>, hashes: Float64Array, n: number): void {
    this.rows += n;
    // Two methods, not two branches of one: each is optimized for the columns it sees, and
    // the first text column no longer deoptimizes the numeric loop (and the reverse).
    if (ArrayBuffer.isView(values) && this.moments && this.quantiles) this.addNumbers(values as unknown as Float64Array, hashes, n);
    else this.addCells(values, hashes, n);
  }

  /** Typed numeric columns (most of a parquet or CSV table): one monomorphic loop. */
  private addNumbers(numbers: Float64Array, hashes: Float64Array, n: number): void {
    const { frequencies, distinct } = this;
    const moments = this.moments!;
    const quantiles = this.quantiles!;
    for (let i = 0; i < n; i++) {
      const v = numbers[i]!;
      if (v !== v) {
        this.nulls++;
        continue;
      }
      distinct.add(hashes[i]!);
    }
    // The values past the counts' capacity, the one that overflowed them first, go to the
    // sketch after the counted ones (which `onStop` moved there); all of them once the counts have stopped.
    for (let i = frequencies!.addNumbers(numbers, hashes, n); i < n; i++) {
      const v = numbers[i]!;
      if (v === v) quantiles.add(v);
    }
    moments.addAll(numbers, n);
  }

  private addCells(values: ArrayLike<Cell>, hashes: Float64Array, n: number): void {
    const { moments, quantiles, frequencies, distinct } = this;
    const text = this.field.kind === 'string';
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === null || v === undefined || (typeof v === 'number' && v !== v)) {
        this.nulls++;
        continue;
      }
      distinct.add(hashes[i]!);
      const counted = frequencies?.exact;
      const label = typeof v === 'string' && v.length > LONG_TEXT_UNITS ? longTextLabel(v, hashes[i]!) : undefined;
      // A text counted before cannot move the extremes or lengths (a label stands for more than one text).
      const seen = frequencies?.add(label ?? v, hashes[i]!) === true && label === undefined;
      if (typeof v === 'number') {
        moments?.add(v);
        if (quantiles && (!counted || !frequencies!.exact)) quantiles.add(v);
      } else if (typeof v === 'boolean') {
        moments?.add(v ? 1 : 0);
      } else if (text && !seen) {
        this.extend(v as string, label);
      }
    }
    this.detachExtremes();
  }

  /**
   * A text column read from its dictionary (`coded.cells[coded.codes[i]]` is
   * row i): each entry the batch uses is hashed, counted and compared once,
   * in the order the rows first use it, which leaves the state `add` would
   * (only the counts depend on order, through which values fill them first).
   * Fills `hashes` as hashColumn would. False, with nothing done, for a column
   * that is not text or a dictionary larger than the batch (its per-entry
   * scratch would outweigh the rows).
   */
  addCoded(coded: DictionaryCodes, hashes: Float64Array, n: number): boolean {
    const { codes, cells } = coded;
    const size = cells.length;
    if (this.field.kind !== 'string' || size > n) return false;
    const { counts, order, entryHashes } = codeScratch(size);
    let used = 0;
    let nulls = 0;
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      if (c < 0) nulls++;
      else if (counts[c]++ === 0) order[used++] = c;
    }
    let text = true;
    for (let k = 0; k < used; k++) text &&= typeof cells[order[k]!] === 'string';
    if (!text) {
      for (let k = 0; k < used; k++) counts[order[k]!] = 0;
      return false;
    }
    for (let k = 0; k < used; k++) {
      const c = order[k]!;
      const s = cells[c] as string;
      entryHashes[c] = this.addText(s, hashValue(s), counts[c]!);
      counts[c] = 0;
    }
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      hashes[i] = c < 0 ? NULL_CELL_HASH : entryHashes[c]!;
    }
    this.rows += n;
    this.nulls += nulls;
    this.detachExtremes();
    return true;
  }

  /**
   * A text column left as UTF-8 bytes (Batch.raw): the state, and `hashes`,
   * that `add` would give for the decoded strings. An ASCII value's hash,
   * length and order come from its bytes (UTF-8's byte order is code point
   * order), so a value is decoded only where the counts may take or hold it, it
   * is a new minimum or maximum, or it is not ASCII or is long.
   */
  addRaw(raw: RawText, hashes: Float64Array, n: number): void {
    if (this.field.kind !== 'string') throw new Error(`column "${this.field.name}" (${this.field.kind}) was given raw text`);
    const { bytes, starts, ends } = raw;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const frequencies = this.frequencies!;
    let nulls = 0;
    for (let i = 0; i < n; i++) {
      const start = starts[i]!;
      if (start < 0) {
        nulls++;
        hashes[i] = NULL_CELL_HASH;
        continue;
      }
      const end = ends[i]!;
      const hash = end - start <= LONG_TEXT_UNITS ? hashAsciiBytes(bytes, start, end) : -1;
      if (hash < 0) {
        const s = text.toString('utf8', start, end);
        hashes[i] = this.addText(s, hashValue(s), 1);
        continue;
      }
      hashes[i] = hash;
      if (!frequencies.skips(hash)) {
        this.addText(text.toString('utf8', start, end), hash, 1);
        continue;
      }
      this.distinct.add(hash);
      if (this.mayExtend(bytes, start, end)) this.extend(text.toString('utf8', start, end), undefined);
    }
    this.rows += n;
    this.nulls += nulls;
    this.detachExtremes();
  }

  /** One text value, `times` over, whose hash is `hash` (returned): as addCells takes a string. */
  private addText(s: string, hash: number, times: number): number {
    this.distinct.add(hash);
    const label = s.length > LONG_TEXT_UNITS ? longTextLabel(s, hash) : undefined;
    if (!(this.frequencies!.add(label ?? s, hash, times) && label === undefined)) this.extend(s, label);
    return hash;
  }

  /**
   * Whether the ASCII text at `bytes[start…end)` may move the extremes, so
   * `extend` must see it decoded; if not, its length is taken here.
   */
  private mayExtend(bytes: Uint8Array, start: number, end: number): boolean {
    const { minStr, maxStr } = this;
    if (minStr === undefined || maxStr === undefined || minStr.label !== undefined || maxStr.label !== undefined) return true;
    if (this.minBytes.of !== minStr) this.minBytes = { of: minStr, bytes: Buffer.from(minStr.text) };
    if (this.maxBytes.of !== maxStr) this.maxBytes = { of: maxStr, bytes: Buffer.from(maxStr.text) };
    if (compareBytes(bytes, start, end, this.minBytes.bytes) < 0 || compareBytes(bytes, start, end, this.maxBytes.bytes) > 0) return true;
    const len = end - start;
    if (len < this.minLen) this.minLen = len;
    if (len > this.maxLen) this.maxLen = len;
    return false;
  }

  /** A text value's effect on the extremes and lengths (one not counted before: a label stands for more than one text). */
  private extend(s: string, label: string | undefined): void {
    if (this.minStr === undefined || before(s, this.minStr)) this.minStr = extremeOf(s, label);
    if (this.maxStr === undefined || after(s, this.maxStr)) this.maxStr = extremeOf(s, label);
    const len = codePointLength(s);
    if (len < this.minLen) this.minLen = len;
    if (len > this.maxLen) this.maxLen = len;
  }

  /**
   * Once a batch, not on every new extreme (a sorted column has one per row):
   * the extremes outlive the batch, so they must not be views into the reader's text.
   */
  private detachExtremes(): void {
    if (this.minStr) this.minStr.text = detached(this.minStr.text);
    if (this.maxStr) this.maxStr.text = detached(this.maxStr.text);
  }

  /**
   * Everything the profile, the distributions and a later `add` depend on,
   * structured-cloneable: a column profiled in a worker thread comes back as
   * `fromState(field, state)` and reports exactly what it would have here.
   */
  toState(): ColumnState {
    return {
      rows: this.rows,
      nulls: this.nulls,
      moments: this.moments?.toState() ?? null,
      quantiles: this.quantiles?.toState() ?? null,
      frequencies: this.frequencies?.toState() ?? null,
      distinct: this.distinct.toState(),
      minStr: this.minStr,
      maxStr: this.maxStr,
      minLen: this.minLen,
      maxLen: this.maxLen,
    };
  }

  static fromState(field: Field, s: ColumnState): ColumnProfiler {
    const c = new ColumnProfiler(field);
    c.rows = s.rows;
    c.nulls = s.nulls;
    if (s.moments) c.moments = Moments.fromState(s.moments);
    // The frequencies' onStop callback reads this.quantiles when it fires, so it finds the restored sketch.
    if (s.quantiles) c.quantiles = QuantileSketch.fromState(s.quantiles);
    if (s.frequencies) c.frequencies!.load(s.frequencies);
    c.distinct = DistinctCounter.fromState(s.distinct);
    c.minStr = s.minStr;
    c.maxStr = s.maxStr;
    c.minLen = s.minLen;
    c.maxLen = s.maxLen;
    return c;
  }

  numeric(): NumericDistribution | undefined {
    if (!this.quantiles) return undefined;
    if (!this.frequencies!.exact) return this.quantiles;
    if (this.counted?.rows !== this.rows) this.counted = { rows: this.rows, distribution: new CountedDistribution(this.frequencies!.values()) };
    return this.counted.distribution;
  }

  categorical(): CategoricalDistribution | undefined {
    return this.frequencies ?? undefined;
  }

  finish(): ColumnProfile {
    const p: ColumnProfile = {
      name: this.field.name,
      kind: this.field.kind,
      count: this.rows,
      nulls: this.nulls,
      nullPercent: this.rows ? (this.nulls / this.rows) * 100 : 0,
      distinct: this.distinct.estimate,
      distinctExact: this.distinct.exact,
      topValues: this.frequencies?.top(5) ?? [],
    };
    const m = this.moments;
    if (m && m.count > 0) {
      if (this.field.kind !== 'bool') {
        p.min = m.min;
        p.max = m.max;
      }
      p.mean = m.mean;
      if (m.count > 1) p.std = m.std;
    }
    const distribution = this.numeric();
    if (distribution && distribution.count > 0) {
      p.quantiles = Object.fromEntries(PROFILE_QUANTILES.map((q) => [String(q), distribution.quantile(q)]));
    }
    if (this.minStr !== undefined) {
      p.min = this.minStr.label ?? this.minStr.text;
      p.max = this.maxStr!.label ?? this.maxStr!.text;
      p.minLength = this.minLen;
      p.maxLength = this.maxLen;
    }
    return p;
  }
}
