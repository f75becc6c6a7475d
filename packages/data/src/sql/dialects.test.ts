import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describeError, loadYamlParser } from '@mlship/core';
import { parseConfig } from '../checks/load';
import type { Field, Schema } from '../table';
import { validateDataset } from '../validate';
import type { Dialect, Statement } from './dialect';
import { bigqueryDialect } from './bigquery-dialect';
import { clickhouseDialect } from './clickhouse-dialect';
import { databricksDialect } from './databricks-dialect';
import { duckdbDialect } from './duckdb-dialect';
import { postgresDialect } from './postgres-dialect';
import { snowflakeDialect } from './snowflake-dialect';
import { trinoDialect } from './trino-dialect';
import { rowPredicate, type RowSpec } from './predicates';
import { compileCondition, whereSource } from './conditions';
import { tableSource } from './source';
import { duplicatesStatement, failingValuesStatements, frequencyStatement, profileStatement, uniqueStatement } from './statements';
import { EVIL, EVIL_VALUE, writeEngineData, type EngineData } from './testing/engine-data';
import { parseAs } from './testing/vendor-parsers';

await loadYamlParser();

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

/** Value counts as the run issues them: all columns in one statement with GROUPING SETS, else one statement per column. */
const frequencies = (ctx: Parameters<typeof frequencyStatement>[0], columns: number[], classes: Set<number>): Statement[] =>
  ctx.d.groupingSets ? [frequencyStatement(ctx, columns, classes)] : columns.map((c) => frequencyStatement(ctx, [c], classes));

/** Every statement a run with these checks could issue, in the dialect. */
function statements(d: Dialect): Statement[] {
  const ctx = { d, source: tableSource(`public.${EVIL}`), schema };
  const predicates = specs.map((s) => rowPredicate(s, schema, d, 'checks.yml'));
  return [
    profileStatement(ctx, [{ column: 'amount', quantile: 0.3 }], predicates),
    ...frequencies(ctx, [0, 1, 2, 3, 4], new Set([4])),
    duplicatesStatement(ctx),
    uniqueStatement(ctx, ['id', EVIL], 'all_values_are_missing'),
    ...predicates.flatMap((p) => failingValuesStatements(ctx, p, 10, 20)),
  ];
}

