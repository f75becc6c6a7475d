import fs from 'node:fs';
import { describeError, loadYamlParser } from '@mlship/core';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidationOutcome } from '../validate';
import { EVIL, EVIL_VALUE, writeEngineData, type EngineData } from './testing/engine-data';
import { connectTrino, valuesInTextOrder } from './trino';
import { startTrinoDouble, type TrinoDouble } from './testing/trino-double';
import { loadRegexEngine } from '@mlship/core/user-regex';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

/**
 * engine trino end to end: the real trino-client (the driver the engine loads)
 * against a double of Trino's REST protocol, on the cross-engine dataset. The
 * double runs Trino's SQL on DuckDB, so this proves the protocol, the
 * prepared-statement binding and the reading of results; Trino's own SQL
 * semantics are checked by the dialect tests (golden SQL, Trino's grammar).
 */
const CONFIG = {
  checks: [
    { type: 'row_count', min: 1000 },
    { type: 'duplicates', max_percent: 1 },
    { type: 'class_balance', column: 'label', min_percent: 1 },
    { type: 'not_null', column: 'amount' },
    { type: 'values_between', column: 'ts', min: '2024-01-01', max: '2024-03-01', id: 'ts_range' },
    { type: 'values_in_set', column: EVIL, values: ['ok', EVIL_VALUE], id: 'evil_set' },
    { type: 'values_in_set', column: 'flag', values: ['true'], id: 'flag_set' },
    { type: 'regex', column: 'name', pattern: '^[a-z]+$', mostly: 0.5 },
    { type: 'regex', column: EVIL, pattern: "^ok$|^'; DROP TABLE keep; --$", id: 'evil_regex' },
    { type: 'unique', columns: ['id'] },
    { type: 'mean_between', column: 'amount', min: 40, max: 60 },
    { type: 'quantile_between', column: 'id', quantile: 0.5, min: 0, id: 'id_median' },
  ],
};

let data: EngineData;
let trino: TrinoDouble;
beforeAll(async () => {
  data = await writeEngineData();
  trino = await startTrinoDouble({ password: 'hunter2' });
  await trino.db.run("ATTACH ':memory:' AS hive");
  await trino.db.run('CREATE SCHEMA hive.ml');
  await trino.db.run(`CREATE TABLE hive.ml.train AS SELECT * FROM read_parquet('${data.parquet.replaceAll("'", "''")}')`);
  await trino.db.run('CREATE TABLE hive.ml.keep (n INTEGER)');
});
afterAll(async () => {
  await trino?.close();
  fs.rmSync(data.dir, { recursive: true, force: true });
});

const connection = (password: string) => `trino://analyst:${password}@${trino.url.replace('http://', '')}/hive/ml?ssl=false`;
const config = () => parseConfig(JSON.stringify(CONFIG), 'checks.json');

/** Floats to 1e-12 relative (Trino's to_unixtime goes through seconds); the rest exactly. Quantiles apart: Trino's are approximate. */
function comparable(o: ValidationOutcome) {
  const round = (v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v);
  return {
    profile: { ...o.profile, columns: o.profile.columns.map(({ quantiles: _q, ...c }) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, round(v)]))) },
    checks: o.checks.filter((c) => c.id !== 'id_median').map((c) => ({ id: c.id, status: c.status, observed: round(c.observed) })),
  };
}

describe('engine trino through trino-client, on a double of Trino\'s protocol', () => {
  it('gives the report DuckDB gives on the same data, every value bound through EXECUTE … USING', async () => {
    const onTrino = await validateDataset({ config: config(), engine: { name: 'trino', connection: connection('hunter2'), table: 'train' } });
    const onDuckdb = await validateDataset({ data: data.parquet, config: config(), engine: { name: 'duckdb' } });
    expect(comparable(onTrino)).toEqual(comparable(onDuckdb));
    expect(onTrino.engine!.source).toBe(`table train on trino://${trino.url.replace('http://', '')}/hive/ml`);
    expect(onTrino.checks.find((c) => c.id === 'id_median')!.status).toBe('pass');

    const bound = trino.requests.filter((r) => Object.keys(r.prepared).length > 0);
    expect(bound.length).toBeGreaterThan(0);
    for (const r of trino.requests) {
      expect(r.headers['x-trino-user']).toBe('analyst');
      expect(r.headers['x-trino-time-zone']).toBe('UTC');
      expect([r.headers['x-trino-catalog'], r.headers['x-trino-schema']]).toEqual(['hive', 'ml']);
      // The planted value never reaches a statement's text: only the USING list, as one doubled-quote literal.
      for (const text of Object.values(r.prepared)) expect(text).not.toContain('DROP TABLE keep; --\'');
    }
    expect(bound.some((r) => r.sql.includes(`'''; DROP TABLE keep; --'`))).toBe(true);
    expect((await trino.db.runAndReadAll("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'keep'")).getRowObjectsJS()[0]!.n).toBe(1n);
  });

  it('binds each value to its own marker, whatever order the compiler bound them in', async () => {
    const engine = await connectTrino(connection('hunter2'), () => {});
    try {
      // A FROM clause's values are bound first and written last, as a row_condition's are.
      const sql = 'SELECT CAST(? /*p2*/ AS VARCHAR) AS a, count(*) AS n FROM (SELECT * FROM train WHERE id <= CAST(? /*p1*/ AS DOUBLE)) AS s';
      expect(await engine.query(sql, [10, "it's"])).toEqual([{ a: "it's", n: 10 }]);
    } finally {
      await engine.close();
    }
    expect(valuesInTextOrder('CAST(? /*p2*/ AS DOUBLE), CAST(? /*p1*/ AS VARCHAR)', ['x', 2])).toEqual([2, 'x']);
    // A marker that names no value, or a value no marker names, fails rather than binding to the wrong place.
    expect(() => valuesInTextOrder('CAST(? /*p1*/ AS DOUBLE), "? /*p1*/"', [1])).toThrow('the statement has 2 numbered ? markers for 1 values');
    expect(() => valuesInTextOrder('CAST(? /*p3*/ AS DOUBLE)', [1])).toThrow('the statement has 1 numbered ? markers for 1 values');
  });

  it('a wrong password is one line, without the password', async () => {
    const line = await validateDataset({ config: config(), engine: { name: 'trino', connection: connection('wrong-secret'), table: 'train' } }).catch((e) => describeError(e));
    expect(line).toMatch(/^engine trino cannot connect to trino:\/\/127\.0\.0\.1:\d+\/hive\/ml: the server refused the user's credentials \(HTTP 401\)\. Check connection/);
    expect(line).not.toContain('wrong-secret');
  });

  it('a table Trino cannot read is one line naming it', async () => {
    const line = await validateDataset({ config: config(), engine: { name: 'trino', connection: connection('hunter2'), table: 'no_such_table' } }).catch((e) => describeError(e));
    expect(line).toMatch(/^table no_such_table on trino:\/\/127\.0\.0\.1:\d+\/hive\/ml: engine trino cannot read table no_such_table: .*no_such_table/);
  });
});
