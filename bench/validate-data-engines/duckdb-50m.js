#!/usr/bin/env node
// validate-data with engine duckdb on data larger than DuckDB's memory limit: 50 million
// generated rows in parquet files, validated by our CLI with --engine duckdb --memory-limit
// 1GB, against DuckDB's own SUMMARIZE plus a duplicate count on the same files (the
// reference, duckdb-summarize.js, in its own process) and against --engine local. Ratios
// from one invocation, verdicts per target, peak RSS of every process.
//
//   node bench/validate-data-engines/duckdb-50m.js [--rows 50000000] [--keep] [--no-local] [--memory-limit 1GB] [--json FILE]
//
//   --rows N        rows to generate (default 50,000,000; e.g. --rows 2000000 for a quick run)
//   --keep          keep the generated files in bench/.data/ for the next run (default: removed
//                   at the end; an existing matching dataset is always reused)
//   --no-local      do not run --engine local (about two minutes at 50M rows)
//   --memory-limit  DuckDB's memory_limit for the reference and our CLI (default 1GB)
//   --json FILE     also write every measurement as JSON
//
// MLSHIP_BENCH_DIST=<dir> measures another CLI bundle (<dir>/cli/index.js) instead of dist/,
// e.g. one built from changed sources with ncc into /tmp.
//
// bench/validate-data-engines/duckdb-statements.js then shows what each statement of
// engine duckdb costs on the kept files. Exit code 0 whenever the measurements ran, also
// when a target is missed: this is a measurement, not a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dataRoot = path.join(root, 'bench/.data'); // gitignored
const distDir = path.resolve(root, process.env.MLSHIP_BENCH_DIST || 'dist');
const cliBundle = path.join(distDir, 'cli/index.js');
const checksFile = path.join(here, 'checks.yml');
const rssPreload = pathToFileURL(path.join(root, 'bench/validate-data/rss.js')).href;
const GNU_TIME = '/usr/bin/time';

const TARGET_RATIO = 1.3; // engine duckdb ≤ 1.3 × (SUMMARIZE + duplicate count)
const MB = 1e6;
const GB = 1e9;

// ---------------------------------------------------------------- arguments
function parseArgs(argv) {
  const o = { rows: 50_000_000, keep: false, local: true, memoryLimit: '1GB', json: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--keep') o.keep = true;
    else if (a === '--no-local') o.local = false;
    else if (a.startsWith('--rows')) {
      o.rows = Number(value().replaceAll('_', ''));
      if (!Number.isInteger(o.rows) || o.rows < 10_000) usage('--rows takes an integer of at least 10000, e.g. --rows 2000000');
    } else if (a.startsWith('--memory-limit')) {
      o.memoryLimit = value();
      if (!/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i.test(o.memoryLimit)) usage('--memory-limit takes DuckDB\'s form, e.g. 1GB or 512MB');
    } else if (a.startsWith('--json')) o.json = path.resolve(value());
    else if (a === '--help' || a === '-h') usage(null, 0);
    else usage(`unknown argument ${a}`);
  }
  return o;
}

function usage(message, code = 2) {
  if (message) console.error(`error: ${message}`);
  console.error('usage: node bench/validate-data-engines/duckdb-50m.js [--rows 50000000] [--keep] [--no-local] [--memory-limit 1GB] [--json FILE]');
  process.exit(code);
}

// ---------------------------------------------------------------- the data
// Bump when the SQL below changes: a dataset of another version is regenerated.
const GEN_VERSION = 1;
const FILES = 8;
const ROW_GROUP_SIZE = 500_000;
const DUPLICATE_EVERY = 1000; // every 1000th row repeats the previous one: 0.1 % duplicate rows
const CATEGORIES = ['web', 'ios', 'android', 'partner', 'email', 'search', 'social', 'display', 'referral', 'affiliate', 'tv', 'other'];

