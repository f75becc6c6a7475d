/**
 * The columnar shape every reader produces and every statistic consumes.
 *
 * Readers normalise their format's types into a small set of kinds so that
 * checks and profiles never care whether a column came from parquet, CSV or
 * JSONL. Values inside a batch column are already normalised:
 *   int, float, decimal  → number (int64 beyond 2^53 loses precision, as in pandas)
 *   bool                 → boolean
 *   string               → string
 *   timestamp, date      → number: milliseconds since the Unix epoch, UTC
 *   binary, nested       → string (hex for binary, JSON for lists/structs/maps)
 *   missing / NaN-less null → null
 * Floating NaN stays NaN and counts as null, as pandas' isnull() does.
 */
export type ColumnKind =
  | 'int'
  | 'float'
  | 'decimal'
  | 'bool'
  | 'string'
  | 'timestamp'
  | 'date'
  | 'binary'
  | 'nested';

export type Cell = number | string | boolean | null;

export interface Field {
  name: string;
  kind: ColumnKind;
  /** The format's own type name, for messages: `INT64`, `TIMESTAMP(MICROS)`, `inferred`. */
  sourceType: string;
}

export interface Schema {
  fields: Field[];
}

/**
 * A slice of rows, column-major: `columns[i]` holds field `i`, each of length `numRows`.
 * A batch is read-only and valid until the next one is requested: a reader may
 * refill the same column arrays for the next batch (the parquet reader does, to
 * keep memory flat), so a consumer that keeps values past its loop body copies them.
 */
export interface Batch {
  numRows: number;
  columns: ArrayLike<Cell>[];
  /** Per column, its dictionary codes where the reader has them for the whole batch (parquet text); valid as long as the columns. */
  coded?: (DictionaryCodes | undefined)[];
  /**
   * Per column, its text as the file's UTF-8 bytes, where it was asked for
   * (`rawText`) and the reader has it: that column's `columns` entry then holds
   * nothing, and its rows are read from here. Valid as long as the columns.
   */
  raw?: (RawText | undefined)[];
}

/**
 * A text column's rows as UTF-8: row i is `bytes[starts[i]…ends[i])`, or null
 * where `starts[i]` is negative. Decoded, a row is the string the reader would
 * have given (a leading byte order mark is already left out).
 */
export interface RawText {
  bytes: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
}

export interface BatchOptions {
  /** Only these columns (in the dataset's order). */
  columns?: string[];
  /**
   * Text left as bytes where the reader can (parquet's written-out text; see
   * Batch.raw): for a consumer that decodes only the values it keeps.
   */
  rawText?: boolean;
}

/**
 * A text column whose every row in the batch was read from its dictionary:
 * row i holds `cells[codes[i]]` (the same value, not an equal one), or is null
 * where `codes[i]` is negative. What a profile works out per distinct value
 * (hash, count, extremes) can then be worked out once per entry.
 */
export interface DictionaryCodes {
  codes: Int32Array;
  cells: readonly Cell[];
}

export interface DataFile {
  /** Path as the user would recognise it (relative to the cwd when possible). */
  path: string;
  format: 'parquet' | 'csv' | 'jsonl';
  sizeBytes: number;
  mtimeMs: number;
  /** Hive-style partition values taken from the path (`year=2024/…`), added as string columns. */
  partitions: Record<string, string>;
}

export interface Dataset {
  /** What the user passed (`data/train/*.parquet`), for messages. */
  spec: string;
  files: DataFile[];
  schema: Schema;
  /** Streams every file in order, one row group / chunk at a time. */
  batches(options?: BatchOptions): AsyncIterable<Batch>;
  /** What the readers noticed that may mean a file was misread; each becomes a warning check. */
  notes?: ReadNote[];
}

/** A reader's warning: not an error, but the report must not pass it silently. */
export interface ReadNote {
  /** Stable, for the check id (`read_<id>`). */
  id: string;
  title: string;
  file: string;
  line?: number;
  /** What was seen and the option that fixes it. */
  detail: string;
}

export const isNumericKind = (kind: ColumnKind): boolean =>
  kind === 'int' || kind === 'float' || kind === 'decimal';

export const isTemporalKind = (kind: ColumnKind): boolean => kind === 'timestamp' || kind === 'date';

/** null, undefined and NaN are "missing", matching pandas.isnull. */
export const isMissing = (v: Cell | undefined): v is null =>
  v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
