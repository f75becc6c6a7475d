import { PassThrough } from 'node:stream';
import type { Batch, Cell, DataFile } from '../table';
import { RecordBoundaries, RecordChunker } from './csv-chunks';
import { csvError, recordWriter, type RecordLayout } from './csv-records';
import { CsvTokenizer } from './csv-tokenizer';
import { DEFAULT_MAX_LINE_BYTES, LineTooLongError } from './line-cap';
import { BATCH_ROWS, newColumn, openText } from './source';

/** What every chunk of one file is parsed with. */
export interface CsvParseJob {
  delimiter: string;
  /** read.csv.skip_rows: lines the first chunk drops. */
  skipLines: number;
  /** Whether the first chunk's first record names the columns. */
  header: boolean;
  layout: RecordLayout;
  maxRecordBytes?: number;
}

/** Whole records of the file, in order. */
export interface CsvChunk {
  bytes: Uint8Array;
  /** The file's first chunk: the BOM, skipped lines and header are in it. */
  first: boolean;
  /** The last chunk: its last record may lack a newline. */
  final: boolean;
  /** No record ends in it within read.max_line_bytes: the reading stopped here, and the chunk must fail as too long. */
  cut: boolean;
}

/** A chunk's rows as the wanted columns; `lines` counts its lines, to shift the next chunk's line numbers. */
export interface ParsedChunk {
  n: number;
  lines: number;
  columns: (Float64Array | Cell[])[];
}

/** Chunks parsed elsewhere (worker threads), each resolving in its own time. */
export interface ChunkPool {
  /** Chunks the workers can take now: started workers with room. */
  free(): number;
  parse(chunk: CsvChunk): Promise<ParsedChunk>;
  /** Resolves at the next thing a worker does: it started, or finished a chunk. */
  changed(): Promise<void>;
  close(): Promise<void>;
}

/** Parsing on other threads, offered to the CSV reader (threads/csv-pool.ts). */
export interface CsvParsers {
  /** Workers worth starting for a file of this many bytes; 0 parses in the reading thread. */
  workersFor(bytes: number): number;
  open(job: CsvParseJob, workers: number): ChunkPool;
  /** Bytes of records a chunk holds at least (1 MiB when absent; tests cut small files into many). */
  chunkBytes?: number;
  /** Told when a file's reading starts on `workers` threads (a progress line). */
  started?(file: DataFile, workers: number): void;
}

/**
 * A chunk's records as columns, with line numbers counted from the chunk's
 * start (the reading thread shifts them). A RowError or the tokenizer's
 * errors are thrown as they are.
 */
export function parseChunk(job: CsvParseJob, chunk: CsvChunk): ParsedChunk {
  const kinds = job.layout.index.map((i) => job.layout.fields[i]!.kind);
  // Every record ends with a LF but perhaps the file's last: an upper bound for the rows.
  let capacity = chunk.final ? 1 : 0;
  for (let i = chunk.bytes.indexOf(10); i >= 0; i = chunk.bytes.indexOf(10, i + 1)) capacity++;
  const columns = kinds.map((k) => newColumn(k, capacity));
  const write = recordWriter(job.layout);
  let n = 0;
  let skipHeader = chunk.first && job.header;
  const tokenizer = new CsvTokenizer(
    job.delimiter,
    (record, line) => {
      if (skipHeader) skipHeader = false;
      else write(record, line, columns, n++);
    },
    { skipLines: chunk.first ? job.skipLines : 0, maxRecordBytes: job.maxRecordBytes, fileStart: chunk.first },
  );
  tokenizer.push(new TextDecoder().decode(chunk.bytes));
  if (chunk.cut) throw new LineTooLongError(tokenizer.nextLine, job.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES);
  if (chunk.final) tokenizer.end();
  return { n, lines: tokenizer.nextLine - 1, columns: columns.map((c) => (c.length === n ? c : c.slice(0, n))) };
}

/** Chunks of about this size go to the workers: ~10k rows of a typical table. */
const CHUNK_BYTES = 1 << 20;

type Outcome = { ok: ParsedChunk } | { error: unknown };

/**
 * Chunks in file order, each parsed by a worker or by this thread. Workers
 * take the earliest chunks as they have room; the next chunk in order that
 * no worker has taken (none has started yet, ~0.1 s) this thread parses
 * itself instead of waiting. Taking later chunks too whenever the next one
 * is still being parsed was measured slower: this thread profiles, and
 * every chunk it parses delays the reading that feeds the workers.
 */
class ChunkQueue {
  private readonly entries: { chunk: CsvChunk; outcome?: Outcome; sent: boolean }[] = [];

