import fs from 'node:fs';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidateOptions, type ValidationOutcome } from '../validate';
import { writeEngineData, type EngineData } from './testing/engine-data';
import { exec, freshClickhouseDatabase, loadIntoClickhouse, writeClickhouseReference } from './testing/real-clickhouse';
import { loadYamlParser } from '@mlship/core';

beforeAll(loadYamlParser);

/**
 * Past the exact-row limit DuckDB and ClickHouse estimate quantiles and
 * distinct counts and count duplicate rows by a hash of each row, since their
 * exact forms hold every value in memory (DuckDB: 50 million rows failed at
 * memory_limit 1GB, see bench/validate-data-engines; ClickHouse: every value of
 * a column on the server that received the query). The limits are lowered here
 * so the 2,008 rows of the cross-engine data take that path (on ClickHouse
 * through the Distributed table over two shards, so every sketch is merged from
 * both), and the estimates are held to the local reader's exact numbers within
 * the error the README states for each engine's functions.
 */
const CHECKS = {
  checks: [
    { type: 'row_count', min: 1000 },
    { type: 'duplicates', max_percent: 1 },
    { type: 'null_percent', max: 5 },
    { type: 'class_balance', column: 'label', min_percent: 1 },
    { type: 'quantile_between', column: 'amount', quantile: 0.5, min: 30, max: 70 },
    { type: 'quantile_between', column: 'amount', quantile: 0.37, min: 0, max: 100, id: 'amount_q37' },
    { type: 'unique', columns: ['id'] },
    // A condition keeps the whole table's estimating forms: it may keep most of the rows.
    { type: 'quantile_between', column: 'amount', quantile: 0.5, min: 0, max: 100, row_condition: 'label != "rare"', id: 'amount_median_common' },
  ],
};

const LIMITS = { exactRows: 100, countedValues: 500 };

interface Case {
  engine: ValidateOptions['engine'];
  /** The parquet the local reader reads as the engine holds the rows. */
  localData: string;
  /** Expected in the statements, and not expected. */
  sql: RegExp[];
  exactSql: RegExp;
  /** The largest relative error of a distinct count the README states. */
  distinctError: number;
  /** The largest rank error of a quantile the README states. */
  rankError: number;
  /** Relative rounding of the value itself (ClickHouse's t-digest keeps 32-bit floats). */
  valueRounding: number;
}

let data: EngineData;
const cases = new Map<string, Case>();
const outcomes = new Map<string, { local: ValidationOutcome; large: ValidationOutcome; lines: string[] }>();

