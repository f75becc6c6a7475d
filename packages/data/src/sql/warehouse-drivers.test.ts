import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describeError, loadYamlParser } from '@mlship/core';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidationOutcome } from '../validate';
import { BIGQUERY_DRIVER, connectBigquery } from './bigquery';
import { DATABRICKS_DRIVER } from './databricks';
import { SNOWFLAKE_DRIVER } from './snowflake';
import { Big, BigQueryDate, BigQueryTimestamp, startBigqueryDouble, type BigqueryDouble } from './testing/bigquery-double';
import { startDatabricksDouble, type DatabricksDouble } from './testing/databricks-double';
import { EVIL, EVIL_VALUE } from './testing/engine-data';
import { startSnowflakeDouble, type SnowflakeDouble } from './testing/snowflake-double';
import { installDouble } from './testing/warehouse-double';
import { loadRegexEngine } from '@mlship/core/user-regex';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

/**
 * engines bigquery, snowflake and databricks end to end: each adapter loads
 * its vendor client from the runner's tool cache, as on a GitHub runner, and
 * gets a double of that client (testing/*-double.ts: the documented API,
 * parameter binding and result value types, the SQL run by DuckDB). The
 * report must equal the local reader's on the same rows, every value must go
 * as a bound parameter, and a refused login or an unreachable host must be
 * one line naming the engine.
 */
const CONFIG = {
  checks: [
    { type: 'row_count', min: 10 },
    { type: 'duplicates', max_percent: 10 },
    { type: 'class_balance', column: 'label', min_percent: 1 },
    { type: 'not_null', column: 'amount' },
    { type: 'values_between', column: 'ts', min: '2024-01-01', max: '2024-01-02', id: 'ts_range' },
    { type: 'values_in_set', column: EVIL, values: ['ok', EVIL_VALUE], id: 'evil_set' },
    { type: 'values_in_set', column: 'label', values: ['a', 'b'], id: 'label_set' },
    { type: 'regex', column: 'label', pattern: '^[ab]$', mostly: 0.5 },
    { type: 'unique', columns: ['id'] },
    { type: 'mean_between', column: 'amount', min: 0, max: 100 },
    { type: 'min_between', column: 'price', min: 0 },
    { type: 'max_between', column: 'day', max: '2024-03-01' },
    { type: 'quantile_between', column: 'id', quantile: 0.5, min: 0, max: 100, id: 'id_median' },
  ],
};

/** 48 rows: nulls, a NaN, a repeated key and two whole duplicate rows, NUMERIC, DATE and TIMESTAMP columns, and SQL in a column name and its values. */
const FIXTURE_SQL = `
CREATE TABLE t AS
WITH base AS (
  SELECT
    CAST(CASE WHEN i = 7 THEN 6 ELSE i END AS BIGINT) AS id,
    CASE WHEN i % 9 = 0 THEN NULL WHEN i = 13 THEN CAST('NaN' AS DOUBLE) ELSE (i * 37 % 100) / 4.0 END AS amount,
    CAST(i * 1.25 AS DECIMAL(10,2)) AS price,
    CASE WHEN i % 10 = 0 THEN 'rare' WHEN i % 2 = 0 THEN 'a' ELSE 'b' END AS label,
    CASE WHEN i % 11 = 0 THEN NULL ELSE i % 3 = 0 END AS flag,
    make_timestamp(CAST(1704067200000000 + i * 1800000000 + i * 250 AS BIGINT)) AS ts,
    CAST(DATE '2024-01-01' + CAST(i AS INTEGER) AS DATE) AS day,
    CASE WHEN i % 5 = 0 THEN '${EVIL_VALUE.replaceAll("'", "''")}' ELSE 'ok' END AS "${EVIL.replaceAll('"', '""')}"
  FROM range(1, 47) AS r(i)
)
SELECT * FROM base UNION ALL SELECT * FROM base WHERE id IN (20, 40)
`;

