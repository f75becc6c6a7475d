import { compare } from '@mlship/core';
import { mannWhitneyU, twoProportionZTest } from '../stats';
import { MetricSourceUnavailable, type MetricReading, type MetricSource, type RequestCounts, type Window } from '../source';
import type { AnalysisPlan, MetricCheck } from './plan';

/**
 * One interval's judgement. Every metric is read for canary and stable and
 * checked as data: the threshold (an absolute limit), then the comparison with
 * stable (how much worse, and whether that is statistically significant).
 * Missing data is never a pass: a canary without enough requests, a metric
 * without a value, a source that cannot answer — all `inconclusive`.
 */

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface MetricObservation {
  metric: string;
  canary: number | null;
  stable: number | null;
  /** How much worse the canary is than stable, in the metric's unit (negative: better). */
  worseBy: number | null;
  /** The most worseBy may be before the comparison fails. */
  allowed: number | null;
  test: MetricCheck['test'];
  pValue: number | null;
  status: Verdict;
  /** Why it failed or was inconclusive; empty on a pass. */
  reasons: string[];
}

export interface IntervalResult {
  step: number;
  weight: number;
  interval: number;
  window: Window;
  canary: RequestCounts | null;
  stable: RequestCounts | null;
  verdict: Verdict;
  /** Why the whole interval was inconclusive before any metric was judged. */
  reason?: string;
  metrics: MetricObservation[];
}

export interface IntervalContext {
  step: number;
  weight: number;
  interval: number;
  window: Window;
}

export async function judgeInterval(plan: AnalysisPlan, source: MetricSource, ctx: IntervalContext): Promise<IntervalResult> {
  const base = { ...ctx, canary: null, stable: null, metrics: [] };
  try {
    const [canary, stable] = await Promise.all([source.requests('canary', ctx.window), source.requests('stable', ctx.window)]);
    if (canary === null || canary.requests < plan.minRequests) {
      const served = canary === null ? 'no request data' : `${fmtCount(canary.requests)} requests`;
      return { ...base, canary, stable, verdict: 'inconclusive', reason: `canary had ${served} (min-requests ${plan.minRequests})` };
    }
    const stableUsable = stable !== null && stable.requests >= plan.minRequests;
    if (plan.comparison === 'relative' && !stableUsable) {
      const served = stable === null ? 'no request data' : `${fmtCount(stable.requests)} requests`;
      return { ...base, canary, stable, verdict: 'inconclusive', reason: `stable had ${served} (min-requests ${plan.minRequests}), nothing to compare with` };
    }
    const metrics: MetricObservation[] = [];
    for (const m of plan.metrics) {
      const [c, s] = await Promise.all([source.read(m.kind, 'canary', ctx.window), stableUsable ? source.read(m.kind, 'stable', ctx.window) : Promise.resolve(null)]);
      metrics.push(judgeMetric(plan, m, c, s, canary, stableUsable ? stable : null));
    }
    const verdict: Verdict = metrics.some((o) => o.status === 'fail') ? 'fail' : metrics.some((o) => o.status === 'inconclusive') ? 'inconclusive' : 'pass';
    return { ...base, canary, stable, verdict, metrics };
  } catch (e) {
    if (e instanceof MetricSourceUnavailable) return { ...base, verdict: 'inconclusive', reason: `metrics unavailable: ${e.line}` };
    throw e;
  }
}

export function judgeMetric(plan: AnalysisPlan, m: MetricCheck, c: MetricReading, s: MetricReading | null, cCounts: RequestCounts, sCounts: RequestCounts | null): MetricObservation {
  const obs: MetricObservation = { metric: m.name, canary: c.value, stable: s?.value ?? null, worseBy: null, allowed: null, test: m.test, pValue: null, status: 'pass', reasons: [] };
  if (c.value === null || !Number.isFinite(c.value)) {
    obs.canary = null;
    obs.status = 'inconclusive';
    obs.reasons.push(`no canary value for ${m.name}`);
    return obs;
  }
  let failed = false;
  if (m.threshold && !compare(c.value, m.threshold.op, m.threshold.value)) {
    failed = true;
    obs.reasons.push(`canary ${m.name} ${fmt(c.value)} breaks ${m.threshold.source}`);
  }
  if (!m.compareWithStable) {
    obs.status = failed ? 'fail' : 'pass';
    return obs;
  }
  if (s && s.value !== null && Number.isFinite(s.value)) {
    const worseBy = m.worse === 'higher' ? c.value - s.value : s.value - c.value;
    const allowed = m.maxIncrease.relative ? Math.abs(s.value) * m.maxIncrease.value : m.maxIncrease.value;
    obs.worseBy = worseBy;
    obs.allowed = allowed;
    const test =
      m.test === 'two-proportion' && sCounts
        ? twoProportionZTest({ count: cCounts.errors, total: cCounts.requests }, { count: sCounts.errors, total: sCounts.requests })
        : m.test === 'mann-whitney'
          ? mannWhitneyU(c.points, s.points)
          : null;
    obs.pValue = test?.pValue ?? null;
    // Kayenta's rule: worse beyond the tolerance *and* unlikely to be noise. Without a test
    // (a custom query, or no sub-window points), relative mode goes by the observed excess alone.
    const exceeded = worseBy > allowed + 1e-12;
    const significant = obs.pValue === null ? null : obs.pValue < plan.significance;
    const fails = plan.comparison === 'relative' ? exceeded && significant !== false : exceeded && significant === true;
    if (fails) {
      failed = true;
      const p = obs.pValue === null ? '' : `, p = ${fmtP(obs.pValue)} < ${plan.significance}`;
      obs.reasons.push(`canary ${m.name} worse than stable by ${fmt(worseBy)} (allowed ${m.maxIncrease.source}${p})`);
    }
  } else if (plan.comparison === 'relative') {
    obs.status = failed ? 'fail' : 'inconclusive';
    if (!failed) obs.reasons.push(`no stable value for ${m.name} to compare with`);
    return obs;
  }
  obs.status = failed ? 'fail' : 'pass';
  return obs;
}

const fmtCount = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
export const fmt = (n: number) => (n === 0 ? '0' : Math.abs(n) >= 1000 || Math.abs(n) < 0.001 ? n.toPrecision(3) : String(Number(n.toPrecision(4))));
export const fmtP = (p: number) => (p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2))));
