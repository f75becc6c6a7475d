import type { ColumnKind } from '../table';
import type { Dialect } from './dialect';

const TYPE = { double: 'FLOAT64', text: 'STRING', boolean: 'BOOL', int: 'INT64' } as const;

/** Quantiles are read from APPROX_QUANTILES' 1,000 boundaries: a quantile is rounded to the nearest 0.001. */
const BOUNDARIES = 1000;

// A quoted identifier takes the string literal's escapes. A backtick is written as its hex escape rather
// than \` so that no backtick but the two delimiters is left in the text, whichever way a reader escapes.
const ESCAPES: Record<string, string> = { '\\': '\\\\', '`': '\\x60', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const approxQuantile = (expr: string, q: string) => `APPROX_QUANTILES(${expr}, ${BOUNDARIES})[OFFSET(CAST(ROUND(${q} * ${BOUNDARIES}) AS INT64))]`;

/**
 * BigQuery (GoogleSQL): backtick identifiers, named @p parameters (typed by the
 * client), RE2 regular expressions, approximate quantiles (GoogleSQL's exact
 * PERCENTILE_CONT is a window function only, so it cannot share the one scan).
 */
export const bigqueryDialect: Dialect = {
  engine: 'bigquery',
  quote: (name) => `\`${name.replace(/[\\`\n\r\t]/g, (c) => ESCAPES[c]!)}\``,
  placeholder: (i, type) => `CAST(@p${i} AS ${TYPE[type]})`,
  cast: (expr, type) => `CAST(${expr} AS ${TYPE[type]})`,
  // NaN = NaN is false in GoogleSQL, so NULLIF cannot catch it.
  nanToNull: (expr) => `IF(IS_NAN(${expr}), NULL, ${expr})`,
  // A DATETIME (no time zone) casts to the TIMESTAMP at that wall time in UTC, as the local reader reads it.
  epochMs: (expr) => `(UNIX_MICROS(CAST(${expr} AS TIMESTAMP)) / 1000.0)`,
  // GoogleSQL compares STRING by Unicode code point unless a column was given a collation.
  codePointOrder: (expr) => expr,
  charLength: (expr) => `CHAR_LENGTH(${expr})`,
  regexContains: (text, pattern) => `REGEXP_CONTAINS(${text}, ${pattern})`,
  quantile: approxQuantile,
  quantiles: (expr, qs) => `[${qs.map((q) => approxQuantile(expr, q)).join(', ')}]`,
  groupingSets: true,
  // GROUPING SETS and GROUPING() are GoogleSQL's; 30 columns a scan keep the mask within the compiler's integers.
  groupingWidth: 30,
  // GoogleSQL's GROUPING() takes one argument: the mask is the sum of each bit.
  grouping: (exprs) => `(${exprs.map((e, j) => `GROUPING(${e}) * ${2 ** (exprs.length - 1 - j)}`).join(' + ')})`,
  reservedAliases: ['rows', 'groups'],
  kindOf(typeName: string): ColumnKind {
    const t = typeName.toUpperCase();
    if (t === 'INTEGER' || t === 'INT64') return 'int';
    if (t === 'FLOAT' || t === 'FLOAT64') return 'float';
    if (t === 'NUMERIC' || t === 'BIGNUMERIC' || t.startsWith('NUMERIC(') || t.startsWith('BIGNUMERIC(')) return 'decimal';
    if (t === 'BOOLEAN' || t === 'BOOL') return 'bool';
    if (t === 'TIMESTAMP' || t === 'DATETIME') return 'timestamp';
    if (t === 'DATE') return 'date';
    if (t === 'BYTES') return 'binary';
    if (t.startsWith('ARRAY') || t === 'RECORD' || t.startsWith('STRUCT') || t === 'JSON' || t.startsWith('RANGE')) return 'nested';
    return 'string';
  },
  notes: {
    regex: 'RE2 (REGEXP_CONTAINS: the value contains a match)',
    quantiles: 'approximate (APPROX_QUANTILES with 1,000 boundaries: each quantile is one of the column\'s values, not interpolated, and BigQuery documents no error bound for it; the quantile asked for is rounded to the nearest 0.001)',
  },
};
