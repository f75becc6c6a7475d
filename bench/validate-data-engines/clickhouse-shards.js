#!/usr/bin/env node
// validate-data with engine clickhouse on a two-shard cluster: the same check set
// (checks.yml, the one duckdb-50m.js runs) through our CLI on a Distributed table over two
// shards, each holding half of the generated rows, against the same rows in one MergeTree
// table on one shard. Both servers run on this machine (the throw-away cluster of the test
// suite, packages/data/src/sql/testing/clickhouse-process.js), so the ratio shows what the
// fan-out costs or saves, not what two machines would: every statement's time on both
// layouts is printed, to see how the cost splits. Runs alternate; medians of --repeat.
//
//   node bench/validate-data-engines/clickhouse-shards.js [--rows 5000000] [--repeat 3] [--json FILE]
//
// MLSHIP_BENCH_DIST=<dir> measures another CLI bundle (<dir>/cli/index.js) instead of dist/,
// e.g. one built from changed sources with ncc into /tmp.
//
// Exit code 0 whenever the measurements ran: this is a measurement, not a test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLUSTER, spawnClickhouse, stopClickhouse } from '../../packages/data/src/sql/testing/clickhouse-process.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const distDir = path.resolve(root, process.env.MLSHIP_BENCH_DIST || 'dist');
const cliBundle = path.join(distDir, 'cli/index.js');
const checksFile = path.join(here, 'checks.yml');
const CATEGORIES = ['web', 'ios', 'android', 'partner', 'email', 'search', 'social', 'display', 'referral', 'affiliate', 'tv', 'other'];
const DUPLICATE_EVERY = 1000;

function usage(message, code = 2) {
  if (message) console.error(`error: ${message}`);
  console.error('usage: node bench/validate-data-engines/clickhouse-shards.js [--rows 5000000] [--repeat 3] [--json FILE]');
  process.exit(code);
}

