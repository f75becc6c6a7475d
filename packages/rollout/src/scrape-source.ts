import { httpClientFor } from '@mlship/core/builtin';
import { UserError } from '@mlship/core';
import { matchesCounter, type CounterKind } from './counter';
import { parseExposition, type Sample } from './exposition';
import { counterDelta, histogramQuantile, parseLe, type Bucket } from './histogram';
import type { LatencyKind, MetricKind, MetricReading, MetricSource, RequestCounts, Track, Window } from './source';

export interface ScrapeSourceOptions {
  /** /metrics URL of each track's service; a track without one cannot be read. */
  urls: Partial<Record<Track, string>>;
  /** Seconds between scrapes. */
  interval: number;
  /** A `track` label on the series, when present, must have this value (one endpoint may serve both tracks). */
  trackLabel: string;
  trackValues: Record<Track, string>;
  /** Per scrape; default min(10 s, interval). */
  timeoutMs?: number;
  /** A scrape failed (logged once per run of failures by the caller's choice). */
  onScrapeError?: (track: Track, message: string) => void;
  /** Unix seconds; injectable for tests. */
  now?: () => number;
  /** Counters read besides the built-in metrics (an A/B test's successes and trials); each is kept from every scrape. */
  counters?: CounterKind[];
}

export const REQUESTS_METRIC = 'http_requests_total';
export const DURATION_METRIC = 'http_request_duration_seconds';

/** One scrape of one track: only the series the built-in metrics need, keyed by their label set. */
interface Snapshot {
  t: number;
  ok: boolean;
  error?: string;
  /** Request counter per series; `error` when its status code is 5xx. Absent when the page had no such metric. */
  requests?: Map<string, { value: number; error: boolean }>;
  /** `_bucket` counters per series (labels include le). */
  buckets?: Map<string, { le: number; value: number }>;
  /** Per counter (by its source text), its matching series' values; absent when the page had no such metric. */
  counters?: Map<string, Map<string, number>>;
}

interface Deltas {
  requests: number | null;
  errors: number;
  /** Observations per `le` bound, summed over series. */
  buckets: Map<number, number>;
  /** Increase per counter (by its source text); absent when no scrape had the metric. */
  counters: Map<string, number>;
  seconds: number;
}

const labelKey = (labels: Record<string, string>) =>
  Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(',');

const statusOf = (labels: Record<string, string>) => labels.code ?? labels.status ?? labels.status_code ?? '';

/**
 * The embedded default: no Prometheus, just the two services' /metrics pages,
 * scraped every `interval` seconds into timestamped snapshots. A window is
 * judged from the deltas between the successful snapshots that bound it
 * (counter resets handled as Prometheus does, a series that appears mid-window
 * counted from zero because client libraries create it at its first
 * increment); a failed scrape inside the window leaves a gap the deltas
 * bridge, never a made-up value.
 */
export class ScrapeSource implements MetricSource {
  private readonly snapshots: Record<Track, Snapshot[]> = { canary: [], stable: [] };
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;
  private readonly onDemand: Partial<Record<Track, { startedAt: number; done: Promise<void> }>> = {};
  private readonly now: () => number;

  constructor(private readonly options: ScrapeSourceOptions) {
    // Sub-millisecond: a scrape and a window edge in the same millisecond must still be ordered.
    this.now = options.now ?? (() => (performance.timeOrigin + performance.now()) / 1000);
    for (const [track, url] of Object.entries(options.urls) as [Track, string | undefined][]) {
      if (url === undefined) continue;
      try {
        const u = new URL(url);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http');
      } catch {
        throw new UserError(`"${url}" is not an http(s) URL.`, { where: `input "${track}-metrics-url"`, hint: 'Give the service\'s metrics page, e.g. http://model-canary.prod:8080/metrics.' });
      }
    }
  }

  /** Takes the first scrape of every configured track now, then keeps scraping every interval until close(). */
  async start(): Promise<void> {
    const tracks = (Object.keys(this.options.urls) as Track[]).filter((t) => this.options.urls[t]);
    await Promise.all(tracks.map((t) => this.scrape(t)));
    for (const t of tracks) this.schedule(t);
  }

  /** Snapshots taken so far (for reports and tests). */
  history(track: Track): readonly { t: number; ok: boolean; error?: string }[] {
    return this.snapshots[track].map(({ t, ok, error }) => ({ t, ok, error }));
  }

