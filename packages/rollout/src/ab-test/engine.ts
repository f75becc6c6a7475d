import { describeError } from '@mlship/core';
import { realClock, type Clock } from '../analysis/engine';
import { fmtP, judgeInterval, type IntervalResult } from '../analysis/interval';
import { MetricSourceUnavailable, type MetricSource, type Track, type Window } from '../source';
import type { TrafficRouter } from '../traffic/router';
import { ships, type AbPlan } from './plan';
import { initialState, peek, trialsFor, unjudgeable, update, type Arm, type Peek, type SequentialState } from './sequential';

/**
 * The A/B test loop: set the split, then every `interval` read both
 * variants' successes and trials since the start and update the always-valid
 * test, and judge the guardrails on that interval alone. It stops at the
 * first decision, when the guardrails fail more than `max-failed-intervals`
 * times (the candidate hurts: control wins), or at the horizon
 * (inconclusive). Then the split goes back to control — or to the candidate,
 * when its verdict ships and promote-on-win is set.
 */

export type AbVerdict = 'candidate-wins' | 'control-wins' | 'no-difference' | 'inconclusive';

export interface PeekRecord {
  peek: number;
  /** From the start of the test to this peek. */
  window: Window;
  control: Arm | null;
  candidate: Arm | null;
  /** This peek's statistic; null when the counts could not be judged (`reason` says why). */
  stats: Peek | null;
  reason?: string;
  /** The test's running state after this peek. */
  state: SequentialState;
  /** Total trials at which the interval resolves ±mde at the observed rates; null without rates. */
  trialsNeeded: number | null;
  guardrails: IntervalResult | null;
}

export interface AbResult {
  verdict: AbVerdict;
  reason: string;
  /** Whether the verdict ships under ship-on. */
  ships: boolean;
  peeks: PeekRecord[];
  state: SequentialState;
  failedGuardrails: string[];
  failedGuardrailIntervals: number;
  /** Candidate weight when the test ended. */
  finalWeight: number;
}

export interface AbRunOptions {
  plan: AbPlan;
  source: MetricSource;
  router: TrafficRouter;
  log: (line: string) => void;
  clock?: Clock;
  signal?: AbortSignal;
}

