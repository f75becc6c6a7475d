/**
 * canary-check end to end: the dist/canary-check bundle run as the runner runs
 * it (harness.ts), with the embedded `scrape` source reading two real prom-client
 * /metrics servers on 127.0.0.1 while this test feeds them traffic. Traffic
 * shifting goes through a recording command or the recording kubectl stand-in
 * (packages/rollout/src/testing/kubectl-double.ts; no cluster can run here), and
 * the argument lists they receive are asserted exactly. Analysis runs in
 * seconds: interval 1 s, scrape-interval 0.25 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installKubectl, seedVirtualService } from '../packages/rollout/src/testing/kubectl-double';
import { startMetricsServer, type MetricsServer } from '../packages/rollout/src/testing/metrics-server';
import { rng } from '../packages/core/src/testing/rng';
import { createTsdb, logNormalLatency, startPrometheus, trafficSeries, type Series } from '../packages/rollout/src/testing/prometheus';
import { closedPort, expectUserError, runBundle, type RunResult, expectErrorRecorded } from './harness';
import { recordingCommand as recordingCommandIn } from './recording-command';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cc-'));
const freshDir = (prefix: string) => path.join(dir, `${prefix}-${Math.random().toString(36).slice(2)}`);

/** Per 100 ms: how many requests each track serves, how many answer 500, and how long they take. */
interface Load {
  canary: { requests: number; errors: number; seconds: number };
  stable: { requests: number; errors: number; seconds: number };
}
const healthyLoad: Load = { canary: { requests: 10, errors: 0, seconds: 0.04 }, stable: { requests: 90, errors: 0, seconds: 0.04 } };

let canary: MetricsServer;
let stable: MetricsServer;
let load: Load = healthyLoad;
let ticker: NodeJS.Timeout;

beforeAll(async () => {
  canary = await startMetricsServer('canary');
  stable = await startMetricsServer('stable');
  ticker = setInterval(() => {
    for (const [server, l] of [
      [canary, load.canary],
      [stable, load.stable],
    ] as const) {
      server.record(l.requests - l.errors, 200, l.seconds);
      server.record(l.errors, 500, l.seconds);
    }
  }, 100);
});
afterAll(async () => {
  clearInterval(ticker);
  await Promise.all([canary.close(), stable.close()]);
});

/** What a user's set-weight script would receive. */
const recordingCommand = () => recordingCommandIn(freshDir('weights'), ['--canary', '{{canary}}', '--stable', '{{stable}}']);

const base = () => ({
  'canary-metrics-url': canary.url,
  'stable-metrics-url': stable.url,
  'scrape-interval': '0.25',
  interval: '1',
  duration: '2',
  steps: '10, 50, 100',
  'min-requests': '20',
  'max-failed-intervals': '0',
  metrics: 'error-rate < 0.05\np95-latency < 0.5',
});

async function check(inputs: Record<string, string>, opts: { node?: 'node20' | 'node24'; env?: Record<string, string>; signal?: { when: RegExp; signal: NodeJS.Signals } } = {}) {
  const reportDir = freshDir('report');
  const r = await runBundle('canary-check', { ...opts, inputs: { ...base(), ...inputs, 'report-path': reportDir }, timeoutMs: 30000 });
  return { ...r, reportDir };
}
const readReport = (reportDir: string) => JSON.parse(fs.readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
const steps = (r: RunResult) => JSON.parse(r.outputs['steps-json']!) as { weight: number; status: string; intervals: { verdict: string; canary: { requests: number; errors: number } | null }[] }[];

describe.each(['node20', 'node24'] as const)('canary-check bundle on %s', (node) => {
  it('promotes a healthy canary, shifting 10 → 50 → 100 through the traffic command', async () => {
    load = healthyLoad;
    const cmd = recordingCommand();
    const r = await check({ traffic: 'command', 'traffic-command': cmd.command }, { node });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('promote');
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs['failed-metrics']).toBe('[]');
    expect(cmd.calls()).toEqual([
      ['--canary', '10', '--stable', '90'],
      ['--canary', '50', '--stable', '50'],
      ['--canary', '100', '--stable', '0'],
    ]);
    const s = steps(r);
    expect(s.map((x) => [x.weight, x.status])).toEqual([
      [10, 'pass'],
      [50, 'pass'],
      [100, 'promoted'],
    ]);
    // Real counts from the scrapes: about 10 canary requests per 100 ms over a 1 s interval.
    for (const i of s[0]!.intervals) expect(i.canary!.requests).toBeGreaterThan(50);
    expect(r.stdout).toMatch(/^\[step 1\/3 · 10% · interval 1\/2\] error-rate canary 0% vs stable 0% · p95 0\.0\d+ s vs 0\.0\d+ s · pass$/m);
    expect(r.summary).toContain('## ✅ PASS Canary analysis');
    expect(r.summary).toContain('xychart-beta');
    expect(r.summary).toContain('| Metric | Canary | Stable | Canary worse by | Smallest p-value | When | Intervals |');
    expect(r.state).toEqual({ 'canary-traffic': JSON.stringify({ provider: 'command', argv: JSON.parse(cmd.command) }), 'canary-traffic-settled': 'true' });
    expect(readReport(r.reportDir).data.verdict).toBe('promote');
  });
});

