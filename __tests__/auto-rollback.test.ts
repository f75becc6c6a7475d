/**
 * auto-rollback end to end: the dist/auto-rollback bundle run as the runner
 * runs it (see harness.ts) against real parts — prom-client /metrics servers
 * serving live traffic, a real Prometheus scraping them every second, real
 * git repositories with a bare remote for the registry, the run's real MLflow
 * server for the MLflow registry target, loopback HTTP servers
 * for Slack and the webhook — and a recording kubectl stand-in on PATH
 * (no cluster can run here; packages/rollout/src/testing/kubectl-deployment.ts).
 * GitHub issues go to the contract double of api.github.com
 * (packages/github/src/testing/github-server.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startGitHubDouble } from '../packages/github/src/testing/github-server';
import { recordingServer } from '../packages/notify/src/testing/recording-server';
import { GitTagRegistry } from '../packages/registry/src';
import { registerVersion, remoteTags, remoteWithCommits } from '../packages/registry/src/testing/git-repos';
import { realMlflow } from '../packages/registry/src/testing/real-mlflow';
import { freePort, installDeploymentKubectl, startMetricsServer, startPrometheus, type DeploymentKubectl, type MetricsServer } from '../packages/rollout/src/testing';
import { expectUserError, runBundle, type RunOptions, type RunResult } from './harness';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-ar-'));


/** Serves `perTick` requests every 100 ms while the step runs: `errors` of them answer 500, all take `seconds`. */
function traffic(server: MetricsServer, o: { perTick: number; errors: number; seconds: number }) {
  const timer = setInterval(() => {
    server.record(o.perTick - o.errors, 200, o.seconds);
    server.record(o.errors, 500, o.seconds);
  }, 100);
  return () => clearInterval(timer);
}

/** churn v1.0.0 was in prod; v1.1.0 was promoted over it (what promote-model leaves behind). */
async function registryFixture() {
  const fx = remoteWithCommits(2);
  const tagger = fx.clone('tagger');
  registerVersion(tagger, 'churn', 'v1.0.0', fx.commits[0]!, { accuracy: 0.88 });
  registerVersion(tagger, 'churn', 'v1.1.0', fx.commits[1]!, { accuracy: 0.91 });
  const reg = new GitTagRegistry({ cwd: fx.clone('promoter'), remote: 'origin' });
  const target = { kind: 'stage' as const, name: 'prod' };
  await reg.assign('churn', 'v1.0.0', { target, expectedHolder: null, archiveExisting: true, provenance: {} });
  await reg.assign('churn', 'v1.1.0', { target, expectedHolder: 'v1.0.0', archiveExisting: true, provenance: {} });
  const holder = async () => (await new GitTagRegistry({ cwd: fx.clone(), remote: 'origin' }).latestVersion('churn', target))?.version;
  return { fx, holder };
}

const deploymentFixture = () =>
  installDeploymentKubectl({
    'production/ml-model': {
      revisions: [
        { revision: 1, image: 'ml-model:v1.0.0' },
        { revision: 2, image: 'ml-model:v1.1.0' },
      ],
      annotations: {},
    },
  });

/** Seed 6.4's step: stable service, production namespace, deployment ml-model — shortened to seconds. */
const base = (metricsUrl: string): Record<string, string> => ({
  'stable-metrics-url': metricsUrl,
  'scrape-interval': '0.5',
  stabilization: '2s',
  namespace: 'production',
  deployment: 'ml-model',
});

const UNDO = ['rollout', 'undo', 'deployment/ml-model', '-n', 'production'];
const STATUS = ['rollout', 'status', 'deployment/ml-model', '-n', 'production', '--timeout=120s'];
const GET = ['get', 'deployment', 'ml-model', '-n', 'production', '-o', 'json'];
const RECORD = (incident: string) => ['annotate', 'deployment/ml-model', '-n', 'production', '--overwrite', `mlship.dev/rollback-incident=${incident}`];

