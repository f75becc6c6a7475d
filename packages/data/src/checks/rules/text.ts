import { UserError, formatNumber } from '@mlship/core';
import { isMissing, type Cell } from '../../table';
import { cellKey } from './values';
import { checkPattern } from './pattern';
import { requireBound, field, pass, PARTIAL_UNEXPECTED, percent, rangeText, within, type CompileContext, type GxResult, type Results, type RuleFactory } from '../rule';

/**
 * Row-level checks on a value's text (GX tests `str(value)`), its absence from a
 * set, its nullness and its length. One counter: every row is an element, a
 * null is missing (except for is_null, where a null is what is expected).
 */
function counter(ctx: CompileContext, column: string, unexpected: (v: Cell) => boolean, nullsCount = false) {
  const { index } = field(ctx, column);
  const state = { seen: 0, bad: 0, partial: [] as Cell[] };
  return {
    state,
    observe(batch: { columns: ArrayLike<Cell>[]; numRows: number }) {
      const col = batch.columns[index]!;
      for (let i = 0; i < batch.numRows; i++) {
        const v = col[i]!;
        if (isMissing(v) && !nullsCount) continue;
        state.seen++;
        if (unexpected(v)) {
          state.bad++;
          if (state.partial.length < PARTIAL_UNEXPECTED) state.partial.push(v);
        }
      }
    },
    result(results: Results): GxResult {
      const rows = results.profile.rows;
      return { element_count: rows, ...(nullsCount ? {} : { missing_count: rows - state.seen }), unexpected_count: state.bad, unexpected_percent: percent(state.bad, state.seen), partial_unexpected_list: state.partial };
    },
    ok: (mostly: number) => state.seen === 0 || (state.seen - state.bad) / state.seen >= mostly,
  };
}

const mostlyText = (m: number) => (m < 1 ? ` for at least ${formatNumber(m * 100)}% of rows` : '');
const sample = (l: Cell[]) => l.slice(0, 5).map((v) => JSON.stringify(v)).join(', ');

type Spec = { column: string; mostly: number };
function rowCheck<S extends Spec>(ctx: CompileContext, spec: S, title: string, expected: string, unexpected: (v: Cell) => boolean, nullsCount = false) {
  const c = counter(ctx, spec.column, unexpected, nullsCount);
  return {
    title: `${title}: ${spec.column}`,
    observe: c.observe,
    evaluate: (results: Results) => ({
      result: c.result(results),
      status: pass(c.ok(spec.mostly)),
      observed: `${c.state.bad} unexpected`,
      expected: `${expected}${mostlyText(spec.mostly)}`,
      detail: c.state.bad ? `${c.state.bad} of ${c.state.seen} rows unexpected, e.g. ${sample(c.state.partial)}` : 'OK',
    }),
  };
}

export const isNull: RuleFactory<'is_null'> = (spec, ctx) => rowCheck(ctx, spec, 'Null', 'null', (v) => !isMissing(v), true);

export const valuesNotInSet: RuleFactory<'values_not_in_set'> = (spec, ctx) => {
  const banned = new Set(spec.values.map(cellKey));
  return rowCheck(ctx, spec, 'Not in set', `not in {${spec.values.join(', ')}}`, (v) => banned.has(cellKey(v)));
};

export const notRegex: RuleFactory<'not_regex'> = (spec, ctx) => {
  const re = checkPattern(spec, ctx, 'pattern', spec.pattern);
  return rowCheck(ctx, spec, 'Not matching', `no match of /${spec.pattern}/`, (v) => re.test(cellKey(v)));
};

export const regexList: RuleFactory<'regex_list'> = (spec, ctx) => {
  const res = spec.patterns.map((p, i) => checkPattern(spec, ctx, `patterns[${i}]`, p));
  const matches = spec.match_on === 'all' ? (s: string) => res.every((r) => r.test(s)) : (s: string) => res.some((r) => r.test(s));
  return rowCheck(ctx, spec, 'Regex list', `${spec.match_on} of ${spec.patterns.map((p) => `/${p}/`).join(', ')}`, (v) => !matches(cellKey(v)));
};

export const notRegexList: RuleFactory<'not_regex_list'> = (spec, ctx) => {
  const res = spec.patterns.map((p, i) => checkPattern(spec, ctx, `patterns[${i}]`, p));
  return rowCheck(ctx, spec, 'Regex list absent', `none of ${spec.patterns.map((p) => `/${p}/`).join(', ')}`, (v) => res.some((r) => r.test(cellKey(v))));
};

/** Characters as Python counts them (code points), without building an array per value. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

export const valueLengths: RuleFactory<'value_lengths'> = (spec, ctx) => {
  const { field: f } = field(ctx, spec.column);
  if (f.kind !== 'string') {
    throw new UserError(`column: "${spec.column}" is ${f.kind}, value_lengths needs a text column`, { where: ctx.where, hint: 'Declare it as string under read.csv.types, or use values_between.' });
  }
  requireBound(ctx, spec.min, spec.max);
  return rowCheck(ctx, spec, 'Length', `length ${rangeText(spec.min, spec.max, spec.strict_min, spec.strict_max)}`, (v) => !within(codePoints(cellKey(v)), spec.min, spec.max, spec.strict_min, spec.strict_max));
};
