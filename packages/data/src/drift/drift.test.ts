import { isUserError } from '@mlship/core';
import { loadGolden, expectClose, num } from './__golden__/golden';
import {
  EmptyDistributionError,
  categoricalFromCounts,
  chiSquare,
  exactCategorical,
  exactNumeric,
  jensenShannon,
  jensenShannonBinned,
  ksTwoSample,
  psi,
  psiCategorical,
  PSI_EPSILON,
} from './index';

interface NumericCase {
  name: string;
  reference: number[];
  current: number[];
  bins: number;
  ks: { statistic: number; pValue: number };
  psi: { value: number; bins: { lower: number | string; upper: number | string; expected: number; actual: number }[] };
  jsBinned: number;
}

interface CategoricalCase {
  name: string;
  categories: string[];
  reference?: string[];
  current?: string[];
  referenceCounts?: [string, number][];
  currentCounts?: [string, number][];
  chi2: { statistic: number; pValue: number; dof: number };
  js: number;
  psi: number;
}

const golden = loadGolden<{ psiEpsilon: number; numeric: NumericCase[]; categorical: CategoricalCase[] }>('drift.json');
const REL = 1e-9;
const ABS = 1e-12; // for statistics that are 0 up to rounding (identical data)

it('uses the epsilon the goldens were made with', () => {
  expect(golden.psiEpsilon).toBe(PSI_EPSILON);
});

describe.each(golden.numeric.map((c) => [c.name, c] as const))('numeric golden: %s', (_name, c) => {
  const ref = exactNumeric(c.reference);
  const cur = exactNumeric(c.current);

  it('ksTwoSample = scipy.stats.ks_2samp(method="asymp")', () => {
    const ks = ksTwoSample(ref, cur);
    expectClose(ks.statistic, c.ks.statistic, 'D', REL, ABS);
    expectClose(ks.pValue, c.ks.pValue, 'p', REL, ABS);
  });

  it('psi = numpy PSI with the same bins and epsilon', () => {
    const r = psi(ref, cur, { bins: c.bins });
    expectClose(r.value, c.psi.value, 'psi', REL, ABS);
    expect(r.bins).toHaveLength(c.psi.bins.length);
    r.bins.forEach((b, i) => {
      const g = c.psi.bins[i];
      expect(b.lower).toBe(num(g.lower));
      expect(b.upper).toBe(num(g.upper));
      expectClose(b.expected, g.expected, `bin ${i} expected`, REL, ABS);
      expectClose(b.actual, g.actual, `bin ${i} actual`, REL, ABS);
    });
  });

  it('jensenShannonBinned = scipy jensenshannon over the PSI bins', () => {
    expectClose(jensenShannonBinned(ref, cur, { bins: c.bins }), c.jsBinned, 'js', REL, ABS);
  });
});

describe.each(golden.categorical.map((c) => [c.name, c] as const))('categorical golden: %s', (_name, c) => {
  const ref = c.referenceCounts ? categoricalFromCounts(c.referenceCounts) : exactCategorical(c.reference!);
  const cur = c.currentCounts ? categoricalFromCounts(c.currentCounts) : exactCategorical(c.current!);

  it('chiSquare = scipy.stats.chi2_contingency', () => {
    const r = chiSquare(ref, cur);
    expect(r.dof).toBe(c.chi2.dof);
    expectClose(r.statistic, c.chi2.statistic, 'chi2', REL, ABS);
    expectClose(r.pValue, c.chi2.pValue, 'p', REL, ABS);
  });

  it('jensenShannon = scipy.spatial.distance.jensenshannon(base=2)', () => {
    expectClose(jensenShannon(ref, cur), c.js, 'js', REL, 1e-7);
  });

  it('psiCategorical = numpy PSI over the union of categories', () => {
    const r = psiCategorical(ref, cur);
    expect(r.bins.map((b) => b.category)).toEqual(c.categories);
    expectClose(r.value, c.psi, 'psi', REL, ABS);
  });
});