/** Each dialect's parameter markers (Trino's ? carries its number in a comment). */
const MARKERS: Record<string, RegExp> = { duckdb: /\$(\d+)/g, postgres: /\$(\d+)/g, bigquery: /@p(\d+)/g, snowflake: /:(\d+)/g, databricks: /:p(\d+)/g, trino: /\? \/\*p(\d+)\*\//g, clickhouse: /\(SELECT p(\d+) FROM _mlship_params\)/g };

/** The bound value each marker reads, in the order the markers stand in the text. */
function markers(engine: string, sql: string): number[] {
  const re = MARKERS[engine];
  if (!re) throw new Error(`no parameter marker pattern for dialect ${engine}: add it to MARKERS`);
  return [...sql.matchAll(re)].map((m) => Number(m[1]));
}

const render = (ss: Statement[]) => ss.map((s) => `-- ${s.purpose}\n-- params: ${JSON.stringify(s.params)}\n${s.sql};\n`).join('\n');

describe.each([
  ['duckdb', duckdbDialect],
  ['postgres', postgresDialect],
  ['bigquery', bigqueryDialect],
  ['snowflake', snowflakeDialect],
  ['databricks', databricksDialect],
  ['trino', trinoDialect],
  ['clickhouse', clickhouseDialect],
])('%s dialect', (name, d) => {
  const ss = statements(d);

  it('binds every value from the config and quotes every name', () => {
    for (const s of ss) {
      expect(s.sql).not.toContain(EVIL_VALUE);
      expect(s.sql).not.toContain(PATTERN);
      expect(s.sql).not.toContain('2024-01-01');
      // The planted name only ever appears as one quoted identifier, its quote doubled.
      expect(s.sql.split(d.quote(EVIL)).join('')).not.toContain('DROP TABLE');
      // Each value read by one marker (a FROM clause's values are bound first and written last: the order may differ).
      expect(markers(name, s.sql.split(d.quote(EVIL)).join('')).sort((x, y) => x - y)).toEqual(s.params.map((_, i) => i + 1));
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

/** Names and values that would end a statement, or a quoted name, in one dialect or another. */
const PLANTED_NAMES = [EVIL, 'x`; DROP TABLE keep; --', "it's \"a\" `name`\\", "x'); DROP TABLE keep; --"];
const PLANTED_VALUES = [EVIL_VALUE, '`); DROP TABLE keep; --', '"; DROP TABLE keep; --', "\\'; DROP TABLE keep; --"];

function plantedStatements(d: Dialect): Statement[] {
  const planted: Schema = { fields: PLANTED_NAMES.map((name): Field => ({ name, kind: 'string', sourceType: 'VARCHAR' })) };
  const ctx = { d, source: tableSource(`public.${PLANTED_NAMES[1]}`), schema: planted };
  const checks: RowSpec[] = PLANTED_NAMES.flatMap((column, i): RowSpec[] => [
    { type: 'values_in_set', column, values: PLANTED_VALUES, mostly: 1, severity: 'error' },
    { type: 'regex', column, pattern: PLANTED_VALUES[i]!, mostly: 1, severity: 'error' },
  ]);
  const predicates = checks.map((s) => rowPredicate(s, planted, d, 'checks.yml'));
  return [
    profileStatement(ctx, [], predicates),
    ...frequencies(ctx, [0, 1, 2, 3], new Set([0])),
    duplicatesStatement(ctx),
    uniqueStatement(ctx, PLANTED_NAMES, 'any_value_is_missing'),
    ...predicates.flatMap((p) => failingValuesStatements(ctx, p, 10, 20)),
  ];
}

const VENDORS = new Set(['bigquery', 'snowflake', 'databricks', 'trino']);

describe.each([duckdbDialect, postgresDialect, bigqueryDialect, snowflakeDialect, databricksDialect, trinoDialect, clickhouseDialect].map((d) => [d.engine, d] as const))('%s: planted quotes, backticks and "; DROP TABLE"', (name, d) => {
  it('stay one quoted identifier (names) or one bound value (values)', async () => {
    // Longest first, so a name inside another's quoted form is not cut out of it.
    const quoted = ['public', ...PLANTED_NAMES].map((n) => d.quote(n)).sort((a, b) => b.length - a.length);
    for (const s of plantedStatements(d)) {
      const rest = quoted.reduce((sql, q) => sql.split(q).join(' '), s.sql);
      // What is left outside the quoted names is the compiler's own text: no statement end, comment or planted value.
      expect(rest).not.toMatch(/DROP TABLE|;|--/);
      expect(markers(name, rest).sort((x, y) => x - y)).toEqual(s.params.map((_, i) => i + 1));
      if (VENDORS.has(name)) {
        const parsed = await parseAs(name, s.sql);
        expect(parsed.errors).toEqual([]);
        expect(parsed.statements.every((n) => n === 1)).toBe(true);
      }
    }
    const params = plantedStatements(d).flatMap((s) => s.params);
    for (const v of PLANTED_VALUES) expect(params).toContain(v);
  });
});

describe.each([bigqueryDialect, snowflakeDialect, databricksDialect, trinoDialect].map((d) => [d.engine, d] as const))('%s SQL, checked by a parser of the dialect', (name, d) => {
  it('every compiled statement parses, as one statement', async () => {
    for (const s of statements(d)) {
      const parsed = await parseAs(name, s.sql);
      expect({ purpose: s.purpose, errors: parsed.errors }).toEqual({ purpose: s.purpose, errors: [] });
      expect(parsed.statements.every((n) => n === 1)).toBe(true);
    }
  });

  it('a planted broken statement fails the check', async () => {
    const profile = statements(d)[0]!.sql;
    const broken = profile.replace(/\) AS c0\b/, ' AS c0');
    expect(broken).not.toBe(profile);
    expect((await parseAs(name, broken)).errors).not.toEqual([]);
    expect((await parseAs(name, `${profile}; DROP TABLE keep`)).statements.some((n) => n === 2)).toBe(true);
  });
});

/** A row_condition with the grammar's elements and the planted name and value, compiled into the scan of the rows it selects. */
const CONDITION = `(\`${EVIL}\` == "${EVIL_VALUE}" | \`${EVIL}\`.isin(["ok", 'a'])) & not (amount < 1.5 or amount.isnull()) & ts >= "2024-01-01" & flag != True & id > amount & \`${EVIL}\` > "m"`;

function conditionStatements(d: Dialect): Statement[] {
  const condition = compileCondition(CONDITION, 'pandas', schema, d, 'checks.yml');
  const ctx = { d, source: whereSource(tableSource(`public.${EVIL}`), condition, CONDITION), schema };
  const predicate = rowPredicate(specs[2]!, schema, d, 'checks.yml');
  return [profileStatement(ctx, [{ column: 'amount', quantile: 0.5 }], [predicate]), ...failingValuesStatements(ctx, predicate, 10, 20)];
}

describe.each([duckdbDialect, postgresDialect, bigqueryDialect, snowflakeDialect, databricksDialect, trinoDialect, clickhouseDialect].map((d) => [d.engine, d] as const))('%s: a row_condition', (name, d) => {
  const ss = conditionStatements(d);

  it('binds every literal and quotes every name', async () => {
    for (const s of ss) {
      const rest = s.sql.split(d.quote(EVIL)).join(' ');
      expect(rest).not.toMatch(/DROP TABLE|;|--/);
      expect(rest).not.toContain('2024-01-01');
      // The condition's values are bound first (FROM is built first) but stand last: each marker names its value
      // (ClickHouse declares the condition's values again inside the subquery).
      expect([...new Set(markers(name, rest))].sort((a, b) => a - b)).toEqual(s.params.map((_, i) => i + 1));
      if (VENDORS.has(name)) {
        const parsed = await parseAs(name, s.sql);
        expect(parsed.errors).toEqual([]);
        expect(parsed.statements.every((n) => n === 1)).toBe(true);
      }
    }
    expect(ss[0]!.params).toEqual(expect.arrayContaining([EVIL_VALUE, 'ok', 'a', 1.5, Date.parse('2024-01-01T00:00:00Z'), 1, 'm']));
  });

  it('matches the golden SQL', () => {
    const file = path.join(here, '__golden__', `${name}.conditions.sql`);
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
