import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refusalLine } from '../read/test-kit';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidateOptions } from '../validate';
import { requireDriver } from './driver';
import { writeEngineData, type EngineData } from './testing/engine-data';
import { loadRegexEngine } from '@mlship/core/user-regex';
import { loadYamlParser } from '@mlship/core';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

/** What a SQL engine does not run is refused before any statement, in one line naming the check (or input) and the engine. */
let data: EngineData;
beforeAll(async () => {
  data = await writeEngineData();
});
afterAll(() => fs.rmSync(data.dir, { recursive: true, force: true }));

async function refusal(checks: unknown[] | undefined, options: Partial<ValidateOptions> = {}): Promise<string> {
  const config = parseConfig(JSON.stringify({ checks: checks ?? [{ type: 'row_count', min: 1 }] }), 'checks.json');
  return refusalLine(() => validateDataset({ data: data.parquet, config, engine: { name: 'duckdb' }, ...options }));
}

describe('refused on a SQL engine, never skipped', () => {
  it('a check type the engine does not compile', async () => {
    expect(await refusal([{ type: 'row_count', min: 1 }, { type: 'monotonic', column: 'id', direction: 'increasing' }])).toMatch(/^checks\.json: checks\[1\] \(monotonic\): check "monotonic:id" \(monotonic\) is not compiled for engine duckdb\. Engine duckdb runs row_count, .*; use engine: local for the others\.$/);
  });

  it('a row_condition the engine cannot compute as the local reader does (conditions.test.ts has the others)', async () => {
    expect(await refusal([{ type: 'not_null', column: 'amount', row_condition: 'name > 3' }])).toMatch(/^checks\.json: checks\[0\] \(not_null\): row_condition "name > 3": compares text column "name" with a number, .* which engine duckdb cannot do alike; compare it with a quoted value\. Rewrite that part of the condition, or use engine: local\.$/);
  });

  it('regex on a column that is not text', async () => {
    expect(await refusal([{ type: 'regex', column: 'id', pattern: '^1' }])).toMatch(/compiled for text columns only on engine duckdb, and "id" is int/);
  });

  it('freshness without a column', async () => {
    expect(await refusal([{ type: 'freshness', max_age_days: 3 }])).toMatch(/needs column on engine duckdb/);
  });

  it('the drift input on an engine not verified for it, read options and memory-limit on postgres (leakage.test.ts has test-data)', async () => {
    expect(await refusal(undefined, { data: undefined, reference: 'ref', engine: { name: 'trino', connection: 'trino://u:secret@127.0.0.1:1/c/s', table: 't' } })).toMatch(
      /^engine trino: reference is compiled for engines duckdb, postgres and clickhouse, not trino: drift runs there or on engine local\./,
    );
    expect(await refusal(undefined, { data: undefined, reference: 'ref', engine: { name: 'postgres', connection: 'postgres://u:secret@127.0.0.1:1/db', query: 'SELECT 1' } })).toMatch(/reference goes with data or table, not query/);
    expect(await refusal(undefined, { config: parseConfig('read:\n  max_line_bytes: 4096\nchecks:\n  - type: row_count\n', 'checks.yml') })).toMatch(/read options are for engine local/);
    expect(await refusal(undefined, { data: undefined, engine: { name: 'postgres', connection: 'postgres://u:secret@127.0.0.1:1/db', table: 't', memoryLimit: '1GB' } })).toMatch(/memory-limit is for engine duckdb, not postgres/);
  });

  it('s3:// data whose credentials DuckDB cannot set up (its aws extension cannot be downloaded here) is one line, before any read', async () => {
    // Where extensions.duckdb.org is reachable the secret is created and the made-up bucket is what fails, in one line too.
    expect(await refusal(undefined, { data: 's3://bucket/train/*.parquet' })).toMatch(/^engine duckdb (cannot set up S3 credentials: .* DuckDB downloads its httpfs and aws extensions at first use: |cannot read s3:\/\/bucket\/train\/\*\.parquet: )/);
  });

  it('the data named twice, or not at all', async () => {
    expect(await refusal(undefined, { engine: { name: 'duckdb', query: 'SELECT 1' } })).toMatch(/query and data are both set/);
    expect(await refusal(undefined, { data: undefined, engine: { name: 'postgres', connection: 'postgres://x@127.0.0.1:1/db' } })).toMatch(/^engine postgres: no data named: set table or query\./);
    expect(await refusal(undefined, { engine: { name: 'postgres', connection: 'postgres://x@127.0.0.1:1/db' } })).toMatch(/^engine postgres: data is for engines local and duckdb; this one reads table or query\./);
  });

  it('a DuckDB database file with files: DuckDB would read only the files, so both together are refused', async () => {
    const db = path.join(data.dir, 'rows.duckdb');
    expect(await refusal(undefined, { engine: { name: 'duckdb', connection: db } })).toBe(
      'engine duckdb: connection and data are both set: connection is a DuckDB database file, which data (files) does not read. Give connection with table or query (the rows in that database), or data alone (the files).',
    );
    // The database is refused before it is opened (or created).
    expect(fs.existsSync(db)).toBe(false);
  });

  it('postgres without a connection', async () => {
    expect(await refusal(undefined, { data: undefined, engine: { name: 'postgres', table: 't' } })).toMatch(/^engine postgres: connection is not set\. Set connection to postgres:/);
  });

  it.each(['bigquery', 'snowflake', 'databricks', 'trino'] as const)('%s without a connection, with data, or with a connection of another form', async (name) => {
    expect(await refusal(undefined, { data: undefined, engine: { name, table: 't' } })).toMatch(new RegExp(`^engine ${name}: connection is not set\\. Set connection to ${name}://.*, from a secret\\.$`));
    expect(await refusal(undefined, { engine: { name, connection: `${name}://u:hunter2@h/a/b` } })).toMatch(new RegExp(`^engine ${name}: data is for engines local and duckdb; this one reads table or query\\. Give table \\(`));
    const line = await refusal(undefined, { data: undefined, engine: { name, connection: 'postgres://u:hunter2@127.0.0.1:1/db', table: 't' } });
    expect(line).toMatch(new RegExp(`^engine ${name}: connection: starts with postgres://, not ${name}://\\. Give connection as ${name}://`));
    expect(line).not.toContain('hunter2');
  });

  it('an unreachable server, without its password', async () => {
    const line = await refusal(undefined, { data: undefined, engine: { name: 'postgres', connection: 'postgres://u:hunter2@127.0.0.1:1/db', table: 't' } });
    expect(line).toMatch(/^engine postgres cannot connect to 127\.0\.0\.1:1\/db: /);
    expect(line).not.toContain('hunter2');
  });

  it('a table the engine cannot read', async () => {
    expect(await refusal(undefined, { data: undefined, engine: { name: 'duckdb', query: 'SELECT * FROM no_such_table' } })).toMatch(/^query: engine duckdb cannot read query: .*no_such_table/);
  });
});

