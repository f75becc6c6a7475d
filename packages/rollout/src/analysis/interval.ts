import { compare } from '@mlship/core';
import { alignBuckets, type Bucket } from '../histogram';
import { binnedMannWhitney, twoProportionZTest } from '../stats';
import { MetricSourceUnavailable, type MetricReading, type MetricSource, type RequestCounts, type Window } from '../source';
import type { JudgingPlan, MetricCheck } from './plan';

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
  /** Why an apparent excess did not count (a latency excess the histogram's buckets cannot show). */
  note?: string;
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

export async function judgeInterval(plan: JudgingPlan, source: MetricSource, ctx: IntervalContext): Promise<IntervalResult> {
  const base = { ...ctx, canary: null, stable: null, metrics: [] };
  const n = plan.names;
  try {
    const [canary, stable] = await Promise.all([source.requests('canary', ctx.window), source.requests('stable', ctx.window)]);
    if (canary === null || canary.requests < plan.minRequests) {
      const served = canary === null ? 'no request data' : `${fmtCount(canary.requests)} requests`;
      return { ...base, canary, stable, verdict: 'inconclusive', reason: `${n.canary} had ${served} (min-requests ${plan.minRequests})` };
    }
    const stableUsable = stable !== null && stable.requests >= plan.minRequests;
    if (plan.comparison === 'relative' && !stableUsable) {
      const served = stable === null ? 'no request data' : `${fmtCount(stable.requests)} requests`;
      return { ...base, canary, stable, verdict: 'inconclusive', reason: `${n.stable} had ${served} (min-requests ${plan.minRequests}), nothing to compare with` };
    }
    const metrics: MetricObservation[] = [];
    for (const m of plan.metrics) {
      const [c, s] = await Promise.all([source.read(m.kind, 'canary', ctx.window), stableUsable ? source.read(m.kind, 'stable', ctx.window) : Promise.resolve(null)]);
      const kind = m.kind;
      // Latencies are compared request by request: each track's requests per histogram bucket over the interval.
      const histograms =
        kind.kind === 'latency' && stableUsable
          ? await Promise.all([source.histogram(kind, 'canary', ctx.window), source.histogram(kind, 'stable', ctx.window)]).then(([canaryBuckets, stableBuckets]) => ({ canary: canaryBuckets, stable: stableBuckets }))
          : undefined;
      metrics.push(judgeMetric(plan, m, c, s, canary, stableUsable ? stable : null, histograms));
    }
    const verdict: Verdict = metrics.some((o) => o.status === 'fail') ? 'fail' : metrics.some((o) => o.status === 'inconclusive') ? 'inconclusive' : 'pass';
    return { ...base, canary, stable, verdict, metrics };
  } catch (e) {
    if (e instanceof MetricSourceUnavailable) return { ...base, verdict: 'inconclusive', reason: `metrics unavailable: ${e.line}` };
    throw e;
  }
}

/** Each track's latency histogram over the interval (cumulative buckets), for the per-request latency test. */
export interface IntervalHistograms {
  canary: Bucket[] | null;
  stable: Bucket[] | null;
}

