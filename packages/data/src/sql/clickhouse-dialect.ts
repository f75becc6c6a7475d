import type { ColumnKind } from '../table';
import type { Dialect, SqlType } from './dialect';

/** The external table (sent with each request, never pasted into its text) holding the bound values: one row, column p<i> for the i-th value. */
export const PARAMS_TABLE = '_mlship_params';

/** How a bound value of each SqlType is stored in the external table. */
export const PARAM_TYPES: Record<SqlType, string> = { double: 'Float64', text: 'String', boolean: 'UInt8' };

const INT = /^U?Int(8|16|32|64|128|256)$/;

/** The type inside the wrappers that only say how a value is stored or whether it may be missing. */
export function innerType(typeName: string): string {
  let t = typeName.trim();
  for (let m = /^(Nullable|LowCardinality|SimpleAggregateFunction)\((.*)\)$/s.exec(t); m; m = /^(Nullable|LowCardinality|SimpleAggregateFunction)\((.*)\)$/s.exec(t)) {
    // SimpleAggregateFunction(any, T): the stored type is the last argument.
    t = m[1] === 'SimpleAggregateFunction' ? m[2]!.slice(m[2]!.indexOf(',') + 1).trim() : m[2]!.trim();
  }
  return t;
}

/** A short name for an expression (FNV-1a), for the aliases below: the same expression, the same name. */
function tag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The pandas-style (linear) quantile from the sorted non-missing values: ClickHouse's
 * own exact quantiles (quantileExact) return an order statistic without interpolation,
 * and quantileExactInclusive is missing from the 18.x servers still in use. ClickHouse
 * aliases hold for the whole SELECT and may be defined again with the same expression,
 * so the sorted array is written once per use and computed once per column: the
 * statement stays far below max_query_size (256 KiB) for wide tables.
 */
function interpolated(expr: string, q: string): string {
  const s = `mlship_sorted_${tag(expr)}`;
  const h = `mlship_at_${tag(`${expr}\0${q}`)}`;
  const at = (i: string) => `arrayElement(${s}, toUInt64(${i}(${h})) + 1)`;
  // h is the 0-based position (n - 1) * q; its floor and ceiling are the two order statistics interpolated between.
  return `if(empty(arraySort(groupArray(${expr})) AS ${s}), NULL, ${at('floor')} + (((greatest(toFloat64(length(${s})) - 1, 0) * ${q}) AS ${h}) - floor(${h})) * (${at('ceil')} - ${at('floor')}))`;
}

/**
 * ClickHouse (18.16 and current releases alike): backquoted identifiers, values
 * sent as a one-row external table and named in a WITH clause (evaluated once on
 * the server that received the query, before a Distributed table fans it out),
 * RE2 regular expressions, exact quantiles interpolated as pandas does. No
 * GROUPING SETS or window functions on 18.x: value counts run per column.
 */
export const clickhouseDialect: Dialect = {
  engine: 'clickhouse',
  // ClickHouse reads backslash escapes inside backquotes: both the backslash and the backquote are escaped.
  quote: (name) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
  placeholder: (i) => `mlship_p${i}`,
  // Named in WITH rather than written as scalar subqueries in place: inside an aggregate's arguments 18.x names
  // such a subquery one way on the initiator and another on the shards, and a Distributed query fails.
  declare: (sql, count) => {
    if (count === 0) return sql;
    const names = Array.from({ length: count }, (_, j) => `(SELECT p${j + 1} FROM ${PARAMS_TABLE}) AS mlship_p${j + 1}`);
    return `WITH ${names.join(', ')}\n${sql}`;
  },
  // The to<Type> functions keep Nullable (CAST to a plain type refuses a missing value on 18.x).
  cast: (expr, type) => `${type === 'double' ? 'toFloat64' : type === 'text' ? 'toString' : 'toInt32'}(${expr})`,
  // assumeNotNull: isNaN of a Nullable is itself Nullable, which if() refuses on 18.x; a missing value stays missing through the else branch.
  nanToNull: (expr) => `if(isNaN(assumeNotNull(${expr})), NULL, ${expr})`,
  // A DateTime (and a DateTime64, as seconds with their fraction) converts to seconds since the epoch, whatever its time zone; a Date to days.
  epochMs: (expr, kind) => (kind === 'date' ? `(toFloat64(${expr}) * 86400000)` : `(toFloat64(${expr}) * 1000)`),
  // ClickHouse compares strings bytewise: for UTF-8, code point order.
  codePointOrder: (expr) => expr,
  charLength: (expr) => `lengthUTF8(${expr})`,
  regexContains: (text, pattern) => `match(${text}, ${pattern})`,
  quantile: interpolated,
  quantiles: (expr, qs) => `[${qs.map((q) => interpolated(expr, q)).join(', ')}]`,
  groupingSets: false,
  // One column per value-count statement (statements.ts's valueCountStatement).
  groupingWidth: 1,
  falseLiteral: '(1 = 0)',
  kindOf(typeName: string): ColumnKind {
    const t = innerType(typeName);
    if (INT.test(t)) return 'int';
    if (t === 'Float32' || t === 'Float64' || t === 'BFloat16') return 'float';
    if (t.startsWith('Decimal')) return 'decimal';
    if (t === 'Bool' || t === 'Boolean') return 'bool';
    if (t === 'DateTime' || t.startsWith('DateTime(') || t.startsWith('DateTime64')) return 'timestamp';
    if (t === 'Date' || t === 'Date32') return 'date';
    if (/^(Array|Tuple|Map|Nested|JSON|Object|Variant|Dynamic)\b/.test(t)) return 'nested';
    // String, FixedString, UUID, Enum, IPv4/IPv6 and the rest are read as text.
    return 'string';
  },
  notes: {
    regex: 'RE2 (ClickHouse\'s match(): the value contains a match)',
    quantiles: 'exact (the sorted values, arraySort(groupArray(x)), interpolated linearly between order statistics, as pandas)',
  },
};
