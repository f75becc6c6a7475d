/**
 * The scrape source against real prom-client /metrics servers, and next to a
 * live Prometheus scraping the same server every second: both sources must
 * see the same traffic.
 */
import { PrometheusSource } from './prometheus-source';
import { ScrapeSource } from './scrape-source';
import { startMetricsServer, startPrometheus, type MetricsServer } from './testing';

const now = () => (performance.timeOrigin + performance.now()) / 1000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TRACKS = { canary: 'canary', stable: 'stable' } as const;

function source(urls: { canary?: string; stable?: string }, errors: string[] = [], interval = 3600) {
  // A long interval: these tests take every snapshot on demand, so the timing is theirs.
  return new ScrapeSource({ urls, interval, trackLabel: 'track', trackValues: TRACKS, onScrapeError: (t, m) => errors.push(`${t}: ${m}`) });
}

/** Forces a snapshot now (what the source does itself when a window ends after its last scrape). */
const snap = (s: ScrapeSource, track: 'canary' | 'stable') => (s as unknown as { scrape(t: string): Promise<void> }).scrape(track);

describe('scrape source on prom-client servers', () => {
  let canary: MetricsServer;
  let stable: MetricsServer;
  beforeEach(async () => {
    [canary, stable] = await Promise.all([startMetricsServer('canary'), startMetricsServer('stable')]);
  });
  afterEach(async () => {
    await Promise.all([canary.close(), stable.close()]);
  });

  it('counts requests and errors between the scrapes bounding the window, series born mid-window from zero', async () => {
    const src = source({ canary: canary.url, stable: stable.url });
    const start = now();
    await src.start();
    canary.record(90, 200, 0.04);
    canary.record(10, 500, 0.3);
    stable.record(50, 200, 0.04);
    const window = { start, end: now() };
    expect(await src.requests('canary', window)).toEqual({ requests: 100, errors: 10 });
    expect(await src.requests('stable', window)).toEqual({ requests: 50, errors: 0 });
    expect((await src.read({ kind: 'error-rate' }, 'canary', window)).value).toBeCloseTo(0.1, 12);
    expect((await src.read({ kind: 'error-rate' }, 'stable', window)).value).toBe(0);
    // p95 rank 95 of 100: 90 in (0.025, 0.05], 10 in (0.25, 0.5] → 0.25 + 0.25 · 5/10.
    expect((await src.read({ kind: 'latency', quantile: 0.95 }, 'canary', window)).value).toBeCloseTo(0.375, 12);
    // p50 rank 50 in (0.025, 0.05] holding 90 → 0.025 + 0.025 · 50/90.
    expect((await src.read({ kind: 'latency', quantile: 0.5 }, 'canary', window)).value).toBeCloseTo(0.025 + (0.025 * 50) / 90, 12);
    // The histogram behind it, as bucket deltas: 90 requests at or below 0.05 s, all 100 at or below 0.5 s.
    const buckets = (await src.histogram({ kind: 'latency', quantile: 0.95 }, 'canary', window))!.sort((a, b) => a.upperBound - b.upperBound);
    expect(buckets.map((b) => [b.upperBound, b.count])).toEqual([
      [0.005, 0], [0.01, 0], [0.025, 0], [0.05, 90], [0.1, 90], [0.25, 90], [0.5, 100], [1, 100], [2.5, 100], [5, 100], [10, 100], [Infinity, 100],
    ]);
    expect((await src.histogram({ kind: 'latency', quantile: 0.95 }, 'stable', window))!.find((b) => b.upperBound === Infinity)!.count).toBe(50);
    await src.close();
  });

  it('a counter reset (process restart) counts what the new process served', async () => {
    const src = source({ stable: stable.url });
    const start = now();
    stable.record(10, 200, 0.04);
    await src.start();
    stable.record(30, 200, 0.04);
    await snap(src, 'stable');
    stable.restart();
    stable.record(4, 500, 0.04);
    const window = { start, end: now() };
    expect(await src.requests('stable', window)).toEqual({ requests: 34, errors: 4 });
    expect(src.history('stable')).toHaveLength(3);
    await src.close();
  });

  it('a failed scrape inside the window is a gap the deltas bridge, not a value', async () => {
    const errors: string[] = [];
    const src = source({ stable: stable.url }, errors);
    const start = now();
    await src.start();
    stable.record(8, 200, 0.04);
    stable.record(2, 500, 0.04);
    await snap(src, 'stable');
    stable.setDown(true);
    stable.record(10, 500, 0.04);
    await snap(src, 'stable');
    stable.setDown(false);
    stable.record(5, 200, 0.04);
    await snap(src, 'stable');
    stable.record(3, 200, 0.04);
    stable.record(1, 500, 0.04);
    await snap(src, 'stable');
    const window = { start, end: now() };
    const reading = await src.read({ kind: 'error-rate' }, 'stable', window);
    // The window as a whole spans the gap: 13 errors of 29.
    expect(reading.value).toBeCloseTo(13 / 29, 12);
    expect(errors).toEqual([`stable: ${stable.url}: HTTP 503`]);
    // (A sixth, the source's own scrape at the window's end, may follow: nothing new, so no point from it.)
    expect(src.history('stable').map((s) => s.ok).slice(0, 5)).toEqual([true, true, false, true, true]);
    await src.close();
  });

  it('no traffic and no scrapes: null, never 0', async () => {
    const src = source({ canary: canary.url, stable: stable.url });
    const start = now();
    await src.start();
    stable.record(5, 200, 0.04);
    const window = { start, end: now() };
    expect(await src.requests('canary', window)).toBeNull();
    expect(await src.read({ kind: 'error-rate' }, 'canary', window)).toEqual({ value: null });
    expect(await src.read({ kind: 'latency', quantile: 0.95 }, 'canary', window)).toEqual({ value: null });
    expect(await src.histogram({ kind: 'latency', quantile: 0.95 }, 'canary', window)).toBeNull();
    // A window before the first scrape has no bounding snapshots at all.
    expect(await src.requests('stable', { start: start - 7200, end: start - 3600 })).toBeNull();
    await src.close();
  });

  it('a service that is down from the start: every reading is null and the failure is reported', async () => {
    const errors: string[] = [];
    canary.setDown(true);
    const src = source({ canary: canary.url }, errors);
    const start = now();
    await src.start();
    expect(await src.requests('canary', { start, end: now() + 0.01 })).toBeNull();
    expect(errors[0]).toBe(`canary: ${canary.url}: HTTP 503`);
    await src.close();
  });

  it('scrapes on its own every interval until closed', async () => {
    const src = source({ stable: stable.url }, [], 0.1);
    await src.start();
    await sleep(450);
    await src.close();
    const taken = src.history('stable').length;
    expect(taken).toBeGreaterThanOrEqual(3);
    await sleep(250);
    expect(src.history('stable')).toHaveLength(taken);
  });

  it('refuses custom PromQL and unknown tracks with a clear line', async () => {
    const src = source({ stable: stable.url });
    await expect(src.read({ kind: 'query', name: 'gpu', query: 'up' }, 'stable', { start: 0, end: 1 })).rejects.toThrow('the custom query "gpu" needs Prometheus.');
    await expect(src.requests('canary', { start: 0, end: 1 })).rejects.toThrow('no metrics URL for the canary track.');
    await src.close();
  });
});

