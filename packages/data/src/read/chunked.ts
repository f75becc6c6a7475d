import { PassThrough } from 'node:stream';
import type { Batch, Cell, ColumnKind, DataFile } from '../table';
import type { ChunkJob } from './chunk-jobs';
import { DEFAULT_MAX_LINE_BYTES } from './line-cap';
import { BATCH_ROWS, newColumn, openText } from './source';

/** Whole records of a text file, in order. */
export interface TextChunk {
  bytes: Uint8Array;
  /** The file's first chunk: the BOM, skipped lines and header are in it. */
  first: boolean;
  /** The last chunk: its last record may lack a newline. */
  final: boolean;
  /** No record ends in it within read.max_line_bytes: the reading stopped here, and the chunk must fail as too long. */
  cut: boolean;
}

/** What a chunk gives, whoever parsed it; `lines` counts its lines, to shift the next chunk's line numbers. */
export interface ChunkResult {
  lines: number;
}

/** A chunk's rows as the wanted columns. */
export interface ParsedRows extends ChunkResult {
  n: number;
  columns: (Float64Array | Cell[])[];
}

/** Chunks parsed elsewhere (worker threads), each resolving in its own time. */
export interface ChunkPool<R extends ChunkResult> {
  /** Chunks the workers can take now: started workers with room. */
  free(): number;
  parse(chunk: TextChunk): Promise<R>;
  /** Resolves at the next thing a worker does: it started, or finished a chunk. */
  changed(): Promise<void>;
  close(): Promise<void>;
}

/** Parsing on other threads, offered to the text readers (threads/chunk-pool.ts). */
export interface ChunkParsers {
  /** Workers worth starting for a file of this many bytes; 0 parses in the reading thread. */
  workersFor(bytes: number): number;
  open<R extends ChunkResult>(job: ChunkJob, workers: number): ChunkPool<R>;
  /** Bytes of records a chunk holds at least (CHUNK_BYTES when absent; tests cut small files into many). */
  chunkBytes?: number;
  /** Told when a pass over a file starts on `workers` threads (a progress line). */
  started?(file: DataFile, workers: number): void;
  /** Ends the workers; the run's last use. */
  dispose(): Promise<void>;
}

/** Where a scan of a byte stream found the last record end in `b` (the offset after it), or -1. */
export interface RecordEnds {
  scan(b: Uint8Array): number;
}

/**
 * Cuts a byte stream into chunks of whole records of about `target` bytes
 * (more when a record is longer). Each chunk is a fresh buffer of its own, so
 * it can be transferred to another thread.
 */
export class RecordChunker {
  private pieces: Uint8Array[] = [];
  private size = 0;
  /** Bytes of `pieces` up to the last record end; 0 when none ends in them. */
  private whole = 0;

  constructor(
    private readonly ends: RecordEnds,
    private readonly target: number,
  ) {}

  /** Bytes held that do not yet end a record. */
  get openBytes(): number {
    return this.size - this.whole;
  }

  /** Takes the next bytes; returns the chunks of at least `target` bytes of whole records they complete. */
  push(bytes: Uint8Array): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let at = 0; at < bytes.length; at += this.target) {
      const piece = at === 0 && bytes.length <= this.target ? bytes : bytes.subarray(at, at + this.target);
      const end = this.ends.scan(piece);
      this.pieces.push(piece);
      if (end >= 0) this.whole = this.size + end;
      this.size += piece.length;
      if (this.whole >= this.target) out.push(this.take(this.whole));
    }
    return out;
  }

  /** What is left: the last records, possibly without a final newline; undefined when nothing is. */
  rest(): Uint8Array | undefined {
    return this.size > 0 ? this.take(this.size) : undefined;
  }

  private take(length: number): Uint8Array {
    const out = new Uint8Array(length);
    let at = 0;
    let k = 0;
    for (; k < this.pieces.length && at < length; k++) {
      const p = this.pieces[k]!;
      const part = Math.min(p.length, length - at);
      out.set(part === p.length ? p : p.subarray(0, part), at);
      at += part;
      if (part < p.length) {
        this.pieces = [p.subarray(part), ...this.pieces.slice(k + 1)];
        this.size -= length;
        this.whole = 0;
        return out;
      }
    }
    this.pieces = this.pieces.slice(k);
    this.size -= length;
    this.whole = 0;
    return out;
  }
}

type Outcome<R> = { ok: R } | { error: unknown };

/**
 * Chunks in file order, each parsed by a worker or by this thread. Workers
 * take the earliest chunks as they have room (several each: this thread
 * hands them out only between batches it profiles). This thread parses the
 * next chunk in order itself when no worker has taken it (none has started
 * yet), and the latest one no worker has taken when the next is still being
 * parsed elsewhere, up to HERE_SHARE.
 */
class ChunkQueue<R extends ChunkResult> {
  private readonly entries: { chunk: TextChunk; outcome?: Outcome<R>; sent: boolean }[] = [];
  private parsedHere = 0;
  private sentAway = 0;

  constructor(
    private readonly pool: ChunkPool<R>,
    private readonly here: (chunk: TextChunk) => R,
  ) {}

  get length(): number {
    return this.entries.length;
  }

  add(chunk: TextChunk): void {
    this.entries.push({ chunk, sent: false });
    this.dispatch();
  }

