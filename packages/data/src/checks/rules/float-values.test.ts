import fs from 'node:fs';
import { FloatValues, meanStd, npSum } from './float-values';

/** pandas' own results (make_sum_golden.py) for values crossing numpy's pairwise block edges. */
const golden = JSON.parse(fs.readFileSync(new URL('./__golden__/float-values.golden.json', import.meta.url), 'utf8')) as { n: number; sum: number; np_sum: number; mean: number | null; std: number | null }[];
const values = (n: number) => Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 10007) / 97 - 50.3);

describe('npSum (numpy float64 summation order)', () => {
  it.each(golden.map((g) => [g.n, g] as const))('n = %i: the same double as pandas and numpy', (n, g) => {
    const a = values(n);
    expect(npSum(a)).toBe(g.sum);
    expect(npSum(a)).toBe(g.np_sum);
  });

  it('differs from a plain left-to-right sum where numpy does (the order matters)', () => {
    const a = values(70001);
    let plain = 0;
    for (const v of a) plain += v;
    expect(plain).not.toBe(golden.find((g) => g.n === 70001)!.sum);
  });
});

describe('meanStd (pandas mean and ddof=1 std)', () => {
  it.each(golden.filter((g) => g.n >= 2).map((g) => [g.n, g] as const))('n = %i', (n, g) => {
    const { mean, std } = meanStd(values(n));
    expect(mean).toBe(g.mean);
    expect(Math.abs(std - g.std!)).toBeLessThanOrEqual(1e-12 * g.std!);
  });

  it('one value has no sample std', () => {
    expect(meanStd(Float64Array.of(3))).toEqual({ mean: 3, std: NaN });
  });
});

describe('FloatValues', () => {
  it('grows past its first block and keeps order', () => {
    const f = new FloatValues();
    for (let i = 0; i < 3000; i++) f.push(i);
    expect(f.length).toBe(3000);
    expect(f.values[2999]).toBe(2999);
    expect(npSum(f.values)).toBe((2999 * 3000) / 2);
  });
});
