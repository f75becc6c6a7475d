import type { PageHeader } from 'hyparquet';
import type { Cell, RawText } from '../table';

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
  // Only the values the rows take are decoded, but all `present` must fit, as hyparquet reads them all.
  if (!valuesFit(view, present)) return false;
  const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength);
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (levels && levels[i] !== maxDefinition) {
      out[row + i] = null;
      continue;
    }
    const start = offset + 4;
    offset = start + view.getUint32(offset, true);
    out[row + i] = bytes.toString('utf8', pastMark(bytes, start, offset), offset);
  }
  return true;
}

/** Every one of the `present` values of a PLAIN BYTE_ARRAY section ends within it. */
function valuesFit(view: DataView, present: number): boolean {
  let offset = 0;
  for (let k = 0; k < present; k++) {
    if (offset + 4 > view.byteLength) return false;
    offset += 4 + view.getUint32(offset, true);
    if (offset > view.byteLength) return false;
  }
  return true;
}

/** Where the text of the value at `bytes[start…end)` begins: past a leading byte order mark, as TextDecoder drops it. */
const pastMark = (bytes: Uint8Array, start: number, end: number): number =>
  end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf ? start + 3 : start;

/** A v1 PLAIN text page's rows: as bytes while `raw` is active, else decoded into `out` (false as scatterPlainText). */
export function plainTextRows(raw: RawTextRows | undefined, ...page: Parameters<typeof scatterPlainText>): boolean {
  return raw?.active ? raw.add(...page) : scatterPlainText(...page);
}

/**
 * A text column chunk's PLAIN rows kept as their UTF-8 bytes (Batch.raw), for
 * a consumer that decodes only the values it keeps: on a table of
 * high-cardinality text, decoding every value and collecting the strings was
 * about a third of profiling it. Reused from one row group to the next.
 */
export class RawTextRows {
  /** False once the chunk's rows went to strings (a page that is not v1 PLAIN, or a bad length). */
  active = false;
  private bytes = new Uint8Array(0);
  private used = 0;
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);

  /** For a chunk of `numRows` rows. */
  reset(numRows: number): this {
    if (this.starts.length !== numRows) {
      this.starts = new Int32Array(numRows);
      this.ends = new Int32Array(numRows);
    }
    this.used = 0;
    this.active = true;
    return this;
  }

  /**
   * scatterPlainText's rows, as byte ranges of a copy of the page. False when
   * a value's length runs past the page: the rows so far are then decoded into
   * `out` and the page is left to hyparquet's path.
   */
  add(section: Uint8Array, present: number, out: Cell[], row: number, count: number, levels: ArrayLike<number> | undefined, maxDefinition: number): boolean {
    const view = new DataView(section.buffer, section.byteOffset, section.byteLength);
    if (!valuesFit(view, present)) return this.stop(out, row);
    const base = this.used;
    if (this.bytes.length < base + section.byteLength) {
      const grown = new Uint8Array(Math.max(base + section.byteLength, 2 * this.bytes.length));
      grown.set(this.bytes.subarray(0, base));
      this.bytes = grown;
    }
    const bytes = this.bytes;
    bytes.set(section, base);
    this.used += section.byteLength;
    let offset = 0;
    for (let i = 0; i < count; i++) {
      if (levels && levels[i] !== maxDefinition) {
        this.starts[row + i] = -1;
        continue;
      }
      const start = base + offset + 4;
      const end = start + view.getUint32(offset, true);
      offset = end - base;
      this.starts[row + i] = pastMark(bytes, start, end);
      this.ends[row + i] = end;
    }
    return true;
  }

  /** Before each page of the chunk: one that is not a v1 PLAIN page ends the bytes (`stop`). */
  page(header: PageHeader, out: Cell[], row: number): void {
    if (this.active && !(header.type === 'DATA_PAGE' && header.data_page_header?.encoding === 'PLAIN')) this.stop(out, row);
  }

  /** The first `rows` rows decoded into `out`, as scatterPlainText would have; the rest of the chunk goes to strings. */
  stop(out: Cell[], rows: number): false {
    if (!this.active) return false;
    this.active = false;
    const text = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.used);
    for (let i = 0; i < rows; i++) out[i] = this.starts[i]! < 0 ? null : text.toString('utf8', this.starts[i], this.ends[i]);
    return false;
  }

  get text(): RawText {
    return { bytes: this.bytes, starts: this.starts, ends: this.ends };
  }
}
