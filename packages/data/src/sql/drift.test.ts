import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Client } from 'pg';
import type { DriftRow } from '../checks/rules/drift';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidateOptions, type ValidationOutcome } from '../validate';
import { expectAgree } from './testing/agreement';
import { freshDatabase } from './testing/real-postgres';
import { exec, freshClickhouseDatabase, loadRowsIntoClickhouse, type ClickhouseDatabase } from './testing/real-clickhouse';
import { clickhouseDialect } from './clickhouse-dialect';
import { loadYamlParser } from '@mlship/core';

beforeAll(loadYamlParser);

/**
 * Drift computed where the data lives: PSI, KS, χ² and JS on DuckDB, a real
 * PostgreSQL and a real two-shard ClickHouse (both sides Distributed tables, so
 * every statement fans out) against SciPy and pandas (__golden__/make_drift_golden.py builds
 * the same rows from the same formulas), and against the local reader where
 * the local profile is exact (up to 10,000 distinct values). Column x has
 * 28,952 distinct values: the local profile sketches it, the engines stay exact. Means and
 * standard deviations agree to summation order (1e-9 relative), as in cross-engine.test.ts.
 */
const golden = JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '__golden__/drift.golden.json'), 'utf8'));

/** The rows of make_drift_golden.py's frame(n, shift), plus a text column with a value per row. */
const frameSql = (n: number, shift: number) => `
SELECT
  CASE WHEN i % 53 = 0 THEN NULL WHEN i % 61 = 0 THEN CAST('NaN' AS DOUBLE) ELSE CAST((i * 7919) % 100003 + ${shift} * 2100 AS DOUBLE) / 7.0 END AS x,
  CAST((i * 5 + ${shift} * (i % 5)) % 21 AS BIGINT) AS k,
  make_timestamp(CAST(1704067200000000 + ((i * 31) % (5000 - ${shift} * 400)) * 1000000 AS BIGINT)) AS ts,
  CASE WHEN i % 47 = 0 THEN NULL WHEN i % 97 = 0 THEN 'rare' WHEN i % 89 = 0 AND ${shift} > 0 THEN 'new'
       ELSE ['a', 'b', 'c', 'd'][CAST((i + ${shift} * CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END) % 4 AS INTEGER) + 1] END AS cat,
  i % (3 + ${shift}) = 0 AS flag,
  'u' || i AS uid
FROM range(1, ${n + 1}) AS r(i)`;

let dir: string;
let pg: { url: string; client: Client };
let ch: ClickhouseDatabase;
/** ClickHouse 18.16 has no Bool: flag is the text 'true'/'false' there, the same two categories with the same counts. */
const CLICKHOUSE_COLUMNS: [string, string][] = [
  ['x', 'Nullable(Float64)'],
  ['k', 'Int64'],
  ['ts', 'DateTime'],
  ['cat', 'Nullable(String)'],
  ['flag', 'String'],
  ['uid', 'String'],
];
const files = { reference: '', data: '' };