let dir: string;
let parquet: string;
let toolCache: string;
const savedToolCache = process.env.RUNNER_TOOL_CACHE;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-warehouses-'));
  parquet = path.join(dir, 'train.parquet');
  toolCache = path.join(dir, 'toolcache');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run(FIXTURE_SQL);
  await conn.run(`COPY t TO '${parquet}' (FORMAT parquet)`);
  conn.closeSync();
  instance.closeSync();
  // The adapters call requireDriver with the process' environment, as in an action.
  process.env.RUNNER_TOOL_CACHE = toolCache;
});
afterAll(() => {
  if (savedToolCache === undefined) delete process.env.RUNNER_TOOL_CACHE;
  else process.env.RUNNER_TOOL_CACHE = savedToolCache;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The fixture as a table of the double's DuckDB, beside a `keep` table the planted SQL would drop. */
async function load(db: DuckDBConnection, catalog: string | undefined, schema: string): Promise<void> {
  if (catalog) await db.run(`ATTACH ':memory:' AS "${catalog}"`);
  const at = catalog ? `"${catalog}"."${schema}"` : `"${schema}"`;
  await db.run(`CREATE SCHEMA ${at}`);
  await db.run(`CREATE TABLE ${at}.train AS SELECT * FROM read_parquet('${parquet.replaceAll("'", "''")}')`);
  await db.run(`CREATE TABLE ${at}.keep (n INTEGER)`);
}

const keepExists = async (db: DuckDBConnection) => (await db.runAndReadAll("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'keep'")).getRowObjectsJS()[0]!.n === 1n;

const config = () => parseConfig(JSON.stringify(CONFIG), 'checks.json');
const local = () => validateDataset({ data: parquet, config: config() });

/** Floats to 12 significant digits (sums in another order); quantiles apart where the engine estimates them. */
function comparable(o: ValidationOutcome, withQuantiles: boolean) {
  const round = (v: unknown): unknown =>
    typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : Array.isArray(v) ? v.map(round) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)])) : v;
  return {
    profile: { ...o.profile, columns: o.profile.columns.map(({ quantiles, ...c }) => Object.fromEntries(Object.entries({ ...c, ...(withQuantiles ? { quantiles } : {}) }).map(([k, v]) => [k, round(v)]))) },
    checks: o.checks.filter((c) => withQuantiles || c.id !== 'id_median').map((c) => ({ id: c.id, status: c.status, observed: round(c.observed), detail: c.detail })),
  };
}

/** The planted value reaches the engine only as a bound value, never in a statement's text. */
function expectBound(texts: string[], values: unknown[]) {
  expect(texts.length).toBeGreaterThan(5);
  for (const t of texts) expect(t).not.toContain("'; DROP TABLE keep; --'");
  expect(values).toContain(EVIL_VALUE);
}

