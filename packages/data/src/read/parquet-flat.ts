import type { AsyncBuffer, Compressors, DecodedArray, Encoding, FileMetaData, ParquetParsers, RowGroup, SchemaElement } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getSchemaPath } from 'hyparquet/src/schema.js';
import type { Cell, ColumnKind, DictionaryCodes, RawText } from '../table';
import { ParquetFault } from './parquet-faults';
import { plainTextRows, RawTextRows } from './parquet-text';
import { MAX_MILLIS, timestampInRange } from './parquet-int96';
import { int96Millis } from './parquet-int96';
import { missingFor, newColumn } from './source';

/**
 * One flat (top-level, non-repeated) column chunk of a row group, decoded page
 * by page with hyparquet's own page functions, its values scattered straight
 * into the batch column by definition level. hyparquet's column reader runs
 * every page, flat or not, through its generic Dremel assembly into a JS
 * array; that was an eighth of the time on the 1M-row benchmark file
 * (bench/validate-data/RESULTS.md). Nested columns still take hyparquet's full path.
 *
 * A text column read from its dictionary on every page also comes back as its
 * codes (`coded`); with `rawText`, one written out (v1 PLAIN pages) comes back
 * as its bytes (`raw`) instead of strings. Both reuse `reuse`'s buffers.
 */