describe('auto-rollback bundle, scrape source', () => {
  let server: MetricsServer;
  let kubectl: DeploymentKubectl;
  beforeEach(async () => {
    server = await startMetricsServer('stable');
    kubectl = deploymentFixture();
  });
  afterEach(() => server.close());
  const run = (inputs: Record<string, string>, o: Partial<RunOptions> = {}) => runBundle('auto-rollback', { inputs, env: { PATH: kubectl.path }, timeoutMs: 30_000, ...o });

  it.each(['node20', 'node24'] as const)('healthy deployment on %s: progress lines, health table, no rollback, kubectl never called', async (node) => {
    const stop = traffic(server, { perTick: 10, errors: 0, seconds: 0.04 });
    const out = tmpdir();
    const r = await run({ ...base(server.url), targets: 'kubectl', 'report-path': out }, { node }).finally(stop);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', status: 'pass', needs_rollback: 'false', rolled_back: 'false', health: 'healthy', error_rate: '0' });
    // Every request took 0.04 s: p95 interpolates inside (0.025, 0.05].
    expect(Number(r.outputs.latency)).toBeCloseTo(0.025 + 0.025 * 0.95, 9);
    expect(r.stdout).toMatch(/Waiting 2s for the deployment to stabilize \(a progress line every 1s\)\./);
    expect(r.stdout).toMatch(/ {2}1s of 2s: \d+ requests, error rate 0\.00 %, p95 0\.04875 s/);
    expect(r.stdout).toContain('Health: healthy.');
    expect(kubectl.calls()).toEqual([]);
    expect(r.summary).toContain('auto-rollback: healthy');
    expect(r.summary).toMatch(/\| error-rate \| 0 \| &lt;= 0\.05 \| pass \|/);
    expect(r.summary).toContain('xychart-beta');
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.data).toMatchObject({ health: 'healthy', needsRollback: false, steps: [] });
    expect(report.data.requests.requests).toBeGreaterThanOrEqual(20);
  });

  it('error spike: kubectl undo + status, registry revert, command and webhook in order, Slack in the seed format; a re-run finds the record on the Deployment and changes nothing', async () => {
    const { fx, holder } = await registryFixture();
    const slack = await recordingServer([{ status: 200, body: 'ok' }]);
    const hook = await recordingServer([{ status: 202 }]);
    const dir = tmpdir();
    const recorder = path.join(dir, 'record.cjs');
    fs.writeFileSync(recorder, `require('node:fs').appendFileSync(${JSON.stringify(path.join(dir, 'argv.jsonl'))}, JSON.stringify(process.argv.slice(2)) + '\\n');`);
    const inputs = {
      ...base(server.url),
      targets: 'kubectl, registry, command, webhook',
      'rollout-timeout': '2m',
      'model-name': 'churn',
      stage: 'prod',
      version: 'v1.1.0',
      'previous-version': 'v1.0.0',
      'rollback-command': `${process.execPath} ${recorder} {{deployment}} {{previous-version}} "{{health}}"`,
      'webhook-url': hook.url,
      'slack-webhook': slack.url,
    };
    try {
      let stop = traffic(server, { perTick: 10, errors: 3, seconds: 0.04 });
      const r = await run(inputs, { cwd: fx.clone('workspace') }).finally(stop);
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail', needs_rollback: 'true', rolled_back: 'true', health: 'unhealthy' });
      expect(Number(r.outputs.error_rate)).toBeCloseTo(0.3, 2);
      expect(JSON.parse(r.outputs['failed-checks'])).toEqual(['health:error-rate']);
      const incident = 'octo-org/ml-repo/4242/deployment/ml-model -n production, churn v1.1.0';
      expect(kubectl.calls()).toEqual([GET, GET, UNDO, STATUS, GET, ['annotate', 'deployment/ml-model', '-n', 'production', '--overwrite', 'mlship.dev/rollback-revision=3', 'mlship.dev/rolled-back-from-revision=2'], RECORD(incident)]);
      expect(kubectl.image('production', 'ml-model')).toBe('ml-model:v1.0.0');
      expect(await holder()).toBe('v1.0.0');
      expect(fs.readFileSync(path.join(dir, 'argv.jsonl'), 'utf8')).toBe('["ml-model","v1.0.0","unhealthy"]\n');
      const hookBody = JSON.parse(hook.requests[0]!.body);
      expect(hookBody).toMatchObject({ event: 'rollback', idempotency_key: incident, health: 'unhealthy', deployment: 'ml-model', previous_version: 'v1.0.0', run_url: 'https://github.com/octo-org/ml-repo/actions/runs/4242' });
      const message = JSON.parse(slack.requests[0]!.body);
      expect(message.text).toBe(':warning: Production rollback executed');
      expect(message.attachments[0].color).toBe('danger');
      const fields = Object.fromEntries(message.attachments[0].fields.map((f: { title: string; value: string }) => [f.title, f.value]));
      expect(fields['Error Rate']).toMatch(/^0\.\d+ \(\d+\.\d\d %\)$/);
      expect(fields['P95 Latency']).toBe('0.04875s');
      // `<` goes to Slack as `&lt;` (its escaping rule; shown as `<`), so no value can open a control sequence.
      expect(fields.Why).toMatch(/^error-rate is 0\.\d+, which breaks error-rate &lt;= 0\.05$/);
      expect(fields.Rollback.split('\n').map((l: string) => l.split(':')[0])).toEqual(['kubectl deployment/ml-model -n production', 'registry churn stage "prod" (git registry)', `command ${process.execPath}`, `webhook 127.0.0.1`]);
      expect(r.summary).toContain('auto-rollback: rolled back');
      expect(r.summary).toMatch(/\| 1 \| kubectl \| deployment\/ml-model -n production \| rolled-back \| rolled back from revision 2 to revision 3; the rollout completed\. \|/);
      expect(r.stdout).toContain('kubectl rollout undo deployment/ml-model -n production');

      // The workflow is re-run (same run id) while the window still shows the bad traffic.
      const tagsBefore = remoteTags(fx.bare);
      stop = traffic(server, { perTick: 10, errors: 3, seconds: 0.04 });
      const again = await run(inputs, { cwd: fx.clone('workspace2') }).finally(stop);
      expect(again.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'true' });
      expect(kubectl.calls().slice(7)).toEqual([GET]);
      expect(kubectl.image('production', 'ml-model')).toBe('ml-model:v1.0.0');
      expect(remoteTags(fx.bare)).toEqual(tagsBefore);
      expect(again.stdout).toContain(
        'Already rolled back: an earlier attempt of this run rolled back deployment/ml-model -n production, churn v1.1.0 (recorded on deployment/ml-model (annotation mlship.dev/rollback-incident)); no target is run again and nobody is notified again.',
      );
      expect(again.summary).toContain('auto-rollback: already rolled back');
      // Without create-issue too, the command, the webhook and Slack do not run again.
      expect(fs.readFileSync(path.join(dir, 'argv.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
      expect([hook.requests.length, slack.requests.length]).toEqual([1, 1]);
    } finally {
      await slack.close();
      await hook.close();
    }
  });

  it('a re-run for the same incident finds the rollback recorded on the run\'s issue: no kubectl, command, webhook or Slack again, "already rolled back"', async () => {
    const gh = await startGitHubDouble({ owner: 'octo-org', repo: 'ml-repo' });
    const slack = await recordingServer([{ status: 200, body: 'ok' }]);
    const hook = await recordingServer([{ status: 202 }]);
    const dir = tmpdir();
    const argv = path.join(dir, 'argv.jsonl');
    const recorder = path.join(dir, 'record.cjs');
    fs.writeFileSync(recorder, `require('node:fs').appendFileSync(${JSON.stringify(argv)}, JSON.stringify(process.argv.slice(2)) + '\\n');`);
    const commands = () => (fs.existsSync(argv) ? fs.readFileSync(argv, 'utf8').split('\n').filter(Boolean) : []);
    const inputs = {
      ...base(server.url),
      targets: 'kubectl, command, webhook',
      'rollout-timeout': '2m',
      'rollback-command': `${process.execPath} ${recorder} {{deployment}}`,
      'webhook-url': hook.url,
      'slack-webhook': slack.url,
      'create-issue': 'true',
      'github-token': gh.token,
    };
    const attempt = (runId = '4242') => {
      const stop = traffic(server, { perTick: 10, errors: 3, seconds: 0.04 });
      return run(inputs, { env: { PATH: kubectl.path, GITHUB_API_URL: gh.url, GITHUB_RUN_ID: runId } }).finally(stop);
    };
    try {
      const first = await attempt();
      expect(first.stderr).toBe('');
      expect(first.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'true', health: 'unhealthy' });
      expect(kubectl.calls()).toHaveLength(7);
      expect(commands()).toEqual(['["ml-model"]']);
      expect([hook.requests.length, slack.requests.length]).toEqual([1, 1]);
      const issues = () => [...gh.state.issues.values()];
      expect(issues()).toHaveLength(1);
      expect(issues()[0]!.body).toContain('<!-- mlship auto-rollback: rolled back octo%2Dorg%2Fml%2Drepo%2F4242%2Fdeployment%2Fml%2Dmodel%20%2Dn%20production -->');

      // Re-run of run 4242 while the window still shows the bad traffic.
      const again = await attempt();
      expect(again.stderr).toBe('');
      expect(again.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'true', health: 'unhealthy' });
      expect(again.stdout).toContain('Already rolled back: an earlier attempt of this run rolled back deployment/ml-model -n production (recorded on issue #1); no target is run again and nobody is notified again.');
      expect(again.summary).toContain('auto-rollback: already rolled back');
      expect(again.summary).toContain('already rolled back by an earlier attempt of this run (recorded on issue #1); not run again.');
      expect(kubectl.calls()).toHaveLength(7);
      expect(commands()).toHaveLength(1);
      expect([hook.requests.length, slack.requests.length]).toEqual([1, 1]);
      expect(issues()).toHaveLength(1);
      expect(gh.state.comments).toEqual([]);

      // Another workflow run is another incident: the record of run 4242 does not stop it (kubectl's own guard still does).
      const next = await attempt('4243');
      expect(next.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'true' });
      expect(kubectl.calls().slice(7)).toEqual([GET, GET, RECORD('octo-org/ml-repo/4243/deployment/ml-model -n production')]);
      expect(commands()).toHaveLength(2);
      expect([hook.requests.length, slack.requests.length]).toEqual([2, 2]);
      expect(issues()).toHaveLength(2);
    } finally {
      await Promise.all([slack.close(), hook.close(), gh.close()]);
    }
  });

  it('dry run: says what would happen, kubectl only reads, the registry is untouched', async () => {
    const { fx, holder } = await registryFixture();
    const slack = await recordingServer([{ status: 200, body: 'ok' }]);
    const stop = traffic(server, { perTick: 10, errors: 0, seconds: 3 });
    const r = await run({ ...base(server.url), targets: 'kubectl,registry', 'model-name': 'churn', stage: 'prod', 'previous-version': 'v1.0.0', 'slack-webhook': slack.url, 'dry-run': 'true' }, { cwd: fx.clone('ws') }).finally(stop);
    await slack.close();
    expect(r.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'false', health: 'unhealthy' });
    // All requests took 3 s: p95 interpolates inside (2.5, 5].
    expect(Number(r.outputs.latency)).toBeCloseTo(2.5 + 2.5 * 0.95, 9);
    expect(kubectl.calls()).toEqual([GET]);
    expect(await holder()).toBe('v1.1.0');
    expect(r.summary).toContain('auto-rollback: rollback needed (dry run)');
    expect(r.summary).toContain('would run kubectl rollout undo deployment/ml-model -n production then kubectl rollout status deployment/ml-model -n production --timeout=300s (now at revision 2).');
    expect(r.summary).toContain('would move v1.1.0 out and restore v1.0.0.');
    expect(JSON.parse(slack.requests[0]!.body).text).toBe(':warning: Production rollback needed (dry run: nothing was changed)');
  });

  it('no traffic is inconclusive: rolled back by default, left to a person with on-inconclusive: fail', async () => {
    const { fx, holder } = await registryFixture();
    const r = await run({ ...base(server.url), targets: 'registry', 'model-name': 'churn', stage: 'prod', 'previous-version': 'v1.0.0' }, { cwd: fx.clone('ws') });
    expect(r.outputs).toMatchObject({ health: 'inconclusive', needs_rollback: 'true', rolled_back: 'true', error_rate: '', latency: '' });
    expect(r.stdout).toContain('Health: inconclusive (no request data for the last 2 s; no data for error-rate; no data for p95-latency).');
    expect(await holder()).toBe('v1.0.0');

    const kept = await registryFixture();
    const r2 = await run({ ...base(server.url), targets: 'registry', 'model-name': 'churn', stage: 'prod', 'previous-version': 'v1.0.0', 'on-inconclusive': 'fail' }, { cwd: kept.fx.clone('ws') });
    expect(r2.exitCode).toBe(1);
    expect(r2.outputs).toMatchObject({ health: 'inconclusive', needs_rollback: 'false', rolled_back: 'false' });
    expect(JSON.parse(r2.outputs['failed-checks'])).toEqual(['requests', 'health:error-rate', 'health:p95-latency']);
    expect(await kept.holder()).toBe('v1.1.0');
  });

  it('force: rolls back at once without waiting or a health check (the manual override)', async () => {
    const { fx, holder } = await registryFixture();
    const r = await run({ ...base(server.url), stabilization: '5m', force: 'true', targets: 'kubectl, registry', 'model-name': 'churn', stage: 'prod', 'previous-version': 'v1.0.0' }, { cwd: fx.clone('ws') });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).not.toContain('for the deployment to stabilize');
    expect(r.outputs).toMatchObject({ passed: 'true', needs_rollback: 'true', rolled_back: 'true', health: 'overridden', error_rate: '', latency: '' });
    expect(kubectl.calls().slice(0, 4)).toEqual([GET, GET, UNDO, ['rollout', 'status', 'deployment/ml-model', '-n', 'production', '--timeout=300s']]);
    expect(await holder()).toBe('v1.0.0');
    expect(r.summary).toContain('auto-rollback: rolled back (manual override)');
    expect(server.scrapes()).toBe(0);
  });

  it('MLflow registry (the real server): points the champion alias back at the previous version, then finds it there', async () => {
    const mlflow = await realMlflow();
    try {
      const m = mlflow.name('production-model');
      await mlflow.createVersion(m, { metrics: { accuracy: 0.88 } });
      await mlflow.createVersion(m, { metrics: { accuracy: 0.91 } });
      await mlflow.setAlias(m, 'champion', '2');
      const inputs = { ...base(server.url), targets: 'registry', registry: 'mlflow', 'tracking-uri': mlflow.url, 'model-name': m, alias: 'champion', version: '2', 'previous-version': '1' };
      let stop = traffic(server, { perTick: 10, errors: 2, seconds: 0.04 });
      const r = await run(inputs).finally(stop);
      expect(r.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'true' });
      expect(await mlflow.aliases(m)).toEqual({ champion: '1' });
      expect(r.summary).toContain('restored 1 (was 2).');
      const writes = mlflow.writes();
      expect(writes[0]).toBe('POST registered-models/alias');
      stop = traffic(server, { perTick: 10, errors: 2, seconds: 0.04 });
      const again = await run(inputs).finally(stop);
      expect(again.outputs).toMatchObject({ rolled_back: 'true' });
      expect(again.summary).toContain('already holds 1; nothing to restore.');
      expect(await mlflow.aliases(m)).toEqual({ champion: '1' });
      expect(mlflow.writes()).toEqual(writes);
    } finally {
      await mlflow.close();
    }
  });

  it('kubectl failing: the error is on its target, the next target still runs, the step fails', async () => {
    const { fx, holder } = await registryFixture();
    kubectl.failing('rollout undo', 'Error from server (Forbidden): deployments.apps "ml-model" is forbidden: User "system:serviceaccount:ci:deployer" cannot patch resource "deployments"');
    const stop = traffic(server, { perTick: 10, errors: 5, seconds: 0.04 });
    const r = await run({ ...base(server.url), targets: 'kubectl, registry', 'model-name': 'churn', stage: 'prod', 'previous-version': 'v1.0.0' }, { cwd: fx.clone('ws') }).finally(stop);
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'false' });
    expect(JSON.parse(r.outputs['failed-checks'])).toEqual(['health:error-rate', 'rollback:kubectl']);
    expect(r.errors.some((e) => e.includes('Error from server (Forbidden)'))).toBe(true);
    expect(await holder()).toBe('v1.0.0');
    expect(r.summary).toContain('auto-rollback: ROLLBACK FAILED');
  });

  it('opens a GitHub issue, and a re-run of the run comments on it instead of opening another', async () => {
    const gh = await startGitHubDouble({ owner: 'octo-org', repo: 'ml-repo' });
    const stop = traffic(server, { perTick: 10, errors: 4, seconds: 0.04 });
    try {
      const inputs = { ...base(server.url), targets: 'none', 'create-issue': 'true', 'github-token': gh.token, 'issue-labels': 'rollback, production' };
      const r = await run(inputs, { env: { PATH: kubectl.path, GITHUB_API_URL: gh.url } });
      expect(r.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'false' });
      const issues = () => [...gh.state.issues.values()];
      expect(issues()).toHaveLength(1);
      expect(issues()[0]).toMatchObject({ number: 1, title: 'Production rollback: deployment/ml-model -n production (run 4242)', labels: ['rollback', 'production'] });
      expect(issues()[0]!.body).toContain('auto-rollback: unhealthy, no rollback target configured');
      const again = await run(inputs, { env: { PATH: kubectl.path, GITHUB_API_URL: gh.url } });
      expect(again.stdout).toContain("commented on the run's issue #1 (re-run)");
      expect(issues()).toHaveLength(1);
      expect(gh.state.comments.map((c) => [c.issueNumber, c.body])).toEqual([[1, expect.stringContaining('auto-rollback')]]);
    } finally {
      stop();
      await gh.close();
    }
  });
});

