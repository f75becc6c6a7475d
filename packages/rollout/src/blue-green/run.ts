import { describeError, isUserError } from '@mlship/core';
import { budgetSpent, judgeStep, realClock, type Clock, type StepResult } from '../analysis/engine';
import type { JudgingPlan } from '../analysis/plan';
import { fillArgv } from '../argv';
import { checkHealth, type HealthCondition, type HealthResult } from '../health';
import type { MetricSource } from '../source';
import { run } from '../traffic/exec';
import { smokeRequests, waitHealthy, type SmokeOptions } from './checks';
import type { BlueGreenSwitch, Color } from './switch';

/**
 * The blue-green deployment (Argo Rollouts' blueGreen: pre-promotion checks,
 * the switch, post-promotion analysis, scale-down delay): green runs beside
 * blue; it must pass its checks before any user reaches it; then every user is
 * switched to green and judged over an analysis window with canary-check's
 * interval engine; a failure (or a cancelled job) switches everyone back to blue.
 */

export type BlueGreenVerdict = 'switched' | 'switched-back' | 'not-switched';

export interface PreSwitchCheck {
  id: 'health' | 'smoke' | 'preview';
  /** null: not configured, or not reached because an earlier check failed. */
  passed: boolean | null;
  detail: string;
}

export interface BlueGreenOptions {
  plan: JudgingPlan;
  /** Opened once green answers its health check: green's /metrics may not exist before. */
  openSource: () => Promise<MetricSource>;
  sw: BlueGreenSwitch;
  values: Record<Color, string>;
  deploy?: string[];
  health?: { url: string; timeoutSeconds: number };
  smoke?: Omit<SmokeOptions, 'signal'>;
  /**
   * Thresholds on green's own (preview) traffic, judged `seconds` after the smoke
   * requests started, over a window reaching `lead` seconds before them: a
   * counter read only after the smoke requests would show them no increase.
   */
  preview?: { conditions: HealthCondition[]; seconds: number; lead: number };
  scaleDown: { delaySeconds: number; argv?: string[] };
  log: (line: string) => void;
  clock?: Clock;
  signal?: AbortSignal;
  /** Called just before users are switched to green (the post: step's state). */
  beforeSwitch: () => void;
  /** Called once traffic is where it will stay: the analysis passed, or blue serves again. */
  settled: () => void;
}

export interface BlueGreenResult {
  verdict: BlueGreenVerdict;
  /** One sentence: why. */
  reason: string;
  active: Color;
  /** The colour that served before the last switch; null when users never moved. */
  previous: Color | null;
  checks: PreSwitchCheck[];
  preview?: HealthResult;
  /** The analysis window after the switch (one step at 100 % green). */
  analysis: StepResult;
  failedMetrics: string[];
  /** What happened to blue after a passed analysis; `failed` when scale-down-command did not succeed (green stays live). */
  scaleDown: { detail: string; failed: boolean } | null;
}

