/**
 * The Prometheus source against a real Prometheus holding deterministic
 * traffic (loaded with promtool), queried at fixed times. Counters sit on
 * 15 s scrapes and windows start and end on a scrape, so each expected value
 * below is plain arithmetic on the generated counts.
 */
import { PrometheusSource, type PrometheusSourceOptions } from './prometheus-source';
import { MetricSourceUnavailable, type Track, type Window } from './source';
import { createTsdb, freePort, startPrometheus, trafficSeries, type RunningPrometheus, type Series } from './testing/prometheus';
import { rejectionLine } from '@mlship/core/testing';

const T0 = 1_700_000_000;
const STEP = 15;
const TIMES = Array.from({ length: 241 }, (_, i) => T0 + i * STEP);
/** 20 scrape intervals of 15 s; 50 requests each → 1000 requests per track. */
const WINDOW: Window = { start: T0 + 1800, end: T0 + 2100 };

const fast = Array(47).fill(0.04);
const healthyLatencies = [...fast, 0.2, 0.2, 0.2];
const slowLatencies = [...Array(25).fill(0.04), ...Array(25).fill(3.0)];

interface Scenario {
  canary?: { latencies: number[]; errors: number };
  stable?: { latencies: number[]; errors: number };
}
const SCENARIOS: Record<string, Scenario> = {
  healthy: { canary: { latencies: healthyLatencies, errors: 0 }, stable: { latencies: healthyLatencies, errors: 1 } },
  'error-spike': { canary: { latencies: healthyLatencies, errors: 15 }, stable: { latencies: healthyLatencies, errors: 1 } },
  'latency-regression': { canary: { latencies: slowLatencies, errors: 0 }, stable: { latencies: healthyLatencies, errors: 0 } },
  'canary-idle': { canary: { latencies: [], errors: 0 }, stable: { latencies: healthyLatencies, errors: 1 } },
  'canary-absent': { stable: { latencies: healthyLatencies, errors: 1 } },
  'stable-idle': { canary: { latencies: healthyLatencies, errors: 0 }, stable: { latencies: [], errors: 0 } },
};

function scenarioSeries(): Series[] {
  return Object.entries(SCENARIOS).flatMap(([service, s]) =>
    (['canary', 'stable'] as Track[]).flatMap((track) => {
      const traffic = s[track];
      if (!traffic) return [];
      const series = trafficSeries({ labels: { namespace: 'prod', service, track }, times: TIMES, perInterval: () => traffic, offset: 10_000 });
      // A service that never failed has no 5xx series at all (client libraries create it at the first error).
      return series.filter((x) => traffic.errors > 0 || x.labels.code !== '500');
    }),
  );
}

let prom: RunningPrometheus;
beforeAll(async () => {
  prom = await startPrometheus({ tsdb: createTsdb(scenarioSeries()) });
});
afterAll(() => prom?.stop());

const open = (service: string, extra: Partial<PrometheusSourceOptions> = {}) =>
  new PrometheusSource({
    url: prom.url,
    timeoutMs: 5000,
    attempts: 2,
    baseDelayMs: 10,
    trackLabel: 'track',
    trackValues: { canary: 'canary', stable: 'stable' },
    namespace: 'prod',
    service,
    queries: {},
    ...extra,
  });