describe('auto-rollback bundle, Prometheus source (a real Prometheus scraping the service every second)', () => {
  it('error spike seen through Prometheus: rolled back with the command target', async () => {
    const server = await startMetricsServer('stable');
    // Both counters exist, well above zero, before Prometheus' first scrape: rate() then extrapolates them alike
    // (a series born inside the window is extrapolated less, toward its zero).
    server.record(500, 200, 0.04);
    server.record(500, 500, 0.04);
    const prom = await startPrometheus({ targets: [{ job: 'ml-model', targets: [server.target], labels: { namespace: 'production' } }], scrapeInterval: 1 });
    const dir = tmpdir();
    const recorder = path.join(dir, 'record.cjs');
    fs.writeFileSync(recorder, `require('node:fs').writeFileSync(${JSON.stringify(path.join(dir, 'argv.json'))}, JSON.stringify(process.argv.slice(2)));`);
    const stop = traffic(server, { perTick: 20, errors: 10, seconds: 0.3 });
    try {
      const r = await runBundle('auto-rollback', {
        timeoutMs: 30_000,
        inputs: { source: 'prometheus', 'prometheus-url': prom.url, 'scrape-interval': '1', stabilization: '4s', namespace: 'production', targets: 'command', 'rollback-command': `${process.execPath} ${recorder} {{error-rate}} {{latency}}` },
      });
      expect(r.stderr).toBe('');
      if (r.outputs.health !== 'unhealthy') console.log(r.stdout);
      expect(r.outputs).toMatchObject({ needs_rollback: 'true', rolled_back: 'true', health: 'unhealthy' });
      // Half the requests fail; Prometheus extrapolates both counters alike, so the ratio is exact.
      expect(Number(r.outputs.error_rate)).toBeCloseTo(0.5, 6);
      expect(Number(r.outputs.latency)).toBeCloseTo(0.25 + 0.25 * 0.95, 6);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'argv.json'), 'utf8'))).toEqual([r.outputs.error_rate, r.outputs.latency]);
      expect(r.stdout).toMatch(/2s of 4s: \d+ requests, error rate 50\.00 %, p95 0\.4875 s/);
    } finally {
      stop();
      await prom.stop();
      await server.close();
    }
  });
});

