/**
 * ab-test end to end: the dist/ab-test bundle run as the runner runs it
 * (harness.ts) against a real Prometheus holding backfilled counters — one
 * `service` per scenario, one sample per second from 5 minutes before now
 * to 5 minutes after — so a test of a few seconds of real time sees
 * thousands of trials without any load to wait for. The split goes through a
 * recording command or the recording kubectl stand-in, whose argument lists
 * are asserted exactly.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installKubectl, seedVirtualService } from '../packages/rollout/src/testing/kubectl-double';
import { startMetricsServer } from '../packages/rollout/src/testing/metrics-server';
import { createTsdb, startPrometheus, trafficSeries, type RunningPrometheus, type Series } from '../packages/rollout/src/testing/prometheus';
import { expectErrorRecorded, expectUserError, runBundle } from './harness';
import { recordingCommand } from './recording-command';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-ab-'));
const freshDir = (prefix: string) => path.join(dir, `${prefix}-${Math.random().toString(36).slice(2)}`);

/** Per second and variant: trials, successes, and the requests' error share (guardrail traffic). */
interface Variant {
  trials: number;
  successes: number;
  errors: number;
}
const SCENARIOS: Record<string, { control: Variant; candidate: Variant } | 'no-trials'> = {
  // 10 % vs 13 % conversion on 1000 visits a second each.
  wins: { control: { trials: 1000, successes: 100, errors: 0 }, candidate: { trials: 1000, successes: 130, errors: 0 } },
  same: { control: { trials: 1000, successes: 100, errors: 0 }, candidate: { trials: 1000, successes: 100, errors: 0 } },
  // Converts better, but one request in ten fails.
  hurts: { control: { trials: 1000, successes: 100, errors: 0 }, candidate: { trials: 1000, successes: 130, errors: 10 } },
  'no-trials': 'no-trials',
};

let prom: RunningPrometheus;
beforeAll(async () => {
  const now = Math.floor(Date.now() / 1000);
  const times = Array.from({ length: 601 }, (_, i) => now - 300 + i);
  const series: Series[] = [];
  for (const [service, s] of Object.entries(SCENARIOS)) {
    for (const [variant, track] of [
      ['control', 'stable'],
      ['candidate', 'canary'],
    ] as const) {
      // The namespace the VirtualService lives in is a matcher too, when given.
      const labels = { namespace: 'production', service, track };
      const v: Variant = s === 'no-trials' ? { trials: 0, successes: 0, errors: 0 } : s[variant];
      // Guardrail traffic: 100 requests a second of 40 ms, `errors` of them failing.
      series.push(...trafficSeries({ labels, times, offset: 10_000, perInterval: () => ({ latencies: Array<number>(100).fill(0.04), errors: v.errors }) }));
      if (s === 'no-trials') continue;
      const counter = (name: string, perSecond: number): Series => ({ name, labels, samples: times.map((t, i) => [t, 50_000 + i * perSecond]) });
      series.push(counter('visits_total', v.trials), counter('conversions_total', v.successes));
    }
  }
  prom = await startPrometheus({ tsdb: createTsdb(series) });
});
afterAll(() => prom?.stop());

async function abTest(service: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}, signal?: { when: RegExp; signal: NodeJS.Signals }) {
  const reportDir = freshDir('report');
  const cmd = recordingCommand(freshDir('weights'), ['{{canary}}', '{{stable}}']);
  const r = await runBundle('ab-test', {
    inputs: {
      source: 'prometheus',
      'prometheus-url': prom.url,
      'scrape-interval': '1',
      service,
      successes: 'conversions_total',
      trials: 'visits_total',
      interval: '2',
      horizon: '20',
      'min-detectable-effect': '0.02',
      'min-requests': '20',
      'max-failed-intervals': '0',
      traffic: 'command',
      'traffic-command': cmd.command,
      ...inputs,
      'report-path': reportDir,
    },
    env,
    signal,
    timeoutMs: 60000,
  });
  return { ...r, reportDir, weights: cmd.calls().map((c) => c[0]) };
}
type PeekJson = { peek: number; control: { successes: number; trials: number } | null; candidate: { successes: number; trials: number } | null; difference?: number; lower?: number; upper?: number; decision?: string | null; reason?: string; guardrails: { verdict: string } | null };
const peeks = (r: { outputs: Record<string, string> }) => JSON.parse(r.outputs['peeks-json']!) as PeekJson[];

