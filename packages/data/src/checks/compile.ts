import { UserError } from '@mlship/core';
import type { Schema } from '../table';
import type { CheckSpec } from './config';
import { checkId, type CompileContext, type Rule, type RuleFactory } from './rule';
import { drift } from './rules/drift';
import { leakage } from './rules/leakage';
import { classBalance, meanBetween, quantileBetween, stdBetween } from './rules/stats';
import { columns, duplicates, freshness, nullPercent, rowCount } from './rules/table';
import { unique } from './rules/unique';
import { columnType, distinctValuesInSet, notNull, regex, valuesBetween, valuesInSet } from './rules/values';
import type { Dataset } from '../table';

type Factories = { [T in CheckSpec['type']]: RuleFactory<T> };

const factories: Factories = {
  row_count: rowCount,
  columns,
  not_null: notNull,
  null_percent: nullPercent,
  values_between: valuesBetween,
  distinct_values_in_set: distinctValuesInSet,
  values_in_set: valuesInSet,
  class_balance: classBalance,
  duplicates,
  column_type: columnType,
  unique,
  regex,
  mean_between: meanBetween,
  std_between: stdBetween,
  quantile_between: quantileBetween,
  freshness,
  drift,
  leakage,
};

export interface CompileInputs {
  schema: Schema;
  source: string;
  reference?: Dataset;
  testData?: Dataset;
}

/** Turns specs into rules, checking every column name and type against the data before any row is read. */
export function compileChecks(specs: CheckSpec[], inputs: CompileInputs): Rule[] {
  return specs.map((spec, i) => {
    const ctx: CompileContext = {
      schema: inputs.schema,
      where: `${inputs.source}: checks[${i}] (${spec.type})`,
      reference: inputs.reference,
      testData: inputs.testData,
    };
    const factory = factories[spec.type] as RuleFactory<CheckSpec['type']>;
    const rule = factory(spec as never, ctx);
    if (!rule) throw new UserError(`unsupported check type ${spec.type}`, { where: ctx.where });
    const id = checkId(spec);
    return { ...rule, spec, id, title: spec.title ?? rule.title ?? id };
  });
}
