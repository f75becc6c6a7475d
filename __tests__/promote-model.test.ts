/**
 * promote-model end to end: the dist/promote-model bundle run as the runner
 * runs it (see harness.ts), against real git repositories with a real bare
 * remote, and against the run's real MLflow 2.12.2 servers (open and basic-auth;
 * see global-setup.js). The MLflow contract double stays only to inject faults
 * (5xx answers) that a real server does not produce on demand.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startGitHubDouble } from '../packages/github/src/testing/github-server';
import { git, registerVersion, remoteTags, remoteWithCommits } from '../packages/registry/src/testing/git-repos';
import { mlflowServer } from '../packages/registry/src/testing/mlflow-server';
import { realMlflow, type RealMlflow } from '../packages/registry/src/testing/real-mlflow';
import { expectUserError, runBundle, type RunResult } from './harness';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-pm-'));
const event = { name: 'workflow_dispatch', payload: { sender: { login: 'octocat' } } };


/** Everything printed except the mask registrations themselves: the runner replaces masked values in these lines. */
const unmasked = (r: RunResult) => (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');

/** A repository with churn v1.0.0 (accuracy 0.88) and v1.1.0 (accuracy 0.91) registered and pushed, and a fresh clone of it. */
function gitFixture() {
  const fx = remoteWithCommits(2);
  const seed = fx.clone('seed-tags');
  registerVersion(seed, 'churn', 'v1.0.0', fx.commits[0]!, { accuracy: 0.88, f1: 0.7 });
  registerVersion(seed, 'churn', 'v1.1.0', fx.commits[1]!, { accuracy: 0.91, f1: 0.75 });
  return { fx, workspace: fx.clone('workspace') };
}

describe.each(['node20', 'node24'] as const)('promote-model bundle on %s', (node) => {
  it('git registry: promotes to prod, pushes GTO tags to the remote, and reports the previous version on the next promotion', async () => {
    const { fx, workspace } = gitFixture();
    const out = tmpdir();
    const first = await runBundle('promote-model', { node, cwd: workspace, event, inputs: { 'model-name': 'churn', version: 'v1.0.0', 'to-stage': 'prod', 'report-path': out } });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toEqual({
      passed: 'true',
      status: 'pass',
      'failed-checks': '[]',
      'report-path': out,
      version: 'v1.0.0',
      'previous-version': '',
      'registry-url': 'https://github.com/octo-org/ml-repo/releases/tag/churn%40v1.0.0',
    });
    expect(remoteTags(fx.bare)).toEqual(['churn#prod#1', 'churn@v1.0.0', 'churn@v1.1.0']);
    const message = git(fx.bare, 'tag', '-l', '--format=%(contents)', 'churn#prod#1');
    expect(JSON.parse(message.slice(message.indexOf('{')))).toEqual({
      version: 'v1.0.0',
      target: 'stage:prod',
      run_url: 'https://github.com/octo-org/ml-repo/actions/runs/4242',
      commit: 'ffac537e6cbbf934b08745a378932722df287a53',
      actor: 'octocat',
      gate: 'accuracy >= 0.85: 0.88',
    });
    expect(first.summary).toContain('## ✅ PASS Model promotion');
    expect(first.summary).toContain('Promoted churn v1.0.0 to stage "prod" (previous: none).');
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.data).toMatchObject({ registry: 'git', model: 'churn', version: 'v1.0.0', previous: null, result: 'promoted' });
    expect(report.checks.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      ['min_metric:accuracy', 'pass'],
      ['promotion', 'pass'],
    ]);

    // A second job, in its own fresh clone, promotes the next version.
    const second = await runBundle('promote-model', { node, cwd: fx.clone(), event, inputs: { 'model-name': 'churn', version: '1.1.0', 'to-stage': 'prod', 'min-metrics': 'accuracy >= 0.9, f1 > 0.7', 'report-path': tmpdir() } });
    expect(second.exitCode).toBe(0);
    expect(second.outputs.version).toBe('v1.1.0');
    expect(second.outputs['previous-version']).toBe('v1.0.0');
    expect(remoteTags(fx.bare)).toEqual(['churn#prod!#2', 'churn#prod#1', 'churn#prod#3', 'churn@v1.0.0', 'churn@v1.1.0']);
  });

  it('mlflow registry (basic auth): promotes the latest Staging version to Production as the seed does, archiving the old one', async () => {
    const mlflow = await realMlflow('auth');
    try {
      const { username, password } = mlflow.admin!;
      const m = mlflow.name('production-model');
      await mlflow.createVersion(m, { metrics: { accuracy: 0.86 }, stage: 'Production' });
      await mlflow.createVersion(m, { metrics: { accuracy: 0.9, loss: 0.21 }, stage: 'Staging' });
      const r = await runBundle('promote-model', {
        node,
        event,
        inputs: { registry: 'mlflow', 'tracking-uri': mlflow.url, 'mlflow-username': username, 'mlflow-password': password, 'model-name': m, 'from-stage': 'Staging', 'to-stage': 'Production', 'report-path': tmpdir() },
      });
      expect(r.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      expect(r.outputs).toMatchObject({ passed: 'true', version: '2', 'previous-version': '1', 'registry-url': `${mlflow.url}/#/models/${m}/versions/2` });
      expect(await mlflow.stages(m)).toEqual({ '1': 'Archived', '2': 'Production' });
      expect((await mlflow.version(m, '2')).tags).toMatchObject({ 'mlship.previous_version': '1', 'mlship.actor': 'octocat', 'mlship.gate': 'accuracy >= 0.85: 0.9' });
      expect(r.stdout).toContain(`::add-mask::${password}`);
      expect(unmasked(r)).not.toContain(password);
      expect(r.summary).toContain('| accuracy | 0.9 | >= 0.85 | pass |');
    } finally {
      await mlflow.close();
    }
  });
});

