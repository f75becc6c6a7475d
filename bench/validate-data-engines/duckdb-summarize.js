#!/usr/bin/env node
// The reference for duckdb-50m.js: what DuckDB itself does to profile the same files, in
// its own Node process so that process start and module loading are paid as by our CLI.
//
//   node bench/validate-data-engines/duckdb-summarize.js <glob> [--threads 2] [--memory-limit 1GB] [--exact-distinct]
//
// Runs SUMMARIZE over read_parquet(<glob>) and one duplicate count (rows minus distinct
// rows), with the memory limit our CLI gets and a temporary directory to spill into. The
// distinct rows are counted by a 64-bit hash of each row (DuckDB's hash() of every
// column): DuckDB 1.5's own SELECT DISTINCT * runs out of memory on the 50M-row data at
// memory_limit 1GB, the hash's one fixed-width key does not (two distinct rows sharing a
// hash: probability about n²/2^65, 7e-5 at 50M rows). --exact-distinct counts with
// SELECT DISTINCT * instead. Floating NaN is read as missing in SUMMARIZE (as validate-data and pandas read
// it): DuckDB's stddev raises "STDDEV_SAMP is out of range" on a column holding NaN. Prints one JSON line: {engineMs, summarizeMs, distinctMs, rows, duplicates,
// columns}. engineMs runs from creating the instance to having both results in JS.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const glob = args.find((a, i) => !a.startsWith('--') && !['--threads', '--memory-limit'].includes(args[i - 1]));
const exactDistinct = args.includes('--exact-distinct');
const threads = Number(option('--threads', '2'));
const memoryLimit = option('--memory-limit', '1GB');
if (!glob || !Number.isInteger(threads) || threads < 1) {
  console.error('usage: duckdb-summarize.js <glob> [--threads N] [--memory-limit 1GB] [--exact-distinct]');
  process.exit(2);
}

const spill = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-duckdb-ref-'));
/** Runs one statement; a failure is one line naming it (DuckDB's own message runs over several). */
async function step(conn, name, sql) {
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson();
  } catch (e) {
    console.error(`reference ${name} failed: ${String(e.message).split('\n')[0]}`);
    fs.rmSync(spill, { recursive: true, force: true });
    process.exit(1);
  }
}
const src = `read_parquet('${glob.replaceAll("'", "''")}')`;
try {
  const t0 = performance.now();
  // The same configuration our engine's connectDuckdb gives the instance.
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads), memory_limit: memoryLimit, temp_directory: spill });
  const conn = await instance.connect();
  const floats = (await step(conn, 'DESCRIBE', `DESCRIBE SELECT * FROM ${src}`)).filter((c) => c.column_type === 'DOUBLE' || c.column_type === 'FLOAT');
  const ident = (c) => `"${c.replaceAll('"', '""')}"`;
  const nanAsNull = floats.length ? ` REPLACE (${floats.map((c) => `nullif(${ident(c.column_name)}, 'NaN'::DOUBLE) AS ${ident(c.column_name)}`).join(', ')})` : '';
  const summary = await step(conn, 'SUMMARIZE', `SUMMARIZE SELECT *${nanAsNull} FROM ${src}`);
  const t1 = performance.now();
  const distinctSql = exactDistinct ? `SELECT count(*) AS n FROM (SELECT DISTINCT * FROM ${src})` : `SELECT count(DISTINCT hash(*COLUMNS(*))) AS n FROM ${src}`;
  const distinct = Number((await step(conn, 'duplicate count', distinctSql))[0].n);
  const t2 = performance.now();
  conn.closeSync();
  instance.closeSync();
  const rows = Number(summary[0].count);
  console.log(JSON.stringify({
    engineMs: t2 - t0,
    summarizeMs: t1 - t0,
    distinctMs: t2 - t1,
    rows,
    duplicates: rows - distinct,
    distinctBy: exactDistinct ? 'SELECT DISTINCT *' : 'row hash',
    columns: summary.map((c) => ({ name: c.column_name, type: c.column_type, nullPercent: Number(c.null_percentage), approxUnique: Number(c.approx_unique) })),
  }));
} finally {
  fs.rmSync(spill, { recursive: true, force: true });
}
