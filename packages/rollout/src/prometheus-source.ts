import { UserError } from '@mlship/core';
import { PrometheusClient, type PrometheusClientOptions } from './prometheus-client';
import { parseLe, type Bucket } from './histogram';
import { BUILTIN_QUERIES, bucketTemplateFrom, counterTemplate, renderTemplate, type TemplateContext } from './promql';
import type { LatencyKind, MetricKind, MetricReading, MetricSource, RequestCounts, Track, Window } from './source';

export interface PrometheusSourceOptions extends PrometheusClientOptions {
  /** Label that tells the tracks apart (built-in queries), and the value each track has. */
  trackLabel: string;
  trackValues: Record<Track, string>;
  namespace?: string;
  service?: string;
  /** Templates by name, overriding the built-ins (`error-rate`, `requests`, `p95-latency`, `latency`, …) or adding user metrics. */
  queries: Record<string, string>;
}

/**
 * Metrics from the Prometheus HTTP API. A window's value is one instant query
 * at the window's end with {{interval}} = the window's length; a latency
 * histogram is one instant query of the per-bucket increase over the window.
 * An empty result or NaN (0/0: a service with series but no requests) is
 * null, never 0.
 */
export class PrometheusSource implements MetricSource {
  private readonly client: PrometheusClient;

  constructor(private readonly options: PrometheusSourceOptions) {
    this.client = new PrometheusClient(options);
  }

  async requests(track: Track, window: Window): Promise<RequestCounts | null> {
    const requests = await this.instant('requests', this.template('requests'), track, window);
    if (requests === null) return null;
    const errors = await this.instant('errors', this.template('errors'), track, window);
    // increase() extrapolates to the window's edges, so counts come back fractional.
    const r = Math.max(0, Math.round(requests));
    return { requests: r, errors: Math.min(r, Math.max(0, Math.round(errors ?? 0))) };
  }

  async read(metric: MetricKind, track: Track, window: Window): Promise<MetricReading> {
    const { name, template, quantile } = this.resolve(metric);
    return { value: await this.instant(name, template, track, window, quantile) };
  }

  async histogram(metric: LatencyKind, track: Track, window: Window): Promise<Bucket[] | null> {
    const { name, template } = this.resolve(metric);
    const bucketName = `${name} buckets`;
    const query = renderTemplate(bucketName, this.bucketTemplate(name, template), this.context(track, window.end - window.start));
    const samples = await this.client.instant(query, window.end, bucketName);
    const buckets: Bucket[] = [];
    for (const s of samples) {
      const upperBound = parseLe(s.labels.le ?? '');
      if (s.labels.le === undefined || Number.isNaN(upperBound)) {
        throw new UserError(`query "${bucketName}" returns a series without a usable le label (${JSON.stringify(s.labels)}): ${query}`, { hint: 'It must return one series per bucket bound, e.g. sum by (le) (increase(my_latency_bucket[{{interval}}])).' });
      }
      if (buckets.some((b) => b.upperBound === upperBound)) {
        throw new UserError(`query "${bucketName}" returns several series for le="${s.labels.le}", so it has no single count per bucket: ${query}`, { hint: 'Aggregate by le only: sum by (le) (...).' });
      }
      // NaN: no sample in the window for that bucket; no count, not 0.
      if (!Number.isNaN(s.value)) buckets.push({ upperBound, count: s.value });
    }
    return buckets.length ? buckets : null;
  }

  async close(): Promise<void> {
    this.client.close();
  }

  /**
   * The bucket query of a latency metric: `latency-buckets` from the queries
   * input, else derived from a user's own latency template, else the built-in.
   */
  private bucketTemplate(name: string, latencyTemplate: string): string {
    const explicit = this.options.queries['latency-buckets'];
    if (explicit !== undefined) return explicit;
    if (latencyTemplate === BUILTIN_QUERIES.latency) return BUILTIN_QUERIES['latency-buckets'];
    const derived = bucketTemplateFrom(latencyTemplate);
    if (derived === undefined) {
      throw new UserError(`query "${name}" reads no histogram (no <name>_bucket series), so its latency cannot be compared with stable request by request.`, {
        where: 'input "queries"',
        hint: 'Add a latency-buckets query giving the requests per bucket, e.g. "latency-buckets: sum by (le) (increase(my_latency_bucket{{{selector}}}[{{interval}}]))".',
      });
    }
    return derived;
  }

  private resolve(metric: MetricKind): { name: string; template: string; quantile?: number } {
    switch (metric.kind) {
      case 'error-rate':
      case 'request-rate':
        return { name: metric.kind, template: this.template(metric.kind) };
      case 'latency': {
        const name = `p${+(metric.quantile * 100).toFixed(6)}-latency`;
        return { name, template: this.options.queries[name] ?? this.template('latency'), quantile: metric.quantile };
      }
      case 'query':
        return { name: metric.name ?? 'query', template: metric.query };
      case 'counter':
        return { name: metric.source, template: counterTemplate(metric) };
    }
  }

  private template(name: keyof typeof BUILTIN_QUERIES): string {
    return this.options.queries[name] ?? BUILTIN_QUERIES[name];
  }

  private context(track: Track, interval: number, quantile?: number): TemplateContext {
    return {
      trackLabel: this.options.trackLabel,
      track: this.options.trackValues[track],
      namespace: this.options.namespace,
      service: this.options.service,
      interval,
      quantile,
    };
  }

  private async instant(name: string, template: string, track: Track, window: Window, quantile?: number): Promise<number | null> {
    const query = renderTemplate(name, template, this.context(track, window.end - window.start, quantile));
    const samples = await this.client.instant(query, window.end, name);
    if (!this.single(name, query, samples.length)) return null;
    const v = samples[0]!.value;
    return Number.isNaN(v) ? null : v;
  }

  /** One series is a reading, none is no data; several means the query forgot to aggregate, and picking one would be a guess. */
  private single(name: string, query: string, count: number): boolean {
    if (count > 1) {
      throw new UserError(`query "${name}" returns ${count} series, so it has no single value: ${query}`, { hint: 'Aggregate it, e.g. sum(...) or sum by (le) (...) inside histogram_quantile.' });
    }
    return count === 1;
  }
}