export async function runBlueGreen(o: BlueGreenOptions): Promise<BlueGreenResult> {
  const { plan, sw, log } = o;
  const clock = o.clock ?? realClock;
  const checks: PreSwitchCheck[] = [
    { id: 'health', passed: null, detail: o.health ? 'not reached' : 'not configured (green-health-url)' },
    { id: 'smoke', passed: null, detail: o.smoke ? 'not reached' : 'not configured (smoke-url)' },
    { id: 'preview', passed: null, detail: o.preview ? 'not reached' : 'not configured (preview-metrics)' },
  ];
  const analysis: StepResult = { step: 1, weight: 100, status: 'not reached', intervals: [] };
  const failedMetrics = new Set<string>();
  let preview: HealthResult | undefined;
  const result = (verdict: BlueGreenVerdict, reason: string, scaleDown: BlueGreenResult['scaleDown'] = null): BlueGreenResult => {
    const switched = verdict !== 'not-switched';
    return { verdict, reason, active: verdict === 'switched' ? 'green' : 'blue', previous: switched ? (verdict === 'switched' ? 'blue' : 'green') : null, checks, preview, analysis, failedMetrics: [...failedMetrics], scaleDown };
  };
  const check = (id: PreSwitchCheck['id']) => checks.find((c) => c.id === id)!;
  const cancelled = () => `cancelled (${describeError(o.signal?.reason)})`;

  if (o.deploy) {
    log(`Deploying green: ${JSON.stringify(o.deploy)}`);
    await run(o.deploy, { where: 'input "deploy-command"', log: (line) => log(`  ${line}`) });
  }

  let source: MetricSource | undefined;
  try {
    // Pre-switch: every check runs against green alone; users stay on blue whatever happens here.
    try {
      if (o.health) {
        const h = await waitHealthy(o.health.url, o.health.timeoutSeconds, { signal: o.signal });
        Object.assign(check('health'), h);
        log(`Green health: ${h.passed ? 'pass' : 'FAIL'} — ${h.detail}.`);
        if (!h.passed) return notSwitched(`green failed its health check: ${h.detail}.`);
      }
      source = await o.openSource();
      const previewStart = clock.now();
      if (o.smoke) {
        const s = await smokeRequests({ ...o.smoke, signal: o.signal });
        Object.assign(check('smoke'), { passed: s.passed, detail: s.detail });
        log(`Smoke requests: ${s.passed ? 'pass' : 'FAIL'} — ${s.detail}.`);
        if (!s.passed) return notSwitched(`green failed its smoke requests: ${s.detail}.`);
      }
      if (o.preview) {
        const wait = previewStart + o.preview.seconds - clock.now();
        if (wait > 0) await clock.sleep(wait * 1000, o.signal);
        preview = await checkHealth(source, 'canary', { start: previewStart - o.preview.lead, end: clock.now() }, o.preview.conditions, plan.minRequests);
        const healthy = preview.health === 'healthy';
        const values = preview.conditions.map((c) => `${c.id} ${c.value === null ? 'no data' : Number(c.value.toPrecision(4))}`).join(', ');
        Object.assign(check('preview'), { passed: healthy, detail: `${preview.health} on green's preview traffic (${preview.requests?.requests ?? 'no'} requests; ${values})${preview.reasons.length ? `: ${preview.reasons.join('; ')}` : ''}` });
        log(`Preview metrics: ${healthy ? 'pass' : 'FAIL'} — ${check('preview').detail}.`);
        // Inconclusive is never a pass: green does not get users on missing data.
        if (!healthy) return notSwitched(`green's preview metrics are ${preview.health}: ${preview.reasons.join('; ')}.`);
      }
    } catch (e) {
      if (o.signal?.aborted) return notSwitched(`${cancelled()} before the switch.`);
      throw e;
    }

    o.beforeSwitch();
    log(`Switching users to green (${o.values.green}) on ${sw.description}.`);
    await sw.switchTo('green');
    const switchBack = async (reason: string): Promise<BlueGreenResult> => {
      log(`Switching back: ${reason} Users go back to blue (${o.values.blue}) on ${sw.description}.`);
      await sw.switchTo('blue');
      o.settled();
      return result('switched-back', reason);
    };
    const budget = { failedIntervals: 0, anyFail: false };
    try {
      const passed = await judgeStep({
        plan,
        source,
        log,
        clock,
        signal: o.signal,
        step: analysis,
        stepCount: 1,
        budget,
        failedMetrics,
        head: (r, planned) => `[green · interval ${r.interval}/${planned}]`,
      });
      if (!passed) return await switchBack(`${budget.anyFail ? 'green failed its analysis' : 'green could not be judged'}: ${budgetSpent(budget.failedIntervals, plan.maxFailedIntervals)}`);
    } catch (e) {
      if (o.signal?.aborted) return await switchBack(`analysis ${cancelled()}.`);
      throw e;
    }
    o.settled();
    log(`Green passed ${plan.intervalsPerStep} interval(s) of ${plan.interval} s and stays active; blue (${o.values.blue}) is the previous deployment.`);
    return result('switched', `green passed its checks and ${plan.intervalsPerStep} analysis interval(s) after the switch.`, await scaleDownBlue(o, clock));
  } finally {
    await source?.close();
  }

  function notSwitched(reason: string): BlueGreenResult {
    log(`Not switched: ${reason} Users stay on blue (${o.values.blue}).`);
    return result('not-switched', reason);
  }
}

/** Blue is kept for the delay (a switch back stays instant), then scaled down by the command. */
async function scaleDownBlue(o: BlueGreenOptions, clock: Clock): Promise<NonNullable<BlueGreenResult['scaleDown']>> {
  const done = (detail: string, failed = false) => ({ detail, failed });
  if (!o.scaleDown.argv) return done(`blue (${o.values.blue}) keeps running: no scale-down-command.`);
  if (o.scaleDown.delaySeconds > 0) {
    o.log(`Keeping blue for scale-down-delay ${o.scaleDown.delaySeconds} s.`);
    try {
      await clock.sleep(o.scaleDown.delaySeconds * 1000, o.signal);
    } catch (e) {
      if (o.signal?.aborted) return done(`blue (${o.values.blue}) keeps running: the job was cancelled during scale-down-delay.`);
      throw e;
    }
  }
  const argv = fillArgv(o.scaleDown.argv, { active: o.values.green, previous: o.values.blue });
  o.log(`Scaling blue down: ${JSON.stringify(argv)}`);
  try {
    await run(argv, { where: 'input "scale-down-command"', log: (line) => o.log(`  ${line}`) });
  } catch (e) {
    // Green is live and judged healthy: a failed scale-down leaves blue running, which the report says; it undoes nothing.
    if (!isUserError(e)) throw e;
    return done(`blue (${o.values.blue}) keeps running: ${describeError(e)}`, true);
  }
  return done(`blue (${o.values.blue}) scaled down after ${o.scaleDown.delaySeconds} s by ${JSON.stringify(argv)}.`);
}