async function loadIntoPostgres(client: Client, table: string, rows: Record<string, unknown>[]): Promise<void> {
  await client.query(`CREATE TABLE ${table} (x double precision, k bigint, ts timestamp, cat text, flag boolean, uid text)`);
  const columns = ['x', 'k', 'ts', 'cat', 'flag', 'uid'];
  for (let at = 0; at < rows.length; at += 2000) {
    const values: unknown[] = [];
    const tuples = rows.slice(at, at + 2000).map((r) => `(${columns.map((c) => (values.push(r[c] ?? null), `$${values.length}`)).join(', ')})`);
    await client.query(`INSERT INTO ${table} VALUES ${tuples.join(', ')}`, values);
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-drift-'));
  pg = await freshDatabase();
  ch = await freshClickhouseDatabase();
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    for (const [role, n, shift] of [['reference', 30000, 0], ['data', 25000, 1]] as const) {
      files[role] = path.join(dir, `${role}.parquet`);
      await conn.run(`COPY (${frameSql(n, shift)}) TO '${files[role]}' (FORMAT parquet)`);
      const rows = (await conn.runAndReadAll(`SELECT * REPLACE (strftime(ts, '%Y-%m-%d %H:%M:%S') AS ts, CAST(k AS DOUBLE) AS k) FROM read_parquet('${files[role]}')`)).getRowObjectsJS();
      await loadIntoPostgres(pg.client, role === 'reference' ? 'ref' : 'cur', rows);
      await loadRowsIntoClickhouse(ch, role === 'reference' ? 'ref' : 'cur', CLICKHOUSE_COLUMNS, rows, { cell: (c, v) => (c === 'flag' ? String(v) : v) });
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
});

afterAll(async () => {
  await pg?.client.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

const CHECKS = { checks: [{ type: 'drift', columns: ['x', 'k', 'ts', 'cat', 'flag'], per_column: { k: { method: 'ks' }, ts: { method: 'ks' } } }] };

/** On a server the data is the table cur and the reference the table ref; elsewhere parquet files. */
function run(engine: ValidateOptions['engine'], checks: object = CHECKS, tables = { data: 'cur', reference: 'ref' }): Promise<ValidationOutcome> {
  const onServer = engine?.name === 'postgres' || engine?.name === 'clickhouse';
  return validateDataset({
    data: onServer ? undefined : files.data,
    reference: onServer ? tables.reference : files.reference,
    config: parseConfig(JSON.stringify(checks), 'checks.json'),
    engine: onServer ? { ...engine, table: tables.data } : engine,
  });
}

const driftRows = (o: ValidationOutcome): Map<string, DriftRow> => new Map((o.extras.flatMap((e) => (e.data?.drift as DriftRow[] | undefined) ?? [])).map((r) => [r.column, r]));

/** Relative agreement; p-values far in the tail agree in their exponent's digits only, so they get their own tolerance. */
function expectClose(actual: number | undefined, expected: number, at: string, rel = 1e-9): void {
  const ok = actual !== undefined && (actual === expected || Math.abs(actual - expected) <= rel * Math.max(Math.abs(actual), Math.abs(expected)) || (expected < 1e-300 && actual < 1e-300));
  if (!ok) throw new Error(`${at}: ${actual} != ${expected}`);
}

describe('drift on SQL engines', () => {
  let local: ValidationOutcome;
  beforeAll(async () => {
    local = await run(undefined);
  });

  it.each([
    ['duckdb', () => ({ name: 'duckdb' as const })],
    ['postgres', () => ({ name: 'postgres' as const, connection: pg.url })],
    ['clickhouse', () => ({ name: 'clickhouse' as const, connection: ch.url })],
  ])('%s gives SciPy\'s PSI, KS, χ² and JS on every column, x included', async (name, engine) => {
    const out = await run(engine());
    const rows = driftRows(out);
    for (const c of ['x', 'k', 'ts']) {
      expectClose(rows.get(c)!.psi, golden[c].psi, `${name} ${c} psi`);
      expectClose(rows.get(c)!.ksStatistic, golden[c].ks_d, `${name} ${c} ks D`);
      expectClose(rows.get(c)!.ksPValue, golden[c].ks_p, `${name} ${c} ks p`, 1e-6);
    }
    for (const c of ['cat', 'flag']) {
      expectClose(rows.get(c)!.chi2, golden[c].chi2, `${name} ${c} chi2`);
      expectClose(rows.get(c)!.chi2PValue, golden[c].chi2_p, `${name} ${c} chi2 p`, 1e-6);
      expectClose(rows.get(c)!.js, golden[c].js, `${name} ${c} js`);
    }
    expect(out.checks.map((c) => [c.id, c.status])).toEqual([
      ['drift:x', 'pass'],
      ['drift:k', 'pass'],
      ['drift:ts', 'fail'],
      ['drift:cat', 'pass'],
      ['drift:flag', 'pass'],
    ]);
    expect(out.referenceProfile?.rows).toBe(30000);
    for (const s of out.engine!.statements) expect(s.sql).not.toMatch(/\d\.\d{6}/);
  });

  it('agrees with the local reader wherever the local profile is exact, and gives the same report parts', async () => {
    const duck = await run({ name: 'duckdb' });
    const l = driftRows(local);
    const d = driftRows(duck);
    for (const c of ['k', 'ts', 'cat', 'flag']) {
      const { column, kind, method, threshold, drifted } = l.get(c)!;
      expect({ column, kind, method, threshold, drifted }).toEqual({ column, kind, method, threshold, drifted: d.get(c)!.drifted });
      for (const key of ['psi', 'ksStatistic', 'ksPValue', 'chi2', 'chi2PValue', 'js'] as const) {
        if (l.get(c)![key] !== undefined) expectClose(d.get(c)![key], l.get(c)![key]!, `${c} ${key}`, key.endsWith('PValue') ? 1e-6 : 1e-9);
      }
    }
    expect(duck.checks.map((c) => [c.id, c.status])).toEqual(local.checks.map((c) => [c.id, c.status]));
    expect(duck.extras.map((e) => e.tables?.map((t) => t.columns))).toEqual(local.extras.map((e) => e.tables?.map((t) => t.columns)));
    for (const c of ['k', 'cat', 'flag']) {
      expectAgree(duck.referenceProfile!.columns.find((p) => p.name === c), local.referenceProfile!.columns.find((p) => p.name === c), `reference profile of ${c}`);
    }
  });

  it('refuses categorical drift on more than 10,000 categories with one line, instead of comparing a part of them', async () => {
    const uid = { checks: [{ type: 'drift', columns: ['uid'] }] };
    for (const engine of [{ name: 'duckdb' as const }, { name: 'clickhouse' as const, connection: ch.url }]) {
      await expect(run(engine, uid)).rejects.toThrow(/^drift on "uid": the reference has more than 10,000 distinct values, and χ² and JS compare every category$/);
    }
  });

  it('on clickhouse, KS runs without window functions and planted SQL in table and column names stays one identifier', async () => {
    const evil = '`x"; DROP TABLE keep; --\\`';
    const name = (t: string) => clickhouseDialect.quote(`${t}${evil}`);
    for (const node of ch.nodes) await exec(node, `CREATE TABLE IF NOT EXISTS ${ch.database}.keep (n Int32) ENGINE = MergeTree ORDER BY n`);
    // The column x renamed to the planted name, on both sides, through a Distributed table of a planted name.
    for (const t of ['ref', 'cur']) {
      for (const node of ch.nodes) await exec(node, `CREATE TABLE ${ch.database}.${name(`${t}_local`)} ENGINE = MergeTree ORDER BY tuple() AS SELECT x AS ${clickhouseDialect.quote(evil)}, k FROM ${ch.database}.${t}_local`);
      await exec(ch.nodes[0]!, `CREATE TABLE ${ch.database}.${name(t)} AS ${ch.database}.${name(`${t}_local`)} ENGINE = Distributed(mlship_two_shards, ${ch.database}, ${name(`${t}_local`)})`);
    }
    const out = await run({ name: 'clickhouse', connection: ch.url }, { checks: [{ type: 'drift', columns: [evil], per_column: { [evil]: { method: 'ks' } } }] }, { data: `cur${evil}`, reference: `ref${evil}` });
    const row = driftRows(out).get(evil)!;
    expectClose(row.psi, golden.x.psi, 'planted x psi');
    expectClose(row.ksStatistic, golden.x.ks_d, 'planted x ks D');
    const ks = out.engine!.statements.find((s) => s.purpose === `drift: KS statistic of ${evil}`)!;
    expect(ks.sql).toMatch(/arrayCumSum\(/);
    expect(ks.sql).not.toMatch(/ OVER /);
    for (const node of ch.nodes) expect((await exec(node, `SELECT count() FROM ${ch.database}.keep`)).trim()).toBe('0');
  });
});