describe('engine bigquery through a double of @google-cloud/bigquery', () => {
  let bq: BigqueryDouble;
  beforeAll(async () => {
    bq = await startBigqueryDouble();
    await load(bq.db, undefined, 'training');
    installDouble(toolCache, BIGQUERY_DRIVER, bq.module);
  });
  afterAll(() => bq?.close());
  beforeEach(() => {
    bq.failure = undefined;
  });
  const engine = { name: 'bigquery' as const, connection: 'bigquery://ml-project/training?location=EU', table: 'train' };

  it('gives the local report (quantiles apart: APPROX_QUANTILES), every value a typed named parameter', async () => {
    const onBigquery = await validateDataset({ config: config(), engine });
    expect(comparable(onBigquery, false)).toEqual(comparable(await local(), false));
    expect(onBigquery.engine!.source).toBe('table train on bigquery://ml-project/training');
    expect(onBigquery.checks.find((c) => c.id === 'id_median')!.status).toBe('pass');

    expect(bq.clients).toEqual([{ projectId: 'ml-project', location: 'EU', userAgent: 'mlship-validate-data' }]);
    for (const r of bq.requests) {
      expect(r.options).toMatchObject({ location: 'EU', defaultDataset: { projectId: 'ml-project', datasetId: 'training' }, labels: { tool: 'mlship' } });
      // Numbers go as FLOAT64 even when whole: an INT64 parameter would make 0.5 * 1000 an integer expression.
      for (const p of r.parameters) expect(p.type).toBe({ number: 'FLOAT64', string: 'STRING', boolean: 'BOOL' }[typeof (r.options.params as Record<string, unknown>)[p.name] as 'number']);
    }
    expect(bq.requests.filter((r) => r.options.dryRun).map((r) => r.options.query)).toEqual(['SELECT 1', 'SELECT * FROM `train`']);
    expectBound(
      bq.requests.map((r) => r.options.query),
      bq.requests.flatMap((r) => Object.values(r.options.params ?? {})),
    );
    expect(await keepExists(bq.db)).toBe(true);
  });

  it('reads NUMERIC, TIMESTAMP and DATE values, which the client hands back as Big, BigQueryTimestamp and BigQueryDate, as the local reader reads them', async () => {
    const e = await connectBigquery(engine.connection, () => {});
    try {
      const [raw] = await (new (bq.module.BigQuery as new (o: object) => { query(o: object): Promise<[Record<string, unknown>[]]> })({ projectId: 'ml-project' })).query({ query: 'SELECT price, ts, day FROM `training`.`train` WHERE id = 1' });
      expect(raw![0]!.price).toBeInstanceOf(Big);
      expect(raw![0]!.ts).toBeInstanceOf(BigQueryTimestamp);
      expect(raw![0]!.day).toBeInstanceOf(BigQueryDate);
      expect(await e.query('SELECT price, ts, day, id FROM `training`.`train` WHERE id = CAST(@p1 AS FLOAT64)', [1])).toEqual([{ price: 1.25, ts: Date.UTC(2024, 0, 1, 0, 30) + 0.25, day: Date.UTC(2024, 0, 2), id: 1 }]);
    } finally {
      await e.close();
    }
  });

  it('no credentials, or no route to BigQuery, is one line naming the engine and the project', async () => {
    bq.failure = 'no credentials';
    expect(await validateDataset({ config: config(), engine }).catch(describeError)).toBe(
      'engine bigquery cannot connect to bigquery://ml-project/training: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information. Give the runner credentials (google-github-actions/auth sets GOOGLE_APPLICATION_CREDENTIALS) that may run jobs in the project.',
    );
    bq.failure = 'unreachable';
    expect(await validateDataset({ config: config(), engine }).catch(describeError)).toMatch(/^engine bigquery cannot connect to bigquery:\/\/ml-project\/training: request to https:\/\/bigquery\.googleapis\.com\/\S+ failed, reason: getaddrinfo ENOTFOUND bigquery\.googleapis\.com\. Give the runner/);
  });
});

describe('engine snowflake through a double of snowflake-sdk', () => {
  let sf: SnowflakeDouble;
  beforeAll(async () => {
    sf = await startSnowflakeDouble({ password: 'hunter2' });
    await load(sf.db, 'ML', 'PUBLIC');
    installDouble(toolCache, SNOWFLAKE_DRIVER, sf.module);
  });
  afterAll(() => sf?.close());
  beforeEach(() => {
    sf.unreachable = false;
  });
  const engine = (password = 'hunter2') => ({ name: 'snowflake' as const, connection: `snowflake://ci_bot:${password}@myorg-acct1/ML/PUBLIC?warehouse=CI_WH&role=READER`, table: 'train' });

  it('gives the local report, quantiles included, every value a :n bind', async () => {
    const onSnowflake = await validateDataset({ config: config(), engine: engine() });
    expect(comparable(onSnowflake, true)).toEqual(comparable(await local(), true));
    expect(sf.configured).toEqual([{ logLevel: 'OFF', additionalLogToConsole: false }]);
    expect(sf.connections.at(-1)).toEqual({ account: 'myorg-acct1', username: 'ci_bot', password: 'hunter2', database: 'ML', schema: 'PUBLIC', warehouse: 'CI_WH', role: 'READER', application: 'mlship' });
    expect(sf.executions.filter((x) => x.describeOnly).map((x) => x.sqlText)).toEqual(['SELECT * FROM "train"']);
    expectBound(
      sf.executions.map((x) => x.sqlText),
      sf.executions.flatMap((x) => x.binds ?? []),
    );
    expect(await keepExists(sf.db)).toBe(true);
  });

  it('a refused password, or no route to Snowflake, is one line naming the engine, without the password', async () => {
    const wrong = await validateDataset({ config: config(), engine: engine('wrong-secret') }).catch(describeError);
    expect(wrong).toMatch(/^engine snowflake cannot connect to snowflake:\/\/myorg-acct1\/ML\/PUBLIC: Incorrect username or password was specified\. Check connection/);
    expect(wrong).not.toContain('wrong-secret');
    sf.unreachable = true;
    expect(await validateDataset({ config: config(), engine: engine() }).catch(describeError)).toMatch(/^engine snowflake cannot connect to snowflake:\/\/myorg-acct1\/ML\/PUBLIC: Network error\. Could not reach Snowflake\. Check connection/);
  });
});

