import { configJsonSchema } from '@mlship/core';
import { z } from 'zod';
import { PAIR_IGNORES, ROW_IGNORES } from './rules/ignore-rows';

/**
 * The config schemas, built on first use: building them took ~25 ms of every
 * run's start on a runner's two cores, and a run on the default checks needs none.
 */
function build() {
  /**
   * The native validate-data config: a list of named checks, each one shape,
   * modelled on Great Expectations' expectations (one name, one result shape).
   * `mostly` is GX's tolerance: the fraction of non-null rows that must pass.
   */
  const base = {
    id: z.string().regex(/^[\w.:-]+$/, 'use letters, digits, _ . : -').optional().describe('Stable id shown in failed-checks; defaults to type[:column].'),
    title: z.string().optional(),
    severity: z.enum(['error', 'warning']).default('error').describe('A failed warning check makes the report WARN, not FAIL.'),
  };
  const column = z.string().min(1).describe('Column name.');
  const mostly = z.number().min(0).max(1).default(1).describe("Fraction of non-null values that must pass (GX's mostly).");
  const kind = z.enum(['int', 'float', 'number', 'decimal', 'bool', 'string', 'timestamp', 'date', 'binary', 'nested']);

  const check = <T extends string, S extends z.ZodRawShape>(type: T, shape: S, description: string) =>
    z.strictObject({ type: z.literal(type), ...base, ...shape }).describe(description);

  const bounds = { min: z.number().optional(), max: z.number().optional() };
  const timeBounds = {
    min: z.union([z.number(), z.string()]).optional().describe('Lowest allowed value; a date or timestamp (e.g. "2024-01-01") for such a column.'),
    max: z.union([z.number(), z.string()]).optional().describe('Highest allowed value; a date or timestamp for such a column.'),
  };
  const strict = {
    strict_min: z.boolean().default(false).describe('Exclude min itself (value > min).'),
    strict_max: z.boolean().default(false).describe('Exclude max itself (value < max).'),
  };
  /** GX's row_condition: the check applies to the rows where it holds. */
  const conditional = {
    row_condition: z.string().min(1).optional().describe('Only rows where this holds are checked, e.g. `country == "DE" & age >= 18` (GX row_condition).'),
    condition_parser: z.enum(['pandas', 'great_expectations']).optional().describe('How row_condition is written; pandas (the default): bare column names; great_expectations: col("name").'),
  };
  const valueSet = z.array(z.union([z.string(), z.number(), z.boolean()]));
  /** GX's ignore_row_if: rows left out before anything is counted (they count as missing). */
  const rowIgnore = z.enum(ROW_IGNORES).default('all_values_are_missing').describe("Which rows are left out (GX's ignore_row_if): rows whose checked values are all missing (the default), any missing, or never.");
  const pairIgnoreKey = z
    .enum(PAIR_IGNORES)
    .default('both_values_are_missing')
    .describe("Which rows are left out (GX's ignore_row_if): rows with both values missing (the default), either missing, or neither.");
  const columnPair = { column_a: column.describe('First column (GX column_A).'), column_b: column.describe('Second column (GX column_B).') };
  const pairValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

  /** Each check's schema, built when a config uses its type. */
  const checkBuilders = {
    row_count: () => check('row_count', { ...bounds, ...conditional }, 'Row count between min and max (GX expect_table_row_count_to_be_between; min_rows in the flat shape).'),
    columns: () => check(
      'columns',
      {
        columns: z.array(column).min(1),
        mode: z.enum(['exact', 'subset', 'ordered']).default('exact').describe('exact: the data has exactly these columns; subset: it has at least these; ordered: exactly these, in this order.'),
      },
      'Column set matches (GX expect_table_columns_to_match_set; required_columns in the flat shape is mode subset).',
    ),
    not_null: () => check('not_null', { column, mostly, ...conditional }, 'Values are not null (GX expect_column_values_to_not_be_null).'),
    null_percent: () => check(
      'null_percent',
      {
        columns: z.array(column).optional().describe('Columns to check; all columns when omitted.'),
        max: z.number().min(0).max(100).describe('Highest allowed percentage of nulls per column.'),
        scope: z.enum(['column', 'table']).default('column').describe('column: every column on its own; table: nulls over all cells.'),
      },
      'Null percentage at most max (max_null_percent in the flat shape).',
    ),
    values_between: () => check(
      'values_between',
      {
        column,
        ...timeBounds,
        ...strict,
        mostly,
        ...conditional,
      },
      'Values within [min, max] (GX expect_column_values_to_be_between; feature_ranges in the flat shape).',
    ),
    distinct_values_in_set: () => check('distinct_values_in_set', { column, values: valueSet, ...conditional }, 'Every distinct value is in the set; an empty set passes only a column without values (GX expect_column_distinct_values_to_be_in_set).'),
    distinct_values_contain_set: () => check('distinct_values_contain_set', { column, values: valueSet.min(1), ...conditional }, 'Every value of the set occurs in the column (GX expect_column_distinct_values_to_contain_set).'),
    distinct_values_equal_set: () => check('distinct_values_equal_set', { column, values: valueSet, ...conditional }, 'The distinct non-null values are exactly the set (GX expect_column_distinct_values_to_equal_set).'),
    values_in_set: () => check('values_in_set', { column, values: valueSet, mostly, ...conditional }, 'Allowed values, with a tolerance; an empty set allows no value (GX expect_column_values_to_be_in_set).'),
    class_balance: () => check('class_balance', { column, min_percent: z.number().min(0).max(100).default(1) }, 'Every class of the target has at least min_percent of rows (min_class_percent in the flat shape).'),
    duplicates: () => check('duplicates', { max_percent: z.number().min(0).max(100).default(1) }, 'Duplicate rows at most max_percent (max_duplicate_percent in the flat shape).'),
    column_type: () => check('column_type', { column, dtype: kind }, 'Column has this type (dtype number matches int, float and decimal).'),
    unique: () => check(
      'unique',
      {
        columns: z.array(column).min(1).describe('One column, or several for a compound key.'),
        mostly: mostly.describe("Fraction of keys that must be unique; every row of a repeated key counts against it, as in GX."),
        ignore_row_if: rowIgnore.describe("Which rows are left out (GX's ignore_row_if); with one column, a null is always left out."),
        ...conditional,
      },
      'Values (or key tuples) are unique (GX expect_column_values_to_be_unique, expect_compound_columns_to_be_unique).',
    ),
    pair_equal: () => check('pair_equal', { ...columnPair, ignore_row_if: pairIgnoreKey, mostly, ...conditional }, 'The two columns hold equal values in each row; a missing value equals nothing (GX expect_column_pair_values_to_be_equal).'),
    pair_greater: () => check(
      'pair_greater',
      {
        ...columnPair,
        or_equal: z.boolean().default(false).describe('Also pass when the values are equal (A >= B).'),
        as_datetimes: z.boolean().default(false).describe('Compare as dates: both columns must be read as date or timestamp, else the check is refused (GX parse_strings_as_datetimes).'),
        ignore_row_if: pairIgnoreKey,
        mostly,
        ...conditional,
      },
      'column_a is greater than column_b in each row: numbers with numbers, text with text (by code point), dates with dates (GX expect_column_pair_values_A_to_be_greater_than_B).',
    ),
    pair_in_set: () => check(
      'pair_in_set',
      { ...columnPair, pairs: z.array(z.tuple([pairValue, pairValue])).describe('Allowed (column_a, column_b) pairs; null stands for a missing value.'), ignore_row_if: pairIgnoreKey, mostly, ...conditional },
      'Each row\'s (column_a, column_b) pair is one of the allowed pairs, compared as text like values_in_set (GX expect_column_pair_values_to_be_in_set).',
    ),
    multicolumn_sum: () => check(
      'multicolumn_sum',
      { columns: z.array(column).min(1), sum: z.number().describe('The total each row must add up to, exactly.'), ignore_row_if: rowIgnore, mostly, ...conditional },
      'The numeric columns add up to sum in each row; a row with a missing value fails unless left out (GX expect_multicolumn_sum_to_equal).',
    ),
    unique_within_record: () => check(
      'unique_within_record',
      { columns: z.array(column).min(1), ignore_row_if: rowIgnore, mostly, ...conditional },
      'No two of the columns hold the same value in a row; two missing values count as the same (GX expect_select_column_values_to_be_unique_within_record).',
    ),
    regex: () => check('regex', { column, pattern: z.string(), mostly, ...conditional }, 'Values, as text, contain a match of a regular expression (GX expect_column_values_to_match_regex); an empty pattern matches every value.'),
    column_count: () => check(
      'column_count',
      { min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() },
      'Number of columns within [min, max] (GX expect_table_column_count_to_be_between / _to_equal).',
    ),
    is_null: () => check('is_null', { column, mostly, ...conditional }, 'Values are null; mostly is over all rows (GX expect_column_values_to_be_null).'),
    values_not_in_set: () => check('values_not_in_set', { column, values: valueSet, mostly, ...conditional }, 'No value is in the set, with a tolerance (GX expect_column_values_to_not_be_in_set).'),
    not_regex: () => check('not_regex', { column, pattern: z.string(), mostly, ...conditional }, 'Values, as text, contain no match of a regular expression (GX expect_column_values_to_not_match_regex).'),
    regex_list: () => check(
      'regex_list',
      {
        column,
        patterns: z.array(z.string()).min(1),
        match_on: z.enum(['any', 'all']).default('any').describe('any: a value passes when one pattern matches; all: when every pattern does.'),
        mostly,
        ...conditional,
      },
      'Values, as text, match the patterns (GX expect_column_values_to_match_regex_list).',
    ),
    not_regex_list: () => check('not_regex_list', { column, patterns: z.array(z.string()).min(1), mostly, ...conditional }, 'Values, as text, match none of the patterns (GX expect_column_values_to_not_match_regex_list).'),
    type_list: () => check(
      'type_list',
      { column, dtypes: z.array(kind).min(1).describe('Allowed column types (number covers int, float and decimal).'), mostly, ...conditional },
      'Column type is one of dtypes; a text column is judged value by value, so mostly applies there (GX expect_column_values_to_be_in_type_list).',
    ),
    strftime_format: () => check(
      'strftime_format',
      { column, format: z.string().min(1).describe('A Python strptime format, e.g. "%Y-%m-%d %H:%M:%S".'), mostly, ...conditional },
      'Text values parse with Python datetime.strptime and this format (GX expect_column_values_to_match_strftime_format).',
    ),
    dateutil_parseable: () => check('dateutil_parseable', { column, mostly, ...conditional }, 'Text values parse with dateutil.parser.parse, default options (GX expect_column_values_to_be_dateutil_parseable).'),
    json_parseable: () => check('json_parseable', { column, mostly, ...conditional }, 'Values are JSON text as Python json.loads reads it, NaN and Infinity included (GX expect_column_values_to_be_json_parseable).'),
    json_schema: () => check(
      'json_schema',
      {
        column,
        schema: z.union([z.record(z.string(), z.unknown()), z.boolean()]).describe('A JSON Schema; the draft comes from $schema (2020-12 when absent), and format is not asserted, as Python jsonschema reads it.'),
        mostly,
        ...conditional,
      },
      'Values are JSON text matching the schema (GX expect_column_values_to_match_json_schema).',
    ),
    like_pattern: () => check('like_pattern', { column, pattern: z.string().describe('SQL LIKE: % any run of characters, _ one character, anything else itself.'), mostly, ...conditional }, 'Text values match a SQL LIKE pattern (GX expect_column_values_to_match_like_pattern).'),
    not_like_pattern: () => check('not_like_pattern', { column, pattern: z.string(), mostly, ...conditional }, 'Text values do not match a SQL LIKE pattern (GX expect_column_values_to_not_match_like_pattern).'),
    like_pattern_list: () => check(
      'like_pattern_list',
      {
        column,
        patterns: z.array(z.string()).min(1),
        match_on: z.enum(['any', 'all']).default('any').describe('any: a value passes when one pattern matches; all: when every pattern does.'),
        mostly,
        ...conditional,
      },
      'Text values match the SQL LIKE patterns (GX expect_column_values_to_match_like_pattern_list).',
    ),
    not_like_pattern_list: () => check('not_like_pattern_list', { column, patterns: z.array(z.string()).min(1), mostly, ...conditional }, 'Text values match none of the SQL LIKE patterns (GX expect_column_values_to_not_match_like_pattern_list).'),
    value_lengths: () => check(
      'value_lengths',
      { column, min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional(), ...strict, mostly, ...conditional },
      'Text lengths (in characters) within [min, max] (GX expect_column_value_lengths_to_be_between / _to_equal).',
    ),
    min_between: () => check('min_between', { column, ...timeBounds, ...strict, ...conditional }, 'Column minimum within [min, max] (GX expect_column_min_to_be_between).'),
    max_between: () => check('max_between', { column, ...timeBounds, ...strict, ...conditional }, 'Column maximum within [min, max] (GX expect_column_max_to_be_between).'),
    column_exists: () => check('column_exists', { column, index: z.number().int().min(0).optional().describe('Zero-based position the column must have.') }, 'The column is present, at this position when index is given (GX expect_column_to_exist).'),
    mean_between: () => check('mean_between', { column, ...bounds, ...strict, ...conditional }, 'Column mean within [min, max].'),
    std_between: () => check('std_between', { column, ...bounds, ...strict, ...conditional }, 'Column sample standard deviation (ddof=1) within [min, max].'),
    quantile_between: () => check('quantile_between', { column, quantile: z.number().min(0).max(1), ...bounds, ...strict, ...conditional }, 'A quantile of the column within [min, max].'),
    sum_between: () => check('sum_between', { column, ...bounds, ...strict, ...conditional }, 'Column sum within [min, max], summed in numpy\'s order (GX expect_column_sum_to_be_between).'),
    distinct_count_between: () => check('distinct_count_between', { column, ...bounds, ...strict, ...conditional }, 'Number of distinct non-null values within [min, max], counted exactly (GX expect_column_unique_value_count_to_be_between).'),
    distinct_proportion_between: () => check(
      'distinct_proportion_between',
      { column, ...bounds, ...strict, ...conditional },
      'Distinct non-null values over non-null values within [min, max]; 0 for a column without values (GX expect_column_proportion_of_unique_values_to_be_between).',
    ),
    most_common_in_set: () => check(
      'most_common_in_set',
      { column, values: valueSet, ties_okay: z.boolean().default(false).describe('With a tie for most common, pass when any tied value is in the set (else a tie fails).'), ...conditional },
      'The most common non-null value is in the set (GX expect_column_most_common_value_to_be_in_set).',
    ),
    z_scores_below: () => check(
      'z_scores_below',
      {
        column,
        threshold: z.number().describe('Highest z-score allowed (exclusive); its absolute value with double_sided.'),
        double_sided: z.boolean().default(true).describe('Compare |z| with |threshold|; false: z itself, so only high values fail.'),
        mostly,
        ...conditional,
      },
      'z = (value - mean) / sample std (ddof=1) under threshold for each non-null value (GX expect_column_value_z_scores_to_be_less_than).',
    ),
    monotonic: () => check(
      'monotonic',
      {
        column,
        direction: z.enum(['increasing', 'decreasing']),
        strictly: z.boolean().default(false).describe('Equal neighbours fail too.'),
        mostly,
        ...conditional,
      },
      'Each non-null value is >= (or <=) the previous non-null one, in reading order; the first always passes (GX expect_column_values_to_be_increasing / _decreasing).',
    ),
    kl_divergence: () => check(
      'kl_divergence',
      {
        column,
        partition: z
          .union([
            z.strictObject({ values: valueSet.min(1), weights: z.array(z.number().min(0)).min(1) }),
            z.strictObject({
              bins: z.array(z.union([z.number(), z.enum(['-inf', 'inf'])])).min(2).describe('Increasing bin edges; -inf / inf for an open first or last bin.'),
              weights: z.array(z.number().min(0)).min(1),
              tail_weights: z.tuple([z.number().min(0), z.number().min(0)]).optional().describe('Expected shares below the first and above the last edge.'),
            }),
          ])
          .describe('The expected distribution, as GX\'s partition_object: values and weights (categorical) or bins and weights (continuous); weights sum to 1.'),
        threshold: z.number().min(0).describe('Highest KL divergence allowed (inclusive).'),
        tail_weight_holdout: z.number().min(0).max(1).default(0).describe('Expected share for values outside the partition (split over both tails for bins).'),
        internal_weight_holdout: z.number().min(0).max(1).default(0).describe('Expected share spread over empty bins (bins only).'),
        ...conditional,
      },
      'KL divergence of the column\'s distribution from the partition at most threshold (GX expect_column_kl_divergence_to_be_less_than).',
    ),
    freshness: () => check(
      'freshness',
      { column: column.optional().describe('Timestamp column; the files\' modification time when omitted.'), max_age_days: z.number().positive() },
      'Newest data at most max_age_days old, by the column or the files\' modification time.',
    ),
    drift: () => check(
      'drift',
      {
        columns: z.array(column).optional().describe('Columns to compare; all shared columns when omitted.'),
        numeric: z.enum(['psi', 'ks']).default('psi'),
        categorical: z.enum(['chi2', 'js']).default('js'),
        threshold: z.number().positive().optional().describe('psi: max PSI (0.2); ks/chi2: min p-value (0.05); js: max distance (0.1).'),
        per_column: z.record(z.string(), z.strictObject({ method: z.enum(['psi', 'ks', 'chi2', 'js']).optional(), threshold: z.number().positive().optional() })).default({}),
      },
      'Distribution drift against the `reference` dataset.',
    ),
    leakage: () => check(
      'leakage',
      {
        key_columns: z.array(column).optional().describe('Columns that identify a row; whole rows when omitted.'),
        max_rows: z.number().int().min(0).default(0),
      },
      'Rows of the training data also present in `test-data`.',
    ),
  };
  type CheckSchema = ReturnType<(typeof checkBuilders)[keyof typeof checkBuilders]>;
  const checkSchemas = new Map<string, CheckSchema>();
  const checkSchema = (type: keyof typeof checkBuilders): CheckSchema => {
    let schema = checkSchemas.get(type);
    if (!schema) checkSchemas.set(type, (schema = checkBuilders[type]()));
    return schema;
  };

  const oneChar = z.string().length(1, 'expected one character');

  const csvReadSchema = z
    .strictObject({
      delimiter: z
        .union([z.literal('whitespace'), oneChar.refine((c) => c !== '"' && c !== '\n' && c !== '\r', 'the delimiter cannot be a quote or a line break')])
        .optional()
        .describe('One character, or `whitespace` for runs of blanks and tabs with leading blanks ignored (pandas `sep=r"\\s+"`). Sniffed from the first lines (`,` `;` tab `|`) when omitted.'),
      header: z.boolean().optional().describe('Whether the first line read (after `skip_rows`) names the columns (default true). With false, columns are named by `names`, else 0, 1, ….'),
      names: z
        .array(z.string().min(1, 'a column name cannot be empty'))
        .min(1)
        .refine((n) => new Set(n).size === n.length, 'column names must be unique')
        .optional()
        .describe('Column names for a file without a header row (needs `header: false`); one per field, or the read stops naming the line.'),
      skip_rows: z.number().int().min(0).optional().describe('Lines skipped before the header (or the first data row), whatever they hold, e.g. 1 for a count line such as `150,4,setosa,versicolor,virginica` (pandas `skiprows=`).'),
      comment: oneChar
        .refine((c) => c !== '"' && c !== '\n' && c !== '\r' && c.trim() !== '', 'the comment character cannot be a quote, a blank or a line break')
        .optional()
        .describe('A character starting a comment: the rest of the line is ignored and a line left empty is skipped (pandas `comment=`).'),
      types: z.record(z.string(), kind.exclude(['number', 'binary', 'nested'])).optional(),
    })
    .superRefine((o, ctx) => {
      if (o.names && o.header !== false) ctx.addIssue({ code: 'custom', path: ['names'], message: 'names needs header: false (to replace a header row, add skip_rows: 1)' });
      if (o.comment !== undefined && o.comment === o.delimiter) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'the comment character cannot be the delimiter' });
    });

  const readOptionsSchema = z.strictObject({
    max_line_bytes: z
      .number()
      .int()
      .min(1024)
      .optional()
      .describe('The longest CSV record or JSONL line read, in bytes (default 67108864, 64 MiB); a longer one stops the run naming its line.'),
    csv: csvReadSchema.optional(),
  });

  const nativeConfigSchema = (types: readonly (keyof typeof checkBuilders)[]) =>
    z.strictObject({
      $schema: z.string().optional(),
      version: z.literal(1).default(1),
      read: readOptionsSchema.optional(),
      checks: z.array(z.discriminatedUnion('type', types.map(checkSchema) as [CheckSchema, ...CheckSchema[]])).min(1, 'list at least one check'),
    });

  /** The flat configs/data_validation.json shape (one top-level key per threshold), accepted as-is. */
  const legacyConfigSchema = z.strictObject({
    min_rows: z.number().optional(),
    max_null_percent: z.number().optional(),
    required_columns: z.array(z.string()).optional(),
    target_column: z.string().optional(),
    min_class_percent: z.number().optional(),
    feature_ranges: z.record(z.string(), z.strictObject({ min: z.number(), max: z.number() })).optional(),
    max_duplicate_percent: z.number().optional(),
  });
  return { checkBuilders, checkSchema, csvReadSchema, readOptionsSchema, nativeConfigSchema, legacyConfigSchema };
}

