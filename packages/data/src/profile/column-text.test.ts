/**
 * A text column handed over as dictionary codes (ColumnProfiler.addCoded) or
 * as UTF-8 bytes (addRaw) must leave exactly the state, and give exactly the
 * cell hashes, that the same rows give cell by cell: the profile of a parquet
 * file must not depend on how its writer encoded a column, or on which values
 * the profiler had to decode.
 */
import type { Cell, DictionaryCodes, Field, RawText } from '../table';
import { ColumnProfiler } from './column';
import { MAX_CATEGORIES } from './frequencies';
import { hashColumn } from './hash';
import { LONG_TEXT_UNITS } from './long-text';
import { rng } from '@mlship/core/testing';

const TEXT: Field = { name: 's', kind: 'string', sourceType: 'BYTE_ARRAY' };

/** Rows drawn from `cells` (null where the code is -1), as the reader lays them out. */
function batchOf(cells: Cell[], codes: number[]): { values: Cell[]; coded: DictionaryCodes } {
  return { values: codes.map((c) => (c < 0 ? null : cells[c]!)), coded: { codes: Int32Array.from(codes), cells } };
}

/** Rows as the parquet reader leaves them with rawText: each value's UTF-8 after the last, null as a negative start. */
function rawOf(values: (string | null)[]): { values: Cell[]; raw: RawText } {
  const parts = values.map((v) => (v === null ? null : Buffer.from(v)));
  const bytes = Buffer.concat(parts.filter((p) => p !== null));
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let at = 0;
  parts.forEach((p, i) => {
    starts[i] = p === null ? -1 : at;
    ends[i] = at += p?.length ?? 0;
  });
  // What a decoder gives for the bytes (malformed UTF-8 as U+FFFD), which is what the cells hold.
  return { values: parts.map((p) => (p === null ? null : p.toString('utf8'))), raw: { bytes, starts, ends } };
}

/** Both ways over the same batches: the states, and every batch's hashes, must be equal. */
function expectSameBothWays<B extends { values: Cell[] }>(field: Field, batches: B[], other: (p: ColumnProfiler, batch: B, hashes: Float64Array, n: number) => void = addCodedOf as never): ColumnProfiler {
  const byCell = new ColumnProfiler(field);
  const byCode = new ColumnProfiler(field);
  for (const batch of batches) {
    const { values } = batch;
    const n = values.length;
    const want = new Float64Array(n);
    hashColumn(values, want, n);
    byCell.add(values, want, n);
    const got = new Float64Array(n);
    other(byCode, batch, got, n);
    expect(got).toEqual(want);
    // After every batch, not only at the end: a later batch can hide a missed extreme.
    const a = byCell.toState();
    const b = byCode.toState();
    // Map order too: the counts are read in insertion order (top values' ties, drift tables).
    expect([...b.frequencies!.map]).toEqual([...a.frequencies!.map]);
    expect(b).toEqual(a);
  }
  expect(byCode.finish()).toEqual(byCell.finish());
  return byCode;
}

function addCodedOf(p: ColumnProfiler, batch: { coded: DictionaryCodes }, hashes: Float64Array, n: number): void {
  expect(p.addCoded(batch.coded, hashes, n)).toBe(true);
}

const addRawOf = (p: ColumnProfiler, batch: { raw: RawText }, hashes: Float64Array, n: number) => p.addRaw(batch.raw, hashes, n);

