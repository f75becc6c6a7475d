import type { DataFile } from '../table';

type Format = DataFile['format'];

/** `.csv.gz` and `.jsonl.gz` are read through gunzip; parquet compresses inside the file. */
const EXTENSIONS: [suffix: string, format: Format][] = [
  ['.parquet', 'parquet'],
  ['.parq', 'parquet'],
  ['.pq', 'parquet'],
  ['.csv', 'csv'],
  ['.tsv', 'csv'],
  ['.csv.gz', 'csv'],
  ['.tsv.gz', 'csv'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.jsonl.gz', 'jsonl'],
  ['.ndjson.gz', 'jsonl'],
];

export const formatOf = (file: string): Format | undefined => {
  const lower = file.toLowerCase();
  return EXTENSIONS.find(([suffix]) => lower.endsWith(suffix))?.[1];
};

export const isGzipped = (file: string): boolean => file.toLowerCase().endsWith('.gz');