export async function readFlatColumn(
  file: AsyncBuffer,
  metadata: FileMetaData,
  rowGroup: RowGroup,
  element: SchemaElement,
  numRows: number,
  kind: ColumnKind,
  toCell: (v: unknown) => Cell,
  parsers: Partial<ParquetParsers>,
  compressors: Compressors,
  /** The previous row group's result for this column, whose arrays are refilled when they have numRows rows. */
  reuse?: FlatColumn,
  /** Written-out text left as bytes (Batch.raw). */
  rawText = false,
): Promise<FlatColumn> {
  const out = reuse && reuse.values.length === numRows ? reuse.values : newColumn(kind, numRows);
  const missing = missingFor(kind);
  const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === element.name);
  const meta = chunk?.meta_data;
  if (!meta) {
    out.fill(missing as never);
    return { values: out, codes: reuse?.codes, rawRows: reuse?.rawRows };
  }
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const bytes = await chunkBytes(file, start, Number(meta.total_compressed_size), !meta.dictionary_page_offset);
  const schemaPath = getSchemaPath(metadata.schema, [element.name]);
  const decoder: ColumnDecoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element,
    schemaPath,
    codec: meta.codec,
    parsers: { ...DEFAULT_PARSERS, ...parsers },
    compressors,
    utf8: false,
  };
  const maxDefinition = element.repetition_type === 'REQUIRED' ? 0 : 1;
  // Every string column's BYTE_ARRAY converts by UTF-8 decoding (a UUID annotation formats instead).
  const plainText = kind === 'string' && meta.type === 'BYTE_ARRAY' && element.logical_type?.type !== 'UUID' && !(out instanceof Float64Array);
  // Each row's code where a text column's page was read from the dictionary: all of them when codedRows reaches numRows.
  let codes = reuse?.codes;
  let codedRows = 0;
  const rawRows = rawText && plainText ? (reuse?.rawRows ?? new RawTextRows()).reset(numRows) : undefined;
  const divisor = meta.type === 'INT64' ? int64Divisor(element, kind) : undefined;
  const int64Cells = (raw: BigInt64Array) => checkedTimestamps(int64Numbers(raw, divisor!), kind);
  const reader = { view: new DataView(bytes), offset: 0 };
  let dictionary: DecodedArray | undefined;
  // The dictionary's entries as this column's cells, made once per column chunk: a
  // dictionary-encoded page then becomes a lookup per row, with no string decoded
  // (and no TextDecoder made) per row and no JS array of codes or values per page.
  let dictionaryCells: Cell[] | Float64Array | undefined;
  const toValues = (raw: DecodedArray, encoding: Encoding): DecodedArray =>
    raw instanceof BigInt64Array && divisor ? int64Cells(raw) : convertWithDictionary(raw, dictionary, encoding, decoder);
  let row = 0;
  let pageIndex = -1;
  while (row < numRows && reader.offset < bytes.byteLength) {
    pageIndex++;
    const header = parquetHeader(reader);
    if (!PAGE_TYPES.has(header.type) || !(header.compressed_page_size >= 0)) throw new ParquetFault(`page ${pageIndex} has no valid page header (its page type or size is missing)`);
    if (reader.offset + header.compressed_page_size > bytes.byteLength) {
      throw new ParquetFault(`page ${pageIndex} declares ${header.compressed_page_size} bytes, past the end of its column chunk (${bytes.byteLength - reader.offset} bytes left)`);
    }
    const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
    rawRows?.page(header, out as Cell[], row);
    reader.offset += header.compressed_page_size;
    let levels: ArrayLike<number> | undefined;
    let values: DecodedArray;
    let count: number;
    if (header.type === 'DICTIONARY_PAGE') {
      const entries = header.dictionary_page_header!.num_values;
      if (entries < 0) throw new ParquetFault(`its dictionary page declares ${entries} values`);
      const page = decompressPage(compressed, header.uncompressed_page_size, meta.codec, compressors);
      if (meta.type === 'INT96') dictionary = int96Millis(page, entries);
      else {
        const plain = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, entries, element.type_length);
        dictionary = plain instanceof BigInt64Array && divisor ? int64Cells(plain) : convert(plain, decoder);
      }
      dictionaryCells = cellsOf(dictionary, out instanceof Float64Array, toCell);
      // Codes read so far would point into the chunk's first dictionary (a chunk has one).
      if (row > 0) codedRows = NaN;
      continue;
    } else if (header.type === 'DATA_PAGE') {
      const daph = header.data_page_header!;
      const page = decompressPage(compressed, header.uncompressed_page_size, meta.codec, compressors);
      count = daph.num_values;
      let present = count;
      let valuesAt = 0;
      if (maxDefinition) {
        // Levels into bytes: hyparquet makes a JS array of them per page and counts the nulls
        // with an iterator, a seventh of the young-generation bytes on the 1M-row benchmark.
        const levelBuffer = scratch.levels(count);
        const levelReader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
        readRleBitPackedHybrid(levelReader, 1, levelBuffer);
        valuesAt = levelReader.offset;
        for (let i = 0; i < count; i++) present -= 1 - levelBuffer[i]!;
        levels = present < count ? levelBuffer : undefined;
      }
      if (daph.encoding === 'PLAIN') checkPlainLength(page.byteLength - valuesAt, present, meta.type, element, pageIndex);
      const plain = daph.encoding !== 'PLAIN' || !(out instanceof Float64Array) ? undefined : meta.type === 'INT96' ? int96Millis(page.subarray(valuesAt), present) : plainNumbers(page.subarray(valuesAt), present, meta.type, element, kind, divisor);
      if (plain) {
        values = plain;
      } else if (dictionaryCells && isDictionaryEncoding(daph.encoding)) {
        count = Math.min(count, numRows - row);
        if (plainText) codes = rowCodes(codes, numRows);
        scatterCodes(out, dictionaryCells, readCodes(page.subarray(valuesAt), present), levels, row, count, maxDefinition, missing, plainText ? codes : undefined);
        codedRows += count;
        row += count;
        continue;
      } else if (plainText && daph.encoding === 'PLAIN' && plainTextRows(rawRows, page.subarray(valuesAt), present, out as Cell[], row, Math.min(count, numRows - row), levels, maxDefinition)) {
        row += Math.min(count, numRows - row);
        continue;
      } else {
        // A schema path of the root alone: hyparquet reads the values and no levels.
        const decoded = readDataPage(page.subarray(valuesAt), { ...daph, num_values: present }, { ...decoder, schemaPath: schemaPath.slice(0, 1) });
        values = toValues(decoded.dataPage, daph.encoding);
      }
    } else if (header.type === 'DATA_PAGE_V2') {
      const daph2 = header.data_page_header_v2!;
      const decoded = readDataPageV2(compressed, header, decoder);
      levels = decoded.definitionLevels;
      values = toValues(decoded.dataPage, daph2.encoding);
      count = daph2.num_values;
    } else {
      continue; // index pages carry no values
    }
    count = Math.min(count, numRows - row);
    // Numbers straight into a float-backed column: no call per value.
    const numbers = out instanceof Float64Array && kind !== 'decimal' && isPlainNumbers(values) ? values : undefined;
    if (levels && levels.length > 0) {
      if (numbers) for (let i = 0, k = 0; i < count; i++) out[row + i] = levels[i] === maxDefinition ? numbers[k++]! : NaN;
      else for (let i = 0, k = 0; i < count; i++) out[row + i] = (levels[i] === maxDefinition ? toCell(values[k++]) : missing) as never;
    } else if (numbers) {
      (out as Float64Array).set(numbers.subarray(0, count), row);
    } else {
      for (let i = 0; i < count; i++) out[row + i] = toCell(values[i]) as never;
    }
    row += count;
  }
  if (row < numRows) throw new ParquetFault(`its pages hold ${row} of the ${numRows} rows the row group declares`);
  return {
    values: out,
    codes,
    coded: codedRows === numRows && numRows > 0 ? { codes: codes!, cells: dictionaryCells as Cell[] } : undefined,
    rawRows,
    raw: rawRows?.active && numRows > 0 ? rawRows.text : undefined,
  };
}

