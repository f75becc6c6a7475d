import golden from './__golden__/multinomial.golden.json' with { type: 'json' };
import { goldenDir } from './__golden__/golden';
import { pairedBootstrap, type BootstrapInterval } from './bootstrap';
import { encodeClassification, readPredictions } from './index';
import { binomial, multinomial } from './multinomial';
import { pairedClassification } from './paired';
import { Xoshiro128 } from './random';

/** Upper χ² quantile by Wilson–Hilferty, accurate to a few percent for df ≥ 3; z = 3.719 is the 1e-4 tail. */
const chi2Critical = (df: number, z = 3.719) => df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;

describe('binomial', () => {
  // Fixed seeds: each case passes or fails the same way on every run; a correct sampler fails one in 10^4.
  it.each(golden.binomial.map((c, i) => [c.n, c.p, c, i] as const))('Binomial(%d, %d) matches scipy.stats.binom.pmf (χ² goodness of fit)', (n, p, c, i) => {
    const rng = new Xoshiro128(1000 + i);
    const draws = 200_000;
    const hist = new Map<number, number>();
    let sum = 0;
    let sumSq = 0;
    for (let d = 0; d < draws; d++) {
      const x = binomial(rng, n, p);
      expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
      hist.set(x, (hist.get(x) ?? 0) + 1);
      sum += x;
      sumSq += x * x;
    }
    // Bins of consecutive values holding an expected count of at least 20 each; the tails go into the end bins.
    let chi2 = 0;
    let bins = 0;
    let expected = 0;
    let observed = 0;
    let below = 0;
    for (const [x, count] of hist) if (x < c.lo) below += count;
    observed = below;
    const flush = () => {
      chi2 += (observed - expected) ** 2 / expected;
      bins++;
      expected = 0;
      observed = 0;
    };
    c.pmf.forEach((q, j) => {
      expected += q * draws;
      observed += hist.get(c.lo + j) ?? 0;
      if (expected >= 20 && (draws * c.pmf.slice(j + 1).reduce((a, b) => a + b, 0) >= 20 || j === c.pmf.length - 1)) flush();
    });
    let above = 0;
    for (const [x, count] of hist) if (x >= c.lo + c.pmf.length) above += count;
    if (expected > 0 || above > 0) {
      observed += above;
      expected = Math.max(expected, 1e-9);
      flush();
    }
    expect(chi2).toBeLessThan(chi2Critical(Math.max(bins - 1, 3)));
    const mean = sum / draws;
    const variance = sumSq / draws - mean * mean;
    const sd = Math.sqrt(n * p * (1 - p));
    expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(draws) + 1e-12);
    if (sd > 0) expect(Math.abs(variance / (sd * sd) - 1)).toBeLessThan(0.03);
  });

  it('handles the edges: p of 0 and 1, n of 0', () => {
    const rng = new Xoshiro128(1);
    expect([binomial(rng, 10, 0), binomial(rng, 10, 1), binomial(rng, 0, 0.5)]).toEqual([0, 10, 0]);
  });
});

describe('multinomial', () => {
  it('places exactly n draws, none in an empty cell, each cell with its Binomial(n, w/Σw) mean', () => {
    const rng = new Xoshiro128(7);
    const weights = [500, 0, 1, 3000, 499, 6000];
    const total = weights.reduce((a, b) => a + b, 0);
    const out = new Float64Array(weights.length);
    const sums = new Float64Array(weights.length);
    const runs = 20_000;
    const n = 10_000;
    for (let r = 0; r < runs; r++) {
      multinomial(rng, n, weights, out);
      expect(out.reduce((a, b) => a + b, 0)).toBe(n);
      expect(out[1]).toBe(0);
      out.forEach((v, j) => (sums[j]! += v));
    }
    weights.forEach((w, j) => {
      const p = w / total;
      const se = Math.sqrt((n * p * (1 - p)) / runs);
      expect(Math.abs(sums[j]! / runs - n * p)).toBeLessThanOrEqual(5 * se + 1e-9);
    });
  });
});

describe('bootstrap of count-based metrics from the confusion cells', () => {
  const resamples = 10_000;
  let rows: BootstrapInterval;
  let cells: BootstrapInterval;
  beforeAll(async () => {
    const cand = await readPredictions('binary.csv', { cwd: goldenDir, role: 'predictions', columns: { y_true: 'y_true', y_pred: 'y_pred' } });
    const base = await readPredictions('binary.csv', { cwd: goldenDir, role: 'baseline-predictions', columns: { y_true: 'y_true', y_pred: 'base_pred' } });
    const { candidate: c, baseline: b } = encodeClassification(cand, base, undefined);
    const opts = { resamples, confidence: 0.95 };
    [cells] = pairedBootstrap(c.truth.length, pairedClassification(['accuracy'], c, b!), { ...opts, seed: 11 });
    [rows] = pairedBootstrap(c.truth.length, pairedClassification(['accuracy'], c, b!), { ...opts, seed: 12, cellDraws: 'rows' });
  });

  /**
   * Monte-Carlo tolerance for two independent 10,000-resample estimates of the same distribution
   * (σ its standard deviation): the mean differs by about σ·√(2/N), the std by σ·√(1/N) and a 2.5%
   * quantile by σ·√(2·0.025·0.975/N)/φ(1.96) ≈ 0.038σ; four of those is the tolerance.
   */
  const agree = (a: BootstrapInterval, b: { mean: number; std: number; lower: number; upper: number }) => {
    const sigma = b.std;
    expect(Math.abs(a.mean - b.mean)).toBeLessThan(4 * sigma * Math.sqrt(2 / resamples));
    expect(Math.abs(a.std - b.std)).toBeLessThan(4 * sigma * Math.sqrt(1 / resamples));
    expect(Math.abs(a.lower - b.lower)).toBeLessThan(4 * 0.038 * sigma);
    expect(Math.abs(a.upper - b.upper)).toBeLessThan(4 * 0.038 * sigma);
  };

  it('multinomial draws and row draws give the same interval within Monte-Carlo error', () => {
    expect(cells.resamples).toBe(resamples);
    agree(cells, rows);
  });

  it('and both match a vectorised NumPy row bootstrap (index matrix, mean of the gathered correctness)', () => {
    agree(cells, golden.bootstrap);
    agree(rows, golden.bootstrap);
  });
});
