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


export function raggedRow(line: number, got: number, expected: number): RowError {
  return new RowError(line, ` has ${got} field${got === 1 ? '' : 's'}, the first row has ${expected}.`, fixRow);
}

function badValue(line: number, field: Field, text: string): RowError {
  const origin = field.sourceType === 'inferred' ? `inferred from the first ${INFER_ROWS.toLocaleString('en-US')} rows` : 'declared in read.csv.types';
  return new RowError(line, `, column "${field.name}": ${JSON.stringify(text.slice(0, 40))} is not ${article(field.kind)} ${field.kind} (${origin}).`, `Declare the column's type under read.csv.types, e.g. { "${field.name}": "string" }.`);
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? 'an' : 'a');