/** `codes` when it holds `numRows` rows, or a new array that does. */
const rowCodes = (codes: Int32Array | undefined, numRows: number): Int32Array => (codes?.length === numRows ? codes : new Int32Array(numRows));

export interface FlatColumn {
  values: Cell[] | Float64Array;
  /** The codes array, to be refilled for the next row group. */
  codes?: Int32Array;
  /** Set when every row came from the chunk's dictionary. */
  coded?: DictionaryCodes;
  /** The raw text's buffers, to be refilled for the next row group. */
  rawRows?: RawTextRows;
  /** Set when every row was left as bytes (rawText). */
  raw?: RawText;
}

/**
 * The column chunk's bytes. Old parquet-mr wrote no dictionary_page_offset and
 * left the dictionary page out of total_compressed_size, while data_page_offset
 * points at that dictionary page: the chunk then runs past its declared size
 * by the dictionary page, which is read too (as parquet-mr and Arrow do).
 */
async function chunkBytes(file: AsyncBuffer, start: number, declared: number, mayOmitDictionary: boolean): Promise<ArrayBuffer> {
  const bytes = await file.slice(start, start + declared);
  if (!mayOmitDictionary || bytes.byteLength === 0) return bytes;
  let header;
  const reader = { view: new DataView(bytes), offset: 0 };
  try {
    header = parquetHeader(reader);
  } catch {
    return bytes; // the page loop names what is wrong with it
  }
  if (header.type !== 'DICTIONARY_PAGE') return bytes;
  const end = Math.min(file.byteLength, start + declared + reader.offset + header.compressed_page_size);
  return end > start + declared ? file.slice(start, end) : bytes;
}

const PAGE_TYPES = new Set(['DATA_PAGE', 'INDEX_PAGE', 'DICTIONARY_PAGE', 'DATA_PAGE_V2']);

const FIXED_WIDTH: Record<string, number> = { INT32: 4, INT64: 8, INT96: 12, FLOAT: 4, DOUBLE: 8 };

/** A v1 PLAIN page of fixed-width values holds at least as many bytes as its values need. */
function checkPlainLength(available: number, present: number, type: string, element: SchemaElement, pageIndex: number): void {
  const width = type === 'FIXED_LEN_BYTE_ARRAY' ? (element.type_length ?? 0) : FIXED_WIDTH[type];
  const needed = type === 'BOOLEAN' ? Math.ceil(present / 8) : width === undefined ? 0 : present * width;
  if (available < needed) {
    const required = element.repetition_type === 'REQUIRED' ? ' (a required column: do its pages hold nulls?)' : '';
    throw new ParquetFault(`page ${pageIndex} holds ${available} bytes of values where its ${present} values need ${needed}${required}`);
  }
}

