import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadYamlParser, UserError, type Check } from '@mlship/core';
import { validateDataset, type ExpectationResult } from '../validate';
import { csvTypes, loadCases, type GxCase } from './__gx__/cases';
import { parseConfig } from './load';
import { loadJsonSchemaSupport } from './formats/json-schema';
import { loadRegexEngine } from '@mlship/core/user-regex';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

/**
 * Great Expectations' own test definitions for every expectation type mlship
 * imports, run through the real path a user's suite takes: the case's data is
 * written to a file, its kwargs become a one-expectation suite, and
 * validateDataset reads the file once. mlship must agree with GX on `success`
 * (a refusal agrees with a GX error), on `observed_value` where GX gives a number,
 * and on `unexpected_list` (report.json's partial_unexpected_list) where GX gives one.
 *
 * Data is written as JSON Lines, which keeps what GX's column dict holds
 * (numbers, strings, booleans, nulls) without a text round trip. Two cases
 * need CSV: a dataset with pandas dtypes declared (they become read.csv.types,
 * the way a user declares them) and a dataset with no rows (a JSON Lines file
 * cannot hold columns without rows; a CSV header can).
 */
type Outcome = { verdict: 'success' | 'failure' | 'refused'; checks: Check[]; results: ExpectationResult[]; line?: string };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-gx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeData(c: GxCase, n: number): { file: string; read?: unknown } {
  const names = Object.keys(c.data);
  const rows = names.length ? c.data[names[0]!]!.length : 0;
  if (c.pandasSchema || rows === 0) {
    const field = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'True' : 'False') : /[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
    const lines = [names.join(','), ...Array.from({ length: rows }, (_, i) => names.map((k) => field(c.data[k]![i])).join(','))];
    const file = `case-${n}.csv`;
    fs.writeFileSync(path.join(dir, file), lines.join('\n') + '\n');
    // Only the checked columns get their dtype, as a user declares the columns they check:
    // GX's datasets hold side columns in formats mlship's timestamp reader refuses ("Jan 01 1970 12:00:01").
    const used = new Set([c.kwargs.column, ...((c.kwargs.column_list as unknown[] | undefined) ?? [])]);
    const declared = Object.entries(c.pandasSchema ?? {}).filter(([k]) => names.includes(k) && used.has(k));
    const types = declared.length ? csvTypes(Object.fromEntries(declared)) : undefined;
    return { file, read: types ? { csv: { types } } : undefined };
  }
  const file = `case-${n}.jsonl`;
  fs.writeFileSync(path.join(dir, file), Array.from({ length: rows }, (_, i) => JSON.stringify(Object.fromEntries(names.map((k) => [k, c.data[k]![i] ?? null])))).join('\n') + '\n');
  return { file };
}

async function run(c: GxCase, n: number): Promise<Outcome> {
  try {
    const { file, read } = writeData(c, n);
    const suite = parseConfig(JSON.stringify({ expectations: [{ expectation_type: c.expectation, kwargs: c.kwargs }] }), 'suite.json');
    const config = read ? { ...suite, read: read as typeof suite.read } : suite;
    const o = await validateDataset({ data: file, config, cwd: dir });
    return { verdict: o.checks.every((x) => x.status === 'pass') ? 'success' : 'failure', checks: o.checks, results: o.results };
  } catch (e) {
    if (e instanceof UserError) return { verdict: 'refused', checks: [], results: [], line: e.line };
    throw e;
  }
}

const expected = (c: GxCase): Outcome['verdict'] => (c.out.traceback_substring !== undefined || c.out.error !== undefined ? 'refused' : c.out.success ? 'success' : 'failure');

const GX_RAISES = 'GX raises an error here (reported as success: false when the case sets catch_exceptions); mlship refuses the suite with one line before reading any data';
const NOT_NUMERIC = 'the column holds text next to numbers, which GX compares row by row until Python raises; mlship reads a mixed column as text and refuses a numeric range on it';
const EMPTY_COLUMN = 'a column with no values at all is read as text, and a numeric statistic of a text column is refused rather than failed (both block the gate)';
const VACUOUS = 'a null set makes GX check nothing (or fail for exact_match); mlship refuses a set check without a set, so a suite never holds a check that cannot fail';
const NO_BOUND = 'null min_value and max_value make GX pass any value; mlship refuses a range with neither bound, so a suite never holds a check that cannot fail';
const NO_THRESHOLD = 'a null threshold makes GX pass any divergence; mlship refuses it, so a suite never holds a check that cannot fail';
const AUTO_BINS = 'without a partition_object GX chooses bins from the data itself; mlship refuses rather than approximate its binning';
const EMPTY_ORDER = 'a column with no values at all is read as text, and an order check on a text column is refused where GX passes it vacuously (a refusal blocks the gate)';

