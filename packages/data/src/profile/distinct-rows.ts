import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HashSet53 } from './hash';

/**
 * Hashes held in memory before they are deduplicated or spilled: 2^20 (8 MB),
 * and as much again while they are counted. Past that, memory would grow by
 * 8 bytes a row, which was most of the growth of peak RSS from 1M to 5M rows
 * (bench/validate-data/RESULTS.md).
 */
export const ROWS_IN_MEMORY = 1 << 20;

// Spilled hashes go to 64 files by their top bits (the next 6 bits at each
// level of recursion), 4096 hashes (32 KB) buffered per file: 2 MB of buffers.
const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
const BUFFERED = 4096;
// Three levels use the top 18 bits; a fourth (past 2^18 buffers' worth of
// distinct rows) stays in memory.
const MAX_LEVEL = 3;

export interface DistinctRowsOptions {
  /** Hashes held in memory before they are deduplicated or spilled to disk (tests force the spill with a small one). */
  inMemory?: number;
  /** Directory for the partition files: RUNNER_TEMP on a runner, the OS temp directory elsewhere. */
  tempDir?: string;
}

/**
 * Exact number of distinct 53-bit hashes in bounded memory. Hashes are
 * appended to a buffer as they come and counted only when it is full or at
 * the end (`distinctInPlace`): a hash set that took every row as it came
 * missed the cache on nearly every insert once it outgrew it, and was a sixth
 * of the main thread's time on the 1M-row benchmark files. A full buffer is
 * deduplicated and kept while that halves it (many repeated rows); otherwise
 * it, and every hash after it, goes to partition files chosen by the hash's
 * top bits. A hash is then in exactly one partition, so the count is the sum
 * of each partition's distinct count, taken by the same procedure on the next bits.
 */
export class DistinctRows {
  private memory: Memory | null;
  private len = 0;
  private readonly limit: number;
  private spill: Partitions | null = null;
  private counted: number | undefined;

  constructor(
    private readonly options: DistinctRowsOptions = {},
    private readonly level = 0,
    /** A partition is counted in its parent's memory. */
    memory?: Memory,
  ) {
    this.limit = level < MAX_LEVEL ? Math.max(1, options.inMemory ?? ROWS_IN_MEMORY) : Infinity;
    this.memory = memory ?? { hashes: new Float64Array(Math.min(this.limit, 1 << 12)), set: new HashSet53(16) };
  }

  add(h: number): void {
    if (this.len === this.memory!.hashes.length) this.makeRoom();
    this.memory!.hashes[this.len++] = h;
  }

  /** The first n of `hashes`. */
  addAll(hashes: Float64Array, n: number): void {
    for (let i = 0; i < n; ) {
      if (this.len === this.memory!.hashes.length) this.makeRoom();
      const take = Math.min(n - i, this.memory!.hashes.length - this.len);
      this.memory!.hashes.set(hashes.subarray(i, i + take), this.len);
      this.len += take;
      i += take;
    }
  }

  /** The distinct count; removes the partition files. */
  count(): number {
    if (this.counted !== undefined) return this.counted;
    const memory = this.memory!;
    try {
      if (!this.spill) return (this.counted = distinctInPlace(memory, this.len));
      this.spillBuffered();
      let n = 0;
      // One buffer for every partition, one after another: a new one per partition
      // was megabytes of garbage at the end of a large scan, the run's peak RSS.
      const chunk = new Float64Array(1 << 15);
      for (const file of this.spill.close()) {
        const sub = new DistinctRows(this.options, this.level + 1, memory);
        try {
          readHashes(file, sub, chunk);
          n += sub.count();
        } finally {
          sub.dispose();
        }
        fs.rmSync(file);
      }
      return (this.counted = n);
    } finally {
      this.memory = null;
      this.dispose();
    }
  }

  /** Removes the partition files, if any (also when the scan failed before `count`). */
  dispose(): void {
    this.spill?.remove();
    this.spill = null;
  }

