/**
 * The blue-green pieces against real parts: the recording kubectl stand-in
 * (no cluster can run here) for the Service selector switch, loopback HTTP
 * servers for green's health endpoint and smoke requests, and the scripted
 * metric source with a fake clock for the flow (no waiting).
 */
import http from 'node:http';
import type net from 'node:net';
import { UserError } from '@mlship/core';
import { rejectionLine } from '@mlship/core/testing';
import { buildJudgingPlan } from '../analysis/plan';
import type { MetricKind } from '../source';
import { installKubectl, seedService, seedVirtualService } from '../testing/kubectl-double';
import { fakeClock, noData, ScriptedSource, track, type IntervalScript } from '../testing/scripted-source';
import { smokeRequests, waitHealthy } from './checks';
import { runBlueGreen, type BlueGreenOptions } from './run';
import { createSwitch, parseSwitchCommand, type BlueGreenSwitch, type Color } from './switch';

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});

const selectorSwitch = { provider: 'service-selector' as const, service: 'ml-model', namespace: 'production', label: 'version', values: { blue: 'blue', green: 'green' } };
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

describe('service-selector switch', () => {
  it('patches version blue → green and back, each patch guarded by the resourceVersion and the old value', async () => {
    const k = installKubectl('service', seedService());
    process.env.PATH = k.path;
    const lines: string[] = [];
    const sw = createSwitch(selectorSwitch, (l) => lines.push(l));
    expect(await sw.preflight()).toBe('blue');
    await sw.switchTo('green');
    expect(k.object().spec.selector).toEqual({ app: 'ml-model', version: 'green' });
    await sw.switchTo('blue');
    expect(k.object().spec.selector).toEqual({ app: 'ml-model', version: 'blue' });
    expect(k.calls()).toEqual([get, get, patch('501', 'blue', 'green'), get, patch('502', 'green', 'blue')]);
    expect(lines).toEqual(['  version: blue → green', '  version: green → blue']);
  });

  it('patches nothing when the Service already selects the colour', async () => {
    const k = installKubectl('service', seedService('green'));
    process.env.PATH = k.path;
    const lines: string[] = [];
    await createSwitch(selectorSwitch, (l) => lines.push(l)).switchTo('green');
    expect(k.calls()).toEqual([get]);
    expect(lines).toEqual(['  version is already green; nothing patched.']);
  });

  it('leaves alone a Service someone else pointed elsewhere, and names a missing label', async () => {
    const k = installKubectl('service', seedService('canary'));
    process.env.PATH = k.path;
    const sw = createSwitch(selectorSwitch, () => {});
    expect(await rejectionLine(sw.switchTo('green'))).toBe(
      'input "active-service": Service ml-model -n production selects version=canary, which is neither version=blue nor version=green: it was changed by someone else, so it is left alone. Check which Deployment should serve, and switch the Service by hand if needed.',
    );
    expect(await rejectionLine(sw.preflight())).toMatch(/^input "active-service": Service ml-model -n production selects version=canary, which is neither blue \(blue\) nor green \(green\)\./);
    const other = createSwitch({ ...selectorSwitch, label: 'track' }, () => {});
    expect(await rejectionLine(other.switchTo('green'))).toBe(
      'input "active-service": Service ml-model -n production has no selector label "track" to switch (selector: app=ml-model, version=canary). Set selector-label to the key whose value tells the blue and green Deployments apart, e.g. version.',
    );
    expect(k.calls().filter((c) => c[0] === 'patch')).toEqual([]);
  });

  it("passes kubectl's own error on (a Service that does not exist)", async () => {
    process.env.PATH = installKubectl('service', seedService()).path;
    expect(await rejectionLine(createSwitch({ ...selectorSwitch, service: 'ml-modle' }, () => {}).preflight())).toBe(
      'input "active-service": kubectl get service ml-modle -n production -o json exited with 1: Error from server (NotFound): services "ml-modle" not found',
    );
  });

  it('escapes a label with a slash in the JSON pointer', async () => {
    const svc = seedService();
    const k = installKubectl('service', { ...svc, spec: { ...svc.spec, selector: { app: 'ml-model', 'app.kubernetes.io/version': 'blue' } } });
    process.env.PATH = k.path;
    await createSwitch({ ...selectorSwitch, label: 'app.kubernetes.io/version' }, () => {}).switchTo('green');
    expect(JSON.parse(k.calls()[1]!.at(-1)!)[2]).toEqual({ op: 'replace', path: '/spec/selector/app.kubernetes.io~1version', value: 'green' });
    expect(k.object().spec.selector['app.kubernetes.io/version']).toBe('green');
  });
});

