import { PROFILE_QUANTILES } from '../profile/column';
import type { RowIgnore } from '../checks/rules/ignore-rows';
import { MAX_CATEGORIES } from '../profile/frequencies';
import type { Field, Schema } from '../table';
import { isCounted, isMeasured, orderExpr, valueExpr } from './columns';
import { boundStatement, type Bindings, type Dialect, type Statement } from './dialect';
import type { RowPredicate } from './predicates';
import type { SqlSource } from './source';

/** A number the compiler itself chose (a LIMIT, a GROUPING() mask), written as an integer literal: config and data values are always bound instead. */
const int = (n: number): string => {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
};

/** Top values shown per column (the local profile's 5, plus one for the missing group). */
export const TOP = 5;

/** An output name the compiler chose, quoted where the engine reserves the word. */
const word = (d: Dialect, name: string): string => (d.reservedAliases?.includes(name) ? d.quote(name) : name);

interface Ctx {
  d: Dialect;
  source: SqlSource;
  schema: Schema;
}

/** A statement whose text and values come from one set of bindings, FROM first. */
function statement(ctx: Ctx, purpose: string, build: (b: Bindings, from: string) => string): Statement {
  return boundStatement(ctx.d, purpose, (b) => build(b, ctx.source.from(b, ctx.d)));
}

/**
 * The one aggregate scan: row count, and per column the non-missing count,
 * extremes, mean, sample std, profile quantiles (text: extremes by code point
 * and lengths), plus each quantile check's quantile and each row-level
 * check's failing rows.
 */
export function profileStatement(ctx: Ctx, quantiles: { column: string; quantile: number }[], rowChecks: RowPredicate[], large = false): Statement {
  const { d, schema } = ctx;
  const approx = large ? d.approximate : undefined;
  return statement(ctx, 'profile and row-level checks (one scan)', (b, from) => {
    const select = [`count(*) AS ${word(d, 'rows')}`];
    schema.fields.forEach((f, i) => {
      const v = valueExpr(d, f);
      select.push(`count(${v}) AS c${i}`);
      if (isMeasured(f)) {
        select.push(`min(${v}) AS mn${i}`, `max(${v}) AS mx${i}`, `avg(${v}) AS av${i}`, `stddev_samp(${v}) AS sd${i}`);
        select.push(`${(approx ?? d).quantiles(v, PROFILE_QUANTILES.map((q) => b.bind(q, 'double')))} AS qs${i}`);
      } else if (f.kind === 'bool') {
        const n = d.cast(d.cast(v, 'int'), 'double');
        select.push(`avg(${n}) AS av${i}`, `stddev_samp(${n}) AS sd${i}`);
      } else if (f.kind === 'string') {
        select.push(`min(${d.codePointOrder(v)}) AS mn${i}`, `max(${d.codePointOrder(v)}) AS mx${i}`, `min(${d.charLength(v)}) AS ln${i}`, `max(${d.charLength(v)}) AS lx${i}`);
      }
      if (!isCounted(f)) select.push(`${approx ? approx.distinct(v) : `count(DISTINCT ${v})`} AS dd${i}`);
      else if (approx) select.push(`${approx.distinct(v)} AS ad${i}`);
    });
    quantiles.forEach((q, j) => {
      const f = schema.fields.find((x) => x.name === q.column)!;
      select.push(`${(approx ?? d).quantile(valueExpr(d, f), b.bind(q.quantile, 'double'))} AS q${j}`);
    });
    rowChecks.forEach((r, j) => select.push(`count(CASE WHEN ${r.failing(b)} THEN 1 END) AS b${j}`));
    return `SELECT\n  ${select.join(',\n  ')}\nFROM ${from}`;
  });
}

/** One value-count row: which column (its index in the schema), the value (null for the missing group), its count, and the column's number of groups. */
export interface FrequencyRow {
  column: number;
  value: unknown;
  n: number;
  groups: number;
}

/**
 * Value counts for up to `groupingWidth` columns in one scan (GROUPING SETS):
 * the top values of each, every value of a class_balance column (up to one
 * past the local profiler's limit, so "too many classes" is decided alike),
 * and each column's number of distinct values.
 */
