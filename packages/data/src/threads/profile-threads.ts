import path from 'node:path';
import { ColumnProfiler, type ColumnState } from '../profile/column';
import { ColumnGroup } from '../profile/column-group';
import { tightenOldGenerationPast } from '../profile/heap-growth';
import type { RowLanes } from '../profile/row-lanes';
import type { TableProfiler } from '../profile/table';
import { countBytes } from '../read/meter';
import type { ColumnKind, Dataset } from '../table';
import { workerSpawn } from './entry';
import { partitionColumns, threadsFor, threadsSetting } from './plan';
import { fromWorker, type ColumnJob, type WorkerMessage } from './protocol';
import type { Party, Spawn } from './spawn';

/** How to open the dataset again in a worker (what validate-data opened it with). */
export interface OpenedAs {
  spec: string;
  cwd: string;
  role: string;
  maxLineBytes?: number;
}

export interface ThreadOptions {
  /** MLSHIP_THREADS when absent. */
  threads?: number | 'auto';
  /** How workers start: threads running the registered bundle entry when absent. */
  spawn?: Spawn;
  /**
   * A worker's head start in the split (WORKER_START_COST when absent). Tests
   * set 0: on their small tables the head start alone outweighs every column,
   * and the workers would get none.
   */
  workerStartCost?: number;
}

/**
 * Below this many bytes of data `auto` stays in one thread: a worker's first
 * batch comes ~0.25 s after the main thread's, and on files of 7.7 and 15 MB
 * two threads were slower than one, on 38 MB faster (bench/validate-data/RESULTS.md).
 */
export const AUTO_MIN_BYTES = 32 << 20;

/** Batches a party may run ahead of the combined row hashes: bounds the shares held in memory. */
const WINDOW = 3;

/**
 * The threads to profile `ds` on (the main thread counted), or 1 for the
 * single-threaded scan: parquet only (its columns decode apart), no row-level
 * rule (they need whole rows in the main thread), at most one thread a column.
 */
export function profileThreads(ds: Dataset, rowRules: number, options: ThreadOptions = {}): { parties: number; spawn: Spawn; start: number } | undefined {
  const setting = options.threads ?? threadsSetting();
  const spawn = workerSpawn(options.spawn);
  if (!spawn || rowRules > 0 || ds.files.some((f) => f.format !== 'parquet')) return undefined;
  const bytes = ds.files.reduce((s, f) => s + f.sizeBytes, 0);
  const parties = Math.min(threadsFor(setting, bytes, AUTO_MIN_BYTES), ds.schema.fields.length);
  return parties > 1 ? { parties, spawn, start: options.workerStartCost ?? WORKER_START_COST } : undefined;
}

/**
 * Per-row and per-byte cost of profiling a column, relative (calibrated on
 * bench/validate-data's files, see RESULTS.md): hashing, counting and
 * sketching a value by kind, plus decoding its bytes.
 */
const ROW_COST: Partial<Record<ColumnKind, number>> = { string: 3, binary: 3, nested: 3, bool: 1 };
const NUMBER_ROW_COST = 2;
const BYTE_COST = 0.1;
/** The main thread's own work per row: adding up the row-hash shares and the duplicate-row set. */
const COMBINE_ROW_COST = 1;
/**
 * How far behind the main thread a worker is by the end of its first batch:
 * it opens the data ~30 ms later (it starts early, threads/warm.ts) and
 * compiles its optimized code in place, so its first batch takes ~100-170 ms
 * longer. ~0.19 s, as much as ~3.5M rows of weight 1 (a numeric column of 1M
 * rows, weight 2, takes ~0.11 s). 3.5M moves the 1M-row benchmark file's
 * cheapest column to the main thread (2-5% less time, zstd); 4M also moved the
 * 5M-row files' split, two incompressible columns to the main thread, which
 * then peaked 33 MB higher for no time (bench/validate-data/RESULTS.md,
 * 2026-12-06 21:00 and 2026-12-07 02:20 sections).
 */
export const WORKER_START_COST = 3_500_000;

/** Each column's estimated cost, from the footers: rows by the kind's weight plus decoded bytes. */
export async function columnCosts(ds: Dataset, cwd: string): Promise<{ costs: number[]; head: number }> {
  // Loaded with the parquet reader, as read/index.ts loads it: a bundle keeps the footer code in that chunk only.
  const { parquetColumnBytes } = await import('../read/parquet-sizes');
  const { rows, bytes } = await parquetColumnBytes(ds.files.map((file) => ({ file, abs: path.resolve(cwd, file.path) })));
  const costs = ds.schema.fields.map((f) => rows * (ROW_COST[f.kind] ?? NUMBER_ROW_COST) + (bytes.get(f.name) ?? 0) * BYTE_COST);
  return { costs, head: rows * COMBINE_ROW_COST };
}

/**
 * The columns of each thread that has any, the main thread's first (it may
 * have none: it still adds up the row hashes): a worker whose head start
 * outweighs every column it could take is not started. One group left means
 * the table is too little work to share.
 */
export function columnGroups(costs: readonly number[], head: number, plan: { parties: number; start: number }): number[][] {
  return partitionColumns(costs, plan.parties, head, plan.start).filter((g, p) => p === 0 || g.length > 0);
}