describe('weights switch', () => {
  it('sets the VirtualService weights of the blue and green subsets to 0 / 100 and back', async () => {
    const k = installKubectl('virtualservice', seedVirtualService());
    process.env.PATH = k.path;
    const sw = createSwitch({ provider: 'weights', traffic: { provider: 'istio', virtualService: 'ml-model', namespace: 'production', canarySubset: 'canary', stableSubset: 'stable' } }, () => {});
    expect(await sw.preflight()).toBeUndefined();
    await sw.switchTo('green');
    expect(k.object().spec.http[1].route.map((r: { weight: number }) => r.weight)).toEqual([0, 100]);
    await sw.switchTo('blue');
    expect(k.object().spec.http[1].route.map((r: { weight: number }) => r.weight)).toEqual([100, 0]);
    expect(k.calls().filter((c) => c[0] === 'patch').map((c) => c.at(-1))).toEqual([
      '[{"op":"test","path":"/metadata/resourceVersion","value":"1001"},{"op":"add","path":"/spec/http/1/route/0/weight","value":0},{"op":"add","path":"/spec/http/1/route/1/weight","value":100}]',
      '[{"op":"test","path":"/metadata/resourceVersion","value":"1002"},{"op":"add","path":"/spec/http/1/route/0/weight","value":100},{"op":"add","path":"/spec/http/1/route/1/weight","value":0}]',
    ]);
  });

  it("names blue-green's own inputs when the subsets are not split anywhere", async () => {
    process.env.PATH = installKubectl('virtualservice', seedVirtualService()).path;
    const sw = createSwitch({ provider: 'weights', traffic: { provider: 'istio', virtualService: 'ml-model', namespace: 'production', canarySubset: 'green', stableSubset: 'blue', subsetInputs: 'blue-subset/green-subset' } }, () => {});
    expect(await rejectionLine(sw.switchTo('green'))).toBe(
      'input "virtual-service": VirtualService ml-model -n production has no http route with both subset "blue" and subset "green" (subsets found: canary, stable). Set blue-subset/green-subset to the subset names of its DestinationRule.',
    );
  });
});

describe('switch command', () => {
  it('needs {{active}} and fills the colours per argument', () => {
    expect(() => parseSwitchCommand('./switch.sh green')).toThrow('never mentions {{active}}, so it cannot tell which deployment to switch to.');
    expect(() => parseSwitchCommand('./switch.sh {{colour}}')).toThrow(/unknown placeholder \{\{colour\}\}/);
    expect(parseSwitchCommand('./switch.sh --to={{active}} {{previous}}')).toEqual(['./switch.sh', '--to={{active}}', '{{previous}}']);
  });
});