export function frequencyStatement(ctx: Ctx, columns: number[], classColumns: Set<number>): Statement {
  const { d, schema } = ctx;
  if (!d.groupingSets) {
    if (columns.length !== 1) throw new Error(`engine ${d.engine} counts one column's values per statement, not ${columns.length}`);
    return valueCountStatement(ctx, columns[0]!, classColumns.has(columns[0]!));
  }
  const fields = columns.map((i) => schema.fields[i]!);
  const k = fields.length;
  const alias = (j: number) => `f${j}`;
  return statement(ctx, `value counts of ${fields.map((f) => f.name).join(', ')} (one scan)`, (_b, from) => {
    const inner = fields.map((f, j) => `${valueExpr(d, f)} AS ${alias(j)}`).join(', ');
    const sets = fields.map((_, j) => `(${alias(j)})`).join(', ');
    const order = fields.map((f, j) => orderExpr(d, f, alias(j))).join(', ');
    const all = (1 << k) - 1;
    // GROUPING() sets the bit of every column a row is not grouped by: the set of column j leaves only j's bit clear.
    const masks = fields.map((_, j) => all - (1 << (k - 1 - j)));
    const limit = (j: number) => (classColumns.has(columns[j]!) ? MAX_CATEGORIES + 2 : TOP + 1);
    const cases = fields.map((_, j) => `WHEN ${int(masks[j]!)} THEN ${int(limit(j))}`).join(' ');
    return [
      `SELECT g, ${fields.map((_, j) => alias(j)).join(', ')}, n, ${word(d, 'groups')} FROM (`,
      `  SELECT g, ${fields.map((_, j) => alias(j)).join(', ')}, n,`,
      `    row_number() OVER (PARTITION BY g ORDER BY n DESC, ${order}) AS rn,`,
      `    count(*) OVER (PARTITION BY g) AS ${word(d, 'groups')}`,
      `  FROM (`,
      `    SELECT ${d.grouping ? d.grouping(fields.map((_, j) => alias(j))) : `GROUPING(${fields.map((_, j) => alias(j)).join(', ')})`} AS g, ${fields.map((_, j) => alias(j)).join(', ')}, count(*) AS n`,
      `    FROM (SELECT ${inner} FROM ${from}) AS v`,
      `    GROUP BY GROUPING SETS (${sets})`,
      `  ) AS counted`,
      `) AS ranked`,
      `WHERE rn <= CASE g ${cases} END`,
    ].join('\n');
  });
}

/**
 * One column's value counts where the engine has neither GROUPING SETS nor
 * window functions (ClickHouse 18.x): grouped where the data lives (the
 * expression itself in GROUP BY, so a distributed engine groups on each shard),
 * the first values by count then value, and the number of groups (the missing
 * one included, as with GROUPING SETS) from a second grouping in a scalar subquery.
 */
export function valueCountStatement(ctx: Ctx, column: number, isClass: boolean): Statement {
  const { d, schema } = ctx;
  const f = schema.fields[column]!;
  const v = valueExpr(d, f);
  const limit = isClass ? MAX_CATEGORIES + 2 : TOP + 1;
  return statement(ctx, `value counts of ${f.name} (one scan, and one for the number of values)`, (_b, from) =>
    [
      `SELECT ${v} AS f0, count(*) AS n, (SELECT count(*) FROM (SELECT ${v} AS f0 FROM ${from} GROUP BY ${v}) AS d) AS ${word(d, 'groups')}`,
      `FROM ${from}`,
      `GROUP BY ${v}`,
      `ORDER BY n DESC, ${orderExpr(d, f, 'f0')}`,
      `LIMIT ${int(limit)}`,
    ].join('\n'),
  );
}

/** How many rows the data has, which decides between exact and estimated statistics (run.ts). */
export function rowCountStatement(ctx: Ctx): Statement {
  return statement(ctx, 'row count (exact or estimated statistics)', (_b, from) => `SELECT count(*) AS ${word(ctx.d, 'rows')} FROM ${from}`);
}

/** Decodes frequencyStatement's rows: the set a row belongs to from its GROUPING() mask (a single column's own statement has none). */
export function frequencyRows(rows: Record<string, unknown>[], columns: number[]): FrequencyRow[] {
  const k = columns.length;
  const all = (1 << k) - 1;
  return rows.map((r) => {
    const j = r.g === undefined && k === 1 ? 0 : columns.findIndex((_, x) => Number(r.g) === all - (1 << (k - 1 - x)));
    return { column: columns[j]!, value: r[`f${j}`] ?? null, n: Number(r.n), groups: Number(r.groups) };
  });
}

