#!/usr/bin/env node
// Reference A: the column profile validate-data computes, as DuckDB SQL over one file.
//   node bench/validate-data/duckdb-profile.js <file.parquet|file.csv> [--threads 2]
// Prints one JSON line: {engineMs, rows, duplicates, classes, columns:[…]}. engineMs runs
// from creating the DuckDB instance to having every result in JS (module loading and
// process start are not in it; the parent measures the whole process separately).
import { DuckDBInstance } from '@duckdb/node-api';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--threads');
const threads = args.includes('--threads') ? Number(args[args.indexOf('--threads') + 1]) : 2;
if (!file) {
  console.error('usage: duckdb-profile.js <file> [--threads N]');
  process.exit(2);
}

const QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
const ident = (c) => `"${c.replaceAll('"', '""')}"`;
const src = file.endsWith('.csv') ? `read_csv('${file.replaceAll("'", "''")}')` : `read_parquet('${file.replaceAll("'", "''")}')`;
const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL.*)$/;
const TEMPORAL = /^(TIMESTAMP.*|DATE)$/;

const t0 = performance.now();
const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
await conn.run(`SET threads=${threads}`);
const schema = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${src}`)).getRowObjectsJson();

// One aggregate pass: count, per column nulls/min/max/approx distinct and, for numbers and
// timestamps (as epoch milliseconds, which is what validate-data profiles), avg, sample std
// and the approximate quantiles.
const select = ['count(*) AS "rows"'];
for (const [i, { column_name: name, column_type: type }] of schema.entries()) {
  const c = ident(name);
  select.push(`count(*) - count(${c}) AS n${i}`, `min(${c})::VARCHAR AS mn${i}`, `max(${c})::VARCHAR AS mx${i}`, `approx_count_distinct(${c}) AS d${i}`);
  const v = NUMERIC.test(type) ? `${c}::DOUBLE` : TEMPORAL.test(type) ? `epoch_ms(${c})::DOUBLE` : null;
  if (v) select.push(`avg(${v}) AS a${i}`, `stddev_samp(${v}) AS s${i}`, `approx_quantile(${v}, [${QUANTILES.join(', ')}]) AS q${i}`);
}
const profileSql = `SELECT ${select.join(', ')} FROM ${src}`;
if (process.env.BENCH_DEBUG) console.error(profileSql);
const profile = (await conn.runAndReadAll(profileSql)).getRowObjectsJson()[0];
// Duplicate rows with pandas duplicated() semantics: rows minus distinct rows.
const distinct = (await conn.runAndReadAll(`SELECT count(*) AS n FROM (SELECT DISTINCT * FROM ${src})`)).getRowObjectsJson()[0].n;
// Class balance of `target` (what the default check set reports), when there is one.
const classes = schema.some((s) => s.column_name === 'target')
  ? (await conn.runAndReadAll(`SELECT target::VARCHAR AS k, count(*) AS n FROM ${src} GROUP BY ALL ORDER BY n DESC`)).getRowObjectsJson()
  : [];
const engineMs = performance.now() - t0;
conn.closeSync();
instance.closeSync();

console.log(JSON.stringify({
  engineMs,
  rows: Number(profile.rows),
  duplicates: Number(profile.rows) - Number(distinct),
  classes: Object.fromEntries(classes.map((r) => [r.k, Number(r.n)])),
  columns: schema.map(({ column_name: name, column_type: type }, i) => ({
    name, type, nulls: Number(profile[`n${i}`]), min: profile[`mn${i}`], max: profile[`mx${i}`], distinct: Number(profile[`d${i}`]),
    ...(profile[`a${i}`] !== undefined ? { mean: profile[`a${i}`], std: profile[`s${i}`], quantiles: profile[`q${i}`] } : {}),
  })),
}));
