import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Client } from 'pg';
import { refusalLine } from '../read/test-kit';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidateOptions, type ValidationOutcome } from '../validate';
import { comparable, expectAgree } from './testing/agreement';
import { EVIL, EVIL_VALUE, loadIntoPostgres, writeEngineData, type EngineData } from './testing/engine-data';
import { freshDatabase } from './testing/real-postgres';
import { clickhouseDialect } from './clickhouse-dialect';
import { exec, freshClickhouseDatabase, loadIntoClickhouse, writeClickhouseReference, type ClickhouseDatabase } from './testing/real-clickhouse';
import { loadYamlParser } from '@mlship/core';

beforeAll(loadYamlParser);

/**
 * The leakage check as a join on the engine: the cross-engine dataset is the
 * training data and its rows with id % 7 == 0 the test data (the odd ids with
 * amount + 1000, so whole rows differ where ids match, except where amount is
 * missing: missing equals missing). Keys: whole rows, one column, two columns
 * with missing values, and the column whose name is SQL. The counts are the
 * ones Python finds with sets of key tuples (__golden__/make_leakage_golden.py);
 * the engines must give the local verdicts word for word. On ClickHouse both
 * sides are Distributed tables over two shards (the test rows in a table whose
 * name is SQL), so each side of the join fans out.
 */
const here = path.dirname(new URL(import.meta.url).pathname);
const CHECKS = fs.readFileSync(path.join(here, '__golden__/leakage-checks.json'), 'utf8');
const golden = JSON.parse(fs.readFileSync(path.join(here, '__golden__/leakage.golden.json'), 'utf8')) as Record<string, { leaked: number; keys: number; test_rows: number }>;
const TEST_ROWS = (from: string) => `SELECT * REPLACE (CASE WHEN id % 2 = 1 THEN amount + 1000 ELSE amount END AS amount) FROM ${from} WHERE id % 7 = 0`;

let data: EngineData;
let holdout: string;
let pg: { url: string; client: Client };
let ch: ClickhouseDatabase;
/** The local reader's data and test data as ClickHouse 18.16 holds them (ts at whole seconds, flag 0/1): writeClickhouseReference. */
const chFiles = { data: '', holdout: '' };
const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

