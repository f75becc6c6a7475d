import { UserError, effectiveStatus, failedChecks, overallStatus } from '@mlship/core';
import { buildValidationReport } from '../report';
import { loadRulesGolden } from './__golden__/golden';
import { checkTypes } from './config';
import { defaultConfig } from './defaults';
import { parseConfig } from './load';
import { Workspace, byId, verdict } from './rules/test-kit';
import { loadJsonSchemaSupport } from './formats/json-schema';

/**
 * Rules across families: every check type at once, severity, the seed 002
 * config shape against the seed's own validator, and a Great Expectations
 * suite against the equivalent native config. Each family has its own file
 * under rules/ with pass, fail and boundary cases.
 */
const ws = new Workspace();
afterAll(() => ws.remove());

// 12 rows: id unique; feature1 in [0, 100] with one null; category in {A, B, C}; target 0/1; ts within a week of NOW.
const NOW = new Date('2024-06-01T00:00:00Z');
const rows = Array.from({ length: 12 }, (_, i) => [
  i + 1,
  i === 5 ? null : i * 9,
  'ABC'[i % 3]!,
  i % 2,
  `C-${String(i).padStart(2, '0')}`,
  `2024-05-${String(20 + i).padStart(2, '0')}T00:00:00Z`,
]);
const data = ws.csv('data.csv', ['id', 'feature1', 'category', 'target', 'code', 'ts'], rows);
const reference = ws.csv('reference.csv', ['id', 'feature1', 'category', 'target', 'code', 'ts'], rows);
const holdout = ws.csv('holdout.csv', ['id', 'feature1', 'category', 'target', 'code', 'ts'], [[100, 1, 'A', 0, 'C-99', '2024-05-01T00:00:00Z']]);

// Its JSON Schema checks are parsed from text, which does not load the validator itself.
beforeAll(loadJsonSchemaSupport);

