import { UserError } from '@mlship/core';
import { PrometheusClient, type PrometheusClientOptions } from './prometheus-client';
import { BUILTIN_QUERIES, renderTemplate, type TemplateContext } from './promql';
import type { MetricKind, MetricReading, MetricSource, RequestCounts, Track, Window } from './source';

export interface PrometheusSourceOptions extends PrometheusClientOptions {
  /** Label that tells the tracks apart (built-in queries), and the value each track has. */
  trackLabel: string;
  trackValues: Record<Track, string>;
  namespace?: string;
  service?: string;
  /** Templates by name, overriding the built-ins (`error-rate`, `requests`, `p95-latency`, `latency`, …) or adding user metrics. */
  queries: Record<string, string>;
  /** Prometheus' scrape interval in seconds: a rate over fewer than two scrapes is empty, so `points` sub-windows are at least twice this. */
  scrapeInterval: number;
}

/** How many sub-windows `points` aims for: enough for a rank test, each still spanning two or more scrapes. */
const TARGET_POINTS = 20;

/**
 * Metrics from the Prometheus HTTP API. A window's value is one instant query
 * at the window's end with {{interval}} = the window's length; its points are
 * a range query over consecutive sub-windows. An empty result or NaN (0/0: a
 * service with series but no requests) is null, never 0.
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
    const value = await this.instant(name, template, track, window, quantile);
    const length = window.end - window.start;
    const step = Math.max(1, Math.ceil(Math.max(2 * this.options.scrapeInterval, length / TARGET_POINTS)));
    const rangeStart = Math.min(window.end, window.start + step);
    const query = renderTemplate(name, template, this.context(track, step, quantile));
    const series = await this.client.range(query, rangeStart, window.end, step, name);
    const only = this.single(name, query, series.length);
    const points = only ? series[0]!.values.map(([, v]) => v).filter((v) => !Number.isNaN(v)) : [];
    return { value, points };
  }

  async close(): Promise<void> {
    this.client.close();
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
