import { PassThrough } from 'node:stream';
import { UserError } from '@mlship/core';
import type { Batch, Cell, ColumnKind, DataFile, Field } from '../table';
import { DEFAULT_MAX_LINE_BYTES, LineTooLongError, lineTooLongHint, PendingLine } from './line-cap';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';
import { BATCH_ROWS, describeStreamError, missingFor, newColumn, openText, type FileSource } from './source';
import { KindInference, TEXT_PARSERS } from './text-values';

type Row = Record<string, unknown>;

/**
 * JSON Lines, one object per line. Keys may appear late or be missing in some
 * rows (as `pandas.read_json(lines=True)` allows), so the schema comes from a
 * first pass over every line; the second pass then cannot meet a surprise.
 */
export async function openJsonl(file: DataFile, abs: string, maxLineBytes = DEFAULT_MAX_LINE_BYTES): Promise<FileSource> {
  const columns = new Map<string, ValueInference>();
  let rows = 0;
  for await (const row of readRows(file, abs, maxLineBytes)) {
    rows++;
    for (const key in row) {
      let inf = columns.get(key);
      if (!inf) columns.set(key, (inf = new ValueInference()));
      inf.add(row[key]);
    }
  }
  if (rows === 0) throw new UserError('no rows (only blank lines)', { where: file.path, hint: 'Regenerate the file.' });
  const fields: Field[] = [...columns].map(([name, inf]) => ({ name, kind: inf.kind, sourceType: `inferred from JSON ${inf.describe()}` }));
  return { file, fields, batches: (wanted) => readBatches(file, abs, fields, wanted, maxLineBytes) };
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
async function* readRows(file: DataFile, abs: string, maxLineBytes: number): AsyncIterable<Row> {
  const stream = openText(abs, new PassThrough());
  const rest = new PendingLine(maxLineBytes);
  let line = 0;
  const parseLine = (text: string): Row | undefined => {
    if (line++ === 0) text = text.replace(/^\ufeff/, '');
    if (text.length > rest.safeUnits) rest.check(text, 0, text.length, line);
    if (text.trim() === '') return undefined;
    if (nestsDeeperThan(text)) {
      throw new UserError(`line ${line} nests deeper than ${MAX_JSON_DEPTH.toLocaleString('en-US')} levels of arrays and objects.`, { where: file.path, hint: 'Flatten that record, or store the deep part as a JSON string.' });
    }
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
      const decoded = decoder.decode(chunk, { stream: true });
      // A chunk without a newline ends no line: held (and measured against the cap), not re-split.
      if (decoded.indexOf('\n') < 0) {
        rest.append(decoded, line + 1);
        continue;
      }
      const lines = rest.take(decoded).split('\n');
      rest.append(lines.pop()!, line + lines.length + 1);
      for (const l of lines) {
        const row = parseLine(l.endsWith('\r') ? l.slice(0, -1) : l);
        if (row) yield row;
      }
    }
    rest.append(decoder.decode(), line + 1);
    const last = parseLine(rest.take());
    if (last) yield last;
  } catch (e) {
    if (e instanceof LineTooLongError) throw new UserError(`${e.message}.`, { where: file.path, hint: lineTooLongHint(e.maxBytes) });
    const why = e instanceof UserError ? undefined : describeStreamError(e as NodeJS.ErrnoException);
    throw why ? new UserError(why, { where: file.path }) : e;
  } finally {
    stream.destroy();
  }
}
