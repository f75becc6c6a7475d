import { UserError } from '@mlship/core/errors';
import type { DataFile } from '../table';

/**
 * What can be wrong with a parquet file, each with the hint that fits it. The
 * "re-download" hint is only right when the bytes are missing (no footer at the
 * end); a file whose footer is intact was damaged or written wrong, and reading
 * it again gives the same bytes.
 */
export const HINTS = {
  truncated: 'The file may be truncated or still being written; re-export or re-download it.',
  damaged: 'The file is damaged or its writer wrote it wrong; re-export it from the source, or check it with the tool that wrote it (e.g. pyarrow.parquet.read_table).',
  encrypted: 'mlship reads unencrypted parquet only; write the file without Parquet Modular Encryption, or decrypt it first (e.g. with pyarrow and the keys).',
  tooLarge: 'Split the value (or keep it outside the table, e.g. as a file path), or drop the column before validating.',
  timestamp: 'Store the value as a date or timestamp within years -271821 to 275760, or as text, or drop the column before validating.',
} as const;

/** A fault found while reading, in the file's own terms (column, row group, page), with its hint. */
export class ParquetFault extends Error {
  constructor(
    message: string,
    readonly hint: string = HINTS.damaged,
    /** The file is sound but holds a value mlship cannot represent: the line names where, not "not a readable parquet file". */
    readonly unrepresentable = false,
  ) {
    super(message);
  }
}

/**
 * Any error from reading `file` as the one line the user sees. A ParquetFault
 * keeps its words; hyparquet's own errors ("parquet …") are quoted as the
 * detail of a page that does not decode; a JavaScript engine error (a
 * TypeError or RangeError from decoding bytes that do not say what their
 * header says) is never shown as such.
 */
export function refusal(file: DataFile, e: unknown, at?: string): UserError {
  const where = at ? ` (${at})` : '';
  if (e instanceof UserError) return e;
  if (e instanceof ParquetFault && e.unrepresentable && at) return new UserError(`${at} ${e.message}`, { where: file.path, hint: e.hint });
  if (e instanceof ParquetFault) return new UserError(`not a readable parquet file${where}: ${e.message}`, { where: file.path, hint: e.hint });
  const message = (e as Error)?.message ?? String(e);
  const why = isEngineError(e)
    ? 'its pages do not hold what their headers declare (levels or values run past the page, or a value is missing where the schema requires one)'
    : `its pages do not decode (${message.replace(/^parquet /, '')})`;
  return new UserError(`not a readable parquet file${where}: ${why}`, { where: file.path, hint: HINTS.damaged });
}

const isEngineError = (e: unknown): boolean => e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;
