import { groupDigits } from '@mlship/core/digits';
import type { HealthResult } from '../health';
import type { Agreement } from './agreement';
import { isUnreadable, type PredictionLog, type UnreadableLog } from './predictions';
import type { ThresholdResult } from './thresholds';

/**
 * The shadow's verdict. A definite failure — the shadow broke a metric
 * threshold, or its answers broke an agreement threshold — is `reject`.
 * Anything that leaves the comparison unjudged — a predictions log missing
 * or empty, fewer matched requests than min-matched, too little shadow
 * traffic or a metric without data, a cancelled run — is `inconclusive`,
 * never a pass. Only a shadow judged on every count is `promote`.
 */

export type ShadowVerdict = 'promote' | 'reject' | 'inconclusive';

export interface ShadowJudgement {
  health: HealthResult;
  live: PredictionLog | UnreadableLog;
  shadow: PredictionLog | UnreadableLog;
  /** Null when a log could not be read. */
  agreement: Agreement | null;
  thresholds: ThresholdResult[];
  minMatched: number;
  /** Set when the job was cancelled before the mirror period ended. */
  cancelled?: string;
}

export interface ShadowOutcome {
  verdict: ShadowVerdict;
  /** Why, one sentence per cause. */
  reasons: string[];
  /** Names of the metrics that failed (shadow metrics and agreement metrics). */
  failedMetrics: string[];
}

export function judgeShadow(j: ShadowJudgement): ShadowOutcome {
  const failures: string[] = [];
  const unjudged: string[] = [];
  const failedMetrics: string[] = [];
  if (j.cancelled) unjudged.push(`the run was cancelled (${j.cancelled}) before the mirror period ended`);
  if (j.health.health === 'unhealthy') {
    for (const c of j.health.conditions.filter((x) => x.passed === false)) failedMetrics.push(c.id);
    failures.push(`the shadow ${j.health.reasons.filter((r) => /breaks/.test(r)).join('; ')}`);
  } else if (j.health.health === 'inconclusive') unjudged.push(`the shadow's metrics cannot be judged: ${j.health.reasons.join('; ')}`);
  for (const log of [j.live, j.shadow]) if (isUnreadable(log)) unjudged.push(`${log === j.live ? 'live' : 'shadow'} predictions log: ${log.missing}`);
  if (j.agreement && j.agreement.matched < j.minMatched) unjudged.push(`${j.agreement.matched} request(s) are in both predictions logs, fewer than min-matched ${j.minMatched}`);
  if (j.agreement && j.agreement.matched >= j.minMatched) {
    for (const t of j.thresholds) {
      if (t.passed === false) {
        failedMetrics.push(t.threshold.metric);
        failures.push(`${t.threshold.metric} ${formatValue(t.value!)} breaks ${t.threshold.source}`);
      } else if (t.passed === null) unjudged.push(`${t.threshold.metric} cannot be computed (${t.threshold.metric.startsWith('score') ? 'no matched request has a score in both logs' : 'no matched request'})`);
    }
  }
  if (failures.length) return { verdict: 'reject', reasons: [...failures, ...unjudged], failedMetrics };
  if (unjudged.length) return { verdict: 'inconclusive', reasons: unjudged, failedMetrics };
  return { verdict: 'promote', reasons: ['the shadow met every metric and agreement threshold'], failedMetrics };
}

export const formatValue = (v: number): string => (v === 0 ? '0' : Math.abs(v) < 0.001 ? v.toPrecision(3) : String(Number(v.toPrecision(4))));

/** What would have changed for users, in one sentence. */
export function userImpact(a: Agreement | null): string {
  if (!a || a.matched === 0) return 'No request is in both predictions logs, so what users would have seen cannot be told.';
  const n = groupDigits(a.matched);
  if (a.disagreements === 0) return `Every one of the ${n} mirrored requests would have received the same prediction.`;
  const pct = `${Number(((a.disagreements / a.matched) * 100).toPrecision(3))}%`;
  const top = a.segments?.[0];
  const where = top && top.disagreements > 0 && a.segments!.length > 1 ? `; most in segment ${top.segment} (${top.disagreements} of ${a.disagreements})` : '';
  return `${pct} of requests (${groupDigits(a.disagreements)} of ${n} mirrored) would have received a different prediction${where}.`;
}
