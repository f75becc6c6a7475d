import { UserError, formatNumber } from '@mlship/core';
import { isMissing, type Cell } from '../../table';
import { cellKey, mostlyVerdict, rowCounter, rowResult } from './values';
import { checkPattern } from './pattern';
import { requireBound, field, pass, rangeText, within, type CompileContext, type Results, type RuleFactory } from '../rule';

const mostlyText = (m: number) => (m < 1 ? ` for at least ${formatNumber(m * 100)}% of rows` : '');
const sample = (l: Cell[]) => l.slice(0, 5).map((v) => JSON.stringify(v)).join(', ');

type Spec = { column: string; mostly: number };
/**
 * Row-level checks on a value's text (GX tests `str(value)`), its absence from a
 * set, its nullness and its length: every row is an element, a null is missing
 * (except for is_null, where a null is what is expected).
 */
export function rowCheck<S extends Spec>(ctx: CompileContext, spec: S, title: string, expected: string, unexpected: (v: Cell) => boolean, nullsCount = false) {
  const c = rowCounter(ctx, spec.column, (v) => !unexpected(v), nullsCount);
  return {
    title: `${title}: ${spec.column}`,
    observe: c.observe,
    evaluate: (results: Results) => ({
      result: rowResult(results, c.state, nullsCount),
      status: pass(mostlyVerdict(c.state.seen, c.state.bad, spec.mostly).ok),
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
