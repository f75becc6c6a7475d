import { parseThreshold } from '@mlship/core';
import { checkHealth, type HealthCondition } from './health';
import type { MetricKind, MetricSource, RequestCounts } from './source';

/** A source with fixed answers: the judge's logic is what is under test here (the sources have their own tests on real servers). */
const fixed = (requests: RequestCounts | null, values: Record<string, number | null>): MetricSource => ({
  requests: async () => requests,
  read: async (m: MetricKind) => ({ value: values[m.kind === 'latency' ? `p${m.quantile * 100}` : m.kind] ?? null }),
  histogram: async () => {
    throw new Error('the health check judges thresholds and never reads a histogram');
  },
  close: async () => {},
});
const conditions: HealthCondition[] = [
  { threshold: parseThreshold('error-rate <= 0.05', 't'), metric: { kind: 'error-rate' } },
  { threshold: parseThreshold('p95-latency <= 2.0', 't'), metric: { kind: 'latency', quantile: 0.95 } },
];
const W = { start: 0, end: 300 };

describe('checkHealth', () => {
  it('healthy only with enough requests and every threshold holding', async () => {
    const r = await checkHealth(fixed({ requests: 500, errors: 5 }, { 'error-rate': 0.01, p95: 0.3 }), 'stable', W, conditions, 20);
    expect(r).toEqual({ health: 'healthy', requests: { requests: 500, errors: 5 }, conditions: [expect.objectContaining({ id: 'error-rate', value: 0.01, passed: true }), expect.objectContaining({ id: 'p95-latency', value: 0.3, passed: true })], reasons: [] });
  });

  it("unhealthy on the seed's limits: error rate above 5 % or p95 above 2 s", async () => {
    expect((await checkHealth(fixed({ requests: 500, errors: 40 }, { 'error-rate': 0.08, p95: 0.3 }), 'stable', W, conditions, 20)).reasons).toEqual(['error-rate is 0.08, which breaks error-rate <= 0.05']);
    const slow = await checkHealth(fixed({ requests: 500, errors: 0 }, { 'error-rate': 0, p95: 2.5 }), 'stable', W, conditions, 20);
    expect(slow.health).toBe('unhealthy');
    // Exactly at the limit is still healthy (the seed rolls back only when above it).
    expect((await checkHealth(fixed({ requests: 500, errors: 25 }, { 'error-rate': 0.05, p95: 2.0 }), 'stable', W, conditions, 20)).health).toBe('healthy');
  });

  it('no data is inconclusive, never healthy — the hole in the seed', async () => {
    const none = await checkHealth(fixed(null, {}), 'stable', W, conditions, 20);
    expect(none.health).toBe('inconclusive');
    expect(none.reasons).toEqual(['no request data for the last 300 s', 'no data for error-rate', 'no data for p95-latency']);
    const noLatency = await checkHealth(fixed({ requests: 500, errors: 0 }, { 'error-rate': 0 }), 'stable', W, conditions, 20);
    expect(noLatency).toMatchObject({ health: 'inconclusive', reasons: ['no data for p95-latency'] });
  });

  it('too few requests is inconclusive even when the numbers look bad or good; a failure beats missing data', async () => {
    expect((await checkHealth(fixed({ requests: 3, errors: 3 }, { 'error-rate': 1, p95: 0.1 }), 'stable', W, conditions, 20)).health).toBe('inconclusive');
    expect((await checkHealth(fixed({ requests: 3, errors: 0 }, { 'error-rate': 0, p95: 0.1 }), 'stable', W, conditions, 20)).reasons[0]).toBe('3 requests in the last 300 s, fewer than min-requests 20');
    expect((await checkHealth(fixed({ requests: 500, errors: 100 }, { 'error-rate': 0.2 }), 'stable', W, conditions, 20)).health).toBe('unhealthy');
  });
});