beforeAll(async () => {
  data = await writeEngineData();
  holdout = path.join(data.dir, 'holdout.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(`COPY (${TEST_ROWS(`read_parquet('${data.parquet}')`)}) TO '${holdout}' (FORMAT parquet)`);
  chFiles.data = await writeClickhouseReference(data.parquet);
  chFiles.holdout = path.join(data.dir, 'holdout-clickhouse.parquet');
  await conn.run(`COPY (${TEST_ROWS(`read_parquet('${chFiles.data}')`)}) TO '${chFiles.holdout}' (FORMAT parquet)`);
  conn.closeSync();
  instance.closeSync();
  pg = await freshDatabase();
  await loadIntoPostgres(pg.client, 'train', data.rows);
  const columns = ['id', 'amount', 'label', 'flag', 'ts', 'name', EVIL].map((c) => (c === 'amount' ? 'CASE WHEN id % 2 = 1 THEN amount + 1000 ELSE amount END AS amount' : q(c)));
  await pg.client.query(`CREATE TABLE ${q(EVIL)} AS SELECT ${columns.join(', ')} FROM train WHERE id % 7 = 0`);
  ch = await freshClickhouseDatabase();
  await loadIntoClickhouse(ch, 'train', data.rows);
  const testRows = data.rows.filter((r) => Number(r.id) % 7 === 0).map((r) => ({ ...r, amount: Number(r.id) % 2 === 1 && typeof r.amount === 'number' ? r.amount + 1000 : r.amount }));
  await loadIntoClickhouse(ch, EVIL, testRows);
});

afterAll(async () => {
  await pg?.client.end();
  fs.rmSync(data.dir, { recursive: true, force: true });
});

const run = (engine: ValidateOptions['engine'], testData: string, checks = CHECKS, localData = data.parquet) =>
  validateDataset({ data: engine?.name === 'postgres' || engine?.name === 'clickhouse' ? undefined : localData, testData, config: parseConfig(checks, 'checks.json'), engine });
const engines = {
  local: () => run(undefined, holdout),
  duckdb: () => run({ name: 'duckdb' }, holdout),
  // The test rows in a table whose name is SQL.
  postgres: () => run({ name: 'postgres', connection: pg.url, table: 'public.train' }, `public.${EVIL}`),
  clickhouse: () => run({ name: 'clickhouse', connection: ch.url, table: 'train' }, EVIL),
};

describe('leakage on local, duckdb, postgres and clickhouse', () => {
  let local: ValidationOutcome;
  beforeAll(async () => {
    local = await engines.local();
  });

  it.each(Object.keys(engines) as (keyof typeof engines)[])('%s finds the rows, keys and test rows Python finds', async (name) => {
    const out = name === 'local' ? local : await engines[name]();
    for (const [id, g] of Object.entries(golden)) {
      const check = out.checks.find((c) => c.id === id)!;
      expect(check.observed).toBe(`${g.leaked} rows`);
      expect(check.detail).toMatch(new RegExp(`^${g.leaked} training rows share their (key|full row) with ${g.keys} of ${g.test_rows} test rows, e\\.g\\. \\{`));
    }
    expect(out.checks.map((c) => c.status)).toEqual(['fail', 'fail', 'fail', 'pass']);
  });

  it.each(['duckdb', 'postgres'] as const)('%s gives the local verdicts, and names its join', async (name) => {
    const out = await engines[name]();
    expectAgree(comparable(out), comparable(local), 'outcome');
    const joins = out.engine!.statements.filter((s) => s.purpose.endsWith('training rows with a test key (one join)'));
    expect(joins).toHaveLength(4);
    for (const s of out.engine!.statements) expect(s.sql).not.toContain(EVIL_VALUE);
    if (name === 'postgres') expect((await pg.client.query('SELECT count(*) AS n FROM keep')).rows).toEqual([{ n: '0' }]);
  });

  it('clickhouse gives the local verdicts on the rows it holds, joins on both Distributed tables, and keeps planted SQL as data', async () => {
    const [out, local_] = await Promise.all([engines.clickhouse(), run(undefined, chFiles.holdout, CHECKS, chFiles.data)]);
    expectAgree(comparable(out), comparable(local_), 'outcome');
    const joins = out.engine!.statements.filter((s) => s.purpose.endsWith('training rows with a test key (one join)'));
    expect(joins).toHaveLength(4);
    // The test table's planted name stays one quoted identifier.
    expect(joins[0]!.sql).toContain(`FROM ${clickhouseDialect.quote(EVIL)}`);
    for (const s of out.engine!.statements) expect(s.sql).not.toContain(EVIL_VALUE);
    for (const node of ch.nodes) expect((await exec(node, `SELECT count() FROM ${ch.database}.keep`)).trim()).toBe('0');
  });

  it('the examples are leaked keys', async () => {
    const out = await engines.postgres();
    const ids = out.checks.find((c) => c.id === 'ids')!;
    for (const m of ids.detail!.matchAll(/\{id: (\d+)\}/g)) expect(Number(m[1]) % 7).toBe(0);
  });

  it('a key column of another kind in test-data never matches, as locally', async () => {
    const text = path.join(data.dir, 'holdout-text-ids.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    await conn.run(`COPY (SELECT CAST(id AS VARCHAR) AS id FROM read_parquet('${holdout}')) TO '${text}' (FORMAT parquet)`);
    conn.closeSync();
    instance.closeSync();
    const checks = JSON.stringify({ checks: [{ type: 'leakage', key_columns: ['id'] }] });
    const [l, d] = await Promise.all([run(undefined, text, checks), run({ name: 'duckdb' }, text, checks)]);
    expect(l.checks[0]!.detail).toBe('no (id) key of 285 test rows appears in the training data');
    expectAgree(comparable(d), comparable(l), 'outcome');
  });
});

describe('test-data on a SQL engine is refused in one line where it is ambiguous or not compiled', () => {
  const refusal = (p: Promise<unknown>) => refusalLine(() => p);

  it('with a query, test-data could be a table or files', async () => {
    const p = validateDataset({ testData: 'holdout', config: parseConfig(CHECKS, 'checks.json'), engine: { name: 'postgres', connection: pg.url, query: 'SELECT * FROM train' } });
    expect(await refusal(p)).toMatch(/^engine postgres: test-data: test-data goes with data or table, not query: it is named the way the data is\. Name the data with table/);
  });

  it('a test table that is not there', async () => {
    expect(await refusal(run({ name: 'postgres', connection: pg.url, table: 'public.train' }, 'public.nowhere'))).toMatch(/^test-data table public\.nowhere: engine postgres cannot read table public\.nowhere: /);
  });

  it('engines where the join is not verified against a live server', async () => {
    const p = validateDataset({ testData: 't2', config: parseConfig(CHECKS, 'checks.json'), engine: { name: 'trino', connection: 'trino://u@127.0.0.1:1/c/s', table: 't' } });
    expect(await refusal(p)).toMatch(/^engine trino: test-data is compiled for engines duckdb, postgres and clickhouse, not trino: leakage runs there or on engine local\./);
  });

  it('a leakage check without test-data', async () => {
    expect(await refusal(validateDataset({ data: data.parquet, config: parseConfig(CHECKS, 'checks.json'), engine: { name: 'duckdb' } }))).toMatch(/the leakage check needs a test dataset/);
  });
});
