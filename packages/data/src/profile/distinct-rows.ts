import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HashSet53 } from './hash';

/**
 * Distinct hashes held in memory: a HashSet53 of 2^21 slots (16 MB) filled to
 * its 3/4 load limit. Past that, memory would grow by 8 bytes a row (and double
 * at every resize), which was most of the growth of peak RSS from 1M to 5M rows
 * (bench/validate-data/RESULTS.md).
 */
export const ROWS_IN_MEMORY = 3 << 19;

// Spilled hashes go to 64 files by their top bits (the next 6 bits at each
// level of recursion), 4096 hashes (32 KB) buffered per file: 2 MB of buffers.
const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
const BUFFERED = 4096;
// Three levels use the top 18 bits, well clear of the low bits HashSet53 indexes
// by; a fourth (past 2^18 sets' worth of distinct rows) stays in memory.
const MAX_LEVEL = 3;

export interface DistinctRowsOptions {
  /** Distinct hashes kept in memory before spilling to disk (tests force the spill with a small one). */
  inMemory?: number;
  /** Directory for the partition files: RUNNER_TEMP on a runner, the OS temp directory elsewhere. */
  tempDir?: string;
}

/**
 * Exact number of distinct 53-bit hashes in bounded memory. The first
 * `inMemory` distinct hashes go into a hash set; once it is full it stops
 * growing, and a hash it does not hold is appended to a partition file chosen
 * by the hash's top bits. A hash is then either in the set or in exactly one
 * partition, so the count is the set's size plus each partition's distinct
 * count, taken by the same procedure on the next bits.
 */
export class DistinctRows {
  private set: HashSet53 | null;
  private readonly limit: number;
  private spill: Partitions | null = null;
  private counted: number | undefined;

  constructor(
    private readonly options: DistinctRowsOptions = {},
    private readonly level = 0,
    /** A partition is counted in its parent's set, emptied. */
    set?: HashSet53,
  ) {
    this.limit = level < MAX_LEVEL ? (options.inMemory ?? ROWS_IN_MEMORY) : Infinity;
    this.set = set ?? new HashSet53(1 << 16);
  }

  add(h: number): void {
    const set = this.set!;
    if (set.size < this.limit) set.add(h);
    else if (!set.has(h)) (this.spill ??= new Partitions(this.options.tempDir, this.level)).write(h);
  }

  /** The first n of `hashes`; a loop here keeps each hash an unboxed double. */
  addAll(hashes: Float64Array, n: number): void {
    for (let i = 0; i < n; i++) this.add(hashes[i]!);
  }

  /** The distinct count; removes the partition files. */
  count(): number {
    if (this.counted !== undefined) return this.counted;
    const set = this.set!;
    let n = set.size;
    this.set = null;
    try {
      // One set and one read buffer for every partition, one after another:
      // a new 1 MB set per partition was 80 MB of garbage at the end of a
      // 5M-row scan, the run's peak RSS.
      const chunk = new Float64Array(1 << 15);
      const inMemory = this.options.inMemory ?? ROWS_IN_MEMORY;
      for (const file of this.spill?.close() ?? []) {
        const sub = new DistinctRows(this.options, this.level + 1, set.reset(Math.min(fs.statSync(file).size / 8, inMemory)));
        try {
          readHashes(file, sub, chunk);
          n += sub.count();
        } finally {
          sub.dispose();
        }
        fs.rmSync(file);
      }
    } finally {
      this.dispose();
    }
    return (this.counted = n);
  }

  /** Removes the partition files, if any (also when the scan failed before `count`). */
  dispose(): void {
    this.spill?.remove();
    this.spill = null;
  }
}

class Partitions {
  private readonly dir: string;
  private readonly scale: number;
  private readonly buffers = Array.from({ length: PARTITIONS }, () => new Float64Array(BUFFERED));
  private readonly filled = new Int32Array(PARTITIONS);
  private readonly written = new Uint8Array(PARTITIONS);

  constructor(tempDir = process.env.RUNNER_TEMP || os.tmpdir(), level: number) {
    this.dir = fs.mkdtempSync(path.join(tempDir, 'mlship-rows-'));
    this.scale = 2 ** (53 - PARTITION_BITS * (level + 1));
  }

  write(h: number): void {
    const p = (h / this.scale) & (PARTITIONS - 1);
    this.buffers[p]![this.filled[p]!++] = h;
    if (this.filled[p] === BUFFERED) this.flush(p);
  }

  /** Flushes every buffer; returns the files written. */
  close(): string[] {
    const files: string[] = [];
    for (let p = 0; p < PARTITIONS; p++) {
      this.flush(p);
      if (this.written[p]) files.push(this.file(p));
    }
    this.buffers.length = 0;
    return files;
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(p: number): void {
    const n = this.filled[p]!;
    if (n === 0) return;
    fs.appendFileSync(this.file(p), new Uint8Array(this.buffers[p]!.buffer, 0, n * 8));
    this.filled[p] = 0;
    this.written[p] = 1;
  }

  private file(p: number): string {
    return path.join(this.dir, String(p));
  }
}

function readHashes(file: string, into: DistinctRows, chunk: Float64Array): void {
  const bytes = new Uint8Array(chunk.buffer);
  const fd = fs.openSync(file, 'r');
  try {
    // Reads of a regular file return whole chunks until the last, which holds whole hashes.
    for (let n; (n = fs.readSync(fd, bytes, 0, bytes.length, null)) > 0; ) into.addAll(chunk, n / 8);
  } finally {
    fs.closeSync(fd);
  }
}
