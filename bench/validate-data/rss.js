// Preload for peak-RSS measurement: `node --import <file:// URL of this file> script.js …`.
// At exit it prints the process's peak resident set size (process.resourceUsage().maxRSS,
// kilobytes, getrusage(RUSAGE_SELF) — all threads of the process, worker threads included)
// as one marker line on stderr, which bench/validate-data/run.js picks up.
process.on('exit', () => {
  process.stderr.write(`\n__BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
