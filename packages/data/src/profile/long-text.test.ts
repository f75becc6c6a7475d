/**
 * A text cell under read.max_line_bytes can still be tens of megabytes. The
 * profile outlives every batch, so what it keeps of such a cell (top values,
 * min, max) must be a short label, never the cell or a view into it: the
 * heap after a full collection is the measure, not the clock.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Cell, Schema } from '../table';
import { ColumnProfiler } from './column';
import { TableProfiler } from './table';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const schema: Schema = { fields: [{ name: 'b', kind: 'string', sourceType: 'inferred' }] };
const MB = 1e6;

function profileOf(values: Cell[]) {
  const p = new TableProfiler(schema);
  p.add({ numRows: values.length, columns: [values] });
  return p.finish();
}

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('profile of very long text values', () => {
  it('keeps nothing of a 20 MB cell once its batch is gone (the cell is a view into the reader text, as a CSV field is)', () => {
    // ColumnProfiler directly, with given hashes: hashing 20M characters is the table profiler's job (and slow under jest).
    const column = new ColumnProfiler(schema.fields[0]!);
    const before = heapAfterGc();
    (() => {
      // A record as the tokenizer sees it: the field is a slice of the joined text.
      const text = ['1,"', 'x'.repeat(20 * MB), 'z"\n2,y\n'].join('');
      const field = text.slice(3, 3 + 20 * MB + 1);
      column.add([field, 'y', text.slice(text.length - 20, text.length - 3)], Float64Array.of(1, 2, 3), 3);
    })();
    const retained = heapAfterGc() - before;
    // The old profile kept the cell itself as a top value and the min, and through it the whole text.
    expect(retained).toBeLessThan(2 * MB);
    const col = column.finish();
    expect(col.min).toMatch(/^x{64}… \(20\.0 MB, #1\)$/);
    expect(col.max).toBe('y');
    expect(col.maxLength).toBe(20 * MB + 1);
    expect(col.minLength).toBe(1);
    expect(col.topValues.every((t) => t.value.length < 120)).toBe(true);
  });

  it('counts equal long values together and different ones apart, even with the same beginning and size', () => {
    const long = (last: string) => 'a'.repeat(5000) + last;
    const p = profileOf([long('1'), long('2'), long('1'), 'short', long('1')]);
    const col = p.columns[0]!;
    expect(col.distinct).toBe(3);
    expect(p.duplicateRows).toBe(2);
    expect(col.topValues.map((t) => t.count)).toEqual([3, 1, 1]);
    const [first, second] = col.topValues.map((t) => t.value);
    expect(first).toMatch(/^a{64}… \(5\.0 kB, #[0-9a-f]+\)$/);
    expect(second).toMatch(/^a{64}… \(5\.0 kB, #[0-9a-f]+\)$/);
    expect(first).not.toBe(second);
  });

  it('orders long values by their text: min and max as pandas gives them, shown as labels', () => {
    const long = (c: string) => c + 'm'.repeat(3000);
    const col = profileOf(['k', long('b'), long('a'), long('c'), 'b']).columns[0]!;
    // pandas: min 'aMMM…' < 'b' < 'bMMM…' < 'cMMM…' < 'k'; max 'k'.
    expect(col.min).toMatch(/^am{63}… \(3\.0 kB, #/);
    expect(col.max).toBe('k');
    const only = profileOf([long('b'), long('c'), long('a')]).columns[0]!;
    expect(only.max).toMatch(/^cm{63}… /);
    expect(only.min).toMatch(/^am{63}… /);
  });

  it('a value equal to the kept beginning of a long value sorts before it (a proper prefix)', () => {
    const longValue = 'p'.repeat(1500);
    const col = profileOf([longValue, 'p'.repeat(1024)]).columns[0]!;
    expect(col.min).toBe('p'.repeat(1024));
    expect(col.max).toMatch(/^p{64}… \(1\.5 kB, #/);
    const reversed = profileOf(['p'.repeat(1024), longValue]).columns[0]!;
    expect([reversed.min, reversed.max]).toEqual([col.min, col.max]);
  });

  it('does not cut a surrogate pair in a label', () => {
    const col = profileOf(['a'.repeat(63) + '😀'.repeat(1000)]).columns[0]!;
    expect(col.max).toMatch(/^a{63}… \(/);
  });
});
