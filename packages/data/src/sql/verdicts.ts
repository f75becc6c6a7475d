import { formatNumber } from '@mlship/core';
import type { CheckSpec } from '../checks/config';
import { pass, percent, rangeText, temporalBound, timeRangeText, type CompileContext, type GxResult, type Verdict } from '../checks/rule';
import { mostlyVerdict } from '../checks/rules/values';
import { isTemporalKind, type Cell, type Schema } from '../table';
import type { RowSpec } from './predicates';

/**
 * The verdicts of the row-level checks from the engine's counts, worded as the
 * local rules word them (checks/rules/values.ts, unique.ts). Examples are the
 * most frequent failing values (the local rule keeps the first ones it meets);
 * the partial list holds the first failing rows in the engine's order.
 */
export interface RowCounts {
  rows: number;
  /** Non-missing values of the column: the rows judged. */
  seen: number;
  bad: number;
  examples: { value: Cell; count: number }[];
  partial: Cell[];
}

const mostlyText = (m: number) => (m < 1 ? ` for at least ${formatNumber(m * 100)}% of non-null rows` : '');

const examplesText = (examples: RowCounts['examples']) =>
  examples
    .slice(0, 5)
    .map(({ value, count }) => {
      const v = String(value);
      return `${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}×${count}`;
    })
    .join(', ');

function gxResult(c: RowCounts): GxResult {
  return { element_count: c.rows, missing_count: c.rows - c.seen, unexpected_count: c.bad, unexpected_percent: percent(c.bad, c.seen), partial_unexpected_list: c.partial };
}

export function rowVerdict(spec: RowSpec, c: RowCounts, schema: Schema, where: string): Verdict {
  const { ok, passPct } = mostlyVerdict(c.seen, c.bad, spec.mostly);
  if (spec.type === 'values_between') {
    const kind = schema.fields.find((f) => f.name === spec.column)!.kind;
    const ctx: CompileContext = { schema, where };
    const min = temporalBound(ctx, spec, 'min', kind);
    const max = temporalBound(ctx, spec, 'max', kind);
    const range = isTemporalKind(kind) && (typeof spec.min === 'string' || typeof spec.max === 'string') ? timeRangeText(min, max, spec.strict_min, spec.strict_max) : rangeText(min, max, spec.strict_min, spec.strict_max);
    return {
      result: gxResult(c),
      status: pass(ok),
      observed: `${c.bad} out of range`,
      expected: `${range}${mostlyText(spec.mostly)}`,
      detail: `${c.bad} values out of ${range}${c.bad ? ` (e.g. ${examplesText(c.examples)})` : ''}`,
    };
  }
  if (spec.type === 'values_in_set') {
    return {
      result: gxResult(c),
      status: pass(ok),
      observed: `${formatNumber(passPct)}% allowed`,
      expected: `in {${spec.values.join(', ')}}${mostlyText(spec.mostly)}`,
      detail: c.bad ? `${c.bad} rows not allowed, e.g. ${examplesText(c.examples)}` : 'OK',
    };
  }
  return {
    result: gxResult(c),
    status: pass(ok),
    observed: `${formatNumber(passPct)}% match`,
    expected: `/${spec.pattern}/${mostlyText(spec.mostly)}`,
    detail: c.bad ? `${c.bad} rows do not match, e.g. ${examplesText(c.examples)}` : 'OK',
  };
}

export interface UniqueCounts {
  rows: number;
  keys: number;
  /** Rows whose key occurs more than once (all of them, as GX counts). */
  unexpected: number;
  repeatedKeys: number;
  partial: unknown[];
}

export function uniqueVerdict(spec: Extract<CheckSpec, { type: 'unique' }>, c: UniqueCounts): Verdict {
  const repeats = c.unexpected - c.repeatedKeys;
  const ok = c.keys === 0 || (c.keys - c.unexpected) / c.keys >= spec.mostly;
  return {
    result: { element_count: c.rows, missing_count: c.rows - c.keys, unexpected_count: c.unexpected, unexpected_percent: percent(c.unexpected, c.keys), partial_unexpected_list: c.partial },
    status: pass(ok),
    observed: `${repeats} repeated`,
    expected: spec.mostly < 1 ? `>= ${formatNumber(spec.mostly * 100)}% of rows with a unique key` : 'no repeats',
    detail: repeats
      ? `${c.unexpected} of ${c.keys} rows share their key with another row (${formatNumber(percent(c.unexpected, c.keys))}%; ${repeats} repeat an earlier row)`
      : `${c.keys} keys, all unique`,
  };
}
