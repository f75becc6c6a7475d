import { parquetScan, parquetSchema, type Compressors, type FileMetaData, type ParquetParsers, type SchemaElement } from 'hyparquet';
import { lazyBuiltin } from '@mlship/core/builtin';
import { parquetFile } from './parquet-file';
import { readFlatColumn, type FlatColumn } from './parquet-flat';
import { ParquetFault, refusal } from './parquet-faults';
import { readFooter, refuseOversizedValues } from './parquet-footer';
import { timestampInRange, timestampMillisFromNanos } from './parquet-int96';
import { bareListFiller, type ValueFix } from './parquet-lists';
import type { Batch, BatchOptions, Cell, ColumnKind, DataFile, DictionaryCodes, Field, RawText } from '../table';
import { missingFor, newColumn, type FileSource } from './source';

/**
 * Parquet through hyparquet (pure JS; bench/parquet-readers.md has the
 * measurements behind the choice) with hyparquet-compressors for every codec
 * pyarrow, polars and Spark write: snappy, gzip, zstd, brotli, lz4, lz4_raw.
 * Batches are row groups, so memory is bounded by the largest row group.
 */
export async function openParquet(file: DataFile, abs: string): Promise<FileSource> {
  const buffer = await parquetFile(abs);
  const metadata = await readFooter(file, buffer, FOOTER_PARSERS);
  const codecs = await compressorsFor(metadata);
  const top = parquetSchema(metadata).children;
  const fields = top.map((t) => fieldOf(t.element, t.children.length > 0));
  const elements = new Map(top.map((t) => [t.element.name, t.element]));
  const listFixes = new Map(top.map((t) => [t.element.name, bareListFiller(t)]));

  const flat = new Set(top.filter((t) => t.children.length === 0 && t.element.repetition_type !== 'REPEATED').map((t) => t.element.name));

  async function* batches(columns: string[], options: Pick<BatchOptions, 'rawText'> = {}): AsyncIterable<Batch> {
    const kinds = columns.map((c) => fields.find((f) => f.name === c)!.kind);
    const nested = columns.filter((c) => !flat.has(c));
    // Before any page is read: a value the engine cannot hold is refused while nothing is allocated.
    refuseOversizedValues(file, metadata, columns, kinds);
    const scan = nested.length
      ? await parquetScan({ file: buffer, metadata, columns: nested, compressors: codecs, parsers: PARSERS, utf8: false }).catch((e) => {
          throw refusal(file, e);
        })
      : undefined;
    let rowStart = 0;
    // Each flat column's array is refilled for the next row group of the same
    // size (the Batch contract allows it): a fresh 1 MB array per column and row
    // group was what made V8's young generation, and so peak RSS, grow with the
    // number of rows (bench/validate-data/RESULTS.md).
    const previous: (FlatColumn | undefined)[] = [];
    for (const [group, rowGroup] of metadata.row_groups.entries()) {
      const numRows = Number(rowGroup.num_rows);
      const rowEnd = rowStart + numRows;
      // The last batch's text, dropped before the next is decoded: held until each
      // column's turn, it survived the scavenges of that decoding and was promoted.
      for (const p of previous) {
        if (Array.isArray(p?.values)) p.values.fill(null);
        if (p) p.coded = p.raw = undefined;
      }
      // Settled, not raced: of several broken columns the first in the schema is named, whatever finished first.
      const settled = await Promise.allSettled(
        columns.map(async (column, j): Promise<{ values: ArrayLike<Cell>; coded?: DictionaryCodes; raw?: RawText }> => {
          const el = elements.get(column)!;
          if (flat.has(column)) {
            return (previous[j] = await readFlatColumn(buffer, metadata, rowGroup, el, numRows, kinds[j]!, converter(kinds[j]!, el), PARSERS, codecs, previous[j], options.rawText));
          }
          if (numRows === 0) return { values: [] };
          return { values: normalize(await scan!.readColumn({ column, rowStart, rowEnd }), kinds[j]!, el, numRows, listFixes.get(column)) };
        }),
      );
      const read = settled.map((r, j) => {
        if (r.status === 'rejected') throw refusal(file, r.reason, `row group ${group}, column "${columns[j]}"`);
        return r.value;
      });
      rowStart = rowEnd;
      const some = <T>(per: (T | undefined)[]) => (per.some(Boolean) ? per : undefined);
      if (numRows > 0) yield { numRows, columns: read.map((c) => c.values), coded: some(read.map((c) => c.coded)), raw: some(read.map((c) => c.raw)) };
    }
  }
  return { file, fields, batches };
}

