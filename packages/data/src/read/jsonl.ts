import { PassThrough } from 'node:stream';
import { groupDigits } from '@mlship/core/digits';
import { UserError } from '@mlship/core/errors';
import type { Batch, Cell, ColumnKind, DataFile, Field } from '../table';
import { chunkResults, GrowingColumns, rebatched, type ChunkParsers, type ChunkResult, type ParsedRows, type TextChunk } from './chunked';
import { DEFAULT_MAX_LINE_BYTES, LineTooLongError, PendingLine } from './line-cap';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';
import { LineEnds } from './record-ends';
import { RowError, textError } from './row-errors';
import { BATCH_ROWS, missingFor, newColumn, openText, type FileSource } from './source';
import { KindInference, TEXT_PARSERS, type KindState } from './text-values';

type Row = Record<string, unknown>;

/**
 * JSON Lines, one object per line. Keys may appear late or be missing in some
 * rows (as `pandas.read_json(lines=True)` allows), so the schema comes from a
 * first pass over every line; the second pass then cannot meet a surprise.
 */
export async function openJsonl(file: DataFile, abs: string, maxLineBytes = DEFAULT_MAX_LINE_BYTES, parsers?: ChunkParsers): Promise<FileSource> {
  // Both passes parse every line: on other threads too when the file is worth it.
  const workers = parsers?.workersFor(file.sizeBytes) ?? 0;
  const columns = new Map<string, ValueInference>();
  let rows = 0;
  if (workers > 0) {
    for await (const part of chunkResults<SchemaPart>(jsonlRead(file, abs, { kind: 'jsonl-schema', maxRecordBytes: maxLineBytes }), parsers!, workers)) {
      rows += part.rows;
      // Chunks arrive in file order, so first-seen order is the file's.
      for (const [key, state] of part.columns) {
        const inf = columns.get(key);
        if (inf) inf.merge(ValueInference.fromState(state));
        else columns.set(key, ValueInference.fromState(state));
      }
    }
  } else {
    for await (const row of readRows(file, abs, maxLineBytes)) {
      rows++;
      inferRow(columns, row);
    }
  }
  if (rows === 0) throw new UserError('no rows (only blank lines)', { where: file.path, hint: 'Regenerate the file.' });
  const fields: Field[] = [...columns].map(([name, inf]) => ({ name, kind: inf.kind, sourceType: `inferred from JSON ${inf.describe()}` }));
  return {
    file,
    fields,
    batches: (wanted) => {
      if (workers === 0) return readBatches(file, abs, fields, wanted, maxLineBytes);
      const kinds = wanted.map((c) => fields.find((f) => f.name === c)!.kind);
      const job: JsonlRowsJob = { kind: 'jsonl-rows', wanted, kinds, maxRecordBytes: maxLineBytes };
      return rebatched(kinds, chunkResults<ParsedRows>(jsonlRead(file, abs, job), parsers!, workers));
    },
  };
}

function inferRow(columns: Map<string, ValueInference>, row: Row): void {
  for (const key in row) {
    let inf = columns.get(key);
    if (!inf) columns.set(key, (inf = new ValueInference()));
    inf.add(row[key]);
  }
}

/** The schema pass over one chunk: rows, and each key's inference in first-seen order. */
interface SchemaPart extends ChunkResult {
  rows: number;
  columns: [string, InferenceState][];
}

/** The rows pass: the wanted keys as columns of these kinds. */
export interface JsonlRowsJob {
  kind: 'jsonl-rows';
  wanted: string[];
  kinds: ColumnKind[];
  maxRecordBytes?: number;
}

export interface JsonlSchemaJob {
  kind: 'jsonl-schema';
  maxRecordBytes?: number;
}

function jsonlRead<R extends ChunkResult>(file: DataFile, abs: string, job: JsonlRowsJob | JsonlSchemaJob) {
  return {
    file,
    abs,
    ends: new LineEnds(),
    job,
    here: (chunk: TextChunk) => parseJsonlChunk(job, chunk) as unknown as R,
    refusal: (e: unknown, lineOffset: number) => textError(e, file, lineOffset),
    maxRecordBytes: job.maxRecordBytes,
  };
}

/**
 * One chunk of whole lines, for either pass, with line numbers counted from
 * the chunk's start (the reading thread shifts them).
 */
export function parseJsonlChunk(job: JsonlRowsJob | JsonlSchemaJob, chunk: TextChunk): SchemaPart | ParsedRows {
  const maxBytes = job.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES;
  const cap = new PendingLine(maxBytes);
  const text = new TextDecoder().decode(chunk.bytes);
  const lines = text.split('\n');
  // A chunk ends with its last line's newline, but perhaps the file's last; a cut chunk ends in
  // the line past the cap, which the lines before it are read before.
  if (chunk.cut || !chunk.final || lines[lines.length - 1] === '') lines.pop();
  const each = (onRow: (row: Row) => void) => {
    lines.forEach((raw, i) => {
      const row = parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, i + 1, chunk.first && i === 0, cap);
      if (row) onRow(row);
    });
    if (chunk.cut) throw new LineTooLongError(lines.length + 1, maxBytes);
  };
  if (job.kind === 'jsonl-schema') {
    const columns = new Map<string, ValueInference>();
    let rows = 0;
    each((row) => {
      rows++;
      inferRow(columns, row);
    });
    return { lines: lines.length, rows, columns: [...columns].map(([k, inf]): [string, InferenceState] => [k, inf.toState()]) };
  }
  const convert = job.kinds.map(converter);
  const out = new GrowingColumns(job.kinds);
  each((row) => {
    const r = out.next();
    for (let j = 0; j < job.wanted.length; j++) out.columns[j]![r] = convert[j]!(row[job.wanted[j]!]) as never;
  });
  return out.rows(lines.length);
}

