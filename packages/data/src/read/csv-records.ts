import { groupDigits } from '@mlship/core/digits';
import type { Cell, Field } from '../table';
import { fixRow, RowError } from './row-errors';
import { INFER_ROWS, missingFor } from './source';
import { isNaToken, TEXT_PARSERS } from './text-values';

/** How a CSV record becomes one row of the wanted columns: the file's fields, and which of them are wanted. */
export interface RecordLayout {
  fields: Field[];
  /** Schema indices of the wanted columns, in the order the batch holds them. */
  index: number[];
}

type Columns = (Cell[] | Float64Array)[];
/** Writes a record given as its fields into row `row` of `cols`. */
export type RecordWrite = (record: string[], line: number, cols: Columns, row: number) => void;
/** Writes a record without quotes given as `text[start, end)` into row `row` of `cols`. */
export type LineWrite = (text: string, start: number, end: number, line: number, cols: Columns, row: number) => void;

/**
 * Writes records' values into columns, one row at a time: the field count
 * checked, NA tokens as the column's missing value, the rest parsed by the
 * column's kind. The same code in the reading thread and in a parsing worker,
 * so both refuse the same row with the same line. `record` takes a record
 * split into fields; `line` one without quotes where it lies in the text.
 */
export function recordWriters(layout: RecordLayout, delimiter: string): { record: RecordWrite; line: LineWrite } {
  const { fields, index } = layout;
  const parsers = index.map((i) => TEXT_PARSERS[fields[i]!.kind as keyof typeof TEXT_PARSERS]);
  const missing = index.map((i) => missingFor(fields[i]!.kind));
  const width = fields.length;
  const record: RecordWrite = (record, line, cols, row) => {
    if (record.length !== width) throw raggedRow(line, record.length, width);
    for (let j = 0; j < index.length; j++) {
      const text = record[index[j]!]!;
      let v: Cell | undefined;
      if (isNaToken(text)) v = missing[j]!;
      else if ((v = parsers[j]!(text)) === undefined) throw badValue(line, fields[index[j]!]!, text);
      cols[j]![row] = v as never;
    }
  };
  return { record, line: lineWriter(layout, delimiter, parsers, missing, record) };
}

const TEXT = 0;
const INT = 1;
const DECIMAL = 2;
/** Exact powers of ten: 10^k for k ≤ 22 is a double without rounding. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * The record writer for a record without quotes given as `text[start, end)`:
 * the fields are read where they are, so a number needs no string of its own
 * (a string a field, and the array of them, were most of what parsing a
 * numeric CSV allocated). Every value equals the split record's; anything but
 * the plain forms below (and every failure) goes through `write` itself, so a
 * refused row reads the same.
 */
function lineWriter(layout: RecordLayout, delimiter: string, parsers: ((s: string) => Cell | undefined)[], missing: Cell[], write: RecordWrite): LineWrite {
  const { fields, index } = layout;
  const width = fields.length;
  const target = new Int32Array(width).fill(-1);
  index.forEach((f, j) => (target[f] = j));
  const modes = index.map((i) => {
    const kind = fields[i]!.kind;
    return kind === 'int' ? INT : kind === 'float' || kind === 'decimal' ? DECIMAL : TEXT;
  });
  const slow: LineWrite = (text, start, end, line, cols, row) => write(text.slice(start, end).split(delimiter), line, cols, row);
  return (text, start, end, line, cols, row) => {
    let from = start;
    for (let f = 0; ; f++) {
      let to = text.indexOf(delimiter, from);
      if (to < 0 || to > end) to = end;
      if (f >= width) return slow(text, start, end, line, cols, row);
      const j = target[f]!;
      if (j >= 0) {
        const mode = modes[j]!;
        let v: Cell | undefined = mode === TEXT || to === from ? undefined : plainNumber(text, from, to, mode === INT);
        if (v === undefined) {
          const s = text.slice(from, to);
          if (isNaToken(s)) v = missing[j]!;
          else if ((v = parsers[j]!(s)) === undefined) return slow(text, start, end, line, cols, row);
        }
        cols[j]![row] = v as never;
      }
      if (to === end) return f + 1 === width ? undefined : slow(text, start, end, line, cols, row);
      from = to + 1;
    }
  };
}

/**
 * `-?\d+` (int) or `-?\d+(\.\d+)?` (decimal) of at most 15 digits, else
 * undefined. Fifteen digits are an integer below 2^53 and 10^k is exact for
 * k ≤ 22, so the one division rounds once: the double Number() gives.
 */
function plainNumber(s: string, from: number, to: number, integer: boolean): number | undefined {
  let i = from;
  const negative = s.charCodeAt(i) === 45;
  if (negative) i++;
  const first = i;
  let m = 0;
  let point = -1;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) m = m * 10 + (c - 48);
    else if (c === 46 && point < 0 && !integer) point = i;
    else return undefined;
  }
  const digits = to - first - (point < 0 ? 0 : 1);
  if (digits === 0 || digits > 15 || point === first || point === to - 1) return undefined;
  const v = point < 0 ? m : m / POW10[to - 1 - point]!;
  return negative ? -v : v;
}

export function raggedRow(line: number, got: number, expected: number): RowError {
  return new RowError(line, ` has ${got} field${got === 1 ? '' : 's'}, the first row has ${expected}.`, fixRow);
}

function badValue(line: number, field: Field, text: string): RowError {
  const origin = field.sourceType === 'inferred' ? `inferred from the first ${groupDigits(INFER_ROWS)} rows` : 'declared in read.csv.types';
  return new RowError(line, `, column "${field.name}": ${JSON.stringify(text.slice(0, 40))} is not ${article(field.kind)} ${field.kind} (${origin}).`, `Declare the column's type under read.csv.types, e.g. { "${field.name}": "string" }.`);
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? 'an' : 'a');
