/**
 * False alarms and power of the per-request latency comparison, at the level
 * where it is decided (judgeMetric on two histograms), over 100 seeded
 * intervals each: log-normal latencies (σ 0.5) binned into prom-client's
 * default buckets, exactly what a service's histogram holds. Long sweeps
 * (other effect sizes, request counts) live in bench/canary-power.
 */
import { UserError } from '@mlship/core';
import { histogramQuantile, type Bucket } from '../histogram';
import { rng } from '@mlship/core/testing';
import { DEFAULT_BUCKETS, logNormalLatency } from '../testing/prometheus';
import type { MetricKind } from '../source';
import { judgeMetric } from './interval';
import { buildPlan, type Comparison } from './plan';

const BOUNDS = [...DEFAULT_BUCKETS, Infinity];

/** `n` requests with log-normal latencies whose p95 is `p95`, as a cumulative histogram. */
function histogram(random: () => number, n: number, p95: number): Bucket[] {
  const counts = BOUNDS.map(() => 0);
  for (let k = 0; k < n; k++) {
    const latency = logNormalLatency(random, p95);
    let i = 0;
    while (latency > BOUNDS[i]!) i++;
    counts[i]! += 1;
  }
  let total = 0;
  return BOUNDS.map((upperBound, i) => ({ upperBound, count: (total += counts[i]!) }));
}

const resolve = (name: string): MetricKind => {
  if (name === 'p95-latency') return { kind: 'latency', quantile: 0.95 };
  throw new UserError(`unknown metric "${name}".`);
};

/** How many of 100 seeded intervals fail p95-latency in each mode, with canary and stable p95 in seconds; the same intervals are judged in both modes. */
function failures(o: { canaryP95: number; stableP95: number; canary: number; stable: number; seed: number }) {
  const plan = (comparison: Comparison) =>
    buildPlan({
      metrics: comparison === 'absolute' ? 'p95-latency < 0.5' : 'p95-latency',
      comparison,
      maxIncrease: '20%',
      steps: [10, 100],
      stepDuration: 60,
      interval: 60,
      minRequests: 20,
      maxFailedIntervals: 0,
      significance: 0.05,
      resolve,
    });
  const plans = { absolute: plan('absolute'), relative: plan('relative') };
  const random = rng(o.seed);
  const failed = { absolute: 0, relative: 0 };
  const pValues: number[] = [];
  for (let run = 0; run < 100; run++) {
    const c = histogram(random, o.canary, o.canaryP95);
    const s = histogram(random, o.stable, o.stableP95);
    // The p95 each track reports is histogram_quantile over the same buckets, as Prometheus computes it.
    const reading = (h: Bucket[]) => ({ value: histogramQuantile(0.95, h) });
    for (const mode of ['absolute', 'relative'] as const) {
      const p = plans[mode];
      const obs = judgeMetric(p, p.metrics[0]!, reading(c), reading(s), { requests: o.canary, errors: 0 }, { requests: o.stable, errors: 0 }, { canary: c, stable: s });
      expect(obs.status).not.toBe('inconclusive');
      if (obs.status === 'fail') failed[mode]++;
      if (mode === 'relative') pValues.push(obs.pValue!);
    }
  }
  return { failed, pValues };
}

// ~800 canary requests an interval, at a 10 % step and at an even split. Fewer requests: see the README's table.
describe.each([
  { canary: 800, stable: 7200 },
  { canary: 800, stable: 800 },
])('per-request latency comparison over 100 seeded intervals, $canary canary vs $stable stable requests, absolute and relative mode', ({ canary, stable }) => {
  it('identical tracks: promoted in at least 95 of 100 (false-alarm rate ≤ 5 %)', () => {
    const { failed } = failures({ canaryP95: 0.1, stableP95: 0.1, canary, stable, seed: 1 });
    expect(failed.absolute).toBeLessThanOrEqual(5);
    expect(failed.relative).toBeLessThanOrEqual(5);
  });

  it('canary p95 3× stable (0.3 s vs 0.1 s, under the 0.5 s threshold): caught in at least 95 of 100', () => {
    const { failed, pValues } = failures({ canaryP95: 0.3, stableP95: 0.1, canary, stable, seed: 2 });
    expect(failed.absolute).toBeGreaterThanOrEqual(95);
    expect(failed.relative).toBeGreaterThanOrEqual(95);
    // What the sub-window p95 test could never give: a p-value far below the significance level.
    expect(Math.max(...pValues)).toBeLessThan(0.001);
  });

  it('+10 % with max-increase 20 %: promoted in at least 95 of 100', () => {
    const { failed } = failures({ canaryP95: 0.11, stableP95: 0.1, canary, stable, seed: 3 });
    expect(failed.absolute).toBeLessThanOrEqual(5);
    expect(failed.relative).toBeLessThanOrEqual(5);
  });
});
