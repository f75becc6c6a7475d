import { loadYamlParser, UserError } from '@mlship/core';
import { fakeClock, noData, ScriptedSource, track, type IntervalScript } from '../testing/scripted-source';
import { RecordingRouter } from '../testing/recording-router';
import type { MetricKind } from '../source';
import { progressLine, runAnalysis } from './engine';
import { buildPlan, parseSteps, parseTolerance, type PlanInputs } from './plan';

beforeAll(loadYamlParser);

const resolve = (name: string): MetricKind => {
  if (name === 'error-rate' || name === 'request-rate') return { kind: name };
  const m = /^p(\d+)-latency$/.exec(name);
  if (m) return { kind: 'latency', quantile: Number(m[1]) / 100 };
  throw new UserError(`unknown metric "${name}".`, { where: 'input "metrics"' });
};

const plan = (over: Partial<PlanInputs> = {}) =>
  buildPlan({
    metrics: 'error-rate < 0.01\np95-latency < 0.5',
    comparison: 'absolute',
    maxIncrease: '20%',
    steps: [5, 10, 25, 50, 100],
    stepDuration: 180,
    interval: 60,
    minRequests: 20,
    maxFailedIntervals: 2,
    significance: 0.05,
    resolve,
    ...over,
  });

const healthy: IntervalScript = { canary: track(400, 1, 0.2), stable: track(7600, 19, 0.2) };

async function run(script: IntervalScript[], over: Partial<PlanInputs> = {}, opts: { shifts?: boolean; signal?: AbortSignal } = {}) {
  const source = new ScriptedSource(script);
  const router = new RecordingRouter(opts.shifts ?? true);
  const lines: string[] = [];
  const clock = fakeClock();
  const result = await runAnalysis({ plan: plan(over), source, router, log: (l) => lines.push(l), clock, signal: opts.signal });
  return { result, router, lines, clock, source };
}

