import { failedChecks, loadYamlParser, UserError } from '@mlship/core';
import { fakeClock, track, type TrackScript } from '../testing/scripted-source';
import { RecordingRouter } from '../testing/recording-router';
import type { Bucket } from '../histogram';
import type { LatencyKind, MetricKind, MetricReading, MetricSource, RequestCounts, Track, Window } from '../source';
import { runAbTest } from './engine';
import { buildAbPlan, parseEffect, type AbPlanInputs } from './plan';
import { buildAbReport } from './report';

beforeAll(loadYamlParser);

/**
 * Business counts grow linearly with time from the test's start (`rates`
 * successes and trials per second per variant); guardrail intervals answer
 * from `guardrail(k)`, the k-th interval asked about.
 */
class CountingSource implements MetricSource {
  readonly guardrailWindows: Window[] = [];
  constructor(
    private readonly perSecond: Record<Track, { successes: number; trials: number } | null>,
    private readonly guardrail: (k: number) => { canary: TrackScript; stable: TrackScript },
  ) {}
  private script(window: Window) {
    let i = this.guardrailWindows.findIndex((w) => w.start === window.start && w.end === window.end);
    if (i < 0) i = this.guardrailWindows.push(window) - 1;
    return this.guardrail(i + 1);
  }
  async requests(t: Track, window: Window): Promise<RequestCounts | null> {
    return this.script(window)[t].counts;
  }
  async read(metric: MetricKind, t: Track, window: Window): Promise<MetricReading> {
    if (metric.kind === 'counter') {
      const r = this.perSecond[t];
      if (!r) return { value: null };
      const seconds = window.end - window.start;
      return { value: metric.metric === 'conversions_total' ? r.successes * seconds : r.trials * seconds };
    }
    const key = metric.kind === 'latency' ? `p${Math.round(metric.quantile * 100)}` : metric.kind;
    return this.script(window)[t].readings?.[key] ?? { value: null };
  }
  async histogram(metric: LatencyKind, t: Track, window: Window): Promise<Bucket[] | null> {
    return this.script(window)[t].histograms?.[`p${Math.round(metric.quantile * 100)}`] ?? null;
  }
  async close(): Promise<void> {}
}

const resolve = (name: string): MetricKind => {
  if (name === 'error-rate') return { kind: 'error-rate' };
  if (name === 'p95-latency') return { kind: 'latency', quantile: 0.95 };
  throw new UserError(`unknown metric "${name}".`, { where: 'input "metrics"' });
};
const plan = (over: Partial<AbPlanInputs> = {}) =>
  buildAbPlan({
    successes: 'conversions_total',
    trials: 'visits_total',
    source: 'scrape',
    split: 50,
    horizon: 600,
    interval: 60,
    alpha: 0.05,
    mde: 0.02,
    shipOn: 'candidate-wins',
    promoteOnWin: false,
    guardrails: 'error-rate < 0.05',
    maxIncrease: '20%',
    minRequests: 20,
    maxFailedIntervals: 1,
    resolve,
    ...over,
  });
const healthy = () => ({ canary: track(400, 1, 0.2), stable: track(400, 1, 0.2) });

async function run(perSecond: Record<Track, { successes: number; trials: number } | null>, over: Partial<AbPlanInputs> = {}, o: { guardrail?: (k: number) => { canary: TrackScript; stable: TrackScript }; shifts?: boolean; signal?: AbortSignal } = {}) {
  const source = new CountingSource(perSecond, o.guardrail ?? healthy);
  const router = new RecordingRouter(o.shifts ?? true);
  const lines: string[] = [];
  const clock = fakeClock();
  const result = await runAbTest({ plan: plan(over), source, router, log: (l) => lines.push(l), clock, signal: o.signal });
  return { result, router, lines, clock };
}