describe('auto-rollback bundle, Prometheus killed during the stabilization wait', () => {
  it('the gap is a warning, the final check cannot be made, nothing is rolled back, the step fails', async () => {
    const server = await startMetricsServer('stable');
    server.record(500, 200, 0.04);
    const prom = await startPrometheus({ targets: [{ job: 'ml-model', targets: [server.target] }], scrapeInterval: 1 });
    const kubectl = deploymentFixture();
    const stop = traffic(server, { perTick: 10, errors: 5, seconds: 0.04 });
    // Well after the preflight (which needs Prometheus up), well before the 10 s wait ends.
    const killer = setTimeout(() => void prom.kill(), 4000);
    try {
      const r = await runBundle('auto-rollback', {
        timeoutMs: 45_000,
        env: { PATH: kubectl.path },
        inputs: { source: 'prometheus', 'prometheus-url': prom.url, 'scrape-interval': '1', stabilization: '10s', deployment: 'ml-model', namespace: 'production', targets: 'kubectl' },
      });
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ health: 'unknown', needs_rollback: 'false', rolled_back: 'false', error_rate: '', latency: '' });
      expect(r.stdout).toMatch(/Waiting 10s for the deployment to stabilize/);
      expect(r.warnings.some((w) => /: no reading \(Prometheus at http:\/\/127\.0\.0\.1:\d+ is unreachable/.test(w))).toBe(true);
      expect(r.errors.some((e) => /health could not be checked: Prometheus at http:\/\/127\.0\.0\.1:\d+ is unreachable: .* \(4 attempts\)\./.test(e))).toBe(true);
      expect(kubectl.calls()).toEqual([]);
      expect(r.summary).toContain('auto-rollback: health could not be checked');
      expect(r.summary).toContain('Nothing was rolled back.');
    } finally {
      clearTimeout(killer);
      stop();
      await prom.stop();
      await server.close();
    }
  });
});

