import { UserError, formatNumber } from '@mlship/core';
import { isNumericKind, isTemporalKind } from '../../table';
import { field, pass, type RuleFactory } from '../rule';
import { mostlyVerdict, rowCounter, rowResult } from './values';

/**
 * GX expect_column_values_to_be_increasing / _decreasing: pandas' `diff()` over
 * the non-null values, so each value is compared with the previous non-null
 * one in reading order. The first value has no difference and passes, as does
 * a difference that is not a number (inf - inf), which GX fills with a passing one.
 */
export const monotonic: RuleFactory<'monotonic'> = (spec, ctx) => {
  const { field: f } = field(ctx, spec.column);
  if (!isNumericKind(f.kind) && !isTemporalKind(f.kind)) {
    throw new UserError(`column: "${spec.column}" is ${f.kind}, monotonic needs a numeric, date or timestamp column`, {
      where: ctx.where,
      hint: 'Declare the column as timestamp or date under read.csv.types if it holds dates as text.',
    });
  }
  const up = spec.direction === 'increasing';
  const ok = (d: number) => (up ? (spec.strictly ? d > 0 : d >= 0) : spec.strictly ? d < 0 : d <= 0);
  let previous: number | undefined;
  const c = rowCounter(ctx, spec.column, (v) => {
    const x = v as number;
    const d = previous === undefined ? NaN : x - previous;
    previous = x;
    return Number.isNaN(d) || ok(d);
  });
  const expected = `${spec.strictly ? 'strictly ' : ''}${spec.direction}${spec.mostly < 1 ? ` for at least ${formatNumber(spec.mostly * 100)}% of non-null rows` : ''}`;
  return {
    title: `${up ? 'Increasing' : 'Decreasing'}: ${spec.column}`,
    observe: c.observe,
    evaluate: (results) => ({
      result: rowResult(results, c.state),
      status: pass(mostlyVerdict(c.state.seen, c.state.bad, spec.mostly).ok),
      observed: `${c.state.bad} out of order`,
      expected,
      detail: c.state.bad ? `${c.state.bad} of ${c.state.seen} values break the order, e.g. ${c.state.partial.slice(0, 5).map((v) => JSON.stringify(v)).join(', ')}` : 'OK',
    }),
  };
};
