import { exactNumeric, ksTwoSample, psi } from '@mlship/data';
import type { PredictionLog } from './predictions';

/**
 * How the shadow's answers compare with the live model's on the same
 * requests: the two logs joined on request id (an inner join; ids seen by one
 * side only are counted, not guessed at), the share of requests given the
 * same prediction, the shift of the score distribution (PSI and the
 * two-sample KS test of the data package's drift checks, live as the
 * reference) and the disagreements per segment.
 */

export interface SegmentAgreement {
  segment: string;
  matched: number;
  disagreements: number;
  /** Disagreements / matched in this segment. */
  rate: number;
  /** This segment's part of all disagreements (0 when there are none). */
  share: number;
}

export interface ScoreShift {
  /** Matched requests with a score on both sides. */
  count: number;
  liveMean: number;
  shadowMean: number;
  psi: number;
  ksStatistic: number;
  ksPValue: number;
}

export interface Agreement {
  /** Requests in both logs. */
  matched: number;
  /** In the live log only: requests that were not mirrored, or whose mirrored copy the shadow never logged. */
  liveOnly: number;
  /** In the shadow log only: the live log lacks them. */
  shadowOnly: number;
  agreements: number;
  disagreements: number;
  /** agreements / matched; null without matched requests. */
  agreement: number | null;
  /** Null when the logs have no score column or no matched request has a score on both sides. */
  score: ScoreShift | null;
  /** Matched requests without a score on one side or both. */
  scoreMissing: number;
  /** Null without a segment column; most disagreements first. */
  segments: SegmentAgreement[] | null;
}

/** The label of requests whose segment neither log holds. */
export const NO_SEGMENT = '(none)';

export function compareLogs(live: PredictionLog, shadow: PredictionLog, o: { scores: boolean; segments: boolean }): Agreement {
  let matched = 0;
  let agreements = 0;
  let scoreMissing = 0;
  const liveScores: number[] = [];
  const shadowScores: number[] = [];
  const bySegment = new Map<string, { matched: number; disagreements: number }>();
  for (const [id, l] of live.byId) {
    const s = shadow.byId.get(id);
    if (!s) continue;
    matched++;
    // A missing prediction on either side is a disagreement: the user would not have got the live answer.
    const same = l.prediction !== null && l.prediction === s.prediction;
    if (same) agreements++;
    if (o.scores) {
      if (Number.isNaN(l.score) || Number.isNaN(s.score)) scoreMissing++;
      else {
        liveScores.push(l.score);
        shadowScores.push(s.score);
      }
    }
    if (o.segments) {
      const segment = l.segment ?? s.segment ?? NO_SEGMENT;
      const g = bySegment.get(segment) ?? { matched: 0, disagreements: 0 };
      g.matched++;
      if (!same) g.disagreements++;
      bySegment.set(segment, g);
    }
  }
  const disagreements = matched - agreements;
  let score: ScoreShift | null = null;
  if (liveScores.length > 0) {
    const reference = exactNumeric(liveScores);
    const current = exactNumeric(shadowScores);
    const ks = ksTwoSample(reference, current);
    score = { count: liveScores.length, liveMean: mean(liveScores), shadowMean: mean(shadowScores), psi: psi(reference, current).value, ksStatistic: ks.statistic, ksPValue: ks.pValue };
  }
  const segments = o.segments
    ? [...bySegment]
        .map(([segment, g]) => ({ segment, ...g, rate: g.disagreements / g.matched, share: disagreements ? g.disagreements / disagreements : 0 }))
        .sort((a, b) => b.disagreements - a.disagreements || b.rate - a.rate || (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0))
    : null;
  return {
    matched,
    liveOnly: live.byId.size - matched,
    shadowOnly: shadow.byId.size - matched,
    agreements,
    disagreements,
    agreement: matched ? agreements / matched : null,
    score,
    scoreMissing,
    segments,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