/**
 * Every pandas case where mlship's verdict differs from GX's, with the reason.
 * Each is a refusal or a documented reading rule, never a pass where GX fails:
 * the test below checks that none of these is a pass.
 */
const TIME_ZONE = 'expect_column_values_to_be_of_type.json#1/negative_pandas_datetime_with_timezone';
const DELIBERATE: Record<string, string> = {
  'expect_column_distinct_values_to_be_in_set.json#0/vacuously_true_universal_set': VACUOUS,
  'expect_table_columns_to_match_set.json#0/negative_test_null_set_exact_match_true': VACUOUS,
  'expect_table_columns_to_match_set.json#0/positive_test_vacuously_true_null_set_exact_match_false': VACUOUS,
  'expect_column_mean_to_be_between.json#3/test_empty_column_should_be_false_no_observed_value_with_which_to_compare': EMPTY_COLUMN,
  'expect_column_median_to_be_between.json#1/test_empty_column_should_be_false_no_observed_value_with_which_to_compare': EMPTY_COLUMN,
  ...Object.fromEntries(
    ['expect_column_values_to_be_between.json', 'expect_column_values_to_be_between_tz_naive.json'].flatMap((f) => [
      ...['error:_improperly_mixed_types', 'error:_improperly_mixed_types_again', 'error:_improperly_mixed_types_once_more', 'error:_missing_both_min_value_and_max_value', 'error_on_string-to-int_comparisons'].map((t) => [`${f}#0/${t}`, NOT_NUMERIC]),
    ]),
  ),
  'expect_column_values_to_be_between.json#0/test_min_value_is_greater_than_max_value': GX_RAISES,
  'expect_column_values_to_be_between_tz_naive.json#0/test_min_value_is_greater_than_max_value': GX_RAISES,
  'expect_column_max_to_be_between.json#1/test_empty_column_should_be_false_no_observed_value_with_which_to_compare': EMPTY_COLUMN,
  'expect_column_min_to_be_between.json#0/raise_valueerror_with_both_max_and_min_are_missing': GX_RAISES,
  'expect_column_value_lengths_to_be_between.json#0/test_error_handling_for_non_int_min_value': GX_RAISES,
  'expect_column_value_lengths_to_be_between.json#0/test_error_handling_for_non_int_max_value': GX_RAISES,
  'expect_column_value_lengths_to_be_between.json#0/test_error_handling_for_both_null_max_and_min_values': GX_RAISES,
  'expect_column_value_lengths_to_be_between.json#0/test_error_handling_values_are_integers': GX_RAISES,
  'expect_column_values_to_not_be_in_set.json#0/raise_typeerror_when_values_set_is_missing': GX_RAISES,
  'expect_column_values_to_not_be_in_set.json#0/positive_test_values_set_is_null': VACUOUS,
  'expect_table_column_count_to_be_between.json#0/test_error_handling_for_non_int_min_value': GX_RAISES,
  'expect_table_column_count_to_be_between.json#0/test_error_handling_for_non_int_max_value': GX_RAISES,
  'expect_table_columns_to_match_ordered_list.json#0/null_list_provides_vacuously_true_expectation': VACUOUS,
  'expect_table_row_count_to_be_between.json#0/test_error_handling_for_non_int_min_value': GX_RAISES,
  'expect_table_row_count_to_be_between.json#0/test_error_handling_for_non_int_max_value': GX_RAISES,
  'expect_column_sum_to_be_between.json#0/raise_valueerror_with_both_max_and_min_are_missing': GX_RAISES,
  'expect_column_unique_value_count_to_be_between.json#0/vacuously_true_null_min_and_max': NO_BOUND,
  'expect_column_proportion_of_unique_values_to_be_between.json#0/vacuously_true_null_min_and_max': NO_BOUND,
  'expect_column_kl_divergence_to_be_less_than.json#2/norm_0_1_auto_inf_partition_null_threshold_should_always_succeed': NO_THRESHOLD,
  'expect_column_kl_divergence_to_be_less_than.json#2/norm_0_1_auto_inf_partition_null_threshold_and_partition_object_supports_profiling': AUTO_BINS,
  'expect_column_values_to_be_decreasing.json#1/test_empty_column_should_be_vacuously_true': EMPTY_ORDER,
  'expect_column_values_to_be_in_type_list.json#0/positive_test_placeholder_expectation': 'a null type_list makes GX accept any type; mlship refuses a type check without types, so a suite never holds a check that cannot fail',
  [TIME_ZONE]:
    'mlship reads every timestamp as a UTC instant and has no time-zone-aware dtype, so "datetime64" matches a column written with a Z offset, which pandas types as datetime64[ns, UTC]',
};