type ConfigSchemas = ReturnType<typeof build>;
let built: ConfigSchemas | undefined;
export const configSchemas = (): ConfigSchemas => (built ??= build());

export type CheckType = keyof ConfigSchemas['checkBuilders'];
export type CheckSpec = z.output<ReturnType<ConfigSchemas['checkSchema']>>;
export type ValidationConfig = z.output<ReturnType<ConfigSchemas['nativeConfigSchema']>>;
export type LegacyConfig = z.output<ConfigSchemas['legacyConfigSchema']>;

export const checkTypes = (): CheckType[] => Object.keys(configSchemas().checkBuilders) as CheckType[];

export const isCheckType = (t: unknown): t is CheckType => typeof t === 'string' && Object.hasOwn(configSchemas().checkBuilders, t);

/**
 * The native config's schema for a config whose `checks` are `checks` (as
 * written): their union holds only the types they use, which is all a valid
 * config needs; every type when one is missing or unknown, for the refusal
 * that lists them.
 */
export function nativeConfigSchema(checks?: unknown) {
  const types = Array.isArray(checks) ? [...new Set(checks.map((c: unknown) => (c !== null && typeof c === 'object' ? (c as { type?: unknown }).type : undefined)))] : [];
  return configSchemas().nativeConfigSchema(types.length > 0 && types.every(isCheckType) ? types : checkTypes());
}

/** The JSON Schema published for editors (schemas/validate-data.config.schema.json): native shape or the flat one. */
export function validationConfigJsonSchema(): unknown {
  return configJsonSchema('validate-data', 'A list of named checks (native), or the flat configs/data_validation.json keys (min_rows, max_null_percent, required_columns, target_column, min_class_percent, feature_ranges, max_duplicate_percent).', [nativeConfigSchema(), configSchemas().legacyConfigSchema]);
}
