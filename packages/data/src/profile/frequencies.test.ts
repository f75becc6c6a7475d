import type { Cell } from '../table';
import { Frequencies, MAX_CATEGORIES } from './frequencies';
import { hashValue } from './hash';

/** What `addNumbers` must do: `add` per value, as the profiler called it before, up to the value that stopped the counts. */
function perValue(f: Frequencies, numbers: Float64Array): number {
  if (f.toState().stopped) return 0;
  for (let i = 0; i < numbers.length; i++) {
    const v = numbers[i]!;
    if (v !== v) continue;
    f.add(v, hashValue(v));
    if (f.toState().stopped) return i;
  }
  return numbers.length;
}

/** The same batches through `add` per value and through `addNumbers`: states, returned indices and what onStop got. */
function both(keepCounting: boolean, batches: Float64Array[]) {
  const stops: [Cell, number][][][] = [[], []];
  const a = new Frequencies(keepCounting, (c) => stops[0]!.push([...c]));
  const b = new Frequencies(keepCounting, (c) => stops[1]!.push([...c]));
  const returned: number[][] = [[], []];
  for (const numbers of batches) {
    returned[0]!.push(perValue(a, numbers));
    returned[1]!.push(b.addNumbers(numbers, Float64Array.from(numbers, hashValue), numbers.length));
  }
  const state = (f: Frequencies) => ({ ...f.toState(), map: [...f.toState().map] });
  return { per: state(a), batch: state(b), returned, stops };
}

const range = (n: number, f: (i: number) => number) => Float64Array.from({ length: n }, (_, i) => f(i));

describe('Frequencies.addNumbers', () => {
  it('leaves the counts, their order and the flags as add per value would', () => {
    const batch = Float64Array.of(3, NaN, -0, 0, 2.5, 3, NaN, 1e300, -Infinity, 2.5, 0);
    const r = both(false, [batch, batch.slice(2)]);
    expect(r.batch).toEqual(r.per);
    expect(r.returned).toEqual([
      [11, 9],
      [11, 9],
    ]);
    expect(r.batch.map).toEqual([
      [3, 3],
      [0, 6],
      [2.5, 4],
      [1e300, 2],
      [-Infinity, 2],
    ]);
    expect(r.batch).toMatchObject({ seen: 17, overflow: false, stopped: false });
  });

  it('stops at the value that overflows the counts, mid-batch, its predecessors counted', () => {
    const first = range(MAX_CATEGORIES - 5, (i) => i);
    const M = MAX_CATEGORIES;
    const second = Float64Array.of(NaN, 1, 2, M + 1, M + 2, 3, NaN, M + 3, M + 4, M + 5, M + 6, 4, M + 7);
    const r = both(false, [first, second, Float64Array.of(7)]);
    expect(r.returned).toEqual([
      [M - 5, 10, 0],
      [M - 5, 10, 0],
    ]);
    expect(r.batch).toEqual(r.per);
    expect(r.batch).toMatchObject({ overflow: true, stopped: true, seen: M - 5 + 9, map: [] });
    // onStop got every counted value in the order first seen, 1, 2 and 3 counted twice.
    expect(r.stops[1]).toEqual(r.stops[0]);
    expect(r.stops[1]![0]!.slice(0, 5)).toEqual([
      [0, 1],
      [1, 2],
      [2, 2],
      [3, 2],
      [4, 1],
    ]);
    expect(r.stops[1]![0]!.slice(-2)).toEqual([
      [M + 4, 1],
      [M + 5, 1],
    ]);
  });

  it('stops at the first new value of a batch when the counts were already full', () => {
    const M = MAX_CATEGORIES;
    const r = both(false, [range(M, (i) => i), Float64Array.of(NaN, 5, M, 6)]);
    expect(r.returned[1]).toEqual([M, 2]);
    expect(r.batch).toEqual(r.per);
    expect(r.stops[1]).toEqual(r.stops[0]);
    expect(r.stops[1]![0]!.slice(4, 7)).toEqual([
      [4, 1],
      [5, 2],
      [6, 1],
    ]);
  });

  it('keeps counting the values it holds past the capacity when asked to, taking every value', () => {
    const M = MAX_CATEGORIES;
    const r = both(true, [range(M, (i) => i), Float64Array.of(5, M + 1, 6, NaN, 5)]);
    expect(r.returned[1]).toEqual([M, 5]);
    expect(r.batch).toEqual(r.per);
    expect(r.batch).toMatchObject({ overflow: true, stopped: false, seen: M + 4 });
    expect(r.batch.map.find(([v]) => v === 5)).toEqual([5, 3]);
  });
});