describe('Prometheus source on loaded series', () => {
  it('healthy canary: counts, error rates (0 with no 5xx series, not null) and latency quantiles', async () => {
    const src = open('healthy');
    expect(await src.requests('canary', WINDOW)).toEqual({ requests: 1000, errors: 0 });
    expect(await src.requests('stable', WINDOW)).toEqual({ requests: 1000, errors: 20 });
    expect((await src.read({ kind: 'error-rate' }, 'canary', WINDOW)).value).toBe(0);
    expect((await src.read({ kind: 'error-rate' }, 'stable', WINDOW)).value).toBeCloseTo(0.02, 12);
    // p95: rank 47.5 of 50 per interval falls in (0.1, 0.25] holding 3 → 0.1 + 0.15 · 0.5/3.
    expect((await src.read({ kind: 'latency', quantile: 0.95 }, 'canary', WINDOW)).value).toBeCloseTo(0.125, 12);
    // p50: rank 25 in (0.025, 0.05] holding 47 → 0.025 + 0.025 · 25/47.
    expect((await src.read({ kind: 'latency', quantile: 0.5 }, 'canary', WINDOW)).value).toBeCloseTo(0.025 + (0.025 * 25) / 47, 12);
    expect((await src.read({ kind: 'request-rate' }, 'canary', WINDOW)).value).toBeCloseTo(1000 / 300, 12);
    await src.close();
  });

  it('error spike: 15 of every 50 canary requests fail', async () => {
    const src = open('error-spike');
    expect(await src.requests('canary', WINDOW)).toEqual({ requests: 1000, errors: 300 });
    expect((await src.read({ kind: 'error-rate' }, 'canary', WINDOW)).value).toBeCloseTo(0.3, 12);
    await src.close();
  });

  it('latency regression: half the canary requests take 3 s', async () => {
    const src = open('latency-regression');
    // rank 47.5 of 50 in (2.5, 5] holding 25, 25 below → 2.5 + 2.5 · 22.5/25.
    expect((await src.read({ kind: 'latency', quantile: 0.95 }, 'canary', WINDOW)).value).toBeCloseTo(4.75, 12);
    expect((await src.read({ kind: 'latency', quantile: 0.95 }, 'stable', WINDOW)).value).toBeCloseTo(0.125, 12);
    await src.close();
  });

  it('latency histograms: the requests per bucket over the window, from the built-in, a derived and an explicit bucket query', async () => {
    const src = open('latency-regression');
    const p95 = { kind: 'latency' as const, quantile: 0.95 };
    const bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, Infinity];
    // 20 intervals of 25 requests at 0.04 s and 25 at 3 s: 500 at or below 0.05, all 1000 at or below 5.
    const canary = (await src.histogram(p95, 'canary', WINDOW))!.sort((a, b) => a.upperBound - b.upperBound);
    expect(canary.map((b) => b.upperBound)).toEqual(bounds);
    expect(canary.map((b) => Math.round(b.count * 1e6) / 1e6)).toEqual([0, 0, 0, 500, 500, 500, 500, 500, 500, 1000, 1000, 1000]);
    // Stable: 47 at 0.04 s and 3 at 0.2 s per interval.
    const stable = (await src.histogram(p95, 'stable', WINDOW))!.sort((a, b) => a.upperBound - b.upperBound);
    expect(stable.map((b) => Math.round(b.count * 1e6) / 1e6)).toEqual([0, 0, 0, 940, 940, 1000, 1000, 1000, 1000, 1000, 1000, 1000]);
    await src.close();

    // A p95-latency override on a histogram of the team's own: its _bucket series and matchers, per bucket.
    const derived = open('latency-regression', { queries: { 'p95-latency': 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{{{selector}},le!="0.005"}[{{interval}}])))' } });
    const d = (await derived.histogram(p95, 'canary', WINDOW))!;
    expect(d.map((b) => b.upperBound).sort((a, b) => a - b)).toEqual(bounds.slice(1));
    expect(Math.round(d.find((b) => b.upperBound === Infinity)!.count)).toBe(1000);
    await derived.close();

    const explicit = open('latency-regression', { queries: { 'latency-buckets': 'sum by (le) (increase(http_request_duration_seconds_bucket{service="{{service}}",track="{{track}}",le=~"0.05|[+]Inf"}[{{interval}}]))' } });
    const e = (await explicit.histogram(p95, 'canary', WINDOW))!.sort((a, b) => a.upperBound - b.upperBound);
    expect(e.map((b) => [b.upperBound, Math.round(b.count)])).toEqual([
      [0.05, 500],
      [Infinity, 1000],
    ]);
    await explicit.close();
  });

  it('latency histograms: none for a track without series; a latency query without a histogram or a bucket query without le is a user error', async () => {
    const absent = open('canary-absent');
    expect(await absent.histogram({ kind: 'latency', quantile: 0.95 }, 'canary', WINDOW)).toBeNull();
    await absent.close();
    const summary = open('healthy', { queries: { 'p95-latency': 'max(model_latency_seconds{quantile="0.95",track="{{track}}"})' } });
    expect(await rejectionLine(summary.histogram({ kind: 'latency', quantile: 0.95 }, 'canary', WINDOW))).toBe(
      'input "queries": query "p95-latency" reads no histogram (no <name>_bucket series), so its latency cannot be compared with stable request by request. Add a latency-buckets query giving the requests per bucket, e.g. "latency-buckets: sum by (le) (increase(my_latency_bucket{{{selector}}}[{{interval}}]))".',
    );
    await summary.close();
    const noLe = open('healthy', { queries: { 'latency-buckets': 'sum(increase(http_request_duration_seconds_count{track="{{track}}"}[{{interval}}]))' } });
    expect(await rejectionLine(noLe.histogram({ kind: 'latency', quantile: 0.95 }, 'canary', WINDOW))).toMatch(/^query "p95-latency buckets" returns a series without a usable le label \(\{\}\): sum\(increase/);
    await noLe.close();
  });

  it('canary with no traffic: zero requests, and rates and latency are null, never 0', async () => {
    const src = open('canary-idle');
    expect(await src.requests('canary', WINDOW)).toEqual({ requests: 0, errors: 0 });
    expect(await src.read({ kind: 'error-rate' }, 'canary', WINDOW)).toEqual({ value: null });
    expect(await src.read({ kind: 'latency', quantile: 0.95 }, 'canary', WINDOW)).toEqual({ value: null });
    expect((await src.read({ kind: 'request-rate' }, 'canary', WINDOW)).value).toBe(0);
    await src.close();
  });

  it('canary that was never deployed: no series → no data', async () => {
    const src = open('canary-absent');
    expect(await src.requests('canary', WINDOW)).toBeNull();
    expect(await src.read({ kind: 'error-rate' }, 'canary', WINDOW)).toEqual({ value: null });
    expect(await src.read({ kind: 'latency', quantile: 0.99 }, 'canary', WINDOW)).toEqual({ value: null });
    await src.close();
  });

  it('stable with no traffic: null for stable, the canary still reads', async () => {
    const src = open('stable-idle');
    expect((await src.read({ kind: 'error-rate' }, 'stable', WINDOW)).value).toBeNull();
    expect((await src.read({ kind: 'error-rate' }, 'canary', WINDOW)).value).toBe(0);
    await src.close();
  });

  it('track-label none reads the whole service; with no namespace or service either, everything', async () => {
    const both = open('healthy', { trackLabel: 'none' });
    expect(await both.requests('stable', WINDOW)).toEqual({ requests: 2000, errors: 20 });
    expect((await both.read({ kind: 'error-rate' }, 'stable', WINDOW)).value).toBeCloseTo(0.01, 12);
    await both.close();
    // http_requests_total{} is still a valid selector: 9 tracks with traffic × 1000 requests.
    const all = open('healthy', { trackLabel: 'none', namespace: undefined, service: undefined });
    expect(await all.requests('stable', WINDOW)).toEqual({ requests: 9000, errors: 380 });
    await all.close();
  });

  it('a window before any data is no data', async () => {
    const src = open('healthy');
    expect(await src.requests('canary', { start: T0 - 7200, end: T0 - 3600 })).toBeNull();
    await src.close();
  });

  it('user queries: an empty result and NaN are null; placeholders are filled', async () => {
    const src = open('healthy');
    expect((await src.read({ kind: 'query', name: 'nothing', query: 'sum(up{job="no-such-job"})' }, 'canary', WINDOW)).value).toBeNull();
    expect((await src.read({ kind: 'query', name: 'nan', query: 'vector(0) / 0' }, 'canary', WINDOW)).value).toBeNull();
    const mine = await src.read({ kind: 'query', name: 'ok-total', query: 'sum(increase(http_requests_total{service="{{service}}",track="{{track}}",code="200"}[{{interval}}]))' }, 'stable', WINDOW);
    expect(mine.value).toBeCloseTo(980, 9);
    await src.close();
  });

  it('a queries override replaces the built-in template', async () => {
    const src = open('error-spike', { queries: { 'error-rate': 'sum(increase(http_requests_total{service="{{service}}",track="{{track}}",code="500"}[{{interval}}]))' } });
    expect((await src.read({ kind: 'error-rate' }, 'canary', WINDOW)).value).toBeCloseTo(300, 9);
    await src.close();
  });

  it('a query returning several series, or a range vector, is a user error', async () => {
    const src = open('healthy');
    expect(await rejectionLine(src.read({ kind: 'query', name: 'by-code', query: 'sum by (code) (http_requests_total{service="{{service}}"})' }, 'stable', WINDOW))).toBe(
      'query "by-code" returns 2 series, so it has no single value: sum by (code) (http_requests_total{service="healthy"}). Aggregate it, e.g. sum(...) or sum by (le) (...) inside histogram_quantile.',
    );
    expect(await rejectionLine(src.read({ kind: 'query', name: 'raw', query: 'http_requests_total[5m]' }, 'stable', WINDOW))).toMatch(/^query "raw" returns a matrix/);
    await src.close();
  });

  it("invalid PromQL: one line with Prometheus' own error and the query", async () => {
    const src = open('healthy');
    const line = await rejectionLine(src.read({ kind: 'query', name: 'broken', query: 'sum(rate(http_requests_total[5m]' }, 'canary', WINDOW));
    expect(line).toMatch(/^Prometheus rejected the query \(bad_data: .*unclosed left parenthesis.*\): sum\(rate\(http_requests_total\[5m\]\. Fix the PromQL/);
    expect(line).not.toContain('\n');
    await src.close();
  });
});

describe('Prometheus source when Prometheus is not there', () => {
  it('unreachable URL: a clear line after the retries', async () => {
    const port = await freePort();
    const src = new PrometheusSource({ url: `http://127.0.0.1:${port}`, timeoutMs: 2000, attempts: 2, baseDelayMs: 10, trackLabel: 'track', trackValues: { canary: 'canary', stable: 'stable' }, queries: {} });
    const p = src.requests('stable', WINDOW);
    await expect(p).rejects.toBeInstanceOf(MetricSourceUnavailable);
    expect(await rejectionLine(src.requests('stable', WINDOW))).toBe(
      `Prometheus at http://127.0.0.1:${port} is unreachable: connect ECONNREFUSED 127.0.0.1:${port} (2 attempts). Check prometheus-url and that this runner can reach it (a self-hosted runner in the cluster, a port-forward, or an ingress).`,
    );
  });

  it('Prometheus killed mid-analysis: the next read fails as unavailable, not as no data', async () => {
    const second = await startPrometheus({ tsdb: createTsdb(scenarioSeries()) });
    const retries: string[] = [];
    const src = new PrometheusSource({ url: second.url, timeoutMs: 2000, attempts: 3, baseDelayMs: 10, onRetry: (m) => retries.push(m), trackLabel: 'track', trackValues: { canary: 'canary', stable: 'stable' }, namespace: 'prod', service: 'healthy', queries: {} });
    expect(await src.requests('canary', WINDOW)).toEqual({ requests: 1000, errors: 0 });
    await second.kill();
    await expect(src.read({ kind: 'error-rate' }, 'canary', WINDOW)).rejects.toBeInstanceOf(MetricSourceUnavailable);
    expect(retries).toHaveLength(2);
    // The first attempt may ride a kept-alive socket the kill cut (hang up), later ones find the port closed.
    expect(retries[0]).toMatch(/^Prometheus query for "error-rate" failed \((socket hang up|.*ECONNREFUSED.*)\); retry 1 of 2 in 0\.0 s\.$/);
    expect(retries[1]).toMatch(/ECONNREFUSED/);
    await src.close();
  });
});
