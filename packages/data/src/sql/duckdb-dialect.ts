import type { ColumnKind } from '../table';
import type { Dialect } from './dialect';

const INT = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|INT\d*)$/;

/** DuckDB: double-quoted identifiers, $n parameters, RE2 regular expressions, exact quantiles. */
export const duckdbDialect: Dialect = {
  engine: 'duckdb',
  quote: (name) => `"${name.replaceAll('"', '""')}"`,
  placeholder: (i, type) => `CAST($${i} AS ${type === 'double' ? 'DOUBLE' : type === 'text' ? 'VARCHAR' : 'BOOLEAN'})`,
  cast: (expr, type) => `CAST(${expr} AS ${type === 'double' ? 'DOUBLE' : type === 'text' ? 'VARCHAR' : 'INTEGER'})`,
  nanToNull: (expr) => `NULLIF(${expr}, CAST('NaN' AS DOUBLE))`,
  // epoch_us keeps the sub-millisecond part the local reader keeps (a TIMESTAMP_MICROS column gives fractional ms).
  epochMs: (expr, kind) => `(epoch_us(${kind === 'date' ? `CAST(${expr} AS TIMESTAMP)` : expr}) / 1000.0)`,
  // DuckDB's default collation is binary: UTF-8 byte order, which is code point order.
  codePointOrder: (expr) => expr,
  charLength: (expr) => `length(${expr})`,
  regexContains: (text, pattern) => `regexp_matches(${text}, ${pattern})`,
  quantile: (expr, q) => `quantile_cont(${expr}, ${q})`,
  quantiles: (expr, qs) => `quantile_cont(${expr}, [${qs.join(', ')}])`,
  groupingSets: true,
  groupingWidth: 30,
  kindOf(typeName: string): ColumnKind {
    const t = typeName.toUpperCase();
    if (INT.test(t)) return 'int';
    if (t === 'FLOAT' || t === 'DOUBLE' || t === 'REAL') return 'float';
    if (t.startsWith('DECIMAL') || t.startsWith('NUMERIC')) return 'decimal';
    if (t === 'BOOLEAN') return 'bool';
    if (t.startsWith('TIMESTAMP')) return 'timestamp';
    if (t === 'DATE') return 'date';
    if (t === 'BLOB') return 'binary';
    if (t.endsWith(']') || t.startsWith('STRUCT') || t.startsWith('MAP') || t.startsWith('UNION')) return 'nested';
    return 'string';
  },
  approximate: {
    distinct: (expr) => `approx_count_distinct(${expr})`,
    // approx_quantile takes its levels as FLOAT (the level moves by < 1e-8, far inside the sketch's error).
    quantile: (expr, q) => `approx_quantile(${expr}, CAST(${q} AS FLOAT))`,
    quantiles: (expr, qs) => `approx_quantile(${expr}, [${qs.map((q) => `CAST(${q} AS FLOAT)`).join(', ')}])`,
    rowHash: (exprs) => `hash(${exprs.join(', ')})`,
    note: 'approximate past the exact-row limit (approx_quantile: a t-digest; approx_count_distinct: HyperLogLog; duplicate rows by a 64-bit hash of each row)',
  },
  notes: {
    regex: 'RE2 (regexp_matches: the value contains a match)',
    quantiles: 'exact (quantile_cont: linear interpolation, as pandas)',
  },
};
