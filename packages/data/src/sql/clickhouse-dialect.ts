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
 * The value at position `q` of the sorted array named `s`, interpolated linearly between
 * its two neighbouring elements, or NULL when `empty` holds. The array's alias is defined
 * (`expression AS s`) in `empty` or in `sized` (the array whose length is read), and `h`
 * names the position.
 */
function between(parts: { s: string; h: string; q: string; empty: string; sized: string }): string {
  const { s, h, q } = parts;
  const at = (i: string) => `arrayElement(${s}, toUInt64(${i}(${h})) + 1)`;
  // h is the 0-based position (n - 1) * q; its floor and ceiling are the two elements interpolated between.
  return `if(${parts.empty}, NULL, ${at('floor')} + (((greatest(toFloat64(length(${parts.sized})) - 1, 0) * ${q}) AS ${h}) - floor(${h})) * (${at('ceil')} - ${at('floor')}))`;
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
  return between({ s, h: `mlship_at_${tag(`${expr}\0${q}`)}`, q, empty: `empty(arraySort(groupArray(${expr})) AS ${s})`, sized: s });
}

/**
 * The t-digest is read at these levels, every 0.005: the levels of a parametric
 * aggregate must be literals (a bound value, which the statement names in WITH, is
 * refused), so a bound level is read between the two grid points around it. The
 * quantile function is monotone, so that adds at most 0.005 to the digest's rank error.
 */
const DIGEST_GRID = Array.from({ length: 201 }, (_, i) => String(i / 200)).join(', ');

/**
 * An approximate quantile from quantilesTDigest over the grid above, interpolated like
 * the exact one. The grid is about 1.4 KB of text, so `quantiles` writes it once per
 * column (`define` on its first element) and the other elements name its alias.
 */
function digested(expr: string, q: string, define = true): string {
  const s = `mlship_digest_${tag(expr)}`;
  // An empty digest reads NaN at every level: no value is a missing quantile, as with the exact form.
  return between({ s, h: `mlship_at_${tag(`digest\0${expr}\0${q}`)}`, q, empty: `count(${expr}) = 0`, sized: define ? `quantilesTDigest(${DIGEST_GRID})(${expr}) AS ${s}` : s });
}

/**
 * ClickHouse (18.16 and current releases alike): backquoted identifiers, values
 * sent as a one-row external table and named in a WITH clause (evaluated once on
 * the server that received the query, before a Distributed table fans it out),
 * RE2 regular expressions, exact quantiles interpolated as pandas does (estimated
 * past the exact-row limit). No GROUPING SETS or window functions on 18.x: value
 * counts run per column, cumulative counts are summed over sorted arrays.
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
  windowFunctions: false,
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
  approximate: {
    // uniqCombined: uniqCombined64 (a 64-bit hash for numbers too) is missing from 18.x; the 32-bit hash only drifts past billions of values.
    distinct: (expr) => `uniqCombined(${expr})`,
    quantile: (expr, q) => digested(expr, q),
    quantiles: (expr, qs) => `[${qs.map((q, i) => digested(expr, q, i === 0)).join(', ')}]`,
    // cityHash64 refuses a Nullable argument: each value is hashed as whether it is missing plus the value with missing
    // replaced by its type's default, so missing equals missing (assumeNotNull alone may keep whatever lies under a NULL).
    rowHash: (exprs) => `cityHash64(${exprs.flatMap((e) => [`isNull(${e})`, `ifNull(${e}, defaultValueOfArgumentType(assumeNotNull(${e})))`]).join(', ')})`,
    note: 'approximate past the exact-row limit (quantilesTDigest: a t-digest of 32-bit floats, read every 0.005 and interpolated between; uniqCombined: a set of hashes for small counts, then HyperLogLog; duplicate rows by a 64-bit hash of each row, cityHash64)',
  },
  notes: {
    regex: 'RE2 (ClickHouse\'s match(): the value contains a match)',
    quantiles: 'exact (the sorted values, arraySort(groupArray(x)), interpolated linearly between order statistics, as pandas)',
  },
};