/**
 * Scratch buffers for definition levels and dictionary codes, shared by every
 * column chunk: a chunk's page loop runs to its end without awaiting, so no two
 * chunks use them at once, and they are allocated once per file set instead of
 * once per column and row group (each a V8 external allocation that counts
 * toward its next GC).
 */
const scratch = {
  levelBytes: new Uint8Array(0),
  codeInts: new Int32Array(0),
  plainBytes: new ArrayBuffer(0),
  wideNumbers: new Float64Array(0),
  /** An 8-byte-aligned buffer of at least n bytes. */
  aligned(n: number): ArrayBuffer {
    if (this.plainBytes.byteLength < n) this.plainBytes = new ArrayBuffer(n);
    return this.plainBytes;
  },
  numbers(n: number): Float64Array {
    if (this.wideNumbers.length < n) this.wideNumbers = new Float64Array(n);
    return this.wideNumbers.subarray(0, n);
  },
  levels(n: number): Uint8Array {
    if (this.levelBytes.length < n) this.levelBytes = new Uint8Array(n);
    return this.levelBytes.subarray(0, n);
  },
  codes(n: number): Int32Array {
    if (this.codeInts.length < n) this.codeInts = new Int32Array(n);
    return this.codeInts.subarray(0, n);
  },
};

/**
 * The `present` PLAIN values of a numeric page as numbers, in scratch memory, for
 * the types whose Cell is the stored number (or a signed INT64 over `divisor`);
 * undefined for any other type, which takes hyparquet's path. hyparquet copies
 * values that follow the definition levels (so sit unaligned) into a new buffer
 * per page, and INT64s then into another; here both are reused.
 */
function plainNumbers(
  section: Uint8Array,
  present: number,
  type: string,
  element: SchemaElement,
  kind: ColumnKind,
  divisor: number | undefined,
): Float64Array | Float32Array | Int32Array | undefined {
  const width = type === 'DOUBLE' || (type === 'INT64' && divisor) ? 8 : type === 'FLOAT' || (type === 'INT32' && kind === 'int' && isPlainInt32(element)) ? 4 : 0;
  if (!width || kind === 'decimal') return undefined;
  const bytes = present * width;
  if (section.byteLength < bytes) throw new Error(`page holds ${section.byteLength} bytes of values, ${bytes} needed`);
  const buffer = scratch.aligned(bytes);
  new Uint8Array(buffer, 0, bytes).set(section.subarray(0, bytes));
  if (type === 'DOUBLE') return new Float64Array(buffer, 0, present);
  if (type === 'FLOAT') return new Float32Array(buffer, 0, present);
  if (type === 'INT32') return new Int32Array(buffer, 0, present);
  return checkedTimestamps(int64Numbers(new BigInt64Array(buffer, 0, present), divisor!, scratch.numbers(present)), kind);
}

/** Timestamps a JavaScript date cannot hold are refused here, or the report's date formatting fails on them later. */
function checkedTimestamps(values: Float64Array<ArrayBufferLike>, kind: ColumnKind): Float64Array<ArrayBufferLike> {
  if (kind !== 'timestamp') return values;
  // Indexed, and the check inline: `for…of` with a call per value took 4 times as long.
  for (let i = 0; i < values.length; i++) if (!(Math.abs(values[i]!) <= MAX_MILLIS)) timestampInRange(values[i]!);
  return values;
}

/** An INT32 that hyparquet's convert leaves as it is: no unsigned, date, time or decimal annotation. */
function isPlainInt32(el: SchemaElement): boolean {
  const lt = el.logical_type;
  if (lt) return lt.type === 'INTEGER' && lt.isSigned;
  return el.converted_type === undefined || el.converted_type === 'INT_8' || el.converted_type === 'INT_16' || el.converted_type === 'INT_32';
}

const isDictionaryEncoding = (encoding: Encoding): boolean => encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';

