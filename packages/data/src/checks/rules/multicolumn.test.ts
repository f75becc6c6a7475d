import { loadCases } from '../__gx__/cases';
import { loadMulticolumnGolden } from '../__golden__/multicolumn-golden';
import { parseConfig } from '../load';
import { compareCodePoints } from './python-values';
import { Workspace, compileError, verdict } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());

const golden = loadMulticolumnGolden();
const goldenData = ws.jsonl('golden.jsonl', golden.rows);

describe('multicolumn checks against pandas, computed the way GX 1.2.0 does (make_multicolumn_golden.py)', () => {
  it.each(golden.cases.map((c) => [JSON.stringify(c.check), c] as const))('%s', async (_, c) => {
    const o = await ws.validate([c.check], goldenData);
    const r = o.results[0]!.result;
    expect(r).toMatchObject({ element_count: c.element_count, missing_count: c.missing_count, unexpected_count: c.unexpected_count });
    expect(r.partial_unexpected_list).toEqual(c.unexpected_list);
    const kept = c.element_count - c.missing_count;
    expect(r.unexpected_percent).toBeCloseTo(kept === 0 ? 0 : (100 * c.unexpected_count) / kept, 12);
  });
});

describe("GX's result counts, where its test definitions give them", () => {
  const types = ['pair_values', 'multicolumn_sum', 'unique_within_record'];
  const withCounts = loadCases().filter((c) => c.forPandas && types.some((t) => c.expectation.includes(t)) && (c.out as { result?: unknown }).result);

  it('there are such cases', () => expect(withCounts.length).toBeGreaterThan(0));

  it.each(withCounts.map((c) => [c.key, c] as const))('%s', async (_, c) => {
    const names = Object.keys(c.data);
    const rows = Array.from({ length: c.data[names[0]!]!.length }, (_, i) => Object.fromEntries(names.map((n) => [n, c.data[n]![i] ?? null])));
    const file = ws.jsonl(`${c.key.replace(/\W+/g, '_')}.jsonl`, rows);
    const suite = parseConfig(JSON.stringify({ expectations: [{ expectation_type: c.expectation, kwargs: c.kwargs }] }), 'suite.json');
    const o = await ws.validate(suite, file);
    const want = (c.out as { result: Record<string, unknown> }).result;
    const fields = ['element_count', 'missing_count', 'unexpected_count', 'unexpected_percent', 'partial_unexpected_list'] as const;
    const got = o.results[0]!.result as Record<string, unknown>;
    for (const f of fields) if (f in want) expect([f, got[f]]).toEqual([f, want[f]]);
  });
});

describe('pair_equal', () => {
  const f = ws.jsonl('pairs.jsonl', [
    { a: 1, b: 1, s: 'x', n: null },
    { a: 2, b: 3, s: 'y', n: null },
    { a: null, b: null, s: 'z', n: null },
    { a: 4, b: null, s: 'w', n: null },
  ]);

  it('lists each unexpected row as [A, B]; a missing value equals nothing', async () => {
    const o = await ws.validate([{ type: 'pair_equal', column_a: 'a', column_b: 'b' }], f);
    expect(o.checks[0]!.id).toBe('pair_equal:a+b');
    expect(verdict(o.checks[0]!)).toEqual({ status: 'fail', observed: '33.33% equal', expected: 'a == b', detail: '2 of 3 rows checked are not equal, e.g. [2,3], [4,null]' });
    expect(o.results[0]!.result).toEqual({ element_count: 4, missing_count: 1, unexpected_count: 2, unexpected_percent: (2 / 3) * 100, partial_unexpected_list: [[2, 3], [4, null]] });
  });

  it('ignore_row_if neither judges the both-missing row too (and it is unexpected); mostly is over the rows checked', async () => {
    const c = await ws.one({ type: 'pair_equal', column_a: 'a', column_b: 'b', ignore_row_if: 'neither', mostly: 0.25 }, f);
    expect(verdict(c)).toMatchObject({ status: 'pass', observed: '25% equal', expected: 'a == b for at least 25% of the rows checked' });
    expect((await ws.validate([{ type: 'pair_equal', column_a: 'a', column_b: 'b', ignore_row_if: 'neither', mostly: 0.26 }], f)).checks[0]!.status).toBe('fail');
  });

  it('passes when every row is left out (GX: vacuously true)', async () => {
    expect(verdict(await ws.one({ type: 'pair_equal', column_a: 'n', column_b: 'n' }, f))).toMatchObject({ status: 'pass', detail: '0 rows checked, all equal' });
  });

  it('compares a number with text as text, since a column mixing them is read as text', async () => {
    const g = ws.jsonl('mixed.jsonl', [
      { x: 1, y: 1 },
      { x: 2.5, y: '2.5' },
      { x: 3, y: 'three' },
      { x: 1, y: true },
    ]);
    const o = await ws.validate([{ type: 'pair_equal', column_a: 'x', column_b: 'y' }], g);
    expect(o.results[0]!.result.partial_unexpected_list).toEqual([[3, 'three'], [1, 'true']]);
  });

  it('refuses a date compared with a number, before reading', async () => {
    const g = ws.csv('dates.csv', ['d', 'n'], [['2024-01-01', 1]]);
    expect(await compileError(ws.validate([{ type: 'pair_equal', column_a: 'd', column_b: 'n' }], g))).toBe('column_b: "n" is int and column_a: "d" is date; pair_equal compares dates only with dates');
  });

  it('names an unknown column with its key', async () => {
    expect(await compileError(ws.validate([{ type: 'pair_equal', column_a: 'a', column_b: 'nope' }], f))).toMatch(/^column_b: column "nope" is not in the data/);
  });
});

