import { UserError, formatNumber } from '@mlship/core';
import { isMissing, isNumericKind, isTemporalKind, type Batch, type Cell, type ColumnKind } from '../../table';
import { field, pass, PARTIAL_UNEXPECTED, percent, type CompileContext, type GxResult, type RuleFactory, type Verdict } from '../rule';
import { ignoredRow, pairIgnore, type RowIgnore } from './ignore-rows';
import { greater, listed, sameValue } from './python-values';
import { cellKey, mostlyVerdict } from './values';

/**
 * GX's column pair and multicolumn map expectations: a yes/no question per row
 * over several columns. As in GX, every row is an element, the rows ignore_row_if
 * leaves out are the missing ones, `mostly` is judged over the rest, and the
 * unexpected values are listed per row: a pair as [a, b], a record as {column: value}.
 */
interface Columns {
  names: string[];
  /** The config key each name came from, for messages. */
  keys: string[];
}

type Comparison = 'equal' | 'order' | 'sum' | 'set';
const kindClass = (k: ColumnKind) => (isNumericKind(k) || k === 'bool' ? 'number' : k === 'string' ? 'text' : isTemporalKind(k) ? 'time' : 'other');

/**
 * Refuses, before any row is read, columns whose values GX's pandas engine could
 * not compare the way the check asks: Python raises for `>` between a number and
 * a text, a sum needs numbers, and a date is a date only next to another date.
 */
function assertComparable(ctx: CompileContext, type: string, cols: Columns, kinds: ColumnKind[], how: Comparison): void {
  const classes = kinds.map(kindClass);
  const at = (i: number) => `${cols.keys[i]}: "${cols.names[i]}" is ${kinds[i]}`;
  const bad = classes.findIndex((c) => c === 'other' || (how === 'sum' && c !== 'number') || (how === 'set' && c === 'time'));
  if (bad >= 0) {
    const need = how === 'sum' ? 'numbers' : how === 'set' ? 'numbers, text and booleans (not dates, whose values are instants)' : 'numbers, text, booleans and dates';
    throw new UserError(`${at(bad)}; ${type} compares ${need}`, { where: ctx.where, hint: how === 'set' ? 'Declare the column as string in read.csv.types to match its dates as text.' : how === 'sum' ? 'Declare the column as int or float in read.csv.types if it holds numbers as text.' : 'Binary and nested values are not compared.' });
  }
  const mixed = classes.findIndex((c) => (how === 'order' ? c !== classes[0] : (c === 'time') !== (classes[0] === 'time')));
  if (mixed > 0) {
    const rule = how === 'order' ? 'orders numbers with numbers, text with text and dates with dates (Python raises for the others)' : 'compares dates only with dates';
    throw new UserError(`${at(mixed)} and ${at(0)}; ${type} ${rule}`, { where: ctx.where, hint: 'Declare the column types (read.csv.types), or compare columns of one kind.' });
  }
}

interface RecordState {
  rows: number;
  kept: number;
  bad: number;
  partial: unknown[];
}

/** Counts rows, left-out rows and failing rows over `cols`, listing the first failures in GX's shape. */
function recordCounter(ctx: CompileContext, type: string, cols: Columns, ignore: RowIgnore, how: Comparison, test: (cells: Cell[]) => boolean, shape: 'pair' | 'record') {
  const found = cols.names.map((n, i) => field(ctx, n, cols.keys[i]));
  assertComparable(ctx, type, cols, found.map((f) => f.field.kind), how);
  const indices = found.map((f) => f.index);
  const state: RecordState = { rows: 0, kept: 0, bad: 0, partial: [] };
  const cells: Cell[] = new Array<Cell>(indices.length);
  return {
    state,
    observe(batch: Batch) {
      const columns = indices.map((i) => batch.columns[i]!);
      state.rows += batch.numRows;
      for (let r = 0; r < batch.numRows; r++) {
        if (ignoredRow(ignore, columns, r)) continue;
        state.kept++;
        for (let j = 0; j < columns.length; j++) cells[j] = columns[j]![r]!;
        if (test(cells)) continue;
        state.bad++;
        if (state.partial.length < PARTIAL_UNEXPECTED) state.partial.push(shape === 'pair' ? cells.map(listed) : Object.fromEntries(cols.names.map((n, j) => [n, listed(cells[j])])));
      }
    },
  };
}

/** The verdict every row-wise check here shares; `holds` names a passing row ("equal"), `expected` the rule. */
function recordVerdict(state: RecordState, mostly: number, holds: string, expected: string): Verdict {
  const { ok, passPct } = mostlyVerdict(state.kept, state.bad, mostly);
  const result: GxResult = {
    element_count: state.rows,
    missing_count: state.rows - state.kept,
    unexpected_count: state.bad,
    unexpected_percent: percent(state.bad, state.kept),
    partial_unexpected_list: state.partial,
  };
  const examples = state.partial
    .slice(0, 3)
    .map((v) => JSON.stringify(v))
    .join(', ');
  return {
    result,
    status: pass(ok),
    observed: `${formatNumber(passPct)}% ${holds}`,
    expected: `${expected}${mostly < 1 ? ` for at least ${formatNumber(mostly * 100)}% of the rows checked` : ''}`,
    detail: state.bad ? `${state.bad} of ${state.kept} rows checked are not ${holds}, e.g. ${examples}` : `${state.kept} rows checked, all ${holds}`,
  };
}

