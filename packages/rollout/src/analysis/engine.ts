import { describeError, sleep } from '@mlship/core';
import type { MetricSource } from '../source';
import type { TrafficRouter } from '../traffic/router';
import { fmt, judgeInterval, type IntervalResult, type MetricObservation } from './interval';
import { CANARY_NAMES, type AnalysisPlan, type JudgingPlan, type TrackNames } from './plan';

/**
 * The canary analysis loop (seed 002's CanaryDeployer.run, done properly):
 * for each traffic step below 100, set the weight, then judge intervals of real
 * time until `intervalsPerStep` of them passed. Failed and inconclusive intervals
 * both count against `max-failed-intervals` (and lengthen the step by one);
 * one more than that ends the analysis. Only when every analysed step passed is the verdict `promote` (and a final
 * step of 100 sends all traffic to the canary). Otherwise the canary weight goes
 * back to 0: `rollback` when an interval showed the canary worse, `inconclusive`
 * when there was never enough data to tell.
 */

export type FinalVerdict = 'promote' | 'rollback' | 'inconclusive';

export interface StepResult {
  step: number;
  weight: number;
  status: 'pass' | 'fail' | 'inconclusive' | 'promoted' | 'not reached';
  intervals: IntervalResult[];
}

export interface AnalysisResult {
  verdict: FinalVerdict;
  /** One sentence: why. */
  reason: string;
  steps: StepResult[];
  /** Metrics that failed in any interval. */
  failedMetrics: string[];
  failedIntervals: number;
  /** Canary weight when the analysis ended. */
  finalWeight: number;
}

export interface Clock {
  /** Unix seconds. */
  now(): number;
  /** Resolves after ms, or rejects when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now() / 1000,
  sleep,
};

export interface RunOptions {
  plan: AnalysisPlan;
  source: MetricSource;
  router: TrafficRouter;
  log: (line: string) => void;
  clock?: Clock;
  /** Aborted when the job is cancelled: traffic goes back to stable and the verdict is inconclusive. */
  signal?: AbortSignal;
}

export async function runAnalysis(o: RunOptions): Promise<AnalysisResult> {
  const { plan, source, router, log } = o;
  const clock = o.clock ?? realClock;
  const steps: StepResult[] = plan.steps.map((weight, i) => ({ step: i + 1, weight, status: 'not reached', intervals: [] }));
  const failedMetrics = new Set<string>();
  const budget = { failedIntervals: 0, anyFail: false };
  let weight = 0;

  const stop = async (verdict: 'rollback' | 'inconclusive', reason: string): Promise<AnalysisResult> => {
    if (router.shifts) {
      log(`${verdict === 'rollback' ? 'Rolling back' : 'Stopping'}: ${reason} Setting the canary weight to 0 on ${router.description}.`);
      await router.setCanaryWeight(0);
    } else log(`${verdict === 'rollback' ? 'Rollback' : 'Inconclusive'}: ${reason}`);
    return { verdict, reason, steps, failedMetrics: [...failedMetrics], failedIntervals: budget.failedIntervals, finalWeight: router.shifts ? 0 : weight };
  };

  try {
    for (const step of steps) {
      if (step.weight === 100) {
        await router.setCanaryWeight(100);
        weight = 100;
        step.status = 'promoted';
        log(`[step ${step.step}/${steps.length} · 100%] every analysed step passed; ${router.shifts ? `all traffic now goes to the canary on ${router.description}` : 'promote the canary to all traffic'}.`);
        break;
      }
      await router.setCanaryWeight(step.weight);
      weight = step.weight;
      if (router.shifts) log(`[step ${step.step}/${steps.length} · ${step.weight}%] canary weight set to ${step.weight}%, stable ${100 - step.weight}%.`);
      if (!(await judgeStep({ plan, source, log, clock, signal: o.signal, step, stepCount: steps.length, budget, failedMetrics }))) {
        return await stop(budget.anyFail ? 'rollback' : 'inconclusive', budgetSpent(budget.failedIntervals, plan.maxFailedIntervals));
      }
    }
  } catch (e) {
    if (o.signal?.aborted) return await stop('inconclusive', `analysis cancelled (${describeError(o.signal.reason)}).`);
    throw e;
  }
  const last = plan.steps[plan.steps.length - 1]!;
  const reason = last === 100 ? 'every analysed step passed; the canary serves all traffic.' : `every step passed; the canary stays at ${last}%.`;
  return { verdict: 'promote', reason, steps, failedMetrics: [...failedMetrics], failedIntervals: budget.failedIntervals, finalWeight: weight };
}