describe('pair_greater', () => {
  const f = ws.csv('order.csv', ['a', 'b', 's', 't', 'd1', 'd2'], [
    [2, 1, 'b', 'a', '2024-01-02', '2024-01-01'],
    [2, 2, '\u{1F600}', '\uffff', '2024-01-01', '2024-01-01'],
    [1, null, 'B', 'a', '2024-01-01', '2024-01-03'],
  ]);

  it('orders numbers; a tie fails unless or_equal; a missing value is never greater', async () => {
    expect((await ws.validate([{ type: 'pair_greater', column_a: 'a', column_b: 'b' }], f)).results[0]!.result.partial_unexpected_list).toEqual([[2, 2], [1, null]]);
    const c = await ws.one({ type: 'pair_greater', column_a: 'a', column_b: 'b', or_equal: true }, f);
    expect(verdict(c)).toEqual({ status: 'fail', observed: '66.67% greater or equal', expected: 'a >= b', detail: '1 of 3 rows checked are not greater or equal, e.g. [1,null]' });
  });

  it("orders text by code point, as Python does (an emoji is above U+FFFF), and dates as instants", async () => {
    expect((await ws.validate([{ type: 'pair_greater', column_a: 's', column_b: 't' }], f)).results[0]!.result.partial_unexpected_list).toEqual([['B', 'a']]);
    const d = await ws.validate([{ type: 'pair_greater', column_a: 'd1', column_b: 'd2', or_equal: true, as_datetimes: true }], f);
    expect(d.results[0]!.result).toMatchObject({ unexpected_count: 1 });
  });

  it('refuses comparing numbers with text (Python raises), and as_datetimes on a text column', async () => {
    expect(await compileError(ws.validate([{ type: 'pair_greater', column_a: 'a', column_b: 's' }], f))).toBe(
      'column_b: "s" is string and column_a: "a" is int; pair_greater orders numbers with numbers, text with text and dates with dates (Python raises for the others)',
    );
    expect(await compileError(ws.validate([{ type: 'pair_greater', column_a: 's', column_b: 't', as_datetimes: true }], f))).toMatch(/^as_datetimes: column_a "s" is string, not a date or timestamp/);
  });
});

describe('pair_in_set', () => {
  const f = ws.jsonl('set.jsonl', [
    { a: 1, b: 'x' },
    { a: 1, b: null },
    { a: 2, b: 'y' },
    { a: null, b: null },
  ]);

  it('matches pairs as text, null for a missing value; the both-missing row is left out by default', async () => {
    const o = await ws.validate([{ type: 'pair_in_set', column_a: 'a', column_b: 'b', pairs: [['1', 'x'], [1, null]] }], f);
    expect(o.results[0]!.result).toMatchObject({ element_count: 4, missing_count: 1, unexpected_count: 1, partial_unexpected_list: [[2, 'y']] });
    expect(o.checks[0]!.expected).toBe('(a, b) in 2 allowed pairs');
  });

  it('an empty set allows no pair', async () => {
    expect((await ws.validate([{ type: 'pair_in_set', column_a: 'a', column_b: 'b', pairs: [], ignore_row_if: 'neither' }], f)).results[0]!.result.unexpected_count).toBe(4);
  });

  it('refuses a date column, whose values are instants rather than text', async () => {
    const g = ws.csv('set-dates.csv', ['d', 'n'], [['2024-01-01', 1]]);
    expect(await compileError(ws.validate([{ type: 'pair_in_set', column_a: 'd', column_b: 'n', pairs: [] }], g))).toMatch(/^column_a: "d" is date; pair_in_set compares numbers, text and booleans/);
  });
});