async function* readBatches(file: DataFile, abs: string, fields: Field[], wanted: string[], maxLineBytes: number): AsyncIterable<Batch> {
  const kinds = wanted.map((c) => fields.find((f) => f.name === c)!.kind);
  const convert = kinds.map(converter);
  let cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
  let n = 0;
  for await (const row of readRows(file, abs, maxLineBytes)) {
    for (let j = 0; j < wanted.length; j++) cols[j]![n] = convert[j]!(row[wanted[j]!]) as never;
    if (++n === BATCH_ROWS) {
      yield { numRows: n, columns: cols };
      cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
      n = 0;
    }
  }
  if (n > 0) yield { numRows: n, columns: cols.map((c) => c.slice(0, n)) };
}

function converter(kind: ColumnKind): (v: unknown) => Cell {
  const missing = missingFor(kind);
  switch (kind) {
    case 'int':
    case 'float':
    case 'bool':
      return (v) => (v === null || v === undefined ? missing : (v as Cell));
    case 'date':
    case 'timestamp': {
      const parse = TEXT_PARSERS[kind];
      return (v) => (typeof v === 'string' ? (parse(v) as number) : missing);
    }
    case 'nested':
      return (v) => (v === null || v === undefined ? null : JSON.stringify(v));
    default:
      return (v) => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
}

type JsonType = 'number' | 'bool' | 'string' | 'nested';

/** A ValueInference as data, to cross threads. */
interface InferenceState {
  types: JsonType[];
  allIntegers: boolean;
  strings: KindState;
}

/** What JSON types a key held; strings are further tried as dates and timestamps. Order-free, so chunks' inferences merge. */
class ValueInference {
  private types = new Set<JsonType>();
  private allIntegers = true;
  private strings = new KindInference();

  static fromState(s: InferenceState): ValueInference {
    const v = new ValueInference();
    v.types = new Set(s.types);
    v.allIntegers = s.allIntegers;
    v.strings = KindInference.fromState(s.strings);
    return v;
  }

  toState(): InferenceState {
    return { types: [...this.types], allIntegers: this.allIntegers, strings: this.strings.toState() };
  }

  merge(other: ValueInference): void {
    for (const t of other.types) this.types.add(t);
    this.allIntegers &&= other.allIntegers;
    this.strings.merge(other.strings);
  }

  add(v: unknown): void {
    if (v === null || v === undefined) return;
    if (typeof v === 'number') {
      this.types.add('number');
      if (!Number.isInteger(v)) this.allIntegers = false;
    } else if (typeof v === 'boolean') this.types.add('bool');
    else if (typeof v === 'string') {
      this.types.add('string');
      this.strings.add(v);
    } else this.types.add('nested');
  }

  get kind(): ColumnKind {
    if (this.types.size !== 1) return 'string'; // mixed or always null: text holds any value
    const [only] = this.types;
    if (only === 'number') return this.allIntegers ? 'int' : 'float';
    if (only === 'bool') return 'bool';
    if (only === 'nested') return 'nested';
    const k = this.strings.kind;
    return k === 'date' || k === 'timestamp' ? k : 'string';
  }

  describe(): string {
    return [...this.types].join('/') || 'null';
  }
}

/**
 * One line as an object, or undefined when it is blank; a line that is not a
 * JSON object is a RowError naming it. `fileStart`: the file's first line,
 * where a byte-order mark is dropped.
 */
function parseLine(text: string, line: number, fileStart: boolean, cap: PendingLine): Row | undefined {
  if (fileStart) text = text.replace(/^\ufeff/, '');
  if (text.length > cap.safeUnits) cap.check(text, 0, text.length, line);
  if (text.trim() === '') return undefined;
  if (nestsDeeperThan(text)) {
    throw new RowError(line, ` nests deeper than ${groupDigits(MAX_JSON_DEPTH)} levels of arrays and objects.`, 'Flatten that record, or store the deep part as a JSON string.');
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new RowError(line, ` is not valid JSON (${(e as Error).message}).`, 'Each line must be one JSON object.');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    throw new RowError(line, ` is ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 20)}, not a JSON object.`, 'Each line must be one JSON object.');
  }
  return v as Row;
}

/** Every non-blank line parsed as an object; the error names the line. */
async function* readRows(file: DataFile, abs: string, maxLineBytes: number): AsyncIterable<Row> {
  const stream = openText(abs, new PassThrough());
  const rest = new PendingLine(maxLineBytes);
  let line = 0;
  const next = (text: string) => parseLine(text, ++line, line === 1, rest);
  try {
    const decoder = new TextDecoder();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const decoded = decoder.decode(chunk, { stream: true });
      // A chunk without a newline ends no line: held (and measured against the cap), not re-split.
      if (decoded.indexOf('\n') < 0) {
        rest.append(decoded, line + 1);
        continue;
      }
      const lines = rest.take(decoded).split('\n');
      rest.append(lines.pop()!, line + lines.length + 1);
      for (const l of lines) {
        const row = next(l.endsWith('\r') ? l.slice(0, -1) : l);
        if (row) yield row;
      }
    }
    rest.append(decoder.decode(), line + 1);
    const last = next(rest.take());
    if (last) yield last;
  } catch (e) {
    throw textError(e, file);
  } finally {
    stream.destroy();
  }
}
