import { rng } from '@mlship/core/testing';
import { sortDoubles } from './sort-doubles';

/** The reference is the engine's own typed-array sort: the sketch's results must not move. */
function expectSameAsNative(values: Float64Array): void {
  const expected = values.slice().sort();
  const actual = sortDoubles(values.slice());
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (!Object.is(actual[i], expected[i])) throw new Error(`index ${i}: ${actual[i]} instead of ${expected[i]}`);
  }
}

describe('sortDoubles', () => {
  const rand = rng(7);
  const SPECIAL = [0, -0, Infinity, -Infinity, Number.MIN_VALUE, -Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 2.2250738585072014e-308, -2.225073858507201e-308, 1, -1, 0.1, -0.1, 2 ** 53, -(2 ** 53)];
  const cases: [string, (i: number) => number][] = [
    ['uniform in [0, 1)', () => rand()],
    ['both signs, wide exponents', () => (rand() - 0.5) * 10 ** Math.floor(rand() * 600 - 300)],
    ['special values and zeros of both signs', () => SPECIAL[Math.floor(rand() * SPECIAL.length)]!],
    ['few distinct values', () => Math.floor(rand() * 5) - 2],
    ['all equal (every pass skipped)', () => 3.25],
    ['integers like epoch milliseconds', () => 1.7e12 + Math.floor(rand() * 3e10)],
    ['sharing the high 32 bits, long runs (nanosecond times)', () => 1.7e18 + Math.floor(rand() * 6e10)],
    ['sharing the high 32 bits, negative', () => -(1.7e18 + Math.floor(rand() * 6e10))],
    ['short runs of one high word', () => 1 + Math.floor(rand() * 400) * 2 ** -18 + Math.floor(rand() * 1e6) * 2 ** -52],
    ['repeated decimals', () => [19.99, 0.1, -2.75, 1e-7][Math.floor(rand() * 4)]! + (rand() < 0.5 ? 0 : 0.001)],
    ['descending', (i) => -i / 3],
    ['ascending', (i) => i / 3 - 100],
    ['ascending with repeats', (i) => Math.floor(i / 7)],
    ['ascending but +0 before −0', (i) => (i < 30 ? -30 + i : i === 30 ? 0 : i === 31 ? -0 : i)],
    ['ascending up to a NaN', (i) => (i === 60 ? NaN : i)],
  ];
  it.each(cases)('orders %s exactly as Float64Array.prototype.sort', (_name, draw) => {
    for (const n of [0, 1, 63, 64, 65, 2048, 5000]) expectSameAsNative(Float64Array.from({ length: n }, (_, i) => draw(i)));
  });

  it('gives an array holding NaN to the native sort', () => {
    const values = Float64Array.from({ length: 2048 }, (_, i) => (i % 97 === 0 ? NaN : i % 2 ? -i : i));
    const sorted = sortDoubles(values);
    expect(sorted).toBe(values);
    expectSameAsNative(values);
  });

  it('returns an ascending array itself, without sorting it', () => {
    const values = Float64Array.from({ length: 2048 }, (_, i) => 1.7e12 + i * 1000);
    expect(sortDoubles(values)).toBe(values);
  });

  it('reuses its scratch for a shorter array after a longer one', () => {
    expectSameAsNative(Float64Array.from({ length: 10_000 }, () => rand() - 0.5));
    expectSameAsNative(Float64Array.from({ length: 100 }, () => rand() * 1e9));
  });
});