/** A dictionary's entries as cells: numbers in a Float64Array for a float-backed column. */
function cellsOf(dictionary: DecodedArray, floatBacked: boolean, toCell: (v: unknown) => Cell): Cell[] | Float64Array {
  const cells = floatBacked ? new Float64Array(dictionary.length) : new Array<Cell>(dictionary.length);
  for (let i = 0; i < dictionary.length; i++) cells[i] = toCell(dictionary[i]) as never;
  return cells;
}

/**
 * The `present` dictionary codes of a v1 data page's value section (one byte of
 * bit width, then the RLE/bit-packed hybrid up to the page's end), as hyparquet's
 * readDataPage reads them, into the shared scratch buffer.
 */
function readCodes(section: Uint8Array, present: number): Int32Array {
  const codes = scratch.codes(present);
  if (present === 0) return codes;
  const view = new DataView(section.buffer, section.byteOffset, section.byteLength);
  const width = view.getUint8(0);
  if (width === 0) codes.fill(0); // a one-entry dictionary
  else readRleBitPackedHybrid({ view, offset: 1 }, width, codes, section.byteLength - 1);
  return codes;
}

/**
 * Rows `row … row+count` of `out` from dictionary codes; rows whose level is
 * below `maxDefinition` are missing. `rowCodes` gets each row's code, -1 where missing.
 */
function scatterCodes(
  out: Cell[] | Float64Array,
  cells: Cell[] | Float64Array,
  codes: Int32Array,
  levels: ArrayLike<number> | undefined,
  row: number,
  count: number,
  maxDefinition: number,
  missing: Cell,
  rowCodes?: Int32Array,
): void {
  const size = cells.length;
  let k = 0;
  for (let i = 0; i < count; i++) {
    if (levels && levels[i] !== maxDefinition) {
      out[row + i] = missing as never;
      continue;
    }
    const code = codes[k++]!;
    if (code >= size) throw new Error(`dictionary code ${code} out of range (dictionary of ${size})`);
    out[row + i] = cells[code] as never;
  }
  if (!rowCodes) return;
  k = 0;
  for (let i = 0; i < count; i++) rowCodes[row + i] = levels && levels[i] !== maxDefinition ? -1 : codes[k++]!;
}

const isPlainNumbers = (v: DecodedArray): v is Float64Array | Float32Array | Int32Array =>
  v instanceof Float64Array || v instanceof Float32Array || v instanceof Int32Array;

/**
 * What a plain signed INT64 of this column is divided by to give its Cell: 1 for
 * an int, the unit per millisecond for a timestamp (as PARSERS in parquet.ts
 * convert them); undefined where hyparquet's convert must do it (unsigned,
 * decimal, anything else).
 */
function int64Divisor(el: SchemaElement, kind: ColumnKind): number | undefined {
  const lt = el.logical_type;
  if (kind === 'int') return el.converted_type === 'UINT_64' || (lt?.type === 'INTEGER' && !lt.isSigned) ? undefined : 1;
  if (kind !== 'timestamp') return undefined;
  const unit = el.converted_type === 'TIMESTAMP_MILLIS' ? 'MILLIS' : el.converted_type === 'TIMESTAMP_MICROS' ? 'MICROS' : lt?.type === 'TIMESTAMP' ? lt.unit : undefined;
  return unit === 'MILLIS' ? 1 : unit === 'MICROS' ? 1e3 : unit === 'NANOS' ? 1e6 : undefined;
}

/**
 * INT64s as numbers without a BigInt per value (reading a BigInt64Array element
 * allocates one; with hyparquet's Array.from and map for timestamps that was a
 * sixth of the young-generation bytes on the 1M-row benchmark). hi · 2^32 is
 * exact and adding lo rounds once, as Number(bigint) does. Little-endian, as
 * every platform the action runs on.
 */
function int64Numbers(v: BigInt64Array, divisor: number, out: Float64Array<ArrayBufferLike> = new Float64Array(v.length)): Float64Array<ArrayBufferLike> {
  const words = new Int32Array(v.buffer, v.byteOffset, v.length * 2);
  for (let i = 0; i < v.length; i++) out[i] = (words[2 * i + 1]! * 4294967296 + (words[2 * i]! >>> 0)) / divisor;
  return out;
}
