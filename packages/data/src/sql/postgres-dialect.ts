import type { ColumnKind } from '../table';
import type { Dialect } from './dialect';

/** PostgreSQL: double-quoted identifiers, $n parameters, POSIX (ARE) regular expressions, exact quantiles. */
export const postgresDialect: Dialect = {
  engine: 'postgres',
  quote: (name) => `"${name.replaceAll('"', '""')}"`,
  placeholder: (i, type) => `CAST($${i} AS ${type === 'double' ? 'double precision' : type === 'text' ? 'text' : 'boolean'})`,
  cast: (expr, type) => `CAST(${expr} AS ${type === 'double' ? 'double precision' : type === 'text' ? 'text' : 'integer'})`,
  nanToNull: (expr) => `NULLIF(${expr}, CAST('NaN' AS double precision))`,
  // A timestamp without time zone counts as UTC (EXTRACT's nominal seconds), as the local reader reads it.
  epochMs: (expr, kind) => `CAST(EXTRACT(EPOCH FROM ${kind === 'date' ? `CAST(${expr} AS timestamp)` : expr}) * 1000 AS double precision)`,
  // The database's collation may order text by locale; "C" orders UTF-8 by code point, Python's order.
  codePointOrder: (expr) => `(${expr} COLLATE "C")`,
  charLength: (expr) => `char_length(${expr})`,
  regexContains: (text, pattern) => `(${text} ~ ${pattern})`,
  quantile: (expr, q) => `percentile_cont(${q}) WITHIN GROUP (ORDER BY ${expr})`,
  quantiles: (expr, qs) => `percentile_cont(ARRAY[${qs.join(', ')}]) WITHIN GROUP (ORDER BY ${expr})`,
  groupingSets: true,
  // GROUPING() takes at most 31 arguments in PostgreSQL.
  groupingWidth: 30,
  kindOf(typeName: string): ColumnKind {
    const t = typeName.toLowerCase();
    if (t === 'int2' || t === 'int4' || t === 'int8') return 'int';
    if (t === 'float4' || t === 'float8') return 'float';
    if (t === 'numeric') return 'decimal';
    if (t === 'bool') return 'bool';
    if (t === 'timestamp' || t === 'timestamptz') return 'timestamp';
    if (t === 'date') return 'date';
    if (t === 'bytea') return 'binary';
    if (t === 'json' || t === 'jsonb' || t.startsWith('_')) return 'nested';
    return 'string';
  },
  notes: {
    regex: 'POSIX (PostgreSQL\'s ~ operator, advanced regular expressions: the value contains a match)',
    quantiles: 'exact (percentile_cont: linear interpolation, as pandas)',
  },
};