function parseArgs(argv) {
  const o = { rows: 5_000_000, repeat: 3, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} takes a value`);
      return argv[++i];
    };
    if (a === '--rows') o.rows = Number(value());
    else if (a === '--repeat') o.repeat = Number(value());
    else if (a === '--json') o.json = path.resolve(value());
    else if (a === '--help' || a === '-h') usage(null, 0);
    else usage(`unknown argument ${a} (known: --rows N, --repeat N, --json FILE)`);
  }
  if (!Number.isSafeInteger(o.rows) || o.rows < 1000) usage('--rows takes an integer of at least 1000');
  if (!Number.isInteger(o.repeat) || o.repeat < 1) usage('--repeat takes a positive integer');
  return o;
}

/**
 * The rows of checks.yml's table, from numbers() on the server (ClickHouse 18.16 SQL): every
 * value a hash of the row key j, every 1000th row a copy of the one before. Same columns and
 * shapes as duckdb-50m.js; flag is 0/1 (18.16 has no Bool), ts whole seconds in 2026.
 */
function rowsSql(rows, where) {
  const h = (k) => `cityHash64(j, ${k})`;
  const u = (k) => `(toFloat64(${h(k)} % 1000000) / 1000000.0)`;
  const per10000 = (k, n) => `(${h(k)} % 10000) < ${n}`;
  const normal = (a, b) => `(sqrt(-2.0 * log(${u(a)} + 1e-9)) * cos(2.0 * pi() * ${u(b)}))`;
  const cats = `[${CATEGORIES.map((c) => `'${c}'`).join(', ')}]`;
  return `SELECT
    toInt64(j) AS id,
    toInt32(${h(1)} % 1000) AS int_a,
    toInt64(${h(2)} % 1000000) - 500000 AS int_b,
    if(${per10000(3, 200)}, NULL, if(${per10000(4, 100)}, nan, ${u(5)} * 100.0)) AS x1,
    if(${per10000(6, 100)}, NULL, ${normal(7, 8)}) AS x2,
    if(${per10000(9, 50)}, nan, exp(0.5 + 0.5 * ${normal(10, 11)})) AS amount,
    if(${per10000(12, 50)}, NULL, arrayElement(${cats}, 1 + toUInt32(floor(${CATEGORIES.length} * pow(${u(13)}, 2.0))))) AS category,
    concat('user_', substring(toString(100000000 + ${h(14)} % 20000000), 2)) AS user_id,
    if(${per10000(15, 20)}, NULL, toDateTime(1767225600 + (${h(16)} % 25920000))) AS ts,
    if(${per10000(17, 100)}, NULL, toUInt8(${u(18)} < 0.3)) AS flag,
    toInt32(multiIf(${u(19)} < 0.7, 0, ${u(19)} < 0.9, 1, 2)) AS target
  FROM (SELECT if(number % ${DUPLICATE_EVERY} = ${DUPLICATE_EVERY - 1}, toUInt64(number - 1), number) AS j FROM numbers(${rows}) WHERE ${where})`;
}

const COLUMNS = 'id Int64, int_a Int32, int_b Int64, x1 Nullable(Float64), x2 Nullable(Float64), amount Float64, category Nullable(String), user_id String, ts Nullable(DateTime), flag Nullable(UInt8), target Int32';

async function exec(node, sql) {
  const res = await fetch(node, { method: 'POST', body: sql });
  const text = await res.text();
  if (!res.ok) throw new Error(`ClickHouse at ${node}: ${text.trim().split('\n')[0]}`);
  return text.trim();
}

async function ping(node, log) {
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${node}/ping`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (attempt === 600) throw new Error(`ClickHouse at ${node} does not answer /ping; its log: ${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** One CLI run: wall time, and each statement's time from the report (the folded SQL block). */
function runCli(connection, table, reportDir) {
  fs.rmSync(reportDir, { recursive: true, force: true });
  const args = [cliBundle, 'validate-data', '--engine', 'clickhouse', '--connection', connection, '--table', table, '--config', checksFile, '--report-path', reportDir, '--fail-on', 'never'];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = performance.now() - t0;
  const reportFile = path.join(reportDir, 'report.json');
  if (r.status !== 0 || !fs.existsSync(reportFile)) throw new Error(`validate-data on ${table} exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const sql = report.texts?.[0]?.text ?? '';
  const statements = [...sql.matchAll(/^-- (.+), (\d+\.\d+) s$/gm)].map((m) => ({ purpose: m[1], s: Number(m[2]) }));
  return { ms, status: report.status, checks: report.checks.map((c) => `${c.id}:${c.status}`), statements };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const opts = parseArgs(process.argv.slice(2));
if (!fs.existsSync(cliBundle)) usage(`${path.relative(root, cliBundle)} does not exist: run \`npm run build\` (or point MLSHIP_BENCH_DIST at a bundle directory)`, 1);
const cluster = await spawnClickhouse();
if ('error' in cluster) usage(cluster.error, 1);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-clickhouse-'));
try {
  const [one, two] = cluster.nodes.map((n) => n.http);
  await ping(one, cluster.nodes[0].log);
  await ping(two, cluster.nodes[1].log);
  const version = await exec(one, 'SELECT version()');
  console.log(`node ${process.version}; CLI bundle ${path.relative(root, cliBundle)}; ClickHouse ${version}, two servers on this machine (${os.cpus().length} cores); ${opts.rows.toLocaleString('en-US')} rows`);

  const t0 = performance.now();
  for (const [i, node] of [one, two].entries()) {
    await exec(node, 'CREATE DATABASE bench');
    await exec(node, `CREATE TABLE bench.rows_local (${COLUMNS}) ENGINE = MergeTree ORDER BY id`);
    await exec(node, `INSERT INTO bench.rows_local ${rowsSql(opts.rows, `number % 2 = ${i}`)}`);
  }
  await exec(one, `CREATE TABLE bench.rows_sharded AS bench.rows_local ENGINE = Distributed(${CLUSTER}, bench, rows_local)`);
  await exec(one, `CREATE TABLE bench.rows_one_shard (${COLUMNS}) ENGINE = MergeTree ORDER BY id`);
  await exec(one, `INSERT INTO bench.rows_one_shard ${rowsSql(opts.rows, '1')}`);
  for (const node of [one, two]) await exec(node, 'OPTIMIZE TABLE bench.rows_local FINAL');
  await exec(one, 'OPTIMIZE TABLE bench.rows_one_shard FINAL');
  const counts = [await exec(one, 'SELECT count() FROM bench.rows_local'), await exec(two, 'SELECT count() FROM bench.rows_local'), await exec(one, 'SELECT count() FROM bench.rows_sharded'), await exec(one, 'SELECT count() FROM bench.rows_one_shard')].map(Number);
  console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s: shard 1 ${counts[0].toLocaleString('en-US')} rows, shard 2 ${counts[1].toLocaleString('en-US')}, Distributed ${counts[2].toLocaleString('en-US')}, one shard ${counts[3].toLocaleString('en-US')}`);
  if (counts[0] + counts[1] !== opts.rows || counts[2] !== opts.rows || counts[3] !== opts.rows) throw new Error('the tables do not hold the generated rows');

  const connection = `clickhouse://default@${new URL(one).host}/bench`;
  const runs = { sharded: [], one_shard: [] };
  // A first run of each warms the servers' caches (and the page cache); not counted.
  runCli(connection, 'rows_sharded', path.join(work, 'warm'));
  runCli(connection, 'rows_one_shard', path.join(work, 'warm'));
  for (let i = 0; i < opts.repeat; i++) {
    runs.sharded.push(runCli(connection, 'rows_sharded', path.join(work, `sharded-${i}`)));
    runs.one_shard.push(runCli(connection, 'rows_one_shard', path.join(work, `one-${i}`)));
  }
  const same = JSON.stringify(runs.sharded[0].checks) === JSON.stringify(runs.one_shard[0].checks);
  const sharded = median(runs.sharded.map((r) => r.ms));
  const single = median(runs.one_shard.map((r) => r.ms));
  console.log(`\nverdicts ${same ? 'identical' : 'DIFFER'} on both layouts (${runs.sharded[0].status}; ${runs.sharded[0].checks.filter((c) => c.endsWith(':fail')).join(', ') || 'no failed check'})`);
  console.log(`\n${'layout'.padEnd(40)}${'median s'.padStart(10)}   runs`);
  console.log(`${'Distributed, two shards (half each)'.padEnd(40)}${(sharded / 1000).toFixed(2).padStart(10)}   ${runs.sharded.map((r) => (r.ms / 1000).toFixed(2)).join(' ')}`);
  console.log(`${'MergeTree, one shard (all rows)'.padEnd(40)}${(single / 1000).toFixed(2).padStart(10)}   ${runs.one_shard.map((r) => (r.ms / 1000).toFixed(2)).join(' ')}`);
  console.log(`ratio two shards / one shard: ${(sharded / single).toFixed(2)}×`);

  // Per statement, medians over the runs: where the time goes on each layout.
  const per = (rs) => rs[0].statements.map((s, j) => ({ purpose: s.purpose, s: median(rs.map((r) => r.statements[j]?.s ?? NaN)) }));
  const a = per(runs.sharded);
  const b = per(runs.one_shard);
  console.log(`\n${'statement'.padEnd(64)}${'2 shards'.padStart(10)}${'1 shard'.padStart(10)}${'ratio'.padStart(8)}`);
  for (const [j, s] of a.entries()) {
    const other = b[j]?.s ?? NaN;
    console.log(`${s.purpose.slice(0, 63).padEnd(64)}${s.s.toFixed(2).padStart(10)}${other.toFixed(2).padStart(10)}${(other ? s.s / other : NaN).toFixed(2).padStart(8)}`);
  }
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify({ node: process.version, clickhouse: version, rows: opts.rows, repeat: opts.repeat, medianMs: { sharded, oneShard: single }, ratio: sharded / single, statements: { sharded: a, oneShard: b }, runs }, null, 2));
} finally {
  await stopClickhouse(cluster);
  fs.rmSync(work, { recursive: true, force: true });
}
