import { UserError, formatNumber } from '@mlship/core';
import { isMissing, isNumericKind, isTemporalKind, type Cell } from '../../table';
import { checkPattern } from './pattern';
import { assertBounds, field, temporalBound, timeRangeText, pass, PARTIAL_UNEXPECTED, percent, rangeText, within, type GxResult, type Results, type CompileContext, type RuleFactory } from '../rule';

/** Set membership compares values as text, so `1` in a config matches 1, 1.0 and "1". */
export const cellKey = (v: Cell): string => (typeof v === 'string' ? v : String(v));

const mostlyText = (m: number) => (m < 1 ? ` for at least ${formatNumber(m * 100)}% of non-null rows` : '');

/** Distinct failing values kept as examples (with their counts). */
const EXAMPLES = 10;

/**
 * Counts non-null rows (every row with `nullsCount`, for checks where a null is
 * judged too) and rows failing `test`, keeping a few failing examples.
 */
export function rowCounter(ctx: CompileContext, column: string, test: (v: Cell) => boolean, nullsCount = false) {
  const { index } = field(ctx, column);
  const state = { seen: 0, bad: 0, examples: new Map<string, number>(), partial: [] as Cell[] };
  return {
    state,
    observe(batch: { columns: ArrayLike<Cell>[]; numRows: number }) {
      const col = batch.columns[index]!;
      for (let i = 0; i < batch.numRows; i++) {
        const v = col[i]!;
        if (!nullsCount && isMissing(v)) continue;
        state.seen++;
        if (!test(v)) {
          state.bad++;
          if (state.partial.length < PARTIAL_UNEXPECTED) state.partial.push(v);
          const k = cellKey(v);
          if (state.examples.size < EXAMPLES || state.examples.has(k)) state.examples.set(k, (state.examples.get(k) ?? 0) + 1);
        }
      }
    },
  };
}

/** GX's counts for a row-level check: every row is an element, nulls are missing (unless judged too), the rest judged. */
export function rowResult(results: Results, state: { seen: number; bad: number; partial: Cell[] }, nullsCount = false): GxResult {
  const rows = results.profile.rows;
  return {
    element_count: rows,
    ...(nullsCount ? {} : { missing_count: rows - state.seen }),
    unexpected_count: state.bad,
    unexpected_percent: percent(state.bad, state.seen),
    partial_unexpected_list: state.partial,
  };
}

const examplesText = (m: Map<string, number>) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([v, n]) => `${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}×${n}`)
    .join(', ');

export function mostlyVerdict(seen: number, bad: number, mostly: number) {
  const ok = seen === 0 ? true : (seen - bad) / seen >= mostly;
  return { ok, passPct: seen === 0 ? 100 : percent(seen - bad, seen) };
}

export const notNull: RuleFactory<'not_null'> = (spec, ctx) => {
  field(ctx, spec.column);
  return {
    title: `Not null: ${spec.column}`,
    evaluate: ({ profile }) => {
      const c = profile.columns.find((p) => p.name === spec.column)!;
      const frac = profile.rows === 0 ? 1 : (profile.rows - c.nulls) / profile.rows;
      return {
        result: { element_count: profile.rows, unexpected_count: c.nulls, unexpected_percent: percent(c.nulls, profile.rows), partial_unexpected_list: new Array<Cell>(Math.min(c.nulls, PARTIAL_UNEXPECTED)).fill(null) },
        status: pass(frac >= spec.mostly),
        observed: `${c.nulls} nulls (${c.nullPercent.toFixed(2)}%)`,
        expected: spec.mostly < 1 ? `>= ${formatNumber(spec.mostly * 100)}% non-null` : 'no nulls',
        detail: c.nulls ? `${c.nulls} of ${profile.rows} rows are null` : 'OK',
      };
    },
  };
};

export const valuesBetween: RuleFactory<'values_between'> = (spec, ctx) => {
  const { field: f } = field(ctx, spec.column);
  if (!isNumericKind(f.kind) && !isTemporalKind(f.kind)) {
    throw new UserError(`column: "${spec.column}" is ${f.kind}, values_between needs a numeric column`, { where: ctx.where, hint: 'Use values_in_set or regex for text columns.' });
  }
  const temporal = isTemporalKind(f.kind);
  const min = temporalBound(ctx, spec, 'min', f.kind);
  const max = temporalBound(ctx, spec, 'max', f.kind);
  assertBounds(ctx, min, max);
  const c = rowCounter(ctx, spec.column, (v) => typeof v === 'number' && within(v, min, max, spec.strict_min, spec.strict_max));
  const range = temporal && (typeof spec.min === 'string' || typeof spec.max === 'string') ? timeRangeText(min, max, spec.strict_min, spec.strict_max) : rangeText(min, max, spec.strict_min, spec.strict_max);
  return {
    title: `Range: ${spec.column}`,
    observe: c.observe,
    evaluate: (results) => {
      const { ok } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
      return {
        result: rowResult(results, c.state),
        status: pass(ok),
        observed: `${c.state.bad} out of range`,
        expected: `${range}${mostlyText(spec.mostly)}`,
        detail: `${c.state.bad} values out of ${range}${c.state.bad ? ` (e.g. ${examplesText(c.state.examples)})` : ''}`,
      };
    },
  };
};