describe('degenerate input', () => {
  const empty = exactNumeric([]);
  const some = exactNumeric([1, 2, 3]);
  const emptyCat = exactCategorical([null, undefined]);
  const someCat = exactCategorical(['a', 'b']);

  it('an empty side throws EmptyDistributionError naming the side, renderable as one line', () => {
    for (const f of [() => psi(empty, some), () => ksTwoSample(empty, some), () => jensenShannonBinned(empty, some)]) {
      expect(f).toThrow(EmptyDistributionError);
    }
    for (const f of [() => chiSquare(emptyCat, someCat), () => jensenShannon(emptyCat, someCat), () => psiCategorical(emptyCat, someCat)]) {
      expect(f).toThrow(EmptyDistributionError);
    }
    try {
      ksTwoSample(some, empty);
    } catch (e) {
      expect(e).toBeInstanceOf(EmptyDistributionError);
      expect((e as EmptyDistributionError).side).toBe('current');
      expect(isUserError(e)).toBe(true);
      expect((e as EmptyDistributionError).line).toMatch(/^ks: the current data has no non-missing values/);
    }
  });

  it('one value per side: scipy answers NaN, we use an effective size of 1', () => {
    expect(ksTwoSample(exactNumeric([1]), exactNumeric([1]))).toEqual({ statistic: 0, pValue: 1 });
    expect(ksTwoSample(exactNumeric([1]), exactNumeric([2]))).toEqual({ statistic: 1, pValue: 0 });
  });

  it('identical data: zero drift, p = 1', () => {
    const a = exactNumeric([3, 1, 2, 2, 5]);
    expect(psi(a, a).value).toBe(0);
    expect(ksTwoSample(a, a)).toEqual({ statistic: 0, pValue: 1 });
    const c = exactCategorical(['x', 'y', 'y']);
    expect(chiSquare(c, c).statistic).toBe(0);
    expect(chiSquare(c, c).pValue).toBe(1);
    expect(jensenShannon(c, c)).toBe(0);
  });

  it('a constant reference gives two bins around the constant', () => {
    const r = psi(exactNumeric([4, 4, 4]), exactNumeric([3, 4, 5, 6]));
    expect(r.bins.map((b) => [b.lower, b.upper])).toEqual([
      [-Infinity, 4],
      [4, Infinity],
    ]);
    expect(Number.isFinite(r.value)).toBe(true);
  });

  it('a single shared category: chi2 dof 0, p 1; JS 0; PSI 0', () => {
    const a = exactCategorical(['only', 'only']);
    const b = exactCategorical(['only']);
    expect(chiSquare(a, b)).toEqual({ statistic: 0, pValue: 1, dof: 0 });
    expect(jensenShannon(a, b)).toBe(0);
    expect(psiCategorical(a, b).value).toBe(0);
  });

  it('never returns NaN on finite data, including infinities in the values', () => {
    const a = exactNumeric([-Infinity, 1, 2, 3, Infinity]);
    const b = exactNumeric([1, 1, 1, Infinity]);
    for (const v of [psi(a, b).value, ksTwoSample(a, b).statistic, ksTwoSample(a, b).pValue, jensenShannonBinned(a, b)]) {
      expect(Number.isNaN(v)).toBe(false);
    }
  });
});

describe('exact helpers', () => {
  it('exactNumeric drops NaN, steps the CDF at every value and interpolates quantiles like numpy', () => {
    const d = exactNumeric([3, NaN, 1, 2, 2]);
    expect(d.count).toBe(4);
    expect(d.exact).toBe(true);
    expect(Array.from(d.support())).toEqual([1, 2, 3]);
    expect([d.cdf(0), d.cdf(1), d.cdf(2), d.cdf(2.5), d.cdf(3)]).toEqual([0, 0.25, 0.75, 0.75, 1]);
    expect([d.quantile(0), d.quantile(0.5), d.quantile(0.9), d.quantile(1)]).toEqual([1, 2, 2.7, 3]);
  });

  it('exactCategorical skips null/undefined and renders values as strings', () => {
    const d = exactCategorical(['a', 1, true, null, 'a', undefined]);
    expect(d.count).toBe(4);
    expect([...d.counts()]).toEqual([
      ['a', 2],
      ['1', 1],
      ['true', 1],
    ]);
  });
});
