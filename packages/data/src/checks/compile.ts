import { UserError } from '@mlship/core';
import type { Schema } from '../table';
import type { CheckSpec } from './config';
import { onRowsWhere } from './conditional';
import { compileRowCondition } from './row-condition';
import { checkId, type CompileContext, type Rule, type RuleFactory } from './rule';
import { drift } from './rules/drift';
import { dateutilParseable, jsonParseable, jsonSchema, likePattern, likePatternList, notLikePattern, notLikePatternList, strftimeFormat, typeList } from './rules/formats';
import { leakage } from './rules/leakage';
import { classBalance, maxBetween, meanBetween, minBetween, quantileBetween, stdBetween } from './rules/stats';
import { isNull, notRegex, notRegexList, regexList, valueLengths, valuesNotInSet } from './rules/text';
import { columnCount, columnExists, columns, duplicates, freshness, nullPercent, rowCount } from './rules/table';
import { unique } from './rules/unique';
import { distinctCountBetween, distinctProportionBetween, mostCommonInSet, sumBetween } from './rules/aggregates';
import { klDivergence } from './rules/kl-divergence';
import { monotonic } from './rules/order';
import { zScoresBelow } from './rules/z-scores';
import { multicolumnSum, pairEqual, pairGreater, pairInSet, uniqueWithinRecord } from './rules/multicolumn';
import { columnType, distinctValuesContainSet, distinctValuesEqualSet, distinctValuesInSet, notNull, regex, valuesBetween, valuesInSet } from './rules/values';
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
  distinct_values_contain_set: distinctValuesContainSet,
  distinct_values_equal_set: distinctValuesEqualSet,
  class_balance: classBalance,
  duplicates,
  column_type: columnType,
  unique,
  pair_equal: pairEqual,
  pair_greater: pairGreater,
  pair_in_set: pairInSet,
  multicolumn_sum: multicolumnSum,
  unique_within_record: uniqueWithinRecord,
  regex,
  column_exists: columnExists,
  column_count: columnCount,
  is_null: isNull,
  values_not_in_set: valuesNotInSet,
  not_regex: notRegex,
  regex_list: regexList,
  not_regex_list: notRegexList,
  type_list: typeList,
  strftime_format: strftimeFormat,
  dateutil_parseable: dateutilParseable,
  json_parseable: jsonParseable,
  json_schema: jsonSchema,
  like_pattern: likePattern,
  not_like_pattern: notLikePattern,
  like_pattern_list: likePatternList,
  not_like_pattern_list: notLikePatternList,
  value_lengths: valueLengths,
  min_between: minBetween,
  max_between: maxBetween,
  mean_between: meanBetween,
  std_between: stdBetween,
  quantile_between: quantileBetween,
  sum_between: sumBetween,
  distinct_count_between: distinctCountBetween,
  distinct_proportion_between: distinctProportionBetween,
  most_common_in_set: mostCommonInSet,
  z_scores_below: zScoresBelow,
  monotonic,
  kl_divergence: klDivergence,
  freshness,
  drift,
  leakage,
};

export interface CompileInputs {
  schema: Schema;
  source: string;
  reference?: Dataset;
  testData?: Dataset;
  /** Whether a rule sees only the rows its row_condition selects (the local reader); a SQL engine selects them itself and passes false. */
  filterRows?: boolean;
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
    let rule = factory(spec as never, ctx);
    if (!rule) throw new UserError(`unsupported check type ${spec.type}`, { where: ctx.where });
    if ('row_condition' in spec && spec.row_condition) {
      const predicate = compileRowCondition(spec.row_condition, spec.condition_parser ?? 'pandas', inputs.schema, ctx.where);
      if (inputs.filterRows !== false) rule = onRowsWhere(rule, inputs.schema, predicate, spec.row_condition);
    }
    const id = checkId(spec);
    return { ...rule, spec, id, title: spec.title ?? rule.title ?? id };
  });
}