  async requests(track: Track, window: Window): Promise<RequestCounts | null> {
    const d = await this.windowDeltas(track, window);
    if (!d || d.requests === null) return null;
    return { requests: d.requests, errors: d.errors };
  }

  async read(metric: MetricKind, track: Track, window: Window): Promise<MetricReading> {
    if (metric.kind === 'counter' && !this.options.counters?.some((c) => c.source === metric.source)) {
      throw new Error(`counter ${metric.source} was not registered with the scrape source`);
    }
    if (metric.kind === 'query') {
      throw new UserError(`the custom query "${metric.name ?? metric.query}" needs Prometheus.`, { hint: 'Set source: prometheus and prometheus-url, or judge only built-in metrics (error-rate, request-rate, p95-latency, …).' });
    }
    const d = await this.windowDeltas(track, window);
    return { value: d ? metricOf(metric, d) : null };
  }

  /** The bucket deltas between the scrapes bounding the window: what `increase()` gives Prometheus, without extrapolation. */
  async histogram(_metric: LatencyKind, track: Track, window: Window): Promise<Bucket[] | null> {
    const d = await this.windowDeltas(track, window);
    if (!d || d.buckets.size === 0) return null;
    return [...d.buckets].map(([upperBound, count]) => ({ upperBound, count }));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private get tolerance(): number {
    return this.options.interval / 2;
  }

  /**
   * The snapshots (failed ones too, so gaps show) from the one that bounds the
   * window's start to the one that bounds its end. Each edge is bounded by the
   * first successful scrape at or after it — the same rule for a window's end
   * and the next window's start, so consecutive windows share that snapshot
   * and no request is counted twice. When nothing was scraped after the end
   * (within half an interval), the last scrape before it bounds the window.
   */
  private within(track: Track, window: Window): Snapshot[] {
    const list = this.snapshots[track];
    const ok = list.filter((s) => s.ok);
    const first = ok.find((s) => s.t >= window.start && s.t <= window.end);
    if (!first) return [];
    const last = ok.find((s) => s.t >= window.end && s.t <= window.end + this.tolerance) ?? ok.filter((s) => s.t <= window.end).at(-1);
    if (!last || last.t <= first.t) return [];
    return list.filter((s) => s.t >= first.t && s.t <= last.t);
  }

  private async windowDeltas(track: Track, window: Window): Promise<Deltas | null> {
    if (!this.options.urls[track]) {
      throw new UserError(`no metrics URL for the ${track} track.`, { where: `input "${track}-metrics-url"`, hint: `Set ${track}-metrics-url to its /metrics page (source: scrape), or use source: prometheus.` });
    }
    // A window that ends now should not miss the requests since the last tick.
    const last = this.snapshots[track].at(-1);
    if (!this.closed && this.now() >= window.end && (!last || last.t <= window.end)) {
      // Readings of several metrics for one window arrive together: one scrape serves them all.
      const pending = this.onDemand[track];
      if (pending && pending.startedAt >= window.end) await pending.done;
      else {
        const done = this.scrape(track);
        this.onDemand[track] = { startedAt: this.now(), done };
        await done;
      }
    }
    const ok = this.within(track, window).filter((s) => s.ok);
    if (ok.length < 2) return null;
    const total: Deltas = { requests: null, errors: 0, buckets: new Map(), counters: new Map(), seconds: ok.at(-1)!.t - ok[0]!.t };
    for (let i = 1; i < ok.length; i++) {
      const d = deltas(ok[i - 1]!, ok[i]!);
      if (d.requests !== null) total.requests = (total.requests ?? 0) + d.requests;
      total.errors += d.errors;
      for (const [le, n] of d.buckets) total.buckets.set(le, (total.buckets.get(le) ?? 0) + n);
      for (const [key, n] of d.counters) total.counters.set(key, (total.counters.get(key) ?? 0) + n);
    }
    return total;
  }

  private schedule(track: Track): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.scrape(track).finally(() => this.schedule(track));
    }, this.options.interval * 1000);
    timer.unref();
    this.timers.add(timer);
  }

  private scrape(track: Track): Promise<void> {
    const run = this.fetchSnapshot(track).then((s) => {
      const list = this.snapshots[track];
      // Concurrent scrapes (a tick and an on-demand one) may finish out of order.
      let i = list.length;
      while (i > 0 && list[i - 1]!.t > s.t) i--;
      list.splice(i, 0, s);
      if (!s.ok) this.options.onScrapeError?.(track, s.error!);
    });
    this.inFlight.add(run);
    return run.finally(() => this.inFlight.delete(run));
  }

  private async fetchSnapshot(track: Track): Promise<Snapshot> {
    const url = this.options.urls[track]!;
    try {
      const text = await get(url, this.options.timeoutMs ?? Math.min(10_000, this.options.interval * 1000));
      const t = this.now();
      return { t, ok: true, ...this.extract(parseExposition(text), track) };
    } catch (e) {
      return { t: this.now(), ok: false, error: `${url}: ${(e as Error).message}` };
    }
  }

  private extract(samples: Map<string, Sample[]>, track: Track): Pick<Snapshot, 'requests' | 'buckets' | 'counters'> {
    const mine = (s: Sample) => s.labels[this.options.trackLabel] === undefined || s.labels[this.options.trackLabel] === this.options.trackValues[track];
    const out: Pick<Snapshot, 'requests' | 'buckets' | 'counters'> = {};
    const requests = samples.get(REQUESTS_METRIC);
    if (requests) {
      out.requests = new Map();
      for (const s of requests.filter(mine)) out.requests.set(labelKey(s.labels), { value: s.value, error: /^5\d\d$/.test(statusOf(s.labels)) });
    }
    const buckets = samples.get(`${DURATION_METRIC}_bucket`);
    if (buckets) {
      out.buckets = new Map();
      for (const s of buckets.filter(mine)) {
        const le = parseLe(s.labels.le ?? '');
        if (!Number.isNaN(le)) out.buckets.set(labelKey(s.labels), { le, value: s.value });
      }
    }
    for (const counter of this.options.counters ?? []) {
      const family = samples.get(counter.metric);
      if (!family) continue;
      out.counters ??= new Map();
      const series = new Map<string, number>();
      for (const s of family.filter((x) => mine(x) && matchesCounter(counter, x.labels))) series.set(labelKey(s.labels), s.value);
      out.counters.set(counter.source, series);
    }
    return out;
  }
}

