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

export const checkSchemas = [
  check('row_count', bounds, 'Row count between min and max (GX expect_table_row_count_to_be_between; min_rows in the flat shape).'),
  check(
    'columns',
    { columns: z.array(column).min(1), mode: z.enum(['exact', 'subset']).default('exact').describe('exact: the data has exactly these columns; subset: it has at least these.') },
    'Column set matches (GX expect_table_columns_to_match_set; required_columns in the flat shape is mode subset).',
  ),
  check('not_null', { column, mostly }, 'Values are not null (GX expect_column_values_to_not_be_null).'),
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
    { column, ...bounds, strict_min: z.boolean().default(false), strict_max: z.boolean().default(false), mostly },
    'Values within [min, max] (GX expect_column_values_to_be_between; feature_ranges in the flat shape).',
  ),
  check('distinct_values_in_set', { column, values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1) }, 'Every distinct value is in the set (GX expect_column_distinct_values_to_be_in_set).'),
  check('values_in_set', { column, values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1), mostly }, 'Allowed values, with a tolerance (GX expect_column_values_to_be_in_set).'),
  check('class_balance', { column, min_percent: z.number().min(0).max(100).default(1) }, 'Every class of the target has at least min_percent of rows (min_class_percent in the flat shape).'),
  check('duplicates', { max_percent: z.number().min(0).max(100).default(1) }, 'Duplicate rows at most max_percent (max_duplicate_percent in the flat shape).'),
  check('column_type', { column, dtype: kind }, 'Column has this type (dtype number matches int, float and decimal).'),
  check('unique', { columns: z.array(column).min(1).describe('One column, or several for a compound key.') }, 'Values (or key tuples) are unique (GX expect_column_values_to_be_unique).'),
  check('regex', { column, pattern: z.string().min(1), mostly }, 'String values match a regular expression (GX expect_column_values_to_match_regex).'),
  check('mean_between', { column, ...bounds }, 'Column mean within [min, max].'),
  check('std_between', { column, ...bounds }, 'Column sample standard deviation (ddof=1) within [min, max].'),
  check('quantile_between', { column, quantile: z.number().min(0).max(1), ...bounds }, 'A quantile of the column within [min, max].'),
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

export const readOptionsSchema = z.strictObject({
  csv: z
    .strictObject({
      delimiter: z.string().length(1).optional(),
      header: z.boolean().optional(),
      types: z.record(z.string(), kind.exclude(['number', 'binary', 'nested'])).optional(),
    })
    .optional(),
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
