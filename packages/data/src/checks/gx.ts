import { UserError } from '@mlship/core';
import type { CheckSpec } from './config';
import { bool, bound, checkReportingKwargs, column, integer, isParameter, KwargError, mostly, oneOf, optionalNumber, regexList, regexText, REPORTING_KWARGS, stringList, text, valuePairs, valueSet, type Kwargs } from './gx-kwargs';
import { resolveParameter, type Parameters } from './gx-parameters';
import { jsonSchema, likePatternList, strftimeFormat, typeList } from './gx-format-kwargs';
import { gxTypeNames } from './gx-types';
import { bucketizeData, holdout, partitionObject, threshold } from './gx-partition';
import { PAIR_IGNORES, ROW_IGNORES, type PairIgnore } from './rules/ignore-rows';

/**
 * Imports a Great Expectations suite (0.x `expectation_type` or 1.x `type`
 * entries with `kwargs`), so a team can point `config:` at the suite it has.
 * Each expectation lists the kwargs it implements with GX's meaning; any other
 * kwarg, suite key or entry key is refused, because running a check without a
 * condition the suite asked for can pass what it should block.
 */
// Mapped entries are validated by the native schema afterwards, which fills defaults.
type Mapped = Partial<CheckSpec> & { type: CheckSpec['type'] } & Record<string, unknown>;
interface Expectation {
  kwargs: readonly string[];
  map(k: Kwargs): Mapped[];
  /** GX accepts row_condition here and the native check implements it. */
  conditional?: true;
}

const CONDITION = ['row_condition', 'condition_parser'] as const;
const PARSERS: Record<string, 'pandas' | 'great_expectations'> = { pandas: 'pandas', great_expectations: 'great_expectations', great_expectations__experimental__: 'great_expectations' };

/** GX requires a condition_parser with a row_condition (its pandas engine raises without one). */
function condition(k: Kwargs): { row_condition?: string; condition_parser?: 'pandas' | 'great_expectations' } {
  const rc = k.row_condition;
  if (rc === undefined || rc === null || rc === '') return {};
  if (typeof rc !== 'string') throw new KwargError('row_condition', `must be a string, got ${JSON.stringify(rc)}`);
  const parser = k.condition_parser;
  if (parser === undefined || parser === null) throw new KwargError('condition_parser', 'is required with row_condition', 'Add "condition_parser": "pandas" (bare column names) or "great_expectations" (col("name")).');
  const p = typeof parser === 'string' ? PARSERS[parser] : undefined;
  if (!p) throw new KwargError('condition_parser', `must be one of ${Object.keys(PARSERS).join(', ')}, got ${JSON.stringify(parser)}`, 'The spark and sql parsers are not supported.');
  return { row_condition: rc, condition_parser: p };
}

const BOUNDS = ['min_value', 'max_value', 'strict_min', 'strict_max'] as const;

/**
 * Bounds that may be dates (for date and timestamp columns), at least one of them: GX raises
 * when a map or min/max expectation has neither, and a range with no bound cannot fail.
 */
function someBound(k: Kwargs): { min?: number | string; max?: number | string } {
  const min = bound(k, 'min_value');
  const max = bound(k, 'max_value');
  if (min === undefined && max === undefined) throw new KwargError('min_value', 'and max_value are both missing; give at least one', 'A range with neither bound cannot fail.');
  return { min, max };
}

function lengthBounds(k: Kwargs): { min?: number; max?: number } {
  const min = integer(k, 'min_value');
  const max = integer(k, 'max_value');
  if (min === undefined && max === undefined) throw new KwargError('min_value', 'and max_value are both missing; give at least one', 'A range with neither bound cannot fail.');
  return { min, max };
}

function bounds(k: Kwargs) {
  return { min: optionalNumber(k, 'min_value'), max: optionalNumber(k, 'max_value'), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) };
}

/** A pair's ignore_row_if; GX before 0.16 also took `never` for `neither`. */
function pairIgnoreRowIf(k: Kwargs): PairIgnore {
  const v = oneOf(k, 'ignore_row_if', [...PAIR_IGNORES, 'never'] as const, 'both_values_are_missing');
  return v === 'never' ? 'neither' : v;
}

