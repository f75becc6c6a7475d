/**
 * histogramQuantile, and the scrape source's whole path (exposition text →
 * bucket deltas → quantile), against a real Prometheus answering
 * histogram_quantile over the same bucket counts.
 */
import http from 'node:http';
import type net from 'node:net';
import { counterDelta, histogramQuantile } from './histogram';
import { ScrapeSource } from './scrape-source';
import { createTsdb, queryValue, startPrometheus, type RunningPrometheus, type Series } from './testing/prometheus';

const T0 = 1_700_000_000;
const T1 = T0 + 60;
const QUANTILES = [-0.1, 0, 0.01, 0.25, 0.5, 0.7, 0.9, 0.95, 0.99, 1, 1.5];

/** Cumulative bucket counts (le text → count) at T0 and T1; Prometheus sees their difference. */
interface Case {
  name: string;
  before: Record<string, number>;
  after: Record<string, number>;
}

const seeded = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const random = seeded(7);
const randomCase = (i: number): Case => {
  const les = ['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '10', '+Inf'];
  const before: Record<string, number> = {};
  const after: Record<string, number> = {};
  let b = 0;
  let a = 0;
  for (const le of les) {
    b += Math.floor(random() * 50);
    a += Math.floor(random() * 200);
    before[le] = b;
    after[le] = b + a;
  }
  return { name: `random-${i}`, before, after };
};

const CASES: Case[] = [
  { name: 'typical', before: { '0.05': 100, '0.25': 110, '1': 111, '+Inf': 111 }, after: { '0.05': 119, '0.25': 130, '1': 131, '+Inf': 131 } },
  { name: 'in-inf-bucket', before: { '0.1': 0, '0.5': 0, '+Inf': 0 }, after: { '0.1': 1, '0.5': 2, '+Inf': 10 } },
  { name: 'nonpositive-first', before: { '-1': 0, '0': 0, '1': 0, '+Inf': 0 }, after: { '-1': 3, '0': 5, '1': 9, '+Inf': 10 } },
  { name: 'zero-first-bound', before: { '0': 0, '2': 0, '+Inf': 0 }, after: { '0': 4, '2': 8, '+Inf': 8 } },
  { name: 'no-observations', before: { '0.1': 5, '+Inf': 5 }, after: { '0.1': 5, '+Inf': 5 } },
  { name: 'no-inf-bucket', before: { '0.1': 0, '1': 0 }, after: { '0.1': 3, '1': 6 } },
  { name: 'only-inf', before: { '+Inf': 0 }, after: { '+Inf': 7 } },
  { name: 'non-monotonic', before: { '0.1': 0, '0.5': 0, '1': 0, '+Inf': 0 }, after: { '0.1': 5, '0.5': 4, '1': 8, '+Inf': 10 } },
  { name: 'duplicate-bound', before: { '0.5': 0, '1': 0, '1.0': 0, '+Inf': 0 }, after: { '0.5': 2, '1': 3, '1.0': 4, '+Inf': 12 } },
  ...Array.from({ length: 6 }, (_, i) => randomCase(i)),
];

const leNumber = (le: string) => (le === '+Inf' ? Infinity : Number(le));
const deltaBuckets = (c: Case) => Object.keys(c.after).map((le) => ({ upperBound: leNumber(le), count: counterDelta(c.before[le] ?? 0, c.after[le]!) }));

let prom: RunningPrometheus;

beforeAll(async () => {
  const series: Series[] = CASES.flatMap((c) =>
    Object.keys(c.after).map((le) => ({
      name: 'h_bucket',
      labels: { case: c.name, le },
      samples: [
        [T0, c.before[le] ?? 0],
        [T1, c.after[le]!],
      ] as [number, number][],
    })),
  );
  prom = await startPrometheus({ tsdb: createTsdb(series) });
});
afterAll(() => prom?.stop());

const promQuantile = (c: Case, q: number) => queryValue(prom, `histogram_quantile(${q}, sum by (le) (h_bucket{case="${c.name}"} - h_bucket{case="${c.name}"} offset 60s))`, T1);

/** Equal as Prometheus prints it: NaN to NaN, infinities to themselves, finite values to 1e-9 relative. */
const same = (ours: number, theirs: number | null) => {
  expect(theirs).not.toBeNull();
  if (Number.isNaN(theirs!)) return expect(ours).toBeNaN();
  if (!Number.isFinite(theirs!)) return expect(ours).toBe(theirs);
  expect(Math.abs(ours - theirs!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(theirs!)));
};

describe('histogramQuantile equals Prometheus histogram_quantile', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    for (const q of QUANTILES) same(histogramQuantile(q, deltaBuckets(c)), await promQuantile(c, q));
  });

  it('treats a NaN quantile as NaN', () => {
    expect(histogramQuantile(NaN, deltaBuckets(CASES[0]!))).toBeNaN();
  });
});

describe('the scrape source computes the same quantile from two scrapes', () => {
  /** A /metrics page that shows `before` at the first scrape and `after` from then on, for the canary track. */
  const page = (c: Case, counts: Record<string, number>) =>
    [
      '# HELP http_request_duration_seconds Request latency.',
      '# TYPE http_request_duration_seconds histogram',
      ...Object.keys(c.after).map((le) => `http_request_duration_seconds_bucket{le="${le}",track="canary"} ${counts[le] ?? 0}`),
      // Another track's series on the same page must not leak into the canary's numbers.
      ...Object.keys(c.after).map((le) => `http_request_duration_seconds_bucket{le="${le}",track="stable"} ${1000 + (counts[le] ?? 0) * 3}`),
      `http_request_duration_seconds_count{track="canary"} ${counts['+Inf'] ?? 0}`,
      '# TYPE http_requests_total counter',
      `http_requests_total{code="200",track="canary"} ${counts['+Inf'] ?? 0}`,
      '',
    ].join('\n');

  const valid = CASES.filter((c) => '+Inf' in c.after && Object.keys(c.after).length > 1);

  it.each(valid.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    let served = 0;
    const server = http.createServer((_req, res) => res.end(page(c, served++ === 0 ? c.before : c.after)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    let clock = T0;
    const source = new ScrapeSource({
      urls: { canary: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/metrics` },
      interval: 60,
      trackLabel: 'track',
      trackValues: { canary: 'canary', stable: 'stable' },
      now: () => clock,
    });
    try {
      await source.start();
      clock = T1;
      for (const q of QUANTILES.filter((q) => q >= 0 && q <= 1)) {
        const reading = await source.read({ kind: 'latency', quantile: q }, 'canary', { start: T0, end: T1 });
        const theirs = await promQuantile(c, q);
        if (Number.isNaN(theirs!)) expect(reading.value).toBeNull();
        else same(reading.value!, theirs);
      }
      expect(source.history('canary').map((s) => s.t)).toEqual([T0, T1]);
    } finally {
      await source.close();
      server.close();
    }
  });
});