/** A loopback server answering each request with the next status of `statuses` (the last repeats); `hang` never answers. */
async function server(statuses: (number | 'hang')[]) {
  let n = 0;
  const bodies: string[] = [];
  const s = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(`${req.method} ${body}`);
      const status = statuses[Math.min(n++, statuses.length - 1)]!;
      if (status !== 'hang') res.writeHead(status).end('{}');
    });
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(s.address() as net.AddressInfo).port}/`;
  return {
    url,
    bodies,
    close: () => new Promise<void>((r) => {
      s.closeAllConnections();
      s.close(() => r());
    }),
  };
}

describe('pre-switch checks', () => {
  it('health: a green still starting gets its timeout; one that never answers 2xx fails with the last status', async () => {
    const starting = await server([503, 200]);
    const up = await waitHealthy(starting.url, 30);
    expect(up).toEqual({ passed: true, detail: `${starting.url} answered HTTP 200 on attempt 2` });
    await starting.close();
    const down = await server([503]);
    const t = { now: 0 };
    // A clock that jumps past the deadline after the first answer: no real waiting decides the outcome.
    const r = await waitHealthy(down.url, 5, { now: () => (t.now += 10) });
    expect(r).toEqual({ passed: false, detail: `${down.url} did not answer 2xx within 5 s (1 attempt; last: HTTP 503)` });
    await down.close();
  });

  it('smoke: every request must answer the expected status in time', async () => {
    const s = await server([200, 200, 500, 200]);
    const r = await smokeRequests({ url: s.url, count: 4, timeoutSeconds: 5, expectedStatus: 200, body: '{"x":1}' });
    expect(r).toMatchObject({ passed: false, sent: 4, ok: 3, failures: ['#3: HTTP 500'] });
    expect(r.detail).toBe(`1 of 4 requests to ${s.url} did not answer HTTP 200 in time: #3: HTTP 500`);
    expect(s.bodies).toEqual(Array(4).fill('POST {"x":1}'));
    await s.close();
    const slow = await server(['hang']);
    const timedOut = await smokeRequests({ url: slow.url, count: 1, timeoutSeconds: 0.2, expectedStatus: 200 });
    expect(timedOut.failures).toEqual(['#1: timed out after 0.2 s']);
    await slow.close();
  });
});

const resolve = (name: string): MetricKind => {
  if (name === 'error-rate') return { kind: name };
  const m = /^p(\d+)-latency$/.exec(name);
  if (m) return { kind: 'latency', quantile: Number(m[1]) / 100 };
  throw new UserError(`unknown metric "${name}".`, { where: 'input "metrics"' });
};
const plan = buildJudgingPlan({ metrics: 'error-rate < 0.01\np95-latency < 0.5', comparison: 'absolute', maxIncrease: '20%', stepDuration: 120, interval: 60, minRequests: 20, maxFailedIntervals: 0, significance: 0.05, resolve, names: { canary: 'green', stable: 'blue' } });

class RecordingSwitch implements BlueGreenSwitch {
  readonly description = 'the test switch';
  readonly moves: Color[] = [];
  async preflight() {
    return 'blue' as const;
  }
  async switchTo(c: Color) {
    this.moves.push(c);
  }
}

const green = (requests: number, errors: number, p95: number): IntervalScript => ({ canary: track(requests, errors, p95), stable: noData });

async function flow(script: IntervalScript[], over: Partial<BlueGreenOptions> = {}) {
  const sw = new RecordingSwitch();
  const source = new ScriptedSource(script);
  const lines: string[] = [];
  const events: string[] = [];
  const result = await runBlueGreen({
    plan,
    openSource: async () => source,
    sw,
    values: { blue: 'v1', green: 'v2' },
    scaleDown: { delaySeconds: 0 },
    log: (l) => lines.push(l),
    clock: fakeClock(),
    beforeSwitch: () => events.push('before-switch'),
    settled: () => events.push('settled'),
    ...over,
  });
  return { result, sw, lines, events, source };
}

