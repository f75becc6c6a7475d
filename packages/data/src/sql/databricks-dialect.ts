import type { ColumnKind } from '../table';
import type { Dialect } from './dialect';

const TYPE = { double: 'DOUBLE', text: 'STRING', boolean: 'BOOLEAN', int: 'INT' } as const;

/**
 * Databricks SQL (Spark SQL): backtick identifiers, named :p parameter
 * markers, Java regular expressions, exact interpolated quantiles.
 */
export const databricksDialect: Dialect = {
  engine: 'databricks',
  quote: (name) => `\`${name.replaceAll('`', '``')}\``,
  placeholder: (i, type) => `CAST(:p${i} AS ${TYPE[type]})`,
  cast: (expr, type) => `CAST(${expr} AS ${TYPE[type]})`,
  // Spark compares NaN equal to NaN, so NULLIF catches it.
  nanToNull: (expr) => `NULLIF(${expr}, CAST('NaN' AS DOUBLE))`,
  // The session runs in UTC (the engine sets it), so a TIMESTAMP_NTZ is read at its wall time in UTC; a date is whole days.
  epochMs: (expr, kind) => (kind === 'date' ? `(unix_date(${expr}) * 86400000.0)` : `(unix_micros(CAST(${expr} AS TIMESTAMP)) / 1000.0)`),
  // Spark's default collation (UTF8_BINARY) compares UTF-8 bytes: code point order.
  codePointOrder: (expr) => expr,
  charLength: (expr) => `char_length(${expr})`,
  // RLIKE finds a match anywhere in the value (Java's Matcher.find).
  regexContains: (text, pattern) => `(${text} RLIKE ${pattern})`,
  quantile: (expr, q) => `percentile(${expr}, ${q})`,
  quantiles: (expr, qs) => `percentile(${expr}, array(${qs.join(', ')}))`,
  groupingSets: true,
  // grouping_id() returns a BIGINT mask; 30 columns a scan keep it within the compiler's integers.
  groupingWidth: 30,
  // Spark's grouping() takes one column; grouping_id() gives the mask of several.
  grouping: (exprs) => `grouping_id(${exprs.join(', ')})`,
  kindOf(typeName: string): ColumnKind {
    // The driver's result metadata names types as Thrift TTypeIds (BIGINT_TYPE); DESCRIBE as SQL (bigint, decimal(10,2)).
    const t = typeName.toLowerCase().replace(/_type$/, '');
    if (t === 'tinyint' || t === 'smallint' || t === 'int' || t === 'integer' || t === 'bigint' || t === 'byte' || t === 'short' || t === 'long') return 'int';
    if (t === 'float' || t === 'double' || t === 'real') return 'float';
    if (t.startsWith('decimal')) return 'decimal';
    if (t === 'boolean') return 'bool';
    if (t === 'timestamp' || t === 'timestamp_ntz' || t === 'timestamp_ltz') return 'timestamp';
    if (t === 'date') return 'date';
    if (t === 'binary') return 'binary';
    if (t.startsWith('array') || t.startsWith('map') || t.startsWith('struct') || t === 'variant') return 'nested';
    return 'string';
  },
  notes: {
    regex: 'Java (RLIKE: the value contains a match)',
    quantiles: 'exact (percentile: linear interpolation, as pandas)',
  },
};