  constructor(
    private readonly pool: ChunkPool,
    private readonly job: CsvParseJob,
  ) {}

  get length(): number {
    return this.entries.length;
  }

  add(chunk: CsvChunk): void {
    this.entries.push({ chunk, sent: false });
    this.dispatch();
  }

  /** The next chunk's rows, in file order. */
  async next(): Promise<Outcome> {
    const head = this.entries[0]!;
    for (;;) {
      this.dispatch();
      if (head.outcome) {
        this.entries.shift();
        return head.outcome;
      }
      if (!head.sent) {
        head.sent = true;
        head.outcome = parsedHere(this.job, head.chunk);
        continue;
      }
      await this.pool.changed();
    }
  }

  private dispatch(): void {
    for (let free = this.pool.free(); free > 0; free--) {
      const e = this.entries.find((x) => !x.sent);
      if (!e) return;
      e.sent = true;
      this.pool.parse(e.chunk).then(
        (ok) => (e.outcome = { ok }),
        (error: unknown) => (e.outcome = { error }),
      );
    }
  }
}

function parsedHere(job: CsvParseJob, chunk: CsvChunk): Outcome {
  try {
    return { ok: parseChunk(job, chunk) };
  } catch (error) {
    return { error };
  }
}

/**
 * The file's batches, the records parsed by `workers` threads and this one a
 * chunk at a time: the same batches as the reading thread makes alone
 * (BATCH_ROWS rows, in file order, the same values), so every statistic and
 * check downstream is unchanged, and the first error in file order is the
 * one thrown, with its line. This thread reads and cuts the bytes
 * (RecordBoundaries) and lays the parsed rows out in batches.
 */
export async function* parallelBatches(file: DataFile, abs: string, job: CsvParseJob, firstLine: number, parsers: CsvParsers, workers: number): AsyncIterable<Batch> {
  const kinds = job.layout.index.map((i) => job.layout.fields[i]!.kind);
  const chunker = new RecordChunker(new RecordBoundaries(job.delimiter.charCodeAt(0), firstLine), parsers.chunkBytes ?? CHUNK_BYTES);
  const maxOpen = (job.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES) + 2;
  const pool = parsers.open(job, workers);
  parsers.started?.(file, workers);
  const queue = new ChunkQueue(pool, job);
  // Chunks cut ahead of the one being laid out: two for every worker (one parsed, one waiting), and the next.
  const ahead = 2 * workers + 2;
  let first = true;
  let lineBase = 0;
  let cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
  let filled = 0;
  const send = (bytes: Uint8Array, final: boolean, cut = false) => {
    queue.add({ bytes, first, final, cut });
    first = false;
  };
  /** Lays the next parsed chunk's rows into batches; returns the batches it filled. */
  const absorb = async (): Promise<Batch[]> => {
    const done = await queue.next();
    if ('error' in done) throw csvError(done.error, file, lineBase);
    const { n, lines, columns } = done.ok;
    lineBase += lines;
    const out: Batch[] = [];
    for (let from = 0; from < n; ) {
      const take = Math.min(n - from, BATCH_ROWS - filled);
      for (let j = 0; j < cols.length; j++) {
        const src = columns[j]!;
        const dst = cols[j]!;
        if (dst instanceof Float64Array) dst.set((src as Float64Array).subarray(from, from + take), filled);
        else for (let r = 0; r < take; r++) dst[filled + r] = src[from + r] as Cell;
      }
      from += take;
      filled += take;
      if (filled === BATCH_ROWS) {
        out.push({ numRows: filled, columns: cols });
        cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
        filled = 0;
      }
    }
    return out;
  };

  const stream = openText(abs, new PassThrough());
  try {
    let readError: unknown;
    try {
      for await (const piece of stream as AsyncIterable<Buffer>) {
        for (const chunk of chunker.push(piece)) send(chunk, false);
        if (chunker.openBytes > maxOpen) {
          send(chunker.rest()!, false, true);
          break;
        }
        while (queue.length >= ahead) yield* await absorb();
      }
      const last = chunker.rest();
      if (last) send(last, true);
    } catch (e) {
      // A read or gunzip error comes after every chunk already cut: theirs are met first, as on one thread.
      readError = e;
    }
    while (queue.length > 0) yield* await absorb();
    if (readError !== undefined) throw csvError(readError, file);
    if (filled > 0) yield { numRows: filled, columns: cols.map((c) => c.slice(0, filled)) };
  } finally {
    stream.destroy();
    await pool.close();
  }
}
