import fs from 'node:fs';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidationOutcome } from '../validate';
import { writeEngineData, type EngineData } from './testing/engine-data';

/**
 * Past the exact-row limit DuckDB estimates quantiles and distinct counts and
 * counts duplicate rows by a hash of each row, since its exact forms hold
 * every value in memory (50 million rows failed at memory_limit 1GB: see
 * bench/validate-data-engines). The limits are lowered here so the 2,008
 * rows of the cross-engine data take that path, and the estimates are held
 * to the local reader's exact numbers within the sketches' error.
 */
const CHECKS = {
  checks: [
    { type: 'row_count', min: 1000 },
    { type: 'duplicates', max_percent: 1 },
    { type: 'null_percent', max: 5 },
    { type: 'class_balance', column: 'label', min_percent: 1 },
    { type: 'quantile_between', column: 'amount', quantile: 0.5, min: 30, max: 70 },
    { type: 'unique', columns: ['id'] },
  ],
};

let data: EngineData;
let local: ValidationOutcome;
let large: ValidationOutcome;
const lines: string[] = [];

beforeAll(async () => {
  data = await writeEngineData();
  const run = (engine?: Parameters<typeof validateDataset>[0]['engine']) =>
    validateDataset({ data: data.parquet, config: parseConfig(JSON.stringify(CHECKS), 'checks.json'), now: new Date('2024-06-01T00:00:00Z'), engine, progress: (l) => lines.push(l) });
  local = await run();
  large = await run({ name: 'duckdb', limits: { exactRows: 100, countedValues: 500 } });
});

afterAll(() => fs.rmSync(data.dir, { recursive: true, force: true }));

const col = (o: ValidationOutcome, name: string) => o.profile.columns.find((c) => c.name === name)!;

it('says so in the log and the report, and runs the estimating statements', () => {
  expect(lines).toContain('engine duckdb: 2,008 rows, past 100: quantiles and distinct counts estimated, duplicates by row hash, top values for columns of at most 500 values');
  expect(large.engine!.notes.quantiles).toMatch(/^approximate past the exact-row limit/);
  const sql = large.engine!.statements.map((s) => s.sql).join('\n');
  expect(sql).toMatch(/approx_quantile\(/);
  expect(sql).toMatch(/count\(DISTINCT hash\(/);
  expect(sql).not.toMatch(/quantile_cont\(/);
});

it('keeps every count exact: rows, nulls, duplicate rows (no hash collides here), unique keys, class counts', () => {
  expect(large.profile.rows).toBe(local.profile.rows);
  expect(large.profile.duplicateRows).toBe(local.profile.duplicateRows);
  expect(large.profile.columns.map((c) => c.nulls)).toEqual(local.profile.columns.map((c) => c.nulls));
  expect(col(large, 'label').topValues).toEqual(col(local, 'label').topValues);
  expect(large.checks.map((c) => [c.id, c.status])).toEqual(local.checks.map((c) => [c.id, c.status]));
  expect(large.checks.find((c) => c.id === 'unique:id')).toEqual(local.checks.find((c) => c.id === 'unique:id'));
});

it('estimates the distinct values of columns past the counted-value limit (DuckDB\'s HyperLogLog, within 20% on these sizes) and lists no top values for them', () => {
  for (const c of large.profile.columns) {
    const l = col(local, c.name);
    if (l.distinct > 600) {
      expect({ name: c.name, exact: c.distinctExact, top: c.topValues }).toEqual({ name: c.name, exact: false, top: [] });
      expect(Math.abs(c.distinct - l.distinct) / l.distinct).toBeLessThan(0.2);
    } else if (l.distinct < 400) {
      expect({ name: c.name, exact: c.distinctExact, distinct: c.distinct }).toEqual({ name: c.name, exact: true, distinct: l.distinct });
    }
  }
});

it('estimates quantiles within 1% in rank (t-digest) of the exact ones', () => {
  for (const name of ['amount', 'id']) {
    const values = data.rows.map((r) => r[name]).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
    // The share of values below the estimate and the share at most it bracket its rank.
    const rank = (x: number): [number, number] => [values.filter((v) => v < x).length / values.length, values.filter((v) => v <= x).length / values.length];
    for (const [q, estimate] of Object.entries(col(large, name).quantiles!)) {
      const [below, atMost] = rank(estimate);
      expect({ name, q, ok: below <= Number(q) + 0.01 && atMost >= Number(q) - 0.01 }).toEqual({ name, q, ok: true });
    }
  }
  const observed = (o: ValidationOutcome) => o.results.find((r) => r.id === 'quantile_between:amount:0.5')!.result.observed_value as number;
  expect(Math.abs(observed(large) - observed(local))).toBeLessThanOrEqual(1);
});