export async function runAbTest(o: AbRunOptions): Promise<AbResult> {
  const { plan, source, router, log } = o;
  const clock = o.clock ?? realClock;
  const peeks: PeekRecord[] = [];
  const failedGuardrails = new Set<string>();
  let failedGuardrailIntervals = 0;
  let state = initialState();
  const planned = Math.ceil(plan.horizon / plan.interval - 1e-9);

  const finish = async (verdict: AbVerdict, reason: string, cancelled = false): Promise<AbResult> => {
    let shipping = !cancelled && ships(verdict, plan.shipOn);
    // Never a pass without evidence: no judged peek, or guardrails that never had the data to be judged.
    if (shipping && state.peeks === 0) {
      shipping = false;
      reason += ' Not shipped: no peek had the counts to judge.';
    }
    if (shipping && plan.guardrails && !peeks.some((p) => p.guardrails && p.guardrails.verdict !== 'inconclusive')) {
      shipping = false;
      reason += ' Not shipped: the guardrails were never judged (no interval had the data).';
    }
    const weight = shipping && plan.promoteOnWin ? 100 : 0;
    if (router.shifts) {
      await router.setCanaryWeight(weight);
      log(`${verdict}: ${reason} ${weight === 100 ? `All traffic now goes to the candidate on ${router.description}.` : `Control serves all traffic again on ${router.description}.`}`);
    } else log(`${verdict}: ${reason}`);
    return { verdict, reason, ships: shipping, peeks, state, failedGuardrails: [...failedGuardrails], failedGuardrailIntervals, finalWeight: router.shifts ? weight : plan.split };
  };

  try {
    await router.setCanaryWeight(plan.split);
    if (router.shifts) log(`[A/B] candidate weight set to ${plan.split}%, control ${100 - plan.split}%.`);
    const start = clock.now();
    let last = start;
    for (let k = 1; ; k++) {
      // The last peek lands on the horizon, however the earlier sleeps overran.
      const wait = k < planned ? plan.interval : Math.max(0, Math.min(plan.interval, start + plan.horizon - clock.now()));
      await clock.sleep(wait * 1000, o.signal);
      const end = clock.now();
      const guardrails = plan.guardrails ? await judgeInterval(plan.guardrails, source, { step: 1, weight: plan.split, interval: k, window: { start: last, end } }) : null;
      last = end;
      const record = await readPeek(plan, source, k, { start, end }, state, guardrails);
      state = record.state;
      peeks.push(record);
      log(peekLine(record, plan, planned));
      if (guardrails?.verdict === 'fail') {
        failedGuardrailIntervals++;
        for (const m of guardrails.metrics) if (m.status === 'fail') failedGuardrails.add(m.metric);
        if (plan.guardrails && failedGuardrailIntervals > plan.guardrails.maxFailedIntervals) {
          const why = guardrails.metrics.flatMap((m) => (m.status === 'fail' ? m.reasons : [])).join('; ');
          return await finish('control-wins', `the candidate hurts a guardrail: ${failedGuardrailIntervals} failed guardrail interval${failedGuardrailIntervals === 1 ? '' : 's'}, more than max-failed-intervals ${plan.guardrails.maxFailedIntervals} (${why}).`);
        }
      }
      if (state.decision) return await finish(state.decision, decisionReason(state, plan, record));
      if (k >= planned) return await finish('inconclusive', horizonReason(plan, record));
    }
  } catch (e) {
    if (o.signal?.aborted) return await finish('inconclusive', `the A/B test was cancelled (${describeError(o.signal.reason)}).`, true);
    if (router.shifts) {
      // Whatever broke, a half-run test must not keep its split (the CLI has no post: step).
      await router.setCanaryWeight(0).catch((again: unknown) => log(`could not set the candidate weight back to 0 (${describeError(again)}); the post: step will try again.`));
    }
    throw e;
  }
}

async function readPeek(plan: AbPlan, source: MetricSource, k: number, window: Window, before: SequentialState, guardrails: IntervalResult | null): Promise<PeekRecord> {
  const base = { peek: k, window, guardrails, state: before, stats: null, trialsNeeded: null };
  let arms: Record<Track, Arm | null>;
  try {
    arms = { stable: await readArm(plan, source, 'stable', window), canary: await readArm(plan, source, 'canary', window) };
  } catch (e) {
    if (e instanceof MetricSourceUnavailable) return { ...base, control: null, candidate: null, reason: `metrics unavailable: ${e.line}` };
    throw e;
  }
  const [control, candidate] = [arms.stable, arms.canary];
  const counts = { ...base, control, candidate };
  if (!control || !candidate) return { ...counts, reason: `no ${[!control && 'control', !candidate && 'candidate'].filter(Boolean).join(' or ')} counts since the start` };
  for (const [name, a] of [['control', control], ['candidate', candidate]] as const) {
    if (a.successes > a.trials) return { ...counts, reason: `${name} counts ${a.successes} successes in ${a.trials} trials; successes must count a subset of trials` };
  }
  const why = unjudgeable(control, candidate);
  if (why) return { ...counts, reason: why };
  const stats = peek(control, candidate, plan);
  const state = before.decision ? before : update(before, stats, plan.mde);
  const trialsNeeded = trialsFor(plan.mde, { control: stats.controlRate, candidate: stats.candidateRate }, plan.split / 100, plan);
  return { ...counts, stats, state, trialsNeeded: Number.isFinite(trialsNeeded) ? Math.ceil(trialsNeeded) : null };
}