describe('multicolumn_sum', () => {
  const f = ws.jsonl('sum.jsonl', [
    { a: 1, b: 3, c: 0.7, d: 0.3, s: 'x' },
    { a: 2, b: null, c: 0.1, d: 0.2, s: 'y' },
    { a: null, b: null, c: null, d: null, s: 'z' },
  ]);

  it('a missing value makes the sum missing, so the row fails unless ignore_row_if leaves it out', async () => {
    const o = await ws.validate([{ type: 'multicolumn_sum', columns: ['a', 'b'], sum: 4 }], f);
    expect(o.checks[0]!.id).toBe('multicolumn_sum:a+b');
    expect(o.results[0]!.result).toEqual({ element_count: 3, missing_count: 1, unexpected_count: 1, unexpected_percent: 50, partial_unexpected_list: [{ a: 2, b: null }] });
    expect((await ws.one({ type: 'multicolumn_sum', columns: ['a', 'b'], sum: 4, ignore_row_if: 'any_value_is_missing' }, f)).status).toBe('pass');
  });

  it('adds floats as doubles and compares exactly (0.1 + 0.2 is not 0.3, as in pandas)', async () => {
    const o = await ws.validate([{ type: 'multicolumn_sum', id: 'one', columns: ['c', 'd'], sum: 1 }, { type: 'multicolumn_sum', id: 'three', columns: ['c', 'd'], sum: 0.3 }], f);
    expect(o.results.map((r) => r.result.partial_unexpected_list)).toEqual([[{ c: 0.1, d: 0.2 }], [{ c: 0.7, d: 0.3 }, { c: 0.1, d: 0.2 }]]);
  });

  it('refuses a text column', async () => {
    expect(await compileError(ws.validate([{ type: 'multicolumn_sum', columns: ['a', 's'], sum: 1 }], f))).toBe('columns[1]: "s" is string; multicolumn_sum compares numbers');
  });
});

describe('unique_within_record', () => {
  const f = ws.jsonl('within.jsonl', [
    { a: 1, b: 2, c: 3 },
    { a: 1, b: 1.0, c: 3 },
    { a: null, b: null, c: 3 },
    { a: null, b: null, c: null },
  ]);

  it('two missing values in a row are one value repeated (pandas nunique(dropna=False))', async () => {
    const o = await ws.validate([{ type: 'unique_within_record', columns: ['a', 'b', 'c'] }], f);
    expect(o.results[0]!.result).toMatchObject({ element_count: 4, missing_count: 1, unexpected_count: 2, partial_unexpected_list: [{ a: 1, b: 1, c: 3 }, { a: null, b: null, c: 3 }] });
    expect((await ws.validate([{ type: 'unique_within_record', columns: ['a', 'b', 'c'], ignore_row_if: 'never' }], f)).results[0]!.result.unexpected_count).toBe(3);
  });

  it('runs on the rows a row_condition selects', async () => {
    const c = await ws.one({ type: 'unique_within_record', columns: ['a', 'b', 'c'], row_condition: 'c == 3 & a.notnull()' }, f);
    expect(verdict(c)).toMatchObject({ status: 'fail', detail: '1 of 2 rows checked are not unique within the row, e.g. {"a":1,"b":1,"c":3} (2 rows where c == 3 & a.notnull())' });
  });
});

describe('compareCodePoints', () => {
  it("orders as Python's str comparison does", () => {
    const words = ['\u{1F600}', '\uffff', 'a', 'B', '\u00e9', 'ab', '', '\u{1F600}x', '\ud7ff'];
    // Python: sorted(['😀', '\uffff', 'a', 'B', 'é', 'ab', '', '😀x', '\ud7ff'])
    expect([...words].sort(compareCodePoints)).toEqual(['', 'B', 'a', 'ab', '\u00e9', '\ud7ff', '\uffff', '\u{1F600}', '\u{1F600}x']);
  });
});

describe('native config mistakes', () => {
  const err = (check: Record<string, unknown>) => compileError(Promise.resolve().then(() => parseConfig(JSON.stringify({ checks: [check] }), 'checks.yml')));

  it.each([
    ['a list ignore_row_if on a pair', { type: 'pair_equal', column_a: 'a', column_b: 'b', ignore_row_if: 'any_value_is_missing' }, /ignore_row_if/],
    ['a pair of three', { type: 'pair_in_set', column_a: 'a', column_b: 'b', pairs: [[1, 2, 3]] }, /pairs/],
    ['no sum', { type: 'multicolumn_sum', columns: ['a'] }, /sum/],
    ['GX spelling of the columns', { type: 'pair_equal', column_A: 'a', column_B: 'b' }, /column_a: is required/],
  ])('%s is refused naming the key', async (_, check, re) => {
    expect(await err(check)).toMatch(re);
  });
});
