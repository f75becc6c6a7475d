import { UserError, formatNumber } from '@mlship/core';
import { expectClose, loadRulesGolden } from '../__golden__/golden';
import { compileError, verdict, Workspace } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());
const golden = loadRulesGolden().stats;

describe('mean / std / quantile against pandas (golden: 240 values, 12 null)', () => {
  const f = ws.csvColumns('stats.csv', { x: golden.x });

  it('mean_between: observed = pandas mean()', async () => {
    const c = await ws.one({ type: 'mean_between', column: 'x', min: 40, max: 60 }, f);
    expect(c.id).toBe('mean_between:x');
    expectClose(c.observed as number, golden.mean, 'mean');
    expect(verdict(c)).toEqual({ status: 'pass', observed: c.observed, expected: '[40, 60]', detail: `mean(x) = ${formatNumber(golden.mean)}` });
    expect(verdict(await ws.one({ type: 'mean_between', column: 'x', min: 50 }, f))).toMatchObject({ status: 'fail', expected: '>= 50' });
  });

  it('std_between: observed = pandas std() (ddof=1)', async () => {
    const c = await ws.one({ type: 'std_between', column: 'x', max: 12 }, f);
    expect(c.id).toBe('std_between:x');
    expectClose(c.observed as number, golden.std, 'std');
    expect(verdict(c)).toEqual({ status: 'pass', observed: c.observed, expected: '<= 12', detail: `std(x) = ${formatNumber(golden.std)}` });
    expect(verdict(await ws.one({ type: 'std_between', column: 'x', min: 11.7, max: 20 }, f))).toMatchObject({ status: 'fail', expected: '[11.7, 20]' });
  });

  it.each(golden.quantiles)('quantile_between q=%s: observed = pandas quantile() (linear)', async (q, value) => {
    const c = await ws.one({ type: 'quantile_between', column: 'x', quantile: q, min: value, max: value }, f);
    expect(c.id).toBe(`quantile_between:x:${q}`);
    expectClose(c.observed as number, value, `q${q}`);
    expect(c.detail).toBe(`q${q}(x) = ${formatNumber(value)}`);
  });
});

