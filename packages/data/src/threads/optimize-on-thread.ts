import v8 from 'node:v8';

let set = false;

/**
 * Has every thread started from now on compile its optimized code itself
 * instead of queueing it for V8's background compiler threads. With a
 * profiling thread per core, those compiler threads have no core of their own:
 * a thread ran its first row groups unoptimized while its optimizing jobs
 * waited behind the very threads that needed them. Compiled in place, the 1M-row
 * parquet benchmark files took 7–12% less on two threads (bench/validate-data/RESULTS.md,
 * 2026-12-06 21:00 section). V8 reads the flag when it sets up an isolate, so the
 * main thread, already running, keeps its background compiler, which then has
 * it to itself. A run on one thread is slower compiling in place (+10%), so only
 * a run that starts threads does this. Only when code is compiled changes, never
 * a value counted.
 */
export function optimizeOnOwnThreads(): void {
  if (set) return;
  set = true;
  v8.setFlagsFromString('--no-concurrent-recompilation');
}
