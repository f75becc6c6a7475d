/**
 * Rows grouped by the value of one column, for per-slice metrics. Slices
 * smaller than `minSize` are listed with their size but not scored: a metric
 * on a dozen rows is noise that would fail gates at random.
 */
export interface Slice {
  value: string;
  rows: Int32Array;
  tooSmall: boolean;
}

export function sliceRows(values: ArrayLike<string>, minSize: number): Slice[] {
  const rows = new Map<string, number[]>();
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let list = rows.get(v);
    if (!list) rows.set(v, (list = []));
    list.push(i);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, list]) => ({ value, rows: Int32Array.from(list), tooSmall: list.length < minSize }));
}

export function take<T extends Int32Array | Float64Array>(values: T, rows: Int32Array): T {
  const out = new (values.constructor as new (n: number) => T)(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}
