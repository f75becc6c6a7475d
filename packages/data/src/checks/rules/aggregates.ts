import { UserError, formatNumber } from '@mlship/core';
import { isMissing, isNumericKind, type Cell } from '../../table';
import { requireBound, field, pass, rangeText, within, type CompileContext, type RuleFactory } from '../rule';
import { cellKey } from './values';
import { FloatValues, npSum } from './float-values';

/**
 * Column aggregates GX computes exactly: the sum (in numpy's order), distinct
 * counts and the mode. The profile's distinct count turns approximate past
 * 100,000 values and its moments are not numpy's sum, so these checks keep
 * their own exact state for the one column they name.
 */

/** Every non-null value with its count, for exact distinct counts and modes. */
export function valueCounts(ctx: CompileContext, column: string) {
  const { index } = field(ctx, column);
  const counts = new Map<Cell, number>();
  const state = { nonNull: 0, counts };
  return {
    state,
    observe(batch: { columns: ArrayLike<Cell>[]; numRows: number }) {
      const col = batch.columns[index]!;
      for (let i = 0; i < batch.numRows; i++) {
        const v = col[i]!;
        if (isMissing(v)) continue;
        state.nonNull++;
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
    },
  };
}

/** pandas' sort order for a mode list: numbers by value, text by code point. */
function compareCells(a: Cell, b: Cell): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return codePointCompare(cellKey(a), cellKey(b));
}

function codePointCompare(x: string, y: string): number {
  const a = [...x];
  const b = [...y];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a[i]!.codePointAt(0)! - b[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export const sumBetween: RuleFactory<'sum_between'> = (spec, ctx) => {
  const { field: f, index } = field(ctx, spec.column);
  if (!isNumericKind(f.kind) && f.kind !== 'bool') throw new UserError(`column: "${spec.column}" is ${f.kind}, sum_between needs a numeric column`, { where: ctx.where });
  requireBound(ctx, spec.min, spec.max);
  const range = rangeText(spec.min, spec.max, spec.strict_min, spec.strict_max);
  // numpy's pairwise order depends on the count, known only at the end, so the values are kept.
  const values = new FloatValues();
  return {
    title: `Sum: ${spec.column}`,
    observe(batch) {
      const col = batch.columns[index]!;
      for (let i = 0; i < batch.numRows; i++) {
        const v = col[i]!;
        if (isMissing(v)) continue;
        values.push(typeof v === 'boolean' ? Number(v) : (v as number));
      }
    },
    evaluate: () => {
      const sum = npSum(values.values);
      return { result: { observed_value: sum }, status: pass(within(sum, spec.min, spec.max, spec.strict_min, spec.strict_max)), observed: sum, expected: range, detail: `sum(${spec.column}) = ${formatNumber(sum)} over ${values.length} values` };
    },
  };
};

function distinctBetween(proportion: boolean): RuleFactory<'distinct_count_between' | 'distinct_proportion_between'> {
  return (spec, ctx) => {
    requireBound(ctx, spec.min, spec.max);
    const c = valueCounts(ctx, spec.column);
    const range = rangeText(spec.min, spec.max, spec.strict_min, spec.strict_max);
    return {
      title: `${proportion ? 'Distinct share' : 'Distinct values'}: ${spec.column}`,
      observe: c.observe,
      evaluate: () => {
        const distinct = c.state.counts.size;
        const v = proportion ? (c.state.nonNull === 0 ? 0 : distinct / c.state.nonNull) : distinct;
        return {
          result: { observed_value: v },
          status: pass(within(v, spec.min, spec.max, spec.strict_min, spec.strict_max)),
          observed: v,
          expected: range,
          detail: `${distinct} distinct of ${c.state.nonNull} non-null values`,
        };
      },
    };
  };
}

export const distinctCountBetween = distinctBetween(false) as RuleFactory<'distinct_count_between'>;
export const distinctProportionBetween = distinctBetween(true) as RuleFactory<'distinct_proportion_between'>;

/** GX's mode: every value tied for the highest count, sorted; a tie passes only with ties_okay. */
export const mostCommonInSet: RuleFactory<'most_common_in_set'> = (spec, ctx) => {
  const c = valueCounts(ctx, spec.column);
  const wanted = new Set(spec.values.map(cellKey));
  const expected = `{${spec.values.join(', ')}}${spec.ties_okay ? ', ties okay' : ''}`;
  return {
    title: `Most common value: ${spec.column}`,
    observe: c.observe,
    evaluate: () => {
      let top = 0;
      for (const n of c.state.counts.values()) top = Math.max(top, n);
      const mode = [...c.state.counts].filter(([, n]) => n === top).map(([v]) => v).sort(compareCells);
      const hits = new Set(mode.map(cellKey).filter((k) => wanted.has(k))).size;
      const ok = spec.ties_okay ? hits > 0 : mode.length === 1 && hits === 1;
      const shown = mode.slice(0, 10).map((v) => JSON.stringify(v)).join(', ') + (mode.length > 10 ? ', …' : '');
      return {
        result: { observed_value: mode },
        status: pass(ok),
        observed: mode.length === 0 ? 'no values' : shown,
        expected,
        detail: mode.length === 0 ? `${spec.column} has no non-null values` : `${mode.length > 1 ? `${mode.length} values tie` : 'most common'} with ${top} of ${c.state.nonNull} rows`,
      };
    },
  };
};
