import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadYamlParser } from '@mlship/core';
import { installKubectl, liveVirtualService } from '../testing/kubectl-double';
import { patchObject, readObject } from '../traffic/kubectl-object';
import { CommandMirror, IstioMirror, parseMirrorCommand, parseMirrorPercentage } from './mirror';

beforeAll(loadYamlParser);

const options = { virtualService: 'ml-model', namespace: 'production', liveSubset: 'stable', shadowSubset: 'shadow' };
const get = ['get', 'virtualservice', 'ml-model', '-n', 'production', '-o', 'json'];
const patch = (ops: unknown[]) => ['patch', 'virtualservice', 'ml-model', '-n', 'production', '--type=json', '-p', JSON.stringify(ops)];

describe('IstioMirror', () => {
  let saved: string | undefined;
  beforeEach(() => (saved = process.env.PATH));
  afterEach(() => (process.env.PATH = saved));

  it('mirrors the live route with one guarded JSON patch, and removes exactly what it added', async () => {
    const k = installKubectl('virtualservice', liveVirtualService());
    process.env.PATH = k.path;
    const mirror = new IstioMirror(options);
    await mirror.preflight();
    await mirror.start(12.5);
    expect(k.object().spec.http[1]).toEqual({ route: [{ destination: { host: 'ml-model', subset: 'stable' }, weight: 100 }], mirror: { host: 'ml-model', subset: 'shadow' }, mirrorPercentage: { value: 12.5 } });
    expect(k.object().spec.http[0]).toEqual(liveVirtualService().spec.http[0]);
    await mirror.remove();
    expect(k.object().spec).toEqual(liveVirtualService().spec);
    expect(k.calls()).toEqual([
      get,
      get,
      patch([
        { op: 'test', path: '/metadata/resourceVersion', value: '41' },
        { op: 'add', path: '/spec/http/1/mirror', value: { host: 'ml-model', subset: 'shadow' } },
        { op: 'add', path: '/spec/http/1/mirrorPercentage', value: { value: 12.5 } },
      ]),
      get,
      patch([
        { op: 'test', path: '/metadata/resourceVersion', value: '42' },
        { op: 'remove', path: '/spec/http/1/mirror' },
        { op: 'remove', path: '/spec/http/1/mirrorPercentage' },
      ]),
    ]);
    // Removing again (the post: step after a main step that already did) changes nothing.
    await mirror.remove();
    expect(k.calls().slice(5)).toEqual([get]);
  });

  it('sends the copies to mirror-host when given', async () => {
    const k = installKubectl('virtualservice', liveVirtualService());
    process.env.PATH = k.path;
    await new IstioMirror({ ...options, host: 'ml-model-shadow.production.svc.cluster.local' }).start(100);
    expect(k.object().spec.http[1].mirror).toEqual({ host: 'ml-model-shadow.production.svc.cluster.local', subset: 'shadow' });
  });

  it('refuses to overwrite a mirror it did not set, and a VirtualService without the live subset, before changing anything', async () => {
    const k = installKubectl('virtualservice', liveVirtualService({ mirror: { host: 'audit', subset: 'v1' } }));
    process.env.PATH = k.path;
    await expect(new IstioMirror(options).preflight()).rejects.toMatchObject({
      line: 'input "virtual-service": http[1] of VirtualService ml-model already mirrors to audit subset v1; shadow-check will not overwrite another mirror. Remove that mirror first, or set mirror: none if it already copies traffic to the shadow.',
    });
    await expect(new IstioMirror({ ...options, liveSubset: 'live' }).preflight()).rejects.toMatchObject({
      line: 'input "virtual-service": VirtualService ml-model -n production has no http route to subset "live" (subsets found: shadow, stable). Set live-subset to the subset of the live model in its DestinationRule.',
    });
    expect(k.calls().every((c) => c[0] === 'get')).toBe(true);
  });

  it('a patch after a concurrent edit fails instead of overwriting it', async () => {
    const k = installKubectl('virtualservice', liveVirtualService());
    process.env.PATH = k.path;
    const target = { resource: 'virtualservice', name: 'ml-model', namespace: 'production', where: 'input "virtual-service"' };
    const seen = await readObject(target);
    // Someone else's edit lands between our get and our patch.
    await new IstioMirror(options).start(100);
    await expect(patchObject(target, seen, [{ op: 'remove', path: '/spec/http/1/mirror' }])).rejects.toMatchObject({
      line: expect.stringMatching(/^input "virtual-service": kubectl patch virtualservice ml-model .* exited with 1: The request is invalid/),
    });
    expect(k.object().spec.http[1].mirror).toEqual({ host: 'ml-model', subset: 'shadow' });
  });
});

describe('CommandMirror', () => {
  it('runs the command with the percentage, then with 0 to remove the mirror, without a shell', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-mirror-'));
    const out = path.join(dir, 'calls.jsonl');
    const script = path.join(dir, 'set-mirror.cjs');
    fs.writeFileSync(script, `require('fs').appendFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2)) + '\\n'); console.log('mirror ' + process.argv[3]);`);
    const lines: string[] = [];
    const mirror = new CommandMirror(parseMirrorCommand(JSON.stringify([process.execPath, script, '--percent', '{{percent}}', '$(reboot)'])), (l) => lines.push(l));
    await mirror.start(25);
    await mirror.remove();
    expect(fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      ['--percent', '25', '$(reboot)'],
      ['--percent', '0', '$(reboot)'],
    ]);
    expect(lines).toEqual(['  mirror 25', '  mirror 0']);
  });

  it('a command without {{percent}}, or with another placeholder, is refused', () => {
    expect(() => parseMirrorCommand('./set-mirror.sh 100')).toThrow(/never mentions \{\{percent\}\}/);
    expect(() => parseMirrorCommand('./set-mirror.sh {{percnt}}')).toThrow(/unknown placeholder \{\{percnt\}\}\. Did you mean "percent"\?/);
  });
});

describe('mirror-percentage', () => {
  it.each([
    ['100', 100],
    ['0', 0],
    ['12.5', 12.5],
    ['10%', 10],
  ])('%s is %d', (text, value) => expect(parseMirrorPercentage(text)).toBe(value));

  it.each(['101', '-1', 'half', '', '1e2'])('%s is refused with one line', (text) => {
    expect(() => parseMirrorPercentage(text)).toThrow(expect.objectContaining({ line: `input "mirror-percentage": "${text}" is not a percentage within 0–100. The share of live requests copied to the shadow, e.g. 100 (every request) or 10.` }));
  });
});
