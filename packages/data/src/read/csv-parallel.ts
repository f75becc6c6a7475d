import type { Batch, DataFile } from '../table';
import { chunkResults, GrowingColumns, rebatched, type ChunkParsers, type ParsedRows, type TextChunk } from './chunked';
import { recordWriters, type RecordLayout } from './csv-records';
import { textError } from './row-errors';
import { CsvTokenizer } from './csv-tokenizer';
import { DEFAULT_MAX_LINE_BYTES, LineTooLongError } from './line-cap';
import { RecordBoundaries } from './record-ends';

/** What every chunk of one CSV file is parsed with. */
export interface CsvParseJob {
  delimiter: string;
  /** read.csv.skip_rows: lines the first chunk drops. */
  skipLines: number;
  /** Whether the first chunk's first record names the columns. */
  header: boolean;
  layout: RecordLayout;
  maxRecordBytes?: number;
}

/**
 * A chunk's records as columns, with line numbers counted from the chunk's
 * start (the reading thread shifts them). A RowError or the tokenizer's
 * errors are thrown as they are.
 */
export function parseCsvChunk(job: CsvParseJob, chunk: TextChunk): ParsedRows {
  const out = new GrowingColumns(job.layout.index.map((i) => job.layout.fields[i]!.kind));
  const { record: write, line: writeLine } = recordWriters(job.layout, job.delimiter);
  let skipHeader = chunk.first && job.header;
  const tokenizer = new CsvTokenizer(
    job.delimiter,
    (record, line) => {
      if (skipHeader) skipHeader = false;
      else {
        const row = out.next(); // first: it may widen the columns
        write(record, line, out.columns, row);
      }
    },
    {
      skipLines: chunk.first ? job.skipLines : 0,
      maxRecordBytes: job.maxRecordBytes,
      fileStart: chunk.first,
      onLine: (text, start, end, line) => {
        if (skipHeader) skipHeader = false;
        else {
          const row = out.next();
          writeLine(text, start, end, line, out.columns, row);
        }
      },
    },
  );
  tokenizer.push(new TextDecoder().decode(chunk.bytes));
  if (chunk.cut) throw new LineTooLongError(tokenizer.nextLine, job.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES);
  if (chunk.final) tokenizer.end();
  return out.rows(tokenizer.nextLine - 1);
}

/**
 * The CSV file's batches, its records parsed by `workers` threads and this
 * one a chunk at a time, cut where records end (RecordBoundaries): the same
 * batches, values and first error (with its line) as the reading thread
 * gives alone.
 */
export function parallelCsvBatches(file: DataFile, abs: string, job: CsvParseJob, firstLine: number, parsers: ChunkParsers, workers: number): AsyncIterable<Batch> {
  const kinds = job.layout.index.map((i) => job.layout.fields[i]!.kind);
  const chunks = chunkResults<ParsedRows>(
    {
      file,
      abs,
      ends: new RecordBoundaries(job.delimiter.charCodeAt(0), firstLine),
      job: { kind: 'csv', ...job },
      here: (chunk) => parseCsvChunk(job, chunk),
      refusal: (e, lineOffset) => textError(e, file, lineOffset),
      maxRecordBytes: job.maxRecordBytes,
    },
    parsers,
    workers,
  );
  return rebatched(kinds, chunks);
}