describe('runAbTest', () => {
  it('declares the candidate the winner once the interval is above 0, and gives control all traffic back', async () => {
    const { result, router, lines } = await run({ stable: { successes: 10, trials: 100 }, canary: { successes: 14, trials: 100 } });
    expect(result.verdict).toBe('candidate-wins');
    expect(result.ships).toBe(true);
    expect(router.weights).toEqual([50, 0]);
    expect(result.state.lower).toBeGreaterThan(0);
    expect(result.peeks.at(-1)!.stats!.difference).toBeCloseTo(0.04, 12);
    expect(lines.at(-1)).toMatch(/^candidate-wins: the candidate converts better, \+4 pp \(lift \+40%\): the 95% always-valid interval for the difference is \[\+[\d.]+ pp, \+[\d.]+ pp\], above 0 after \d+ peeks?\. Control serves all traffic again on the test router\.$/);
    expect(lines[1]).toMatch(/^\[peek 1\/10\] control 10% \(600\/6000\) · candidate 14% \(840\/6000\) · \+4 pp, 95% always-valid \[.*\] · p .* · guardrails pass$/);
  });

  it('promotes a winner with promote-on-win', async () => {
    const { router, result } = await run({ stable: { successes: 10, trials: 100 }, canary: { successes: 14, trials: 100 } }, { promoteOnWin: true });
    expect(result.finalWeight).toBe(100);
    expect(router.weights).toEqual([50, 100]);
  });

  it('declares control the winner when the candidate converts worse, and never ships it', async () => {
    const { result, router } = await run({ stable: { successes: 14, trials: 100 }, canary: { successes: 10, trials: 100 } }, { promoteOnWin: true });
    expect(result.verdict).toBe('control-wins');
    expect(result.ships).toBe(false);
    expect(router.weights).toEqual([50, 0]);
  });

  it('says no-difference only once ±min-detectable-effect is excluded; ships it only with ship-on: no-difference', async () => {
    const same = { stable: { successes: 100, trials: 1000 }, canary: { successes: 100, trials: 1000 } };
    const strict = await run(same);
    expect(strict.result.verdict).toBe('no-difference');
    expect(strict.result.state.lower).toBeGreaterThan(-0.02);
    expect(strict.result.state.upper).toBeLessThan(0.02);
    expect(strict.result.ships).toBe(false);
    const lenient = await run(same, { shipOn: 'no-difference', promoteOnWin: true });
    expect(lenient.result.ships).toBe(true);
    expect(lenient.router.weights).toEqual([50, 100]);
  });

  it('is inconclusive at the horizon, saying how many trials it would need', async () => {
    const { result, clock, router } = await run({ stable: { successes: 1, trials: 10 }, canary: { successes: 1.1, trials: 10 } }, { horizon: 300 });
    expect(result.verdict).toBe('inconclusive');
    expect(clock.slept).toEqual(Array(5).fill(60000));
    expect(result.reason).toMatch(/^the horizon \(300 s\) came before a decision; about \d+ more trials \(\d+ in all\) would resolve ±2 pp\.$/);
    expect(result.ships).toBe(false);
    expect(router.weights).toEqual([50, 0]);
  });

  it('stops at the horizon even when it is not a multiple of the interval', async () => {
    const { clock, result } = await run({ stable: null, canary: null }, { horizon: 150 });
    expect(clock.slept).toEqual([60000, 60000, 30000]);
    expect(result.peeks).toHaveLength(3);
  });

  it('never passes without trials, whatever ship-on says', async () => {
    const { result, router } = await run({ stable: { successes: 0, trials: 0 }, canary: { successes: 0, trials: 0 } }, { shipOn: 'inconclusive', promoteOnWin: true, horizon: 120 });
    expect(result.verdict).toBe('inconclusive');
    expect(result.ships).toBe(false);
    expect(result.reason).toMatch(/Not shipped: no peek had the counts to judge\.$/);
    expect(result.peeks.map((p) => p.reason)).toEqual(['control has no trials yet', 'control has no trials yet']);
    expect(router.weights).toEqual([50, 0]);
  });

  it('stops early when a guardrail fails more than max-failed-intervals times: control wins', async () => {
    const bad = () => ({ canary: track(400, 40, 0.2), stable: track(400, 1, 0.2) });
    const { result, lines, router } = await run({ stable: { successes: 1, trials: 10 }, canary: { successes: 1, trials: 10 } }, { promoteOnWin: true }, { guardrail: bad });
    expect(result.verdict).toBe('control-wins');
    expect(result.peeks).toHaveLength(2);
    expect(result.failedGuardrails).toEqual(['error-rate']);
    expect(result.reason).toMatch(/^the candidate hurts a guardrail: 2 failed guardrail intervals, more than max-failed-intervals 1 \(candidate error-rate 0\.1 breaks error-rate < 0\.05; candidate error-rate worse than control by/);
    expect(lines[1]).toMatch(/guardrails FAIL: candidate error-rate 0\.1 breaks error-rate < 0\.05/);
    expect(router.weights).toEqual([50, 0]);
  });

  it('does not ship a winner whose guardrails were never judged', async () => {
    const quiet = () => ({ canary: track(5, 0, 0.2), stable: track(5, 0, 0.2) });
    const { result } = await run({ stable: { successes: 10, trials: 100 }, canary: { successes: 14, trials: 100 } }, {}, { guardrail: quiet });
    expect(result.verdict).toBe('candidate-wins');
    expect(result.ships).toBe(false);
    expect(result.reason).toMatch(/Not shipped: the guardrails were never judged/);
  });

  it('observes only with traffic none', async () => {
    const { result, router } = await run({ stable: { successes: 10, trials: 100 }, canary: { successes: 14, trials: 100 } }, { guardrails: 'none' }, { shifts: false });
    expect(result.verdict).toBe('candidate-wins');
    expect(router.weights).toEqual([50]);
    expect(result.peeks[0]!.guardrails).toBeNull();
  });

  it('gives control all traffic back when cancelled, and never ships then', async () => {
    const controller = new AbortController();
    controller.abort(new Error('SIGTERM'));
    const { result, router } = await run({ stable: { successes: 10, trials: 100 }, canary: { successes: 14, trials: 100 } }, { shipOn: 'inconclusive', promoteOnWin: true }, { signal: controller.signal });
    expect(result.verdict).toBe('inconclusive');
    expect(result.reason).toBe('the A/B test was cancelled (SIGTERM).');
    expect(router.weights).toEqual([50, 0]);
  });
});

describe('A/B plan validation', () => {
  const line = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as UserError).line;
    }
    throw new Error('no error');
  };
  it('reads counters, queries and per-variant maps', () => {
    expect(plan({ successes: 'http_requests_total{code="200", path="/buy"}' }).successes.canary).toEqual({ kind: 'counter', metric: 'http_requests_total', matchers: { code: '200', path: '/buy' }, source: 'http_requests_total{code="200", path="/buy"}' });
    const perVariant = plan({ successes: 'control: orders_total{variant="a"}\ncandidate: orders_total{variant="b"}' }).successes;
    expect([perVariant.stable, perVariant.canary].map((k) => (k.kind === 'counter' ? k.matchers.variant : null))).toEqual(['a', 'b']);
    expect(plan({ source: 'prometheus', trials: 'sum(increase(visits_total{{{selector}}}[{{interval}}]))' }).trials.stable).toEqual({ kind: 'query', query: 'sum(increase(visits_total{{{selector}}}[{{interval}}]))', name: 'trials' });
  });
  it('refuses what cannot be counted, with one line naming the input', () => {
    expect(line(() => plan({ successes: 'sum(rate(x[5m]))' }))).toBe('input "successes": "sum(rate(x[5m]))" is not a counter name; PromQL needs source: prometheus. Write a counter, e.g. conversions_total or http_requests_total{code="200"}, or set source: prometheus.');
    expect(line(() => plan({ source: 'prometheus', successes: 'sum(rate(x[5m]))' }))).toMatch(/^input "successes": the query never mentions \{\{interval\}\}/);
    expect(line(() => plan({ trials: 'visits_total{code=~"2.."}' }))).toMatch(/^input "trials": matcher code=~"2\.\." in .* is not supported; only label="value" is\./);
    expect(line(() => plan({ trials: 'control: a_total\nvariant: b_total' }))).toMatch(/^input "trials": unknown key "variant"\./);
    expect(line(() => plan({ trials: '' }))).toMatch(/^input "trials": is required\./);
    expect(line(() => plan({ split: 100 }))).toMatch(/^input "split": 100 is not a whole percentage between 1 and 99\./);
    expect(line(() => plan({ interval: 900 }))).toMatch(/^input "interval": interval \(900 s\) is longer than horizon \(600 s\)/);
    expect(line(() => plan({ alpha: 0 }))).toMatch(/^input "alpha": must be between 0 and 1/);
    expect(line(() => plan({ tau: -1 }))).toMatch(/^input "tau": must be more than 0/);
    expect(line(() => plan({ guardrails: 'eror-rate < 0.01' }))).toMatch(/^input "guardrails": unknown metric "eror-rate"/);
    expect(line(() => plan({ guardrails: 'error-rate <' }))).toMatch(/^input "guardrails": "error-rate <" is not a threshold/);
  });
  it('reads the minimum detectable effect as an absolute difference of rates', () => {
    expect(parseEffect('0.01')).toBe(0.01);
    expect(parseEffect('1.5pp')).toBeCloseTo(0.015, 15);
    expect(line(() => parseEffect('5%'))).toMatch(/^input "min-detectable-effect": "5%" is not a difference of rates\. .*a relative "%" is not supported/);
    expect(line(() => plan({ mde: 2 }))).toMatch(/^input "min-detectable-effect": must be between 0 and 1/);
  });
});

describe('the A/B report', () => {
  it('passes exactly when the verdict ships: a guardrail failure within max-failed-intervals only warns', async () => {
    const onceBad = (k: number) => (k === 1 ? { canary: track(400, 40, 0.2), stable: track(400, 1, 0.2) } : healthy());
    const p = plan({ maxFailedIntervals: 1 });
    const source = new CountingSource({ stable: { successes: 10, trials: 100 }, canary: { successes: 14, trials: 100 } }, onceBad);
    const result = await runAbTest({ plan: p, source, router: new RecordingRouter(), log: () => {}, clock: fakeClock() });
    expect([result.verdict, result.ships, result.failedGuardrailIntervals]).toEqual(['candidate-wins', true, 1]);
    const report = buildAbReport(p, result, 'the test router');
    expect(report.status).toBe('warn');
    expect(failedChecks(report)).toEqual([]);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['verdict', 'pass'],
      ['guardrail.error-rate', 'fail'],
      ['data', 'pass'],
    ]);
  });
});
