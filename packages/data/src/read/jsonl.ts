import { PassThrough } from 'node:stream';
import { UserError } from '@mlship/core';
import type { Batch, Cell, ColumnKind, DataFile, Field } from '../table';
import { BATCH_ROWS, describeStreamError, missingFor, newColumn, openText, type FileSource } from './source';
import { KindInference, TEXT_PARSERS } from './text-values';

type Row = Record<string, unknown>;

/**
 * JSON Lines, one object per line. Keys may appear late or be missing in some
 * rows (as `pandas.read_json(lines=True)` allows), so the schema comes from a
 * first pass over every line; the second pass then cannot meet a surprise.
 */
export async function openJsonl(file: DataFile, abs: string): Promise<FileSource> {
  const columns = new Map<string, ValueInference>();
  let rows = 0;
  for await (const row of readRows(file, abs)) {
    rows++;
    for (const key in row) {
      let inf = columns.get(key);
      if (!inf) columns.set(key, (inf = new ValueInference()));
      inf.add(row[key]);
    }
  }
  if (rows === 0) throw new UserError('no rows (only blank lines)', { where: file.path, hint: 'Regenerate the file.' });
  const fields: Field[] = [...columns].map(([name, inf]) => ({ name, kind: inf.kind, sourceType: `inferred from JSON ${inf.describe()}` }));
  return { file, fields, batches: (wanted) => readBatches(file, abs, fields, wanted) };
}

async function* readBatches(file: DataFile, abs: string, fields: Field[], wanted: string[]): AsyncIterable<Batch> {
  const kinds = wanted.map((c) => fields.find((f) => f.name === c)!.kind);
  const convert = kinds.map(converter);
  let cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
  let n = 0;
  for await (const row of readRows(file, abs)) {
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

/** What JSON types a key held; strings are further tried as dates and timestamps. */
class ValueInference {
  private types = new Set<'number' | 'bool' | 'string' | 'nested'>();
  private allIntegers = true;
  private strings = new KindInference();

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

/** Every non-blank line parsed as an object; the error names the line. */
async function* readRows(file: DataFile, abs: string): AsyncIterable<Row> {
  const stream = openText(abs, new PassThrough());
  let rest = '';
  let line = 0;
  const parseLine = (text: string): Row | undefined => {
    if (line++ === 0) text = text.replace(/^\ufeff/, '');
    if (text.trim() === '') return undefined;
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (e) {
      throw new UserError(`line ${line} is not valid JSON (${(e as Error).message}).`, { where: file.path, hint: 'Each line must be one JSON object.' });
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      throw new UserError(`line ${line} is ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 20)}, not a JSON object.`, { where: file.path, hint: 'Each line must be one JSON object.' });
    }
    return v as Row;
  };
  try {
    const decoder = new TextDecoder();
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const text = rest + decoder.decode(chunk, { stream: true });
      const lines = text.split('\n');
      rest = lines.pop()!;
      for (const l of lines) {
        const row = parseLine(l.endsWith('\r') ? l.slice(0, -1) : l);
        if (row) yield row;
      }
    }
    const last = parseLine(rest);
    if (last) yield last;
  } catch (e) {
    const why = e instanceof UserError ? undefined : describeStreamError(e as NodeJS.ErrnoException);
    throw why ? new UserError(why, { where: file.path }) : e;
  } finally {
    stream.destroy();
  }
}