  /** The next chunk's outcome, in file order. */
  async next(): Promise<Outcome<R>> {
    const head = this.entries[0]!;
    for (;;) {
      this.dispatch();
      if (head.outcome) {
        this.entries.shift();
        return head.outcome;
      }
      const own = head.sent ? (this.parsedHere < this.sentAway * HERE_SHARE ? this.entries.findLast((e) => !e.sent) : undefined) : head;
      if (own) {
        own.sent = true;
        this.parsedHere++;
        try {
          own.outcome = { ok: this.here(own.chunk) };
        } catch (error) {
          own.outcome = { error };
        }
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
      this.sentAway++;
      this.pool.parse(e.chunk).then(
        (ok) => (e.outcome = { ok }),
        (error: unknown) => (e.outcome = { error }),
      );
    }
  }
}

/**
 * Chunks this thread may parse while the next one is still being parsed
 * elsewhere, per chunk sent to a worker: it also profiles every row. On the
 * 1M-row benchmark CSV (two threads) 0.2–0.35 took 1.99–2.02 s, none 2.10 s,
 * no limit 2.11–2.17 s (bench/validate-data/RESULTS.md).
 */
const HERE_SHARE = 0.25;

/**
 * Chunks of about this size go to the workers: a few thousand rows of a
 * typical table, small enough that this thread can parse one while it waits
 * without holding up its own batches.
 */
const CHUNK_BYTES = 1 << 18;

export interface ChunkedRead<R extends ChunkResult> {
  file: DataFile;
  abs: string;
  ends: RecordEnds;
  job: ChunkJob;
  /** The same parse a worker runs, for the chunks this thread parses itself. */
  here(chunk: TextChunk): R;
  /** The one line a failure is refused with, its line shifted by the lines before its chunk. */
  refusal(e: unknown, lineOffset: number): unknown;
  maxRecordBytes?: number;
}

/**
 * Every chunk's result in file order, the records parsed by `workers`
 * threads and this one a chunk at a time; the first failure in file order
 * is the one thrown, with its line. This thread reads the bytes and cuts
 * them at record ends.
 */
export async function* chunkResults<R extends ChunkResult>(read: ChunkedRead<R>, parsers: ChunkParsers, workers: number): AsyncIterable<R> {
  const chunker = new RecordChunker(read.ends, parsers.chunkBytes ?? CHUNK_BYTES);
  const maxOpen = (read.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES) + 2;
  const pool = parsers.open<R>(read.job, workers);
  parsers.started?.(read.file, workers);
  const queue = new ChunkQueue(pool, read.here);
  // Chunks cut ahead of the one being used: enough that a worker finds one waiting while this thread parses the last.
  const ahead = 4 * workers + 4;
  let first = true;
  let lineBase = 0;
  const send = (bytes: Uint8Array, final: boolean, cut = false) => {
    queue.add({ bytes, first, final, cut });
    first = false;
  };
  const next = async (): Promise<R> => {
    const done = await queue.next();
    if ('error' in done) throw read.refusal(done.error, lineBase);
    lineBase += done.ok.lines;
    return done.ok;
  };
  const stream = openText(read.abs, new PassThrough());
  const pieces = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  try {
    let readError: unknown;
    for (;;) {
      let piece: IteratorResult<Buffer>;
      try {
        piece = await pieces.next();
      } catch (e) {
        // A read or gunzip error comes after every chunk already cut: theirs are met first, as on one thread.
        readError = e;
        break;
      }
      if (piece.done) {
        const last = chunker.rest();
        if (last) send(last, true);
        break;
      }
      for (const chunk of chunker.push(piece.value)) send(chunk, false);
      if (chunker.openBytes > maxOpen) {
        send(chunker.rest()!, false, true);
        break;
      }
      while (queue.length >= ahead) yield await next();
    }
    while (queue.length > 0) yield await next();
    if (readError !== undefined) throw read.refusal(readError, 0);
  } finally {
    stream.destroy();
    await pool.close();
  }
}

/**
 * Chunks' rows laid out in batches of BATCH_ROWS, the last one shorter: the
 * batches the reading thread makes alone, so every statistic downstream
 * (some are summed per batch) is unchanged.
 */
export async function* rebatched(kinds: ColumnKind[], chunks: AsyncIterable<ParsedRows>): AsyncIterable<Batch> {
  let cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
  let filled = 0;
  for await (const { n, columns } of chunks) {
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
        yield { numRows: filled, columns: cols };
        cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
        filled = 0;
      }
    }
  }
  if (filled > 0) yield { numRows: filled, columns: cols.map((c) => c.slice(0, filled)) };
}

/**
 * Columns of a chunk's rows, filled one row at a time without knowing how
 * many there are: float columns double when full (a count of the chunk's
 * newlines up front cost more than the copies), and are cut to size at the end.
 */
export class GrowingColumns {
  columns: (Float64Array | Cell[])[];
  n = 0;
  private capacity = 1024;

  constructor(kinds: ColumnKind[]) {
    this.columns = kinds.map((k) => newColumn(k, this.capacity));
  }

  /** Makes room for one more row; returns its index. */
  next(): number {
    if (this.n === this.capacity) {
      this.capacity *= 2;
      this.columns = this.columns.map((c) => {
        if (!(c instanceof Float64Array)) return c;
        const wider = new Float64Array(this.capacity);
        wider.set(c);
        return wider;
      });
    }
    return this.n++;
  }

  rows(lines: number): ParsedRows {
    const n = this.n;
    return { n, lines, columns: this.columns.map((c) => (c.length === n ? c : c.slice(0, n))) };
  }
}
