// Preload for peak-RSS measurement: `node --import <file:// URL of this file> script.js …`.
// At exit it prints the process's peak resident set size (process.resourceUsage().maxRSS,
// kilobytes, getrusage(RUSAGE_SELF) — all threads of the process, worker threads included)
// as one marker line on stderr, which bench/validate-data/run.js picks up.
// Worker threads run the preload too (they inherit execArgv): only the main thread prints,
// at the process's end, when every thread's memory is in the figure.
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    process.stderr.write(`\n__BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
  });
}
