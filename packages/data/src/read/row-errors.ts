import { UserError } from '@mlship/core/errors';
import type { DataFile } from '../table';
import { CsvSyntaxError } from './csv-tokenizer';
import { describeBytes, LineTooLongError, lineTooLongHint } from './line-cap';
import { describeStreamError } from './source';

export const fixRow = 'Fix that row (quote fields that contain the delimiter) or set read.csv.delimiter.';

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

/** The tokenizer's and the line cap's errors as RowErrors; undefined for anything else. */
export function asRowError(e: unknown): RowError | undefined {
  if (e instanceof RowError) return e;
  if (e instanceof LineTooLongError) return new RowError(e.line, ` is longer than ${describeBytes(e.maxBytes)}.`, lineTooLongHint(e.maxBytes));
  if (e instanceof CsvSyntaxError) return new RowError(e.line, `: ${e.message}.`, fixRow);
  return undefined;
}

/** Any failure while reading a text file as the one line a user sees (a row's error at `lineOffset` more lines). */
export function textError(e: unknown, file: DataFile, lineOffset = 0): unknown {
  if (e instanceof UserError) return e;
  const row = asRowError(e);
  if (row) return new UserError(`line ${row.line + lineOffset}${row.rest}`, { where: file.path, hint: row.hint });
  const why = describeStreamError(e as NodeJS.ErrnoException);
  return why ? new UserError(why, { where: file.path }) : e;
}
