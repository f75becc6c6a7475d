import { compare, parseThresholdList, suggestion, UserError, type Threshold } from '@mlship/core';
import type { Agreement } from './agreement';

/**
 * The `thresholds` input: limits on how the shadow's answers compare with the
 * live model's, written as every mlship threshold is (`agreement >= 0.97,
 * score_psi < 0.1, score_ks_pvalue > 0.01`).
 */

export const AGREEMENT_METRICS = {
  agreement: 'share of matched requests given the same prediction',
  disagreement: 'share of matched requests given a different prediction',
  score_psi: 'PSI of the shadow scores against the live scores',
  score_ks: 'KS statistic D between the live and shadow scores',
  score_ks_pvalue: 'two-sample KS p-value of the live and shadow scores',
} as const;

export type AgreementMetric = keyof typeof AGREEMENT_METRICS;

const SCORE_METRICS: readonly string[] = ['score_psi', 'score_ks', 'score_ks_pvalue'];

export interface AgreementThreshold extends Threshold {
  metric: AgreementMetric;
}

export function parseAgreementThresholds(text: string, where = 'input "thresholds"'): AgreementThreshold[] {
  const list = parseThresholdList(text, where);
  if (list.length === 0) throw new UserError('has no thresholds, so the predictions would not be judged.', { where, hint: 'e.g. "agreement >= 0.97, score_psi < 0.1".' });
  const seen = new Set<string>();
  return list.map((t) => {
    if (!(t.metric in AGREEMENT_METRICS)) {
      throw new UserError(`unknown metric "${t.metric}".${suggestion(t.metric, Object.keys(AGREEMENT_METRICS))}`, { where, hint: `Use ${Object.keys(AGREEMENT_METRICS).join(', ')}; the shadow's error rate and latency go in metrics.` });
    }
    if (seen.has(t.metric)) throw new UserError(`metric "${t.metric}" is listed twice.`, { where, hint: 'Give each metric one threshold.' });
    seen.add(t.metric);
    return t as AgreementThreshold;
  });
}

/** Whether a threshold is on the scores: then both logs must hold score-column. */
export const needsScores = (thresholds: AgreementThreshold[]): boolean => thresholds.some((t) => SCORE_METRICS.includes(t.metric));

/** The metric's value; null when it cannot be computed (no matched request, no scores). */
export function agreementValue(a: Agreement, metric: AgreementMetric): number | null {
  switch (metric) {
    case 'agreement':
      return a.agreement;
    case 'disagreement':
      return a.matched ? a.disagreements / a.matched : null;
    case 'score_psi':
      return a.score?.psi ?? null;
    case 'score_ks':
      return a.score?.ksStatistic ?? null;
    case 'score_ks_pvalue':
      return a.score?.ksPValue ?? null;
  }
}

export interface ThresholdResult {
  threshold: AgreementThreshold;
  value: number | null;
  /** null: not computable, which is never a pass. */
  passed: boolean | null;
}

export const judgeThresholds = (a: Agreement, thresholds: AgreementThreshold[]): ThresholdResult[] =>
  thresholds.map((threshold) => {
    const value = agreementValue(a, threshold.metric);
    return { threshold, value, passed: value === null ? null : compare(value, threshold.op, threshold.value) };
  });