describe('engine databricks through a double of @databricks/sql', () => {
  let dbx: DatabricksDouble;
  beforeAll(async () => {
    dbx = await startDatabricksDouble({ token: 'dapi-hunter2' });
    await load(dbx.db, 'lake', 'ml');
    installDouble(toolCache, DATABRICKS_DRIVER, dbx.module);
  });
  afterAll(() => dbx?.close());
  beforeEach(() => {
    dbx.unreachable = false;
  });
  const engine = (token = 'dapi-hunter2') => ({ name: 'databricks' as const, connection: `databricks://token:${token}@adb-1.2.azuredatabricks.net/sql/1.0/warehouses/abc?catalog=lake&schema=ml`, table: 'train' });

  it('gives the local report, quantiles included, every value a typed named parameter, the session in UTC', async () => {
    const onDatabricks = await validateDataset({ config: config(), engine: engine() });
    expect(comparable(onDatabricks, true)).toEqual(comparable(await local(), true));
    expect(dbx.connects.at(-1)).toEqual({ host: 'adb-1.2.azuredatabricks.net', path: '/sql/1.0/warehouses/abc', token: 'dapi-hunter2', userAgentEntry: 'mlship' });
    expect(dbx.sessions.at(-1)).toEqual({ initialCatalog: 'lake', initialSchema: 'ml', timeZone: 'UTC' });
    for (const s of dbx.statements) for (const p of Object.values(s.parameters)) expect(['DOUBLE', 'STRING', 'BOOLEAN']).toContain(p.type);
    expectBound(
      dbx.statements.map((s) => s.sql),
      dbx.statements.flatMap((s) => Object.values(s.parameters).map((p) => p.stringValue)),
    );
    expect(await keepExists(dbx.db)).toBe(true);
  });

  it('a refused token, or no route to the workspace, is one line naming the engine, without the token', async () => {
    const wrong = await validateDataset({ config: config(), engine: engine('dapi-wrong') }).catch(describeError);
    expect(wrong).toMatch(/^engine databricks cannot connect to databricks:\/\/adb-1\.2\.azuredatabricks\.net\/sql\/1\.0\/warehouses\/abc: the workspace refused the token \(HTTP 403\)\. Check connection/);
    expect(wrong).not.toContain('dapi-wrong');
    dbx.unreachable = true;
    expect(await validateDataset({ config: config(), engine: engine() }).catch(describeError)).toMatch(
      /^engine databricks cannot connect to databricks:\/\/adb-1\.2\.azuredatabricks\.net\/sql\/1\.0\/warehouses\/abc: request to https:\/\/adb-1\.2\.azuredatabricks\.net\/sql\/1\.0\/warehouses\/abc failed, reason: getaddrinfo ENOTFOUND adb-1\.2\.azuredatabricks\.net\. Check connection/,
    );
  });
});