describe('runAnalysis', () => {
  it('promotes a healthy canary through every step and sends it all traffic at 100', async () => {
    const { result, router, clock, lines } = await run([healthy]);
    expect(result.verdict).toBe('promote');
    expect(router.weights).toEqual([5, 10, 25, 50, 100]);
    expect(result.steps.map((s) => s.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'promoted']);
    // 4 analysed steps × 3 intervals of 60 s, each a real wait.
    expect(clock.slept).toEqual(Array(12).fill(60000));
    expect(result.failedMetrics).toEqual([]);
    expect(lines.filter((l) => l.includes('· pass')).length).toBe(12);
  });

  it('judges each interval on its own window of time', async () => {
    const { source } = await run([healthy]);
    expect(source.windows).toHaveLength(12);
    expect(source.windows.every((w) => w.end - w.start === 60)).toBe(true);
    expect(source.windows[1]!.start).toBe(source.windows[0]!.end);
  });

  it('rolls back on an error spike, sets the canary weight to 0 and names the metric', async () => {
    const spike: IntervalScript = { canary: track(400, 40, 0.2), stable: track(7600, 19, 0.2) };
    const { result, router, lines } = await run([healthy, healthy, healthy, spike]);
    expect(result.verdict).toBe('rollback');
    expect(router.weights).toEqual([5, 10, 0]);
    expect(result.failedMetrics).toEqual(['error-rate']);
    expect(result.failedIntervals).toBe(3);
    expect(result.steps.map((s) => s.status)).toEqual(['pass', 'fail', 'not reached', 'not reached', 'not reached']);
    expect(lines.find((l) => l.startsWith('[step 2/5 · 10% · interval 1/3]'))).toMatch(/error-rate canary 10% vs stable 0\.25% .*FAIL: canary error-rate 0\.1 breaks error-rate < 0\.01; canary error-rate worse than stable by 0\.0975 \(allowed 20%, p = .* < 0\.05\)/);
  });

  it('never promotes on missing data: a canary without traffic ends inconclusive and loses its weight', async () => {
    const { result, router } = await run([{ canary: noData, stable: track(7600, 19, 0.2) }]);
    expect(result.verdict).toBe('inconclusive');
    expect(router.weights).toEqual([5, 0]);
    expect(result.steps[0]!.intervals.map((i) => i.reason)).toEqual(Array(3).fill('canary had no request data (min-requests 20)'));
  });

  it('counts too few requests as inconclusive, however generous the failure budget', async () => {
    const { result, router, lines } = await run([{ canary: track(5, 0, 0.2), stable: track(7600, 19, 0.2) }], { maxFailedIntervals: 5 });
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toBe('6 failed or inconclusive intervals, more than max-failed-intervals 5.');
    expect(router.weights).toEqual([5, 0]);
    expect(lines.filter((l) => l.startsWith('[step 1/5'))).toHaveLength(6 + 1);
    expect(lines).toContain('[step 1/5 · 5% · interval 6/8] inconclusive: canary had 5 requests (min-requests 20)');
  });

  it('lengthens a step by one interval for each miss, and tolerates a transient one', async () => {
    const gap: IntervalScript = { canary: noData, stable: track(7600, 19, 0.2) };
    const once = await run([healthy, gap, healthy]);
    expect(once.result.verdict).toBe('promote');
    expect(once.result.failedIntervals).toBe(1);
    expect(once.result.steps[0]!.intervals.map((i) => i.verdict)).toEqual(['pass', 'inconclusive', 'pass', 'pass']);
    expect(once.lines.filter((l) => l.startsWith('[step 1/5 · 5% · interval'))).toEqual([
      expect.stringMatching(/^\[step 1\/5 · 5% · interval 1\/3\] .* · pass$/),
      '[step 1/5 · 5% · interval 2/3] inconclusive: canary had no request data (min-requests 20)',
      expect.stringMatching(/^\[step 1\/5 · 5% · interval 3\/4\] .* · pass$/),
      expect.stringMatching(/^\[step 1\/5 · 5% · interval 4\/4\] .* · pass$/),
    ]);
    const persists = await run([healthy, gap, gap, gap]);
    expect(persists.result.verdict).toBe('inconclusive');
    expect(persists.router.weights).toEqual([5, 0]);
  });

  it('treats a metrics source that cannot answer as inconclusive, never as healthy', async () => {
    const { result, lines } = await run(['unavailable']);
    expect(result.verdict).toBe('inconclusive');
    expect(lines[1]).toBe('[step 1/5 · 5% · interval 1/3] inconclusive: metrics unavailable: Prometheus at http://127.0.0.1:9 did not answer (ECONNREFUSED).');
  });

  it('a metric without a canary value is inconclusive', async () => {
    const noLatency: IntervalScript = { canary: { counts: { requests: 400, errors: 0 }, readings: { 'error-rate': { value: 0 } } }, stable: track(7600, 19, 0.2) };
    const { result } = await run([noLatency]);
    expect(result.verdict).toBe('inconclusive');
    expect(result.steps[0]!.intervals[0]!.metrics[1]).toMatchObject({ metric: 'p95-latency', status: 'inconclusive', reasons: ['no canary value for p95-latency'] });
  });

  it('catches a latency regression under the threshold with Mann-Whitney U', async () => {
    const slower: IntervalScript = { canary: track(400, 1, 0.3), stable: track(7600, 19, 0.2) };
    const { result } = await run([slower]);
    expect(result.verdict).toBe('rollback');
    expect(result.failedMetrics).toEqual(['p95-latency']);
    const obs = result.steps[0]!.intervals[0]!.metrics[1]!;
    expect(obs.pValue!).toBeLessThan(0.001);
    expect(obs.worseBy).toBeCloseTo(0.1, 10);
  });

  it('does not roll back on a difference inside max-increase, however significant', async () => {
    const slightly: IntervalScript = { canary: track(400, 1, 0.22), stable: track(7600, 19, 0.2) };
    const { result } = await run([slightly]);
    expect(result.verdict).toBe('promote');
    expect(result.steps[0]!.intervals[0]!.metrics[1]!.pValue!).toBeLessThan(0.05);
  });

  describe('relative mode', () => {
    const relative = { comparison: 'relative' as const, metrics: 'error-rate\np95-latency', maxIncrease: '100%' };

    it('fails a canary at more than twice the stable error rate (seed 002: > 2x baseline)', async () => {
      const { result } = await run([{ canary: track(2000, 30, 0.2), stable: track(38000, 190, 0.2) }], relative);
      expect(result.verdict).toBe('rollback');
      expect(result.failedMetrics).toEqual(['error-rate']);
    });

    it('passes an excess the counts cannot tell from noise', async () => {
      const { result } = await run([{ canary: track(100, 1, 0.2), stable: track(1900, 5, 0.2) }], relative);
      const obs = result.steps[0]!.intervals[0]!.metrics[0]!;
      expect(obs.worseBy).toBeCloseTo(0.01 - 5 / 1900, 12);
      expect(obs.worseBy!).toBeGreaterThan(obs.allowed!);
      expect(obs.pValue!).toBeGreaterThan(0.05);
      expect(result.verdict).toBe('promote');
    });

    it('is inconclusive without stable traffic to compare with', async () => {
      const { result } = await run([{ canary: track(400, 1, 0.2), stable: noData }], relative);
      expect(result.verdict).toBe('inconclusive');
      expect(result.steps[0]!.intervals[0]!.reason).toBe('stable had no request data (min-requests 20), nothing to compare with');
    });

    it('keeps an absolute threshold written on a metric as a hard limit', async () => {
      const { result } = await run([{ canary: track(400, 1, 0.6), stable: track(7600, 19, 0.55) }], { ...relative, metrics: 'error-rate\np95-latency < 0.5' });
      expect(result.verdict).toBe('rollback');
      expect(result.steps[0]!.intervals[0]!.metrics[1]!.reasons).toEqual(['canary p95-latency 0.6 breaks p95-latency < 0.5']);
    });

    it('takes an absolute increase and a per-metric tolerance', async () => {
      const { result } = await run([{ canary: track(400, 1, 0.26), stable: track(7600, 19, 0.2) }], {
        ...relative,
        metrics: '- error-rate\n- metric: p95-latency\n  max-increase: 0.1',
      });
      expect(result.verdict).toBe('promote');
    });
  });

  it('in absolute mode, judges the canary alone when stable has no traffic', async () => {
    const { result } = await run([{ canary: track(400, 1, 0.2), stable: noData }]);
    expect(result.verdict).toBe('promote');
    expect(result.steps[0]!.intervals[0]!.metrics[0]).toMatchObject({ stable: null, pValue: null, status: 'pass' });
  });

  it('observes only with traffic none: no weights set, and a rollback verdict leaves routing alone', async () => {
    const { result, router } = await run([{ canary: track(400, 40, 0.2), stable: track(7600, 19, 0.2) }], { steps: [100 - 50, 100] }, { shifts: false });
    expect(result.verdict).toBe('rollback');
    expect(router.weights).toEqual([50]);
  });

  it('stops at once when cancelled, and gives the traffic back to stable', async () => {
    const controller = new AbortController();
    controller.abort(new Error('SIGTERM'));
    const { result, router } = await run([healthy], {}, { signal: controller.signal });
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toBe('analysis cancelled (SIGTERM).');
    expect(router.weights).toEqual([5, 0]);
  });

  it('keeps the canary at the last step when steps stop short of 100', async () => {
    const { result, router } = await run([healthy], { steps: [10, 50] });
    expect(result.verdict).toBe('promote');
    expect(router.weights).toEqual([10, 50]);
    expect(result.finalWeight).toBe(50);
  });
});

