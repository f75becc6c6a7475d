import { UserError } from '@mlship/core';
import { ScrapeSource } from './scrape-source';
import { probeMetrics, type MetricKind, type MetricSource, type Track } from './source';

/** A track as the action's inputs call it: `shadow` is read as the `canary` track from `shadow-metrics-url`. */
export interface PreflightTrack {
  track: Track;
  name: string;
  urlInput: string;
  url: string | undefined;
}

/**
 * Fails before any traffic moves when the metrics cannot be read at all. A
 * scrape source has already taken its first scrape: a failed one ends the
 * step naming the URL input. Prometheus gets every query once for each track
 * on the last interval (the latency bucket queries too with `histograms`), so
 * an unreachable server or a query it rejects ends the step with its own
 * line. Before any traffic moves a track may have no data; an empty answer is
 * fine here, a rejected query is not.
 */
export async function preflightMetricSource(source: MetricSource, tracks: PreflightTrack[], metrics: MetricKind[], o: { interval: number; histograms?: boolean }): Promise<void> {
  if (source instanceof ScrapeSource) {
    for (const t of tracks) {
      const first = source.history(t.track)[0];
      if (first && !first.ok) throw new UserError(`cannot read the ${t.name} metrics at ${t.url}: ${first.error}.`, { where: `input "${t.urlInput}"`, hint: 'Check the URL and that the service is up and reachable from the runner.' });
    }
    return;
  }
  const now = Math.floor(Date.now() / 1000);
  const window = { start: now - Math.max(60, o.interval), end: now };
  for (const t of tracks) await probeMetrics(source, t.track, metrics, window, { histograms: o.histograms });
}