const all = loadCases();
const cases = all.filter((c) => c.forPandas);
const outcomes = new Map<string, Outcome>();

/** GX's observed_value where it is a number (or quantile values): mlship's observed must match it. */
function observedMismatch(c: GxCase, o: Outcome): string | undefined {
  const ov = c.out.observed_value;
  const tol = c.tolerance ?? 1e-9;
  const near = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));
  if (typeof ov === 'number') {
    const got = o.checks[0]?.observed;
    return near(got, ov) ? undefined : `observed ${String(got)}, GX ${ov}`;
  }
  if (ov && typeof ov === 'object' && !Array.isArray(ov) && 'values' in ov) {
    const values = (ov as { values: number[] }).values;
    const got = o.checks.map((x) => x.observed);
    return values.every((v, i) => near(got[i], v)) ? undefined : `observed ${JSON.stringify(got)}, GX ${JSON.stringify(values)}`;
  }
  return undefined;
}

/**
 * GX's unexpected_list (its first 20) against report.json's partial_unexpected_list: in
 * order for row-level checks; as the same values for uniqueness, where one pass lists a
 * key's first row when it meets the second. A schema check (of_type) lists no values.
 */
function unexpectedMismatch(c: GxCase, o: Outcome): string | undefined {
  const list = (c.out as { unexpected_list?: unknown[] }).unexpected_list;
  if (!Array.isArray(list) || c.expectation === 'expect_column_values_to_be_of_type') return undefined;
  const got = o.results[0]?.result.partial_unexpected_list ?? [];
  const want = list.slice(0, 20);
  const unordered = c.expectation.endsWith('_to_be_unique');
  const norm = (l: unknown[]) => (unordered ? l.map((v) => JSON.stringify(v)).sort() : l.map((v) => JSON.stringify(v)));
  return JSON.stringify(norm(got)) === JSON.stringify(norm(want)) ? undefined : `partial_unexpected_list ${JSON.stringify(got)}, GX ${JSON.stringify(want)}`;
}

// Its JSON Schema checks are parsed from text, which does not load the validator itself.
beforeAll(loadJsonSchemaSupport);

describe('Great Expectations 1.2.0 test definitions, pandas cases', () => {
  it('every case key is unique and every deliberate difference names a pandas case', () => {
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
    const keys = new Set(cases.map((c) => c.key));
    expect(Object.keys(DELIBERATE).filter((k) => !keys.has(k))).toEqual([]);
  });

  it.each(cases.map((c, i) => [c.key, c, i] as const))('%s', async (key, c, i) => {
    const o = await run(c, i);
    outcomes.set(key, o);
    const want = expected(c);
    if (DELIBERATE[key]) {
      // Still different (else the table is stale), and never a pass where GX does not pass,
      // except the one type-name case: a dtype label, not a value that slips through.
      expect(o.verdict).not.toBe(want);
      if (key !== TIME_ZONE) expect(o.verdict === 'success' && want !== 'success').toBe(false);
      return;
    }
    expect({ verdict: o.verdict, line: o.line }).toEqual({ verdict: want, line: o.line });
    if (o.verdict !== 'refused') expect(observedMismatch(c, o)).toBeUndefined();
    if (o.verdict !== 'refused') expect(unexpectedMismatch(c, o)).toBeUndefined();
  });

  it('the README states the agreement and the skipped count', () => {
    const agree = cases.length - Object.keys(DELIBERATE).length;
    const byType = new Map<string, { run: number; agree: number; different: number; skipped: number }>();
    for (const c of all) {
      const t = byType.get(c.expectation) ?? { run: 0, agree: 0, different: 0, skipped: 0 };
      if (!c.forPandas) t.skipped++;
      else {
        t.run++;
        if (DELIBERATE[c.key]) t.different++;
        else t.agree++;
      }
      byType.set(c.expectation, t);
    }
    const readme = fs.readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`${agree} of ${cases.length} pandas cases agree`);
    expect(readme).toContain(`${all.length - cases.length} cases GX marks as not for pandas are skipped`);
    for (const [type, t] of byType) expect(readme).toContain(`| \`${type}\` | ${t.run} | ${t.agree} | ${t.different} | ${t.skipped} |`);
  });
});
