import { createReadStream } from 'node:fs';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { lazyBuiltin } from '@mlship/core/builtin';
import type { Batch, BatchOptions, Cell, ColumnKind, DataFile, Field, ReadNote } from '../table';
import { countBytes } from './meter';
import { isGzipped } from './file-formats';

const zlib = lazyBuiltin<typeof import('node:zlib')>('node:zlib');

/** One opened data file: its own schema, and batches of the columns asked for, in that order. */
export interface FileSource {
  file: DataFile;
  fields: Field[];
  /** What the reader noticed that may mean the file was misread (warnings in the report). */
  notes?: ReadNote[];
  /** `rawText` is a wish: a reader without raw text gives strings. */
  batches(columns: string[], options?: Pick<BatchOptions, 'rawText'>): AsyncIterable<Batch>;
}

/** Rows per batch for the text formats; parquet batches are its row groups. */
export const BATCH_ROWS = 16_384;

/** Rows the text readers look at to infer column kinds. */
export const INFER_ROWS = 10_000;

/** Kinds whose batch columns are Float64Array, missing values as NaN (pandas' float64 with NaN). */
const FLOAT_BACKED = new Set<ColumnKind>(['int', 'float', 'decimal', 'date', 'timestamp']);

export const newColumn = (kind: ColumnKind, n: number): Cell[] | Float64Array =>
  FLOAT_BACKED.has(kind) ? new Float64Array(n) : new Array<Cell>(n);

/** Missing for a column of this kind: NaN in a float-backed column, null otherwise. */
export const missingFor = (kind: ColumnKind): Cell => (FLOAT_BACKED.has(kind) ? NaN : null);

/**
 * The file's bytes, gunzipped when the name ends in .gz, piped into `into`.
 * `pipeline` forwards a read or gunzip error to `into`, so the consumer's
 * iteration rejects instead of hanging.
 */
export function openText<T extends Transform>(abs: string, into: T, range?: { end: number }): T {
  const source: Readable = createReadStream(abs, { end: range?.end, highWaterMark: 1 << 20 });
  // Per 1 MiB chunk, not per row: progress moves during one long line too.
  source.on('data', (chunk: Buffer) => countBytes(chunk.length));
  const noop = () => {};
  if (isGzipped(abs)) pipeline(source, zlib().createGunzip(), into, noop);
  else pipeline(source, into, noop);
  return into;
}

/** Makes `gunzip`'s "incorrect header check" say what it means. */
export const describeStreamError = (e: NodeJS.ErrnoException): string | undefined =>
  e.code?.startsWith('Z_') ? `not valid gzip data (${e.message})` : e.code ? `cannot read the file (${e.code})` : undefined;