/**
 * Rows [from, to) of the table. Every value is a hash of the row key j, so the bytes are the
 * same on every machine and a duplicate (j = i - 1) is an exact copy, also across files.
 *   id        BIGINT     row key
 *   int_a     INTEGER    uniform 0..999
 *   int_b     BIGINT     uniform -500000..499999
 *   x1        DOUBLE     uniform 0..100; 2 % null, 1 % NaN
 *   x2        DOUBLE     standard normal; 1 % null
 *   amount    DOUBLE     lognormal; 0.5 % NaN
 *   category  VARCHAR    12 values, skewed; 0.5 % null (low cardinality)
 *   user_id   VARCHAR    user_ + 8 digits from 20 million ids (high cardinality, ~18M distinct at 50M rows)
 *   ts        TIMESTAMP  2026-01-01 + up to 300 days, microseconds; 0.2 % null
 *   flag      BOOLEAN    30 % true; 1 % null
 *   target    INTEGER    3 classes, ~70 / 20 / 10 %
 */
function tableSql(from, to) {
  const u = (k) => `((hash(j, ${k}) % 1000000)::DOUBLE / 1000000.0)`;
  const per10000 = (k, n) => `(hash(j, ${k}) % 10000) < ${n}`;
  const normal = (a, b) => `(sqrt(-2.0 * ln(${u(a)} + 1e-9)) * cos(2.0 * pi() * ${u(b)}))`;
  const cats = `[${CATEGORIES.map((c) => `'${c}'`).join(', ')}]`;
  return `
    SELECT
      j::BIGINT                                                            AS id,
      (hash(j, 1) % 1000)::INTEGER                                         AS int_a,
      ((hash(j, 2) % 1000000)::BIGINT - 500000)                            AS int_b,
      CASE WHEN ${per10000(3, 200)} THEN NULL WHEN ${per10000(4, 100)} THEN 'NaN'::DOUBLE ELSE ${u(5)} * 100.0 END AS x1,
      CASE WHEN ${per10000(6, 100)} THEN NULL ELSE ${normal(7, 8)} END     AS x2,
      CASE WHEN ${per10000(9, 50)} THEN 'NaN'::DOUBLE ELSE exp(0.5 + 0.5 * ${normal(10, 11)}) END AS amount,
      CASE WHEN ${per10000(12, 50)} THEN NULL ELSE ${cats}[1 + floor(${CATEGORIES.length} * pow(${u(13)}, 2.0))::INTEGER] END AS category,
      'user_' || lpad((hash(j, 14) % 20000000)::VARCHAR, 8, '0')           AS user_id,
      CASE WHEN ${per10000(15, 20)} THEN NULL ELSE TIMESTAMP '2026-01-01 00:00:00' + to_microseconds((hash(j, 16) % 25920000000000)::BIGINT) END AS ts,
      CASE WHEN ${per10000(17, 100)} THEN NULL ELSE ${u(18)} < 0.3 END     AS flag,
      CASE WHEN ${u(19)} < 0.7 THEN 0 WHEN ${u(19)} < 0.9 THEN 1 ELSE 2 END::INTEGER AS target
    FROM (
      SELECT CASE WHEN i % ${DUPLICATE_EVERY} = ${DUPLICATE_EVERY - 1} THEN i - 1 ELSE i END AS j
      FROM range(${from}, ${to}) t(i)
    )
    ORDER BY j`;
}

const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;
const dirSize = (dir) => fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);

/**
 * The dataset for `rows` rows under bench/.data/, reused while its parameters match. Written
 * into a temporary directory and renamed, so an interrupted run never leaves files a later
 * run would take for complete.
 */