describe('canary-check bundle', () => {
  it('rolls back an error spike and sets the VirtualService canary weight to 0 (seed 000 §4.2)', async () => {
    load = { ...healthyLoad, canary: { requests: 10, errors: 3, seconds: 0.04 } };
    const k = installKubectl('virtualservice', seedVirtualService());
    const r = await check({ traffic: 'istio', 'virtual-service': 'ml-model', namespace: 'production' }, { env: { PATH: k.path } });
    load = healthyLoad;
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('rollback');
    expect(r.outputs['failed-metrics']).toBe('["error-rate"]');
    expect(JSON.parse(r.outputs['failed-checks']!)).toEqual(['verdict', 'metric.error-rate']);
    const patch = (v: string, canaryWeight: number) => [
      'patch',
      'virtualservice',
      'ml-model',
      '-n',
      'production',
      '--type=json',
      '-p',
      JSON.stringify([
        { op: 'test', path: '/metadata/resourceVersion', value: v },
        { op: 'add', path: '/spec/http/1/route/0/weight', value: 100 - canaryWeight },
        { op: 'add', path: '/spec/http/1/route/1/weight', value: canaryWeight },
      ]),
    ];
    const get = ['get', 'virtualservice', 'ml-model', '-n', 'production', '-o', 'json'];
    // The first get is the preflight: the route is checked before the analysis starts.
    expect(k.calls()).toEqual([get, get, patch('1001', 10), get, patch('1002', 0)]);
    expect(k.object().spec.http[1].route.map((d: { weight: number }) => d.weight)).toEqual([100, 0]);
    expect(r.stdout).toMatch(/\[step 1\/3 · 10% · interval 1\/2\] error-rate canary 3\d(\.\d+)?% vs stable 0% .*FAIL: canary error-rate 0\.3\d* breaks error-rate < 0\.05/);
    expect(r.stdout).toContain('Rolling back: 1 failed or inconclusive interval, more than max-failed-intervals 0. Setting the canary weight to 0 on VirtualService ml-model -n production.');
    expect(r.errors).toEqual([
      'Canary verdict: 1 failed or inconclusive interval, more than max-failed-intervals 0.',
      expect.stringMatching(/^error-rate: failed in 1 of 1 intervals: canary error-rate 0\.3\d* breaks error-rate < 0\.05; canary error-rate worse than stable by 0\.3\d* \(allowed 20%, p = .* < 0\.05\)$/),
      'Canary analysis: FAIL — verdict, metric.error-rate',
    ]);
    expect(r.state['canary-traffic-settled']).toBe('true');
  });

  it('rolls back a latency regression (canary p95 above 0.5 s)', async () => {
    load = { ...healthyLoad, canary: { requests: 10, errors: 0, seconds: 0.8 } };
    const cmd = recordingCommand();
    const r = await check({ traffic: 'command', 'traffic-command': cmd.command });
    load = healthyLoad;
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('rollback');
    expect(r.outputs['failed-metrics']).toBe('["p95-latency"]');
    expect(cmd.calls()).toEqual([
      ['--canary', '10', '--stable', '90'],
      ['--canary', '0', '--stable', '100'],
    ]);
    const report = readReport(r.reportDir);
    const latency = report.checks.find((c: { id: string }) => c.id === 'metric.p95-latency');
    expect(latency.status).toBe('fail');
    expect(latency.detail).toMatch(/canary p95-latency 0\.9\d* breaks p95-latency < 0\.5/);
  });

  it('never promotes a canary that gets no traffic: inconclusive, and traffic back on stable', async () => {
    load = { ...healthyLoad, canary: { requests: 0, errors: 0, seconds: 0.04 } };
    const cmd = recordingCommand();
    const r = await check({ traffic: 'command', 'traffic-command': cmd.command, 'max-failed-intervals': '5' });
    load = healthyLoad;
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.outputs.passed).toBe('false');
    expect(cmd.calls()).toEqual([
      ['--canary', '10', '--stable', '90'],
      ['--canary', '0', '--stable', '100'],
    ]);
    expect(r.stdout).toMatch(/\[step 1\/3 · 10% · interval 1\/2\] inconclusive: canary had (0 requests|no request data) \(min-requests 20\)/);
    expect(readReport(r.reportDir).checks.find((c: { id: string }) => c.id === 'data').status).toBe('fail');
  });

  it('gives the traffic back to stable when the job is cancelled mid-analysis (SIGTERM)', async () => {
    load = healthyLoad;
    const cmd = recordingCommand();
    const r = await check({ traffic: 'command', 'traffic-command': cmd.command, duration: '10', interval: '5' }, { signal: { when: /canary weight set to 10%/, signal: 'SIGTERM' } });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.stdout).toContain('Stopping: analysis cancelled (SIGTERM received).');
    expect(cmd.calls()).toEqual([
      ['--canary', '10', '--stable', '90'],
      ['--canary', '0', '--stable', '100'],
    ]);
    expect(r.state['canary-traffic-settled']).toBe('true');
  });

  it('judges on a real Prometheus scraping both services every second, and rolls back an error spike', async () => {
    const prom = await startPrometheus({ targets: [{ job: 'ml-model', targets: [canary.target, stable.target] }], scrapeInterval: 1 });
    try {
      load = healthyLoad;
      await new Promise((r) => setTimeout(r, 2500));
      const promInputs = { source: 'prometheus', 'prometheus-url': prom.url, 'scrape-interval': '1', interval: '4', duration: '4', steps: '10, 100' };
      const healthy = await check(promInputs);
      expect(healthy.stderr).toBe('');
      expect(healthy.outputs.verdict).toBe('promote');
      expect(healthy.exitCode).toBe(0);
      const counts = steps(healthy)[0]!.intervals[0]!.canary!;
      // Up to 100 canary requests a second (timers slow down on a busy machine), as increase() over the 4 s window sees them.
      expect(counts.requests).toBeGreaterThan(50);
      expect(counts.errors).toBe(0);

      load = { ...healthyLoad, canary: { requests: 10, errors: 2, seconds: 0.04 } };
      await new Promise((r) => setTimeout(r, 1000));
      const cmd = recordingCommand();
      const spike = await check({ ...promInputs, traffic: 'command', 'traffic-command': cmd.command });
      expect(spike.outputs.verdict).toBe('rollback');
      expect(spike.outputs['failed-metrics']).toBe('["error-rate"]');
      expect(cmd.calls()).toEqual([
        ['--canary', '10', '--stable', '90'],
        ['--canary', '0', '--stable', '100'],
      ]);

      // A query Prometheus rejects fails with Prometheus' own message before any traffic moves.
      const bad = recordingCommand();
      const invalid = await check({ ...promInputs, traffic: 'command', 'traffic-command': bad.command, metrics: 'error-rate < 0.05\nqueue-depth < 10', queries: 'queue-depth: sum(rate(queue_depth{track="{{track}}"}[{{interval}}])' });
      expect(invalid.exitCode).toBe(1);
      expect(invalid.errors).toHaveLength(1);
      expect(invalid.errors[0]).toMatch(/Prometheus rejected the query \(bad_data: .*parse error: unclosed left parenthesis\): sum\(rate\(queue_depth/);
      expect(bad.calls()).toEqual([]);
      expectErrorRecorded(invalid, invalid.reportDir);
    } finally {
      load = healthyLoad;
      await prom.stop();
    }
  });

  describe('latency judged per request, on a real Prometheus holding backfilled traffic', () => {
    /**
     * promtool writes one second of traffic per sample from 5 minutes before now to 5 minutes after,
     * ~270 requests a second per track with log-normal latencies (σ 0.5, seeded), one `service` per
     * scenario. The analysis then judges a real 3 s interval of that data (three or four samples
     * per window, as a 1 m interval on 15 s scrapes has): no live scraping, no load to wait for.
     */
    const SCENARIOS = { 'three-times': 0.3, 'ten-percent': 0.11, identical: 0.1 } as const;
    let prom: Awaited<ReturnType<typeof startPrometheus>>;
    beforeAll(async () => {
      const random = rng(20261206);
      const latencies = (n: number, p95: number) => Array.from({ length: n }, () => logNormalLatency(random, p95));
      const now = Math.floor(Date.now() / 1000);
      const times = Array.from({ length: 601 }, (_, i) => now - 300 + i);
      const series: Series[] = Object.entries(SCENARIOS).flatMap(([service, canaryP95]) =>
        (['canary', 'stable'] as const).flatMap((track) =>
          trafficSeries({ labels: { service, track }, times, offset: 100_000, perInterval: () => ({ latencies: latencies(270, track === 'canary' ? canaryP95 : 0.1), errors: 0 }) }).filter((x) => x.labels.code !== '500'),
        ),
      );
      prom = await startPrometheus({ tsdb: createTsdb(series) });
    });
    afterAll(() => prom?.stop());

    const judge = (service: keyof typeof SCENARIOS, inputs: Record<string, string> = {}) => {
      const cmd = recordingCommand();
      const run = check({
        source: 'prometheus',
        'prometheus-url': prom.url,
        'scrape-interval': '1',
        service,
        interval: '3',
        duration: '3',
        steps: '10, 100',
        traffic: 'command',
        'traffic-command': cmd.command,
        ...inputs,
      });
      return run.then((r) => ({ ...r, weights: cmd.calls().map((c) => c[1]) }));
    };
    const latencyOf = (r: RunResult) => steps(r)[0]!.intervals[0]! as unknown as { verdict: string; canary: { requests: number }; metrics: { metric: string; canary: number; stable: number; pValue: number; status: string; note?: string }[] };

    it.each([
      ['absolute', { metrics: 'error-rate < 0.05\np95-latency < 0.5' }],
      ['relative', { comparison: 'relative', metrics: 'error-rate\np95-latency' }],
    ])('a canary with 3× the p95 (0.3 s vs 0.1 s, under the 0.5 s threshold) is rolled back in %s mode', async (_mode, inputs) => {
      const r = await judge('three-times', inputs);
      expect(r.stderr).toBe('');
      expect(r.outputs.verdict).toBe('rollback');
      expect(r.outputs['failed-metrics']).toBe('["p95-latency"]');
      expect(r.weights).toEqual(['10', '0']);
      const interval = latencyOf(r);
      // ~800 canary requests in the 3 s window, each one an observation of the test.
      expect(interval.canary.requests).toBeGreaterThan(600);
      const latency = interval.metrics.find((m) => m.metric === 'p95-latency')!;
      expect(latency.status).toBe('fail');
      expect(latency.canary).toBeGreaterThan(0.25);
      // Stable p95 is 0.1 s, right at a bucket bound: interpolation reads it anywhere up to the next bucket.
      expect(latency.stable).toBeLessThan(0.2);
      expect(latency.pValue).toBeLessThan(1e-10);
      expect(r.stdout).toMatch(/FAIL: canary p95-latency worse than stable by 0\.\d+ \(allowed 20%, p = .* < 0\.05\)/);
    });

    it('a canary 10 % slower with max-increase 20 %, and one identical to stable, are promoted', async () => {
      for (const service of ['ten-percent', 'identical'] as const) {
        const r = await judge(service, { comparison: 'relative', metrics: 'error-rate\np95-latency', 'max-increase': '20%' });
        expect(r.stderr).toBe('');
        expect([service, r.outputs.verdict]).toEqual([service, 'promote']);
        expect(r.weights).toEqual(['10', '100']);
        const latency = latencyOf(r).metrics.find((m) => m.metric === 'p95-latency')!;
        expect(latency.status).toBe('pass');
        expect(latency.pValue).toBeGreaterThan(0);
      }
    });

    it('a latency query Prometheus rejects, or one without a histogram, fails before any traffic moves', async () => {
      const broken = await judge('identical', { metrics: 'p95-latency < 0.5', queries: 'p95-latency: histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{service="{{service}}"}[{{interval}}]))' });
      expect(broken.exitCode).toBe(1);
      expect(broken.errors).toEqual([expect.stringMatching(/^Prometheus rejected the query \(bad_data: .*parse error.*\): histogram_quantile\(0\.95/)]);
      expect(broken.weights).toEqual([]);
      const summary = await judge('identical', { metrics: 'p95-latency < 0.5', queries: 'p95-latency: max(model_latency_seconds{quantile="0.95",service="{{service}}"})' });
      expect(summary.exitCode).toBe(1);
      expect(summary.errors).toEqual([expect.stringMatching(/^input "queries": query "p95-latency" reads no histogram \(no <name>_bucket series\)/)]);
      expect(summary.weights).toEqual([]);
      expectErrorRecorded(summary, summary.reportDir);
    });
  });

  describe('post: step', () => {
    const config = { provider: 'istio', virtualService: 'ml-model', namespace: 'production', canarySubset: 'canary', stableSubset: 'stable' };

    it('restores stable traffic when the main step shifted it and never settled', async () => {
      const k = installKubectl('virtualservice', seedVirtualService());
      const r = await runBundle('canary-check', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_canary-traffic': JSON.stringify(config) } });
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain('canary-check post: the analysis did not finish; setting the canary weight to 0 on VirtualService ml-model -n production.');
      expect(k.calls().map((c) => c[0])).toEqual(['get', 'patch']);
      expect(k.object().spec.http[1].route.map((d: { weight: number }) => d.weight)).toEqual([100, 0]);
    });

    it('does nothing after a finished analysis, or when no traffic was shifted', async () => {
      const k = installKubectl('virtualservice', seedVirtualService());
      const settled = await runBundle('canary-check', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_canary-traffic': JSON.stringify(config), 'STATE_canary-traffic-settled': 'true' } });
      expect(settled.stdout).toContain('nothing to restore');
      const none = await runBundle('canary-check', { entry: 'post/index.js', env: { PATH: k.path } });
      expect(none.stdout).toContain('no traffic was shifted; nothing to restore.');
      expect(k.calls()).toEqual([]);
    });

    it('fails the post step with kubectl’s message when it cannot restore', async () => {
      const k = installKubectl('virtualservice', seedVirtualService());
      const r = await runBundle('canary-check', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_canary-traffic': JSON.stringify({ ...config, virtualService: 'gone' }) } });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toEqual([
        'canary-check post: could not restore stable traffic: input "virtual-service": kubectl get virtualservice gone -n production -o json exited with 1: Error from server (NotFound): virtualservices.networking.istio.io "gone" not found',
      ]);
    });
  });

  describe('bad input: one clear line, exit 1, nothing written, no traffic moved', () => {
    it.each([
      ['a threshold syntax error', { metrics: 'error-rate < 0.01\np95-latency <' }, /^input "metrics": "p95-latency <" is not a threshold\. Write it as <metric> <op> <number>/],
      ['an unknown metric', { metrics: 'eror-rate < 0.01' }, /^input "metrics": unknown metric "eror-rate"\. Did you mean "error-rate"\?/],
      ['steps not increasing', { steps: '5, 25, 10, 100' }, /^input "steps": 10 after 25 is not increasing\./],
      ['a step above 100', { steps: '5, 10, 150' }, /^input "steps": 150 is outside 1\.\.100\./],
      ['a negative duration', { duration: '-5m' }, /^input "duration" "-5m" is not a duration/],
      ['a zero interval', { interval: '0s' }, /^input "interval": must be more than 0 seconds, got 0\./],
      ['an interval shorter than two scrapes', { interval: '0.4', duration: '1' }, /^input "interval": interval \(0\.4 s\) must span at least two scrapes \(scrape-interval 0\.25 s\)/],
      [
        'an interval shorter than two Prometheus scrapes',
        { source: 'prometheus', 'prometheus-url': 'http://127.0.0.1:9', 'scrape-interval': '15', interval: '20', duration: '20' },
        /^input "interval": interval \(20 s\) must span at least two scrapes \(scrape-interval 15 s\)\. Lengthen interval, or set scrape-interval to Prometheus' own scrape interval if it is shorter\.$/,
      ],
      ['a bad comparison', { comparison: 'ratio' }, /^input "comparison" /],
      ['istio without a VirtualService', { traffic: 'istio', namespace: 'production' }, /^input "virtual-service" is required with traffic: istio\./],
      ['gateway-api without the canary backend', { traffic: 'gateway-api', 'http-route': 'ml-model', namespace: 'production', 'stable-backend': 'ml-model-stable' }, /^input "canary-backend" is required with traffic: gateway-api\./],
      ['a traffic command without weights', { traffic: 'command', 'traffic-command': './set-weight.sh 5' }, /^input "traffic-command": never mentions \{\{canary\}\} or \{\{stable\}\}/],
    ])('%s', async (_name, inputs, message) => {
      const k = installKubectl('virtualservice', seedVirtualService());
      const r = await check(inputs as Record<string, string>, { env: { PATH: k.path } });
      expectUserError(r, message);
      expectErrorRecorded(r, r.reportDir);
      expect(k.calls()).toEqual([]);
    });

    it('a VirtualService that does not split the configured subsets fails before any traffic moves', async () => {
      const k = installKubectl('virtualservice', seedVirtualService());
      const r = await check({ traffic: 'istio', 'virtual-service': 'ml-model', namespace: 'production', 'canary-subset': 'v2' }, { env: { PATH: k.path } });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toEqual([
        'input "virtual-service": VirtualService ml-model -n production has no http route with both subset "stable" and subset "v2" (subsets found: canary, stable). Set stable-subset/canary-subset to the subset names of its DestinationRule.',
      ]);
      expect(r.warnings).toEqual([]);
      expect(k.calls()).toEqual([['get', 'virtualservice', 'ml-model', '-n', 'production', '-o', 'json']]);
      expect(r.state).toEqual({});
      expectErrorRecorded(r, r.reportDir);
    });

    it('an unreachable Prometheus fails before any traffic moves', async () => {
      const port = await closedPort();
      const cmd = recordingCommand();
      const r = await check({ source: 'prometheus', 'prometheus-url': `http://127.0.0.1:${port}`, 'scrape-interval': '0.5', traffic: 'command', 'traffic-command': cmd.command });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(new RegExp(`127\\.0\\.0\\.1:${port}.*ECONNREFUSED`));
      expect(cmd.calls()).toEqual([]);
      expectErrorRecorded(r, r.reportDir);
    });

    it('an unreachable metrics URL fails before any traffic moves', async () => {
      const port = await closedPort();
      const k = installKubectl('virtualservice', seedVirtualService());
      const r = await check({ 'canary-metrics-url': `http://127.0.0.1:${port}/metrics`, traffic: 'istio', 'virtual-service': 'ml-model', namespace: 'production' }, { env: { PATH: k.path } });
      expect(r.exitCode).toBe(1);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toMatch(new RegExp(`^input "canary-metrics-url": cannot read the canary metrics at http://127\\.0\\.0\\.1:${port}/metrics: .*ECONNREFUSED.*\\. Check the URL`));
      expect(k.calls()).toEqual([]);
      expectErrorRecorded(r, r.reportDir);
    });
  });
});
