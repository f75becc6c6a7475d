/**
 * Rollback targets against real parts: a recording kubectl stand-in (no
 * cluster can run here; see testing/kubectl-deployment.ts), real git
 * repositories with a bare remote for the registry, a real process for the
 * command, a loopback HTTP server for the webhook.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingServer } from '../../../notify/src/testing/recording-server';
import { GitTagRegistry } from '@mlship/registry';
import { git, registerVersion, remoteTags, remoteWithCommits } from '../../../registry/src/testing/git-repos';
import { installDeploymentKubectl } from '../testing/kubectl-deployment';
import { installKubectl, seedService } from '../testing/kubectl-double';
import { switchBack } from './switch-back';
import { parseArgvTemplate } from '../argv';
import { COMMAND_PLACEHOLDERS, rollbackCommand } from './command';
import { rollbackDeployment } from './kubectl';
import { rollbackRegistry } from './registry';
import { rollbackWebhook } from './webhook';
import { rejectionLine } from '@mlship/core/testing';


describe('kubectl target', () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });
  const seedDeployment = () => ({
    'production/ml-model': {
      revisions: [
        { revision: 1, image: 'ml-model:v1.0.0' },
        { revision: 2, image: 'ml-model:v1.1.0' },
      ],
      annotations: {},
    },
  });

  it("runs the seed's undo and status, annotates the revision, and a second run does nothing", async () => {
    const k = installDeploymentKubectl(seedDeployment());
    process.env.PATH = k.path;
    const lines: string[] = [];
    const o = { deployment: 'ml-model', namespace: 'production', timeoutSeconds: 600, dryRun: false, log: (l: string) => lines.push(l) };
    const step = await rollbackDeployment(o);
    expect(step).toEqual({ target: 'kubectl', subject: 'deployment/ml-model -n production', result: 'rolled-back', detail: 'rolled back from revision 2 to revision 3; the rollout completed.' });
    expect(k.calls()).toEqual([
      ['get', 'deployment', 'ml-model', '-n', 'production', '-o', 'json'],
      ['rollout', 'undo', 'deployment/ml-model', '-n', 'production'],
      ['rollout', 'status', 'deployment/ml-model', '-n', 'production', '--timeout=600s'],
      ['get', 'deployment', 'ml-model', '-n', 'production', '-o', 'json'],
      ['annotate', 'deployment/ml-model', '-n', 'production', '--overwrite', 'mlship.dev/rollback-revision=3', 'mlship.dev/rolled-back-from-revision=2'],
    ]);
    expect(k.image('production', 'ml-model')).toBe('ml-model:v1.0.0');
    expect(lines).toContain('    deployment "ml-model" successfully rolled out');

    const again = await rollbackDeployment(o);
    expect(again.result).toBe('already-done');
    expect(again.detail).toBe('already rolled back: revision 3 is the one an earlier run restored (from revision 2); nothing to undo.');
    expect(k.calls()).toHaveLength(6);
    // Had the second run undone again, the bad image would be back.
    expect(k.image('production', 'ml-model')).toBe('ml-model:v1.0.0');
  });

  it('a new bad deploy after a rollback is rolled back again', async () => {
    const k = installDeploymentKubectl({ 'production/ml-model': { revisions: [{ revision: 2, image: 'v1.1.0' }, { revision: 3, image: 'v1.0.0' }, { revision: 4, image: 'v1.2.0' }], annotations: { 'mlship.dev/rollback-revision': '3', 'mlship.dev/rolled-back-from-revision': '2' } } });
    process.env.PATH = k.path;
    const step = await rollbackDeployment({ deployment: 'ml-model', namespace: 'production', timeoutSeconds: 60, dryRun: false, log: () => {} });
    expect(step.detail).toBe('rolled back from revision 4 to revision 5; the rollout completed.');
    expect(k.image('production', 'ml-model')).toBe('v1.0.0');
  });

  it('dry run only reads the Deployment', async () => {
    const k = installDeploymentKubectl(seedDeployment());
    process.env.PATH = k.path;
    const step = await rollbackDeployment({ deployment: 'ml-model', namespace: 'production', context: 'prod-eu', timeoutSeconds: 300, dryRun: true, log: () => {} });
    expect(step.result).toBe('would-roll-back');
    expect(step.detail).toBe('would run kubectl rollout undo deployment/ml-model -n production --context=prod-eu then kubectl rollout status deployment/ml-model -n production --context=prod-eu --timeout=300s (now at revision 2).');
    expect(k.calls()).toEqual([['get', 'deployment', 'ml-model', '-n', 'production', '--context=prod-eu', '-o', 'json']]);
  });

  it("passes kubectl's own error on: not found, no history, forbidden, status timeout", async () => {
    const k = installDeploymentKubectl({ ...seedDeployment(), 'production/fresh': { revisions: [{ revision: 1, image: 'v1' }], annotations: {} }, 'production/stuck': { revisions: [{ revision: 1, image: 'v1' }, { revision: 2, image: 'v2' }], annotations: {}, statusFails: true } });
    process.env.PATH = k.path;
    const o = (deployment: string) => ({ deployment, namespace: 'production', timeoutSeconds: 5, dryRun: false, log: () => {} });
    expect(await rejectionLine(rollbackDeployment(o('ml-modle')))).toBe('kubectl: kubectl get deployment ml-modle -n production -o json exited with 1: Error from server (NotFound): deployments.apps "ml-modle" not found');
    expect(await rejectionLine(rollbackDeployment(o('fresh')))).toBe('kubectl: kubectl rollout undo deployment/fresh -n production exited with 1: error: no rollout history found for deployment "fresh"');
    expect(await rejectionLine(rollbackDeployment(o('stuck')))).toBe('kubectl: kubectl rollout status deployment/stuck -n production --timeout=5s exited with 1: error: timed out waiting for the condition');
    k.failing('rollout undo', 'Error from server (Forbidden): deployments.apps "ml-model" is forbidden: User "ci" cannot patch resource "deployments" in API group "apps"');
    expect(await rejectionLine(rollbackDeployment(o('ml-model')))).toMatch(/^kubectl: kubectl rollout undo deployment\/ml-model -n production exited with 1: Error from server \(Forbidden\)/);
  });

  it('says so when kubectl is not installed', async () => {
    process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'empty-path-'));
    expect(await rejectionLine(rollbackDeployment({ deployment: 'x', timeoutSeconds: 5, dryRun: false, log: () => {} }))).toMatch(/^kubectl: cannot run kubectl: .* Install kubectl on the runner or put it on PATH\.$/);
  });
});

describe('registry target (git tags, real remote)', () => {
  /** churn v1.0.0 was in prod, then v1.1.0 was promoted over it. */
  function promoted() {
    const fx = remoteWithCommits(2);
    const seed = fx.clone('tagger');
    registerVersion(seed, 'churn', 'v1.0.0', fx.commits[0]!, { accuracy: 0.88 });
    registerVersion(seed, 'churn', 'v1.1.0', fx.commits[1]!, { accuracy: 0.91 });
    return fx;
  }
  const open = (cwd: string) => new GitTagRegistry({ cwd, remote: 'origin' });
  const provenance = { runUrl: 'https://github.com/o/r/actions/runs/1', gate: 'auto-rollback: unhealthy' };
  const target = { kind: 'stage' as const, name: 'prod' };

  it('restores the previous version, then finds it already there', async () => {
    const fx = promoted();
    const ws = fx.clone('ws');
    const reg = open(ws);
    await reg.assign('churn', 'v1.0.0', { target, expectedHolder: null, archiveExisting: true, provenance: {} });
    await reg.assign('churn', 'v1.1.0', { target, expectedHolder: 'v1.0.0', archiveExisting: true, provenance: {} });
    const step = await rollbackRegistry(open(fx.clone()), { model: 'churn', target, previous: 'v1.0.0', version: 'v1.1.0', dryRun: false, provenance });
    expect(step).toEqual({ target: 'registry', subject: 'churn stage "prod" (git registry)', result: 'rolled-back', detail: 'restored v1.0.0 (was v1.1.0).' });
    expect((await open(fx.clone()).latestVersion('churn', target))?.version).toBe('v1.0.0');
    expect(remoteTags(fx.bare).filter((t) => t.startsWith('churn#prod'))).toHaveLength(5);
    const again = await rollbackRegistry(open(fx.clone()), { model: 'churn', target, previous: 'v1.0.0', version: 'v1.1.0', dryRun: false, provenance });
    expect(again).toMatchObject({ result: 'already-done', detail: 'already holds v1.0.0; nothing to restore.' });
    expect(remoteTags(fx.bare).filter((t) => t.startsWith('churn#prod'))).toHaveLength(5);
  });

  it('empties the stage when the bad version was the first promotion (previous: none)', async () => {
    const fx = promoted();
    await open(fx.clone()).assign('churn', 'v1.1.0', { target, expectedHolder: null, archiveExisting: true, provenance: {} });
    const step = await rollbackRegistry(open(fx.clone()), { model: 'churn', target, previous: null, dryRun: false, provenance });
    expect(step.detail).toBe('restored nothing (was v1.1.0).');
    expect(await open(fx.clone()).latestVersion('churn', target)).toBeNull();
  });

  it('leaves a stage alone that someone changed since, and dry-runs without writing', async () => {
    const fx = promoted();
    await open(fx.clone()).assign('churn', 'v1.1.0', { target, expectedHolder: null, archiveExisting: true, provenance: {} });
    const before = remoteTags(fx.bare);
    const dry = await rollbackRegistry(open(fx.clone()), { model: 'churn', target, previous: 'v1.0.0', version: 'v1.1.0', dryRun: true, provenance });
    expect(dry).toMatchObject({ result: 'would-roll-back', detail: 'would move v1.1.0 out and restore v1.0.0.' });
    expect(await rejectionLine(rollbackRegistry(open(fx.clone()), { model: 'churn', target, previous: 'v1.0.0', version: 'v1.2.0', dryRun: false, provenance }))).toBe(
      'input "version": stage "prod" of churn holds v1.1.0, not v1.2.0 (the version being rolled back): it was changed since, so it is left alone. Roll back by hand if that version is bad too, or re-run with the version now deployed.',
    );
    expect(await rejectionLine(rollbackRegistry(open(fx.clone()), { model: 'churn', target, previous: 'v0.9.0', dryRun: false, provenance }))).toMatch(/v0\.9\.0/);
    expect(remoteTags(fx.bare)).toEqual(before);
    expect(git(fx.bare, 'tag', '--list').length).toBeGreaterThan(0);
  });
});