describe('mean / std / quantile bounds by hand (1, 2, 3, 4: mean 2.5, std √(5/3), q0.25 1.75)', () => {
  const f = ws.csvColumns('small.csv', { v: [1, 2, 3, 4, null], one: [null, null, 7, null, null], flag: [true, false, true, true, null], s: ['a', 'b', 'c', 'd', 'e'] });

  it('bounds are inclusive: min = max = the value passes', async () => {
    expect(verdict(await ws.one({ type: 'mean_between', column: 'v', min: 2.5, max: 2.5 }, f))).toEqual({ status: 'pass', observed: 2.5, expected: '[2.5, 2.5]', detail: 'mean(v) = 2.5' });
    expect(verdict(await ws.one({ type: 'std_between', column: 'v', min: Math.sqrt(5 / 3), max: Math.sqrt(5 / 3) }, f))).toMatchObject({ status: 'pass', observed: Math.sqrt(5 / 3), detail: 'std(v) = 1.291' });
    expect(verdict(await ws.one({ type: 'quantile_between', column: 'v', quantile: 0.25, min: 1.75, max: 1.75 }, f))).toEqual({
      status: 'pass',
      observed: 1.75,
      expected: '[1.75, 1.75]',
      detail: 'q0.25(v) = 1.75',
    });
    expect(verdict(await ws.one({ type: 'quantile_between', column: 'v', quantile: 0.5, min: 2.5, max: 2.5 }, f))).toMatchObject({ status: 'pass', observed: 2.5 });
  });

  it('just past a bound fails', async () => {
    expect(verdict(await ws.one({ type: 'mean_between', column: 'v', min: 2.5000001 }, f))).toEqual({ status: 'fail', observed: 2.5, expected: '>= 2.5', detail: 'mean(v) = 2.5' });
    expect(verdict(await ws.one({ type: 'std_between', column: 'v', max: 1.29 }, f))).toMatchObject({ status: 'fail', expected: '<= 1.29' });
    expect(verdict(await ws.one({ type: 'quantile_between', column: 'v', quantile: 0.25, max: 1.7499 }, f))).toMatchObject({ status: 'fail', observed: 1.75, expected: '<= 1.75' });
  });

  it('too few values: std of one value and a quantile of none fail and say why', async () => {
    expect(verdict(await ws.one({ type: 'std_between', column: 'one', min: 0 }, f))).toEqual({ status: 'fail', observed: 'undefined', expected: '>= 0', detail: 'one has too few non-null values for a std' });
    expect(verdict(await ws.one({ type: 'mean_between', column: 'one', min: 7, max: 7 }, f))).toMatchObject({ status: 'pass', observed: 7 });
    const empty = ws.text('empty.csv', 'e,k\n,1\n,2\n');
    const read = { csv: { types: { e: 'float' } } };
    expect(verdict(await ws.one({ type: 'quantile_between', column: 'e', quantile: 0.5, min: 0 }, empty, { read }))).toEqual({ status: 'fail', observed: 'no values', expected: '>= 0', detail: 'e has no non-null values' });
    expect(verdict(await ws.one({ type: 'mean_between', column: 'e', min: 0 }, empty, { read }))).toMatchObject({ status: 'fail', observed: 'undefined', detail: 'e has too few non-null values for a mean' });
  });

  it('mean of a bool column is the share of true, as pandas', async () => {
    expect(verdict(await ws.one({ type: 'mean_between', column: 'flag', min: 0.75, max: 0.75 }, f))).toMatchObject({ status: 'pass', observed: 0.75 });
    expect(verdict(await ws.one({ type: 'std_between', column: 'flag', min: 0.5, max: 0.5 }, f))).toMatchObject({ status: 'pass', observed: 0.5 });
  });

  it('rejects text columns, and quantiles of a bool column (pandas cannot take them either)', async () => {
    expect(await compileError(ws.validate([{ type: 'mean_between', column: 's', min: 0 }], f))).toBe('column: "s" is string, mean_between needs a numeric column');
    expect(await compileError(ws.validate([{ type: 'std_between', column: 's', min: 0 }], f))).toBe('column: "s" is string, std_between needs a numeric column');
    expect(await compileError(ws.validate([{ type: 'quantile_between', column: 's', quantile: 0.5 }], f))).toBe('column: "s" is string, quantile_between needs a numeric column');
    expect(await compileError(ws.validate([{ type: 'quantile_between', column: 'flag', quantile: 0.5 }], f))).toBe('column: "flag" is bool, quantile_between needs a numeric column');
  });
});

describe('class_balance (seed target_distribution: rare when share < min_percent / 100)', () => {
  // 29 "a", 71 "b", 5 nulls: nulls are not a class and not in the denominator (pandas value_counts).
  const labels = [...Array<string>(29).fill('a'), ...Array<string | null>(5).fill(null), ...Array<string>(71).fill('b')];
  const f = ws.csvColumns('classes.csv', { target: labels, n: labels.map((l) => (l === 'a' ? 0 : l === 'b' ? 1 : null)) });

  it('a class exactly at min_percent passes, although 29/100*100 is 28.999999999999996', async () => {
    const c = await ws.one({ type: 'class_balance', column: 'target', min_percent: 29 }, f);
    expect(c.id).toBe('class_balance:target');
    expect(verdict(c)).toEqual({ status: 'pass', observed: 'smallest class 29%', expected: 'every class >= 29%', detail: '2 classes, OK' });
  });

  it('a class under min_percent fails, rarest first', async () => {
    expect(verdict(await ws.one({ type: 'class_balance', column: 'target', min_percent: 29.01 }, f))).toEqual({
      status: 'fail',
      observed: 'smallest class 29%',
      expected: 'every class >= 29.01%',
      detail: 'Rare classes (<29.01%): a 29.00%',
    });
    expect(verdict(await ws.one({ type: 'class_balance', column: 'target', min_percent: 80 }, f))).toMatchObject({ status: 'fail', detail: 'Rare classes (<80%): a 29.00%, b 71.00%' });
  });

  it('works on numeric labels, default min_percent 1', async () => {
    expect(verdict(await ws.one({ type: 'class_balance', column: 'n' }, f))).toEqual({ status: 'pass', observed: 'smallest class 29%', expected: 'every class >= 1%', detail: '2 classes, OK' });
  });
});