/** Distinct rows, missing equal to missing (pandas' duplicated()): duplicates are the rows minus these. */
export function duplicatesStatement(ctx: Ctx, large = false): Statement {
  const { d, schema } = ctx;
  if (large && d.approximate) {
    const hash = d.approximate.rowHash(schema.fields.map((f) => valueExpr(d, f)));
    return statement(ctx, 'duplicate rows by a hash of each row (one scan)', (_b, from) => `SELECT count(DISTINCT ${hash}) AS distinct_rows FROM ${from}`);
  }
  return statement(ctx, 'duplicate rows (one scan)', (_b, from) => `SELECT count(*) AS distinct_rows FROM (SELECT DISTINCT ${schema.fields.map((f) => valueExpr(d, f)).join(', ')} FROM ${from}) AS d`);
}

function ignoredRow(d: Dialect, fields: Field[], rule: RowIgnore): string {
  const missing = fields.map((f) => `${valueExpr(d, f)} IS NULL`);
  if (rule === 'never') return d.falseLiteral ?? 'FALSE';
  return `(${missing.join(rule === 'all_values_are_missing' ? ' AND ' : ' OR ')})`;
}

/** A unique check's key groups: keys judged, rows of repeated keys, and how many keys repeat. */
export function uniqueStatement(ctx: Ctx, columns: string[], rule: RowIgnore): Statement {
  const { d, schema } = ctx;
  const fields = columns.map((c) => schema.fields.find((f) => f.name === c)!);
  return statement(ctx, `unique ${columns.join(' + ')} (one scan)`, (_b, from) =>
    [
      'SELECT COALESCE(sum(n), 0) AS keys, COALESCE(sum(CASE WHEN n > 1 THEN n ELSE 0 END), 0) AS unexpected, count(CASE WHEN n > 1 THEN 1 END) AS repeated_keys',
      `FROM (SELECT count(*) AS n FROM ${from} WHERE NOT ${ignoredRow(d, fields, rule)} GROUP BY ${fields.map((f) => valueExpr(d, f)).join(', ')}) AS k`,
    ].join('\n'),
  );
}

/** The first repeated keys (by value) with their counts, for the partial list of a failed unique check. */
export function repeatedKeysStatement(ctx: Ctx, columns: string[], rule: RowIgnore, limit: number): Statement {
  const { d, schema } = ctx;
  const fields = columns.map((c) => schema.fields.find((f) => f.name === c)!);
  const keys = fields.map((f, j) => `${valueExpr(d, f)} AS k${j}`).join(', ');
  const order = fields.map((f, j) => orderExpr(d, f, `k${j}`)).join(', ');
  return statement(ctx, `repeated keys of ${columns.join(' + ')}`, (_b, from) =>
    `SELECT * FROM (SELECT ${keys}, count(*) AS n FROM ${from} WHERE NOT ${ignoredRow(d, fields, rule)} GROUP BY ${fields.map((_, j) => `k${j}`).join(', ')}) AS k WHERE n > 1 ORDER BY ${order} LIMIT ${int(limit)}`,
  );
}

/** A failed row-level check's most frequent failing values (for its detail) and its first failing rows in the engine's order (GX's partial list). */
export function failingValuesStatements(ctx: Ctx, r: RowPredicate, examples: number, partial: number): [Statement, Statement] {
  const { d } = ctx;
  const top = statement(ctx, `failing values of ${r.field.name}`, (b, from) => {
    const failing = r.failing(b);
    return `SELECT ${r.value} AS value, count(*) AS n FROM ${from} WHERE ${failing} GROUP BY ${r.value} ORDER BY n DESC, ${orderExpr(d, r.field, r.value)} LIMIT ${int(examples)}`;
  });
  const first = statement(ctx, `first failing rows of ${r.field.name}`, (b, from) => {
    const failing = r.failing(b);
    return `SELECT ${r.value} AS value FROM ${from} WHERE ${failing} LIMIT ${int(partial)}`;
  });
  return [top, first];
}