describe('auto-rollback bundle, baseline (seed 002: error rate spike > 2x baseline)', () => {
  it('a spike within the absolute threshold but above twice the error rate before the step is rolled back', async () => {
    const server = await startMetricsServer('stable');
    let errors = 1;
    const timer = setInterval(() => {
      server.record(50 - errors, 200, 0.04);
      server.record(errors, 500, 0.04);
    }, 100);
    try {
      const prom = await startPrometheus({ targets: [{ job: 'ml-model', targets: [server.target] }], scrapeInterval: 1 });
      try {
        // Four seconds of the old version's 2 % errors before the step starts, then the new one's 10 %.
        await new Promise((r) => setTimeout(r, 4000));
        errors = 5;
        const r = await runBundle('auto-rollback', {
          timeoutMs: 30_000,
          inputs: { source: 'prometheus', 'prometheus-url': prom.url, 'scrape-interval': '1', stabilization: '4s', baseline: '4s', 'max-increase': '2x', thresholds: 'error-rate <= 0.5, p95-latency <= 2', targets: 'none' },
        });
        expect(r.stderr).toBe('');
        if (r.outputs.health !== 'unhealthy') console.log(r.stdout);
        expect(r.outputs).toMatchObject({ needs_rollback: 'true', health: 'unhealthy' });
        expect(JSON.parse(r.outputs['failed-checks'])).toEqual(['health:error-rate:vs-baseline']);
        const baseline = Number(/Baseline error-rate: ([\d.]+)/.exec(r.stdout)![1]);
        expect(baseline).toBeGreaterThan(0.015);
        expect(baseline).toBeLessThan(0.04);
        expect(Number(r.outputs.error_rate)).toBeCloseTo(0.1, 6);
        expect(r.summary).toMatch(/\| error-rate \| 0\.1 \| &lt;= 2x baseline \(0\.0\d+\) \| FAIL \|/);
      } finally {
        await prom.stop();
      }
    } finally {
      clearInterval(timer);
      await server.close();
    }
  });
});

