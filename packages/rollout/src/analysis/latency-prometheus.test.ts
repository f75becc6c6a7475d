/**
 * The issue's own setting on a real Prometheus: 15 s scrapes, 1 m intervals,
 * ~800 requests per track per interval, canary p95 3× stable's (0.3 s vs
 * 0.1 s) with equal error rates — where the sub-window p95 test gave
 * p = 0.097 and promoted. Traffic is backfilled with promtool at fixed times
 * and judged by judgeInterval through the real PrometheusSource over 20
 * consecutive minutes per scenario, so nothing waits for a clock.
 */
import { UserError } from '@mlship/core';
import { PrometheusSource } from '../prometheus-source';
import type { MetricKind, Track } from '../source';
import { rng } from '@mlship/core/testing';
import { createTsdb, logNormalLatency, startPrometheus, trafficSeries, type RunningPrometheus, type Series } from '../testing/prometheus';
import { judgeInterval } from './interval';
import { buildPlan, type Comparison } from './plan';

const T0 = 1_700_000_000;
const SCRAPE = 15;
const TIMES = Array.from({ length: 4 * 25 + 1 }, (_, i) => T0 + i * SCRAPE);
/** Per track and canary p95 in seconds; stable's is 0.1 s. */
const SCENARIOS = { 'three-times': 0.3, 'ten-percent': 0.11, identical: 0.1 } as const;

function series(): Series[] {
  const random = rng(13);
  const latencies = (n: number, p95: number) => Array.from({ length: n }, () => logNormalLatency(random, p95));
  return Object.entries(SCENARIOS).flatMap(([service, p95]) =>
    (['canary', 'stable'] as Track[]).flatMap((track) =>
      // 200 requests per 15 s scrape: 800 a minute; 1 % errors on both tracks.
      trafficSeries({ labels: { service, track }, times: TIMES, offset: 50_000, perInterval: () => ({ latencies: latencies(200, track === 'canary' ? p95 : 0.1), errors: 2 }) }),
    ),
  );
}

let prom: RunningPrometheus;
beforeAll(async () => {
  prom = await startPrometheus({ tsdb: createTsdb(series()) });
});
afterAll(() => prom?.stop());

const resolve = (name: string): MetricKind => {
  if (name === 'error-rate') return { kind: 'error-rate' };
  if (name === 'p95-latency') return { kind: 'latency', quantile: 0.95 };
  throw new UserError(`unknown metric "${name}".`);
};

/** Verdicts of the 20 one-minute intervals from T0 + 5 min (every window has data on both sides). */
async function verdicts(service: keyof typeof SCENARIOS, comparison: Comparison) {
  const plan = buildPlan({
    metrics: comparison === 'absolute' ? 'error-rate < 0.05\np95-latency < 0.5' : 'error-rate\np95-latency',
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
  const source = new PrometheusSource({ url: prom.url, timeoutMs: 5000, attempts: 2, baseDelayMs: 10, trackLabel: 'track', trackValues: { canary: 'canary', stable: 'stable' }, service, queries: {} });
  const out = [];
  for (let k = 0; k < 20; k++) {
    const start = T0 + 300 + 60 * k;
    out.push(await judgeInterval(plan, source, { step: 1, weight: 10, interval: k + 1, window: { start, end: start + 60 } }));
  }
  await source.close();
  return out;
}

describe.each(['absolute', 'relative'] as const)('1 m intervals on 15 s scrapes, ~800 requests a minute (%s)', (comparison) => {
  it('fails every interval of a canary with 3× the p95, on latency alone, with p-values far below 0.05', async () => {
    const results = await verdicts('three-times', comparison);
    for (const r of results) {
      expect(r.canary!.requests).toBeGreaterThan(700);
      expect(r.verdict).toBe('fail');
      const [errors, latency] = r.metrics;
      expect(errors!.status).toBe('pass');
      expect(latency!.status).toBe('fail');
      expect(latency!.pValue!).toBeLessThan(1e-20);
    }
  });

  it('passes a canary 10 % slower (max-increase 20 %) and one identical to stable in at least 19 of 20 intervals', async () => {
    for (const service of ['ten-percent', 'identical'] as const) {
      const results = await verdicts(service, comparison);
      expect(results.every((r) => r.verdict !== 'inconclusive')).toBe(true);
      const passed = results.filter((r) => r.verdict === 'pass').length;
      if (passed < 19) throw new Error(`${service}: only ${passed} of 20 intervals passed`);
    }
  });
});
