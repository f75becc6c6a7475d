export * from './source';
export * from './source-inputs';
export { PrometheusClient, type PrometheusClientOptions, type InstantSample, type RangeSeries } from './prometheus-client';
export { PrometheusSource, type PrometheusSourceOptions } from './prometheus-source';
export { ScrapeSource, type ScrapeSourceOptions, REQUESTS_METRIC, DURATION_METRIC } from './scrape-source';
export { BUILTIN_QUERIES, PLACEHOLDERS, renderTemplate, promqlString } from './promql';
export { histogramQuantile, counterDelta, type Bucket } from './histogram';
export { parseExposition, type Sample } from './exposition';