describe('ColumnProfiler.addCoded', () => {
  it('counts, hashes, extremes, lengths and nulls as cell by cell, over batches that reuse and change dictionaries', () => {
    const rand = rng(17);
    const long = 'x'.repeat(LONG_TEXT_UNITS + 5);
    const longer = `${'x'.repeat(LONG_TEXT_UNITS)}y`;
    const first = ['b', 'a', '', 'ünï', '\u{1F600}\u{1F600}', long, 'zz'];
    const second = ['zz', 'c', longer, 'a', 'aa'];
    const codes = (size: number, n: number) => Array.from({ length: n }, () => (rand() < 0.1 ? -1 : Math.floor(rand() * size)));
    const p = expectSameBothWays(TEXT, [batchOf(first, codes(first.length, 200)), batchOf(second, codes(second.length, 300)), batchOf(first, codes(first.length, 50))]);
    expect(p.finish()).toMatchObject({ count: 550, min: '', minLength: 0 });
  });

  it('past MAX_CATEGORIES distinct values: the same values are kept counted, in the same order', () => {
    const rand = rng(5);
    const batches = [0, 1, 2].map((b) => {
      const cells = Array.from({ length: 6000 }, (_, i) => `v${b * 4000 + i}`);
      return batchOf(cells, Array.from({ length: 8000 }, () => Math.floor(rand() * cells.length)));
    });
    expectSameBothWays(TEXT, batches);
  });

  it('declines, changing nothing, where codes do not pay or do not apply', () => {
    const p = new ColumnProfiler(TEXT);
    const before = p.toState();
    const h = new Float64Array(4);
    // A dictionary larger than the batch.
    expect(p.addCoded({ codes: Int32Array.from([0, 1]), cells: ['a', 'b', 'c'] }, h, 2)).toBe(false);
    // An entry that is not text.
    expect(p.addCoded({ codes: Int32Array.from([0, 1, 1]), cells: ['a', 3] }, h, 3)).toBe(false);
    expect(p.toState()).toEqual(before);
    // Not a text column.
    expect(new ColumnProfiler({ name: 'n', kind: 'int', sourceType: 'INT32' }).addCoded({ codes: Int32Array.from([0]), cells: [1] }, h, 1)).toBe(false);
    // After declining, the shared per-entry counts are clean: a later batch counts right.
    expectSameBothWays(TEXT, [batchOf(['a', 'b'], [1, 1, 0, -1, 1])]);
  });
});

describe('ColumnProfiler.addRaw', () => {
  const rand = rng(29);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  /** ASCII mostly, with accents, pairs, malformed UTF-8, empty and long values, and nulls. */
  const value = (i: number): string | null => {
    const r = rand();
    if (r < 0.05) return null;
    if (r < 0.1) return pick(['', 'ü', 'zürich', '\u{1F600}x', 'é'.repeat(700), Buffer.from([0x61, 0xff, 0x62]).toString('latin1')]);
    if (r < 0.12) return `${pick(['a', 'm', 'z'])}${'x'.repeat(LONG_TEXT_UNITS - 2 + Math.floor(rand() * 5))}`;
    return `v${i % 97}-${Math.floor(rand() * 1e6).toString(36)}`;
  };
  const batch = (from: number, n: number) => rawOf(Array.from({ length: n }, (_, i) => value(from + i)));

  it('gives the hashes and state of the decoded strings: counts still open, then full (past MAX_CATEGORIES)', () => {
    const batches = [batch(0, 4000), batch(4000, 9000), batch(13000, 6000)];
    const p = expectSameBothWays(TEXT, batches, addRawOf);
    expect(p.finish().distinct).toBeGreaterThan(MAX_CATEGORIES);
  });

  it('a sorted column past MAX_CATEGORIES: every value a new maximum, then every value a new minimum', () => {
    const up = Array.from({ length: MAX_CATEGORIES + 3000 }, (_, i) => `k${String(i).padStart(6, '0')}`);
    const down = up.map((v) => `j${v.slice(1)}`).reverse();
    // Past the counts' limit in batches of 250: each batch ends on a value the counts did not take (all but ~7%).
    const batches = [up.slice(0, MAX_CATEGORIES), ...Array.from({ length: 12 }, (_, b) => up.slice(MAX_CATEGORIES + 250 * b, MAX_CATEGORIES + 250 * (b + 1))), down.slice(0, 250), down.slice(250, 500)];
    expectSameBothWays(TEXT, batches.map(rawOf), addRawOf);
  });

  it('malformed UTF-8 counts and compares as its decoded text', () => {
    const bad = Buffer.from([0x61, 0xc3, 0x28, 0xe2, 0x82]);
    const bytes = Buffer.concat([bad, Buffer.from('abc')]);
    const raw: RawText = { bytes, starts: Int32Array.from([0, 5, -1]), ends: Int32Array.from([5, 8, 0]) };
    expectSameBothWays(TEXT, [{ values: [bad.toString('utf8'), 'abc', null], raw }], addRawOf);
  });

  it('extremes held as long-text labels, then beaten by short ASCII values', () => {
    const long = (c: string) => c.repeat(LONG_TEXT_UNITS + 10);
    expectSameBothWays(TEXT, [rawOf([long('m'), long('n'), 'mm', null]), rawOf(['a', long('m'), 'zz', 'm'.repeat(LONG_TEXT_UNITS)])], addRawOf);
  });

  it('refuses a column that is not text', () => {
    expect(() => new ColumnProfiler({ name: 'n', kind: 'int', sourceType: 'INT32' }).addRaw(rawOf(['1']).raw, new Float64Array(1), 1)).toThrow(/given raw text/);
  });
});