const pair = (spec: { column_a: string; column_b: string }): Columns => ({ names: [spec.column_a, spec.column_b], keys: ['column_a', 'column_b'] });
const list = (spec: { columns: string[] }): Columns => ({ names: spec.columns, keys: spec.columns.map((_, i) => `columns[${i}]`) });

/** GX expect_column_pair_values_to_be_equal (pandas `A == B`). */
export const pairEqual: RuleFactory<'pair_equal'> = (spec, ctx) => {
  const c = recordCounter(ctx, spec.type, pair(spec), pairIgnore[spec.ignore_row_if], 'equal', ([a, b]) => sameValue(a!, b!), 'pair');
  return {
    title: `Equal: ${spec.column_a} = ${spec.column_b}`,
    observe: c.observe,
    evaluate: () => recordVerdict(c.state, spec.mostly, 'equal', `${spec.column_a} == ${spec.column_b}`),
  };
};

/** GX expect_column_pair_values_A_to_be_greater_than_B (pandas `A > B`, or `A >= B` with or_equal). */
export const pairGreater: RuleFactory<'pair_greater'> = (spec, ctx) => {
  const cols = pair(spec);
  if (spec.as_datetimes) {
    cols.names.forEach((name, i) => {
      const kind = field(ctx, name, cols.keys[i]).field.kind;
      if (!isTemporalKind(kind)) {
        throw new UserError(`as_datetimes: ${cols.keys[i]} "${name}" is ${kind}, not a date or timestamp; date and timestamp text (YYYY-MM-DD[THH:MM[:SS]][Z]) is read as such, other text is not parsed as dates`, {
          where: ctx.where,
          hint: 'Write the dates as ISO text, or declare the column as date or timestamp in read.csv.types.',
        });
      }
    });
  }
  const c = recordCounter(ctx, spec.type, cols, pairIgnore[spec.ignore_row_if], 'order', ([a, b]) => greater(a!, b!, spec.or_equal), 'pair');
  const op = spec.or_equal ? '>=' : '>';
  return {
    title: `Greater: ${spec.column_a} ${op} ${spec.column_b}`,
    observe: c.observe,
    evaluate: () => recordVerdict(c.state, spec.mostly, spec.or_equal ? 'greater or equal' : 'greater', `${spec.column_a} ${op} ${spec.column_b}`),
  };
};

/** A pair as set membership sees it: a missing value is null (GX maps NaN to None), the rest compare as text, as values_in_set does. */
const pairKey = (a: Cell | undefined, b: Cell | undefined) => JSON.stringify([a === undefined || isMissing(a) ? null : cellKey(a), b === undefined || isMissing(b) ? null : cellKey(b)]);

/** GX expect_column_pair_values_to_be_in_set. */
export const pairInSet: RuleFactory<'pair_in_set'> = (spec, ctx) => {
  const allowed = new Set(spec.pairs.map(([a, b]) => pairKey(a, b)));
  const c = recordCounter(ctx, spec.type, pair(spec), pairIgnore[spec.ignore_row_if], 'set', ([a, b]) => allowed.has(pairKey(a, b)), 'pair');
  return {
    title: `Pair in set: ${spec.column_a}, ${spec.column_b}`,
    observe: c.observe,
    evaluate: () => recordVerdict(c.state, spec.mostly, 'in the set', `(${spec.column_a}, ${spec.column_b}) in ${spec.pairs.length} allowed pair${spec.pairs.length === 1 ? '' : 's'}`),
  };
};

/**
 * GX expect_multicolumn_sum_to_equal: pandas `sum(axis=1, skipna=False) == sum_total`,
 * so a row with a missing value fails unless ignore_row_if leaves it out. The sum runs
 * left to right, as numpy adds fewer than eight columns; the total must match exactly.
 */
export const multicolumnSum: RuleFactory<'multicolumn_sum'> = (spec, ctx) => {
  const c = recordCounter(
    ctx,
    spec.type,
    list(spec),
    spec.ignore_row_if,
    'sum',
    (cells) => {
      let s = 0;
      for (const v of cells) {
        if (isMissing(v)) return false;
        s += Number(v);
      }
      return s === spec.sum;
    },
    'record',
  );
  return {
    title: `Sum: ${spec.columns.join(' + ')} = ${formatNumber(spec.sum)}`,
    observe: c.observe,
    evaluate: () => recordVerdict(c.state, spec.mostly, `summing to ${formatNumber(spec.sum)}`, `${spec.columns.join(' + ')} == ${formatNumber(spec.sum)}`),
  };
};

/**
 * GX expect_select_column_values_to_be_unique_within_record: pandas
 * `nunique(dropna=False, axis=1) >= len(column_list)`, so two missing values in a
 * row are one value repeated.
 */
export const uniqueWithinRecord: RuleFactory<'unique_within_record'> = (spec, ctx) => {
  const same = (a: Cell, b: Cell) => (isMissing(a) && isMissing(b)) || sameValue(a, b);
  const c = recordCounter(
    ctx,
    spec.type,
    list(spec),
    spec.ignore_row_if,
    'equal',
    (cells) => {
      for (let i = 0; i < cells.length; i++) for (let j = i + 1; j < cells.length; j++) if (same(cells[i]!, cells[j]!)) return false;
      return true;
    },
    'record',
  );
  return {
    title: `Unique within record: ${spec.columns.join(', ')}`,
    observe: c.observe,
    evaluate: () => recordVerdict(c.state, spec.mostly, 'unique within the row', `${spec.columns.join(', ')} all different in each row`),
  };
};
