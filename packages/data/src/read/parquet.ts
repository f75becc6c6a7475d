import { UserError } from '@mlship/core';
import { asyncBufferFromFile, parquetMetadataAsync, parquetScan, parquetSchema, type FileMetaData, type ParquetParsers, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { Batch, Cell, ColumnKind, DataFile, Field } from '../table';
import { missingFor, newColumn, type FileSource } from './source';

/**
 * Parquet through hyparquet (pure JS; bench/parquet-readers.md has the
 * measurements behind the choice) with hyparquet-compressors for every codec
 * pyarrow, polars and Spark write: snappy, gzip, zstd, brotli, lz4, lz4_raw.
 * Batches are row groups, so memory is bounded by the largest row group.
 */
export async function openParquet(file: DataFile, abs: string): Promise<FileSource> {
  const buffer = await asyncBufferFromFile(abs);
  let metadata: FileMetaData;
  try {
    metadata = await parquetMetadataAsync(buffer, { parsers: PARSERS });
  } catch (e) {
    throw unreadable(file, e);
  }
  const top = parquetSchema(metadata).children;
  const fields = top.map((t) => fieldOf(t.element, t.children.length > 0));
  const elements = new Map(top.map((t) => [t.element.name, t.element]));

  async function* batches(columns: string[]): AsyncIterable<Batch> {
    const kinds = columns.map((c) => fields.find((f) => f.name === c)!.kind);
    const scan = await parquetScan({ file: buffer, metadata, columns, compressors, parsers: PARSERS, utf8: false }).catch((e) => {
      throw unreadable(file, e);
    });
    for (const [group, { rowStart, rowEnd }] of scan.ranges.entries()) {
      let raw: ArrayLike<unknown>[];
      try {
        raw = await Promise.all(columns.map((column) => scan.readColumn({ column, rowStart, rowEnd })));
      } catch (e) {
        throw unreadable(file, e, `row group ${group}`);
      }
      const numRows = rowEnd - rowStart;
      yield { numRows, columns: raw.map((values, j) => normalize(values, kinds[j]!, elements.get(columns[j]!)!, numRows)) };
    }
  }
  return { file, fields, batches };
}

/** Temporal values as epoch milliseconds, the unit every reader produces. */
const PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (v) => Number(v),
  timestampFromMicroseconds: (v) => Number(v) / 1e3,
  timestampFromNanoseconds: (v) => Number(v) / 1e6,
  dateFromDays: (d) => d * 86_400_000,
  jsonFromBytes: (b) => b && new TextDecoder().decode(b),
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
function normalize(values: ArrayLike<unknown>, kind: ColumnKind, el: SchemaElement, n: number): ArrayLike<Cell> {
  if (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array || values instanceof Uint32Array || values instanceof Int16Array || values instanceof Int8Array || values instanceof Uint16Array || values instanceof Uint8Array) {
    // Decimals go through the loop below: one annotated only with the logical type arrives as unscaled integers.
    if (kind !== 'binary' && kind !== 'decimal') return kind === 'float' || kind === 'int' ? (values as ArrayLike<number>) : Float64Array.from(values as ArrayLike<number>);
  }
  const out = newColumn(kind, n);
  const missing = missingFor(kind);
  const toNumber = kind === 'decimal' ? decimalValue(el) : Number;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) out[i] = missing as never;
    else if (typeof v === 'bigint' || typeof v === 'number') out[i] = toNumber(v) as never;
    else if (v instanceof Uint8Array) out[i] = (kind === 'string' ? new TextDecoder().decode(v) : hex(v)) as never;
    else if (typeof v === 'object') out[i] = JSON.stringify(v, jsonSafe) as never;
    else out[i] = v as never;
  }
  return out;
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

function unreadable(file: DataFile, e: unknown, at?: string): UserError {
  const why = (e as Error)?.message ?? String(e);
  return new UserError(`not a readable parquet file${at ? ` (${at})` : ''}: ${why}`, {
    where: file.path,
    hint: 'The file may be truncated or still being written; re-export or re-download it.',
  });
}