describe('auto-rollback bad input: one line, exit 1, nothing rolled back', () => {
  let kubectl: DeploymentKubectl;
  beforeEach(() => {
    kubectl = deploymentFixture();
  });
  const run = (inputs: Record<string, string>) => runBundle('auto-rollback', { inputs: { 'stable-metrics-url': 'http://127.0.0.1:9/metrics', deployment: 'ml-model', namespace: 'production', targets: 'kubectl', ...inputs }, env: { PATH: kubectl.path }, timeoutMs: 30_000 });

  it.each([
    ['a threshold that does not parse', { thresholds: 'error-rate >> 0.05' }, /^input "thresholds": "error-rate >> 0\.05" is not a threshold\. Write it as <metric> <op> <number>/],
    ['an unknown metric', { thresholds: 'p95-latncy <= 2' }, /^input "thresholds": unknown metric "p95-latncy"\. Did you mean "p95-latency"\?/],
    ['a negative stabilization', { stabilization: '-5' }, /^input "stabilization" "-5" is not a duration; write seconds \(300\) or with a unit \(300s, 5m, 1h\)/],
    ['a negative rollout timeout', { 'rollout-timeout': '-1m' }, /^input "rollout-timeout" "-1m" is not a duration/],
    ['an unknown target', { targets: 'kubectl, helm' }, /^input "targets": unknown rollback target "helm"\./],
    ['kubectl without a deployment', { deployment: '' }, /^input "deployment" is required with the kubectl rollback target\./],
    ['registry without previous-version', { targets: 'registry', 'model-name': 'churn', stage: 'prod' }, /^input "previous-version" is required with the registry rollback target\./],
    ['a baseline without Prometheus', { baseline: '1h' }, /^input "baseline": a baseline is the traffic before this step, which only Prometheus remembers\./],
    ['a max-increase below 1', { 'max-increase': '0.5x' }, /^input "max-increase": "0\.5x" is not a ratio of 1 or more\./],
    [
      'a canary-check-only query',
      { source: 'prometheus', 'prometheus-url': 'http://127.0.0.1:9', queries: 'latency-buckets: sum by (le) (increase(model_latency_bucket[{{interval}}]))' },
      /^input "queries": query "latency-buckets" is read by canary-check only: auto-rollback judges thresholds, not histograms\. Remove it/,
    ],
    ['a bad query placeholder', { source: 'prometheus', 'prometheus-url': 'http://127.0.0.1:9', queries: 'error-rate: rate(e{ns="{{namespce}}"}[5m])' }, /^input "queries": query "error-rate" uses the unknown placeholder \{\{namespce\}\}\. Did you mean "namespace"\?/],
  ])('%s', async (_, inputs, pattern) => {
    const r = await run(inputs as Record<string, string>);
    expectUserError(r, pattern);
    expect(kubectl.calls()).toEqual([]);
  });

  it('an unreachable Prometheus fails before the wait', async () => {
    const port = await freePort();
    const r = await run({ source: 'prometheus', 'prometheus-url': `http://127.0.0.1:${port}`, stabilization: '5m' });
    expectUserError(r, new RegExp(`^Prometheus at http://127\\.0\\.0\\.1:${port} is unreachable: connect ECONNREFUSED 127\\.0\\.0\\.1:${port} \\(4 attempts\\)\\.`));
    expect(r.stdout).not.toContain('for the deployment to stabilize');
    expect(kubectl.calls()).toEqual([]);
  });

  it("invalid PromQL fails before the wait with Prometheus' own message", async () => {
    const prom = await startPrometheus();
    try {
      const r = await run({ source: 'prometheus', 'prometheus-url': prom.url, stabilization: '5m', queries: 'error-rate: sum(rate(model_errors_total[{{interval}}])' });
      expectUserError(r, /^Prometheus rejected the query \(bad_data: .*\): sum\(rate\(model_errors_total\[\d+s\]\)\. Fix the PromQL in the queries input/);
    } finally {
      await prom.stop();
    }
  });
});
