import { preflightMetricSource } from './preflight-tracks';
import type { MetricKind, MetricSource } from './source';
import type { MetricSourceInputs } from './source-inputs';

/**
 * canary-check's preflight: the stable and the canary track as the shared
 * inputs name them (`stable-metrics-url`, `canary-metrics-url`), the latency
 * bucket queries included, on the last `interval` seconds.
 */
export async function preflightSource(source: MetricSource, i: MetricSourceInputs, metrics: MetricKind[], interval: number): Promise<void> {
  const tracks = (['stable', 'canary'] as const).map((track) => ({ track, name: track, urlInput: `${track}-metrics-url`, url: i[`${track}-metrics-url`] }));
  await preflightMetricSource(source, tracks, metrics, { interval, histograms: true });
}
