import path from 'node:path';
import { UserError } from '@mlship/core/errors';
import { isNumericKind, isTemporalKind, type Batch, type Cell, type ColumnKind, type DataFile, type Dataset, type Field } from '../table';
import { openCsv, type CsvOptions } from './csv';
import type { ChunkParsers } from './chunked';
import { openJsonl } from './jsonl';
import { missingFor, type FileSource } from './source';

// A module of its own, apart from resolving a spec (read/index.ts): a profiling worker thread
// opens the files its main thread resolved, so it loads neither the glob matcher nor
// @mlship/core's barrel (zod, yaml), ~1 MB of code before its first row (threads/worker-imports.test.ts).

export interface OpenFilesOptions {
  cwd: string;
  /** How the dataset is named in messages: `data`, `reference`, `test-data`. */
  role: string;
  csv?: CsvOptions;
  /** The longest CSV record or JSONL line (read.max_line_bytes); 64 MiB by default. */
  maxLineBytes?: number;
  /** Threads that parse CSV and JSONL records (threads/chunk-pool.ts); the reading thread parses alone when absent. */
  chunkParsers?: ChunkParsers;
}

/**
 * Opens resolved files as one dataset. Every file's schema is read up front
 * (parquet footers, the first CSV rows) so a mismatch fails before any long
 * read; columns are the union over the files, in first-seen order, with hive
 * partition keys last, as pyarrow.dataset orders them. `spec` names the
 * dataset in messages.
 */
export async function openFiles(files: DataFile[], spec: string, options: OpenFilesOptions): Promise<Dataset> {
  const sources: FileSource[] = [];
  for (const file of files) {
    const abs = path.resolve(options.cwd, file.path);
    // The parquet decoder and its codecs are a third of the bundle: loaded only when a parquet file is read.
    if (file.format === 'parquet') sources.push(await (await import('./parquet')).openParquet(file, abs));
    else if (file.format === 'csv') sources.push(await openCsv(file, abs, { ...options.csv, maxLineBytes: options.maxLineBytes }, options.chunkParsers));
    else sources.push(await openJsonl(file, abs, options.maxLineBytes, options.chunkParsers));
  }
  const fields = unifyFields(sources, `${options.role} ${spec}`);
  const partitionKeys = Object.keys(files[0]!.partitions);
  for (const key of partitionKeys) {
    if (fields.some((f) => f.name === key)) {
      throw new UserError(`partition key "${key}" is also a column inside the files`, { where: `${options.role} ${spec}`, hint: 'Rename the directory key or the column.' });
    }
    fields.push({ name: key, kind: 'string', sourceType: 'hive partition' });
  }

  return {
    spec,
    files,
    schema: { fields },
    notes: sources.flatMap((s) => s.notes ?? []),
    async *batches(opts) {
      const wanted = opts?.columns ? fields.filter((f) => opts.columns!.includes(f.name)) : fields;
      for (const source of sources) yield* sourceBatches(source, wanted, opts?.rawText === true);
    },
  };
}

/** A file's batches laid out as the dataset's columns: cast where its kind is narrower, nulls where it lacks the column. */
async function* sourceBatches(source: FileSource, wanted: Field[], rawText: boolean): AsyncIterable<Batch> {
  const own = new Map(source.fields.map((f) => [f.name, f]));
  const read = wanted.filter((f) => own.has(f.name)).map((f) => f.name);
  const readIndex = new Map(read.map((name, i) => [name, i]));
  // A column the file does not hold is one value repeated, so the same array serves
  // every batch of its size (as the parquet reader refills its own).
  const constant = new Map<string, Cell[]>();
  const repeated = (name: string, value: Cell, n: number): Cell[] => {
    let column = constant.get(name);
    if (column?.length !== n) constant.set(name, (column = new Array<Cell>(n).fill(value)));
    return column;
  };
  for await (const batch of source.batches(read, { rawText })) {
    const columns = wanted.map((f): ArrayLike<Cell> => {
      const partition = source.file.partitions[f.name];
      if (partition !== undefined && !own.has(f.name)) return repeated(f.name, partition, batch.numRows);
      const i = readIndex.get(f.name);
      if (i === undefined) return repeated(f.name, missingFor(f.kind), batch.numRows);
      const values = batch.columns[i]!;
      const ownKind = own.get(f.name)!.kind;
      return f.kind === 'string' && ownKind !== 'string' ? Array.from(values, (v) => asText(v, ownKind)) : values;
    });
    // A column's codes and bytes hold while it is passed on as read (the file's own column, not cast).
    const asRead = <T>(per: (T | undefined)[] | undefined) => per && wanted.map((f, j) => (columns[j] === batch.columns[readIndex.get(f.name) ?? -1] ? per[readIndex.get(f.name)!] : undefined));
    // (Only text is raw, and text is never cast.)
    yield { numRows: batch.numRows, columns, coded: asRead(batch.coded), raw: asRead(batch.raw) };
  }
}

/** Numbers, dates and flags need no cast when files disagree (they widen as numbers); text does. */
const asText = (v: Cell, from: ColumnKind): Cell => {
  if (v === null || (typeof v === 'number' && Number.isNaN(v))) return null;
  if (isTemporalKind(from)) return new Date(v as number).toISOString().slice(0, from === 'date' ? 10 : undefined);
  return String(v);
};

function unifyFields(sources: FileSource[], where: string): Field[] {
  const out: Field[] = [];
  const byName = new Map<string, { field: Field; from: string }>();
  for (const s of sources) {
    for (const f of s.fields) {
      const seen = byName.get(f.name);
      if (!seen) {
        const copy = { ...f };
        byName.set(f.name, { field: copy, from: s.file.path });
        out.push(copy);
        continue;
      }
      const merged = widen(seen.field.kind, f.kind);
      if (merged === undefined) {
        throw new UserError(`column "${f.name}" is ${f.kind} in ${s.file.path} but ${seen.field.kind} in ${seen.from}`, {
          where,
          hint: 'Every file of a dataset needs compatible column types; rewrite the odd file.',
        });
      }
      if (merged !== seen.field.kind) seen.field.sourceType = `${seen.field.sourceType}, widened to ${merged}`;
      seen.field.kind = merged;
    }
  }
  return out;
}

function widen(a: ColumnKind, b: ColumnKind): ColumnKind | undefined {
  if (a === b) return a;
  if (isNumericKind(a) && isNumericKind(b)) return a === 'int' ? b : b === 'int' ? a : 'float';
  if ((a === 'date' && b === 'timestamp') || (a === 'timestamp' && b === 'date')) return 'timestamp';
  // Text formats infer per file; one file's "1, 2" next to another's "a, b" is a text column.
  if (a === 'string' || b === 'string') return 'string';
  return undefined;
}