const PAIR = ['column_A', 'column_B', 'ignore_row_if', 'mostly'] as const;
const pairColumns = (k: Kwargs) => ({ column_a: column(k, 'column_A'), column_b: column(k, 'column_B'), ignore_row_if: pairIgnoreRowIf(k), mostly: mostly(k) });
const MULTI = ['column_list', 'ignore_row_if', 'mostly'] as const;
const multiColumns = (k: Kwargs) => ({ columns: stringList(k, 'column_list', { nonEmpty: true }), ignore_row_if: oneOf(k, 'ignore_row_if', ROW_IGNORES, 'all_values_are_missing'), mostly: mostly(k) });

const pairGreater: Expectation = {
  conditional: true,
  kwargs: [...PAIR, 'or_equal', 'parse_strings_as_datetimes', 'allow_cross_type_comparisons'],
  map: (k) => {
    // GX's pandas engine raises NotImplementedError for it; mlship compares one kind with itself.
    if (bool(k, 'allow_cross_type_comparisons', false)) {
      throw new KwargError('allow_cross_type_comparisons', 'true is not supported (GX\'s pandas engine does not implement it either)', 'Remove it, or set it to false: numbers compare with numbers, text with text and dates with dates.');
    }
    return [{ type: 'pair_greater', ...pairColumns(k), or_equal: bool(k, 'or_equal', false), as_datetimes: bool(k, 'parse_strings_as_datetimes', false) }];
  },
};

/** GX 0.x parses text as datetimes with parse_strings_as_datetimes; mlship reads date and timestamp text as such either way. */
const monotonic = (direction: 'increasing' | 'decreasing'): Expectation => ({
  conditional: true,
  kwargs: ['column', 'strictly', 'mostly', 'parse_strings_as_datetimes'],
  map: (k) => {
    bool(k, 'parse_strings_as_datetimes', false);
    return [{ type: 'monotonic', column: column(k), direction, strictly: bool(k, 'strictly', false), mostly: mostly(k) }];
  },
});

