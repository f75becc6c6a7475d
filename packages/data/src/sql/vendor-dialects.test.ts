import type { ColumnKind } from '../table';
import { bigqueryDialect } from './bigquery-dialect';
import { databricksDialect } from './databricks-dialect';
import type { Dialect } from './dialect';
import { snowflakeDialect } from './snowflake-dialect';
import { tableSource } from './source';
import { duplicatesStatement, frequencyStatement, profileStatement, uniqueStatement } from './statements';
import { trinoDialect } from './trino-dialect';

/** Type names as each driver's result metadata reports them. */
const TYPES: [Dialect, Record<string, ColumnKind>][] = [
  [bigqueryDialect, { INTEGER: 'int', INT64: 'int', FLOAT: 'float', FLOAT64: 'float', NUMERIC: 'decimal', BIGNUMERIC: 'decimal', BOOLEAN: 'bool', TIMESTAMP: 'timestamp', DATETIME: 'timestamp', DATE: 'date', BYTES: 'binary', STRING: 'string', TIME: 'string', RECORD: 'nested', 'ARRAY<INTEGER>': 'nested', JSON: 'nested', GEOGRAPHY: 'string' }],
  [snowflakeDialect, { 'NUMBER(38,0)': 'int', 'NUMBER(10,2)': 'decimal', real: 'float', text: 'string', boolean: 'bool', date: 'date', timestamp_ntz: 'timestamp', timestamp_ltz: 'timestamp', timestamp_tz: 'timestamp', time: 'string', binary: 'binary', variant: 'nested', object: 'nested', array: 'nested' }],
  [databricksDialect, { BIGINT_TYPE: 'int', INT_TYPE: 'int', TINYINT_TYPE: 'int', DOUBLE_TYPE: 'float', FLOAT_TYPE: 'float', DECIMAL_TYPE: 'decimal', BOOLEAN_TYPE: 'bool', TIMESTAMP_TYPE: 'timestamp', DATE_TYPE: 'date', BINARY_TYPE: 'binary', STRING_TYPE: 'string', VARCHAR_TYPE: 'string', ARRAY_TYPE: 'nested', MAP_TYPE: 'nested', STRUCT_TYPE: 'nested', 'decimal(10,2)': 'decimal', timestamp_ntz: 'timestamp' }],
  [trinoDialect, { bigint: 'int', integer: 'int', smallint: 'int', double: 'float', real: 'float', 'decimal(12,3)': 'decimal', boolean: 'bool', 'timestamp(3)': 'timestamp', 'timestamp(6) with time zone': 'timestamp', date: 'date', varbinary: 'binary', varchar: 'string', 'varchar(20)': 'string', 'char(3)': 'string', uuid: 'string', 'array(integer)': 'nested', 'map(varchar, double)': 'nested', 'row(a integer)': 'nested', json: 'nested' }],
];

it.each(TYPES.map(([d, t]) => [d.engine, d, t] as const))('%s: every type name the driver reports has its column kind', (_name, d, types) => {
  expect(Object.fromEntries(Object.keys(types).map((t) => [t, d.kindOf(t)]))).toEqual(types);
});

it('BigQuery quotes a name with the string literal escapes, a backtick as \\x60', () => {
  expect(bigqueryDialect.quote('a`b\\c\nd')).toBe('`a\\x60b\\\\c\\nd`');
  expect(databricksDialect.quote('a`b')).toBe('`a``b`');
  expect(snowflakeDialect.quote('a"b')).toBe('"a""b"');
  expect(trinoDialect.quote('a"b')).toBe('"a""b"');
});

/**
 * The words among the compiler's output names that a vendor reserves (from its
 * published list of reserved keywords): written bare they would not parse
 * there, and the parsers used for the golden SQL do not know these lists.
 */
const RESERVED: [Dialect, string[]][] = [
  [bigqueryDialect, ['rows', 'groups']],
  [snowflakeDialect, ['rows']],
];

it.each(RESERVED.map(([d, words]) => [d.engine, d, words] as const))('%s: output names it reserves are quoted', (_name, d, words) => {
  const schema = { fields: [{ name: 'id', kind: 'int' as const, sourceType: 'INT64' }, { name: 'label', kind: 'string' as const, sourceType: 'STRING' }] };
  const ctx = { d, source: tableSource('t'), schema };
  const sql = [profileStatement(ctx, [], []), frequencyStatement(ctx, [0, 1], new Set()), duplicatesStatement(ctx), uniqueStatement(ctx, ['id'], 'any_value_is_missing')].map((s) => s.sql).join('\n');
  for (const w of words) {
    expect(sql).toContain(d.quote(w));
    expect(sql.split(d.quote(w)).join('')).not.toMatch(new RegExp(`\\b${w}\\b`));
  }
});
