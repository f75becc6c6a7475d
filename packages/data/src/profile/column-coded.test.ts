/**
 * A text column handed over as dictionary codes (ColumnProfiler.addCoded) must
 * leave exactly the state, and give exactly the cell hashes, that the same rows
 * give cell by cell: the profile of a parquet file must not depend on how its
 * writer encoded a column.
 */
import type { Cell, DictionaryCodes, Field } from '../table';
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

/** Both ways over the same batches: the states, and every batch's hashes, must be equal. */
function expectSameBothWays(field: Field, batches: { values: Cell[]; coded: DictionaryCodes }[]): ColumnProfiler {
  const byCell = new ColumnProfiler(field);
  const byCode = new ColumnProfiler(field);
  for (const { values, coded } of batches) {
    const n = values.length;
    const want = new Float64Array(n);
    hashColumn(values, want, n);
    byCell.add(values, want, n);
    const got = new Float64Array(n);
    expect(byCode.addCoded(coded, got, n)).toBe(true);
    expect(got).toEqual(want);
  }
  const a = byCell.toState();
  const b = byCode.toState();
  // Map order too: the counts are read in insertion order (top values' ties, drift tables).
  expect([...b.frequencies!.map]).toEqual([...a.frequencies!.map]);
  expect(b).toEqual(a);
  expect(byCode.finish()).toEqual(byCell.finish());
  return byCode;
}

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
