import fs from 'node:fs';
import path from 'node:path';
import { binnedMannWhitney } from './binned-mann-whitney';
import { mannWhitneyU } from './mann-whitney';
import { normalSf } from './normal';
import { twoProportionZTest } from './two-proportion';

/** Golden values from SciPy 1.10 (__golden__/make_golden.py); every number within 1e-9, relative or absolute. */
const golden = JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '__golden__/golden.json'), 'utf8'));

const close = (actual: number, expected: number, what: string) => {
  if (!(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) throw new Error(`${what}: got ${actual}, SciPy says ${expected}`);
};

describe('normalSf', () => {
  it.each(golden.normal_sf as { z: number; sf: number }[])('matches scipy.stats.norm.sf at $z', ({ z, sf }) => {
    close(normalSf(z), sf, `sf(${z})`);
    // Far tails carry their own relative precision, not just 1e-9 absolute.
    if (sf > 0 && sf < 1e-6) expect(Math.abs(normalSf(z) - sf) / sf).toBeLessThan(1e-12);
  });
});

describe('twoProportionZTest', () => {
  type Case = { canary: { count: number; total: number }; stable: { count: number; total: number }; z: number; p_value: number };
  it.each(golden.two_proportion as Case[])('matches the pooled z-test for canary $canary.count/$canary.total vs stable $stable.count/$stable.total', (c) => {
    const r = twoProportionZTest(c.canary, c.stable)!;
    close(r.z, c.z, 'z');
    close(r.pValue, c.p_value, 'p');
    close(r.difference, c.canary.count / c.canary.total - c.stable.count / c.stable.total, 'difference');
  });

  it('cannot test a track without requests', () => {
    expect(twoProportionZTest({ count: 0, total: 0 }, { count: 3, total: 100 })).toBeNull();
    expect(twoProportionZTest({ count: 1, total: 10 }, { count: 0, total: 0 })).toBeNull();
  });
});

describe('mannWhitneyU', () => {
  type Case = { x: number[]; y: number[]; u: number; p_value: number; method: string };
  it.each((golden.mann_whitney as Case[]).map((c, i) => ({ ...c, i, n1: c.x.length, n2: c.y.length })))(
    'matches scipy.stats.mannwhitneyu(alternative="greater") case $i ($n1 vs $n2, $method)',
    (c) => {
      const r = mannWhitneyU(c.x, c.y)!;
      expect(r.method).toBe(c.method);
      close(r.u, c.u, 'U');
      close(r.pValue, c.p_value, 'p');
    },
  );

  it('covers both methods and the tie correction in the golden set', () => {
    const methods = new Set((golden.mann_whitney as Case[]).map((c) => c.method));
    expect(methods).toEqual(new Set(['exact', 'asymptotic']));
  });

  it('cannot test an empty sample', () => {
    expect(mannWhitneyU([], [1, 2])).toBeNull();
    expect(mannWhitneyU([1], [])).toBeNull();
  });
});

describe('binnedMannWhitney', () => {
  type Case = { canary: number[]; stable: number[]; u: number; p_value: number };
  it.each((golden.binned_mann_whitney as Case[]).map((c, i) => ({ ...c, i, n1: c.canary.reduce((a, b) => a + b, 0), n2: c.stable.reduce((a, b) => a + b, 0) })))(
    'matches scipy.stats.mannwhitneyu(alternative="greater", method="asymptotic") on the expanded bucket samples, case $i ($n1 vs $n2 requests)',
    (c) => {
      const r = binnedMannWhitney(c.canary, c.stable)!;
      close(r.u, c.u, 'U');
      close(r.pValue, c.p_value, 'p');
      expect([r.canaryCount, r.stableCount]).toEqual([c.n1, c.n2]);
    },
  );

  it('equals the sample-level test on the same requests (the bucket index as the value)', () => {
    const canary = [0, 3, 7, 2, 0, 1];
    const stable = [4, 9, 5, 0, 0, 2];
    const expand = (counts: number[]) => counts.flatMap((n, i) => Array<number>(n).fill(i));
    const binned = binnedMannWhitney(canary, stable)!;
    const samples = mannWhitneyU(expand(canary), expand(stable))!;
    expect(samples.method).toBe('asymptotic');
    close(binned.u, samples.u, 'U');
    close(binned.pValue, samples.pValue, 'p');
  });

  it('has nothing to test without requests on both sides, and refuses counts that are not counts', () => {
    expect(binnedMannWhitney([0, 0], [3, 1])).toBeNull();
    expect(binnedMannWhitney([2, 0], [0, 0])).toBeNull();
    expect(() => binnedMannWhitney([1.5, 0], [1, 1])).toThrow(/non-negative integers/);
    expect(() => binnedMannWhitney([1], [1, 1])).toThrow(/1 canary buckets vs 2 stable buckets/);
  });
});