/**
 * Node's zlib where it has the codec (gzip and brotli everywhere, zstd from
 * Node 22.15/23.8, so on the runner's node24): native inflation is several times
 * faster than the pure-JS decoders, which remain for snappy and lz4. zstd on
 * older Node, and on any Node once a long scan is under way (LONG_SCAN_ZSTD_BYTES),
 * goes through zstddec (the reference zstd compiled to WebAssembly, 75 kB), three
 * times faster than the pure-JS fzstd (bench/validate-data/RESULTS.md).
 * Each decoder is loaded for the first file with pages in its codec.
 */
type Decompress = (input: Uint8Array, outputLength: number) => Uint8Array;
type Zlib = typeof import('node:zlib') & { zstdDecompressSync?: (b: Uint8Array, o: { chunkSize: number }) => Buffer };
const zlib = lazyBuiltin<Zlib>('node:zlib');
/**
 * The page's declared size as zlib's output chunk: with the default 16 kB chunks a page
 * was inflated into a list of chunks and then copied into one buffer, twice its bytes
 * of garbage outside V8's heap and three times the time for a 1 MB page. A declared
 * size past MAX_CHUNK (a broken header) falls back to chunks of that size.
 */
const MAX_CHUNK = 64 << 20;
const sized = (outputLength: number): { chunkSize: number } => ({ chunkSize: Math.min(Math.max(outputLength, zlib().constants.Z_MIN_CHUNK), MAX_CHUNK) });
let nativeCompressors: Compressors | undefined;
/** Built at the first parquet file, so a run that reads none never loads zlib. */
function nativeCodecs(): Compressors {
  const { zstdDecompressSync: zstd, gunzipSync, brotliDecompressSync } = zlib();
  return (nativeCompressors ??= skippingEmptyPages({
    GZIP: ((input, outputLength) => gunzipSync(input, sized(outputLength))) as Decompress,
    BROTLI: ((input, outputLength) => brotliDecompressSync(input, sized(outputLength))) as Decompress,
    ...(zstd ? { ZSTD: ((input, outputLength) => zstd(input, sized(outputLength))) as Decompress } : {}),
  }));
}

/**
 * Every codec with an empty page body left undecompressed: a v2 data page of
 * nulls only has no value bytes, and some writers (arrow-rs among them) store
 * that body as zero bytes whatever the codec. Zero bytes are no valid snappy
 * (or gzip, brotli…) stream, and the format says such a body is not to be
 * decompressed.
 */
function skippingEmptyPages(codecs: Compressors): Compressors {
  const out: Compressors = {};
  for (const [codec, decompress] of Object.entries(codecs) as [keyof Compressors, Decompress][]) {
    out[codec] = (input: Uint8Array, outputLength: number) => {
      if (input.length > 0) return decompress(input, outputLength);
      if (outputLength === 0) return new Uint8Array(0);
      throw new ParquetFault(`a ${codec} page has an empty body but its header declares ${outputLength} bytes of values`);
    };
  }
  return out;
}

/**
 * The codecs only hyparquet-compressors has. Importing it runs its decoders' set-up (fzstd's
 * tables, hysnappy's WebAssembly; ~11 ms of a cold start), which a zstd or gzip file never needs.
 */