async function ensureData(rows, log) {
  const dir = path.join(dataRoot, `engines-duckdb-${rows}-v${GEN_VERSION}`);
  const meta = JSON.stringify({ generator: GEN_VERSION, rows, files: FILES, rowGroupSize: ROW_GROUP_SIZE, duplicateEvery: DUPLICATE_EVERY, sql: tableSql('FROM', 'TO') });
  const metaFile = path.join(dir, 'meta.json');
  if (fs.existsSync(metaFile) && fs.readFileSync(metaFile, 'utf8') === meta) return { dir, generated: false, ms: 0 };
  fs.rmSync(dir, { recursive: true, force: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.mkdirSync(tmp, { recursive: true });
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await instance.connect();
  try {
    for (let f = 0; f < FILES; f++) {
      const [from, to] = [Math.floor((rows * f) / FILES), Math.floor((rows * (f + 1)) / FILES)];
      const file = path.join(tmp, `part-${String(f).padStart(2, '0')}.parquet`);
      await conn.run(`COPY (${tableSql(from, to)}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
      log(`generated ${path.basename(file)} (${(to - from).toLocaleString('en-US')} rows)`);
    }
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  fs.writeFileSync(path.join(tmp, 'meta.json'), meta);
  fs.renameSync(tmp, dir);
  return { dir, generated: true, ms: performance.now() - t0 };
}

/**
 * How big the data is once DuckDB holds it: one file loaded into an in-memory table,
 * DuckDB's own accounting of that table's memory (duckdb_memory()), scaled by rows to the
 * whole dataset. Also the parquet footers' uncompressed size (encoded pages before zstd).
 */
async function dataSizes(dir, files) {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const conn = await instance.connect();
  try {
    const all = `[${files.map(sqlString).join(', ')}]`;
    const [footer] = (await conn.runAndReadAll(`SELECT sum(total_uncompressed_size)::BIGINT AS u, sum(total_compressed_size)::BIGINT AS c FROM parquet_metadata(${all})`)).getRowObjectsJson();
    const [{ n: totalRows }] = (await conn.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM read_parquet(${all})`)).getRowObjectsJson();
    await conn.run(`CREATE TABLE sample AS SELECT * FROM read_parquet(${sqlString(files[0])})`);
    const [{ n: sampleRows }] = (await conn.runAndReadAll('SELECT count(*)::BIGINT AS n FROM sample')).getRowObjectsJson();
    const [{ bytes }] = (await conn.runAndReadAll("SELECT sum(memory_usage_bytes)::BIGINT AS bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'")).getRowObjectsJson();
    return {
      parquetBytes: files.reduce((n, f) => n + fs.statSync(f).size, 0),
      parquetUncompressedBytes: Number(footer.u),
      inMemoryBytes: (Number(bytes) * Number(totalRows)) / Number(sampleRows),
      sampleRows: Number(sampleRows),
      rows: Number(totalRows),
    };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

// ---------------------------------------------------------------- process measurement
// Variables that change what node does at startup are kept out of every measured process.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS' && k !== 'NODE_EXTRA_CA_CERTS'));
const haveGnuTime = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

/**
 * One node process to completion: wall time from spawn to exit; peak RSS from the rss.js
 * preload (getrusage of the whole process, DuckDB's native threads included) and from GNU
 * time's %M when /usr/bin/time exists (both KiB); with GNU time also the CPU time (user +
 * system), which other work on the two cores stretches far less than the wall time.
 */
function measure(args, timeoutMs = 60 * 60_000) {
  const argv = ['--import', rssPreload, ...args];
  const [file, fileArgs] = haveGnuTime ? [GNU_TIME, ['-f', '__BENCH_TIME_MAXRSS_KB=%M __BENCH_CPU_S=%U+%S', process.execPath, ...argv]] : [process.execPath, argv];
  const t0 = performance.now();
  const r = spawnSync(file, fileArgs, { cwd: root, env: childEnv, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs });
  const ms = performance.now() - t0;
  const stderr = r.stderr ?? '';
  const marker = (name) => {
    const m = new RegExp(`__${name}=(\\d+)`).exec(stderr);
    return m ? Number(m[1]) : null;
  };
  const cpu = /__BENCH_CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
  return {
    ms,
    status: r.status,
    error: r.error ? String(r.error.message ?? r.error) : null,
    stdout: r.stdout ?? '',
    stderr: stderr.replace(/\n?__BENCH_(TIME_)?MAXRSS_KB=\d+( __BENCH_CPU_S=\S+)?\n?/g, '\n').replace(/Command exited with non-zero status \d+\n?/, ''),
    rssKb: marker('BENCH_TIME_MAXRSS_KB') ?? marker('BENCH_MAXRSS_KB'),
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null,
  };
}

/** The line that says what went wrong: DuckDB's and node's own messages end with advice and a version line. */
const failure = (s) => {
  const lines = s.trim().split('\n').filter((l) => l.trim() && !/^\s+at /.test(l) && !/^Node\.js v/.test(l));
  return lines.find((l) => /(^error|Error:| failed: )/.test(l)) ?? lines.at(-1) ?? 'no output';
};

function referenceRun(glob, memoryLimit) {
  const r = measure([path.join(here, 'duckdb-summarize.js'), glob, '--threads', '2', '--memory-limit', memoryLimit]);
  let out = null;
  try {
    out = JSON.parse(r.stdout.trim().split('\n').at(-1));
  } catch {}
  const ok = r.status === 0 && out != null;
  return { ok, ms: r.ms, cpuMs: r.cpuMs, rssKb: r.rssKb, ...(out ?? {}), error: ok ? null : failure(r.error ?? r.stderr) };
}

/** The statements' times from report.json's folded SQL ("-- <purpose>, <s> s" before each statement). */
function statementTimes(report) {
  const text = report?.texts?.find((t) => /^SQL run on /.test(t.title))?.text ?? '';
  return [...text.matchAll(/^-- (.+), (\d+\.\d+) s$/gm)].map((m) => ({ purpose: m[1], ms: Number(m[2]) * 1000 }));
}

function cliRun(engine, glob, memoryLimit) {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-engines-'));
  try {
    const args = [cliBundle, 'validate-data', '--engine', engine, '--data', glob, '--config', checksFile, '--report-path', reportDir, '--fail-on', 'never'];
    if (engine === 'duckdb') args.push('--memory-limit', memoryLimit);
    const r = measure(args);
    let report = null;
    try {
      report = JSON.parse(fs.readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
    } catch {}
    const ok = r.status === 0 && report != null && report.status !== 'error';
    return {
      ok,
      ms: r.ms,
      cpuMs: r.cpuMs,
      rssKb: r.rssKb,
      status: report?.status ?? null,
      rows: report?.data?.profile?.rows ?? null,
      duplicates: report?.data?.profile?.duplicateRows ?? null,
      failedChecks: report?.checks?.filter((c) => c.status === 'fail').map((c) => `${c.id} (${c.severity})`) ?? [],
      checks: report?.checks?.map((c) => ({ id: c.id, status: c.status, observed: c.observed })) ?? [],
      statements: statementTimes(report),
      error: ok ? null : failure(r.error ?? (r.stderr || r.stdout)),
    };
  } finally {
    fs.rmSync(reportDir, { recursive: true, force: true });
  }
}

/** Read every file once so that every process starts from a warm page cache. */
function warm(files) {
  const buf = Buffer.allocUnsafe(8 << 20);
  for (const f of files) {
    const fd = fs.openSync(f, 'r');
    try {
      while (fs.readSync(fd, buf, 0, buf.length, null) > 0);
    } finally {
      fs.closeSync(fd);
    }
  }
}

// ---------------------------------------------------------------- formatting
const s = (ms) => (ms == null ? 'n/a' : (ms / 1000).toFixed(1));
const mb = (kb) => (kb == null ? 'n/a' : ((kb * 1024) / MB).toFixed(0));
const x = (r) => (r == null || !Number.isFinite(r) ? 'n/a' : `${r.toFixed(2)}×`);
const fmtRows = (n) => (n >= 1e6 && n % 1e5 === 0 ? `${n / 1e6}M` : n.toLocaleString('en-US'));

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- main
const opts = parseArgs(process.argv.slice(2));
const log = (m) => process.stderr.write(`[bench] ${m}\n`);
const started = new Date();
if (!fs.existsSync(cliBundle)) usage(`${path.relative(root, cliBundle)} does not exist: run \`npm run build\` (or point MLSHIP_BENCH_DIST at a bundle directory)`, 1);

const loadavg = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
console.log(`# validate-data engine duckdb, ${fmtRows(opts.rows)} rows — ${started.toISOString()}`);
console.log(`command: node bench/validate-data-engines/duckdb-50m.js ${process.argv.slice(2).join(' ')}`.trimEnd());
console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, load average at start ${loadavg()}`);
console.log(`node ${process.version}; CLI bundle ${path.relative(root, cliBundle)}; DuckDB threads=2, memory_limit=${opts.memoryLimit} for the reference and --memory-limit ${opts.memoryLimit} for ours`);
console.log(`peak RSS: ${haveGnuTime ? 'GNU time %M' : 'process.resourceUsage().maxRSS (rss.js preload)'} of the whole process; MB = 10^6 bytes`);

// The data takes ~2.5 GB for 50M rows; refuse to start when the disk could not hold twice that.
const free = fs.statfsSync(root);
const freeBytes = free.bavail * free.bsize;
const needBytes = (opts.rows / 50_000_000) * 5 * GB;
if (freeBytes < needBytes) usage(`only ${(freeBytes / GB).toFixed(1)} GB free under ${root}; ${fmtRows(opts.rows)} rows need about ${(needBytes / GB).toFixed(1)} GB (parquet plus DuckDB's spill files)`, 1);
console.log(`disk: ${(freeBytes / GB).toFixed(0)} GB free under ${root} before generating`);

let data;
try {
  data = await ensureData(opts.rows, log);
} catch (e) {
  usage(`generating the data failed: ${e.message.split('\n')[0]}`, 1);
}
const files = fs.readdirSync(data.dir).filter((f) => f.endsWith('.parquet')).sort().map((f) => path.join(data.dir, f));
const glob = path.join(data.dir, '*.parquet');
const result = { started, opts, data: null, reference: null, duckdb: null, local: null, verdicts: [] };
try {
  log('measuring the data size');
  const sizes = await dataSizes(data.dir, files);
  result.data = { dir: path.relative(root, data.dir), files: files.length, generatedMs: data.generated ? data.ms : null, ...sizes };
  const limitBytes = Number(/^[\d.]+/.exec(opts.memoryLimit)[0]) * ({ kb: 1e3, mb: 1e6, gb: 1e9, kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30 })[/[a-z]+$/i.exec(opts.memoryLimit)[0].toLowerCase()];
  console.log('');
  console.log(`data: ${files.length} parquet files (zstd, row groups of ${ROW_GROUP_SIZE.toLocaleString('en-US')}), ${sizes.rows.toLocaleString('en-US')} rows × 11 columns, ${data.generated ? `generated in ${s(data.ms)} s` : 'reused from an earlier run'}`);
  console.log(`  on disk ${(sizes.parquetBytes / GB).toFixed(2)} GB; pages before zstd ${(sizes.parquetUncompressedBytes / GB).toFixed(2)} GB (parquet footers)`);
  console.log(`  in DuckDB's memory ~${(sizes.inMemoryBytes / GB).toFixed(2)} GB (duckdb_memory() of ${path.basename(files[0])} loaded as a table, ${sizes.sampleRows.toLocaleString('en-US')} rows, scaled to all rows)`);
  const larger = sizes.inMemoryBytes > limitBytes;
  console.log(`  memory limit ${opts.memoryLimit}: the data in memory is ${x(sizes.inMemoryBytes / limitBytes)} the limit — ${larger ? 'larger than memory, as intended' : 'NOT larger than the limit (use more --rows)'}`);
  result.verdicts.push({ ok: larger, what: `data in memory ${(sizes.inMemoryBytes / GB).toFixed(2)} GB > memory limit ${opts.memoryLimit}` });

  warm(files);
  // The 1-minute load average before and after each process: how much other work shared the cores.
  const measured = (label, run) => {
    const before = os.loadavg()[0];
    log(`${label} (load average ${loadavg()})`);
    return { ...run(), load: [before, os.loadavg()[0]] };
  };
  result.reference = measured('reference: SUMMARIZE + duplicate count', () => referenceRun(glob, opts.memoryLimit));
  result.duckdb = measured('ours: --engine duckdb', () => cliRun('duckdb', glob, opts.memoryLimit));
  if (opts.local) result.local = measured('ours: --engine local', () => cliRun('local', glob, opts.memoryLimit));
} finally {
  if (!opts.keep) {
    fs.rmSync(data.dir, { recursive: true, force: true });
    log(`removed ${path.relative(root, data.dir)} (--keep keeps it)`);
  }
}

const { reference: ref, duckdb, local } = result;
const ratio = (m) => (m?.ok && ref.ok ? m.ms / ref.ms : null);
const cpuRatio = (m) => (m?.ok && ref.ok && m.cpuMs && ref.cpuMs ? m.cpuMs / ref.cpuMs : null);
const load = (m) => (m?.load ? m.load.map((l) => l.toFixed(1)).join(' → ') : 'n/a');
const row = (name, m, note) => [name, m == null ? 'not run' : m.ok ? s(m.ms) : `FAILED after ${s(m.ms)}`, x(ratio(m)), s(m?.cpuMs), x(cpuRatio(m)), mb(m?.rssKb), load(m), note];
console.log('');
console.log(table(['process', 'wall (s)', 'wall ratio', 'CPU (s)', 'CPU ratio', 'peak RSS MB', 'load avg', 'notes'], [
  row('reference: DuckDB SUMMARIZE + duplicate count', ref, ref.ok ? `SUMMARIZE ${s(ref.summarizeMs)} s, duplicates (${ref.distinctBy}) ${s(ref.distinctMs)} s inside the process` : ref.error),
  row('ours: validate-data --engine duckdb', duckdb, duckdb.ok ? `report ${duckdb.status}` : duckdb.error),
  row('ours: validate-data --engine local', local, local ? (local.ok ? `report ${local.status}` : local.error) : '--no-local'),
]));
console.log('');
console.log('wall = whole process from spawn to exit, warm page cache; wall ratio = ours / reference (the target); CPU = user + system');
console.log('time of the process (GNU time), CPU ratio the same ratio of CPU times: when other work shares the cores, compare the two;');
console.log('load avg = 1-minute load average before → after the process (2 cores: above 2 means other work waited for or took them).');

if (duckdb.ok && ref.ok) {
  const r = ratio(duckdb);
  result.verdicts.push({ ok: r <= TARGET_RATIO, what: `engine duckdb ${x(r)} the reference (target ≤ ${TARGET_RATIO}×)` });
} else result.verdicts.push({ ok: false, what: `engine duckdb vs reference: ${!ref.ok ? `reference failed: ${ref.error}` : `our CLI failed: ${duckdb.error}`}` });
if (local?.ok && duckdb.ok) console.log(`engine local / engine duckdb: ${x(local.ms / duckdb.ms)} (information, no target)`);

if (duckdb.statements.length) {
  console.log('');
  console.log('engine duckdb, statement by statement (report.json):');
  console.log(table(['statement', 's', 'share'], duckdb.statements.map((st) => [st.purpose, s(st.ms), `${((st.ms / duckdb.ms) * 100).toFixed(0)}%`])));
}

// Cross-check: every process saw the same rows and duplicate rows, and the two engines gave the same verdicts.
const expectedDuplicates = Math.floor(opts.rows / DUPLICATE_EVERY);
const mismatches = [];
for (const [who, m] of [['reference', ref], ['engine duckdb', duckdb], ['engine local', local]]) {
  if (!m?.ok) continue;
  if (m.rows !== opts.rows) mismatches.push(`${who} counted ${m.rows} rows, expected ${opts.rows}`);
  if (m.duplicates !== expectedDuplicates) mismatches.push(`${who} counted ${m.duplicates} duplicate rows, expected ${expectedDuplicates}`);
}
if (duckdb.ok && local?.ok) {
  for (const c of duckdb.checks) {
    const l = local.checks.find((k) => k.id === c.id);
    if (l?.status !== c.status) mismatches.push(`check ${c.id}: ${c.status} on engine duckdb, ${l?.status ?? 'absent'} on engine local`);
  }
}
console.log('');
console.log(mismatches.length ? `CROSS-CHECK MISMATCHES:\n${mismatches.map((m) => `  - ${m}`).join('\n')}` : `cross-check: every process that ran counted ${opts.rows.toLocaleString('en-US')} rows and ${expectedDuplicates.toLocaleString('en-US')} duplicate rows${duckdb.ok && local?.ok ? '; both engines gave every check the same status' : ''}.`);
if (duckdb.ok) console.log(`failed checks on engine duckdb: ${duckdb.failedChecks.join(', ') || 'none'}`);
for (const m of mismatches) result.verdicts.push({ ok: false, what: m });

console.log('');
for (const v of result.verdicts) console.log(`${v.ok ? 'met   ' : 'missed'}  ${v.what}`);
console.log(`load average at the end ${loadavg()}`);

if (opts.json) {
  fs.writeFileSync(opts.json, JSON.stringify(result, null, 2));
  log(`wrote ${opts.json}`);
}
