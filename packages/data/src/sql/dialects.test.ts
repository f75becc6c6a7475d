import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describeError } from '@mlship/core';
import { parseConfig } from '../checks/load';
import type { Field, Schema } from '../table';
import { validateDataset } from '../validate';
import type { Dialect, Statement } from './dialect';
import { duckdbDialect } from './duckdb-dialect';
import { postgresDialect } from './postgres-dialect';
import { rowPredicate, type RowSpec } from './predicates';
import { tableSource } from './source';
import { duplicatesStatement, failingValuesStatements, frequencyStatement, profileStatement, uniqueStatement } from './statements';
import { EVIL, EVIL_VALUE, writeEngineData, type EngineData } from './testing/engine-data';

const here = path.dirname(new URL(import.meta.url).pathname);
const PATTERN = "^'; DROP TABLE keep; --$";
const schema: Schema = {
  fields: [
    { name: 'id', kind: 'int', sourceType: 'BIGINT' },
    { name: 'amount', kind: 'float', sourceType: 'DOUBLE' },
    { name: 'ts', kind: 'timestamp', sourceType: 'TIMESTAMP' },
    { name: 'flag', kind: 'bool', sourceType: 'BOOLEAN' },
    { name: EVIL, kind: 'string', sourceType: 'VARCHAR' },
  ] satisfies Field[],
};
const specs: RowSpec[] = [
  { type: 'values_in_set', column: EVIL, values: ['ok', EVIL_VALUE], mostly: 1, severity: 'error' },
  { type: 'regex', column: EVIL, pattern: PATTERN, mostly: 1, severity: 'error' },
  { type: 'values_between', column: 'ts', min: '2024-01-01', strict_min: false, strict_max: false, mostly: 1, severity: 'error' },
];

/** Every statement a run with these checks could issue, in the dialect. */
function statements(d: Dialect): Statement[] {
  const ctx = { d, source: tableSource(`public.${EVIL}`), schema };
  const predicates = specs.map((s) => rowPredicate(s, schema, d, 'checks.yml'));
  return [
    profileStatement(ctx, [{ column: 'amount', quantile: 0.3 }], predicates),
    frequencyStatement(ctx, [0, 1, 2, 3, 4], new Set([4])),
    duplicatesStatement(ctx),
    uniqueStatement(ctx, ['id', EVIL], 'all_values_are_missing'),
    ...predicates.flatMap((p) => failingValuesStatements(ctx, p, 10, 20)),
  ];
}

const render = (ss: Statement[]) => ss.map((s) => `-- ${s.purpose}\n-- params: ${JSON.stringify(s.params)}\n${s.sql};\n`).join('\n');

describe.each([
  ['duckdb', duckdbDialect],
  ['postgres', postgresDialect],
])('%s dialect', (name, d) => {
  const ss = statements(d);

  it('binds every value from the config and quotes every name', () => {
    for (const s of ss) {
      expect(s.sql).not.toContain(EVIL_VALUE);
      expect(s.sql).not.toContain(PATTERN);
      expect(s.sql).not.toContain('2024-01-01');
      // The planted name only ever appears as one quoted identifier, its quote doubled.
      expect(s.sql.split(d.quote(EVIL)).join('')).not.toContain('DROP TABLE');
      const placeholders = new Set([...s.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect(placeholders).toEqual(new Set(s.params.map((_, i) => i + 1)));
    }
    const params = ss.flatMap((s) => s.params);
    expect(params).toContain(EVIL_VALUE);
    expect(params).toContain(PATTERN);
    expect(params).toContain(Date.parse('2024-01-01T00:00:00Z'));
  });

  it('matches the golden SQL', () => {
    const file = path.join(here, '__golden__', `${name}.sql`);
    if (process.env.MLSHIP_UPDATE_GOLDEN) fs.writeFileSync(file, render(ss));
    expect(render(ss)).toBe(fs.readFileSync(file, 'utf8'));
  });
});

describe('duckdb inputs', () => {
  let data: EngineData;
  const config = parseConfig(JSON.stringify({ checks: [{ type: 'row_count', min: 2008, max: 2008 }, { type: 'not_null', column: 'id' }] }), 'checks.json');
  beforeAll(async () => {
    data = await writeEngineData();
  });
  afterAll(() => fs.rmSync(data.dir, { recursive: true, force: true }));

  it('reads a file whose path is SQL, bound as a value', async () => {
    const dir = path.join(data.dir, `it's "here"; DROP TABLE keep; --`);
    fs.mkdirSync(dir);
    fs.copyFileSync(data.parquet, path.join(dir, 'part-0.parquet'));
    const out = await validateDataset({ data: dir, config, engine: { name: 'duckdb' } });
    expect(out.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(out.dataset.files).toBe(1);
  });

  it('reads a table from a DuckDB database file, and a query, with a memory limit', async () => {
    const db = path.join(data.dir, 'warehouse.duckdb');
    const instance = await DuckDBInstance.create(db);
    const conn = await instance.connect();
    await conn.run(`CREATE TABLE train AS SELECT * FROM read_parquet('${data.parquet}')`);
    conn.closeSync();
    instance.closeSync();
    const table = await validateDataset({ config, engine: { name: 'duckdb', connection: db, table: 'train', memoryLimit: '256MB' } });
    expect(table.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(table.dataset.spec).toBe('table train');
    const query = await validateDataset({ config, engine: { name: 'duckdb', query: `SELECT * FROM read_parquet('${data.parquet}') WHERE id > 1000` } });
    expect(query.checks[0]!.status).toBe('fail');
  });

  it('a memory limit DuckDB does not understand is one line', async () => {
    await expect(validateDataset({ data: data.parquet, config, engine: { name: 'duckdb', memoryLimit: 'lots' } }).catch((e) => describeError(e))).resolves.toMatch(/^engine duckdb could not start: .*memory-limit takes DuckDB's form, e\.g\. 1GB/);
  });
});