/**
 * rowCounter keeps up to EXAMPLES distinct failing values, so below that the
 * count is exact ("2 unexpected values", not "2+"); only a full map means "or more".
 */
const unexpectedCount = (n: number) => (n >= EXAMPLES ? `${n}+ unexpected values` : `${n} unexpected value${n === 1 ? '' : 's'}`);

export const distinctValuesInSet: RuleFactory<'distinct_values_in_set'> = (spec, ctx) => {
  const allowed = new Set(spec.values.map(cellKey));
  const c = rowCounter(ctx, spec.column, (v) => allowed.has(cellKey(v)));
  return {
    title: `Distinct values in set: ${spec.column}`,
    observe: c.observe,
    evaluate: (results) => ({
      result: rowResult(results, c.state),
      status: pass(c.state.bad === 0),
      observed: c.state.bad ? unexpectedCount(c.state.examples.size) : 'all in set',
      expected: `subset of {${spec.values.join(', ')}}`,
      detail: c.state.bad ? `Unexpected: ${examplesText(c.state.examples)}` : 'OK',
    }),
  };
};

/** GX expect_column_distinct_values_to_contain_set / _to_equal_set: which members of the set occur, and (for equal) nothing else. */
function distinctSetRule(equal: boolean): RuleFactory<'distinct_values_contain_set' | 'distinct_values_equal_set'> {
  return (spec, ctx) => {
    const wanted = new Set(spec.values.map(cellKey));
    const found = new Set<string>();
    const c = rowCounter(ctx, spec.column, (v) => {
      const k = cellKey(v);
      if (!wanted.has(k)) return !equal;
      found.add(k);
      return true;
    });
    return {
      title: `Distinct values ${equal ? 'equal' : 'contain'} set: ${spec.column}`,
      observe: c.observe,
      evaluate: (results) => {
        const missing = [...wanted].filter((k) => !found.has(k));
        const extra = equal ? c.state.bad : 0;
        const problems = [missing.length ? `Missing: ${missing.slice(0, 10).map((m) => JSON.stringify(m)).join(', ')}` : '', extra ? `Not in the set: ${examplesText(c.state.examples)}` : ''].filter(Boolean);
        return {
          result: { ...rowResult(results, c.state), observed_value: [...found].sort() },
          status: pass(problems.length === 0),
          observed: `${found.size} of ${wanted.size} present${equal && extra ? `, ${unexpectedCount(c.state.examples.size)}` : ''}`,
          expected: `${equal ? 'exactly' : 'contains'} {${spec.values.join(', ')}}`,
          detail: problems.join('; ') || 'OK',
        };
      },
    };
  };
}

export const distinctValuesContainSet = distinctSetRule(false) as RuleFactory<'distinct_values_contain_set'>;
export const distinctValuesEqualSet = distinctSetRule(true) as RuleFactory<'distinct_values_equal_set'>;

export const valuesInSet: RuleFactory<'values_in_set'> = (spec, ctx) => {
  const allowed = new Set(spec.values.map(cellKey));
  const c = rowCounter(ctx, spec.column, (v) => allowed.has(cellKey(v)));
  return {
    title: `Allowed values: ${spec.column}`,
    observe: c.observe,
    evaluate: (results) => {
      const { ok, passPct } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
      return {
        result: rowResult(results, c.state),
        status: pass(ok),
        observed: `${formatNumber(passPct)}% allowed`,
        expected: `in {${spec.values.join(', ')}}${mostlyText(spec.mostly)}`,
        detail: c.state.bad ? `${c.state.bad} rows not allowed, e.g. ${examplesText(c.state.examples)}` : 'OK',
      };
    },
  };
};

export const regex: RuleFactory<'regex'> = (spec, ctx) => {
  const re = checkPattern(spec, ctx, 'pattern', spec.pattern);
  const c = rowCounter(ctx, spec.column, (v) => re.test(cellKey(v)));
  return {
    title: `Regex: ${spec.column}`,
    observe: c.observe,
    evaluate: (results) => {
      const { ok, passPct } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
      return {
        result: rowResult(results, c.state),
        status: pass(ok),
        observed: `${formatNumber(passPct)}% match`,
        expected: `/${spec.pattern}/${mostlyText(spec.mostly)}`,
        detail: c.state.bad ? `${c.state.bad} rows do not match, e.g. ${examplesText(c.state.examples)}` : 'OK',
      };
    },
  };
};

const kindMatches: Record<string, (k: string) => boolean> = {
  number: (k) => k === 'int' || k === 'float' || k === 'decimal',
  float: (k) => k === 'float' || k === 'decimal',
};

/** Whether a column of `kind` is of the declared `dtype` (number covers int, float and decimal). */
export const kindIs = (dtype: string, kind: string): boolean => (kindMatches[dtype] ?? ((k: string) => k === dtype))(kind);

export const columnType: RuleFactory<'column_type'> = (spec, ctx) => {
  const { field: f } = field(ctx, spec.column);
  const ok = kindIs(spec.dtype, f.kind);
  return {
    title: `Type: ${spec.column}`,
    evaluate: () => ({ result: { observed_value: f.kind }, status: pass(ok), observed: `${f.kind} (${f.sourceType})`, expected: spec.dtype, detail: ok ? 'OK' : `${spec.column} is ${f.kind}, expected ${spec.dtype}` }),
  };
};
