import { describeError } from '@mlship/core';
import { isMissing, openDataset, type ColumnKind, type Dataset, type Field } from '@mlship/data';

/** Seed 000's `data_stats`: what pandas' `len(df)`, `df.columns`, `df.isnull().sum()` and `df.dtypes` say. */
export interface DataStats {
  rows: number;
  columns: string[];
  null_counts: Record<string, number>;
  /** The dtype pandas gives the column when it reads the file with default options. */
  dtypes: Record<string, string>;
  files: number;
  /** The time budget ran out: rows and null_counts cover the first part of the data only. */
  partial?: boolean;
}

export type DataStatsResult = { ok: true; stats: DataStats } | { ok: false; error: string };

const JSON_DATE_NAME = /(?:_at|_time)$|^timestamp|^(?:modified|date|datetime)$/i;

/**
 * pandas' default dtype for a column of this kind, as read_csv, read_json(lines=True)
 * and read_parquet give it. pandas has no nullable defaults: an int column with a
 * missing value becomes float64, a bool one object (float64 from JSON), read_csv
 * parses no dates, and an all-empty text column is float64. The CSV and JSONL
 * mappings are checked against pandas (src/__golden__); parquet follows pyarrow's
 * to_pandas defaults, not checked here (no pyarrow on the test machine).
 */
export function pandasDtype(field: Field, nulls: number, rows: number, format: 'csv' | 'jsonl' | 'parquet'): string {
  const kind: ColumnKind = field.kind;
  const text = format !== 'parquet';
  if (text && rows > 0 && nulls === rows) return 'float64';
  switch (kind) {
    case 'int': {
      if (nulls > 0) return 'float64';
      // Parquet names its physical type first: `INT32`, `INT32 INTEGER`, `INT64`.
      const bits = format === 'parquet' ? /^INT(8|16|32)\b/.exec(field.sourceType)?.[1] : undefined;
      return bits ? `int${bits}` : 'int64';
    }
    case 'float':
      return format === 'parquet' && field.sourceType.startsWith('FLOAT') ? 'float32' : 'float64';
    case 'decimal':
      return text ? 'float64' : 'object';
    case 'bool':
      // read_json turns true/false/null into 1.0/0.0/NaN; read_csv and parquet keep Python objects.
      return nulls === 0 ? 'bool' : format === 'jsonl' ? 'float64' : 'object';
    case 'timestamp':
    case 'date':
      if (format === 'parquet') return kind === 'timestamp' ? 'datetime64[ns]' : 'object';
      // read_json parses dates only in columns named like dates (its keep_default_dates rule); read_csv never.
      return format === 'jsonl' && JSON_DATE_NAME.test(field.name) ? 'datetime64[ns]' : 'object';
    default:
      return 'object';
  }
}

/** Streams the dataset once with @mlship/data's readers, counting rows and missing cells, within `budgetMs`. */
export async function computeDataStats(spec: string, cwd: string, budgetMs: number): Promise<DataStatsResult> {
  let dataset: Dataset;
  try {
    dataset = await openDataset(spec, { cwd, role: 'data-path' });
  } catch (e) {
    return { ok: false, error: describeError(e) };
  }
  const fields = dataset.schema.fields;
  const nulls = new Array<number>(fields.length).fill(0);
  let rows = 0;
  let partial = false;
  const deadline = Date.now() + budgetMs;
  try {
    for await (const batch of dataset.batches()) {
      for (let c = 0; c < fields.length; c++) {
        const col = batch.columns[c]!;
        let n = 0;
        for (let i = 0; i < batch.numRows; i++) if (isMissing(col[i])) n++;
        nulls[c] += n;
      }
      rows += batch.numRows;
      if (Date.now() > deadline) {
        partial = true;
        break;
      }
    }
  } catch (e) {
    return { ok: false, error: describeError(e) };
  }
  const format = dataset.files[0]!.format;
  return {
    ok: true,
    stats: {
      rows,
      columns: fields.map((f) => f.name),
      null_counts: Object.fromEntries(fields.map((f, i) => [f.name, nulls[i]!])),
      dtypes: Object.fromEntries(fields.map((f, i) => [f.name, pandasDtype(f, nulls[i]!, rows, format)])),
      files: dataset.files.length,
      ...(partial ? { partial: true } : {}),
    },
  };
}
