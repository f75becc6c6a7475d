import v8 from 'node:v8';

let held = false;

/**
 * Keeps V8's young generation at the size it has now for the rest of the
 * process (every thread: V8's flags are per process). A scan keeps each
 * batch's cells alive while it profiles them, so scavenges keep finding
 * survivors, and V8 doubles the young generation each time the bytes that
 * survived since the last doubling pass its size: on a table of long
 * high-cardinality text (16 columns, 2M rows) it reached its maximum
 * (134 MB per thread) within a few row groups, a third of the run's peak RSS,
 * and more with worker threads (bench/validate-data/RESULTS.md, 2026-12-06
 * 11:20). Held where it started (2–17 MB), it lets those cells move to the
 * old generation after two scavenges, as a larger one would, and the runs
 * measured took no longer.
 *
 * `--max-semi-space-size` is read once, when a thread's heap is set up, so a
 * running process cannot lower it; the growth factor is read at each growth.
 * Only the memory a collection may use changes, never a value counted.
 */
export function holdYoungGeneration(): void {
  if (held) return;
  held = true;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

let tightened = false;

/**
 * Collects the old generation once it has grown to twice what the last full
 * collection left, instead of V8's own factor of up to four. Each profiling
 * thread has its own heap, and batches of text promoted there die only at a
 * full collection: on two threads the wide text table (5M rows) peaked at
 * 405–436 MB with V8's factor and 316–331 MB with this, for about 7% more CPU
 * (1M-row benchmark file on two threads, 1.30 → 1.40 s; bench/validate-data/RESULTS.md,
 * 2026-12-06 11:20), so threaded scans do it only past TIGHTEN_AT_RSS. One thread
 * stays at V8's factor: it peaked at ~300–320 MB without it, and its time is the
 * slower case already.
 */
export function tightenOldGeneration(): void {
  if (tightened) return;
  tightened = true;
  v8.setFlagsFromString('--heap-growing-percent=100');
}

/**
 * Resident memory (all threads) from which a scan on several threads tightens the old
 * generation. Below it V8's own factor stands: the memory it lets grow matters only
 * on large tables, and its fewer full collections are time on every table. Tightened
 * from the start, the 1M-row benchmark files on two threads took 1.80 s (CSV) and 1.24 s
 * (parquet), from this mark 1.68 s and 1.15 s; the 5M-row wide text table, which needs
 * it, peaked at 368 MB from this mark and 424 MB never tightened
 * (bench/validate-data/RESULTS.md, 2026-12-06 18:00–19:10 section).
 */
export const TIGHTEN_AT_RSS = 288 << 20;

/** tightenOldGeneration once the process's resident memory reaches `mark`; true when this call did it. */
export function tightenOldGenerationPast(mark = TIGHTEN_AT_RSS): boolean {
  if (tightened || process.memoryUsage.rss() < mark) return false;
  tightenOldGeneration();
  return true;
}
