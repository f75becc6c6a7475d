import { z } from 'zod';
import type { MetricSource, Track } from '../source';
import { metricSourceInputs, type MetricSourceInputs } from '../source-inputs';

/**
 * Where blue-green reads metrics: canary-check's source inputs with the
 * tracks named for the two deployments (green-metrics-url, blue-metrics-url;
 * the track label's values are the blue and green inputs). Green is read as
 * the canary track and blue as the stable one, so one analysis engine judges both.
 */
const { 'canary-track': _canaryTrack, 'stable-track': _stableTrack, 'canary-metrics-url': _canaryUrl, 'stable-metrics-url': _stableUrl, ...shared } = metricSourceInputs;

export const blueGreenSourceInputs = {
  ...shared,
  // Pods of the seed's Deployments carry version: blue / version: green, and so do their series.
  'track-label': z.string().default('version'),
  'green-metrics-url': z.string().optional(),
  'blue-metrics-url': z.string().optional(),
};

export type BlueGreenSourceInputs = z.output<z.ZodObject<typeof blueGreenSourceInputs>> & { blue: string; green: string };

export const BLUE_GREEN_TRACKS: Record<Track, string> = { canary: 'green', stable: 'blue' };

export function toMetricSourceInputs(i: BlueGreenSourceInputs): MetricSourceInputs {
  const { 'green-metrics-url': greenUrl, 'blue-metrics-url': blueUrl, blue, green, ...rest } = i;
  return { ...rest, 'canary-track': green, 'stable-track': blue, 'canary-metrics-url': greenUrl, 'stable-metrics-url': blueUrl };
}

/**
 * A scrape source given green's /metrics page only: blue has no data (it
 * serves nobody after the switch anyway), so green is judged on its
 * thresholds alone instead of the engine asking for a page nobody named.
 */
export function withoutBlue(source: MetricSource): MetricSource {
  return {
    requests: (track, window) => (track === 'stable' ? Promise.resolve(null) : source.requests(track, window)),
    read: (metric, track, window) => (track === 'stable' ? Promise.resolve({ value: null }) : source.read(metric, track, window)),
    histogram: (metric, track, window) => (track === 'stable' ? Promise.resolve(null) : source.histogram(metric, track, window)),
    close: () => source.close(),
  };
}
