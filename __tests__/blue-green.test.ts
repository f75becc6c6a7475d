/**
 * blue-green end to end: the dist/blue-green bundle run as the runner runs it
 * (harness.ts), against two demo model servers (examples/model-server.js: a
 * real /healthz, /predict and prom-client /metrics) and a REAL Prometheus
 * scraping both every second, each target labelled version: blue / green as
 * the seed's Deployments label their pods. The Service lives in the recording
 * kubectl stand-in (packages/rollout/src/testing/kubectl-double.ts; no
 * cluster can run here), and this test's users follow its selector: every
 * 10 ms a request goes to whichever deployment the Service selects now. The
 * selector patches kubectl receives are asserted exactly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installKubectl, seedService, type KubectlDouble } from '../packages/rollout/src/testing/kubectl-double';
import { startPrometheus, type RunningPrometheus } from '../packages/rollout/src/testing/prometheus';
import { closedPort, expectErrorRecorded, expectUserError, repoRoot, runBundle } from './harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bg-'));
const fresh = (prefix: string) => path.join(dir, `${prefix}-${Math.random().toString(36).slice(2)}`);

interface ModelServer {
  url: string;
  target: string;
  stop(): void;
}

function modelServer(version: string, args: string[] = []): Promise<ModelServer> {
  const child: ChildProcess = spawn(process.execPath, [path.join(repoRoot, 'examples/model-server.js'), '--port', '0', '--version', version, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`model server ${version} exited with ${code}`)));
    child.stdout!.once('data', (line) => {
      const url = /http:\/\/\S+/.exec(String(line))![0];
      resolve({ url, target: url.replace('http://', ''), stop: () => child.kill() });
    });
  });
}

const body = JSON.stringify({ tenure_months: 12, monthly_charges: 70, support_calls: 2 });

/** Users: a request every 10 ms to the deployment the Service selects at that moment. */
function users(k: KubectlDouble, servers: Record<string, ModelServer>) {
  const timer = setInterval(() => {
    let version: string;
    try {
      version = k.object().spec.selector.version;
    } catch {
      return; // state.json mid-write by the stand-in: skip one tick
    }
    const s = servers[version];
    if (s) fetch(`${s.url}/predict`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then((r) => r.arrayBuffer(), () => undefined);
  }, 10);
  return { stop: () => clearInterval(timer) };
}

/** A scale-down command that appends its arguments to a file. */
function recorder() {
  const out = path.join(fresh('scale'), 'argv.jsonl');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const script = path.join(path.dirname(out), 'scale.cjs');
  fs.writeFileSync(script, `require('fs').appendFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2)) + '\\n'); console.log('scaled');`);
  return { command: JSON.stringify([process.execPath, script, 'deployment/ml-model-{{previous}}', '--replicas=0']), calls: () => (fs.existsSync(out) ? fs.readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []) };
}

const get = ['get', 'service', 'ml-model', '-n', 'production', '-o', 'json'];
const patch = (resourceVersion: string, from: string, to: string) => [
  'patch',
  'service',
  'ml-model',
  '-n',
  'production',
  '--type=json',
  '-p',
  JSON.stringify([
    { op: 'test', path: '/metadata/resourceVersion', value: resourceVersion },
    { op: 'test', path: '/spec/selector/version', value: from },
    { op: 'replace', path: '/spec/selector/version', value: to },
  ]),
];

const readReport = (reportDir: string) => JSON.parse(fs.readFileSync(path.join(reportDir, 'report.json'), 'utf8'));

describe('blue-green bundle on a real Prometheus, switching the Service selector', () => {
  let blue: ModelServer;
  let good: ModelServer;
  let bad: ModelServer;
  let prom: RunningPrometheus;

  beforeAll(async () => {
    [blue, good, bad] = await Promise.all([modelServer('v1.0.0'), modelServer('v1.1.0'), modelServer('v1.2.0', ['--error-rate', '0.5'])]);
    prom = await startPrometheus({
      targets: [
        { job: 'ml-model-blue', targets: [blue.target], labels: { namespace: 'production', version: 'blue' } },
        { job: 'ml-model-green', targets: [good.target], labels: { namespace: 'production', version: 'green' } },
        { job: 'ml-model-green-bad', targets: [bad.target], labels: { namespace: 'production', version: 'green-bad' } },
      ],
      scrapeInterval: 1,
    });
    // A counter series Prometheus first sees already at 30 shows no increase: like a deployed green
    // answering its readiness probes, each server has served before the test, and has been scraped since.
    for (const s of [blue, good, bad]) await fetch(`${s.url}/predict`, { method: 'POST', body }).then((r) => r.arrayBuffer());
    await new Promise((r) => setTimeout(r, 2500));
  }, 60_000);
  afterAll(async () => {
    await prom?.stop();
    for (const s of [blue, good, bad]) s?.stop();
  });

  const inputs = (green: ModelServer, over: Record<string, string> = {}) => ({
    'green-health-url': `${green.url}/healthz`,
    switch: 'service-selector',
    'active-service': 'ml-model',
    namespace: 'production',
    source: 'prometheus',
    'prometheus-url': prom.url,
    'scrape-interval': '1',
    metrics: 'error-rate < 0.05\np95-latency < 0.5',
    duration: '4',
    interval: '4',
    'max-failed-intervals': '0',
    'scale-down-delay': '0',
    ...over,
  });

  async function run(k: KubectlDouble, servers: Record<string, ModelServer>, given: Record<string, string>, opts: { signal?: { when: RegExp; signal: NodeJS.Signals } } = {}) {
    const reportDir = fresh('report');
    const load = users(k, servers);
    try {
      const r = await runBundle('blue-green', { inputs: { ...given, 'report-path': reportDir }, env: { PATH: k.path }, timeoutMs: 60_000, ...opts });
      return { ...r, reportDir };
    } finally {
      load.stop();
    }
  }

  it('a healthy green passes its health check, smoke requests and preview metrics, takes every user, and blue is scaled down', async () => {
    const k = installKubectl('service', seedService());
    const scale = recorder();
    const r = await run(k, { blue, green: good }, inputs(good, {
      'smoke-url': `${good.url}/predict`,
      'smoke-body': body,
      'smoke-requests': '30',
      'preview-metrics': 'error-rate < 0.05',
      'preview-duration': '3',
      'scale-down-command': scale.command,
    }));
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', verdict: 'switched', active: 'green', previous: 'blue' });
    // The first get is the preflight: the Service is checked before green gets anything.
    expect(k.calls()).toEqual([get, get, patch('501', 'blue', 'green')]);
    expect(k.object().spec.selector).toEqual({ app: 'ml-model', version: 'green' });
    expect(scale.calls()).toEqual([['deployment/ml-model-blue', '--replicas=0']]);
    expect(r.stdout).toContain(`Smoke requests: pass — 30 of 30 requests to ${good.url}/predict answered HTTP 200.`);
    expect(r.stdout).toMatch(/^Preview metrics: pass — healthy on green's preview traffic \(\d+ requests; error-rate 0\)\.$/m);
    expect(r.stdout).toMatch(/^\[green · interval 1\/1\] error-rate green 0% · p95 0\.0\d+ s · pass$/m);
    const report = readReport(r.reportDir);
    expect(report.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual([
      'verdict:pass',
      'pre-switch.health:pass',
      'pre-switch.smoke:pass',
      'pre-switch.preview:pass',
      'active:pass',
      'metric.error-rate:pass',
      'metric.p95-latency:pass',
      'data:pass',
      'scale-down:pass',
    ]);
    // Real counts through Prometheus: up to 100 requests a second reached green after the switch (timers slow down on a busy machine).
    expect(report.data.intervals[0].canary.requests).toBeGreaterThan(50);
    expect(r.state).toEqual({ 'blue-green-switch': JSON.stringify({ provider: 'service-selector', service: 'ml-model', namespace: 'production', label: 'version', values: { blue: 'blue', green: 'green' } }), 'blue-green-settled': 'true' });
  }, 60_000);

  it('a green failing on production traffic is switched back to blue automatically', async () => {
    const k = installKubectl('service', seedService());
    const r = await run(k, { blue, 'green-bad': bad }, inputs(bad, { green: 'green-bad' }));
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', verdict: 'switched-back', active: 'blue', previous: 'green-bad' });
    expect(k.calls()).toEqual([get, get, patch('501', 'blue', 'green-bad'), get, patch('502', 'green-bad', 'blue')]);
    expect(k.object().spec.selector.version).toBe('blue');
    expect(r.stdout).toMatch(/^\[green · interval 1\/1\] error-rate green (4|5|6)\d(\.\d+)?% · .*FAIL: green error-rate 0\.\d+ breaks error-rate < 0\.05$/m);
    expect(r.errors[0]).toBe('Blue-green verdict: green failed its analysis: 1 failed or inconclusive interval, more than max-failed-intervals 0.');
    expect(JSON.parse(r.outputs['failed-checks']!)).toEqual(['verdict', 'active', 'metric.error-rate']);
    expect(r.state['blue-green-settled']).toBe('true');
  }, 60_000);

  it('a cancelled job switches users back to blue in the main step', async () => {
    const k = installKubectl('service', seedService());
    const r = await run(k, { blue, green: good }, inputs(good, { duration: '20', interval: '4' }), { signal: { when: /Switching users to green/, signal: 'SIGTERM' } });
    expect(r.outputs.verdict).toBe('switched-back');
    expect(r.stdout).toContain('Switching back: analysis cancelled (SIGTERM received).');
    expect(k.calls().filter((c) => c[0] === 'patch')).toEqual([patch('501', 'blue', 'green'), patch('502', 'green', 'blue')]);
    expect(k.object().spec.selector.version).toBe('blue');
  }, 60_000);
});

describe('blue-green bad input: green never gets users', () => {
  it('a green that fails its health check is never switched to: no patch', async () => {
    const k = installKubectl('service', seedService());
    const reportDir = fresh('report');
    const port = await closedPort();
    const r = await runBundle('blue-green', {
      inputs: { 'green-health-url': `http://127.0.0.1:${port}/healthz`, 'health-timeout': '1', 'active-service': 'ml-model', namespace: 'production', 'green-metrics-url': `http://127.0.0.1:${port}/metrics`, 'report-path': reportDir },
      env: { PATH: k.path },
      timeoutMs: 30_000,
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', verdict: 'not-switched', active: 'blue', previous: '' });
    expect(k.calls()).toEqual([get]);
    expect(k.object().spec.selector.version).toBe('blue');
    expect(r.stdout).toMatch(/^Not switched: green failed its health check: http:\/\/127\.0\.0\.1:\d+\/healthz did not answer 2xx within 1 s \(\d+ attempts?; last: ECONNREFUSED\)\. Users stay on blue \(blue\)\.$/m);
    expect(readReport(reportDir).checks.find((c: { id: string }) => c.id === 'pre-switch.health').status).toBe('fail');
    expect(r.state).toEqual({});
  }, 30_000);

  it('a green failing its smoke requests is never switched to: no patch', async () => {
    const green = await modelServer('v1.2.0', ['--error-rate', '1']);
    try {
      const k = installKubectl('service', seedService());
      const r = await runBundle('blue-green', {
        inputs: { 'green-health-url': `${green.url}/healthz`, 'smoke-url': `${green.url}/predict`, 'smoke-body': body, 'smoke-requests': '3', 'active-service': 'ml-model', namespace: 'production', 'green-metrics-url': `${green.url}/metrics`, 'report-path': fresh('report') },
        env: { PATH: k.path },
        timeoutMs: 30_000,
      });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.verdict).toBe('not-switched');
      expect(r.stdout).toContain(`Smoke requests: FAIL — 3 of 3 requests to ${green.url}/predict did not answer HTTP 200 in time: #1: HTTP 500, #2: HTTP 500, #3: HTTP 500.`);
      expect(k.calls()).toEqual([get]);
    } finally {
      green.stop();
    }
  }, 30_000);

  const kubectl = installKubectl('service', seedService());
  it.each([
    ['no pre-switch check', { 'green-health-url': '' }, /^input "green-health-url": green would get users without any check\. Set green-health-url/],
    ['no Service to switch', { 'active-service': '' }, /^input "active-service" is required with switch: service-selector\. Name the Service users reach/],
    ['blue and green the same', { green: 'blue' }, /^input "green": blue and green are both "blue"\./],
    ['a switch command that cannot name the colour', { switch: 'command', 'switch-command': './switch.sh green' }, /^input "switch-command": never mentions \{\{active\}\}/],
    ['a smoke body that is not JSON', { 'smoke-url': 'http://127.0.0.1:9/predict', 'smoke-body': '{tenure: 12' }, /^input "smoke-body": is not JSON: /],
    ['a green already serving users', {}, /^input "green": green \(version=green\) already serves users on Service ml-model -n production \(selector version\): there is nothing to switch\./, 'green'],
    ['a Service selecting neither colour', {}, /^input "active-service": Service ml-model -n production selects version=canary, which is neither blue \(blue\) nor green \(green\)\./, 'canary'],
    ['an unknown metric', { metrics: 'error-rate < 0.01, p95-latancy < 0.5' }, /^input "metrics": unknown metric "p95-latancy"\. Did you mean "p95-latency"\?/],
  ] as [string, Record<string, string>, RegExp, string?][])('%s: one line, exit 1, no patch', async (...[, over, message, selected]) => {
    fs.writeFileSync(kubectl.statePath, JSON.stringify({ kind: 'service', object: seedService(selected ?? 'blue') }));
    const reportDir = fresh('report');
    const r = await runBundle('blue-green', {
      inputs: { 'green-health-url': 'http://127.0.0.1:9/healthz', 'active-service': 'ml-model', namespace: 'production', 'green-metrics-url': 'http://127.0.0.1:9/metrics', ...over, 'report-path': reportDir },
      env: { PATH: kubectl.path },
      timeoutMs: 30_000,
    });
    expectUserError(r, message);
    expectErrorRecorded(r, reportDir);
    expect(kubectl.calls().filter((c) => c[0] === 'patch')).toEqual([]);
  });
});

describe('blue-green post: step', () => {
  const config = { provider: 'service-selector', service: 'ml-model', namespace: 'production', label: 'version', values: { blue: 'blue', green: 'green' } };

  it('switches users back to blue when the main step switched and never settled', async () => {
    const k = installKubectl('service', seedService('green'));
    const r = await runBundle('blue-green', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_blue-green-switch': JSON.stringify(config) } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('blue-green post: the analysis did not finish; switching users back to blue on Service ml-model -n production (selector version).');
    expect(k.calls()).toEqual([get, patch('501', 'green', 'blue')]);
    expect(k.object().spec.selector.version).toBe('blue');
  });

  it('does nothing after a settled analysis, or when users never moved', async () => {
    const k = installKubectl('service', seedService('green'));
    const settled = await runBundle('blue-green', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_blue-green-switch': JSON.stringify(config), 'STATE_blue-green-settled': 'true' } });
    expect(settled.stdout).toContain('blue-green post: the analysis finished and settled the traffic; nothing to restore.');
    const none = await runBundle('blue-green', { entry: 'post/index.js', env: { PATH: k.path } });
    expect(none.stdout).toContain('blue-green post: users were never switched; nothing to restore.');
    expect(k.calls()).toEqual([]);
  });

  it("fails the post step with kubectl's message when it cannot switch back", async () => {
    const k = installKubectl('service', seedService('green'));
    const r = await runBundle('blue-green', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_blue-green-switch': JSON.stringify({ ...config, service: 'gone' }) } });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([
      'blue-green post: could not switch back to blue: input "active-service": kubectl get service gone -n production -o json exited with 1: Error from server (NotFound): services "gone" not found',
    ]);
  });
});