/**
 * Profiles `ds` into `profiler` on one thread a group of columns
 * (columnGroups): each thread reads and decodes only its columns, and each
 * column's profiler sees the same values in the same order as in the
 * single-threaded scan, so its statistics (sketches included) are the same,
 * with no merge. The duplicate-row count takes every thread's share of each
 * row's hash (row-lanes.ts), added up here in batch order. The main thread
 * profiles the first group itself.
 *
 * A failure anywhere stops every thread; of several, the one in the earliest
 * batch (then the first column) is thrown, the one the single-threaded scan
 * would have met first.
 */
export async function profileInThreads(
  ds: Dataset,
  opened: OpenedAs,
  profiler: TableProfiler,
  plan: { spawn: Spawn; groups: number[][] },
  onRows: (n: number) => void,
): Promise<void> {
  const fields = ds.schema.fields;
  const { groups } = plan;
  const parties = groups.length;
  const own = new ColumnGroup(groups[0]!.map((i) => fields[i]!), groups[0]!, true);
  const slots = new Map<number, { n: number; parts: RowLanes[] }>();
  const last = new Array<number>(parties).fill(-1);
  const states: (ColumnState[] | undefined)[] = new Array(parties).fill(undefined);
  const ended = new Array<boolean>(parties).fill(false);
  let combined = 0;
  let failure: { seq: number; column: number; error: Error } | undefined;
  let pendingBytes = 0;
  let wake: (() => void) | undefined;
  const changed = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const next = () => new Promise<void>((r) => (wake = r));
  const workers: Party[] = [];

  const fail = (party: number, seq: number, error: Error) => {
    ended[party] = true;
    const column = columnNamed(error, fields.map((f) => f.name)) ?? groups[party]![0] ?? 0;
    if (!failure || seq < failure.seq || (seq === failure.seq && column < failure.column)) failure = { seq, column, error };
    changed();
  };
  const deliver = (party: number, seq: number, n: number, lanes: RowLanes) => {
    let slot = slots.get(seq);
    if (!slot) slots.set(seq, (slot = { n, parts: [] }));
    if (slot.n !== n) return fail(party, seq, new Error(`profiling threads disagree on batch ${seq}: ${slot.n} rows in one, ${n} in another`));
    slot.parts.push(lanes);
    last[party] = seq;
    while ((slot = slots.get(combined)) && slot.parts.length === parties) {
      profiler.addRows(slot.parts, slot.n);
      onRows(slot.n);
      slots.delete(combined);
      for (const w of workers) w.post({ t: 'ack', seq: combined });
      combined++;
    }
    changed();
  };
  const settled = () => ended.every((e, p) => e || (failure !== undefined && last[p]! >= failure.seq));
  const flushBytes = () => {
    countBytes(pendingBytes);
    pendingBytes = 0;
  };

  try {
    for (let p = 1; p < parties; p++) {
      const job: ColumnJob = { ...opened, files: ds.files, columns: groups[p]!, window: WINDOW };
      workers.push(
        plan.spawn({ kind: 'columns', ...job }, {
          message: (m: WorkerMessage) => {
            if (m.t === 'rows') {
              pendingBytes += m.bytes;
              deliver(p, m.seq, m.n, { a: m.a, b: m.b });
            } else if (m.t === 'done') {
              pendingBytes += m.bytes;
              states[p] = m.columns;
              ended[p] = true;
              changed();
            } else if (m.t === 'error') {
              fail(p, m.seq, fromWorker(m.error));
            }
          },
          failure: (e) => fail(p, last[p]! + 1, e),
        }),
      );
    }
    let seq = 0;
    try {
      for await (const batch of ds.batches({ columns: groups[0]!.map((i) => fields[i]!.name), rawText: true })) {
        flushBytes();
        // Each thread's heap holds its promoted batches until a full collection (profile/heap-growth.ts).
        tightenOldGenerationPast();
        deliver(0, seq, batch.numRows, own.add(batch));
        seq++;
        if (failure && seq > failure.seq) break;
        while (seq - combined > WINDOW && !failure) await next();
      }
      ended[0] = true;
      changed();
    } catch (e) {
      fail(0, seq, e instanceof Error ? e : new Error(String(e)));
    }
    while (!settled()) {
      await next();
      flushBytes();
    }
    flushBytes();
    if (failure) throw failure.error;
    if (slots.size > 0 || combined !== seq) throw new Error(`profiling threads ended at different batches: ${combined} combined of ${seq}`);
    own.profilers.forEach((c, j) => profiler.adopt(groups[0]![j]!, c));
    for (let p = 1; p < parties; p++) states[p]!.forEach((s, j) => profiler.adopt(groups[p]![j]!, ColumnProfiler.fromState(fields[groups[p]![j]!]!, s)));
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
}

/** The schema index of the column a reader's error names (`column "x"`), if it names one. */
function columnNamed(e: Error, names: string[]): number | undefined {
  const m = /column "([^"]*)"/.exec(e.message);
  const i = m ? names.indexOf(m[1]!) : -1;
  return i >= 0 ? i : undefined;
}
