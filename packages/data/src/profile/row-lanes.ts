import { fmix, fold, mix } from './hash';

/**
 * Row hashes for duplicate detection, built so that columns can be profiled
 * apart (in worker threads) and their shares added up in any grouping.
 *
 * A row's hash is fold(A, B), where A and B are sums mod 2^32 over its
 * columns of a keyed mix of (column index, cell hash). Addition commutes, so
 * the threads that each hold a few columns hand back their partial sums per
 * row, and the result is the same whichever thread held which column. The
 * column index in the key keeps a row from colliding with the same values in
 * other columns; each term goes through murmur's finaliser, so the terms of
 * different cells are independent and the sums spread as well as the old
 * order-dependent chain (only equality of row hashes is ever used).
 */
export interface RowLanes {
  a: Int32Array;
  b: Int32Array;
}

const LANE_A = 0x27d4eb2f;
const LANE_B = 0x165667b1;

export const newRowLanes = (n: number): RowLanes => ({ a: new Int32Array(n), b: new Int32Array(n) });

/** Adds column `column`'s terms for the first n rows; `cellHashes` are hashColumn's. */
export function addColumnTerms(cellHashes: Float64Array, column: number, lanes: RowLanes, n: number): void {
  const ka = mix(LANE_A, column);
  const kb = mix(LANE_B, column);
  const { a, b } = lanes;
  for (let i = 0; i < n; i++) {
    const h = cellHashes[i]!;
    const lo = h | 0; // the low 32 bits of the 53-bit integer
    const hi = (h / 0x100000000) | 0; // cell hashes are positive: | 0 truncates
    a[i] = (a[i]! + fmix(mix(ka, lo) ^ hi)) | 0;
    b[i] = (b[i]! + fmix(mix(kb, hi) ^ lo)) | 0;
  }
}

/** The row hashes of the first n rows, from every part's lanes (each part a disjoint set of the columns). */
export function foldRowLanes(parts: readonly RowLanes[], out: Float64Array, n: number): void {
  if (parts.length === 1) {
    const { a, b } = parts[0]!;
    for (let i = 0; i < n; i++) out[i] = fold(a[i]!, b[i]!);
    return;
  }
  for (let i = 0; i < n; i++) {
    let sa = 0;
    let sb = 0;
    for (let p = 0; p < parts.length; p++) {
      sa = (sa + parts[p]!.a[i]!) | 0;
      sb = (sb + parts[p]!.b[i]!) | 0;
    }
    out[i] = fold(sa, sb);
  }
}
