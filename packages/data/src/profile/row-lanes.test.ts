import { rng } from '@mlship/core/testing';
import type { Field } from '../table';
import { ColumnGroup } from './column-group';
import { ColumnProfiler } from './column';
import { hashColumn } from './hash';
import { foldRowLanes } from './row-lanes';

const fields: Field[] = [
  { name: 'a', kind: 'float', sourceType: 'DOUBLE' },
  { name: 'b', kind: 'string', sourceType: 'BYTE_ARRAY' },
  { name: 'c', kind: 'int', sourceType: 'INT64' },
  { name: 'd', kind: 'bool', sourceType: 'BOOLEAN' },
];

function batch(seed: number, n: number) {
  const rand = rng(seed);
  const a = Float64Array.from({ length: n }, () => (rand() < 0.1 ? NaN : Math.round(rand() * 50_000) / 7));
  const b = Array.from({ length: n }, () => (rand() < 0.1 ? null : `v${Math.floor(rand() * 30_000)}`));
  const c = Float64Array.from({ length: n }, () => Math.floor(rand() * 40));
  const d = Array.from({ length: n }, () => (rand() < 0.2 ? null : rand() < 0.5));
  return { numRows: n, columns: [a, b, c, d] };
}

const pick = <T>(xs: T[], idx: number[]) => idx.map((i) => xs[i]!);

describe('row hashes from column groups', () => {
  it('are the same whichever columns are profiled together', () => {
    const b = batch(1, 5000);
    const whole = new Float64Array(b.numRows);
    foldRowLanes([new ColumnGroup(fields, [0, 1, 2, 3]).add(b)], whole, b.numRows);
    for (const split of [[[0, 2], [1, 3]], [[3], [0], [1, 2]], [[0], [1], [2], [3]]]) {
      const parts = split.map((idx) => new ColumnGroup(pick(fields, idx), idx).add({ numRows: b.numRows, columns: pick(b.columns, idx) }));
      const out = new Float64Array(b.numRows);
      foldRowLanes(parts, out, b.numRows);
      expect(out).toEqual(whole);
    }
  });

  it('tell apart rows that hold the same values in other columns', () => {
    const row = (a: number, c: number) => {
      const out = new Float64Array(1);
      const idx = [0, 2];
      foldRowLanes([new ColumnGroup(pick(fields, idx), idx).add({ numRows: 1, columns: [Float64Array.of(a), Float64Array.of(c)] })], out, 1);
      return out[0];
    };
    expect(row(1, 2)).not.toBe(row(2, 1));
    expect(row(1, 2)).toBe(row(1, 2));
  });
});

describe('ColumnProfiler state', () => {
  it('restored from its state (through structured clone) reports and continues exactly as the original', () => {
    // 20,000 then 30,000 rows: the copy is taken while the counts are exact and continues past the sketch's start.
    const [first, second] = [batch(2, 20_000), batch(3, 30_000)];
    for (const [j, field] of fields.entries()) {
      const add = (p: ColumnProfiler, b: ReturnType<typeof batch>) => {
        const values = b.columns[j]!;
        const h = new Float64Array(b.numRows);
        hashColumn(values, h, b.numRows);
        p.add(values, h, b.numRows);
      };
      const original = new ColumnProfiler(field);
      add(original, first);
      const copy = ColumnProfiler.fromState(field, structuredClone(original.toState()));
      expect([field.name, copy.finish()]).toEqual([field.name, original.finish()]);
      add(original, second);
      add(copy, second);
      expect([field.name, copy.finish()]).toEqual([field.name, original.finish()]);
      expect(copy.numeric()?.quantile(0.3)).toBe(original.numeric()?.quantile(0.3));
    }
  });
});
