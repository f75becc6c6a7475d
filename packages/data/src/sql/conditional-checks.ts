import type { CheckSpec } from '../checks/config';
import { whereVerdict } from '../checks/conditional';
import type { Results, Rule, Verdict } from '../checks/rule';
import type { TableProfiler } from '../profile/table';
import type { Schema } from '../table';
import { isCounted } from './columns';
import { compileCondition, whereSource, type SqlCondition } from './conditions';
import type { Dialect } from './dialect';
import { quantilesOf, rowCheckVerdict, uniqueCheckVerdict, type QuantileSpec, type RowCheck, type Run } from './engine-verdicts';
import { EngineDistributions, profileFrom } from './profile';
import type { SqlSource } from './source';
import { profileStatement } from './statements';

/** The row_condition of a check, if it has one. */
export const conditionOf = (spec: CheckSpec): string | undefined => ('row_condition' in spec && spec.row_condition ? spec.row_condition : undefined);

/** The checks that share one row_condition: judged together on the rows it selects. */
export interface ConditionGroup {
  text: string;
  condition: SqlCondition;
  /** Indices into the check list. */
  checks: number[];
}

/** Compiles each distinct row_condition once (refusing, before any statement runs, what the engine cannot compute alike). */
export function conditionGroups(specs: CheckSpec[], schema: Schema, d: Dialect, configSource: string): ConditionGroup[] {
  const groups = new Map<string, ConditionGroup>();
  specs.forEach((spec, i) => {
    const text = conditionOf(spec);
    if (!text) return;
    const parser = ('condition_parser' in spec && spec.condition_parser) || 'pandas';
    const key = `${parser}\n${text}`;
    const group = groups.get(key) ?? { text, condition: compileCondition(text, parser, schema, d, `${configSource}: checks[${i}] (${spec.type})`), checks: [] };
    group.checks.push(i);
    groups.set(key, group);
  });
  return [...groups.values()];
}

export interface GroupInputs {
  run: Run;
  d: Dialect;
  source: SqlSource;
  schema: Schema;
  specs: CheckSpec[];
  rules: Rule[];
  /** Every row-level check, compiled (and refused) with the others. */
  rowChecks: RowCheck[];
  results: Pick<Results, 'files' | 'now'>;
  configSource: string;
  /**
   * The table is past the exact-row limit: a condition's rows are estimated
   * as the whole table's are (a condition may keep most of the rows, and its
   * size is not known before its scan).
   */
  large: boolean;
}

/**
 * Judges one condition's checks as the local reader does (checks/conditional.ts):
 * on a profile of the selected rows alone, worded "… where <condition>". One
 * scan of those rows profiles only the columns the checks read and counts the
 * row-level checks' failing rows; unique checks and failing examples are
 * statements on the same rows.
 */
export async function judgeWhere(group: ConditionGroup, x: GroupInputs): Promise<Map<number, Verdict>> {
  const run: Run = (s) => x.run({ ...s, purpose: `${s.purpose} where ${group.text}` });
  const specs = group.checks.map((i) => x.specs[i]!);
  const read = new Set(specs.flatMap((s) => ('column' in s && s.column ? [s.column] : s.type === 'unique' ? s.columns : [])));
  const schema: Schema = { fields: x.schema.fields.filter((f) => read.has(f.name)) };
  const ctx = { d: x.d, source: whereSource(x.source, group.condition, group.text), schema };
  const quantileSpecs = specs.filter((s): s is QuantileSpec => s.type === 'quantile_between');
  const rowChecks = x.rowChecks.filter((r) => group.checks.includes(r.index));

  const { large } = x;
  const [agg] = await run(profileStatement(ctx, quantileSpecs, rowChecks.map((r) => r.predicate), large));
  // No check with a condition reads duplicate rows or value counts (duplicates and class_balance take none).
  const approx = large ? { uncounted: new Set(schema.fields.flatMap((f, i) => (isCounted(f) ? [i] : []))) } : undefined;
  const profile = profileFrom(schema, agg!, [], Number(agg!.rows), approx);
  const distributions = new EngineDistributions(profile, quantilesOf(agg!, quantileSpecs), new Map(), !large);
  const results: Results = { ...x.results, profile, profiler: distributions as unknown as TableProfiler };

  const verdicts = new Map<number, Verdict>();
  for (const i of group.checks) {
    const spec = x.specs[i]!;
    const j = rowChecks.findIndex((r) => r.index === i);
    const v =
      j >= 0
        ? await rowCheckVerdict(run, ctx, rowChecks[j]!, Number(agg![`b${j}`]), profile, `${x.configSource}: checks[${i}]`)
        : spec.type === 'unique'
          ? await uniqueCheckVerdict(run, ctx, spec, profile.rows)
          : (x.rules[i]!.evaluate(results) as Verdict);
    verdicts.set(i, whereVerdict(v, group.text, profile.rows));
  }
  return verdicts;
}
