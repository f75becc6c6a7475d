import { isMissing, type Cell } from '../../table';
import { cellKey } from './values';

/**
 * How GX's pandas metrics compare two cells of one row, on the values mlship
 * reads. A missing value equals nothing and orders before nothing (pandas
 * compares NaN and None as false). Numbers and booleans compare by value, as in
 * Python (True == 1); a number and a text compare as text, since a column mixing
 * the two is read as text: `1` in a JSON Lines column that also holds "abc" is read
 * as "1" and still equals the 1 of a numeric column.
 */
export function sameValue(a: Cell, b: Cell): boolean {
  if (isMissing(a) || isMissing(b)) return false;
  if (typeof a === 'string' || typeof b === 'string') return cellKey(a) === cellKey(b);
  return Number(a) === Number(b);
}

/** a > b (or >=), for two non-missing cells of one comparable kind; a missing value is never greater. */
export function greater(a: Cell, b: Cell, orEqual: boolean): boolean {
  if (isMissing(a) || isMissing(b)) return false;
  const c = typeof a === 'string' && typeof b === 'string' ? compareCodePoints(a, b) : Number(a) - Number(b);
  return orEqual ? c >= 0 : c > 0;
}

/**
 * Python orders text by code point; JavaScript's `<` by UTF-16 unit, which puts
 * characters beyond U+FFFF (surrogate pairs) before U+E000–U+FFFF. Shifting the
 * units restores code point order without decoding the strings.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

const codePointRank = (u: number) => (u >= 0xd800 && u <= 0xdfff ? u + 0x2000 : u >= 0xe000 ? u - 0x800 : u);

/** A cell as GX lists it in unexpected_list: a missing value is null (pandas' NaN serialises as null). */
export const listed = (v: Cell | undefined): Cell => (v === undefined || isMissing(v) ? null : v);