describe('drivers loaded when their engine is chosen', () => {
  const driver = { name: '@mlship-test/no-such-driver', version: '1.0.0', engine: 'testdb', native: true };

  it('a missing driver off a runner is one line saying what to install', async () => {
    await expect(requireDriver(driver, () => {}, {})).rejects.toThrow(/^engine testdb needs the @mlship-test\/no-such-driver driver, which is not installed$/);
  });

  it('on a runner, a driver already in the tool cache is loaded from there', async () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-toolcache-'));
    try {
      const { driverCacheDir, INSTALLED_MARKER } = await import('./driver');
      const pkg = path.join(driverCacheDir(driver, cache), 'node_modules', '@mlship-test', 'no-such-driver');
      fs.mkdirSync(pkg, { recursive: true });
      fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: driver.name, version: '1.0.0', main: 'index.js' }));
      fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = { loaded: "from the tool cache" };');
      // A finished install carries the marker; without it the copy would be reinstalled (driver.test.ts).
      fs.writeFileSync(path.join(driverCacheDir(driver, cache), INSTALLED_MARKER), '{}');
      const lines: string[] = [];
      await expect(requireDriver(driver, (l) => lines.push(l), { RUNNER_TOOL_CACHE: cache })).resolves.toEqual({ loaded: 'from the tool cache' });
      expect(lines).toEqual([]);
      // A driver of pure JavaScript is kept once for every platform.
      expect(path.basename(driverCacheDir({ ...driver, native: false }, cache))).toBe('js');
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
