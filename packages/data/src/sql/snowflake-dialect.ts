import type { ColumnKind } from '../table';
import type { Dialect } from './dialect';

const TYPE = { double: 'DOUBLE', text: 'VARCHAR', boolean: 'BOOLEAN', int: 'INTEGER' } as const;

/**
 * Snowflake: double-quoted identifiers, numbered :n bind variables (the
 * driver's binds, in order), POSIX extended regular expressions, exact
 * interpolated quantiles.
 */
export const snowflakeDialect: Dialect = {
  engine: 'snowflake',
  quote: (name) => `"${name.replaceAll('"', '""')}"`,
  placeholder: (i, type) => `CAST(:${i} AS ${TYPE[type]})`,
  cast: (expr, type) => `CAST(${expr} AS ${TYPE[type]})`,
  // Snowflake compares NaN equal to NaN, so NULLIF catches it.
  nanToNull: (expr) => `NULLIF(${expr}, CAST('NaN' AS DOUBLE))`,
  // TIMESTAMP_NTZ counts as UTC; _LTZ and _TZ are instants already.
  epochMs: (expr, kind) => `(DATE_PART(EPOCH_MICROSECOND, ${kind === 'date' ? `CAST(${expr} AS TIMESTAMP_NTZ)` : expr}) / 1000.0)`,
  // A column may carry a collation (case- or accent-insensitive); 'utf8' compares code points.
  codePointOrder: (expr) => `COLLATE(${expr}, 'utf8')`,
  charLength: (expr) => `LENGTH(${expr})`,
  // REGEXP_LIKE and RLIKE match the whole value; REGEXP_INSTR finds a match anywhere in it.
  regexContains: (text, pattern) => `(REGEXP_INSTR(${text}, ${pattern}) > 0)`,
  quantile: (expr, q) => `PERCENTILE_CONT(${q}) WITHIN GROUP (ORDER BY ${expr})`,
  quantiles: (expr, qs) => `ARRAY_CONSTRUCT(${qs.map((q) => `PERCENTILE_CONT(${q}) WITHIN GROUP (ORDER BY ${expr})`).join(', ')})`,
  groupingSets: true,
  // GROUPING() takes several columns and returns the mask; 30 a scan keep it within the compiler's integers.
  groupingWidth: 30,
  reservedAliases: ['rows'],
  kindOf(typeName: string): ColumnKind {
    const t = typeName.toUpperCase();
    // The driver reports NUMBER as FIXED with a precision and scale: scale 0 is an integer.
    const fixed = /^(?:FIXED|NUMBER|DECIMAL|NUMERIC)\((\d+),\s*(\d+)\)$/.exec(t);
    if (fixed) return fixed[2] === '0' ? 'int' : 'decimal';
    if (/^(FIXED|NUMBER|DECIMAL|NUMERIC|INT|INTEGER|BIGINT|SMALLINT|TINYINT|BYTEINT)$/.test(t)) return 'int';
    if (t === 'REAL' || t === 'FLOAT' || t === 'DOUBLE') return 'float';
    if (t === 'BOOLEAN') return 'bool';
    if (t.startsWith('TIMESTAMP')) return 'timestamp';
    if (t === 'DATE') return 'date';
    if (t === 'BINARY' || t === 'VARBINARY') return 'binary';
    if (t === 'VARIANT' || t === 'OBJECT' || t === 'ARRAY' || t === 'MAP' || t.startsWith('ARRAY(') || t.startsWith('OBJECT(') || t.startsWith('MAP(')) return 'nested';
    return 'string';
  },
  notes: {
    regex: 'POSIX extended (REGEXP_INSTR: the value contains a match)',
    quantiles: 'exact (PERCENTILE_CONT WITHIN GROUP: linear interpolation, as pandas)',
  },
};
