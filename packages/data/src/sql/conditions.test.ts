import fs from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';
import { describeError, loadYamlParser } from '@mlship/core';
import { refusalLine } from '../read/test-kit';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidateOptions, type ValidationOutcome } from '../validate';
import { comparable, expectAgree } from './testing/agreement';
import { EVIL, EVIL_VALUE, loadIntoPostgres, writeEngineData, type EngineData } from './testing/engine-data';
import { freshClickhouseDatabase, loadIntoClickhouse, writeClickhouseReference } from './testing/real-clickhouse';
import { freshDatabase } from './testing/real-postgres';
import { loadRegexEngine } from '@mlship/core/user-regex';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

/**
 * Checks with a row_condition, on the cross-engine dataset, through the local
 * reader, DuckDB and a real PostgreSQL 15. The conditions cover every element
 * of the grammar (and/or/not in both spellings, the six comparisons, isin, the
 * null tests, back-quoted names, col("…"), quotes inside strings, timestamp
 * literals, a column against a column, values of different kinds) and a
 * column name and a value that are SQL. Each check's rows and the number it
 * judges are pandas' (DataFrame.query, __golden__/make_conditions_golden.py);
 * the engines must then give the local verdicts, word for word.
 */
const here = path.dirname(new URL(import.meta.url).pathname);
const CHECKS = fs.readFileSync(path.join(here, '__golden__/conditional-checks.json'), 'utf8');
const golden = JSON.parse(fs.readFileSync(path.join(here, '__golden__/conditions.golden.json'), 'utf8')) as Record<string, { rows: number; nulls?: number; unexpected?: number; value?: number | null }>;
const NOW = new Date('2024-06-01T00:00:00Z');

let data: EngineData;
let pg: { url: string; client: Client };
const engines = {
  local: () => undefined,
  duckdb: () => ({ name: 'duckdb' as const }),
  postgres: () => ({ name: 'postgres' as const, connection: pg.url, table: 'public.train' }),
};
const run = (engine: ValidateOptions['engine'], checks = CHECKS) =>
  validateDataset({ data: engine?.name === 'duckdb' || !engine ? data.parquet : undefined, config: parseConfig(checks, 'checks.json'), now: NOW, engine });

beforeAll(async () => {
  data = await writeEngineData();
  pg = await freshDatabase();
  await loadIntoPostgres(pg.client, 'train', data.rows);
});

afterAll(async () => {
  await pg?.client.end();
  fs.rmSync(data.dir, { recursive: true, force: true });
});