  /**
   * The buffer is full: grown while under the limit; at it, deduplicated and
   * kept if that at least halved it, else spilled, and from then on the buffer
   * only stages hashes for the partition files: a small one, every time it
   * fills (8 MB less held through the rest of a large scan). At the last
   * level nothing spills and the buffer grows instead.
   */
  private makeRoom(): void {
    const memory = this.memory!;
    if (this.spill) return this.spillBuffered();
    if (memory.hashes.length < this.limit) return grow(memory, Math.min(this.limit, memory.hashes.length * 2));
    this.len = distinctInPlace(memory, this.len);
    if (this.len * 2 <= memory.hashes.length) return;
    if (this.limit === Infinity) return grow(memory, memory.hashes.length * 2);
    this.spill = new Partitions(this.options.tempDir, this.level);
    this.spillBuffered();
    memory.hashes = new Float64Array(Math.min(this.limit, STAGED));
  }

  private spillBuffered(): void {
    const { hashes } = this.memory!;
    for (let i = 0; i < this.len; i++) this.spill!.write(hashes[i]!);
    this.len = 0;
  }
}

/** Hashes staged for the partition files once a DistinctRows spills (256 KB). */
const STAGED = 1 << 15;

/** The buffers a DistinctRows counts in, handed down to its partitions when it spilled. */
interface Memory {
  hashes: Float64Array;
  set: HashSet53;
}

function grow(memory: Memory, length: number): void {
  const next = new Float64Array(length);
  next.set(memory.hashes);
  memory.hashes = next;
}

// The digit the hashes are grouped by before counting: bits 21-28, clear of the
// top 18 the partition files use and of the low bits HashSet53 indexes by.
const DIGIT_SCALE = 2 ** 21;
const DIGITS = 256;

const digitOf = (h: number): number => (h / DIGIT_SCALE) & (DIGITS - 1);

/**
 * Leaves the distinct values of the first n `memory.hashes` at its front and
 * returns how many there are. The hashes are grouped by one 8-bit digit, in
 * place (an American flag sort: each hash is swapped straight into its group),
 * then each group is counted in a hash set of its own size, which stays in the
 * cache. A million hashes take ~35 ms, against ~85 ms inserted one by one into
 * one set, and ~60 ms grouped by a counting sort into a second array: that
 * array's 8 MB of fresh pages were half its time, in the serial tail of a scan
 * on threads (bench/validate-data/RESULTS.md).
 */
function distinctInPlace(memory: Memory, n: number): number {
  const { hashes } = memory;
  const starts = new Int32Array(DIGITS + 1);
  for (let i = 0; i < n; i++) starts[digitOf(hashes[i]!) + 1]!++;
  for (let d = 1; d <= DIGITS; d++) starts[d]! += starts[d - 1]!;
  // The next unsorted place of each group: a hash taken from it goes to its own group's next place, whose hash is placed next.
  const next = starts.slice(0, DIGITS);
  for (let d = 0; d < DIGITS; d++) {
    const end = starts[d + 1]!;
    while (next[d]! < end) {
      let h = hashes[next[d]!]!;
      for (let g = digitOf(h); g !== d; g = digitOf(h)) {
        const j = next[g]!++;
        const displaced = hashes[j]!;
        hashes[j] = h;
        h = displaced;
      }
      hashes[next[d]!++] = h;
    }
  }
  let m = 0;
  for (let d = 0; d < DIGITS; d++) {
    const from = starts[d]!;
    const to = starts[d + 1]!;
    if (from === to) continue;
    const set = memory.set.reset(Math.min(to - from, 1 << 16));
    // m never passes i: the distinct hashes move down over ones already read.
    for (let i = from; i < to; i++) {
      const h = hashes[i]!;
      if (set.add(h)) hashes[m++] = h;
    }
  }
  return m;
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
