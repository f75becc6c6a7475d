import { UserError } from '@mlship/core';
import { z } from 'zod';
import { metricSourceInputs, type MetricSourceInputs } from '../source-inputs';

/**
 * The metric-source inputs as shadow-check names them: only the shadow is
 * read (its errors and latency), through the shared metric layer's `canary`
 * track, so `shadow-metrics-url` and `shadow-track` stand in for the canary's
 * and nothing about a stable track is asked for.
 */
const { 'canary-track': _canaryTrack, 'stable-track': _stableTrack, 'canary-metrics-url': _canaryUrl, 'stable-metrics-url': _stableUrl, ...shared } = metricSourceInputs;

export const shadowSourceInputs = {
  ...shared,
  'shadow-track': z.string().default('shadow'),
  'shadow-metrics-url': z.string().optional(),
};

export type ShadowSourceInputs = z.output<z.ZodObject<typeof shadowSourceInputs>>;

/** The shared inputs the metric layer reads, with the shadow as its canary track. */
export function toMetricSourceInputs(i: ShadowSourceInputs): MetricSourceInputs {
  const url = i['shadow-metrics-url'];
  if (i.source === 'scrape' && url !== undefined && !/^https?:\/\//i.test(url.trim())) {
    throw new UserError(`"${url}" is not an http(s) URL.`, { where: 'input "shadow-metrics-url"', hint: "Give the shadow service's metrics page, e.g. http://model-shadow.prod:8080/metrics." });
  }
  return { ...i, 'canary-track': i['shadow-track'], 'stable-track': 'stable', 'canary-metrics-url': url, 'stable-metrics-url': undefined };
}

/** What the shared metric layer's messages call its tracks here. */
export const SHADOW_TRACK_NAMES = { canary: 'shadow', stable: 'live' } as const;
