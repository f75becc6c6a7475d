/**
 * The warehouse doubles (BigQuery, Snowflake, Databricks) answer the compiled
 * statements by running them on DuckDB, as the Trino double does. This turns a
 * statement of one of those dialects into DuckDB's, for the forms the compiler
 * writes and nothing more: quoted identifiers and string literals with each
 * dialect's escapes, its parameter markers (kept as markers: `$p1` or `$1`,
 * so the values stay bound on DuckDB too), and the few functions and forms
 * DuckDB spells differently. What it does not reproduce is each engine's own
 * semantics (collations, POSIX or Java regex flavours, APPROX_QUANTILES'
 * sketch): those are checked by the dialect tests against each vendor's
 * grammar, and documented in the README.
 */
export type Vendor = 'bigquery' | 'snowflake' | 'databricks';

export interface DuckdbStatement {
  sql: string;
  /** The parameter markers in the order they stand, as the vendor names them (`p1` for @p1 and :p1, `1` for :1). */
  markers: string[];
  /** Output names written without quotes (`AS c0`): Snowflake returns those upper-cased. */
  unquotedAliases: Set<string>;
}

const BIGQUERY_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"', '`': '`' };

/** A quoted token starting at `at` (the quote character); returns its text and the index after it. */
function quoted(vendor: Vendor, sql: string, at: number): { text: string; end: number } {
  const q = sql[at]!;
  let text = '';
  let i = at + 1;
  while (i < sql.length) {
    const c = sql[i]!;
    if (vendor === 'bigquery' && c === '\\') {
      const e = sql[i + 1]!;
      if (e === 'x') {
        text += String.fromCharCode(parseInt(sql.slice(i + 2, i + 4), 16));
        i += 4;
      } else {
        if (!(e in BIGQUERY_ESCAPES)) throw new Error(`Syntax error: Illegal escape sequence: \\${e}`);
        text += BIGQUERY_ESCAPES[e];
        i += 2;
      }
      continue;
    }
    if (c === q) {
      // BigQuery has no doubled quotes; the others double the quote inside a quoted token.
      if (vendor !== 'bigquery' && sql[i + 1] === q) {
        text += q;
        i += 2;
        continue;
      }
      return { text, end: i + 1 };
    }
    text += c;
    i++;
  }
  throw new Error(`Syntax error: unclosed ${q} at position ${at}`);
}

const duckIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const duckString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Rewrites of the unquoted text between tokens, per vendor. */
const PLAIN: Record<Vendor, [RegExp, string][]> = {
  // APPROX_QUANTILES(x, n) is a macro returning n + 1 boundaries; GoogleSQL's OFFSET is 0-based, DuckDB's lists 1-based.
  bigquery: [[/\[OFFSET\(/g, '[1 + (']],
  snowflake: [
    [/\bDATE_PART\(EPOCH_MICROSECOND,\s*/g, 'epoch_us('],
    // COLLATE is a keyword to DuckDB; its VARCHAR comparison is already by code point.
    [/\bCOLLATE\(/g, 'sf_collate('],
    [/\bARRAY_CONSTRUCT\(/g, 'list_value('],
    // A type alias would live in one catalog; the double's tables are in another.
    [/\bTIMESTAMP_NTZ\b/g, 'TIMESTAMP'],
  ],
  databricks: [[/\barray\(/g, 'list_value(']],
};

/** `(a RLIKE b)` as `regexp_matches(a, b)`: the operands run to the enclosing parentheses (the compiler always writes them). */
function rewriteRlike(sql: string): string {
  for (;;) {
    const at = findOutsideQuotes(sql, ' RLIKE ');
    if (at < 0) return sql;
    let open = at;
    for (let depth = 0, i = at - 1; i >= 0; i--) {
      const c = sql[i]!;
      if (c === '"' || c === "'") {
        i = sql.lastIndexOf(c, i - 1);
        continue;
      }
      if (c === ')') depth++;
      if (c === '(' && depth-- === 0) {
        open = i;
        break;
      }
    }
    let close = at;
    for (let depth = 0, i = at + 7; i < sql.length; i++) {
      const c = sql[i]!;
      if (c === '"' || c === "'") {
        i = sql.indexOf(c, i + 1);
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && depth-- === 0) {
        close = i;
        break;
      }
    }
    if (open === at || close === at) throw new Error('RLIKE outside parentheses');
    sql = `${sql.slice(0, open)}regexp_matches(${sql.slice(open + 1, at)}, ${sql.slice(at + 7, close)})${sql.slice(close + 1)}`;
  }
}

function findOutsideQuotes(sql: string, needle: string): number {
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i]!;
    if (c === '"' || c === "'") {
      i = sql.indexOf(c, i + 1);
      continue;
    }
    if (sql.startsWith(needle, i)) return i;
  }
  return -1;
}

export function toDuckdb(vendor: Vendor, sql: string): DuckdbStatement {
  const markers: string[] = [];
  const unquotedAliases = new Set<string>();
  let out = '';
  let plain = '';
  const flush = () => {
    for (const m of plain.matchAll(/\bAS\s+([A-Za-z_][A-Za-z0-9_]*)/g)) unquotedAliases.add(m[1]!);
    for (const [re, to] of PLAIN[vendor]) plain = plain.replace(re, to);
    out += plain;
    plain = '';
  };
  const identQuote = vendor === 'snowflake' ? '"' : '`';
  for (let i = 0; i < sql.length; ) {
    const c = sql[i]!;
    if (c === "'" || c === identQuote) {
      const t = quoted(vendor, sql, i);
      flush();
      out += c === "'" ? duckString(t.text) : duckIdent(t.text);
      i = t.end;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? sql.length : end;
      continue;
    }
    const marker =
      vendor === 'bigquery' ? /^@([A-Za-z_][A-Za-z0-9_]*)/.exec(sql.slice(i, i + 64)) : vendor === 'snowflake' ? /^:(\d+)/.exec(sql.slice(i, i + 16)) : /^:([A-Za-z_][A-Za-z0-9_]*)/.exec(sql.slice(i, i + 64));
    if (marker && !(vendor !== 'bigquery' && sql[i - 1] === ':')) {
      flush();
      markers.push(marker[1]!);
      out += `$${marker[1]}`;
      i += marker[0].length;
      continue;
    }
    plain += c;
    i++;
  }
  flush();
  return { sql: vendor === 'databricks' ? rewriteRlike(out) : out, markers, unquotedAliases };
}

/** The functions each vendor names differently from DuckDB, as temporary macros of the double's DuckDB. */
export const VENDOR_MACROS: Record<Vendor, string[]> = {
  bigquery: [
    'CREATE TYPE FLOAT64 AS DOUBLE',
    'CREATE TEMP MACRO is_nan(x) AS isnan(x)',
    'CREATE TEMP MACRO unix_micros(t) AS epoch_us(t)',
    'CREATE TEMP MACRO regexp_contains(s, p) AS regexp_matches(s, p)',
    // Exact order statistics at each 1/1000: the values BigQuery's sketch approximates.
    `CREATE TEMP MACRO approx_quantiles(x, n) AS CASE WHEN n = 1000 THEN quantile_disc(x, [${Array.from({ length: 1001 }, (_, k) => (k / 1000).toFixed(3)).join(', ')}]) ELSE error('the double answers APPROX_QUANTILES(x, 1000) only') END`,
  ],
  snowflake: ['CREATE TEMP MACRO sf_collate(x, c) AS x', 'CREATE TEMP MACRO regexp_instr(s, p) AS CASE WHEN regexp_matches(s, p) THEN 1 ELSE 0 END'],
  databricks: ['CREATE TEMP MACRO unix_micros(t) AS epoch_us(t)', "CREATE TEMP MACRO unix_date(d) AS (CAST(d AS DATE) - DATE '1970-01-01')", 'CREATE TEMP MACRO percentile(x, q) AS quantile_cont(x, q)'],
};