describe('promote-model behaviour', () => {
  let mlflow: RealMlflow;
  let m: string;
  beforeEach(async () => {
    mlflow = await realMlflow();
    m = mlflow.name();
    await mlflow.createVersion(m, { metrics: { accuracy: 0.8 }, stage: 'Production' });
    await mlflow.createVersion(m, { metrics: { accuracy: 0.93 }, stage: 'Staging' });
  });
  afterEach(() => mlflow?.close());
  const viaMlflow = (inputs: Record<string, string>, env: Record<string, string> = {}, url = mlflow.url) =>
    runBundle('promote-model', { event, env, inputs: { registry: 'mlflow', 'tracking-uri': url, 'model-name': m, 'to-stage': 'Production', 'report-path': tmpdir(), ...inputs } });
  /** The contract double with the same two versions, for the faults a real server does not produce on demand. */
  const faulty = async () => {
    const double = await mlflowServer();
    double.createVersion(m, { metrics: { accuracy: 0.8 }, stage: 'Production' });
    double.createVersion(m, { metrics: { accuracy: 0.93 }, stage: 'Staging' });
    return double;
  };

  it('is idempotent: promoting what is already there succeeds with a notice and writes nothing', async () => {
    const { fx, workspace } = gitFixture();
    const inputs = { 'model-name': 'churn', version: 'v1.1.0', 'to-alias': 'champion', 'report-path': tmpdir() };
    expect((await runBundle('promote-model', { cwd: workspace, inputs })).exitCode).toBe(0);
    const tags = remoteTags(fx.bare);
    const again = await runBundle('promote-model', { cwd: fx.clone(), inputs });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ passed: 'true', version: 'v1.1.0', 'previous-version': 'v1.1.0' });
    expect(again.stdout).toContain('::notice title=promote-model::churn v1.1.0 is already in alias "champion"; nothing to do.');
    expect(remoteTags(fx.bare)).toEqual(tags);

    expect((await viaMlflow({ version: '2' })).exitCode).toBe(0);
    const writes = mlflow.writes().length;
    const tagsBefore = (await mlflow.version(m, '2')).tags;
    const r = await viaMlflow({ version: '2' });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain(`${m} 2 is already in stage "Production"; nothing to do.`);
    expect(mlflow.writes()).toHaveLength(writes);
    expect((await mlflow.version(m, '2')).tags).toEqual(tagsBefore);
    expect(await mlflow.stages(m)).toEqual({ '1': 'Archived', '2': 'Production' });
  });

  it('moves an alias on the real server, re-runs as a no-op, and keeps the stage move in the version\'s history', async () => {
    expect((await viaMlflow({ 'from-stage': 'Staging' })).exitCode).toBe(0);
    await mlflow.setAlias(m, 'champion', '1');
    const first = await viaMlflow({ version: '2', 'to-stage': '', 'to-alias': 'champion' });
    expect(first.exitCode).toBe(0);
    expect(first.outputs).toMatchObject({ passed: 'true', version: '2', 'previous-version': '1' });
    expect(await mlflow.aliases(m)).toEqual({ champion: '2' });
    const again = await viaMlflow({ version: '2', 'to-stage': '', 'to-alias': 'champion' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ passed: 'true', version: '2', 'previous-version': '2' });
    const tags = (await mlflow.version(m, '2')).tags;
    expect(Object.keys(tags).filter((k) => k.startsWith('mlship.promotion.')).sort()).toEqual(['mlship.promotion.1', 'mlship.promotion.2']);
    expect(JSON.parse(tags['mlship.promotion.1']!)).toMatchObject({ target: 'stage:Production', previous: '1', actor: 'octocat' });
    expect(JSON.parse(tags['mlship.promotion.2']!)).toMatchObject({ target: 'alias:champion', previous: '1', actor: 'octocat' });
    expect(tags['mlship.promoted_to']).toBe('alias:champion');
  });

  it('dry-run reports what would happen and writes nothing', async () => {
    const r = await viaMlflow({ 'from-stage': 'Staging', 'dry-run': 'true' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', version: '2', 'previous-version': '1' });
    expect(r.summary).toContain(`Dry run: would promote ${m} 2 from stage "Staging" to stage "Production" (previous: 1); nothing was written.`);
    expect(mlflow.writes()).toEqual([]);
    expect(await mlflow.stages(m)).toEqual({ '1': 'Production', '2': 'Staging' });

    const { fx, workspace } = gitFixture();
    const before = remoteTags(fx.bare);
    const g = await runBundle('promote-model', { cwd: workspace, inputs: { 'model-name': 'churn', version: 'v1.1.0', 'to-stage': 'prod', 'dry-run': 'true', 'report-path': tmpdir() } });
    expect(g.exitCode).toBe(0);
    expect(remoteTags(fx.bare)).toEqual(before);
    expect(git(workspace, 'tag', '--list', 'churn#*')).toBe('');
  });

  it('blocks a version whose metric is below the threshold, assigning nothing', async () => {
    const r = await viaMlflow({ version: '2', 'min-metrics': 'accuracy >= 0.95' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail', 'failed-checks': '["min_metric:accuracy"]', version: '2', 'previous-version': '1' });
    expect(r.errors[0]).toBe(`Min metric accuracy: accuracy 0.93 misses >= 0.95 by 0.02 for ${m} 2`);
    expect(r.errors.at(-1)).toBe('Model promotion: FAIL — min_metric:accuracy');
    expect(r.summary).toContain(`Blocked: ${m} 2 failed min-metrics; nothing was promoted (stage "Production" still holds 1).`);
    expect(mlflow.writes()).toEqual([]);
  });

  it('retries MLflow 5xx and then succeeds (contract double: injected 503s)', async () => {
    const double = await faulty();
    try {
      double.fault({ status: 503, times: 2 });
      const r = await viaMlflow({ version: '2' }, {}, double.url);
      expect(r.exitCode).toBe(0);
      expect(r.warnings).toHaveLength(2);
      expect(r.warnings[0]).toMatch(/^MLflow registered-models\/get: HTTP 503 TEMPORARILY_UNAVAILABLE: injected fault: HTTP 503; retry 1 in \d+ ms$/);
      expect(double.stages(m)).toEqual({ '1': 'Archived', '2': 'Production' });
    } finally {
      await double.close();
    }
  });

  describe('bad input: one clear line, exit 1, nothing promoted', () => {
    it('unknown model', async () => {
      const { workspace } = gitFixture();
      const r = await runBundle('promote-model', { cwd: workspace, inputs: { 'model-name': 'chrun', version: 'v1.0.0', 'to-stage': 'prod' } });
      expectUserError(r, /^model "chrun" not found in the git registry: the repository has no chrun@v… tags\./);
    });

    it('version not found', async () => {
      expectUserError(await viaMlflow({ version: '9' }), new RegExp(`^version 9 of model "${m}" not found in the MLflow registry at http://127\\.0\\.0\\.1:\\d+\\.`));
      expect(mlflow.writes()).toEqual([]);
    });

    it('empty stage', async () => {
      expectUserError(await viaMlflow({ 'from-stage': 'Archived' }), new RegExp(`^from-stage: no version of model "${m}" is in stage "Archived"\\. Promote a version there first`));
    });

    it('metric missing from the run', async () => {
      expectUserError(await viaMlflow({ version: '2', 'min-metrics': 'accuracy >= 0.9, roc_auc >= 0.8' }), new RegExp(`^min-metrics: metric "roc_auc" is not recorded for ${m} 2, so "roc_auc >= 0\\.8" cannot be checked\\. Recorded metrics: accuracy\\.$`));
      expect(mlflow.writes()).toEqual([]);
    });

    it('threshold syntax error', async () => {
      expectUserError(await viaMlflow({ version: '2', 'min-metrics': 'accuracy => 0.9' }), /^min-metrics: "accuracy => 0.9" is not a threshold\. Write it as <metric> <op> <number>/);
    });

    it('401 from MLflow (the real basic-auth app)', async () => {
      const secured = await realMlflow('auth');
      try {
        const r = await runBundle('promote-model', {
          inputs: { registry: 'mlflow', 'tracking-uri': secured.url, 'mlflow-username': secured.admin!.username, 'mlflow-password': 'wrong-pw', 'model-name': m, version: '1', 'to-stage': 'Production' },
        });
        expectUserError(r, /^MLflow registered-models\/get at http:\/\/127\.0\.0\.1:\d+ answered HTTP 401: You are not authenticated\..* The credentials were rejected/);
        expect(r.stdout).toContain('::add-mask::wrong-pw');
        expect(unmasked(r)).not.toContain('wrong-pw');
      } finally {
        await secured.close();
      }
    });

    it('5xx that outlasts the retries (contract double)', async () => {
      const double = await faulty();
      try {
        double.fault({ status: 502, times: 100 });
        const r = await viaMlflow({ version: '2' }, {}, double.url);
        expectUserError(r, /^MLflow registered-models\/get at http:\/\/127\.0\.0\.1:\d+ failed after 4 attempts: HTTP 502 INTERNAL_ERROR/);
        expect(double.writes()).toEqual([]);
      } finally {
        await double.close();
      }
    }, 30_000);

    it('no version source, two targets, no tracking-uri', async () => {
      expectUserError(await viaMlflow({}), /^none given; pick the version with exactly one of "version", "from-stage", "from-alias"\./);
      expectUserError(await viaMlflow({ version: '2', 'to-alias': 'champion' }), /^"to-stage" and "to-alias" given; say where to promote to with exactly one of "to-stage", "to-alias"\./);
      expectUserError(await runBundle('promote-model', { inputs: { registry: 'mlflow', 'model-name': 'm', version: '1', 'to-stage': 'Production' } }), /^input "tracking-uri" is required with registry: mlflow\./);
    });
  });
});

describe('promote-model environment deployment', () => {
  it('records the promotion as a GitHub deployment: in_progress, then success with the URL; a blocked gate is a failure', async () => {
    const gh = await startGitHubDouble({ owner: 'octo-org', repo: 'ml-repo' });
    try {
      const { workspace } = gitFixture();
      const env = { GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '4242' };
      const common = { 'model-name': 'churn', 'to-stage': 'prod', environment: 'production', 'environment-url': 'https://api.example.com', 'github-token': gh.token };
      const ok = await runBundle('promote-model', { cwd: workspace, event, env, inputs: { ...common, version: 'v1.0.0', 'report-path': tmpdir() } });
      expect(ok.stderr).toBe('');
      expect(ok.exitCode).toBe(0);
      expect(gh.state.deployments).toHaveLength(1);
      const d = gh.state.deployments[0]!;
      expect(d).toMatchObject({ ref: 'ffac537e6cbbf934b08745a378932722df287a53', environment: 'production', production_environment: true, description: 'churn to stage prod', payload: { model: 'churn', target: { kind: 'stage', name: 'prod' }, registry: 'git' } });
      expect(d.statuses.map((s) => [s.state, s.description])).toEqual([
        ['in_progress', 'churn to stage prod'],
        ['success', 'churn v1.0.0 in stage prod'],
      ]);
      expect(d.statuses[1]!.environment_url).toBe('https://api.example.com');
      expect(d.statuses[1]!.log_url).toBe('https://github.com/octo-org/ml-repo/actions/runs/4242');

      const blocked = await runBundle('promote-model', { cwd: workspace, event, env, inputs: { ...common, version: 'v1.1.0', 'min-metrics': 'accuracy >= 0.95', 'report-path': tmpdir() } });
      expect(blocked.exitCode).toBe(1);
      expect(gh.state.deployments[1]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
      expect(gh.state.deployments[1]!.statuses[1]!.description).toBe('churn v1.1.0 blocked by the metric gate');
    } finally {
      await gh.close();
    }
  });

  it('GitHub failing to record the deployment is a warning; the promotion stands', async () => {
    const gh = await startGitHubDouble({ owner: 'octo-org', repo: 'ml-repo' });
    try {
      const { fx, workspace } = gitFixture();
      gh.inject('POST /repos/{owner}/{repo}/deployments', { kind: 'status', status: 403 }, 1);
      const r = await runBundle('promote-model', { cwd: workspace, event, env: { GITHUB_API_URL: gh.url }, inputs: { 'model-name': 'churn', version: 'v1.0.0', 'to-stage': 'prod', environment: 'production', 'github-token': gh.token, 'report-path': tmpdir() } });
      expect(r.exitCode).toBe(0);
      expect(r.warnings.join('\n')).toMatch(/could not record a deployment to "production": HTTP 403 .*deployments: write/);
      expect(remoteTags(fx.bare)).toContain('churn#prod#1');
    } finally {
      await gh.close();
    }
  });

  it('environment without github-token is one clear error line, before anything is written', async () => {
    const { fx, workspace } = gitFixture();
    const r = await runBundle('promote-model', { cwd: workspace, event, inputs: { 'model-name': 'churn', version: 'v1.0.0', 'to-stage': 'prod', environment: 'production', 'report-path': tmpdir() } });
    expectUserError(r, /environment "production" needs github-token to record the deployment/);
    expect(remoteTags(fx.bare)).not.toContain('churn#prod#1');
  });
});