describe('row_condition on local, duckdb and postgres', () => {
  let local: ValidationOutcome;
  beforeAll(async () => {
    local = await run(undefined);
  });

  it('the conditions select rows that make checks fail', () => {
    expect(local.checks.filter((c) => c.status === 'fail').map((c) => c.id).sort()).toEqual(['gx_not_null', 'max_flipped', 'mean_no_rows', 'nn_tilde', 'uq_timestamp']);
  });

  it.each(Object.keys(engines) as (keyof typeof engines)[])('%s selects the rows pandas selects and judges the numbers pandas gives', async (name) => {
    const out = name === 'local' ? local : await run(engines[name]());
    for (const [id, g] of Object.entries(golden)) {
      const check = out.checks.find((c) => c.id === id)!;
      const result = out.results.find((r) => r.id === id)?.result;
      const kept = /\((\d+) rows? where /.exec(check.detail ?? '');
      expectAgree(Number(kept?.[1]), g.rows, `${id} rows`);
      if (g.nulls !== undefined) expectAgree(result!.unexpected_count, g.nulls, `${id} nulls`);
      if (g.unexpected !== undefined) {
        expectAgree(result!.unexpected_count, g.unexpected, `${id} unexpected`);
        expectAgree(result!.element_count, g.rows, `${id} rows judged`);
      }
      if (g.value === null) expect(check.observed).toMatch(/^(undefined|no values)$/);
      else if (g.value !== undefined) {
        const observed = result!.observed_value;
        // Instants are shown as ISO text.
        expectAgree(observed, typeof observed === 'string' ? new Date(g.value).toISOString() : g.value, `${id} value`);
      }
    }
  });

  it.each(['duckdb', 'postgres'] as const)('%s gives the local verdicts and GX results', async (name) => {
    expectAgree(comparable(await run(engines[name]())), comparable(local), 'outcome');
  });

  it('clickhouse, through a Distributed table over two shards, gives the local verdicts on the rows it holds', async () => {
    // ClickHouse 18.16 holds ts to the second and flag as 0/1: the reference is the local reader on those rows (cross-engine.test.ts).
    const ch = await freshClickhouseDatabase();
    await loadIntoClickhouse(ch, 'train', data.rows);
    const reference = await validateDataset({ data: await writeClickhouseReference(data.parquet), config: parseConfig(CHECKS, 'checks.json'), now: NOW });
    const out = await run({ name: 'clickhouse', connection: ch.url, table: 'train' });
    expectAgree(comparable(out), comparable(reference), 'outcome');
  });

  it('one scan per distinct condition; the planted name and value stay data', async () => {
    const out = await run(engines.postgres());
    const scans = out.engine!.statements.filter((s) => s.purpose.startsWith('profile and row-level checks'));
    // The whole table, and each condition once: two checks share `id > 1000`, two `500 > id`, two `id > 99999`.
    expect(scans).toHaveLength(1 + new Set(JSON.parse(CHECKS).checks.map((c: { row_condition: string }) => c.row_condition)).size);
    for (const s of out.engine!.statements) {
      expect(s.sql).not.toContain(EVIL_VALUE);
      expect(s.sql).not.toContain('Ü');
      expect(s.sql).not.toContain('2024-02-01');
    }
    // The value is bound (rc_evil selects pandas' rows, above); the name is one quoted identifier.
    const evil = out.engine!.statements.find((s) => s.purpose.includes(`where \`${EVIL}\``))!;
    expect(evil.sql.split(`"${EVIL.replaceAll('"', '""')}"`).join('')).not.toContain('DROP TABLE');
    expect((await pg.client.query('SELECT count(*) AS n FROM keep')).rows).toEqual([{ n: '0' }]);
  });

  it('a check whose condition selects no rows says so on every engine', async () => {
    for (const name of Object.keys(engines) as (keyof typeof engines)[]) {
      const out = name === 'local' ? local : await run(engines[name]());
      const none = out.checks.find((c) => c.id === 'rc_no_rows')!;
      expect([none.status, none.observed, none.detail]).toEqual(['pass', 0, '0 rows (0 rows where id > 99999)']);
    }
  });
});

describe('conditions the engines cannot compute as the local reader does are refused in one line', () => {
  const refusal = (row_condition: string) => refusalLine(() => run(engines.duckdb(), JSON.stringify({ checks: [{ type: 'row_count', row_condition }] })));

  it.each([
    // JavaScript's Number() reads "0x1A", " 1e3" and "Infinity" as numbers; no SQL cast reads text that way on every engine.
    ['name > 3', 'compares text column "name" with a number'],
    ['label.isin(["a", 1])', 'compares text column "label" with a number'],
    // JavaScript orders text by UTF-16 unit, the engines by code point: they part from U+D800 on.
    ['name < "\u{1F600}"', 'orders text against "\u{1F600}"'],
    ['name < label', 'orders text column "name" against text column "label": engine duckdb orders text by code point, the local reader by UTF-16 unit'],
  ])('%s', async (condition, reason) => {
    const line = await refusal(condition);
    expect(line).toContain(`row_condition ${JSON.stringify(condition)}: ${reason}`);
    expect(line).not.toContain('\n');
  });

  it('a binary column is only tested for missing values', async () => {
    const query = `SELECT *, encode(name) AS raw FROM read_parquet('${data.parquet.replaceAll("'", "''")}')`;
    const rows = (row_condition: string) => validateDataset({ config: parseConfig(JSON.stringify({ checks: [{ type: 'row_count', row_condition }] }), 'checks.json'), engine: { name: 'duckdb', query } });
    await expect(rows('raw == "ab"').catch(describeError)).resolves.toContain('row_condition "raw == \\"ab\\"": compares "raw", a binary column: engine duckdb writes its values as text its own way; test it with .isnull() or .notnull() only');
    expect((await rows('raw.isnull()')).checks[0]!.detail).toBe("63 rows (63 rows where raw.isnull())");
  });

  it('a parse error has the local message', async () => {
    expect(await refusal('agee > 3')).toMatch(/^checks\.json: checks\[0\] \(row_count\): row_condition "agee > 3": column "agee" is not in the data\./);
  });

  it('equality of text and order against text below U+D800 are compiled', async () => {
    const out = await run(engines.duckdb(), JSON.stringify({ checks: [{ type: 'row_count', row_condition: 'name == label | name < "\u00ff"' }] }));
    expect(out.checks[0]!.detail).toMatch(/\(\d+ rows where /);
  });
});
