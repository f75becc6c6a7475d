import { UserError } from '@mlship/core';
import type { Cell, DataFile, Field } from '../table';
import { CsvSyntaxError } from './csv-tokenizer';
import { describeBytes, LineTooLongError, lineTooLongHint } from './line-cap';
import { describeStreamError, INFER_ROWS, missingFor } from './source';
import { isNaToken, TEXT_PARSERS } from './text-values';

/** How a CSV record becomes one row of the wanted columns: the file's fields, and which of them are wanted. */
export interface RecordLayout {
  fields: Field[];
  /** Schema indices of the wanted columns, in the order the batch holds them. */
  index: number[];
}

/**
 * Writes records' values into columns, one row at a time: the field count
 * checked, NA tokens as the column's missing value, the rest parsed by the
 * column's kind. The same code in the reading thread and in a parsing worker,
 * so both refuse the same row with the same line.
 */
export function recordWriter(layout: RecordLayout): (record: string[], line: number, cols: (Cell[] | Float64Array)[], row: number) => void {
  const { fields, index } = layout;
  const parsers = index.map((i) => TEXT_PARSERS[fields[i]!.kind as keyof typeof TEXT_PARSERS]);
  const missing = index.map((i) => missingFor(fields[i]!.kind));
  const width = fields.length;
  return (record, line, cols, row) => {
    if (record.length !== width) throw raggedRow(line, record.length, width);
    for (let j = 0; j < index.length; j++) {
      const text = record[index[j]!]!;
      let v: Cell | undefined;
      if (isNaToken(text)) v = missing[j]!;
      else if ((v = parsers[j]!(text)) === undefined) throw badValue(line, fields[index[j]!]!, text);
      cols[j]![row] = v as never;
    }
  };
}

const fixRow = 'Fix that row (quote fields that contain the delimiter) or set read.csv.delimiter.';

/**
 * A record the file cannot be read past, by its line. Kept apart from the
 * UserError it becomes because a parsing worker counts lines from its chunk's
 * start: the reading thread shifts `line` before the message is made.
 */
export class RowError extends Error {
  constructor(
    readonly line: number,
    /** The message after `line N`. */
    readonly rest: string,
    readonly hint: string,
  ) {
    super(`line ${line}${rest}`);
  }
}

export function raggedRow(line: number, got: number, expected: number): RowError {
  return new RowError(line, ` has ${got} field${got === 1 ? '' : 's'}, the first row has ${expected}.`, fixRow);
}

function badValue(line: number, field: Field, text: string): RowError {
  const origin = field.sourceType === 'inferred' ? `inferred from the first ${INFER_ROWS.toLocaleString('en-US')} rows` : 'declared in read.csv.types';
  return new RowError(line, `, column "${field.name}": ${JSON.stringify(text.slice(0, 40))} is not ${article(field.kind)} ${field.kind} (${origin}).`, `Declare the column's type under read.csv.types, e.g. { "${field.name}": "string" }.`);
}

/** The tokenizer's and the line cap's errors as RowErrors; undefined for anything else. */
export function asRowError(e: unknown): RowError | undefined {
  if (e instanceof RowError) return e;
  if (e instanceof LineTooLongError) return new RowError(e.line, ` is longer than ${describeBytes(e.maxBytes)}.`, lineTooLongHint(e.maxBytes));
  if (e instanceof CsvSyntaxError) return new RowError(e.line, `: ${e.message}.`, fixRow);
  return undefined;
}

/** Any failure while reading `file` as the one line a user sees (a row's error at `lineOffset` more lines). */
export function csvError(e: unknown, file: DataFile, lineOffset = 0): unknown {
  if (e instanceof UserError) return e;
  const row = asRowError(e);
  if (row) return new UserError(`line ${row.line + lineOffset}${row.rest}`, { where: file.path, hint: row.hint });
  const why = describeStreamError(e as NodeJS.ErrnoException);
  return why ? new UserError(why, { where: file.path }) : e;
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? 'an' : 'a');
