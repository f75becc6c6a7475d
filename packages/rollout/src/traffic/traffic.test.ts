import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadYamlParser, type UserError } from '@mlship/core';
import { installKubectl, sampleHttpRoute, seedVirtualService, type KubectlDouble } from '../testing/kubectl-double';
import { createRouter, fillWeights, parseCommand } from './index';
import { rejectionLine } from '@mlship/core/testing';

beforeAll(loadYamlParser);

const savedPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = savedPath;
});
const use = (k: KubectlDouble) => {
  process.env.PATH = k.path;
  return k;
};
const log = () => undefined;

describe('istio', () => {
  const istio = { provider: 'istio' as const, virtualService: 'ml-model', namespace: 'production', canarySubset: 'canary', stableSubset: 'stable' };

  it('reads the VirtualService, then patches only the split route, guarded by its resourceVersion', async () => {
    const k = use(installKubectl('virtualservice', seedVirtualService()));
    const router = createRouter(istio, log);
    await router.setCanaryWeight(10);
    expect(k.calls()).toEqual([
      ['get', 'virtualservice', 'ml-model', '-n', 'production', '-o', 'json'],
      [
        'patch',
        'virtualservice',
        'ml-model',
        '-n',
        'production',
        '--type=json',
        '-p',
        '[{"op":"test","path":"/metadata/resourceVersion","value":"1001"},{"op":"add","path":"/spec/http/1/route/0/weight","value":90},{"op":"add","path":"/spec/http/1/route/1/weight","value":10}]',
      ],
    ]);
    const vs = k.object();
    expect(vs.spec.http[1].route.map((r: { weight: number }) => r.weight)).toEqual([90, 10]);
    // The header-matched canary route is not a split and stays untouched.
    expect(vs.spec.http[0]).toEqual(seedVirtualService().spec.http[0]);
    await router.setCanaryWeight(0);
    expect(k.object().spec.http[1].route.map((r: { weight: number }) => r.weight)).toEqual([100, 0]);
    expect(k.calls()[3]![7]).toContain('"value":"1002"');
  });

  it('names the subsets it found when the configured ones are not split anywhere', async () => {
    use(installKubectl('virtualservice', seedVirtualService()));
    const line = await rejectionLine(createRouter({ ...istio, canarySubset: 'v2' }, log).setCanaryWeight(5));
    expect(line).toBe(
      'input "virtual-service": VirtualService ml-model -n production has no http route with both subset "stable" and subset "v2" (subsets found: canary, stable). Set stable-subset/canary-subset to the subset names of its DestinationRule.',
    );
  });

  it("passes kubectl's own error on (a VirtualService that does not exist)", async () => {
    use(installKubectl('virtualservice', seedVirtualService()));
    const line = await rejectionLine(createRouter({ ...istio, virtualService: 'ml-modle' }, log).setCanaryWeight(5));
    expect(line).toBe('input "virtual-service": kubectl get virtualservice ml-modle -n production -o json exited with 1: Error from server (NotFound): virtualservices.networking.istio.io "ml-modle" not found');
  });

  it('says so when kubectl is not installed', async () => {
    process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-empty-path-'));
    expect(await rejectionLine(createRouter(istio, log).setCanaryWeight(5))).toMatch(/^input "virtual-service": cannot run kubectl: .* Install kubectl on the runner or put it on PATH\.$/);
  });
});

describe('gateway-api', () => {
  it('sets the backendRefs weights of the two Services', async () => {
    const k = use(installKubectl('httproute', sampleHttpRoute()));
    await createRouter({ provider: 'gateway-api', httpRoute: 'ml-model', namespace: 'production', canaryBackend: 'ml-model-canary', stableBackend: 'ml-model-stable' }, log).setCanaryWeight(25);
    expect(k.calls()[1]).toEqual([
      'patch',
      'httproute',
      'ml-model',
      '-n',
      'production',
      '--type=json',
      '-p',
      '[{"op":"test","path":"/metadata/resourceVersion","value":"7"},{"op":"add","path":"/spec/rules/0/backendRefs/0/weight","value":75},{"op":"add","path":"/spec/rules/0/backendRefs/1/weight","value":25}]',
    ]);
    expect(k.object().spec.rules[0].backendRefs).toEqual([
      { name: 'ml-model-stable', port: 80, weight: 75 },
      { name: 'ml-model-canary', port: 80, weight: 25 },
    ]);
  });

  it('names the backends it found when one is missing', async () => {
    use(installKubectl('httproute', sampleHttpRoute()));
    const line = await rejectionLine(createRouter({ provider: 'gateway-api', httpRoute: 'ml-model', namespace: 'production', canaryBackend: 'canary', stableBackend: 'ml-model-stable' }, log).setCanaryWeight(5));
    expect(line).toMatch(/has no rule with both backend "ml-model-stable" and backend "canary" \(backends found: ml-model-stable, ml-model-canary\)/);
  });
});

describe('command', () => {
  it('splits words with quotes and takes YAML lists, substituting weights per argument', () => {
    expect(parseCommand(`./set-weight.sh --canary={{canary}} "stable weight" '{{stable}}'`)).toEqual(['./set-weight.sh', '--canary={{canary}}', 'stable weight', '{{stable}}']);
    expect(parseCommand('["node", "set.js", "{{canary}}/{{stable}}"]')).toEqual(['node', 'set.js', '{{canary}}/{{stable}}']);
    expect(fillWeights(['x', '--canary={{canary}}', '{{canary}}/{{stable}}'], 10)).toEqual(['x', '--canary=10', '10/90']);
  });

  it('never hands a weight or an argument to a shell', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cmd-'));
    const out = path.join(dir, 'argv.json');
    const recorder = path.join(dir, 'record.cjs');
    fs.writeFileSync(recorder, `require('fs').appendFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2)) + '\\n'); console.log('weights set');`);
    const lines: string[] = [];
    const router = createRouter({ provider: 'command', argv: [process.execPath, recorder, '{{canary}}', '{{stable}}', '$(touch pwned); echo `id`', '*'] }, (l) => lines.push(l));
    await router.setCanaryWeight(5);
    await router.setCanaryWeight(0);
    expect(fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      ['5', '95', '$(touch pwned); echo `id`', '*'],
      ['0', '100', '$(touch pwned); echo `id`', '*'],
    ]);
    expect(fs.existsSync('pwned')).toBe(false);
    expect(lines).toEqual(['  weights set', '  weights set']);
  });

  it('fails with the command and its last stderr line when it exits non-zero', async () => {
    const router = createRouter({ provider: 'command', argv: [process.execPath, '-e', 'console.error("no route to mesh"); process.exit(3)', '{{canary}}'] }, log);
    expect(await rejectionLine(router.setCanaryWeight(5))).toMatch(/^input "traffic-command": .* -e console\.error.* 5 exited with 3: no route to mesh$/);
  });

  it('rejects commands that cannot set a weight', () => {
    const line = (t: string) => {
      try {
        parseCommand(t);
      } catch (e) {
        return (e as UserError).line;
      }
      return 'ok';
    };
    expect(line('./set-weight.sh 5')).toBe('input "traffic-command": never mentions {{canary}} or {{stable}}, so it cannot set a weight. Pass the weights as arguments, e.g. ./scripts/set-weight.sh {{canary}} {{stable}}');
    expect(line('./set.sh "{{canary}}')).toMatch(/unclosed " quote/);
    expect(line('./set.sh {{canary}} {{weight}}')).toMatch(/unknown placeholder \{\{weight\}\}/);
    expect(line('[1, {a: 2}]')).toMatch(/is not a list of strings/);
  });
});