const JS_ONLY = ['SNAPPY', 'LZ4', 'LZ4_RAW'] as const;
let jsOnly: Promise<Compressors> | undefined;
const loadJsOnly = (): Promise<Compressors> =>
  (jsOnly ??= import('hyparquet-compressors').then(({ compressors: js }) => skippingEmptyPages(Object.fromEntries(JS_ONLY.map((codec) => [codec, js[codec]!])))));

/**
 * Bytes of zstd pages (the footers' uncompressed sizes, summed over the files this
 * thread opened) past which zstd goes through zstddec even where zlib has it. zlib
 * builds a stream object, a native context and two output buffers for every page:
 * through a long scan on two threads, glibc's arenas kept that churn, and peak RSS
 * crept up to the end (the 5M-row benchmark file, 285 MB of pages: 198–244 MB,
 * where zstddec, whose WebAssembly memory is reused page after page, levelled off
 * at 183–194 MB and was 3% faster). On a short scan zlib is faster (the 1M-row
 * file, 57 MB of pages: by 3% of the run) and needs no set-up.
 */
const LONG_SCAN_ZSTD_BYTES = 128 << 20;
let zstdBytesOpened = 0;
let zstdWasm: Promise<Decompress> | undefined;

/** The codecs for this file's pages: the pure-JS decoders when it has snappy or lz4 pages, zstddec for zstd pages where zlib has no zstd or past LONG_SCAN_ZSTD_BYTES. */
async function compressorsFor(metadata: FileMetaData): Promise<Compressors> {
  const used = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)));
  const codecs = { ...nativeCodecs() };
  if (JS_ONLY.some((codec) => used.has(codec))) Object.assign(codecs, await loadJsOnly());
  if (used.has('ZSTD')) {
    for (const g of metadata.row_groups) for (const c of g.columns) if (c.meta_data?.codec === 'ZSTD') zstdBytesOpened += Number(c.meta_data.total_uncompressed_size);
    if (!zlib().zstdDecompressSync || zstdBytesOpened > LONG_SCAN_ZSTD_BYTES) Object.assign(codecs, skippingEmptyPages({ ZSTD: await (zstdWasm ??= loadZstdWasm()) }));
  }
  return codecs;
}

async function loadZstdWasm(): Promise<Decompress> {
  const { ZSTDDecoder } = await import('zstddec');
  const decoder = new ZSTDDecoder();
  // zstddec fetches its module from a data: URL wherever fetch exists, and Node's
  // first fetch loads undici: 50-75 ms and 10-20 MB a thread, against 2-4 ms from
  // the same bytes without it. Hidden for the one call that reads it.
  const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (fetchProperty) delete (globalThis as { fetch?: unknown }).fetch;
  let ready: Promise<void>;
  try {
    ready = decoder.init();
  } finally {
    if (fetchProperty) Object.defineProperty(globalThis, 'fetch', fetchProperty);
  }
  await ready;
  // zstddec does not throw on a corrupt frame; hyparquet then rejects the page
  // because it did not inflate to its declared size (parquet.test.ts).
  return (input, outputLength) => decoder.decode(input, outputLength);
}

/** Temporal values as epoch milliseconds, the unit every reader produces; one no date can hold is refused. */
const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v) => timestampInRange(Number(v)),
  timestampFromMicroseconds: (v) => timestampInRange(Number(v) / 1e3),
  timestampFromNanoseconds: timestampMillisFromNanos,
  dateFromDays: (d) => d * 86_400_000,
  jsonFromBytes: (b) => b && new TextDecoder().decode(b),
};
/** The footer's statistics are decoded with the same units but never read, so a far-off min or max refuses nothing there. */
const FOOTER_PARSERS: Partial<ParquetParsers> = {
  ...PARSERS,
  timestampFromMilliseconds: (v) => Number(v),
  timestampFromMicroseconds: (v) => Number(v) / 1e3,
  timestampFromNanoseconds: (v) => Number(v) / 1e6,
};