export function judgeMetric(
  plan: JudgingPlan,
  m: MetricCheck,
  c: MetricReading,
  s: MetricReading | null,
  cCounts: RequestCounts,
  sCounts: RequestCounts | null,
  histograms?: IntervalHistograms,
): MetricObservation {
  const n = plan.names;
  const obs: MetricObservation = { metric: m.name, canary: c.value, stable: s?.value ?? null, worseBy: null, allowed: null, test: m.test, pValue: null, status: 'pass', reasons: [] };
  if (c.value === null || !Number.isFinite(c.value)) {
    obs.canary = null;
    obs.status = 'inconclusive';
    obs.reasons.push(`no ${n.canary} value for ${m.name}`);
    return obs;
  }
  let failed = false;
  if (m.threshold && !compare(c.value, m.threshold.op, m.threshold.value)) {
    failed = true;
    obs.reasons.push(`${n.canary} ${m.name} ${fmt(c.value)} breaks ${m.threshold.source}`);
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
    let test: { pValue: number } | null = null;
    if (m.test === 'two-proportion' && sCounts) test = twoProportionZTest({ count: cCounts.errors, total: cCounts.requests }, { count: sCounts.errors, total: sCounts.requests });
    if (m.test === 'mann-whitney') {
      const latency = latencyTest(plan, m, histograms);
      if ('inconclusive' in latency) {
        // Too few requests in a histogram to tell noise from a regression is never a pass.
        obs.status = failed ? 'fail' : 'inconclusive';
        obs.reasons.push(latency.inconclusive);
        return obs;
      }
      test = latency;
    }
    obs.pValue = test?.pValue ?? null;
    // Kayenta's rule: worse beyond the tolerance *and* unlikely to be noise. Without a test
    // (a custom query), relative mode goes by the observed excess alone.
    let exceeded = worseBy > allowed + 1e-12;
    if (exceeded && m.kind.kind === 'latency' && m.worse === 'higher' && histograms?.canary) {
      // histogram_quantile interpolates inside a bucket, so a canary 10 % slower whose p95 just crosses a
      // bucket bound reads as far slower. Only an excess the buckets themselves prove fails: fewer than
      // q of the canary's requests at or below the first bound past stable + allowance.
      const limit = s.value + allowed;
      if (!provenAbove(histograms.canary, m.kind.quantile, limit)) {
        exceeded = false;
        obs.note = `${m.name} ${fmt(c.value)} vs ${fmt(s.value)} is interpolated inside a histogram bucket; the buckets do not show the ${n.canary}'s requests slower than ${fmt(limit)} beyond p${+(m.kind.quantile * 100).toFixed(6)}`;
      }
    }
    const significant = obs.pValue === null ? null : obs.pValue < plan.significance;
    const fails = plan.comparison === 'relative' ? exceeded && significant !== false : exceeded && significant === true;
    if (fails) {
      failed = true;
      const p = obs.pValue === null ? '' : `, p = ${fmtP(obs.pValue)} < ${plan.significance}`;
      obs.reasons.push(`${n.canary} ${m.name} worse than ${n.stable} by ${fmt(worseBy)} (allowed ${m.maxIncrease.source}${p})`);
    }
  } else if (plan.comparison === 'relative') {
    obs.status = failed ? 'fail' : 'inconclusive';
    if (!failed) obs.reasons.push(`no ${n.stable} value for ${m.name} to compare with`);
    return obs;
  }
  obs.status = failed ? 'fail' : 'pass';
  return obs;
}

/**
 * The per-request latency test: Mann–Whitney U over histogram buckets (each
 * request one observation, ranked by its bucket). Each track needs
 * min-requests requests in its histogram; fewer, or no histogram, is
 * inconclusive.
 */
function latencyTest(plan: JudgingPlan, m: MetricCheck, histograms: IntervalHistograms | undefined): { pValue: number } | { inconclusive: string } {
  const missing = (['canary', 'stable'] as const).filter((t) => !histograms?.[t]);
  const n = plan.names;
  if (missing.length) return { inconclusive: `no ${missing.map((t) => n[t]).join(' or ')} latency histogram for ${m.name} to compare requests with` };
  const aligned = alignBuckets(histograms!.canary!, histograms!.stable!);
  if (!aligned) return { inconclusive: `the ${n.canary} and ${n.stable} latency histograms of ${m.name} share no +Inf bucket` };
  const result = binnedMannWhitney(aligned.canary, aligned.stable);
  const counts = { canary: result?.canaryCount ?? aligned.canary.reduce((a, b) => a + b, 0), stable: result?.stableCount ?? aligned.stable.reduce((a, b) => a + b, 0) };
  const short = (['canary', 'stable'] as const).filter((t) => counts[t] < Math.max(1, plan.minRequests));
  if (!result || short.length) {
    return { inconclusive: `${short.map((t) => `${n[t]} latency histogram holds ${counts[t]} requests`).join(', ')} (min-requests ${plan.minRequests}), too few to compare ${m.name}` };
  }
  return { pValue: result.pValue };
}

/**
 * True when the histogram shows the q-quantile beyond `limit`: fewer than q of
 * the requests are at or below the first bucket bound ≥ limit, so
 * histogram_quantile lands past that bound whatever the requests' latencies
 * inside their buckets.
 */
export function provenAbove(histogram: readonly Bucket[], q: number, limit: number): boolean {
  const sorted = [...histogram].sort((a, b) => a.upperBound - b.upperBound);
  const total = sorted.at(-1)?.upperBound === Infinity ? sorted.at(-1)!.count : NaN;
  if (!(total > 0)) return false;
  const bound = sorted.find((b) => b.upperBound >= limit);
  if (!bound || bound.upperBound === Infinity) return false;
  return bound.count < q * total;
}

const fmtCount = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
export const fmt = (n: number) => (n === 0 ? '0' : Math.abs(n) >= 1000 || Math.abs(n) < 0.001 ? n.toPrecision(3) : String(Number(n.toPrecision(4))));
export const fmtP = (p: number) => (p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2))));
