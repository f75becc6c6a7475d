import { rng } from '@mlship/core/testing';
import type { Cell, ColumnKind, Field } from '../table';
import { recordWriters, type RecordLayout } from './csv-records';
import { RowError } from './row-errors';
import { newColumn } from './source';

/**
 * The line writer reads a record's fields where they are in the text; the record writer
 * (the reference here) takes them split. Every value and every refusal must
 * be the same, number formats at the edge of the fast path included.
 */
function layoutOf(kinds: ColumnKind[], wanted = kinds.map((_, i) => i)): RecordLayout {
  const fields: Field[] = kinds.map((kind, i) => ({ name: `c${i}`, kind, sourceType: 'inferred' }));
  return { fields, index: wanted };
}

type Outcome = { values: Cell[] } | { error: string };

function outcome(write: () => void, cols: (Cell[] | Float64Array)[]): Outcome {
  try {
    write();
  } catch (e) {
    if (!(e instanceof RowError)) throw e;
    return { error: `${e.line}${e.message}` };
  }
  return { values: cols.map((c) => c[0]!) };
}

function expectSame(layout: RecordLayout, line: string, delimiter = ','): void {
  const kinds = layout.index.map((i) => layout.fields[i]!.kind);
  const a = kinds.map((k) => newColumn(k, 1));
  const b = kinds.map((k) => newColumn(k, 1));
  const { record: write, line: writeLine } = recordWriters(layout, delimiter);
  // The record sits inside a longer text, as in a chunk: the fields must stop at `end`.
  const text = `x${delimiter}y\n${line}\n9${delimiter}9${delimiter}9\n`;
  const start = text.indexOf('\n') + 1;
  const expected = outcome(() => write(line.split(delimiter), 7, a, 0), a);
  const actual = outcome(() => writeLine(text, start, start + line.length, 7, b, 0), b);
  if ('values' in expected && 'values' in actual) {
    expected.values.forEach((v, j) => {
      if (!Object.is(actual.values[j], v)) throw new Error(`${JSON.stringify(line)} column ${j}: ${String(actual.values[j])} instead of ${String(v)}`);
    });
  } else {
    expect(actual).toEqual(expected);
  }
}

describe('the line writer of recordWriters', () => {
  const numbers = ['0', '-0', '007', '-12', '1.50', '-0.0', '0.1', '123456789012345', '1234567890123456', '12345678901234567890', '99999999999999.9', '0.000000000000001',
    '3.14159265358979', '2.718281828459045', '-', '.5', '5.', '-.5', '+5', '1e5', '1E-3', '0x10', '0b1', ' 5', '5 ', '1,5', 'inf', '-Infinity', 'NaN', 'nan', 'NA', '', '#N/A', '1.#IND', '-1.#QNAN', '1..2', '1.2.3', '--1', 'abc', '١٢'];

  it.each(['int', 'float', 'decimal'] as const)('reads every number form as the record writer does in a %s column (and refuses what it refuses, on the same line)', (kind) => {
    for (const v of numbers) expectSame(layoutOf(['string', kind]), `a,${v}`);
  });

  it('agrees on random decimals of every length up to 20 digits, both signs', () => {
    const rand = rng(11);
    for (let i = 0; i < 20_000; i++) {
      const digits = 1 + Math.floor(rand() * 20);
      let s = '';
      for (let d = 0; d < digits; d++) s += String(Math.floor(rand() * 10));
      const point = Math.floor(rand() * (digits + 1));
      if (point > 0 && point < digits && rand() < 0.8) s = `${s.slice(0, point)}.${s.slice(point)}`;
      if (rand() < 0.5) s = `-${s}`;
      expectSame(layoutOf(['float', 'int']), `${s},${s.replace(/\./g, '')}`);
    }
  });

  it('takes only the wanted columns, in their order, and every other kind through its parser', () => {
    const layout = layoutOf(['int', 'string', 'timestamp', 'bool', 'date', 'float'], [5, 0, 3, 2, 4, 1]);
    for (const line of ['1,a b,2024-01-15 16:52:05,True,2024-02-29,2.5', '-3,,2024-01-15T16:52:05Z,false,,NA', ',x,,,,', '7,"q",2024-01-01,TRUE,2024-01-01,1e3']) expectSame(layout, line);
  });

  it('refuses a ragged or bad row with the line and words the record writer gives', () => {
    const layout = layoutOf(['int', 'float', 'string']);
    for (const line of ['1,2', '1,2,3,4', '1,2,3,', 'x,2,3', '1,y,3', '1,y', 'x,2,3,4', ',,']) expectSame(layout, line);
    expectSame(layout, '1;2.5;x', ';');
    expectSame(layout, '1\t2.5\tx', '\t');
  });
});
