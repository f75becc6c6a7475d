import { configJsonSchema } from '@mlship/core';
import { z } from 'zod';

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

export const checkSchemas = [
  check('row_count', { ...bounds, ...conditional }, 'Row count between min and max (GX expect_table_row_count_to_be_between; min_rows in the flat shape).'),
  check(
    'columns',
    {
      columns: z.array(column).min(1),
      mode: z.enum(['exact', 'subset', 'ordered']).default('exact').describe('exact: the data has exactly these columns; subset: it has at least these; ordered: exactly these, in this order.'),
    },
    'Column set matches (GX expect_table_columns_to_match_set; required_columns in the flat shape is mode subset).',
  ),
  check('not_null', { column, mostly, ...conditional }, 'Values are not null (GX expect_column_values_to_not_be_null).'),
  check(
    'null_percent',
    {
      columns: z.array(column).optional().describe('Columns to check; all columns when omitted.'),
      max: z.number().min(0).max(100).describe('Highest allowed percentage of nulls per column.'),
      scope: z.enum(['column', 'table']).default('column').describe('column: every column on its own; table: nulls over all cells.'),
    },
    'Null percentage at most max (max_null_percent in the flat shape).',
  ),
  check(
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
  check('distinct_values_in_set', { column, values: valueSet, ...conditional }, 'Every distinct value is in the set; an empty set passes only a column without values (GX expect_column_distinct_values_to_be_in_set).'),
  check('distinct_values_contain_set', { column, values: valueSet.min(1), ...conditional }, 'Every value of the set occurs in the column (GX expect_column_distinct_values_to_contain_set).'),
  check('distinct_values_equal_set', { column, values: valueSet, ...conditional }, 'The distinct non-null values are exactly the set (GX expect_column_distinct_values_to_equal_set).'),
  check('values_in_set', { column, values: valueSet, mostly, ...conditional }, 'Allowed values, with a tolerance; an empty set allows no value (GX expect_column_values_to_be_in_set).'),
  check('class_balance', { column, min_percent: z.number().min(0).max(100).default(1) }, 'Every class of the target has at least min_percent of rows (min_class_percent in the flat shape).'),
  check('duplicates', { max_percent: z.number().min(0).max(100).default(1) }, 'Duplicate rows at most max_percent (max_duplicate_percent in the flat shape).'),
  check('column_type', { column, dtype: kind }, 'Column has this type (dtype number matches int, float and decimal).'),
  check(
    'unique',
    {
      columns: z.array(column).min(1).describe('One column, or several for a compound key.'),
      mostly: mostly.describe("Fraction of keys that must be unique; every row of a repeated key counts against it, as in GX."),
      ignore_row_if: z
        .enum(['all_values_are_missing', 'any_value_is_missing', 'never'])
        .default('all_values_are_missing')
        .describe("Which rows are left out (GX's ignore_row_if); with one column, a null is always left out."),
      ...conditional,
    },
    'Values (or key tuples) are unique (GX expect_column_values_to_be_unique, expect_compound_columns_to_be_unique).',
  ),
  check('regex', { column, pattern: z.string(), mostly, ...conditional }, 'Values, as text, contain a match of a regular expression (GX expect_column_values_to_match_regex); an empty pattern matches every value.'),
  check(
    'column_count',
    { min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() },
    'Number of columns within [min, max] (GX expect_table_column_count_to_be_between / _to_equal).',
  ),
  check('is_null', { column, mostly, ...conditional }, 'Values are null; mostly is over all rows (GX expect_column_values_to_be_null).'),
  check('values_not_in_set', { column, values: valueSet, mostly, ...conditional }, 'No value is in the set, with a tolerance (GX expect_column_values_to_not_be_in_set).'),
  check('not_regex', { column, pattern: z.string(), mostly, ...conditional }, 'Values, as text, contain no match of a regular expression (GX expect_column_values_to_not_match_regex).'),
  check(
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
  check('not_regex_list', { column, patterns: z.array(z.string()).min(1), mostly, ...conditional }, 'Values, as text, match none of the patterns (GX expect_column_values_to_not_match_regex_list).'),
  check(
    'value_lengths',
    { column, min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional(), ...strict, mostly, ...conditional },
    'Text lengths (in characters) within [min, max] (GX expect_column_value_lengths_to_be_between / _to_equal).',
  ),
  check('min_between', { column, ...timeBounds, ...strict, ...conditional }, 'Column minimum within [min, max] (GX expect_column_min_to_be_between).'),
  check('max_between', { column, ...timeBounds, ...strict, ...conditional }, 'Column maximum within [min, max] (GX expect_column_max_to_be_between).'),
  check('column_exists', { column, index: z.number().int().min(0).optional().describe('Zero-based position the column must have.') }, 'The column is present, at this position when index is given (GX expect_column_to_exist).'),
  check('mean_between', { column, ...bounds, ...strict, ...conditional }, 'Column mean within [min, max].'),
  check('std_between', { column, ...bounds, ...strict, ...conditional }, 'Column sample standard deviation (ddof=1) within [min, max].'),
  check('quantile_between', { column, quantile: z.number().min(0).max(1), ...bounds, ...strict, ...conditional }, 'A quantile of the column within [min, max].'),
  check(
    'freshness',
    { column: column.optional().describe('Timestamp column; the files\' modification time when omitted.'), max_age_days: z.number().positive() },
    'Newest data at most max_age_days old, by the column or the files\' modification time.',
  ),
  check(
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
  check(
    'leakage',
    {
      key_columns: z.array(column).optional().describe('Columns that identify a row; whole rows when omitted.'),
      max_rows: z.number().int().min(0).default(0),
    },
    'Rows of the training data also present in `test-data`.',
  ),
] as const;

export const checkSchema = z.discriminatedUnion('type', checkSchemas);
export type CheckSpec = z.output<typeof checkSchema>;
export type CheckType = CheckSpec['type'];
export const checkTypes: CheckType[] = checkSchemas.map((s) => s.shape.type.def.values[0] as CheckType);

const oneChar = z.string().length(1, 'expected one character');

export const csvReadSchema = z
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

export const readOptionsSchema = z.strictObject({
  max_line_bytes: z
    .number()
    .int()
    .min(1024)
    .optional()
    .describe('The longest CSV record or JSONL line read, in bytes (default 67108864, 64 MiB); a longer one stops the run naming its line.'),
  csv: csvReadSchema.optional(),
});

export const nativeConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1).default(1),
  read: readOptionsSchema.optional(),
  checks: z.array(checkSchema).min(1, 'list at least one check'),
});
export type ValidationConfig = z.output<typeof nativeConfigSchema>;

/** The flat configs/data_validation.json shape (one top-level key per threshold), accepted as-is. */
export const legacyConfigSchema = z.strictObject({
  min_rows: z.number().optional(),
  max_null_percent: z.number().optional(),
  required_columns: z.array(z.string()).optional(),
  target_column: z.string().optional(),
  min_class_percent: z.number().optional(),
  feature_ranges: z.record(z.string(), z.strictObject({ min: z.number(), max: z.number() })).optional(),
  max_duplicate_percent: z.number().optional(),
});
export type LegacyConfig = z.output<typeof legacyConfigSchema>;

/** The JSON Schema published for editors (schemas/validate-data.config.schema.json): native shape or the flat one. */
export function validationConfigJsonSchema(): unknown {
  return configJsonSchema('validate-data', 'A list of named checks (native), or the flat configs/data_validation.json keys (min_rows, max_null_percent, required_columns, target_column, min_class_percent, feature_ranges, max_duplicate_percent).', [nativeConfigSchema, legacyConfigSchema]);
}
