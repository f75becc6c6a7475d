import { parseThresholdList, UserError } from '@mlship/core';
import type { HealthCondition } from './health';
import { metricKind, parseQueries, type MetricSourceInputs } from './source-inputs';

/**
 * Thresholds on one track's production metrics (`error-rate <= 0.05,
 * p95-latency <= 2.0`) as health conditions: the input of the actions that
 * judge a single deployment against limits rather than against stable
 * (auto-rollback on the live model, shadow-check on the shadow).
 */
export function parseHealthConditions(
  text: string,
  inputs: Pick<MetricSourceInputs, 'source' | 'queries'>,
  o: { action: string; input: string; example: string },
): HealthCondition[] {
  const where = `input "${o.input}"`;
  const queries = inputs.source === 'prometheus' ? parseQueries(inputs) : {};
  if (queries['latency-buckets'] !== undefined) {
    // Only canary-check compares latency histograms; here the query would be silently unused.
    throw new UserError(`query "latency-buckets" is read by canary-check only: ${o.action} judges thresholds, not histograms.`, { where: 'input "queries"', hint: 'Remove it, or override p95-latency (or another pNN-latency) to change how latency is measured.' });
  }
  const thresholds = parseThresholdList(text, where);
  if (thresholds.length === 0) throw new UserError('has no thresholds, so nothing would be checked.', { where, hint: `e.g. ${o.example}.` });
  return thresholds.map((threshold) => ({ threshold, metric: metricKind(threshold.metric, inputs, queries, where) }));
}
