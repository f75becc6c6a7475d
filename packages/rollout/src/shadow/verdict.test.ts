import type { HealthResult } from '../health';
import type { Agreement } from './agreement';
import type { PredictionLog } from './predictions';
import { judgeThresholds, needsScores, parseAgreementThresholds } from './thresholds';
import { judgeShadow, userImpact, type ShadowJudgement } from './verdict';

const healthy: HealthResult = { health: 'healthy', requests: { requests: 500, errors: 0 }, conditions: [], reasons: [] };
const log = (spec: string): PredictionLog => ({ spec, hasScore: true, rows: 1000, byId: new Map(), duplicates: 0, missingIds: 0 });
const agreement = (over: Partial<Agreement> = {}): Agreement => ({
  matched: 1000,
  liveOnly: 0,
  shadowOnly: 0,
  agreements: 969,
  disagreements: 31,
  agreement: 0.969,
  score: { count: 1000, liveMean: 0.3, shadowMean: 0.31, psi: 0.02, ksStatistic: 0.03, ksPValue: 0.4 },
  scoreMissing: 0,
  segments: [
    { segment: 'EU', matched: 400, disagreements: 20, rate: 0.05, share: 20 / 31 },
    { segment: 'US', matched: 600, disagreements: 11, rate: 11 / 600, share: 11 / 31 },
  ],
  ...over,
});
const thresholds = parseAgreementThresholds('agreement >= 0.97, score_psi < 0.1, score_ks_pvalue > 0.01');
const judge = (a: Agreement | null, over: Partial<ShadowJudgement> = {}) =>
  judgeShadow({ health: healthy, live: log('live.jsonl'), shadow: log('shadow.jsonl'), agreement: a, thresholds: a ? judgeThresholds(a, thresholds) : thresholds.map((threshold) => ({ threshold, value: null, passed: null })), minMatched: 100, ...over });

describe('shadow verdict', () => {
  it('3.1% different predictions breaks agreement >= 0.97: reject, and the report says who would have noticed', () => {
    const a = agreement();
    expect(judge(a)).toEqual({ verdict: 'reject', reasons: ['agreement 0.969 breaks agreement >= 0.97'], failedMetrics: ['agreement'] });
    expect(userImpact(a)).toBe('3.1% of requests (31 of 1,000 mirrored) would have received a different prediction; most in segment EU (20 of 31).');
  });

  it('a shadow within every threshold is promoted', () => {
    const a = agreement({ agreements: 990, disagreements: 10, agreement: 0.99 });
    expect(judge(a).verdict).toBe('promote');
    expect(userImpact(agreement({ agreements: 1000, disagreements: 0, agreement: 1 }))).toBe('Every one of the 1,000 mirrored requests would have received the same prediction.');
  });

  it('a missing log, too few matched requests or too little shadow traffic is inconclusive, never a pass', () => {
    expect(judge(null, { shadow: { spec: 'shadow.jsonl', missing: 'shadow.jsonl does not exist' } })).toEqual({ verdict: 'inconclusive', reasons: ['shadow predictions log: shadow.jsonl does not exist'], failedMetrics: [] });
    expect(judge(agreement({ matched: 40, agreements: 40, disagreements: 0, agreement: 1 })).reasons).toEqual(['40 request(s) are in both predictions logs, fewer than min-matched 100']);
    const quiet: HealthResult = { health: 'inconclusive', requests: { requests: 3, errors: 0 }, conditions: [], reasons: ['3 requests in the last 10 s, fewer than min-requests 20'] };
    expect(judge(agreement({ agreements: 1000, disagreements: 0, agreement: 1 }), { health: quiet }).verdict).toBe('inconclusive');
    expect(judge(agreement({ agreements: 1000, disagreements: 0, agreement: 1, score: null })).reasons).toEqual([
      'score_psi cannot be computed (no matched request has a score in both logs)',
      'score_ks_pvalue cannot be computed (no matched request has a score in both logs)',
    ]);
    expect(judge(agreement({ agreements: 1000, disagreements: 0, agreement: 1 }), { cancelled: 'SIGTERM received' }).verdict).toBe('inconclusive');
  });

  it('a shadow that breaks a metric threshold is rejected even when a log is missing', () => {
    const unhealthy: HealthResult = {
      health: 'unhealthy',
      requests: { requests: 500, errors: 150 },
      conditions: [{ id: 'error-rate', threshold: { metric: 'error-rate', op: '<', value: 0.01, source: 'error-rate < 0.01' }, value: 0.3, passed: false }],
      reasons: ['error-rate is 0.3, which breaks error-rate < 0.01'],
    };
    const r = judge(null, { health: unhealthy, live: { spec: 'live.jsonl', missing: 'live.jsonl does not exist' } });
    expect(r).toEqual({ verdict: 'reject', reasons: ['the shadow error-rate is 0.3, which breaks error-rate < 0.01', 'live predictions log: live.jsonl does not exist'], failedMetrics: ['error-rate'] });
  });
});

describe('thresholds input', () => {
  it('takes the agreement metrics, refusing others and repeats; score metrics make the score column required', () => {
    expect(thresholds.map((t) => [t.metric, t.op, t.value])).toEqual([
      ['agreement', '>=', 0.97],
      ['score_psi', '<', 0.1],
      ['score_ks_pvalue', '>', 0.01],
    ]);
    expect(() => parseAgreementThresholds('agrement >= 0.9')).toThrow(expect.objectContaining({ line: expect.stringMatching(/^input "thresholds": unknown metric "agrement"\. Did you mean "agreement"\? Use agreement, disagreement, score_psi, score_ks, score_ks_pvalue; the shadow's error rate and latency go in metrics\.$/) }));
    expect(() => parseAgreementThresholds('error-rate < 0.01')).toThrow(/unknown metric "error-rate"/);
    expect(() => parseAgreementThresholds('agreement >= 0.9, agreement > 0.8')).toThrow(/metric "agreement" is listed twice/);
    expect([needsScores(parseAgreementThresholds('agreement > 0.9, disagreement < 0.1')), needsScores(parseAgreementThresholds('score_ks < 0.2'))]).toEqual([false, true]);
    expect(() => parseAgreementThresholds('agreement >=')).toThrow(/"agreement >=" is not a threshold/);
    expect(() => parseAgreementThresholds(' ')).toThrow(/has no thresholds/);
  });

  it('disagreement is the share of matched requests with a different prediction', () => {
    const [d] = judgeThresholds(agreement(), parseAgreementThresholds('disagreement <= 0.05'));
    expect(d).toMatchObject({ value: 0.031, passed: true });
  });
});
