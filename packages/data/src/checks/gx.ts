import { UserError } from '@mlship/core';
import type { CheckSpec } from './config';

/**
 * Imports a Great Expectations suite (0.x `expectation_type` or 1.x `type`
 * entries with `kwargs`), so a team can point `config:` at the suite it has.
 * Only expectations with a faithful native equivalent are mapped.
 */
type Kwargs = Record<string, unknown>;
// Mapped entries are validated by the native schema afterwards, which fills defaults.
type Mapper = (k: Kwargs) => (Partial<CheckSpec> & { type: CheckSpec['type'] } & Record<string, unknown>)[];

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
const str = (v: unknown): string => String(v);
const mostly = (k: Kwargs) => num(k.mostly) ?? 1;
const values = (k: Kwargs) => (k.value_set as (string | number | boolean)[]) ?? [];

const typeNames: Record<string, Extract<CheckSpec, { type: 'column_type' }>['dtype']> = {
  int: 'int', int8: 'int', int16: 'int', int32: 'int', int64: 'int', Int64: 'int', integer: 'int',
  float: 'float', float32: 'float', float64: 'float', double: 'float', number: 'number',
  str: 'string', string: 'string', object: 'string', bool: 'bool', boolean: 'bool',
  'datetime64[ns]': 'timestamp', 'datetime64[us]': 'timestamp', datetime: 'timestamp', timestamp: 'timestamp', date: 'date',
};

const mappers: Record<string, Mapper> = {
  expect_table_row_count_to_be_between: (k) => [{ type: 'row_count', min: num(k.min_value), max: num(k.max_value) }],
  expect_table_row_count_to_equal: (k) => [{ type: 'row_count', min: num(k.value), max: num(k.value) }],
  expect_table_columns_to_match_set: (k) => [{ type: 'columns', columns: (k.column_set as string[]) ?? [], mode: k.exact_match === false ? 'subset' : 'exact' }],
  expect_column_to_exist: (k) => [{ type: 'columns', id: `column_exists:${str(k.column)}`, columns: [str(k.column)], mode: 'subset' }],
  expect_column_values_to_not_be_null: (k) => [{ type: 'not_null', column: str(k.column), mostly: mostly(k) }],
  expect_column_values_to_be_between: (k) => [
    { type: 'values_between', column: str(k.column), min: num(k.min_value), max: num(k.max_value), strict_min: k.strict_min === true, strict_max: k.strict_max === true, mostly: mostly(k) },
  ],
  expect_column_distinct_values_to_be_in_set: (k) => [{ type: 'distinct_values_in_set', column: str(k.column), values: values(k) }],
  expect_column_values_to_be_in_set: (k) => [{ type: 'values_in_set', column: str(k.column), values: values(k), mostly: mostly(k) }],
  expect_column_values_to_be_unique: (k) => [{ type: 'unique', columns: [str(k.column)] }],
  expect_compound_columns_to_be_unique: (k) => [{ type: 'unique', columns: (k.column_list as string[]) ?? [] }],
  expect_column_values_to_match_regex: (k) => [{ type: 'regex', column: str(k.column), pattern: str(k.regex), mostly: mostly(k) }],
  expect_column_mean_to_be_between: (k) => [{ type: 'mean_between', column: str(k.column), min: num(k.min_value), max: num(k.max_value) }],
  expect_column_stdev_to_be_between: (k) => [{ type: 'std_between', column: str(k.column), min: num(k.min_value), max: num(k.max_value) }],
  expect_column_median_to_be_between: (k) => [{ type: 'quantile_between', column: str(k.column), quantile: 0.5, min: num(k.min_value), max: num(k.max_value) }],
  expect_column_quantile_values_to_be_between: (k) => {
    const r = (k.quantile_ranges ?? {}) as { quantiles?: number[]; value_ranges?: [number | null, number | null][] };
    return (r.quantiles ?? []).map((q, i) => ({
      type: 'quantile_between' as const,
      id: `quantile_between:${str(k.column)}:${q}`,
      column: str(k.column),
      quantile: q,
      min: r.value_ranges?.[i]?.[0] ?? undefined,
      max: r.value_ranges?.[i]?.[1] ?? undefined,
    }));
  },
  expect_column_values_to_be_of_type: (k) => {
    const t = typeNames[str(k.type_)];
    if (!t) throw new UserError(`type_ "${str(k.type_)}" has no mlship equivalent`, { hint: `Use one of: ${Object.keys(typeNames).join(', ')}.` });
    return [{ type: 'column_type', column: str(k.column), dtype: t }];
  },
};

export const supportedExpectations = Object.keys(mappers);

export function fromGreatExpectations(suite: { expectations: unknown[] }, source: string): unknown[] {
  return suite.expectations.flatMap((e, i) => {
    const entry = (e ?? {}) as { expectation_type?: string; type?: string; kwargs?: Kwargs };
    const name = entry.expectation_type ?? entry.type ?? '';
    const mapper = mappers[name];
    const where = `${source}: expectations[${i}]`;
    if (!mapper) {
      throw new UserError(`expectation "${name}" is not supported`, { where, hint: `Supported: ${supportedExpectations.join(', ')}.` });
    }
    try {
      return mapper(entry.kwargs ?? {});
    } catch (err) {
      if (err instanceof UserError) throw new UserError(err.message, { where, hint: err.details.hint });
      throw err;
    }
  });
}