describe('every check type', () => {
  const all = [
    { type: 'row_count', min: 12, max: 12 },
    { type: 'columns', columns: ['id', 'feature1', 'category', 'target', 'code', 'ts'] },
    { type: 'not_null', column: 'feature1', mostly: 0.9 },
    { type: 'null_percent', max: 10 },
    { type: 'values_between', column: 'feature1', min: 0, max: 99 },
    { type: 'distinct_values_in_set', column: 'category', values: ['A', 'B', 'C'] },
    { type: 'values_in_set', column: 'target', values: [0, 1] },
    { type: 'class_balance', column: 'target', min_percent: 50 },
    { type: 'duplicates', max_percent: 0 },
    { type: 'column_type', column: 'ts', dtype: 'timestamp' },
    { type: 'unique', columns: ['id'] },
    { type: 'regex', column: 'code', pattern: '^C-\\d{2}$' },
    { type: 'column_exists', column: 'code', index: 4 },
    { type: 'distinct_values_contain_set', column: 'category', values: ['A', 'C'] },
    { type: 'distinct_values_equal_set', column: 'category', values: ['A', 'B', 'C'] },
    { type: 'column_count', min: 6, max: 6 },
    { type: 'is_null', column: 'feature1', mostly: 0.05 },
    { type: 'values_not_in_set', column: 'category', values: ['D'] },
    { type: 'not_regex', column: 'code', pattern: '^X' },
    { type: 'regex_list', column: 'code', patterns: ['^C-', '\\d$'], match_on: 'all' },
    { type: 'not_regex_list', column: 'code', patterns: ['^X', '^Y'] },
    { type: 'value_lengths', column: 'code', min: 4, max: 4 },
    { type: 'min_between', column: 'id', min: 1, max: 1 },
    { type: 'max_between', column: 'ts', min: '2024-05-31' },
    { type: 'mean_between', column: 'id', min: 6.5, max: 6.5 },
    { type: 'std_between', column: 'target', min: 0.5, max: 0.53 },
    { type: 'quantile_between', column: 'feature1', quantile: 0.5, min: 54, max: 54 },
    { type: 'freshness', column: 'ts', max_age_days: 1 },
    { type: 'drift' },
    { type: 'leakage', key_columns: ['id'] },
    { type: 'pair_equal', column_a: 'id', column_b: 'id' },
    { type: 'pair_greater', column_a: 'id', column_b: 'target' },
    { type: 'pair_in_set', column_a: 'category', column_b: 'target', pairs: ['A', 'B', 'C'].flatMap((c) => [[c, 0], [c, 1]]) },
    { type: 'multicolumn_sum', columns: ['id', 'target'], sum: 1, mostly: 0 },
    { type: 'unique_within_record', columns: ['id', 'feature1'] },
    { type: 'sum_between', column: 'id', min: 78, max: 78 },
    { type: 'distinct_count_between', column: 'category', min: 3, max: 3 },
    { type: 'distinct_proportion_between', column: 'id', min: 1 },
    { type: 'most_common_in_set', column: 'category', values: ['A', 'B', 'C'], ties_okay: true },
    { type: 'z_scores_below', column: 'feature1', threshold: 3 },
    { type: 'monotonic', column: 'ts', direction: 'increasing', strictly: true },
    { type: 'kl_divergence', column: 'category', partition: { values: ['A', 'B', 'C'], weights: [1 / 3, 1 / 3, 1 / 3] }, threshold: 0 },
    { type: 'type_list', column: 'code', dtypes: ['int', 'string'] },
    { type: 'strftime_format', column: 'code', format: 'C-%y' },
    { type: 'dateutil_parseable', column: 'code', mostly: 0 },
    { type: 'json_parseable', column: 'category', mostly: 0 },
    { type: 'json_schema', column: 'code', schema: {}, mostly: 0 },
    { type: 'like_pattern', column: 'code', pattern: 'C-__' },
    { type: 'not_like_pattern', column: 'code', pattern: 'X%' },
    { type: 'like_pattern_list', column: 'code', patterns: ['C%', '%1'] },
    { type: 'not_like_pattern_list', column: 'code', patterns: ['X%', 'Y%'] },
  ];

  it('this list covers every type config.ts defines', () => {
    expect(all.map((c) => c.type).sort()).toEqual(checkTypes().sort());
  });

  it('all compile together and share one pass over the data', async () => {
    const o = await ws.validate(all, data, { reference, testData: holdout, now: NOW });
    const failed = o.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.observed} (${c.detail})`);
    expect(failed).toEqual([]);
    // One check per entry but drift, which checks each comparable column (all 6).
    expect(o.checks).toHaveLength(all.length - 1 + 6);
    expect(o.profile.rows).toBe(12);
  });
});

describe('severity', () => {
  const checks = [
    { type: 'row_count', min: 100, severity: 'warning' },
    { type: 'unique', columns: ['category'], severity: 'warning', id: 'category_unique' },
    { type: 'row_count', id: 'rows_ok', min: 1 },
  ];

  it('a failed warning check keeps status fail and severity warning; it counts as warn, and the report is WARN', async () => {
    const o = await ws.validate(checks, data);
    expect(o.checks.map((c) => [c.id, c.status, c.severity, effectiveStatus(c)])).toEqual([
      ['row_count', 'fail', 'warning', 'warn'],
      ['category_unique', 'fail', 'warning', 'warn'],
      ['rows_ok', 'pass', 'error', 'pass'],
    ]);
    const report = buildValidationReport(o);
    expect(report.status).toBe('warn');
    expect(failedChecks(report)).toEqual([]);
  });

  it('a failed error check makes the report FAIL, whatever the warnings', async () => {
    const o = await ws.validate([...checks, { type: 'row_count', id: 'rows_bad', max: 1 }], data);
    expect(byId(o, 'rows_bad')).toMatchObject({ status: 'fail', severity: 'error' });
    expect(buildValidationReport(o).status).toBe('fail');
    expect(failedChecks(buildValidationReport(o)).map((c) => c.id)).toEqual(['rows_bad']);
  });

  it('drift checks carry the severity of their spec', async () => {
    const shifted = ws.csv('shifted.csv', ['id', 'feature1', 'category', 'target', 'code', 'ts'], rows.map((r) => [r[0]! as number, (r[1] as number | null) === null ? null : (r[1] as number) + 500, 'Z', r[3]!, r[4]!, r[5]!]));
    const o = await ws.validate([{ type: 'drift', columns: ['feature1', 'category'], severity: 'warning' }], shifted, { reference });
    expect(o.checks.map((c) => [c.id, c.status, effectiveStatus(c)])).toEqual([
      ['drift:feature1', 'fail', 'warn'],
      ['drift:category', 'fail', 'warn'],
    ]);
    expect(overallStatus(o.checks)).toBe('warn');
  });

  it('"warn" is not a severity: the config error names the choices', () => {
    let message = '';
    try {
      parseConfig('checks:\n  - type: row_count\n    severity: warn\n', 'checks.yml');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      message = (e as UserError).line;
    }
    expect(message).toMatch(/^checks.yml:3: checks\[0\].severity: .*"error".*"warning"/);
  });
});

describe("seed 002's configs/data_validation.json, against the seed's validate_training_data (golden)", () => {
  const seed = loadRulesGolden().seed002;
  const f = ws.text('seed.csv', seed.csv);

  it.each(seed.configs.map((c) => [c.name, c] as const))('%s: the seed check ids, in order, with its verdicts', async (_name, c) => {
    const config = parseConfig(JSON.stringify(c.config), 'configs/data_validation.json');
    expect(config.format).toBe('seed-002');
    const o = await ws.validate(config, f);
    expect(o.checks.map((x) => [x.id, x.status])).toEqual(c.results.map((r) => [r.check, r.passed ? 'pass' : 'fail']));
    for (const r of c.results) {
      const ours = byId(o, r.check);
      expect(ours.severity).toBe('error');
      // Where the seed's message is format-independent, ours says the same.
      if (r.check === 'duplicates') expect(ours.detail).toBe(r.detail);
      if (r.check.startsWith('range_')) expect(ours.detail!.startsWith(r.detail)).toBe(true);
      if (r.detail === 'OK' && r.check !== 'target_distribution') expect(ours.detail).toBe('OK');
    }
  });

  it('on_threshold: what each verdict rests on', async () => {
    const o = await ws.validate(parseConfig(JSON.stringify(seed.configs[0]!.config), 'dv.json'), f);
    expect(verdict(byId(o, 'row_count'))).toEqual({ status: 'pass', observed: 100, expected: '>= 100', detail: '100 rows' });
    expect(verdict(byId(o, 'missing_values'))).toEqual({ status: 'pass', observed: '5% (f2)', expected: '<= 5% per column', detail: 'OK' });
    expect(verdict(byId(o, 'schema'))).toEqual({ status: 'pass', observed: '3 columns', expected: '3 present', detail: 'OK' });
    expect(verdict(byId(o, 'target_distribution'))).toEqual({ status: 'pass', observed: 'smallest class 29%', expected: 'every class >= 29%', detail: '2 classes, OK' });
    expect(verdict(byId(o, 'range_f1'))).toEqual({ status: 'fail', observed: '1 out of range', expected: '[0, 10]', detail: '1 values out of [0, 10] (e.g. "10.5"×1)' });
    expect(verdict(byId(o, 'range_f2'))).toEqual({ status: 'pass', observed: '0 out of range', expected: '[0, 98]', detail: '0 values out of [0, 98]' });
    expect(verdict(byId(o, 'duplicates'))).toEqual({ status: 'pass', observed: '1%', expected: '<= 1%', detail: '1 duplicates (1.00%)' });
  });

  it('past_threshold: the failures name their cause', async () => {
    const o = await ws.validate(parseConfig(JSON.stringify(seed.configs[1]!.config), 'dv.json'), f);
    expect(byId(o, 'row_count')).toMatchObject({ status: 'fail', observed: 100, expected: '>= 101' });
    expect(byId(o, 'missing_values')).toMatchObject({ status: 'fail', detail: 'High null columns: f2 5.00%' });
    expect(byId(o, 'schema')).toMatchObject({ status: 'fail', detail: 'Missing columns: label' });
    expect(byId(o, 'target_distribution')).toMatchObject({ status: 'fail', detail: 'Rare classes (<29.01%): a 29.00%' });
    expect(byId(o, 'range_f2')).toMatchObject({ status: 'fail', detail: '2 values out of [0, 97.5] (e.g. "98"×2)' });
  });

  it('without a config the seed defaults run (min 1000 rows, 5% nulls, 1% duplicates, classes >= 1%)', async () => {
    const o = await ws.validate(defaultConfig(), f);
    expect(o.configFormat).toBe('seed-002');
    expect(o.checks.map((c) => [c.id, c.status, c.expected])).toEqual([
      ['row_count', 'fail', '>= 1000'],
      ['missing_values', 'pass', '<= 5% per column'],
      ['schema', 'pass', '0 present'],
      ['target_distribution', 'pass', 'every class >= 1%'],
      ['duplicates', 'pass', '<= 1%'],
    ]);
  });
});

describe('a Great Expectations suite gives the verdicts of the equivalent native config', () => {
  const suite = {
    expectation_suite_name: 'suite',
    expectations: [
      { expectation_type: 'expect_table_row_count_to_be_between', kwargs: { min_value: 10, max_value: 20 } },
      { expectation_type: 'expect_table_row_count_to_equal', kwargs: { value: 13 } },
      { expectation_type: 'expect_table_columns_to_match_set', kwargs: { column_set: ['id', 'feature1', 'category', 'target'], exact_match: false } },
      { expectation_type: 'expect_column_to_exist', kwargs: { column: 'label' } },
      { expectation_type: 'expect_column_values_to_not_be_null', kwargs: { column: 'feature1', mostly: 0.95 } },
      { type: 'expect_column_values_to_be_between', kwargs: { column: 'feature1', min_value: 0, max_value: 99, strict_max: true, mostly: 0.9 } },
      { expectation_type: 'expect_column_distinct_values_to_be_in_set', kwargs: { column: 'category', value_set: ['A', 'B'] } },
      { expectation_type: 'expect_column_values_to_be_in_set', kwargs: { column: 'category', value_set: ['A', 'B'], mostly: 0.6 } },
      { expectation_type: 'expect_column_values_to_be_unique', kwargs: { column: 'id' } },
      { expectation_type: 'expect_compound_columns_to_be_unique', kwargs: { column_list: ['category', 'target'] } },
      { expectation_type: 'expect_column_values_to_match_regex', kwargs: { column: 'code', regex: '^C-0', mostly: 0.8 } },
      { expectation_type: 'expect_column_mean_to_be_between', kwargs: { column: 'id', min_value: 6, max_value: 7 } },
      { expectation_type: 'expect_column_stdev_to_be_between', kwargs: { column: 'id', max_value: 3 } },
      { expectation_type: 'expect_column_median_to_be_between', kwargs: { column: 'feature1', min_value: 54, max_value: 54 } },
      { expectation_type: 'expect_column_quantile_values_to_be_between', kwargs: { column: 'id', quantile_ranges: { quantiles: [0.25, 0.75], value_ranges: [[3, null], [null, 9]] } } },
      { expectation_type: 'expect_column_values_to_be_of_type', kwargs: { column: 'target', type_: 'int64' } },
      { expectation_type: 'expect_column_values_to_be_of_type', kwargs: { column: 'feature1', type_: 'str' } },
    ],
  };
  const native = [
    { type: 'row_count', min: 10, max: 20 },
    { type: 'row_count', id: 'row_count_equal', min: 13, max: 13 },
    { type: 'columns', columns: ['id', 'feature1', 'category', 'target'], mode: 'subset' },
    { type: 'column_exists', column: 'label' },
    { type: 'not_null', column: 'feature1', mostly: 0.95 },
    { type: 'values_between', column: 'feature1', min: 0, max: 99, strict_max: true, mostly: 0.9 },
    { type: 'distinct_values_in_set', column: 'category', values: ['A', 'B'] },
    { type: 'values_in_set', column: 'category', values: ['A', 'B'], mostly: 0.6 },
    { type: 'unique', columns: ['id'] },
    { type: 'unique', columns: ['category', 'target'] },
    { type: 'regex', column: 'code', pattern: '^C-0', mostly: 0.8 },
    { type: 'mean_between', column: 'id', min: 6, max: 7 },
    { type: 'std_between', column: 'id', max: 3 },
    { type: 'quantile_between', column: 'feature1', quantile: 0.5, min: 54, max: 54 },
    { type: 'quantile_between', column: 'id', quantile: 0.25, min: 3 },
    { type: 'quantile_between', column: 'id', quantile: 0.75, max: 9 },
    { type: 'column_type', column: 'target', dtype: 'int' },
    { type: 'column_type', column: 'feature1', dtype: 'string' },
  ];

  it('check for check, with the same status, observed, expected and detail', async () => {
    const gx = parseConfig(JSON.stringify(suite), 'gx/suite.json');
    expect(gx.format).toBe('great-expectations');
    const a = await ws.validate(gx, data);
    const b = await ws.validate(native, data);
    const strip = (o: typeof a) => o.checks.map((c) => ({ status: c.status, observed: c.observed, expected: c.expected, detail: c.detail }));
    expect(strip(a)).toEqual(strip(b));
    // Not all pass and not all fail, so the comparison means something.
    expect(a.checks.map((c) => c.status)).toEqual([
      'pass', // 12 rows in [10, 20]
      'fail', // 12 rows, not 13
      'pass',
      'fail', // no column "label"
      'fail', // 11/12 non-null < 0.95
      'pass', // 99 is not < 99, but 10 of 11 non-null values are: ≥ 0.9
      'fail', // C is not in {A, B}
      'pass', // 8 of 12 in {A, B}: ≥ 0.6
      'pass',
      'fail', // (category, target) repeats
      'pass', // C-00 … C-09 of C-00 … C-11: 10/12 ≥ 0.8
      'pass', // mean 6.5
      'fail', // std of 1…12 is 3.606
      'pass', // median of 0, 9, …, 99 without 45 is 54
      'pass', // q0.25 of 1…12 is 3.75
      'fail', // q0.75 of 1…12 is 9.25
      'pass',
      'fail', // feature1 is int
    ]);
  });

  it('ids follow the native defaults, so failed-checks lists the same names', async () => {
    const gx = parseConfig(JSON.stringify(suite), 'gx/suite.json');
    const o = await ws.validate(gx, data);
    // GX suites are not checked for unique ids (native configs are): both row-count expectations are `row_count`.
    expect(o.checks.map((c) => c.id)).toEqual([
      'row_count',
      'row_count',
      'columns',
      'column_exists:label',
      'not_null:feature1',
      'values_between:feature1',
      'distinct_values_in_set:category',
      'values_in_set:category',
      'unique:id',
      'unique:category+target',
      'regex:code',
      'mean_between:id',
      'std_between:id',
      'quantile_between:feature1:0.5',
      'quantile_between:id:0.25',
      'quantile_between:id:0.75',
      'column_type:target',
      'column_type:feature1',
    ]);
  });
});