describe('runBlueGreen', () => {
  it('a healthy green is switched to, judged for duration / interval intervals, and stays', async () => {
    const { result, sw, lines, events, source } = await flow([green(400, 1, 0.2)]);
    expect(result).toMatchObject({ verdict: 'switched', active: 'green', previous: 'blue', failedMetrics: [] });
    expect(sw.moves).toEqual(['green']);
    expect(events).toEqual(['before-switch', 'settled']);
    expect(result.analysis.intervals.map((i) => i.verdict)).toEqual(['pass', 'pass']);
    expect(lines).toContain('[green · interval 1/2] error-rate green 0.25% · p95 0.2 s · pass');
    expect(result.scaleDown).toEqual({ detail: 'blue (v1) keeps running: no scale-down-command.', failed: false });
    expect(source.closed).toBe(true);
  });

  it('an error spike after the switch sends every user back to blue', async () => {
    const { result, sw, lines, events } = await flow([green(400, 40, 0.2)]);
    expect(result).toMatchObject({ verdict: 'switched-back', active: 'blue', previous: 'green', failedMetrics: ['error-rate'] });
    expect(sw.moves).toEqual(['green', 'blue']);
    expect(events).toEqual(['before-switch', 'settled']);
    expect(lines).toContain('[green · interval 1/2] error-rate green 10% · p95 0.2 s · FAIL: green error-rate 0.1 breaks error-rate < 0.01');
    expect(result.reason).toBe('green failed its analysis: 1 failed or inconclusive interval, more than max-failed-intervals 0.');
  });

  it('a green without traffic after the switch is never kept: inconclusive intervals switch back', async () => {
    const { result, sw } = await flow([{ canary: noData, stable: noData }]);
    expect(result.verdict).toBe('switched-back');
    expect(result.reason).toMatch(/^green could not be judged: /);
    expect(result.analysis.intervals[0]!.reason).toBe('green had no request data (min-requests 20)');
    expect(sw.moves).toEqual(['green', 'blue']);
  });

  it('preview metrics on too little traffic keep users on blue: inconclusive is never a pass', async () => {
    const { result, sw, events } = await flow([green(5, 0, 0.1)], { preview: { conditions: [{ threshold: { metric: 'error-rate', op: '<', value: 0.01, source: 'error-rate < 0.01' }, metric: { kind: 'error-rate' } }], seconds: 30, lead: 0 } });
    expect(result).toMatchObject({ verdict: 'not-switched', active: 'blue', previous: null });
    expect(result.checks.find((c) => c.id === 'preview')).toMatchObject({ passed: false });
    expect(result.reason).toBe("green's preview metrics are inconclusive: 5 requests in the last 30 s, fewer than min-requests 20.");
    expect(sw.moves).toEqual([]);
    expect(events).toEqual([]);
  });

  it('a cancelled analysis switches back; a passed one scales blue down after the delay', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    const sleep = clock.sleep;
    clock.sleep = async (ms, signal) => {
      controller.abort(new Error('SIGTERM received'));
      return sleep(ms, signal);
    };
    const cancelled = await flow([green(400, 0, 0.2)], { clock, signal: controller.signal });
    expect(cancelled.result).toMatchObject({ verdict: 'switched-back', reason: 'analysis cancelled (SIGTERM received).' });
    expect(cancelled.sw.moves).toEqual(['green', 'blue']);

    const scaled = await flow([green(400, 0, 0.2)], { scaleDown: { delaySeconds: 600, argv: [process.execPath, '-e', 'console.log(process.argv.slice(1).join(" "))', '{{previous}}', '{{active}}'] } });
    expect(scaled.result.scaleDown!.detail).toMatch(/^blue \(v1\) scaled down after 600 s by /);
    expect(scaled.lines).toContain('Keeping blue for scale-down-delay 600 s.');
    expect(scaled.lines).toContain('  v1 v2');
  });

  it('a scale-down command that fails leaves green live and blue running, and says so', async () => {
    const { result, sw } = await flow([green(400, 0, 0.2)], { scaleDown: { delaySeconds: 0, argv: [process.execPath, '-e', 'console.error("forbidden"); process.exit(2)'] } });
    expect(result).toMatchObject({ verdict: 'switched', active: 'green' });
    expect(result.scaleDown).toEqual({ detail: expect.stringMatching(/^blue \(v1\) keeps running: input "scale-down-command": .* exited with 2: forbidden$/), failed: true });
    expect(sw.moves).toEqual(['green']);
  });
});
