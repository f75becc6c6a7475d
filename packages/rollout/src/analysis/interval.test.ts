import { UserError } from '@mlship/core';
import { alignBuckets, histogramQuantile, type Bucket } from '../histogram';
import type { MetricKind } from '../source';
import { judgeMetric, provenAbove } from './interval';
import { buildPlan } from './plan';

const resolve = (name: string): MetricKind => {
  if (name === 'p95-latency') return { kind: 'latency', quantile: 0.95 };
  throw new UserError(`unknown metric "${name}".`);
};
const plan = (comparison: 'absolute' | 'relative') =>
  buildPlan({ metrics: comparison === 'absolute' ? 'p95-latency < 0.5' : 'p95-latency', comparison, maxIncrease: '20%', steps: [10, 100], stepDuration: 60, interval: 60, minRequests: 20, maxFailedIntervals: 0, significance: 0.05, resolve });

/** Cumulative buckets from per-bucket counts on prom-client's bounds up to 1 s, then +Inf. */
const BOUNDS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, Infinity];
const cumulative = (counts: number[]): Bucket[] => {
  let total = 0;
  return BOUNDS.map((upperBound, i) => ({ upperBound, count: (total += counts[i] ?? 0) }));
};
const judge = (p: ReturnType<typeof plan>, c: Bucket[] | null, s: Bucket[] | null) => {
  const reading = (h: Bucket[] | null) => ({ value: h ? histogramQuantile(0.95, h) : null });
  const count = (h: Bucket[] | null) => ({ requests: h?.at(-1)?.count ?? 0, errors: 0 });
  return judgeMetric(p, p.metrics[0]!, reading(c), reading(s), count(c), count(s), { canary: c, stable: s });
};

describe('latency judged per request', () => {
  // Stable: 950 of 1000 requests within 0.1 s, p95 0.1 s exactly at a bucket bound.
  const stable = cumulative([300, 400, 250, 50]);

  it('fails a canary 3× slower, with a per-request p-value', () => {
    const canary = cumulative([0, 100, 300, 500, 100]);
    for (const mode of ['absolute', 'relative'] as const) {
      const obs = judge(plan(mode), canary, stable);
      expect(obs.status).toBe('fail');
      expect(obs.pValue!).toBeLessThan(1e-100);
      expect(obs.reasons).toEqual([expect.stringMatching(/^canary p95-latency worse than stable by 0\.\d+ \(allowed 20%, p = .* < 0\.05\)$/)]);
    }
  });

  it('does not fail an excess that only interpolation inside a bucket shows (10 % slower, p95 just past 0.1 s)', () => {
    // 930 of 1000 within 0.1 s: histogram_quantile reads 0.1 + 0.15 · 20/70 ≈ 0.143 s, +43 %, yet no bucket shows a request past 0.25 s.
    const canary = cumulative([240, 390, 300, 70]);
    const obs = judge(plan('relative'), canary, stable);
    expect(obs.canary!).toBeCloseTo(0.1 + (0.15 * 20) / 70, 12);
    expect(obs.worseBy!).toBeGreaterThan(obs.allowed!);
    expect(obs.pValue!).toBeLessThan(0.05);
    expect(obs.status).toBe('pass');
    expect(obs.note).toBe("p95-latency 0.1429 vs 0.1 is interpolated inside a histogram bucket; the buckets do not show the canary's requests slower than 0.12 beyond p95");
  });

  it('too few requests in a histogram, or none, is inconclusive — never a pass', () => {
    const few = judge(plan('relative'), cumulative([0, 5, 5, 5]), stable);
    expect(few.status).toBe('inconclusive');
    expect(few.reasons).toEqual(['canary latency histogram holds 15 requests (min-requests 20), too few to compare p95-latency']);
    const reading = { value: 0.3 };
    const none = judgeMetric(plan('absolute'), plan('absolute').metrics[0]!, reading, { value: 0.1 }, { requests: 500, errors: 0 }, { requests: 500, errors: 0 }, { canary: null, stable });
    expect(none.status).toBe('inconclusive');
    expect(none.reasons).toEqual(['no canary latency histogram for p95-latency to compare requests with']);
  });

  it('keeps an absolute threshold failing on its own, whatever the comparison says', () => {
    const slowBoth = cumulative([0, 0, 0, 0, 900, 100]);
    const obs = judge(plan('absolute'), slowBoth, slowBoth);
    expect(obs.status).toBe('fail');
    expect(obs.reasons).toEqual([expect.stringMatching(/^canary p95-latency 0\.\d+ breaks p95-latency < 0\.5$/)]);
  });
});

describe('provenAbove', () => {
  const h = cumulative([0, 0, 940, 40, 20]);
  it('is true only when fewer than q of the requests are at or below the first bound past the limit', () => {
    expect(provenAbove(h, 0.95, 0.12)).toBe(false); // 980 of 1000 at or below 0.25
    expect(provenAbove(h, 0.99, 0.12)).toBe(true); // 980 < 990
    expect(provenAbove(h, 0.9, 0.05)).toBe(true); // 0 at or below 0.05
    expect(provenAbove(h, 0.95, 2)).toBe(false); // past the last finite bound nothing is shown
    expect(provenAbove(cumulative([]), 0.95, 0.1)).toBe(false);
  });
});

describe('alignBuckets', () => {
  it('differences cumulative counts on the bounds both tracks share, rounding increase() extrapolation', () => {
    const a = [
      { upperBound: 0.1, count: 10.4 },
      { upperBound: 0.2, count: 15.2 },
      { upperBound: 0.5, count: 19.6 },
      { upperBound: Infinity, count: 20.4 },
    ];
    const b = [
      { upperBound: 0.1, count: 3 },
      { upperBound: 0.5, count: 4 },
      { upperBound: Infinity, count: 9 },
    ];
    expect(alignBuckets(a, b)).toEqual({ bounds: [0.1, 0.5, Infinity], canary: [10, 10, 0], stable: [3, 1, 5] });
    expect(alignBuckets(a, [{ upperBound: 0.1, count: 3 }])).toBeNull();
  });
});
