import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Client } from 'pg';

/** A column name and a value that would end a statement if either were ever pasted into SQL. */
export const EVIL = 'x"; DROP TABLE keep; --';
export const EVIL_VALUE = "'; DROP TABLE keep; --";

/**
 * The cross-engine dataset: 2,008 rows built by SQL from the row number (no
 * randomness), with what makes engines disagree when they are careless: nulls
 * and NaN, repeated keys and 8 whole duplicate rows, a rare class, text beyond
 * ASCII, sub-millisecond timestamps, and a column whose name and values are SQL.
 */
const TABLE_SQL = `
CREATE TABLE t AS
WITH base AS (
  SELECT
    CASE WHEN i % 500 = 7 THEN i - 1 ELSE i END AS id,
    CASE WHEN i % 37 = 0 THEN NULL WHEN i % 41 = 0 THEN CAST('NaN' AS DOUBLE) ELSE ((i * 7919) % 1000) / 10.0 + CASE WHEN i % 97 = 0 THEN 150 ELSE 0 END END AS amount,
    CASE WHEN i % 100 = 0 THEN 'rare' WHEN i % 3 = 0 THEN 'a' WHEN i % 3 = 1 THEN 'b' ELSE 'c' END AS label,
    CASE WHEN i % 53 = 0 THEN NULL ELSE i % 2 = 0 END AS flag,
    make_timestamp(CAST(1704067200000000 + i * 3600000000 + (i % 7) * 250 AS BIGINT)) AS ts,
    CASE WHEN i % 13 = 0 THEN 'Ünïcode ' || i WHEN i % 29 = 0 THEN NULL ELSE chr(CAST(97 + i % 26 AS INTEGER)) || chr(CAST(97 + (i * 7) % 26 AS INTEGER)) END AS name,
    CASE WHEN i % 11 = 0 THEN '${EVIL_VALUE.replaceAll("'", "''")}' ELSE 'ok' END AS "${EVIL.replaceAll('"', '""')}"
  FROM range(1, 2001) AS r(i)
)
SELECT * FROM base UNION ALL SELECT * FROM base WHERE id % 250 = 0
`;

export interface EngineData {
  dir: string;
  parquet: string;
  rows: Record<string, unknown>[];
}

/** Writes the dataset as parquet with DuckDB and returns its rows (timestamps as text with microseconds, for loading elsewhere). */
export async function writeEngineData(): Promise<EngineData> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-engines-'));
  const parquet = path.join(dir, 'train.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(TABLE_SQL);
    await conn.run(`COPY t TO '${parquet}' (FORMAT parquet)`);
    const rows = (await conn.runAndReadAll(`SELECT * REPLACE (strftime(ts, '%Y-%m-%d %H:%M:%S.%f') AS ts) FROM t`)).getRowObjectsJS();
    return { dir, parquet, rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))) };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

/** The same rows in a PostgreSQL table (and a `keep` table the planted SQL would drop). */
export async function loadIntoPostgres(client: Client, table: string, rows: Record<string, unknown>[]): Promise<void> {
  const q = (n: string) => `"${n.replaceAll('"', '""')}"`;
  await client.query('CREATE TABLE keep (n int)');
  await client.query(`CREATE TABLE ${q(table)} (id bigint, amount double precision, label text, flag boolean, ts timestamp, name text, ${q(EVIL)} text)`);
  const columns = ['id', 'amount', 'label', 'flag', 'ts', 'name', EVIL];
  for (let at = 0; at < rows.length; at += 500) {
    const chunk = rows.slice(at, at + 500);
    const values: unknown[] = [];
    const tuples = chunk.map((r) => `(${columns.map((c) => (values.push(r[c] ?? null), `$${values.length}`)).join(', ')})`);
    await client.query(`INSERT INTO ${q(table)} VALUES ${tuples.join(', ')}`, values);
  }
}
