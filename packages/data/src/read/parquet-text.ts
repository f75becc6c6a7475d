import type { Cell } from '../table';

/**
 * Rows `row … row+count` of a text column from a v1 PLAIN page of BYTE_ARRAY
 * values (each a 4-byte little-endian length, then its bytes), decoded
 * straight from the page into strings. hyparquet's path makes a Uint8Array
 * view per value, an array of them and a mapped array of strings per page:
 * about four times the bytes of the strings themselves, garbage that on a
 * table of long high-cardinality text kept V8's young generation at its
 * largest and promoted each row group's strings into the old generation
 * (bench/validate-data/RESULTS.md, 2026-12-06 11:20).
 *
 * Each value decodes as `new TextDecoder().decode(bytes)`, what every string
 * column's converter does: UTF-8, a leading byte order mark dropped,
 * malformed sequences replaced by U+FFFD (parquet-text.test.ts compares the two).
 *
 * Returns false, writing nothing, when a value's length runs past the page:
 * hyparquet's path then reads the page, and fails (or not) as it always did.
 */
export function scatterPlainText(
  section: Uint8Array,
  present: number,
  out: Cell[],
  row: number,
  count: number,
  levels: ArrayLike<number> | undefined,
  maxDefinition: number,
): boolean {
  const view = new DataView(section.buffer, section.byteOffset, section.byteLength);
  const end = section.byteLength;
  // Only the values the rows take are decoded, but all `present` must fit, as hyparquet reads them all.
  let offset = 0;
  for (let k = 0; k < present; k++) {
    if (offset + 4 > end) return false;
    offset += 4 + view.getUint32(offset, true);
    if (offset > end) return false;
  }
  const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength);
  offset = 0;
  for (let i = 0; i < count; i++) {
    if (levels && levels[i] !== maxDefinition) {
      out[row + i] = null;
      continue;
    }
    const length = view.getUint32(offset, true);
    let start = offset + 4;
    offset = start + length;
    if (length >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
    out[row + i] = bytes.toString('utf8', start, offset);
  }
  return true;
}