const expectations: Record<string, Expectation> = {
  expect_table_row_count_to_be_between: {
    conditional: true,
    kwargs: ['min_value', 'max_value'],
    map: (k) => [{ type: 'row_count', min: optionalNumber(k, 'min_value'), max: optionalNumber(k, 'max_value') }],
  },
  expect_table_row_count_to_equal: {
    conditional: true,
    kwargs: ['value'],
    map: (k) => {
      const v = integer(k, 'value', { required: true });
      return [{ type: 'row_count', min: v, max: v }];
    },
  },
  expect_table_columns_to_match_set: {
    kwargs: ['column_set', 'exact_match'],
    map: (k) => [{ type: 'columns', columns: stringList(k, 'column_set', { nonEmpty: true }), mode: bool(k, 'exact_match', true) ? 'exact' : 'subset' }],
  },
  expect_column_to_exist: {
    kwargs: ['column', 'column_index'],
    map: (k) => [{ type: 'column_exists', column: column(k), index: integer(k, 'column_index') }],
  },
  expect_column_values_to_not_be_null: {
    conditional: true,
    kwargs: ['column', 'mostly'],
    map: (k) => [{ type: 'not_null', column: column(k), mostly: mostly(k) }],
  },
  expect_column_values_to_be_between: {
    conditional: true,
    // GX 0.x parses text as datetimes with this flag; mlship's readers already read date and
    // timestamp text as such, and take date bounds on those columns, so it holds either way.
    kwargs: ['column', 'mostly', ...BOUNDS, 'parse_strings_as_datetimes'],
    map: (k) => {
      bool(k, 'parse_strings_as_datetimes', false);
      return [{ type: 'values_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false), mostly: mostly(k) }];
    },
  },
  expect_column_distinct_values_to_be_in_set: {
    conditional: true,
    kwargs: ['column', 'value_set'],
    map: (k) => [{ type: 'distinct_values_in_set', column: column(k), values: valueSet(k) }],
  },
  expect_column_distinct_values_to_contain_set: {
    conditional: true,
    kwargs: ['column', 'value_set'],
    map: (k) => [{ type: 'distinct_values_contain_set', column: column(k), values: valueSet(k) }],
  },
  expect_column_distinct_values_to_equal_set: {
    conditional: true,
    kwargs: ['column', 'value_set'],
    map: (k) => [{ type: 'distinct_values_equal_set', column: column(k), values: valueSet(k) }],
  },
  expect_column_values_to_be_in_set: {
    conditional: true,
    kwargs: ['column', 'value_set', 'mostly'],
    map: (k) => [{ type: 'values_in_set', column: column(k), values: valueSet(k), mostly: mostly(k) }],
  },
  expect_column_values_to_be_unique: {
    conditional: true,
    kwargs: ['column', 'mostly'],
    map: (k) => [{ type: 'unique', columns: [column(k)], mostly: mostly(k) }],
  },
  expect_compound_columns_to_be_unique: {
    conditional: true,
    kwargs: ['column_list', 'mostly', 'ignore_row_if'],
    map: (k) => [
      {
        type: 'unique',
        columns: stringList(k, 'column_list', { nonEmpty: true }),
        mostly: mostly(k),
        ignore_row_if: oneOf(k, 'ignore_row_if', ['all_values_are_missing', 'any_value_is_missing', 'never'] as const, 'all_values_are_missing'),
      },
    ],
  },
  expect_column_values_to_match_regex: {
    conditional: true,
    kwargs: ['column', 'regex', 'mostly'],
    map: (k) => [{ type: 'regex', column: column(k), pattern: regexText(k, 'regex'), mostly: mostly(k) }],
  },
  expect_column_mean_to_be_between: {
    conditional: true,
    kwargs: ['column', ...BOUNDS],
    map: (k) => [{ type: 'mean_between', column: column(k), ...bounds(k) }],
  },
  expect_column_stdev_to_be_between: {
    conditional: true,
    kwargs: ['column', ...BOUNDS],
    map: (k) => [{ type: 'std_between', column: column(k), ...bounds(k) }],
  },
  expect_column_median_to_be_between: {
    conditional: true,
    kwargs: ['column', ...BOUNDS],
    map: (k) => [{ type: 'quantile_between', column: column(k), quantile: 0.5, ...bounds(k) }],
  },
  expect_column_quantile_values_to_be_between: {
    conditional: true,
    kwargs: ['column', 'quantile_ranges'],
    map: (k) => {
      const col = column(k);
      const r = k.quantile_ranges as { quantiles?: unknown; value_ranges?: unknown } | undefined;
      const shape = 'must be {quantiles: [q, …], value_ranges: [[min, max], …]} with one range per quantile';
      if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new KwargError('quantile_ranges', shape);
      const extra = Object.keys(r).find((x) => x !== 'quantiles' && x !== 'value_ranges');
      if (extra) throw new KwargError('quantile_ranges', `has unknown key "${extra}"; ${shape}`);
      const { quantiles, value_ranges: ranges } = r;
      if (!Array.isArray(quantiles) || !Array.isArray(ranges) || quantiles.length !== ranges.length || quantiles.length === 0) throw new KwargError('quantile_ranges', shape);
      return quantiles.map((q, i) => {
        const range = ranges[i] as unknown;
        if (typeof q !== 'number' || !(q >= 0 && q <= 1)) throw new KwargError('quantile_ranges', `quantiles[${i}] must be a number from 0 to 1, got ${JSON.stringify(q)}`);
        if (!Array.isArray(range) || range.length !== 2) throw new KwargError('quantile_ranges', `value_ranges[${i}] must be [min, max] (null for open), got ${JSON.stringify(range)}`);
        const b = { min_value: range[0], max_value: range[1] };
        return { type: 'quantile_between' as const, id: `quantile_between:${col}:${q}`, column: col, quantile: q, min: optionalNumber(b, 'min_value'), max: optionalNumber(b, 'max_value') };
      });
    },
  },
  expect_table_column_count_to_equal: {
    kwargs: ['value'],
    map: (k) => {
      const v = integer(k, 'value', { required: true });
      return [{ type: 'column_count', min: v, max: v }];
    },
  },
  expect_table_column_count_to_be_between: {
    kwargs: ['min_value', 'max_value'],
    map: (k) => [{ type: 'column_count', min: integer(k, 'min_value'), max: integer(k, 'max_value') }],
  },
  expect_table_columns_to_match_ordered_list: {
    kwargs: ['column_list'],
    map: (k) => [{ type: 'columns', columns: stringList(k, 'column_list', { nonEmpty: true }), mode: 'ordered' }],
  },
  expect_column_values_to_be_null: {
    conditional: true,
    kwargs: ['column', 'mostly'],
    map: (k) => [{ type: 'is_null', column: column(k), mostly: mostly(k) }],
  },
  expect_column_values_to_not_be_in_set: {
    conditional: true,
    kwargs: ['column', 'value_set', 'mostly'],
    map: (k) => [{ type: 'values_not_in_set', column: column(k), values: valueSet(k), mostly: mostly(k) }],
  },
  expect_column_values_to_not_match_regex: {
    conditional: true,
    kwargs: ['column', 'regex', 'mostly'],
    map: (k) => [{ type: 'not_regex', column: column(k), pattern: regexText(k, 'regex'), mostly: mostly(k) }],
  },
  expect_column_values_to_match_regex_list: {
    conditional: true,
    kwargs: ['column', 'regex_list', 'match_on', 'mostly'],
    map: (k) => [{ type: 'regex_list', column: column(k), patterns: regexList(k, 'regex_list'), match_on: oneOf(k, 'match_on', ['any', 'all'] as const, 'any'), mostly: mostly(k) }],
  },
  expect_column_values_to_not_match_regex_list: {
    conditional: true,
    kwargs: ['column', 'regex_list', 'mostly'],
    map: (k) => [{ type: 'not_regex_list', column: column(k), patterns: regexList(k, 'regex_list'), mostly: mostly(k) }],
  },
  expect_column_value_lengths_to_be_between: {
    conditional: true,
    kwargs: ['column', 'mostly', ...BOUNDS],
    map: (k) => [{ type: 'value_lengths', column: column(k), ...lengthBounds(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false), mostly: mostly(k) }],
  },
  expect_column_value_lengths_to_equal: {
    conditional: true,
    kwargs: ['column', 'value', 'mostly'],
    map: (k) => {
      const v = integer(k, 'value', { required: true });
      return [{ type: 'value_lengths', column: column(k), min: v, max: v, mostly: mostly(k) }];
    },
  },
  expect_column_min_to_be_between: {
    conditional: true,
    kwargs: ['column', ...BOUNDS],
    map: (k) => [{ type: 'min_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) }],
  },
  expect_column_max_to_be_between: {
    conditional: true,
    kwargs: ['column', ...BOUNDS],
    map: (k) => [{ type: 'max_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) }],
  },
  expect_column_pair_values_to_be_equal: {
    conditional: true,
    kwargs: PAIR,
    map: (k) => [{ type: 'pair_equal', ...pairColumns(k) }],
  },
  expect_column_pair_values_a_to_be_greater_than_b: pairGreater,
  // GX 0.x spelled it with capitals.
  expect_column_pair_values_A_to_be_greater_than_B: pairGreater,
  expect_column_pair_values_to_be_in_set: {
    conditional: true,
    kwargs: [...PAIR, 'value_pairs_set'],
    map: (k) => [{ type: 'pair_in_set', ...pairColumns(k), pairs: valuePairs(k) }],
  },
  expect_multicolumn_sum_to_equal: {
    conditional: true,
    kwargs: [...MULTI, 'sum_total'],
    map: (k) => {
      const total = optionalNumber(k, 'sum_total');
      if (total === undefined) throw new KwargError('sum_total', 'is required');
      return [{ type: 'multicolumn_sum', ...multiColumns(k), sum: total }];
    },
  },
  expect_select_column_values_to_be_unique_within_record: {
    conditional: true,
    kwargs: MULTI,
    map: (k) => [{ type: 'unique_within_record', ...multiColumns(k) }],
  },
  expect_column_sum_to_be_between: {
    conditional: true,
    kwargs: ['column', ...BOUNDS],
    map: (k) => [{ type: 'sum_between', column: column(k), ...bounds(k) }],
  },
  expect_column_unique_value_count_to_be_between: {
    conditional: true,
    kwargs: ['column', ...BOUNDS],
    map: (k) => [{ type: 'distinct_count_between', column: column(k), ...bounds(k) }],
  },
  expect_column_proportion_of_unique_values_to_be_between: {
    conditional: true,
    kwargs: ['column', ...BOUNDS],
    map: (k) => [{ type: 'distinct_proportion_between', column: column(k), ...bounds(k) }],
  },
  expect_column_most_common_value_to_be_in_set: {
    conditional: true,
    kwargs: ['column', 'value_set', 'ties_okay'],
    map: (k) => [{ type: 'most_common_in_set', column: column(k), values: valueSet(k), ties_okay: bool(k, 'ties_okay', false) }],
  },
  expect_column_value_z_scores_to_be_less_than: {
    conditional: true,
    kwargs: ['column', 'threshold', 'double_sided', 'mostly'],
    map: (k) => {
      const t = optionalNumber(k, 'threshold');
      if (t === undefined) throw new KwargError('threshold', 'is required');
      return [{ type: 'z_scores_below', column: column(k), threshold: t, double_sided: bool(k, 'double_sided', true), mostly: mostly(k) }];
    },
  },
  expect_column_kl_divergence_to_be_less_than: {
    conditional: true,
    kwargs: ['column', 'partition_object', 'threshold', 'internal_weight_holdout', 'tail_weight_holdout', 'bucketize_data'],
    map: (k) => [
      {
        type: 'kl_divergence',
        column: column(k),
        partition: partitionObject(k, bucketizeData(k)),
        threshold: threshold(k),
        tail_weight_holdout: holdout(k, 'tail_weight_holdout'),
        internal_weight_holdout: holdout(k, 'internal_weight_holdout'),
      },
    ],
  },
  expect_column_values_to_be_increasing: monotonic('increasing'),
  expect_column_values_to_be_decreasing: monotonic('decreasing'),
  expect_column_values_to_be_of_type: {
    kwargs: ['column', 'type_'],
    map: (k) => {
      const name = text(k, 'type_');
      const t = gxTypeNames[name];
      if (!t) throw new KwargError('type_', `"${name}" has no mlship equivalent`, `Use one of: ${Object.keys(gxTypeNames).join(', ')}.`);
      return [{ type: 'column_type', column: column(k), dtype: t }];
    },
  },
  expect_column_values_to_be_in_type_list: {
    conditional: true,
    kwargs: ['column', 'type_list', 'mostly'],
    map: (k) => [{ type: 'type_list', column: column(k), dtypes: typeList(k), mostly: mostly(k) }],
  },
  expect_column_values_to_match_strftime_format: {
    conditional: true,
    kwargs: ['column', 'strftime_format', 'mostly'],
    map: (k) => [{ type: 'strftime_format', column: column(k), format: strftimeFormat(k), mostly: mostly(k) }],
  },
  expect_column_values_to_be_dateutil_parseable: {
    conditional: true,
    kwargs: ['column', 'mostly'],
    map: (k) => [{ type: 'dateutil_parseable', column: column(k), mostly: mostly(k) }],
  },
  expect_column_values_to_be_json_parseable: {
    conditional: true,
    kwargs: ['column', 'mostly'],
    map: (k) => [{ type: 'json_parseable', column: column(k), mostly: mostly(k) }],
  },
  expect_column_values_to_match_json_schema: {
    conditional: true,
    kwargs: ['column', 'json_schema', 'mostly'],
    map: (k) => [{ type: 'json_schema', column: column(k), schema: jsonSchema(k), mostly: mostly(k) }],
  },
  expect_column_values_to_match_like_pattern: {
    conditional: true,
    kwargs: ['column', 'like_pattern', 'mostly'],
    map: (k) => [{ type: 'like_pattern', column: column(k), pattern: text(k, 'like_pattern'), mostly: mostly(k) }],
  },
  expect_column_values_to_not_match_like_pattern: {
    conditional: true,
    kwargs: ['column', 'like_pattern', 'mostly'],
    map: (k) => [{ type: 'not_like_pattern', column: column(k), pattern: text(k, 'like_pattern'), mostly: mostly(k) }],
  },
  expect_column_values_to_match_like_pattern_list: {
    conditional: true,
    kwargs: ['column', 'like_pattern_list', 'match_on', 'mostly'],
    map: (k) => [{ type: 'like_pattern_list', column: column(k), patterns: likePatternList(k), match_on: oneOf(k, 'match_on', ['any', 'all'] as const, 'any'), mostly: mostly(k) }],
  },
  expect_column_values_to_not_match_like_pattern_list: {
    conditional: true,
    kwargs: ['column', 'like_pattern_list', 'mostly'],
    map: (k) => [{ type: 'not_like_pattern_list', column: column(k), patterns: likePatternList(k), mostly: mostly(k) }],
  },
};

export const supportedExpectations = Object.keys(expectations);

/** Supported kwargs per expectation, for the README and messages. */
export const supportedKwargs = (name: string): readonly string[] => [...(expectations[name]?.kwargs ?? []), ...(expectations[name]?.conditional ? CONDITION : []), ...REPORTING_KWARGS];

const SUITE_KEYS = ['expectations', 'expectation_suite_name', 'name', 'id', 'ge_cloud_id', 'data_asset_type', 'meta', 'notes'];
const ENTRY_KEYS = ['expectation_type', 'type', 'kwargs', 'meta', 'id', 'ge_cloud_id', 'notes', 'description', 'rendered_content', 'expectation_context'];

export interface SuiteOptions {
  /** Values for `{"$PARAMETER": …}` kwargs (the `parameters` input). */
  parameters?: Parameters;
  /** The clock `now()` reads; the current time by default. */
  now?: number;
}

/** The native checks of a suite, and for each one the expectation it came from (for GX-shaped results). */
export function fromGreatExpectations(suite: { expectations: unknown[] }, source: string, options: SuiteOptions = {}): { checks: unknown[]; expectationTypes: string[] } {
  const extraKey = Object.keys(suite).find((key) => !SUITE_KEYS.includes(key));
  if (extraKey) {
    throw new UserError(`unknown key "${extraKey}" in a Great Expectations suite`, { where: source, hint: `A suite may hold: ${SUITE_KEYS.join(', ')}.` });
  }
  const expectationTypes: string[] = [];
  const checks = suite.expectations.flatMap((e, i) => {
    const where = `${source}: expectations[${i}]`;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) throw new UserError('expected a mapping with `expectation_type` (or `type`) and `kwargs`', { where });
    const entry = e as Record<string, unknown>;
    const name = String(entry.expectation_type ?? entry.type ?? '');
    const exp = expectations[name];
    if (!exp) throw new UserError(`expectation "${name}" is not supported`, { where, hint: `Supported: ${supportedExpectations.join(', ')}.` });
    const badEntryKey = Object.keys(entry).find((key) => !ENTRY_KEYS.includes(key));
    if (badEntryKey) throw new UserError(`${name}: unknown key "${badEntryKey}"`, { where, hint: `An expectation may hold: ${ENTRY_KEYS.join(', ')}.` });
    const kwargs = entry.kwargs ?? {};
    if (typeof kwargs !== 'object' || kwargs === null || Array.isArray(kwargs)) throw new UserError(`${name}: kwargs must be a mapping`, { where });
    const raw = kwargs as Kwargs;
    const allowed = supportedKwargs(name);
    const unknown = Object.keys(raw).find((key) => !allowed.includes(key));
    if (unknown) {
      throw new UserError(`${name}: kwarg "${unknown}" is not supported by mlship, and running without it could pass what it should block`, {
        where,
        hint: `Supported kwargs: ${allowed.join(', ')}.`,
      });
    }
    try {
      const now = options.now ?? Date.now();
      const k: Kwargs = Object.fromEntries(Object.entries(raw).map(([key, v]) => [key, isParameter(v) ? resolveParameter(key, v, options.parameters, now) : v]));
      checkReportingKwargs(k);
      const where = exp.conditional ? condition(k) : {};
      const specs = exp.map(k).map((spec) => ({ ...spec, ...where }));
      expectationTypes.push(...specs.map(() => name));
      return specs;
    } catch (err) {
      if (err instanceof KwargError) throw new UserError(`${name}: kwargs.${err.key} ${err.message}`, { where, hint: err.hint });
      throw err;
    }
  });
  return { checks, expectationTypes };
}