/** Successes and trials since the start; counters' increases come back fractional from Prometheus. */
async function readArm(plan: AbPlan, source: MetricSource, track: Track, window: Window): Promise<Arm | null> {
  const trials = (await source.read(plan.trials[track], track, window)).value;
  if (trials === null || !Number.isFinite(trials)) return null;
  const successes = (await source.read(plan.successes[track], track, window)).value;
  if (successes === null || !Number.isFinite(successes)) return null;
  return { successes: Math.max(0, Math.round(successes)), trials: Math.max(0, Math.round(trials)) };
}

/** Rates and differences in percentage points: `+1.2 pp`. */
export const pp = (v: number, sign = true) => `${sign && v >= 0 ? '+' : v < 0 ? '−' : ''}${Number((Math.abs(v) * 100).toPrecision(3))} pp`;
export const rate = (v: number) => `${Number((v * 100).toPrecision(4))}%`;
const interval = (s: SequentialState) => `[${Number.isFinite(s.lower) ? pp(s.lower) : '−∞'}, ${Number.isFinite(s.upper) ? pp(s.upper) : '+∞'}]`;
const confidence = (plan: AbPlan) => `${Number(((1 - plan.alpha) * 100).toPrecision(4))}%`;

/** `[peek 3/12] control 10.2% (204/2000) · candidate 12.1% (242/2000) · +1.9 pp, 95% always-valid [−0.4, +4.2] pp · p 0.31 · guardrails pass` */
export function peekLine(r: PeekRecord, plan: AbPlan, planned: number): string {
  const head = `[peek ${r.peek}/${planned}]`;
  const arm = (name: string, a: Arm | null) => (a ? `${name} ${a.trials ? rate(a.successes / a.trials) : 'n/a'} (${a.successes}/${a.trials})` : `${name} no data`);
  const parts = [arm('control', r.control), arm('candidate', r.candidate)];
  if (r.stats) parts.push(`${pp(r.stats.difference)}, ${confidence(plan)} always-valid ${interval(r.state)} · p ${fmtP(r.state.pValue)}`);
  else parts.push(`not judged: ${r.reason}`);
  if (r.guardrails) parts.push(r.guardrails.verdict === 'pass' ? 'guardrails pass' : r.guardrails.reason ? `guardrails inconclusive: ${r.guardrails.reason}` : `guardrails ${r.guardrails.verdict.toUpperCase()}: ${r.guardrails.metrics.flatMap((m) => m.reasons).join('; ')}`);
  return `${head} ${parts.join(' · ')}`;
}

function decisionReason(s: SequentialState, plan: AbPlan, r: PeekRecord): string {
  const ci = `the ${confidence(plan)} always-valid interval for the difference is ${interval(s)}`;
  const effect = r.stats ? `${pp(r.stats.difference)}${r.stats.lift === null ? '' : ` (lift ${r.stats.lift >= 0 ? '+' : '−'}${Number((Math.abs(r.stats.lift) * 100).toPrecision(3))}%)`}` : '';
  const after = `after ${r.peek} peek${r.peek === 1 ? '' : 's'}`;
  switch (s.decision) {
    case 'candidate-wins':
      return `the candidate converts better, ${effect}: ${ci}, above 0 ${after}.`;
    case 'control-wins':
      return `the candidate converts worse, ${effect}: ${ci}, below 0 ${after}.`;
    default:
      return `${ci}, inside ±${pp(plan.mde, false)} (min-detectable-effect) ${after}: no difference that large.`;
  }
}

function horizonReason(plan: AbPlan, r: PeekRecord): string {
  const total = (r.control?.trials ?? 0) + (r.candidate?.trials ?? 0);
  const needed = r.trialsNeeded === null ? 'too little data to say how many trials it needs' : `about ${Math.max(0, r.trialsNeeded - total)} more trials (${r.trialsNeeded} in all) would resolve ±${pp(plan.mde, false)}`;
  return `the horizon (${plan.horizon} s) came before a decision; ${needed}.`;
}