describe('progressLine', () => {
  it('reads like the issue asks', () => {
    const line = progressLine(
      {
        step: 2,
        weight: 10,
        interval: 3,
        window: { start: 0, end: 60 },
        canary: { requests: 1000, errors: 4 },
        stable: { requests: 9000, errors: 27 },
        verdict: 'pass',
        metrics: [
          { metric: 'error-rate', canary: 0.004, stable: 0.003, worseBy: 0.001, allowed: 0.0006, test: 'two-proportion', pValue: 0.2, status: 'pass', reasons: [] },
          { metric: 'p95-latency', canary: 0.21, stable: 0.19, worseBy: 0.02, allowed: 0.038, test: 'mann-whitney', pValue: 0.3, status: 'pass', reasons: [] },
        ],
      },
      5,
      6,
    );
    expect(line).toBe('[step 2/5 · 10% · interval 3/6] error-rate canary 0.4% vs stable 0.3% · p95 0.21 s vs 0.19 s · pass');
  });
});

describe('plan validation', () => {
  const line = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as UserError).line;
    }
    throw new Error('no error');
  };

  it('reads steps as the seed writes them, and rejects what cannot be a rollout', () => {
    expect(parseSteps('5,10,25,50,100')).toEqual([5, 10, 25, 50, 100]);
    expect(parseSteps('[5, 10, 25, 50, 100]')).toEqual([5, 10, 25, 50, 100]);
    expect(parseSteps('10% 50%')).toEqual([10, 50]);
    expect(line(() => parseSteps('5, 10, 10, 50'))).toBe('input "steps": 10 after 10 is not increasing. Write canary traffic percentages in increasing order between 1 and 100, e.g. "5, 10, 25, 50, 100".');
    expect(line(() => parseSteps('50, 25'))).toMatch(/^input "steps": 25 after 50 is not increasing\./);
    expect(line(() => parseSteps('5, 10, 150'))).toMatch(/^input "steps": 150 is outside 1\.\.100\./);
    expect(line(() => parseSteps('0, 10'))).toMatch(/^input "steps": 0 is outside 1\.\.100\./);
    expect(line(() => parseSteps('5, 7.5'))).toMatch(/^input "steps": "7\.5" is not a whole percentage\./);
    expect(line(() => parseSteps('five'))).toMatch(/"five" is not a whole percentage/);
    expect(line(() => plan({ steps: [100] }))).toMatch(/^input "steps": has no step below 100/);
  });

  it('rejects zero durations and an interval longer than the step', () => {
    expect(line(() => plan({ stepDuration: 0 }))).toBe('input "duration": must be more than 0 seconds, got 0. Analysis time per traffic step, e.g. 5m.');
    expect(line(() => plan({ interval: 0 }))).toMatch(/^input "interval": must be more than 0 seconds/);
    expect(line(() => plan({ interval: 600 }))).toMatch(/^input "interval": interval \(600 s\) is longer than duration \(180 s\)/);
    expect(plan({ stepDuration: 300, interval: 120 }).intervalsPerStep).toBe(2);
  });

  it('rejects threshold syntax errors, naming the input', () => {
    expect(line(() => plan({ metrics: 'error-rate < 1%\np95-latency <' }))).toMatch(/^input "metrics": "p95-latency <" is not a threshold\. Write it as <metric> <op> <number>/);
    expect(line(() => plan({ metrics: '- error-rate < 0.01\n- metric: p95-latency\n  threshold: below 0.5' }))).toMatch(/^input "metrics" \[1\]\[threshold\]: "p95-latency below 0\.5" is not a threshold/);
    expect(line(() => plan({ metrics: '- metric: p95-latency\n  limit: 0.5' }))).toMatch(/unknown key "limit"/);
    expect(line(() => plan({ metrics: 'error-rate' }))).toMatch(/^input "metrics": metric "error-rate" has no threshold, which comparison: absolute needs\./);
    expect(line(() => plan({ metrics: 'error-rate < 0.01, error-rate < 0.02' }))).toMatch(/listed twice/);
    expect(line(() => plan({ metrics: 'eror-rate < 0.01' }))).toMatch(/unknown metric "eror-rate"/);
    expect(line(() => plan({ significance: 1.5 }))).toMatch(/^input "significance": must be between 0 and 1/);
    expect(line(() => parseTolerance('-5%'))).toMatch(/^input "max-increase": "-5%" is not an increase/);
  });

  it('reads % thresholds and the direction of a higher-is-better metric', () => {
    const p = plan({ metrics: 'error-rate < 1%\np95-latency <= 0.5' });
    expect(p.metrics.map((m) => [m.name, m.threshold?.value, m.worse, m.test])).toEqual([
      ['error-rate', 0.01, 'higher', 'two-proportion'],
      ['p95-latency', 0.5, 'higher', 'mann-whitney'],
    ]);
    expect(plan({ metrics: 'request-rate > 1' }).metrics[0]).toMatchObject({ worse: 'lower', test: null, compareWithStable: false });
    expect(line(() => plan({ comparison: 'relative', metrics: 'error-rate\nrequest-rate' }))).toMatch(/^input "metrics": metric "request-rate" needs a threshold: the request rate follows the traffic weight/);
  });

  it('judges request-rate by its threshold alone: the canary serves less traffic by design', async () => {
    const { result } = await run([healthy], { metrics: 'error-rate < 0.01\nrequest-rate > 1' });
    expect(result.verdict).toBe('promote');
    expect(result.steps[0]!.intervals[0]!.metrics[1]).toMatchObject({ metric: 'request-rate', worseBy: null, status: 'pass' });
    const starved = await run([{ canary: track(30, 0, 0.2), stable: track(7600, 19, 0.2) }], { metrics: 'error-rate < 0.01\nrequest-rate > 1' });
    expect(starved.result.verdict).toBe('rollback');
    expect(starved.result.failedMetrics).toEqual(['request-rate']);
  });
});