describe('a live Prometheus scraping a prom-client server every second', () => {
  it('sees the same traffic as the scrape source', async () => {
    const server = await startMetricsServer('canary');
    // Traffic before the first scrape: the series exist from Prometheus' first sample on.
    server.record(1000, 200, 0.04);
    server.record(100, 500, 0.04);
    const prom = await startPrometheus({ targets: [{ job: 'model', targets: [server.target] }], scrapeInterval: 1 });
    const scrape = source({ canary: server.url });
    const viaProm = new PrometheusSource({ url: prom.url, timeoutMs: 5000, attempts: 1, trackLabel: 'track', trackValues: TRACKS, queries: {} });
    const total = async () => {
      const r = (await prom.query('sum(http_requests_total{job="model"})')).result as { value: [number, string] }[];
      return r.length ? Number(r[0]!.value[1]) : 0;
    };
    const until = async (want: number) => {
      for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(100)) if ((await total()) === want) return;
      throw new Error(`Prometheus never saw ${want} requests`);
    };
    try {
      await until(1100);
      await sleep(1100);
      // Reaches back past Prometheus' last sample before the new traffic, so its rate() sees the step.
      const start = now() - 1.5;
      await scrape.start();
      server.record(80, 200, 0.3);
      server.record(20, 500, 0.3);
      await until(1200);
      await sleep(1100);
      const window = { start, end: now() };
      expect(await scrape.requests('canary', window)).toEqual({ requests: 100, errors: 20 });
      const fromScrape = await scrape.read({ kind: 'error-rate' }, 'canary', window);
      const fromProm = await viaProm.read({ kind: 'error-rate' }, 'canary', window);
      expect(fromScrape.value).toBeCloseTo(0.2, 12);
      // Both counters step at the same scrape, so Prometheus' extrapolation scales them alike.
      expect(fromProm.value).toBeCloseTo(0.2, 9);
      // Every new request took 0.3 s: rank 95 of 100 in (0.25, 0.5] → 0.25 + 0.25 · 0.95.
      expect((await scrape.read({ kind: 'latency', quantile: 0.95 }, 'canary', window)).value).toBeCloseTo(0.4875, 12);
      expect((await viaProm.read({ kind: 'latency', quantile: 0.95 }, 'canary', window)).value).toBeCloseTo(0.4875, 9);
      const counts = await viaProm.requests('canary', window);
      // increase() extrapolates to the window's edges: about the 100 served, never the 1100 before.
      expect(counts!.requests).toBeGreaterThanOrEqual(100);
      expect(counts!.requests).toBeLessThan(200);
    } finally {
      await scrape.close();
      await viaProm.close();
      await prom.stop();
      await server.close();
    }
  });
});
