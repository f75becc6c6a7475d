import fs from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidateOptions, type ValidationOutcome } from '../validate';
import { buildValidationReport } from '../report';
import { clickhouseDialect } from './clickhouse-dialect';
import { exec, freshClickhouseDatabase, loadIntoClickhouse, writeClickhouseReference, type ClickhouseDatabase } from './testing/real-clickhouse';
import { comparable, expectAgree } from './testing/agreement';
import { freshDatabase } from './testing/real-postgres';
import { EVIL, EVIL_VALUE, loadIntoPostgres, writeEngineData, type EngineData } from './testing/engine-data';
import { loadRegexEngine } from '@mlship/core/user-regex';
import { loadYamlParser } from '@mlship/core';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

/**
 * One check set, one dataset, four engines: the local streaming reader (itself
 * checked against pandas and GX), DuckDB, a real PostgreSQL 15, and a real
 * ClickHouse 18.16 of two shards read through a Distributed table. Counts,
 * extremes, distinct values, duplicates, class counts and verdicts must be
 * identical; means, standard deviations and quantiles agree to floating-point
 * summation order (1e-9 relative): every engine computes them exactly here.
 */
const CHECKS = {
  checks: [
    { type: 'row_count', min: 1000 },
    { type: 'null_percent', max: 5 },
    { type: 'duplicates', max_percent: 1 },
    { type: 'class_balance', column: 'label', min_percent: 1 },
    { type: 'not_null', column: 'amount' },
    { type: 'not_null', column: EVIL, id: 'evil_not_null' },
    { type: 'values_between', column: 'amount', min: 0, max: 100, mostly: 0.9 },
    { type: 'values_between', column: 'ts', min: '2024-01-01', max: '2024-03-01', id: 'ts_range' },
    { type: 'values_between', column: 'id', min: 1, max: 2000, strict_max: true, id: 'id_range' },
    { type: 'values_in_set', column: 'label', values: ['a', 'b', 'c'] },
    { type: 'values_in_set', column: 'id', values: [1, '2', '3.0', true, 4.0], id: 'id_set', mostly: 0 },
    { type: 'values_in_set', column: 'flag', values: ['true'], id: 'flag_set' },
    { type: 'values_in_set', column: EVIL, values: ['ok', EVIL_VALUE], id: 'evil_set' },
    { type: 'regex', column: 'name', pattern: '^[a-z]+$', mostly: 0.5 },
    { type: 'regex', column: EVIL, pattern: "^ok$|^'; DROP TABLE keep; --$", id: 'evil_regex' },
    { type: 'unique', columns: ['id'] },
    { type: 'unique', columns: ['label', 'flag'], id: 'pair_unique' },
    { type: 'unique', columns: ['name', 'flag'], ignore_row_if: 'any_value_is_missing', id: 'name_flag_unique' },
    { type: 'min_between', column: 'amount', min: 0 },
    { type: 'max_between', column: 'ts', max: '2024-12-31' },
    { type: 'mean_between', column: 'amount', min: 40, max: 60 },
    { type: 'std_between', column: 'amount', min: 20, max: 40 },
    { type: 'mean_between', column: 'flag', min: 0.4, max: 0.6, id: 'flag_mean' },
    { type: 'quantile_between', column: 'amount', quantile: 0.3, min: 20, max: 40 },
    { type: 'quantile_between', column: 'id', quantile: 0.5, min: 0, id: 'id_median' },
    { type: 'freshness', column: 'ts', max_age_days: 365 },
    { type: 'column_type', column: 'amount', dtype: 'float' },
    { type: 'columns', columns: ['id', 'amount', 'label'], mode: 'subset' },
  ],
};

/** pandas' numbers for the same rows (__golden__/make_golden.py rebuilds them in Python). */
const golden = JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '__golden__/engines.golden.json'), 'utf8'));

let data: EngineData;
let pg: { url: string; client: Client };
let ch: ClickhouseDatabase;
/** The local reader's parquet for ClickHouse 18.16: timestamps at whole seconds, flag as 0/1 (writeClickhouseReference says why). */
let chParquet: string;
const clickhouse = (table = 'train') => ({ name: 'clickhouse' as const, connection: ch.url, table });
const run = (engine: ValidateOptions['engine'], extra: Partial<ValidateOptions> = {}) =>
  validateDataset({ data: engine?.name === 'postgres' || engine?.name === 'clickhouse' ? undefined : data.parquet, config: parseConfig(JSON.stringify(CHECKS), 'checks.json'), now: new Date('2024-06-01T00:00:00Z'), engine, ...extra });

