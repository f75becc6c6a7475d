import type { ColumnKind } from '../table';
import type { Dialect } from './dialect';

const TYPE = { double: 'DOUBLE', text: 'VARCHAR', boolean: 'BOOLEAN', int: 'INTEGER' } as const;

/**
 * Trino: double-quoted identifiers, ? parameters of a prepared statement
 * (numbered in a comment), Java regular expressions (joni), approximate
 * quantiles (Trino has no exact percentile aggregate).
 */
export const trinoDialect: Dialect = {
  engine: 'trino',
  quote: (name) => `"${name.replaceAll('"', '""')}"`,
  // A ? is positional; its number, in a comment, lets the engine bind values in the order the markers stand, whatever order the compiler bound them in.
  placeholder: (i, type) => `CAST(? /*p${i}*/ AS ${TYPE[type]})`,
  cast: (expr, type) => `CAST(${expr} AS ${TYPE[type]})`,
  // NaN = NaN is false in Trino, so NULLIF cannot catch it.
  nanToNull: (expr) => `IF(is_nan(${expr}), NULL, ${expr})`,
  // The session runs in UTC (the engine sets it), so a timestamp without time zone is read at its wall time in UTC.
  epochMs: (expr, kind) => `(to_unixtime(${kind === 'date' ? `CAST(${expr} AS TIMESTAMP)` : expr}) * 1000)`,
  // Trino compares varchar by code point.
  codePointOrder: (expr) => expr,
  charLength: (expr) => `length(${expr})`,
  // regexp_like finds a match anywhere in the value.
  regexContains: (text, pattern) => `regexp_like(${text}, ${pattern})`,
  quantile: (expr, q) => `approx_percentile(${expr}, ${q})`,
  quantiles: (expr, qs) => `approx_percentile(${expr}, ARRAY[${qs.join(', ')}])`,
  groupingSets: true,
  // grouping() takes several columns and returns a BIGINT mask; 30 a scan keep it within the compiler's integers.
  groupingWidth: 30,
  kindOf(typeName: string): ColumnKind {
    const t = typeName.toLowerCase();
    if (t === 'tinyint' || t === 'smallint' || t === 'integer' || t === 'bigint') return 'int';
    if (t === 'real' || t === 'double') return 'float';
    if (t.startsWith('decimal')) return 'decimal';
    if (t === 'boolean') return 'bool';
    if (t.startsWith('timestamp')) return 'timestamp';
    if (t === 'date') return 'date';
    if (t === 'varbinary') return 'binary';
    if (t.startsWith('array') || t.startsWith('map') || t.startsWith('row') || t === 'json') return 'nested';
    return 'string';
  },
  notes: {
    regex: 'Java (joni; regexp_like: the value contains a match)',
    quantiles: 'approximate (approx_percentile: each quantile is one of the column\'s values, not interpolated; Trino documents no error bound for it, its quantile digests default to a maximum rank error of 1%)',
  },
};
