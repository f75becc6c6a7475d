import { UserError } from '@mlship/core';
import { parseConfig } from '../load';
import { compileError, verdict, Workspace } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());

// Expected values from pandas: Series([0.1] * 10 + [None]).sum() == 1.0 (a plain loop gives
// 0.9999999999999999); s = [3, 1, 2, None, 2, 5, 1, 1, None, 4]: nunique 5, 5 / 8 = 0.625, mode [1].
const f = ws.csvColumns('agg.csv', {
  tenth: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
  s: [3, 1, 2, null, 2, 5, 1, 1, null, 4],
  t: ['b', 'a', 'b', 'a', 'c', null, 'c', 'd', 'e', 'f'],
  g: ['x', 'x', 'x', 'x', 'x', 'y', 'y', 'y', 'y', 'y'],
  e: [null, null, null, null, null, null, null, null, null, null],
});

describe('sum_between (GX expect_column_sum_to_be_between)', () => {
  it("adds in numpy's order: ten 0.1s sum to exactly 1", async () => {
    const c = await ws.one({ type: 'sum_between', column: 'tenth', min: 1, max: 1 }, f);
    expect(verdict(c)).toEqual({ status: 'pass', observed: 1, expected: '[1, 1]', detail: 'sum(tenth) = 1 over 10 values' });
  });

  it('skips nulls; strict bounds exclude the sum itself', async () => {
    expect((await ws.one({ type: 'sum_between', column: 's', min: 19 }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'sum_between', column: 's', min: 19, strict_min: true }, f)).status).toBe('fail');
  });

  it('applies row_condition', async () => {
    const c = await ws.one({ type: 'sum_between', column: 's', max: 5, row_condition: 'g == "x"' }, f);
    expect(c).toMatchObject({ status: 'fail', observed: 8 });
  });

  it('refuses a text column and a range without bounds', async () => {
    expect(await compileError(ws.validate([{ type: 'sum_between', column: 't', min: 0 }], f))).toBe('column: "t" is string, sum_between needs a numeric column');
    expect(await compileError(ws.validate([{ type: 'sum_between', column: 's' }], f))).toBe('give min or max: a range with neither bound cannot fail');
  });
});

describe('distinct_count_between / distinct_proportion_between (GX unique value count and proportion)', () => {
  it('counts distinct non-null values exactly', async () => {
    expect(await ws.one({ type: 'distinct_count_between', column: 's', min: 5, max: 5 }, f)).toMatchObject({ status: 'pass', observed: 5, detail: '5 distinct of 8 non-null values' });
    expect(await ws.one({ type: 'distinct_count_between', column: 't', max: 5, strict_max: true }, f)).toMatchObject({ status: 'fail', observed: 6 });
  });

  it('proportion is distinct over non-null, 0 for a column without values', async () => {
    expect(await ws.one({ type: 'distinct_proportion_between', column: 's', min: 0.625, max: 0.625 }, f)).toMatchObject({ status: 'pass', observed: 0.625 });
    expect(await ws.one({ type: 'distinct_proportion_between', column: 'e', max: 0 }, f)).toMatchObject({ status: 'pass', observed: 0 });
  });

  it('counts past the profile\'s exact limit without estimating', async () => {
    const rows = Array.from({ length: 120_000 }, (_, i) => `${i}\n`).join('');
    const big = ws.text('big.csv', `v\n${rows}`);
    expect(await ws.one({ type: 'distinct_count_between', column: 'v', min: 120_000, max: 120_000 }, big)).toMatchObject({ status: 'pass', observed: 120_000 });
  });
});

describe('most_common_in_set (GX expect_column_most_common_value_to_be_in_set)', () => {
  it('passes when the single mode is in the set', async () => {
    expect(verdict(await ws.one({ type: 'most_common_in_set', column: 's', values: [1, 9] }, f))).toEqual({ status: 'pass', observed: '1', expected: '{1, 9}', detail: 'most common with 3 of 8 rows' });
  });

  it('a tie fails even when every tied value is in the set, unless ties_okay', async () => {
    const tie = { type: 'most_common_in_set', column: 't', values: ['a', 'b', 'c'] };
    expect(verdict(await ws.one(tie, f))).toEqual({ status: 'fail', observed: '"a", "b", "c"', expected: '{a, b, c}', detail: '3 values tie with 2 of 9 rows' });
    expect((await ws.one({ ...tie, values: ['c'], ties_okay: true }, f)).status).toBe('pass');
    expect((await ws.one({ ...tie, values: ['z'], ties_okay: true }, f)).status).toBe('fail');
  });

  it('fails a column without values', async () => {
    expect(await ws.one({ type: 'most_common_in_set', column: 'e', values: ['x'], ties_okay: true }, f)).toMatchObject({ status: 'fail', observed: 'no values' });
  });
});

describe('their GX kwargs: refused with one line', () => {
  const line = (type: string, kwargs: Record<string, unknown>): string => {
    try {
      parseConfig(JSON.stringify({ expectations: [{ expectation_type: type, kwargs }] }), 'suite.json');
    } catch (e) {
      return (e as UserError).line;
    }
    throw new Error('expected a refusal');
  };
  it.each([
    ['expect_column_most_common_value_to_be_in_set', { column: 'x' }, 'kwargs.value_set is required'],
    ['expect_column_most_common_value_to_be_in_set', { column: 'x', value_set: [1], ties_okay: 'yes' }, 'kwargs.ties_okay must be true or false, got "yes"'],
    ['expect_column_value_z_scores_to_be_less_than', { column: 'x' }, 'kwargs.threshold is required'],
    ['expect_column_value_z_scores_to_be_less_than', { column: 'x', threshold: 3, double_sided: 1 }, 'kwargs.double_sided must be true or false, got 1'],
    ['expect_column_sum_to_be_between', { column: 'x', min_value: 'a' }, 'kwargs.min_value must be a number or null, got "a". mlship compares numeric bounds only; dates and text bounds are not supported.'],
    ['expect_column_values_to_be_increasing', { column: 'x', strictly: 'no' }, 'kwargs.strictly must be true or false, got "no"'],
    ['expect_column_values_to_be_decreasing', { column: 'x', parse_strings_as_datetimes: 'no' }, 'kwargs.parse_strings_as_datetimes must be true or false, got "no"'],
  ])('%s %j', (type, kwargs, tail) => {
    expect(line(type, kwargs)).toBe(`suite.json: expectations[0]: ${type}: ${tail}`);
  });

  it('an unimplemented kwarg is named', () => {
    expect(line('expect_column_unique_value_count_to_be_between', { column: 'x', min_value: 1, windows: [] })).toMatch(/expect_column_unique_value_count_to_be_between: kwarg "windows" is not supported by mlship/);
  });
});