beforeAll(async () => {
  data = await writeEngineData();
  pg = await freshDatabase();
  await loadIntoPostgres(pg.client, 'train', data.rows);
  // Two shards, rows alternating between them, and a Distributed table over both: every statement fans out.
  ch = await freshClickhouseDatabase();
  await loadIntoClickhouse(ch, 'train', data.rows);
  chParquet = await writeClickhouseReference(data.parquet);
});

afterAll(async () => {
  await pg?.client.end();
  fs.rmSync(data.dir, { recursive: true, force: true });
});

describe('the same checks on local, duckdb, postgres and clickhouse', () => {
  let local: ValidationOutcome;
  beforeAll(async () => {
    local = await run(undefined);
  });

  it('the dataset has what each check is meant to catch', () => {
    expect(local.checks.filter((c) => c.status === 'fail').map((c) => c.id).sort()).toEqual([
      'flag_set',
      'id_range',
      'name_flag_unique',
      'not_null:amount',
      'null_percent',
      'pair_unique',
      'ts_range',
      'unique:id',
      'values_in_set:label',
    ]);
  });

  it.each(['local', 'duckdb', 'postgres', 'clickhouse'] as const)('%s agrees with pandas', async (name) => {
    const out = name === 'local' ? local : await run(name === 'duckdb' ? { name } : name === 'clickhouse' ? clickhouse() : { name, connection: pg.url, table: 'public.train' });
    const col = (c: string) => out.profile.columns.find((p) => p.name === c)!;
    const result = (id: string) => out.results.find((r) => r.id === id)!.result;
    expectAgree(out.profile.rows, golden.rows, 'rows');
    expectAgree(out.profile.duplicateRows, golden.duplicate_rows, 'duplicates');
    expectAgree(Object.fromEntries(out.profile.columns.map((c) => [c.name, c.nulls])), golden.nulls, 'nulls');
    expectAgree(Object.fromEntries(out.profile.columns.map((c) => [c.name, c.distinct])), golden.distinct, 'distinct');
    const a = col('amount');
    expectAgree({ min: a.min, max: a.max, mean: a.mean, std: a.std, quantiles: a.quantiles, 'q0.3': result('quantile_between:amount:0.3').observed_value }, golden.amount, 'amount');
    const ts = col('ts');
    expectAgree({ min: ts.min, max: ts.max, mean: ts.mean, std: ts.std }, name === 'clickhouse' ? golden.ts_whole_seconds : golden.ts, 'ts');
    expectAgree(col('flag').mean, golden.flag_mean, 'flag mean');
    expectAgree(result('id_median').observed_value, golden.id.median, 'id median');
    expectAgree(result('unique:id').unexpected_count, golden.id.rows_of_repeated_keys, 'repeated ids');
    expectAgree(Object.fromEntries(col('label').topValues.map((t) => [t.value, t.count])), golden.label_counts, 'label counts');
    expectAgree(result('values_between:amount').unexpected_count, golden.amount_out_of_0_100, 'amount out of range');
  });

  it.each([
    ['duckdb', () => ({ name: 'duckdb' as const })],
    ['postgres', () => ({ name: 'postgres' as const, connection: pg.url, table: 'public.train' })],
  ])('%s gives the local profile, verdicts and GX results', async (_name, engine) => {
    const out = await run(engine());
    expectAgree(comparable(out), comparable(local), 'outcome');
    // Failing examples name failing values (the engine picks the most frequent).
    for (const c of out.checks.filter((x) => x.status === 'fail' && /e\.g\./.test(x.detail ?? ''))) {
      const local_ = local.checks.find((x) => x.id === c.id)!;
      expect(local_.detail).toMatch(/e\.g\./);
    }
  });

  it('clickhouse, through a Distributed table over two shards, gives the local profile, verdicts and GX results', async () => {
    // ClickHouse 18.16 has no sub-second DateTime and no Bool: the reference is the local reader on the same rows with ts cut to
    // the second and flag as 0/1 (an int column there too). Everything else is the data every engine reads.
    const reference = await run(undefined, { data: chParquet });
    expect(reference.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(local.checks.filter((c) => c.status === 'fail').map((c) => c.id));
    const out = await run(clickhouse());
    expectAgree(comparable(out), comparable(reference), 'outcome');
    expect(out.profile.columns.find((c) => c.name === 'flag')!.kind).toBe('int');
    expect(out.engine!.statements.map((s) => s.purpose)).toContain('value counts of label (one scan, and one for the number of values)');
  });

  it('planted SQL in a column name, a table name and values stays data', async () => {
    await pg.client.query(`CREATE TABLE "${EVIL.replaceAll('"', '""')}" AS SELECT * FROM train`);
    const out = await run({ name: 'postgres', connection: pg.url, table: EVIL });
    expect(out.checks.find((c) => c.id === 'evil_set')!.status).toBe('pass');
    expect(out.checks.find((c) => c.id === 'evil_regex')!.status).toBe('pass');
    expect((await pg.client.query('SELECT count(*) AS n FROM keep')).rows).toEqual([{ n: '0' }]);
    const duck = await run({ name: 'duckdb' });
    expect(duck.checks.find((c) => c.id === 'evil_set')!.status).toBe('pass');
    for (const s of out.engine!.statements) expect(s.sql).not.toContain(EVIL_VALUE);
  });

  it('planted SQL in a column name, a Distributed table name and values stays data on clickhouse', async () => {
    const name = '`x"; DROP TABLE keep; --\\`';
    await exec(ch.nodes[0]!, `CREATE TABLE ${ch.database}.${clickhouseDialect.quote(name)} AS ${ch.database}.train_local ENGINE = Distributed(mlship_two_shards, ${ch.database}, train_local)`);
    const out = await run({ name: 'clickhouse', connection: ch.url, table: name });
    expect(out.profile.rows).toBe(golden.rows);
    expect(out.checks.find((c) => c.id === 'evil_set')!.status).toBe('pass');
    expect(out.checks.find((c) => c.id === 'evil_regex')!.status).toBe('pass');
    for (const node of ch.nodes) expect((await exec(node, `SELECT count() FROM ${ch.database}.keep`)).trim()).toBe('0');
    for (const s of out.engine!.statements) {
      expect(s.sql).not.toContain(EVIL_VALUE);
      expect(s.sql).not.toContain('^ok$');
    }
  });

  it('the default checks (flat shape, target label) give the same report on clickhouse', async () => {
    const flat = () => parseConfig('target_column: label\n', 'configs/data_validation.json');
    const now = new Date('2024-06-01T00:00:00Z');
    const [l, c] = await Promise.all([validateDataset({ data: chParquet, config: flat(), now }), validateDataset({ config: flat(), now, engine: clickhouse() })]);
    expectAgree(comparable(c), comparable(l), 'clickhouse');
  });

  it('a clickhouse query runs as a subquery with readonly=1 (and may read the Distributed table)', async () => {
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'row_count', min: 1984, max: 1984 }, { type: 'values_in_set', column: 'label', values: ['a', 'b', 'c'] }] }), 'checks.json');
    const out = await validateDataset({ config, engine: { name: 'clickhouse', connection: ch.url, query: "SELECT * FROM train WHERE label <> 'rare';" } });
    expect(out.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(out.dataset.spec).toBe('query');
  });

  it('the default checks (flat shape, target label) give the same report on every engine', async () => {
    const flat = () => parseConfig('target_column: label\n', 'configs/data_validation.json');
    const base = { data: data.parquet, config: flat(), now: new Date('2024-06-01T00:00:00Z') };
    const [l, d, p] = await Promise.all([
      validateDataset(base),
      validateDataset({ ...base, config: flat(), engine: { name: 'duckdb' } }),
      validateDataset({ ...base, data: undefined, config: flat(), engine: { name: 'postgres', connection: pg.url, table: 'train' } }),
    ]);
    expect(l.checks.map((c) => c.id)).toEqual(['row_count', 'missing_values', 'schema', 'target_distribution', 'duplicates']);
    for (const o of [d, p]) expectAgree(comparable(o), comparable(l), o.engine!.name);
  });

  it('a query is read in a read-only transaction', async () => {
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'row_count', min: 1984, max: 1984 }, { type: 'values_in_set', column: 'label', values: ['a', 'b', 'c'] }] }), 'checks.json');
    const out = await validateDataset({ config, engine: { name: 'postgres', connection: pg.url, query: "SELECT * FROM train WHERE label <> 'rare';" } });
    expect(out.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    expect(out.dataset.spec).toBe('query');
    // A query can still call a function that writes; the transaction refuses it.
    await pg.client.query('CREATE SEQUENCE IF NOT EXISTS counter');
    const rows = parseConfig('checks:\n  - type: row_count\n', 'checks.yml');
    const write = validateDataset({ config: rows, engine: { name: 'postgres', connection: pg.url, query: "SELECT nextval('counter') AS n" } });
    await expect(write).rejects.toThrow(/^engine postgres: profile and row-level checks \(one scan\) failed: cannot execute nextval\(\) in a read-only transaction$/);
  });

  it('the report names the engine and folds the SQL it ran', async () => {
    const out = await run({ name: 'postgres', connection: pg.url, table: 'public.train' });
    const report = buildValidationReport(out);
    expect(report.summary).toMatch(/on engine postgres/);
    expect(report.texts).toHaveLength(1);
    expect(report.texts![0]!.title).toMatch(/^SQL run on postgres \(\d+ statements\)$/);
    expect(report.texts![0]!.text).toContain('POSIX');
    expect(report.texts![0]!.folded).not.toBe(false);
    expect(report.texts![0]!.text).not.toContain(pg.url);
  });
});