beforeAll(async () => {
  data = await writeEngineData();
  const ch = await freshClickhouseDatabase();
  await loadIntoClickhouse(ch, 'train', data.rows);
  cases.set('duckdb', {
    engine: { name: 'duckdb', limits: LIMITS },
    localData: data.parquet,
    sql: [/approx_quantile\(/, /count\(DISTINCT hash\(/, /approx_count_distinct\(/],
    exactSql: /quantile_cont\(/,
    distinctError: 0.2,
    rankError: 0.01,
    valueRounding: 0,
  });
  cases.set('clickhouse', {
    engine: { name: 'clickhouse', connection: ch.url, table: 'train', limits: LIMITS },
    // ts at whole seconds, flag as 0/1: what ClickHouse 18.16 holds (writeClickhouseReference).
    localData: await writeClickhouseReference(data.parquet),
    sql: [/quantilesTDigest\(0, 0\.005, 0\.01, /, /count\(DISTINCT cityHash64\(isNull\(/, /uniqCombined\(/],
    exactSql: /arraySort\(groupArray\(/,
    distinctError: 0.01,
    rankError: 0.015,
    valueRounding: 2 ** -23,
  });
  for (const [name, c] of cases) {
    const lines: string[] = [];
    const run = (engine?: ValidateOptions['engine']) =>
      validateDataset({ data: engine?.name === 'clickhouse' ? undefined : c.localData, config: parseConfig(JSON.stringify(CHECKS), 'checks.json'), now: new Date('2024-06-01T00:00:00Z'), engine, progress: (l) => lines.push(l) });
    outcomes.set(name, { local: await run(), large: await run(c.engine), lines });
  }
}, 120_000);

afterAll(() => fs.rmSync(data.dir, { recursive: true, force: true }));

const col = (o: ValidationOutcome, name: string) => o.profile.columns.find((c) => c.name === name)!;
/** The values of a column as the engine holds them: timestamps at whole seconds (ClickHouse 18.16), as epoch ms. */
const values = (name: string): number[] =>
  data.rows
    .map((r) => (name === 'ts' ? Date.parse(`${String(r.ts).slice(0, 19).replace(' ', 'T')}Z`) : r[name]))
    .filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));

describe.each(['duckdb', 'clickhouse'])('%s past the exact-row limit', (name) => {
  const get = () => {
    const o = outcomes.get(name)!;
    return { ...o, c: cases.get(name)! };
  };

  it('says so in the log and the report, and runs the estimating statements only', () => {
    const { lines, large, c } = get();
    expect(lines).toContain(`engine ${name}: 2,008 rows, past 100: quantiles and distinct counts estimated, duplicates by row hash, top values for columns of at most 500 values`);
    expect(large.engine!.notes.quantiles).toMatch(/^approximate past the exact-row limit/);
    const sql = large.engine!.statements.map((s) => s.sql).join('\n');
    for (const form of c.sql) expect(sql).toMatch(form);
    expect(sql).not.toMatch(c.exactSql);
  });

  it('keeps every count exact: rows, nulls, duplicate rows (no hash collides here), unique keys, class counts', () => {
    const { local, large } = get();
    expect(large.profile.rows).toBe(local.profile.rows);
    expect(large.profile.duplicateRows).toBe(local.profile.duplicateRows);
    expect(large.profile.duplicateRows).toBe(8);
    expect(large.profile.columns.map((c) => c.nulls)).toEqual(local.profile.columns.map((c) => c.nulls));
    expect(col(large, 'label').topValues).toEqual(col(local, 'label').topValues);
    expect(large.checks.map((c) => [c.id, c.status])).toEqual(local.checks.map((c) => [c.id, c.status]));
    expect(large.checks.find((c) => c.id === 'unique:id')).toEqual(local.checks.find((c) => c.id === 'unique:id'));
  });

  it('estimates the distinct values of columns past the counted-value limit within the stated error, and lists no top values for them', () => {
    const { local, large, c: limits } = get();
    let estimated = 0;
    for (const c of large.profile.columns) {
      const l = col(local, c.name);
      if (l.distinct > 600) {
        estimated++;
        expect({ name: c.name, exact: c.distinctExact, top: c.topValues }).toEqual({ name: c.name, exact: false, top: [] });
        expect({ name: c.name, error: Math.abs(c.distinct - l.distinct) / l.distinct <= limits.distinctError }).toEqual({ name: c.name, error: true });
      } else if (l.distinct < 400) {
        expect({ name: c.name, exact: c.distinctExact, distinct: c.distinct }).toEqual({ name: c.name, exact: true, distinct: l.distinct });
      }
    }
    // id, amount and ts have more values than the lowered limit.
    expect(estimated).toBe(3);
  });

  it('estimates quantiles within the stated rank error of the exact ones', () => {
    const { local, large, c } = get();
    for (const column of ['amount', 'id', 'ts']) {
      const v = values(column);
      // The share of values below the estimate and the share at most it bracket its rank; a 32-bit float moves the value itself.
      const rank = (x: number): [number, number] => {
        const slack = Math.abs(x) * c.valueRounding;
        return [v.filter((y) => y < x - slack).length / v.length, v.filter((y) => y <= x + slack).length / v.length];
      };
      const qs = col(large, column).quantiles!;
      expect(Object.keys(qs)).toEqual(Object.keys(col(local, column).quantiles!));
      for (const [q, estimate] of Object.entries(qs)) {
        const [below, atMost] = rank(estimate);
        expect({ column, q, below, atMost, ok: below <= Number(q) + c.rankError && atMost >= Number(q) - c.rankError }).toMatchObject({ column, q, ok: true });
      }
    }
    const observed = (o: ValidationOutcome, id: string) => o.results.find((r) => r.id === id)!.result.observed_value as number;
    expect(Math.abs(observed(large, 'quantile_between:amount:0.5') - observed(local, 'quantile_between:amount:0.5'))).toBeLessThanOrEqual(1);
    // A level from the config, bound as a value (ClickHouse reads it between two points of its grid): within the rank error too.
    const amounts = values('amount');
    const q37 = observed(large, 'amount_q37');
    const share = (n: number) => n / amounts.length;
    expect({ q37, ok: share(amounts.filter((y) => y < q37).length) <= 0.37 + c.rankError && share(amounts.filter((y) => y <= q37).length) >= 0.37 - c.rankError }).toEqual({ q37, ok: true });
    // The median of the rows a condition keeps, estimated by the same functions (the statement check above shows no exact form ran).
    const common = data.rows.filter((r) => r.label !== 'rare').map((r) => r.amount).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
    const median = observed(large, 'amount_median_common');
    const below = common.filter((y) => y < median).length / common.length;
    const atMost = common.filter((y) => y <= median).length / common.length;
    expect({ median, ok: below <= 0.5 + c.rankError && atMost >= 0.5 - c.rankError }).toEqual({ median, ok: true });
    expect(Math.abs(observed(local, 'amount_median_common') - median)).toBeLessThanOrEqual(1);
  });
});

describe('clickhouse at a size where its sketches are sketches', () => {
  /**
   * 400,000 rows made by ClickHouse itself on each shard (odd row numbers on
   * shard 1, even on shard 2) from j = i mod 200,001: every row has one
   * duplicate on the other shard, x and ts have 200,001 values each (past
   * uniqCombined's exact modes, so its HyperLogLog answers), and the t-digest
   * is compressed and merged from both shards. The truth is the same formula in
   * JavaScript: ranks and counts of the exact values.
   */
  const N = 400_000;
  const CYCLE = 200_001;
  const row = (i: number) => {
    const j = i % CYCLE;
    return { x: j % 101 === 0 ? null : ((j * 7919) % 300_007) / 7, ts: (1_704_067_200 + ((j * 37) % 1_000_003)) * 1000 };
  };
  let out: ValidationOutcome;
  beforeAll(async () => {
    const ch = await freshClickhouseDatabase();
    const columns = 'x Nullable(Float64), ts DateTime';
    const select = `SELECT if(j % 101 = 0, NULL, toFloat64((j * 7919) % 300007) / 7), toDateTime(1704067200 + (j * 37) % 1000003) FROM (SELECT (number + 1) % ${CYCLE} AS j, number + 1 AS i FROM numbers(${N}))`;
    for (const [k, node] of ch.nodes.entries()) {
      await exec(node, `CREATE TABLE ${ch.database}.big_local (${columns}) ENGINE = MergeTree ORDER BY tuple()`);
      await exec(node, `INSERT INTO ${ch.database}.big_local ${select} WHERE i % 2 = ${(k + 1) % 2}`);
    }
    await exec(ch.nodes[0]!, `CREATE TABLE ${ch.database}.big AS ${ch.database}.big_local ENGINE = Distributed(mlship_two_shards, ${ch.database}, big_local)`);
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'row_count', min: N, max: N }, { type: 'quantile_between', column: 'x', quantile: 0.37, min: 0 }] }), 'checks.json');
    out = await validateDataset({ config, engine: { name: 'clickhouse', connection: ch.url, table: 'big', limits: { exactRows: 1000, countedValues: 1000 } } });
  }, 120_000);

  const sorted = new Map<string, number[]>();
  const truth = (name: 'x' | 'ts'): number[] => {
    if (!sorted.has(name)) {
      const v: number[] = [];
      for (let i = 1; i <= N; i++) {
        const r = row(i)[name];
        if (r !== null) v.push(r);
      }
      sorted.set(name, v.sort((a, b) => a - b));
    }
    return sorted.get(name)!;
  };

  it('counts rows, nulls and duplicate rows (across shards) exactly', () => {
    expect(out.profile.rows).toBe(N);
    expect(out.profile.duplicateRows).toBe(N - CYCLE);
    const nulls = Array.from({ length: N }, (_, k) => row(k + 1).x).filter((x) => x === null).length;
    expect(out.profile.columns.map((c) => [c.name, c.nulls])).toEqual([
      ['x', nulls],
      ['ts', 0],
    ]);
  });

  it('estimates 200,001 distinct values within 1% (uniqCombined past its exact modes)', () => {
    for (const c of out.profile.columns) {
      const exact = new Set(truth(c.name as 'x' | 'ts')).size;
      expect(exact).toBe(c.name === 'x' ? CYCLE - Math.ceil(CYCLE / 101) : CYCLE);
      expect({ name: c.name, exact: c.distinctExact, top: c.topValues }).toEqual({ name: c.name, exact: false, top: [] });
      expect({ name: c.name, distinct: c.distinct, ok: Math.abs(c.distinct - exact) / exact <= 0.01 }).toMatchObject({ name: c.name, ok: true });
    }
  });

  it('estimates quantiles within 1.5% in rank, the value within 32-bit float rounding', () => {
    const check = (name: 'x' | 'ts', q: number, estimate: number) => {
      const v = truth(name);
      const slack = Math.abs(estimate) * 2 ** -23;
      const below = v.filter((y) => y < estimate - slack).length / v.length;
      const atMost = v.filter((y) => y <= estimate + slack).length / v.length;
      expect({ name, q, below, atMost, ok: below <= q + 0.015 && atMost >= q - 0.015 }).toMatchObject({ name, q, ok: true });
    };
    for (const c of out.profile.columns) for (const [q, estimate] of Object.entries(c.quantiles!)) check(c.name as 'x' | 'ts', Number(q), estimate);
    check('x', 0.37, out.results.find((r) => r.id === 'quantile_between:x:0.37')!.result.observed_value as number);
  });
});