describe('command target', () => {
  it('fills placeholders per argument and never uses a shell', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmd-'));
    const out = path.join(dir, 'argv.json');
    const script = path.join(dir, 'record.cjs');
    fs.writeFileSync(script, `require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2))); console.log('rolled back ' + process.argv[2]);`);
    const argv = parseArgvTemplate(`${process.execPath} ${script} {{deployment}} "{{error-rate}}" '$(rm -rf /)'`, 'input "rollback-command"', COMMAND_PLACEHOLDERS);
    const step = await rollbackCommand(argv, { deployment: 'ml-model; echo pwned', 'error-rate': '0.3' }, { dryRun: false, log: () => {} });
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(['ml-model; echo pwned', '0.3', '$(rm -rf /)']);
    expect(step.detail).toContain('last line: rolled back ml-model; echo pwned');
  });

  it('rejects unknown placeholders and unclosed quotes, and reports a failing command', async () => {
    expect(() => parseArgvTemplate('./rollback.sh {{deploymnet}}', 'input "rollback-command"', COMMAND_PLACEHOLDERS)).toThrow('has an unknown placeholder {{deploymnet}}. Did you mean "deployment"?');
    expect(() => parseArgvTemplate('./rollback.sh "x', 'input "rollback-command"', COMMAND_PLACEHOLDERS)).toThrow('has an unclosed " quote.');
    expect(await rejectionLine(rollbackCommand([process.execPath, '-e', 'console.error("no such release"); process.exit(3)'], {}, { dryRun: false, log: () => {} }))).toMatch(/^input "rollback-command": .* exited with 3: no such release$/);
  });
});