/** Why an analysis stopped early: `2 failed or inconclusive intervals, more than max-failed-intervals 1.` */
export const budgetSpent = (failed: number, max: number) => `${failed} failed or inconclusive interval${failed === 1 ? '' : 's'}, more than max-failed-intervals ${max}.`;

export interface StepOptions {
  plan: JudgingPlan;
  source: MetricSource;
  log: (line: string) => void;
  clock: Clock;
  signal?: AbortSignal;
  step: StepResult;
  stepCount: number;
  /** Failed and inconclusive intervals so far, and whether any failed: shared by every step of one analysis. */
  budget: { failedIntervals: number; anyFail: boolean };
  failedMetrics: Set<string>;
  /** The progress line's head for an interval; default `[step 2/5 · 10% · interval 3/6]`. */
  head?: (r: IntervalResult, plannedIntervals: number) => string;
}

/**
 * Judges intervals of real time at the step's current traffic until
 * `intervalsPerStep` of them passed (true), or the failure budget runs out
 * (false). As in Flagger, a failed or inconclusive interval does not count
 * towards the step: each miss adds one more interval, and counts against
 * `max-failed-intervals` over the whole analysis.
 */
export async function judgeStep(o: StepOptions): Promise<boolean> {
  const { plan, step, budget } = o;
  step.status = 'inconclusive';
  let passes = 0;
  let planned = plan.intervalsPerStep;
  for (let i = 1; passes < plan.intervalsPerStep; i++) {
    const start = o.clock.now();
    await o.clock.sleep(plan.interval * 1000, o.signal);
    const end = o.clock.now();
    const r = await judgeInterval(plan, o.source, { step: step.step, weight: step.weight, interval: i, window: { start, end } });
    step.intervals.push(r);
    o.log(progressLine(r, o.stepCount, planned, { head: o.head, names: plan.names }));
    if (r.verdict === 'pass') {
      passes++;
      continue;
    }
    budget.failedIntervals++;
    planned++;
    if (r.verdict === 'fail') {
      budget.anyFail = true;
      for (const m of r.metrics) if (m.status === 'fail') o.failedMetrics.add(m.metric);
    }
    if (budget.failedIntervals > plan.maxFailedIntervals) {
      step.status = step.intervals.some((x) => x.verdict === 'fail') ? 'fail' : 'inconclusive';
      return false;
    }
  }
  step.status = 'pass';
  return true;
}

/** `[step 2/5 · 10% · interval 3/6] error-rate canary 0.4% vs stable 0.3% · p95 0.21 s vs 0.19 s · pass` */
export function progressLine(
  r: IntervalResult,
  stepCount: number,
  plannedIntervals: number,
  o: { head?: (r: IntervalResult, plannedIntervals: number) => string; names?: TrackNames } = {},
): string {
  const names = o.names ?? CANARY_NAMES;
  const label = o.head ? o.head(r, plannedIntervals) : `[step ${r.step}/${stepCount} · ${r.weight}% · interval ${r.interval}/${plannedIntervals}]`;
  if (r.reason) return `${label} inconclusive: ${r.reason}`;
  const parts = r.metrics.map((m) => describeObservation(m, names));
  const verdict = r.verdict === 'pass' ? 'pass' : `${r.verdict.toUpperCase()}: ${r.metrics.flatMap((m) => m.reasons).join('; ')}`;
  return `${label} ${[...parts, verdict].join(' · ')}`;
}

function describeObservation(m: MetricObservation, names: TrackNames): string {
  const latency = /^p(\d+(?:\.\d+)?)-latency$/.exec(m.metric);
  const value = (v: number | null) => (v === null ? 'n/a' : m.metric === 'error-rate' ? pct(v) : latency ? `${fmt(v)} s` : fmt(v));
  const name = latency ? `p${latency[1]}` : m.metric;
  const [c, s] = latency ? ['', ''] : [`${names.canary} `, `${names.stable} `];
  return m.stable === null ? `${name} ${c}${value(m.canary)}` : `${name} ${c}${value(m.canary)} vs ${s}${value(m.stable)}`;
}

export const pct = (v: number) => `${Number((v * 100).toPrecision(3))}%`;
