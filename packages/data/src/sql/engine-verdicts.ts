import type { CheckSpec } from '../checks/config';
import { PARTIAL_UNEXPECTED, type Verdict } from '../checks/rule';
import type { TableProfile } from '../profile/table';
import type { Cell } from '../table';
import type { Statement } from './dialect';
import type { SqlRow } from './engine';
import type { RowPredicate, RowSpec } from './predicates';
import { failingValuesStatements, repeatedKeysStatement, uniqueStatement } from './statements';
import { rowVerdict, uniqueVerdict, type RowCounts } from './verdicts';

/**
 * The verdicts that need more than the profile: row-level checks (failing rows
 * counted in the profile scan, examples fetched only when some fail), unique
 * checks (a grouping of their own) and the quantiles a check asked for. The
 * whole data and the rows a row_condition selects are judged by the same code.
 */
export type Run = (s: Statement) => Promise<SqlRow[]>;
type Ctx = Parameters<typeof uniqueStatement>[0];
export type QuantileSpec = Extract<CheckSpec, { type: 'quantile_between' }>;

/** A row-level check as the profile scan counts it: the j-th counted check is column b{j} of the scan. */
export interface RowCheck {
  index: number;
  spec: RowSpec;
  predicate: RowPredicate;
}

export async function rowCheckVerdict(run: Run, ctx: Ctx, r: RowCheck, bad: number, profile: TableProfile, where: string): Promise<Verdict> {
  const nulls = profile.columns.find((c) => c.name === r.predicate.field.name)!.nulls;
  const counts: RowCounts = { rows: profile.rows, seen: profile.rows - nulls, bad, examples: [], partial: [] };
  if (bad > 0) {
    const [top, first] = failingValuesStatements(ctx, r.predicate, 10, PARTIAL_UNEXPECTED);
    counts.examples = (await run(top)).map((x) => ({ value: x.value as Cell, count: Number(x.n) }));
    counts.partial = (await run(first)).map((x) => x.value as Cell);
  }
  return rowVerdict(r.spec, counts, ctx.schema, where);
}

export async function uniqueCheckVerdict(run: Run, ctx: Ctx, spec: Extract<CheckSpec, { type: 'unique' }>, rows: number): Promise<Verdict> {
  const rule = spec.columns.length === 1 ? 'any_value_is_missing' : spec.ignore_row_if;
  const [u] = await run(uniqueStatement(ctx, spec.columns, rule));
  const c = { rows, keys: Number(u!.keys), unexpected: Number(u!.unexpected), repeatedKeys: Number(u!.repeated_keys), partial: [] as unknown[] };
  if (c.unexpected > 0) {
    for (const k of await run(repeatedKeysStatement(ctx, spec.columns, rule, PARTIAL_UNEXPECTED))) {
      const key = spec.columns.length === 1 ? k.k0 : Object.fromEntries(spec.columns.map((name, j) => [name, k[`k${j}`] ?? null]));
      for (let n = Number(k.n); n > 0 && c.partial.length < PARTIAL_UNEXPECTED; n--) c.partial.push(key);
    }
  }
  return uniqueVerdict(spec, c);
}

/** The quantile checks' values from the profile scan (column q{j} for the j-th), by column then quantile. */
export function quantilesOf(agg: SqlRow, specs: QuantileSpec[]): Map<string, Map<number, number>> {
  const quantiles = new Map<string, Map<number, number>>();
  specs.forEach((q, j) => {
    const m = quantiles.get(q.column) ?? new Map<number, number>();
    if (agg[`q${j}`] !== null) m.set(q.quantile, Number(agg[`q${j}`]));
    quantiles.set(q.column, m);
  });
  return quantiles;
}