/** What happened between two successful scrapes. */
function deltas(a: Snapshot, b: Snapshot): Deltas {
  const d: Deltas = { requests: null, errors: 0, buckets: new Map(), counters: new Map(), seconds: b.t - a.t };
  if (a.requests || b.requests) {
    d.requests = 0;
    for (const [key, s] of b.requests ?? []) {
      const n = counterDelta(a.requests?.get(key)?.value ?? 0, s.value);
      d.requests += n;
      if (s.error) d.errors += n;
    }
  }
  for (const [key, s] of b.buckets ?? []) {
    d.buckets.set(s.le, (d.buckets.get(s.le) ?? 0) + counterDelta(a.buckets?.get(key)?.value ?? 0, s.value));
  }
  for (const [counter, series] of b.counters ?? []) {
    let n = 0;
    for (const [key, value] of series) n += counterDelta(a.counters?.get(counter)?.get(key) ?? 0, value);
    d.counters.set(counter, n);
  }
  return d;
}

function metricOf(metric: Exclude<MetricKind, { kind: 'query' }>, d: Deltas): number | null {
  switch (metric.kind) {
    case 'error-rate':
      return d.requests ? d.errors / d.requests : null;
    case 'request-rate':
      return d.requests === null || d.seconds <= 0 ? null : d.requests / d.seconds;
    case 'counter':
      return d.counters.get(metric.source) ?? null;
    case 'latency': {
      if (d.buckets.size === 0) return null;
      const q = histogramQuantile(metric.quantile, [...d.buckets].map(([upperBound, count]) => ({ upperBound, count })));
      return Number.isNaN(q) ? null : q;
    }
  }
}

function get(url: string, timeoutMs: number): Promise<string> {
  const lib = httpClientFor(url);
  return new Promise((resolve, reject) => {
    const req = lib.get(url, { headers: { accept: 'text/plain;version=0.0.4;q=1,*/*;q=0.1' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        clearTimeout(timer);
        if ((res.statusCode ?? 0) >= 300) reject(new Error(`HTTP ${res.statusCode}`));
        else resolve(Buffer.concat(chunks).toString('utf8'));
      });
    });
    const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