describe('ab-test bundle on a real Prometheus', () => {
  it('candidate-wins: 13 % vs 10 % conversion is decided early, and control gets all traffic back', async () => {
    const r = await abTest('wins');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('candidate-wins');
    expect(r.outputs.passed).toBe('true');
    expect(r.weights).toEqual(['50', '0']);
    const last = peeks(r).at(-1)!;
    expect(last.peek).toBeLessThan(10);
    // The counts are Prometheus' increase() since the start: about 1000 visits a second per variant.
    expect(last.control!.trials).toBeGreaterThan(1500);
    expect(last.candidate!.successes / last.candidate!.trials).toBeCloseTo(0.13, 2);
    expect(Number(r.outputs.difference)).toBeCloseTo(0.03, 2);
    expect(Number(r.outputs.lift)).toBeCloseTo(0.3, 1);
    const [lower, upper] = JSON.parse(r.outputs['confidence-sequence']!) as [number, number];
    expect(lower).toBeGreaterThan(0);
    expect(upper).toBeGreaterThan(0.03);
    expect(Number(r.outputs['p-value'])).toBeLessThan(0.05);
    expect(last.guardrails!.verdict).toBe('pass');
    expect(r.stdout).toMatch(/^\[peek 1\/10\] control 10% \(\d+\/\d+\) · candidate 13% \(\d+\/\d+\) · \+3 pp, 95% always-valid \[.*\] · p [\d.e-]+ · guardrails pass$/m);
    expect(r.stdout).toMatch(/^candidate-wins: the candidate converts better, \+3 pp \(lift \+30%\): the 95% always-valid interval for the difference is \[\+[\d.]+ pp, \+[\d.]+ pp\], above 0 after \d+ peeks?\. Control serves all traffic again on the command /m);
    expect(r.summary).toContain('## ✅ PASS A/B test');
    expect(r.summary).toContain('| Control | Candidate | Difference | Relative lift | 95% always-valid interval | Always-valid p | Trials so far | More trials for ±2 pp |');
    expect(r.state).toEqual({ 'ab-traffic': expect.any(String), 'ab-traffic-settled': 'true' });
    const report = JSON.parse(fs.readFileSync(path.join(r.reportDir, 'report.json'), 'utf8'));
    expect(report.data.verdict).toBe('candidate-wins');
  });

  it('promote-on-win sends all traffic to a winning candidate', async () => {
    const r = await abTest('wins', { 'promote-on-win': 'true' });
    expect(r.outputs.verdict).toBe('candidate-wins');
    expect(r.weights).toEqual(['50', '100']);
  });

  it('an A/A ends no-difference once ±min-detectable-effect is excluded, and does not ship unless ship-on says so', async () => {
    const strict = await abTest('same', { 'promote-on-win': 'true' });
    expect(strict.stderr).toBe('');
    expect(strict.exitCode).toBe(1);
    expect(strict.outputs.verdict).toBe('no-difference');
    expect(strict.outputs.passed).toBe('false');
    expect(strict.weights).toEqual(['50', '0']);
    const [lower, upper] = JSON.parse(strict.outputs['confidence-sequence']!) as [number, number];
    expect(lower).toBeGreaterThan(-0.02);
    expect(upper).toBeLessThan(0.02);
    expect(JSON.parse(strict.outputs['failed-checks']!)).toEqual(['verdict']);
    const lenient = await abTest('same', { 'ship-on': 'no-difference', 'promote-on-win': 'true' });
    expect(lenient.outputs.verdict).toBe('no-difference');
    expect(lenient.outputs.passed).toBe('true');
    expect(lenient.weights).toEqual(['50', '100']);
  });

  it('inconclusive when the horizon comes first, with the trials still needed; never shipped', async () => {
    const r = await abTest('same', { horizon: '2', 'min-detectable-effect': '0.002', 'promote-on-win': 'true' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.outputs.passed).toBe('false');
    expect(r.weights).toEqual(['50', '0']);
    expect(peeks(r)).toHaveLength(1);
    expect(Number(r.outputs['trials-needed'])).toBeGreaterThan(100_000);
    expect(r.stdout).toMatch(/^inconclusive: the horizon \(2 s\) came before a decision; about \d+ more trials \(\d+ in all\) would resolve ±0\.2 pp\./m);
  });

  it('a guardrail stops the test early when the candidate hurts, whatever its conversions; the VirtualService goes back to control', async () => {
    const k = installKubectl('virtualservice', seedVirtualService());
    const r = await abTest('hurts', { traffic: 'istio', 'virtual-service': 'ml-model', namespace: 'production', 'promote-on-win': 'true' }, { PATH: k.path });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('control-wins');
    expect(r.outputs['failed-guardrails']).toBe('["error-rate"]');
    expect(JSON.parse(r.outputs['failed-checks']!)).toEqual(['verdict', 'guardrail.error-rate']);
    expect(peeks(r)).toHaveLength(1);
    const patch = (v: string, candidate: number) => [
      'patch',
      'virtualservice',
      'ml-model',
      '-n',
      'production',
      '--type=json',
      '-p',
      JSON.stringify([
        { op: 'test', path: '/metadata/resourceVersion', value: v },
        { op: 'add', path: '/spec/http/1/route/0/weight', value: 100 - candidate },
        { op: 'add', path: '/spec/http/1/route/1/weight', value: candidate },
      ]),
    ];
    const get = ['get', 'virtualservice', 'ml-model', '-n', 'production', '-o', 'json'];
    expect(k.calls()).toEqual([get, get, patch('1001', 50), get, patch('1002', 0)]);
    expect(r.stdout).toMatch(/^control-wins: the candidate hurts a guardrail: 1 failed guardrail interval, more than max-failed-intervals 0 \(candidate error-rate 0\.1 breaks error-rate < 0\.01; candidate error-rate worse than control by 0\.1 \(allowed 20%, p = .* < 0\.05\)\)\. Control serves all traffic again on VirtualService ml-model -n production\.$/m);
  });

  it('gives control all traffic back when the job is cancelled mid-test (SIGTERM), and ships nothing', async () => {
    const r = await abTest('wins', { interval: '30', horizon: '60', 'ship-on': 'inconclusive', 'promote-on-win': 'true' }, {}, { when: /candidate weight set to 50%/, signal: 'SIGTERM' });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.outputs.passed).toBe('false');
    expect(r.stdout).toContain('inconclusive: the A/B test was cancelled (SIGTERM received).');
    expect(r.weights).toEqual(['50', '0']);
    expect(r.state['ab-traffic-settled']).toBe('true');
  });

  it('an A/B with no trials is inconclusive, never a pass, even with ship-on: inconclusive', async () => {
    const r = await abTest('no-trials', { horizon: '4', 'ship-on': 'inconclusive', 'promote-on-win': 'true', guardrails: 'none' });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.outputs.passed).toBe('false');
    expect(r.weights).toEqual(['50', '0']);
    expect(peeks(r).map((p) => p.reason)).toEqual(['no control or candidate counts since the start', 'no control or candidate counts since the start']);
    expect(JSON.parse(r.outputs['failed-checks']!)).toEqual(['verdict', 'data']);
    expect(r.outputs.difference).toBe('');
  });

  it('reads the counters from the two services\' /metrics pages with source: scrape', async () => {
    // Every 100 ms control answers 50 of 100 requests with 200, the candidate 90: a difference no peek can miss.
    const [control, candidate] = await Promise.all([startMetricsServer('stable'), startMetricsServer('canary')]);
    const ticker = setInterval(() => {
      control.record(50, 200, 0.01);
      control.record(50, 400, 0.01);
      candidate.record(90, 200, 0.01);
      candidate.record(10, 400, 0.01);
    }, 100);
    try {
      const r = await abTest('wins', {
        source: 'scrape',
        'stable-metrics-url': control.url,
        'canary-metrics-url': candidate.url,
        'scrape-interval': '0.25',
        interval: '1',
        successes: 'http_requests_total{code="200"}',
        trials: 'http_requests_total',
        guardrails: 'error-rate < 0.01',
      });
      expect(r.stderr).toBe('');
      expect(r.outputs.verdict).toBe('candidate-wins');
      const first = peeks(r)[0]!;
      expect(first.control!.successes / first.control!.trials).toBeCloseTo(0.5, 1);
      expect(first.candidate!.successes / first.candidate!.trials).toBeCloseTo(0.9, 1);
      expect(first.guardrails!.verdict).toBe('pass');
      expect(r.weights).toEqual(['50', '0']);
    } finally {
      clearInterval(ticker);
      await Promise.all([control.close(), candidate.close()]);
    }
  });

  describe('bad input: one clear line, exit 1, nothing moved', () => {
    it.each([
      ['PromQL without {{interval}}', { successes: 'sum(conversions_total)' }, /^input "successes": the query never mentions \{\{interval\}\}/],
      ['a split of 100', { split: '100' }, /^input "split": 100 is not a whole percentage between 1 and 99\./],
      ['a relative minimum detectable effect', { 'min-detectable-effect': '5%' }, /^input "min-detectable-effect": "5%" is not a difference of rates\./],
      ['an unknown guardrail', { guardrails: 'eror-rate < 0.01' }, /^input "guardrails": unknown metric "eror-rate"\. Did you mean "error-rate"\?/],
      ['no trials input', { trials: '' }, /^input "trials" is required/],
      ['peeks shorter than two scrapes', { interval: '1', horizon: '10' }, /^input "interval": interval \(1 s\) must span at least two scrapes \(scrape-interval 1 s\)\. Lengthen interval, or set scrape-interval/],
      ['a counter Prometheus rejects', { trials: 'visits_total{code=~"2.."}' }, /^input "trials": matcher code=~"2\.\." in "visits_total\{code=~"2\.\."\}" is not supported/],
    ])('%s', async (_why, inputs, message) => {
      const r = await abTest('wins', inputs);
      expectUserError(r, message);
      expectErrorRecorded(r, r.reportDir);
      expect(r.weights).toEqual([]);
    });

    it('PromQL with source: scrape is refused before any scrape', async () => {
      const r = await abTest('wins', { source: 'scrape', 'canary-metrics-url': 'http://127.0.0.1:9/metrics', 'stable-metrics-url': 'http://127.0.0.1:9/metrics', successes: 'sum(increase(x[{{interval}}]))' });
      expectUserError(r, /^input "successes": "sum\(increase\(x\[\{\{interval\}\}\]\)\)" is not a counter name; PromQL needs source: prometheus\./);
      expect(r.weights).toEqual([]);
    });
  });

  describe('post: step', () => {
    const config = { provider: 'istio', virtualService: 'ml-model', namespace: 'production', canarySubset: 'canary', stableSubset: 'stable' };
    it('gives control all traffic back when the main step split it and never settled', async () => {
      const k = installKubectl('virtualservice', seedVirtualService());
      const r = await runBundle('ab-test', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_ab-traffic': JSON.stringify(config) } });
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain('ab-test post: the A/B test did not finish; setting the canary weight to 0 on VirtualService ml-model -n production.');
      expect(k.object().spec.http[1].route.map((d: { weight: number }) => d.weight)).toEqual([100, 0]);
      const settled = await runBundle('ab-test', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_ab-traffic': JSON.stringify(config), 'STATE_ab-traffic-settled': 'true' } });
      expect(settled.stdout).toContain('ab-test post: the A/B test finished and settled the traffic; nothing to restore.');
    });
  });
});
