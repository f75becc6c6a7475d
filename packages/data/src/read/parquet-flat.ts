import type { AsyncBuffer, Compressors, DecodedArray, FileMetaData, ParquetParsers, RowGroup, SchemaElement } from 'hyparquet';
import type { ColumnDecoder } from 'hyparquet/src/types.js';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getSchemaPath } from 'hyparquet/src/schema.js';
import type { Cell, ColumnKind } from '../table';
import { missingFor, newColumn } from './source';

/**
 * One flat (top-level, non-repeated) column chunk of a row group, decoded page
 * by page with hyparquet's own page functions, its values scattered straight
 * into the batch column by definition level. hyparquet's column reader runs
 * every page, flat or not, through its generic Dremel assembly into a JS
 * array; that was an eighth of the time on the 1M-row benchmark file
 * (bench/validate-data/RESULTS.md). Nested columns still take hyparquet's full path.
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
): Promise<ArrayLike<Cell>> {
  const out = newColumn(kind, numRows);
  const missing = missingFor(kind);
  const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === element.name);
  const meta = chunk?.meta_data;
  if (!meta) {
    out.fill(missing as never);
    return out;
  }
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const bytes = await file.slice(start, start + Number(meta.total_compressed_size));
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
  const reader = { view: new DataView(bytes), offset: 0 };
  let dictionary: DecodedArray | undefined;
  let row = 0;
  while (row < numRows && reader.offset < bytes.byteLength) {
    const header = parquetHeader(reader);
    const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    let levels: number[] | undefined;
    let values: DecodedArray;
    let count: number;
    if (header.type === 'DICTIONARY_PAGE') {
      const page = decompressPage(compressed, header.uncompressed_page_size, meta.codec, compressors);
      const plain = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, header.dictionary_page_header!.num_values, element.type_length);
      dictionary = convert(plain, decoder);
      continue;
    } else if (header.type === 'DATA_PAGE') {
      const daph = header.data_page_header!;
      const page = decompressPage(compressed, header.uncompressed_page_size, meta.codec, compressors);
      const decoded = readDataPage(page, daph, decoder);
      levels = decoded.definitionLevels;
      values = convertWithDictionary(decoded.dataPage, dictionary, daph.encoding, decoder);
      count = daph.num_values;
    } else if (header.type === 'DATA_PAGE_V2') {
      const daph2 = header.data_page_header_v2!;
      const decoded = readDataPageV2(compressed, header, decoder);
      levels = decoded.definitionLevels;
      values = convertWithDictionary(decoded.dataPage, dictionary, daph2.encoding, decoder);
      count = daph2.num_values;
    } else {
      continue; // index pages carry no values
    }
    count = Math.min(count, numRows - row);
    if (levels && levels.length > 0) {
      for (let i = 0, k = 0; i < count; i++) out[row + i] = (levels[i] === maxDefinition ? toCell(values[k++]) : missing) as never;
    } else if (out instanceof Float64Array && kind !== 'decimal' && isPlainNumbers(values)) {
      out.set(values.subarray(0, count), row);
    } else {
      for (let i = 0; i < count; i++) out[row + i] = toCell(values[i]) as never;
    }
    row += count;
  }
  if (row < numRows) throw new Error(`column "${element.name}" ends after ${row} of ${numRows} rows`);
  return out;
}

const isPlainNumbers = (v: DecodedArray): v is Float64Array | Float32Array | Int32Array =>
  v instanceof Float64Array || v instanceof Float32Array || v instanceof Int32Array;
