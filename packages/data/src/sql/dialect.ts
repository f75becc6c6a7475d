import type { ColumnKind } from '../table';

/** A value bound to a statement; never pasted into its text. */
export type SqlValue = number | string | boolean;

/** The SQL type a bound value is read as (each dialect spells it). */
export type SqlType = 'double' | 'text' | 'boolean';

/**
 * What differs between SQL engines, and nothing else: the compiler writes every
 * statement through these, so a new engine (BigQuery, Snowflake, Databricks,
 * Trino) is one object here plus its driver. Identifiers are only ever quoted,
 * values only ever bound: nothing from a config or the data reaches the text.
 */
export interface Dialect {
  readonly engine: string;
  /** An identifier, quoted so that any name (quotes, semicolons, keywords) stays one identifier. */
  quote(name: string): string;
  /** The i-th (1-based) bound value, read as `type`. */
  placeholder(i: number, type: SqlType): string;
  /**
   * Where the protocol has no placeholders (ClickHouse's HTTP interface on 18.x),
   * the statement with its `count` bound values declared in front of it.
   */
  declare?(sql: string, count: number): string;
  /** A condition that is never true, where the engine has no FALSE (ClickHouse before 21.x). */
  readonly falseLiteral?: string;
  cast(expr: string, type: 'double' | 'text' | 'int'): string;
  /** Floating NaN read as missing, as pandas (and the local reader) does. */
  nanToNull(expr: string): string;
  /** Milliseconds since the Unix epoch, UTC, as a double: how dates and timestamps are profiled. */
  epochMs(expr: string, kind: 'timestamp' | 'date'): string;
  /** Text ordered by code point (Python's order), whatever the database's collation. */
  codePointOrder(expr: string): string;
  /** Length in code points. */
  charLength(expr: string): string;
  /** Whether the text contains a match of the pattern (the engine's own regex function). */
  regexContains(text: string, pattern: string): string;
  /** The quantile `q` (an expression) with linear interpolation between order statistics (pandas' default). */
  quantile(expr: string, q: string): string;
  /** Several quantiles at once, as an array (one sort for all of them). */
  quantiles(expr: string, qs: string[]): string;
  /** Whether GROUP BY GROUPING SETS is available (one scan for every column's value counts). */
  readonly groupingSets: boolean;
  /** False where the engine has no window functions (ClickHouse 18.x): cumulative counts are then summed over sorted arrays. */
  readonly windowFunctions?: boolean;
  /** The largest number of arguments GROUPING() takes. */
  readonly groupingWidth: number;
  /**
   * The grouping bit mask of `exprs` (the first one the highest bit), where
   * the engine does not spell it GROUPING(a, b, …): Spark's grouping_id(), or
   * BigQuery's one-argument GROUPING() summed.
   */
  grouping?(exprs: string[]): string;
  /** Words the engine reserves that the compiler uses as output names (rows, groups): quoted there. */
  readonly reservedAliases?: readonly string[];
  /** The column kind of one of the engine's type names. */
  kindOf(typeName: string): ColumnKind;
  /** For the README and the report: which regex flavour, which quantile algorithm. */
  readonly notes: { regex: string; quantiles: string };
  /**
   * Forms for data too large for exact statistics in the engine's memory
   * (DuckDB's exact quantiles and DISTINCT keep every value, and past its
   * memory_limit they fail; ClickHouse's exact quantiles hold every value on
   * the server that received the query): an approximate distinct count,
   * approximate quantiles, and one hash per row for the duplicate count.
   */
  readonly approximate?: {
    distinct(expr: string): string;
    quantile(expr: string, q: string): string;
    quantiles(expr: string, qs: string[]): string;
    rowHash(exprs: string[]): string;
    /** For the report, in place of notes.quantiles. */
    note: string;
  };
}

/** Collects the values a statement binds and hands out their placeholders. */
export class Bindings {
  readonly values: SqlValue[] = [];
  constructor(private readonly dialect: Dialect) {}

  bind(value: SqlValue, type: SqlType): string {
    this.values.push(value);
    return this.dialect.placeholder(this.values.length, type);
  }
}

/** A statement with its bound values, and what it is for (shown in the report next to its text). */
export interface Statement {
  purpose: string;
  sql: string;
  params: SqlValue[];
}

/** A statement whose text `build` writes with one set of bindings, its values declared in front where the dialect needs that. */
export function boundStatement(d: Dialect, purpose: string, build: (b: Bindings) => string): Statement {
  const b = new Bindings(d);
  const sql = build(b);
  return { purpose, sql: d.declare ? d.declare(sql, b.values.length) : sql, params: b.values };
}