function fieldOf(el: SchemaElement, isGroup: boolean): Field {
  const lt = el.logical_type;
  const ct = el.converted_type;
  const sourceType = [el.type ?? 'GROUP', lt ? lt.type + ('unit' in lt ? `(${lt.unit})` : '') : ct].filter(Boolean).join(' ');
  const kind = ((): ColumnKind => {
    if (isGroup || el.repetition_type === 'REPEATED' || lt?.type === 'LIST' || lt?.type === 'MAP' || lt?.type === 'VARIANT') return 'nested';
    if (lt?.type === 'DECIMAL' || ct === 'DECIMAL') return 'decimal';
    if (lt?.type === 'TIMESTAMP' || ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || el.type === 'INT96') return 'timestamp';
    if (lt?.type === 'DATE' || ct === 'DATE') return 'date';
    if (lt?.type === 'STRING' || lt?.type === 'ENUM' || lt?.type === 'JSON' || lt?.type === 'UUID' || ct === 'UTF8' || ct === 'ENUM' || ct === 'JSON') return 'string';
    if (lt?.type === 'GEOMETRY' || lt?.type === 'GEOGRAPHY') return 'nested';
    if (lt?.type === 'FLOAT16') return 'float';
    switch (el.type) {
      case 'BOOLEAN':
        return 'bool';
      case 'INT32':
      case 'INT64':
        return 'int';
      case 'FLOAT':
      case 'DOUBLE':
        return 'float';
      default:
        return 'binary';
    }
  })();
  return { name: el.name, kind, sourceType };
}

/** hyparquet's decoded arrays (typed arrays, bigint, Uint8Array, objects, undefined for null) → Cells. */
function normalize(values: ArrayLike<unknown>, kind: ColumnKind, el: SchemaElement, n: number, fix?: ValueFix): ArrayLike<Cell> {
  const out = newColumn(kind, n);
  const missing = missingFor(kind);
  const convert = converter(kind, el);
  for (let i = 0; i < n; i++) {
    const v = fix ? fix(values[i]) : values[i];
    out[i] = (v === null || v === undefined ? missing : convert(v)) as never;
  }
  return out;
}

/** One decoded, non-null parquet value → the Cell of a column of this kind. */
export function converter(kind: ColumnKind, el: SchemaElement): (v: unknown) => Cell {
  if (kind === 'decimal') {
    const toNumber = decimalValue(el);
    return (v) => (typeof v === 'bigint' || typeof v === 'number' ? toNumber(v) : v instanceof Uint8Array ? hex(v) : (v as Cell));
  }
  if (kind === 'string') return (v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : typeof v === 'string' ? v : String(v));
  if (kind === 'binary') return (v) => (v instanceof Uint8Array ? hex(v) : String(v));
  if (kind === 'nested') return (v) => JSON.stringify(v, jsonSafe);
  return (v) => (typeof v === 'bigint' ? Number(v) : (v as Cell));
}

/**
 * A decimal as the double nearest its exact value, as DuckDB's and pyarrow's casts
 * give. hyparquet scales one with the DECIMAL converted type by multiplying with
 * 10^-scale, one ulp off for many values (0.35 became 0.35000000000000003, failing
 * a `max <= 0.35` check), so the unscaled integer is recovered and divided instead.
 * One annotated only with the logical type arrives unscaled.
 */
function decimalValue(el: SchemaElement): (v: number | bigint) => number {
  const unit = 10 ** (el.scale ?? (el.logical_type as { scale?: number })?.scale ?? 0);
  if (el.converted_type !== 'DECIMAL') return (v) => Number(v) / unit;
  return (v) => {
    const unscaled = Number(v) * unit;
    // Below 2^50 the product is within far less than 0.5 of the integer it came from.
    return Math.abs(unscaled) < 2 ** 50 ? Math.round(unscaled) / unit : Number(v);
  };
}

const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

function jsonSafe(_key: string, v: unknown): unknown {
  // hyparquet leaves a null list/struct field inside a struct as undefined, which
  // JSON.stringify would drop; keep the key as null, as DuckDB's to_json and pyarrow do.
  if (v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (v instanceof Uint8Array) return hex(v);
  return v;
}
