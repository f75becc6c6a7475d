import { UserError, formatNumber } from '@mlship/core';
import { isNumericKind, isTemporalKind } from '../../table';
import { compareCodePoints } from './python-values';
import { requireBound, columnProfile, field, pass, rangeText, temporalBound, timeRangeText, within, type CompileContext, type RuleFactory } from '../rule';

/** Bool counts as numeric for mean/std (share of true, as pandas) but not for quantiles, which pandas refuses too. */
function numericColumn(ctx: CompileContext, name: string, what: string, allowBool = true) {
  const { field: f } = field(ctx, name);
  if (!isNumericKind(f.kind) && !(allowBool && f.kind === 'bool')) {
    throw new UserError(`column: "${name}" is ${f.kind}, ${what} needs a numeric column`, { where: ctx.where });
  }
}

function statBetween(stat: 'mean' | 'std', label: string): RuleFactory<'mean_between' | 'std_between'> {
  return (spec, ctx) => {
    numericColumn(ctx, spec.column, `${stat}_between`);
    const range = rangeText(spec.min, spec.max, spec.strict_min, spec.strict_max);
    return {
      title: `${label}: ${spec.column}`,
      evaluate: (results) => {
        const v = columnProfile(results, spec.column)[stat];
        if (v === undefined || !Number.isFinite(v)) {
          return { status: 'fail', observed: 'undefined', expected: range, detail: `${spec.column} has too few non-null values for a ${stat}` };
        }
        return { result: { observed_value: v }, status: pass(within(v, spec.min, spec.max, spec.strict_min, spec.strict_max)), observed: v, expected: range, detail: `${stat}(${spec.column}) = ${formatNumber(v)}` };
      },
    };
  };
}

export const meanBetween = statBetween('mean', 'Mean') as RuleFactory<'mean_between'>;
export const stdBetween = statBetween('std', 'Std dev') as RuleFactory<'std_between'>;

export const quantileBetween: RuleFactory<'quantile_between'> = (spec, ctx) => {
  // The profiler keeps no quantile sketch for bool columns: without this the check
  // would compile and then always fail with "has no non-null values".
  numericColumn(ctx, spec.column, 'quantile_between', false);
  const range = rangeText(spec.min, spec.max, spec.strict_min, spec.strict_max);
  return {
    title: `Quantile ${spec.quantile}: ${spec.column}`,
    evaluate: (results) => {
      const dist = results.profiler.numeric(spec.column);
      if (!dist || dist.count === 0) return { status: 'fail', observed: 'no values', expected: range, detail: `${spec.column} has no non-null values` };
      const v = dist.quantile(spec.quantile);
      return {
        result: { observed_value: v },
        status: pass(within(v, spec.min, spec.max, spec.strict_min, spec.strict_max)),
        observed: v,
        expected: range,
        detail: `q${spec.quantile}(${spec.column}) = ${formatNumber(v)}${dist.exact ? '' : ' (sketch estimate)'}`,
      };
    },
  };
};

export const classBalance: RuleFactory<'class_balance'> = (spec, ctx) => {
  field(ctx, spec.column);
  return {
    title: `Target distribution: ${spec.column}`,
    evaluate: (results) => {
      const cat = results.profiler.categorical(spec.column);
      if (!cat || !cat.exact) {
        return { status: 'fail', observed: 'too many classes', expected: `every class >= ${spec.min_percent}%`, detail: `${spec.column} has too many distinct values to be a class label` };
      }
      // Compare shares as the seed does (value_counts(normalize=True) < min_class_percent / 100):
      // (n / count) * 100 < min_percent can round the other way, e.g. 29/100*100 = 28.999999999999996.
      const rare = [...cat.counts()]
        .filter(([, n]) => n / cat.count < spec.min_percent / 100)
        .map(([v, n]) => [v, (n / cat.count) * 100] as const)
        // Equal shares by value, so the list reads the same whichever engine counted the classes, in whatever order.
        .sort((a, b) => a[1] - b[1] || compareCodePoints(a[0], b[0]));
      const smallest = Math.min(...[...cat.counts().values()].map((n) => (n / cat.count) * 100));
      return {
        status: pass(rare.length === 0),
        observed: cat.count ? `smallest class ${formatNumber(smallest)}%` : 'no values',
        expected: `every class >= ${spec.min_percent}%`,
        detail: rare.length ? `Rare classes (<${spec.min_percent}%): ${rare.map(([v, p]) => `${v} ${p.toFixed(2)}%`).join(', ')}` : `${cat.counts().size} classes, OK`,
      };
    },
  };
};

/** GX expect_column_min/max_to_be_between: the column's extreme, exact from the profile; date bounds on a date or timestamp column. */
function extremeBetween(which: 'min' | 'max'): RuleFactory<'min_between' | 'max_between'> {
  return (spec, ctx) => {
    const { field: f } = field(ctx, spec.column);
    const temporal = isTemporalKind(f.kind);
    if (!temporal) numericColumn(ctx, spec.column, `${which}_between`, false);
    const min = temporalBound(ctx, spec, 'min', f.kind);
    const max = temporalBound(ctx, spec, 'max', f.kind);
    requireBound(ctx, min, max);
    const dated = temporal && (typeof spec.min === 'string' || typeof spec.max === 'string');
    const range = dated ? timeRangeText(min, max, spec.strict_min, spec.strict_max) : rangeText(min, max, spec.strict_min, spec.strict_max);
    return {
      title: `${which === 'min' ? 'Minimum' : 'Maximum'}: ${spec.column}`,
      evaluate: (results) => {
        const v = columnProfile(results, spec.column)[which];
        if (typeof v !== 'number') return { result: { observed_value: null }, status: 'fail', observed: 'no values', expected: range, detail: `${spec.column} has no non-null values` };
        const shown = temporal ? new Date(v).toISOString() : v;
        return { result: { observed_value: shown }, status: pass(within(v, min, max, spec.strict_min, spec.strict_max)), observed: shown, expected: range, detail: `${which}(${spec.column}) = ${temporal ? shown : formatNumber(v)}` };
      },
    };
  };
}

export const minBetween = extremeBetween('min') as RuleFactory<'min_between'>;
export const maxBetween = extremeBetween('max') as RuleFactory<'max_between'>;
