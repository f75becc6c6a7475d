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
    if (kind !== 'binary') return kind === 'float' || kind === 'int' ? (values as ArrayLike<number>) : Float64Array.from(values as ArrayLike<number>);
  }
  const out = newColumn(kind, n);
  const missing = missingFor(kind);
  // A DECIMAL annotated only with the logical type arrives unscaled.
  const scale = kind === 'decimal' && el.converted_type !== 'DECIMAL' ? 10 ** -(el.scale ?? (el.logical_type as { scale?: number })?.scale ?? 0) : 1;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null || v === undefined) out[i] = missing as never;
    else if (typeof v === 'bigint') out[i] = (Number(v) * scale) as never;
    else if (typeof v === 'number') out[i] = (v * scale) as never;
    else if (v instanceof Uint8Array) out[i] = (kind === 'string' ? new TextDecoder().decode(v) : hex(v)) as never;
    else if (typeof v === 'object') out[i] = JSON.stringify(v, jsonSafe) as never;
    else out[i] = v as never;
  }
  return out;
}

const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

function jsonSafe(_key: string, v: unknown): unknown {
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