describe('webhook target', () => {
  it('POSTs the payload as JSON, and a receiver that keeps failing is a clear line', async () => {
    const ok = await recordingServer([{ status: 202 }]);
    const step = await rollbackWebhook(ok.url, { idempotency_key: 'o/r/1/x', error_rate: 0.3 }, { dryRun: false });
    expect(step).toEqual({ target: 'webhook', subject: `127.0.0.1:${ok.port}`, result: 'rolled-back', detail: `POSTed the rollback request to 127.0.0.1:${ok.port} (HTTP 202).` });
    expect(ok.requests[0]!.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(ok.requests[0]!.body)).toEqual({ idempotency_key: 'o/r/1/x', error_rate: 0.3 });
    await ok.close();
    const bad = await recordingServer([{ status: 404, body: 'no_service' }]);
    expect(await rejectionLine(rollbackWebhook(bad.url, {}, { dryRun: false }))).toBe(`input "webhook-url": the rollback webhook at 127.0.0.1:${bad.port} was not delivered: HTTP 404: no_service. Check the URL and that the receiver is up; the other targets still ran.`);
    await bad.close();
  });
});

describe('blue-green target (switch back)', () => {
  const originalPath = process.env.PATH;
  afterEach(() => {
    process.env.PATH = originalPath;
  });
  const o = { service: 'ml-model', namespace: 'production', label: 'version', to: 'blue', where: 'input "active-service"', log: () => {} };

  it('patches the Service selector back to blue, guarded by the resourceVersion and the value read; a second run does nothing', async () => {
    const k = installKubectl('service', seedService('green'));
    process.env.PATH = k.path;
    const step = await switchBack({ ...o, dryRun: false });
    expect(step).toEqual({ target: 'blue-green', subject: 'service/ml-model -n production', result: 'rolled-back', detail: 'switched version=green → blue.' });
    expect(k.calls()).toEqual([
      ['get', 'service', 'ml-model', '-n', 'production', '-o', 'json'],
      [
        'patch',
        'service',
        'ml-model',
        '-n',
        'production',
        '--type=json',
        '-p',
        '[{"op":"test","path":"/metadata/resourceVersion","value":"501"},{"op":"test","path":"/spec/selector/version","value":"green"},{"op":"replace","path":"/spec/selector/version","value":"blue"}]',
      ],
    ]);
    expect(k.object().spec.selector).toEqual({ app: 'ml-model', version: 'blue' });
    expect(await switchBack({ ...o, dryRun: false })).toMatchObject({ result: 'already-done', detail: 'already selects version=blue; nothing to switch back.' });
    expect(k.calls()).toHaveLength(3);
  });

  it('dry run only reads the Service', async () => {
    const k = installKubectl('service', seedService('green'));
    process.env.PATH = k.path;
    expect(await switchBack({ ...o, dryRun: true })).toMatchObject({ result: 'would-roll-back', detail: 'would switch version=green → blue.' });
    expect(k.calls()).toEqual([['get', 'service', 'ml-model', '-n', 'production', '-o', 'json']]);
    expect(k.object().spec.selector.version).toBe('green');
  });
});
