/**
 * validate-data's SQL engines through the committed bundle, as the runner runs
 * it (harness.ts): PostgreSQL from its own chunk (no node_modules beside the
 * bundle), the connection masked before anything is logged; DuckDB, a native
 * driver, required at run time; ClickHouse over HTTP (Node's client, no driver) on a
 * two-shard cluster; a stray engine input refused in one line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freshDatabase } from '../packages/data/src/sql/testing/real-postgres';
import { freshClickhouseDatabase, loadIntoClickhouse, writeClickhouseReference, type ClickhouseDatabase } from '../packages/data/src/sql/testing/real-clickhouse';
import { TEST_USER } from '../packages/data/src/sql/testing/clickhouse-process.js';
import { loadIntoPostgres, writeEngineData, type EngineData } from '../packages/data/src/sql/testing/engine-data';
import { expectUserError, runBundle } from './harness';

let data: EngineData;
let pg: Awaited<ReturnType<typeof freshDatabase>>;
let cwd: string;
let ch: ClickhouseDatabase;

beforeAll(async () => {
  data = await writeEngineData();
  pg = await freshDatabase();
  await loadIntoPostgres(pg.client, 'train', data.rows);
  await pg.client.query("ALTER ROLE mlship PASSWORD 'pw-not-for-logs'");
  cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-engines-e2e-'));
  ch = await freshClickhouseDatabase();
  await loadIntoClickhouse(ch, 'train', data.rows);
});

afterAll(async () => {
  await pg?.client.query('ALTER ROLE mlship PASSWORD NULL');
  await pg?.client.end();
  fs.rmSync(data.dir, { recursive: true, force: true });
  fs.rmSync(cwd, { recursive: true, force: true });
});

const CONFIG = 'target_column: label\nmin_rows: 2000\nmax_null_percent: 10\n';

describe('validate-data engines, from dist/', () => {
  it('postgres: the report and outputs of a local run, the connection masked', async () => {
    const connection = pg.url.replace('mlship@', 'mlship:pw-not-for-logs@');
    const r = await runBundle('validate-data', { cwd, inputs: { engine: 'postgres', connection, table: 'public.train', config: CONFIG, 'report-path': 'pg' } });
    const local = await runBundle('validate-data', { cwd, inputs: { data: data.parquet, config: CONFIG, 'report-path': 'local' } });
    expect(r.stdout).toContain(`::add-mask::${connection}`);
    for (const file of ['pg/report.json', 'pg/report.md']) expect(fs.readFileSync(path.join(cwd, file), 'utf8')).not.toContain('pw-not-for-logs');
    expect(r.summary).not.toContain('pw-not-for-logs');
    expect({ ...r.outputs, 'report-path': '' }).toEqual({ ...local.outputs, 'report-path': '' });
    const [pgReport, localReport] = ['pg', 'local'].map((d) => JSON.parse(fs.readFileSync(path.join(cwd, d, 'report.json'), 'utf8')));
    expect(pgReport.checks).toEqual(localReport.checks);
    expect(pgReport.texts[0].title).toMatch(/^SQL run on postgres/);
    expect(r.summary).toContain('<summary>SQL run on postgres');
  });

  it('duckdb: the driver required at run time, the same verdicts', async () => {
    const r = await runBundle('validate-data', { cwd, inputs: { engine: 'duckdb', data: data.parquet, 'memory-limit': '256MB', config: CONFIG, 'report-path': 'duck' } });
    const local = JSON.parse(fs.readFileSync(path.join(cwd, 'local', 'report.json'), 'utf8'));
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'duck', 'report.json'), 'utf8')).checks).toEqual(local.checks);
    expect(r.outputs.status).toBe(local.status);
  });

  it('clickhouse: over HTTP, no driver; a Distributed table over two shards, the password masked', async () => {
    const r = await runBundle('validate-data', { cwd, inputs: { engine: 'clickhouse', connection: ch.url, table: 'train', config: CONFIG, 'report-path': 'ch' } });
    // The local reader on the same rows as ClickHouse 18.16 holds them (whole-second timestamps, flag as 0/1).
    const local = await runBundle('validate-data', { cwd, inputs: { data: await writeClickhouseReference(data.parquet), config: CONFIG, 'report-path': 'ch-local' } });
    // Workflow commands escape % as %25 (the runner unescapes it), and the URL's password is percent-encoded.
    expect(r.stdout).toContain(`::add-mask::${ch.url.replaceAll('%', '%25')}`);
    const secret = encodeURIComponent(TEST_USER.password);
    for (const file of ['ch/report.json', 'ch/report.md']) {
      const text = fs.readFileSync(path.join(cwd, file), 'utf8');
      expect(text).not.toContain(secret);
      expect(text).not.toContain(TEST_USER.password);
    }
    expect(r.summary).not.toContain(secret);
    expect({ ...r.outputs, 'report-path': '' }).toEqual({ ...local.outputs, 'report-path': '' });
    const [chReport, localReport] = ['ch', 'ch-local'].map((d) => JSON.parse(fs.readFileSync(path.join(cwd, d, 'report.json'), 'utf8')));
    expect(chReport.checks).toEqual(localReport.checks);
    expect(chReport.texts[0].title).toMatch(/^SQL run on clickhouse/);
  });

  it('an engine input without an engine is one line', async () => {
    const r = await runBundle('validate-data', { cwd, inputs: { data: data.parquet, table: 'public.train' } });
    expectUserError(r, /^table is set but engine is local, which reads data on the runner\. Set engine \(duckdb, postgres, clickhouse, bigquery, snowflake, databricks, trino\), or remove table\.$/);
  });
});
