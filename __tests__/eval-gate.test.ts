/**
 * eval-gate end to end: the dist/eval-gate bundle run as the runner runs it
 * (see harness.ts), on the scikit-learn golden fixtures of @mlship/metrics and
 * small files written to a temp dir, under Node 20 and Node 24; a real HTTP
 * server on 127.0.0.1 for the latency probe; the run's real MLflow server for a
 * registry baseline; the `mlship` CLI once.
 *
 * Fixture numbers (packages/metrics/src/__golden__/binary.csv, 3000 rows):
 * candidate accuracy 0.734333 (y_pred), production accuracy 0.72 (base_pred),
 * latency_ms p99 52.12.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expectMetric, expectMetrics, golden, goldenDir } from '../packages/metrics/src/__golden__/golden';
import { webhookExample } from '../packages/github/src/testing/events';
import { startGitHubDouble } from '../packages/github/src/testing/github-server';
import { GitTagRegistry } from '../packages/registry/src';
import { registerVersion, remoteWithCommits } from '../packages/registry/src/testing/git-repos';
import { realMlflow } from '../packages/registry/src/testing/real-mlflow';
import { expectUserError, repoRoot, runBundle, type RunResult, expectErrorRecorded } from './harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-eg-'));
const write = (name: string, content: string) => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
};
const freshDir = (prefix: string) => path.join(dir, `${prefix}-${Math.random().toString(36).slice(2)}`);

/** binary.csv, and its columns taken apart: the candidate file is the fixture itself. */
const binary = path.join(goldenDir, 'binary.csv');
const binaryRows = fs
  .readFileSync(binary, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [y_true, y_pred, y_score, base_pred, base_score] = line.split(',');
    return { y_true: y_true!, y_pred: y_pred!, y_score: y_score!, base_pred: base_pred!, base_score: base_score! };
  });
type Row = (typeof binaryRows)[number];
/** Production predictions on the same rows: base_pred/base_score renamed to y_pred/y_score. */
const baselineCsv = (rows: Row[]) => ['y_true,y_pred,y_score', ...rows.map((r) => `${r.y_true},${r.base_pred},${r.base_score}`)].join('\n') + '\n';
const baseline = write('baseline.csv', baselineCsv(binaryRows));

/** Runs the bundle with a fresh report directory (returned, so tests can look for report.json). */
async function gate(inputs: Record<string, string>, opts: { node?: 'node20' | 'node24'; cwd?: string } = {}) {
  const reportDir = freshDir('report');
  const r = await runBundle('eval-gate', { ...opts, inputs: { ...inputs, 'report-path': reportDir } });
  return { ...r, reportDir };
}
const readReport = (reportDir: string) => JSON.parse(fs.readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
const failedChecks = (r: RunResult) => JSON.parse(r.outputs['failed-checks']!) as string[];
type ReportCheck = { id: string; status: string; observed: number; detail: string };
const checkOf = (report: { checks: ReportCheck[] }, id: string) => report.checks.find((c) => c.id === id)!;

/** The user-mistake rule: exit 1, exactly one ::error:: line, no stack trace anywhere, only the error recorded. */
async function expectOneErrorLine(inputs: Record<string, string>, message: RegExp, opts: { cwd?: string } = {}) {
  const r = await gate(inputs, opts);
  expectUserError(r, message);
  expectErrorRecorded(r, r.reportDir);
  return r;
}

const happyConfig = write(
  'happy.yml',
  ['columns:', '  y_score: y_score', 'gates:', '  - accuracy >= 0.7', '  - roc_auc >= 0.8', '  - improvement.accuracy >= 0', '  - fairness.group.demographic_parity_ratio >= 0.8', ''].join('\n'),
);
/** The bootstrap interval of accuracy per runtime: seeded, so Node 20 and Node 24 must agree. */
const intervals: Record<string, unknown> = {};

describe.each(['node20', 'node24'] as const)('eval-gate bundle on %s', (node) => {
  it('passes the candidate, with scikit-learn metrics, the comparison table, charts and report files', async () => {
    const r = await gate({ predictions: binary, 'baseline-predictions': baseline, config: happyConfig }, { node });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ passed: 'true', status: 'pass', 'failed-checks': '[]', 'report-path': r.reportDir });

    const metrics = JSON.parse(r.outputs['metrics-json']!);
    expectMetrics(metrics, golden.binary.metrics, 'metrics-json');
    for (const k of ['accuracy', 'f1', 'roc_auc', 'log_loss', 'average_precision', 'brier_score_loss']) expect(metrics).toHaveProperty(k);

    const report = readReport(r.reportDir);
    expect(report).toMatchObject({ schemaVersion: 1, action: 'eval-gate', status: 'pass' });
    expectMetrics(report.data.baseline, golden.binary.baseline, 'production');
    expect(report.data.mcnemar).toMatchObject({ b: golden.mcnemar[0].b, c: golden.mcnemar[0].c, method: golden.mcnemar[0].method });
    expectMetric(report.data.mcnemar.pValue, golden.mcnemar[0].p_value, 'McNemar p');
    expectMetric(report.data.fairness[0].demographic_parity_ratio, golden.fairness.demographic_parity_ratio, 'parity ratio');
    const confusion = report.tables.find((t: { title: string }) => t.title.startsWith('Confusion matrix'));
    expect(confusion.rows).toEqual(golden.binary.confusion_matrix.map((row: number[], i: number) => [String(i), ...row]));
    intervals[node] = report.data.comparison.find((c: { metric: string }) => c.metric === 'accuracy').interval;

    expect(r.summary).toContain('## ✅ PASS Model evaluation gate: PASSED');
    expect(r.summary).toContain('### Candidate vs production');
    expect(r.summary).toContain('| metric | candidate | production | improvement | 95% CI | threshold | status |');
    // accuracy row: candidate, production, improvement, then the bootstrap interval.
    expect(r.summary).toMatch(/^\| accuracy \| 0\.7343 \| 0\.72 \| \+0\.01433 \| [-+]\d\.\d+ … \+\d\.\d+ \| >= 0\.7; Δ >= 0 \| ✅ \|$/m);
    expect(r.summary).toContain('```mermaid\nxychart-beta');
    expect(r.summary).toContain('title "Selection rate and accuracy by group"');
    expect(fs.readFileSync(path.join(r.reportDir, 'report.md'), 'utf8').trimEnd()).toBe(r.summary.trimEnd());
  });
});

describe('eval-gate score columns by convention, and metrics that cannot be computed', () => {
  const scoresGolden = JSON.parse(fs.readFileSync(path.join(repoRoot, '__tests__/fixtures/eval-gate-scores/golden.json'), 'utf8'));
  const metricsJson = (r: RunResult) => JSON.parse(r.outputs['metrics-json']!) as Record<string, number | null>;
  /** Within 1e-9 of scikit-learn, relative or absolute; null where scikit-learn's golden is null. */
  const expectGolden = (actual: Record<string, number | null>, expected: Record<string, number | null>, keys: string[]) => {
    for (const k of keys) {
      expect(actual).toHaveProperty(k);
      if (expected[k] === null) expect(actual[k]).toBeNull();
      else expect(Math.abs(actual[k]! - expected[k]!)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected[k]!)));
    }
  };

  it('binary: a y_score column is used without a columns mapping (AUC, average precision, log loss, Brier as scikit-learn computes them)', async () => {
    const r = await gate({ predictions: binary });
    // No config: the default gates (accuracy >= 0.92 …) may block; what matters here is what was measured.
    expect(r.stderr).toBe('');
    expectGolden(metricsJson(r), golden.binary.metrics, ['roc_auc', 'average_precision', 'log_loss', 'brier_score_loss', 'accuracy']);
    expect(readReport(r.reportDir).data.unavailable).toEqual({});
  });

  it('multiclass: proba_<label> columns are used without a columns mapping', async () => {
    const r = await gate({ predictions: path.join(goldenDir, 'multiclass.csv') });
    // No config: the default gates (accuracy >= 0.92 …) may block; what matters here is what was measured.
    expect(r.stderr).toBe('');
    expectGolden(metricsJson(r), golden.multiclass.metrics, ['roc_auc', 'roc_auc_ovr_weighted', 'average_precision', 'log_loss', 'accuracy']);
  });

  it('decision scores (outside [0, 1]) rank for AUC and average precision; log loss and Brier are null with the reason', async () => {
    const r = await gate({ predictions: path.join(repoRoot, '__tests__/fixtures/eval-gate-scores/decision.csv') });
    // No config: the default gates (accuracy >= 0.92 …) may block; what matters here is what was measured.
    expect(r.stderr).toBe('');
    const m = metricsJson(r);
    expectGolden(m, scoresGolden.decision, ['accuracy', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier_score_loss']);
    expect(r.stdout).toContain('log_loss: not computed (null in metrics-json): the scores are not probabilities (values outside [0, 1])');
    expect(readReport(r.reportDir).data.unavailable).toEqual({
      log_loss: 'the scores are not probabilities (values outside [0, 1]); ROC AUC and average precision use them as a ranking',
      brier_score_loss: 'the scores are not probabilities (values outside [0, 1]); ROC AUC and average precision use them as a ranking',
    });
    expect(r.summary).toContain('Metrics not computed (null in metrics-json)');
  });

  it('without any score column the score metrics are null, a gate on one says why, and nothing vanishes', async () => {
    const labelsOnly = write('labels-only.csv', ['y_true,y_pred', ...binaryRows.map((row) => `${row.y_true},${row.y_pred}`)].join('\n') + '\n');
    const r = await gate({ predictions: labelsOnly, config: 'gates: [accuracy >= 0.7, roc_auc >= 0.8]' });
    const m = metricsJson(r);
    for (const k of ['roc_auc', 'average_precision', 'log_loss', 'brier_score_loss']) expect(m[k]).toBeNull();
    expectGolden(m, golden.binary.metrics, ['accuracy', 'f1']);
    expect(r.exitCode).toBe(1);
    expect(failedChecks(r)).toEqual(['roc_auc']);
    expect(checkOf(readReport(r.reportDir), 'roc_auc').detail).toBe('roc_auc is not computed: no positive-class score: add a y_score column (or proba_1), or set columns.y_score');
  });

  it('multiclass with a class lacking its probability column: the score metrics are null and name the class', async () => {
    const rows = fs.readFileSync(path.join(goldenDir, 'multiclass.csv'), 'utf8').trim().split('\n');
    const dropDog = write('multiclass-no-dog.csv', rows.map((l) => l.split(',').slice(0, 4).join(',')).join('\n') + '\n');
    const r = await gate({ predictions: dropDog });
    const m = metricsJson(r);
    for (const k of ['roc_auc', 'roc_auc_ovr_weighted', 'average_precision', 'log_loss']) expect(m[k]).toBeNull();
    expect(readReport(r.reportDir).data.unavailable.roc_auc).toBe('no probability column for class dog (one per y_true class is needed)');
  });

  it('"Blocked by" names only the gates that block; a failed severity: warning gate is a warning', async () => {
    const warnOnly = await gate({ predictions: binary, config: 'gates:\n  - accuracy >= 0.7\n  - gate: f1 >= 0.99\n    severity: warning\n' });
    expect(warnOnly.exitCode).toBe(0);
    expect(warnOnly.outputs.status).toBe('warn');
    expect(warnOnly.summary).not.toContain('Blocked by');
    expect(warnOnly.summary).not.toContain('BLOCKED');
    expect(warnOnly.summary).toContain('Warning from f1.');
    const both = await gate({ predictions: binary, config: 'gates:\n  - accuracy >= 0.9\n  - gate: f1 >= 0.99\n    severity: warning\n' });
    expect(both.exitCode).toBe(1);
    expect(both.summary).toContain('Blocked by accuracy. Warning from f1.');
  });
});

describe('eval-gate gates', () => {
  it('gives the same seeded bootstrap interval on Node 20 and Node 24', () => {
    expect(intervals.node20).toBeDefined();
    expect(intervals.node24).toEqual(intervals.node20);
  });

  it('accepts seed 002 configs/eval_gate.json and says which gates failed by how much', async () => {
    const cwd = freshDir('seed');
    fs.mkdirSync(path.join(cwd, 'configs'), { recursive: true });
    fs.writeFileSync(path.join(cwd, 'configs/eval_gate.json'), JSON.stringify({ min_accuracy: 0.92, max_latency_p99_ms: 50, min_improvement: 0.005, max_model_size_mb: 500 }));
    // 600 MiB without using the disk: a sparse file.
    fs.writeFileSync(path.join(cwd, 'model.pkl'), '');
    fs.truncateSync(path.join(cwd, 'model.pkl'), 600 * 2 ** 20);
    const r = await gate({ predictions: binary, 'baseline-predictions': baseline, config: 'configs/eval_gate.json', 'model-path': 'model.pkl', 'latency-samples': binary }, { cwd });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail' });
    expect(failedChecks(r)).toEqual(['accuracy', 'latency.p99_ms', 'model_size_mb']);
    expect(r.errors).toEqual([
      'accuracy: 0.7343 misses >= 0.92 by 0.1857',
      expect.stringMatching(/^Latency p99 \(ms\): 52\.12 misses <= 50 by 2\.119 \(3000 samples from .*binary\.csv\)$/),
      'Model size (MiB): 600 misses <= 500 by 100',
      'Model evaluation gate: BLOCKED: FAIL — accuracy, latency.p99_ms, model_size_mb',
    ]);
    const report = readReport(r.reportDir);
    expect(report.data.config).toEqual({ source: 'configs/eval_gate.json', format: 'seed-002' });
    expect(checkOf(report, 'improvement.accuracy').status).toBe('pass');
    for (const k of ['mean', 'p50', 'p95', 'p99'] as const) expectMetric(report.data.latency[k], golden.latency[k], `latency ${k}`);
    expect(report.data.model_size_mb).toBe(600);
  });

  it('fails improvement.accuracy.lower_bound >= 0 while improvement.accuracy >= 0.005 passes', async () => {
    const config = ['gates:', '  - improvement.accuracy.lower_bound >= 0', '  - improvement.accuracy >= 0.005', ''].join('\n');
    const r = await gate({ predictions: binary, 'baseline-predictions': baseline, config });
    expect(r.exitCode).toBe(1);
    expect(failedChecks(r)).toEqual(['improvement.accuracy.lower_bound']);
    const report = readReport(r.reportDir);
    const gain = checkOf(report, 'improvement.accuracy');
    expect(gain.status).toBe('pass');
    expect(gain.observed).toBeCloseTo(0.734333 - 0.72, 6);
    const lower = checkOf(report, 'improvement.accuracy.lower_bound');
    expect(lower.observed).toBeLessThan(0);
    expect(lower.observed).toBeGreaterThan(-0.02);
    expect(lower.detail).toMatch(/^-0\.0\d+ misses >= 0 by 0\.0\d+ \(-0\.\d+…\+0\.\d+ bootstrap interval, 1000 resamples, P\(not better\) = 0\.\d+\)$/);
    expect(report.data.bootstrap).toEqual({ resamples: 1000, seed: 42, confidence: 0.95 });
  });

  it('without a config applies only the measured default gates: accuracy >= 0.92 blocks this candidate', async () => {
    const r = await gate({ predictions: binary });
    expect(r.exitCode).toBe(1);
    expect(failedChecks(r)).toEqual(['accuracy']);
    const statuses = Object.fromEntries(readReport(r.reportDir).checks.map((c: ReportCheck) => [c.id, c.status]));
    expect(statuses).toEqual({ accuracy: 'fail', 'latency.p99_ms': 'skip', 'improvement.accuracy': 'skip', 'leakage.rows': 'skip', model_size_mb: 'skip' });
  });

  it('without a config passes a metrics JSON that holds only accuracy 0.95', async () => {
    const r = await gate({ predictions: write('metrics.json', '{"accuracy": 0.95}') });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', status: 'pass', 'failed-checks': '[]', 'metrics-json': '{"accuracy":0.95}' });
  });

  it('fail-on: never exits 0 but still reports passed=false', async () => {
    const r = await gate({ predictions: binary, 'fail-on': 'never' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail', 'failed-checks': '["accuracy"]' });
  });

  it('train-data and test-data run the leakage check, loaded only then: shared rows fail it, disjoint rows pass', async () => {
    const rows = (from: number, to: number) => ['id,x', ...Array.from({ length: to - from }, (_, i) => `${from + i},${(from + i) * 2}`)].join('\n') + '\n';
    const train = write('leakage/train.csv', rows(0, 100));
    const leaky = await gate({ predictions: binary, 'train-data': train, 'test-data': write('leakage/test-leaky.csv', rows(97, 120)), 'fail-on': 'never' });
    expect(leaky.exitCode).toBe(0);
    expect(checkOf(readReport(leaky.reportDir), 'leakage.rows')).toMatchObject({ status: 'fail', observed: 3 });
    const clean = await gate({ predictions: binary, 'train-data': train, 'test-data': write('leakage/test-clean.csv', rows(100, 120)), 'fail-on': 'never' });
    expect(checkOf(readReport(clean.reportDir), 'leakage.rows')).toMatchObject({ status: 'pass', observed: 0 });
  });

  it('an improvement gate without a baseline is an error status naming the missing input, not a crash', async () => {
    const r = await gate({ predictions: binary, config: 'gates: [improvement.accuracy >= 0.005]' });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.outputs.status).toBe('error');
    expect(failedChecks(r)).toEqual(['improvement.accuracy']);
    expect(checkOf(readReport(r.reportDir), 'improvement.accuracy').detail).toMatch(/set baseline-predictions/);
  });
});

describe('eval-gate baseline from the git registry', () => {
  /** A workspace whose registry has churn v1.0.0 (accuracy 0.72) in prod and v1.1.0 (accuracy 0.75) under no stage. */
  let workspace: string;
  beforeAll(async () => {
    const fx = remoteWithCommits(2);
    workspace = fx.clone('workspace');
    registerVersion(workspace, 'churn', 'v1.0.0', fx.commits[0]!, { accuracy: 0.72, f1: 0.61 });
    registerVersion(workspace, 'churn', 'v1.1.0', fx.commits[1]!, { accuracy: 0.75 });
    const registry = new GitTagRegistry({ cwd: workspace, remote: 'origin' });
    await registry.assign('churn', 'v1.0.0', { target: { kind: 'stage', name: 'prod' }, expectedHolder: null, archiveExisting: true, provenance: {} });
  });

  it("compares with the metrics recorded for the version in the stage, and names it", async () => {
    const r = await gate({ predictions: binary, 'model-name': 'churn', 'baseline-stage': 'prod', config: 'gates: [improvement.accuracy >= 0.005]' }, { cwd: workspace });
    expect(r.stderr).toBe('');
    expect(r.outputs).toMatchObject({ passed: 'true', status: 'pass' });
    expect(r.stdout).toContain('baseline: churn v1.0.0 (stage "prod", git registry): accuracy=0.72, f1=0.61');
    expect(checkOf(readReport(r.reportDir), 'improvement.accuracy').observed).toBeCloseTo(0.734333 - 0.72, 5);
    expect(r.summary).toContain('churn v1.0.0');
  });

  it('blocks a candidate that does not beat the production version by the margin', async () => {
    const workspace2 = workspace;
    const registry = new GitTagRegistry({ cwd: workspace2, remote: 'origin' });
    await registry.assign('churn', 'v1.1.0', { target: { kind: 'alias', name: 'champion' }, expectedHolder: null, archiveExisting: false, provenance: {} });
    const r = await gate({ predictions: binary, 'model-name': 'churn', 'baseline-alias': 'champion', config: 'gates: [improvement.accuracy >= 0.005]' }, { cwd: workspace2 });
    expect(r.exitCode).toBe(1);
    expect(failedChecks(r)).toEqual(['improvement.accuracy']);
    expect(checkOf(readReport(r.reportDir), 'improvement.accuracy').observed).toBeCloseTo(0.734333 - 0.75, 5);
  });

  it('an empty stage (a first model) is a notice; the improvement gate then says it has nothing to compare with', async () => {
    const r = await gate({ predictions: binary, 'model-name': 'churn', 'baseline-stage': 'staging', config: 'gates: [improvement.accuracy >= 0.005]' }, { cwd: workspace });
    expect(r.stdout).toContain('::notice title=eval-gate::No version of churn is in stage "staging" yet');
    expect(r.outputs.status).toBe('error');
    expect(failedChecks(r)).toEqual(['improvement.accuracy']);
  });

  it.each([
    ['baseline-stage without model-name', { 'baseline-stage': 'prod' }, /baseline-stage needs model-name/],
    ['model-name without a stage or alias', { 'model-name': 'churn' }, /model-name needs baseline-stage or baseline-alias/],
    ['both a stage and an alias', { 'model-name': 'churn', 'baseline-stage': 'prod', 'baseline-alias': 'champion' }, /set baseline-stage or baseline-alias, not both/],
    ['model-name and baseline-predictions', { 'model-name': 'churn', 'baseline-stage': 'prod', 'baseline-predictions': baseline }, /set baseline-predictions or model-name \(a registry baseline\), not both/],
    ['mlflow without tracking-uri', { 'model-name': 'churn', 'baseline-stage': 'Production', registry: 'mlflow' }, /input "tracking-uri" is required with registry: mlflow/],
  ])('%s is one clear error line', async (_name, inputs, message) => {
    await expectOneErrorLine({ predictions: binary, ...inputs }, message, { cwd: workspace });
  });
});

describe('eval-gate baseline from the real MLflow registry', () => {
  it("compares with the run metrics of the version in baseline-stage, and blocks a candidate that does not beat it", async () => {
    const mlflow = await realMlflow();
    try {
      const m = mlflow.name('churn');
      await mlflow.createVersion(m, { metrics: { accuracy: 0.72, f1: 0.61 }, stage: 'Production' });
      await mlflow.createVersion(m, { metrics: { accuracy: 0.75 }, stage: 'Staging' });
      const inputs = { predictions: binary, registry: 'mlflow', 'tracking-uri': mlflow.url, 'model-name': m, config: 'gates: [improvement.accuracy >= 0.005]' };
      const r = await gate({ ...inputs, 'baseline-stage': 'Production' });
      expect(r.stderr).toBe('');
      expect(r.outputs).toMatchObject({ passed: 'true', status: 'pass' });
      expect(r.stdout).toContain(`baseline: ${m} 1 (stage "Production", mlflow registry): accuracy=0.72, f1=0.61`);
      expect(checkOf(readReport(r.reportDir), 'improvement.accuracy').observed).toBeCloseTo(0.734333 - 0.72, 5);

      const staging = await gate({ ...inputs, 'baseline-stage': 'Staging' });
      expect(staging.exitCode).toBe(1);
      expect(failedChecks(staging)).toEqual(['improvement.accuracy']);
      expect(checkOf(readReport(staging.reportDir), 'improvement.accuracy').observed).toBeCloseTo(0.734333 - 0.75, 5);

      const archived = await gate({ ...inputs, 'baseline-stage': 'Archived' });
      expect(archived.stdout).toContain(`::notice title=eval-gate::No version of ${m} is in stage "Archived" yet`);
      expect(mlflow.writes()).toEqual([]);
    } finally {
      await mlflow.close();
    }
  });
});

describe('eval-gate sticky PR comment', () => {
  it('posts one comment on the pull request and updates it in place when the verdict changes', async () => {
    const gh = await startGitHubDouble({ owner: 'Codertocat', repo: 'Hello-World' });
    gh.addPullRequest({ number: 2, files: ['src/model/train.py'] });
    try {
      const event = { name: 'pull_request', payload: webhookExample('pull_request', 'opened') };
      const comment = (config: string) =>
        runBundle('eval-gate', {
          event,
          inputs: { predictions: binary, 'baseline-predictions': baseline, config, 'pr-comment': 'true', 'github-token': gh.token, 'fail-on': 'never', 'report-path': freshDir('report') },
          env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '42' },
        });
      const passing = await comment('gates: [accuracy >= 0.7, improvement.accuracy >= 0]');
      expect(passing.stderr).toBe('');
      expect(gh.state.comments).toHaveLength(1);
      const first = gh.state.comments[0]!;
      expect(first.body.split('\n')[0]).toBe('<!-- mlship:eval-gate -->');
      expect(first.body).toContain('All 2 checks passed.');
      expect(first.body).toContain('[Workflow run](https://github.com/Codertocat/Hello-World/actions/runs/42)');
      expect(first.body).toMatch(/<details><summary>Full report<\/summary>/);

      const failing = await comment('gates: [accuracy >= 0.9, improvement.accuracy >= 0]');
      expect(failing.outputs.passed).toBe('false');
      expect(gh.state.comments).toHaveLength(1);
      const body = gh.state.comments[0]!.body;
      expect(gh.state.comments[0]!.id).toBe(first.id);
      // Only the failed gate is in the visible table; the passing one is counted.
      expect(body).toMatch(/\| ❌ FAIL \| accuracy.*\| 0\.7343/);
      expect(body).toContain('1 other check passed.');
    } finally {
      await gh.close();
    }
  });

  it('outside a pull request it says so and still passes; without a token it leaves a notice', async () => {
    const push = await gate({ predictions: binary, config: 'gates: [accuracy >= 0.7]', 'pr-comment': 'true', 'github-token': 'x' });
    expect(push.exitCode).toBe(0);
    expect(push.stdout).toContain('eval-gate: the push event is not about a pull request; no PR comment.');
    const noToken = await runBundle('eval-gate', {
      event: { name: 'pull_request', payload: webhookExample('pull_request', 'opened') },
      inputs: { predictions: binary, config: 'gates: [accuracy >= 0.7]', 'pr-comment': 'true', 'report-path': freshDir('report') },
      env: { GITHUB_REPOSITORY: 'Codertocat/Hello-World' },
    });
    expect(noToken.exitCode).toBe(0);
    expect(noToken.stdout).toContain('::notice title=eval-gate%3A comment::no github-token, so no PR comment was posted');
  });
});

describe('eval-gate latency-endpoint', () => {
  let server: http.Server;
  let url: string;
  let requests = 0;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests++;
      if (req.url === '/broken') res.writeHead(500).end('model crashed');
      else setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"prediction": 1}'), 5);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('times N requests after 3 warm-ups and shows the latency table', async () => {
    requests = 0;
    const r = await gate({ predictions: write('m.json', '{"accuracy": 0.95}'), 'latency-endpoint': `${url}/predict`, 'latency-requests': '5' });
    expect(r.exitCode).toBe(0);
    expect(requests).toBe(3 + 5);
    const { latency } = readReport(r.reportDir).data;
    expect(latency).toMatchObject({ count: 5, source: `${url}/predict` });
    expect(latency.p50).toBeGreaterThanOrEqual(4.5);
    expect(r.summary).toContain('| what | value | source |');
    expect(r.summary).toMatch(new RegExp(`^\\| latency \\(ms\\) \\| p50 [\\d.]+ · p95 [\\d.]+ · p99 [\\d.]+ · max [\\d.]+ \\| 5 samples, ${url}/predict \\|$`, 'm'));
    expect(r.summary).toMatch(/Latency p99 \(ms\) \(latency\.p99\\_ms\) \| [\d.]+ \| &lt;= 50 \| 5 samples from/);
  });

  it('an endpoint answering 500 gives one clear error line', async () => {
    await expectOneErrorLine(
      { predictions: write('m.json', '{"accuracy": 0.95}'), 'latency-endpoint': `${url}/broken`, 'latency-requests': '5' },
      /^latency-endpoint http:\/\/127\.0\.0\.1:\d+\/broken: request 1 returned HTTP 500\. The endpoint must answer/,
    );
  });
});

describe('mlship eval-gate (CLI)', () => {
  it('prints the report, writes the summary and exits 1 when a gate fails', () => {
    const summary = path.join(dir, 'cli-summary.md');
    const reportDir = freshDir('cli');
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'packages/cli/bin/mlship.js'), 'eval-gate', '--predictions', binary, '--baseline-predictions', baseline, '--config', 'gates: [accuracy >= 0.92]', '--report-path', reportDir, '--summary', summary], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Model evaluation gate: BLOCKED');
    expect(r.stdout).toContain('[FAIL] accuracy: observed 0.7343, expected >= 0.92 — 0.7343 misses >= 0.92 by 0.1857');
    expect(r.stdout).toContain('  passed=false\n  status=fail\n  failed-checks=["accuracy"]\n');
    expect(r.stderr).toMatch(/^error: accuracy: 0\.7343 misses >= 0\.92 by 0\.1857$/m);
    expect(fs.readFileSync(summary, 'utf8')).toContain('| metric | candidate | production | improvement | 95% CI | threshold | status |');
  });
});

/** Each user mistake: exit 1, one error line naming the file/key/row and the fix, no stack trace, no report. */
describe('eval-gate bad input', () => {
  const sortedByTruth = [...binaryRows].sort((a, b) => Number(a.y_true) - Number(b.y_true));
  const firstDifferentRow = binaryRows.findIndex((r, i) => r.y_true !== sortedByTruth[i]!.y_true) + 1;
  const multiclassWithGroups = write('mc-groups.csv', 'y_true,y_pred,group\ncat,cat,x\ndog,dog,y\nbird,cat,x\n');
  const cases: [string, () => Record<string, string>, RegExp][] = [
    ['missing predictions file', () => ({ predictions: path.join(dir, 'nope.csv') }), /^predictions .*nope\.csv: no such file or directory\. Check the path/],
    [
      'baseline with another number of rows',
      () => ({ predictions: binary, 'baseline-predictions': write('short.csv', baselineCsv(binaryRows.slice(0, 100))) }),
      /^baseline-predictions .*short\.csv: predictions has 3000 rows, baseline-predictions 100\. Both models must score the same test rows/,
    ],
    [
      'baseline rows in another order',
      () => ({ predictions: binary, 'baseline-predictions': write('sorted.csv', baselineCsv(sortedByTruth)) }),
      new RegExp(`^baseline-predictions .*sorted\\.csv: row ${firstDifferentRow}: y_true is 0 here but 1 in predictions\\. Both files must list the same test rows in the same order`),
    ],
    ['positive_label not among the labels', () => ({ predictions: binary, config: 'columns: {positive_label: 2}' }), /binary\.csv: positive_label 2 is not a label in y_true \(labels: 0, 1\)\. Set columns\.positive_label/],
    [
      'probability column for a label never in y_true',
      () => ({ predictions: write('proba.csv', 'y_true,y_pred,proba_a,proba_b,proba_c,proba_z\na,a,0.7,0.1,0.1,0.1\nb,b,0.1,0.7,0.1,0.1\nc,b,0.2,0.5,0.2,0.1\n'), config: 'columns: {proba_prefix: proba_}' }),
      /proba\.csv: probability column for label "z" but "z" never occurs in y_true\. y_true labels: a, b, c\./,
    ],
    ['NaN score (empty y_score cell)', () => ({ predictions: write('nan.csv', 'y_true,y_pred,y_score\n0,0,0.1\n1,1,\n'), config: 'columns: {y_score: y_score}' }), /nan\.csv: row 2: score column "y_score" is empty or NaN/],
    ['unknown column in columns.y_true', () => ({ predictions: binary, config: 'columns: {y_true: label}' }), /binary\.csv: column "label" \(y_true\) is not in the file\.? Columns: y_true, y_pred, .* Set columns\.y_true in the eval-gate config/],
    ['config key typo', () => ({ predictions: binary, config: write('typo.yml', 'gatse:\n  - accuracy >= 0.9\n') }), /^typo\.yml:1: unknown key "gatse"\. Did you mean "gates"\?$/],
    ['wrong type for a threshold', () => ({ predictions: binary, config: write('type.yml', 'gates:\n  - accuracy >= 0.9\nbootstrap:\n  resamples: many\n') }), /^type\.yml:4: bootstrap\.resamples: expected number, got "many"$/],
    ['threshold syntax error', () => ({ predictions: binary, config: write('syntax.yml', 'gates:\n  - accuracy => 0.9\n') }), /^syntax\.yml:2: "accuracy => 0\.9" is not a threshold\. Write it as <metric> <op> <number>/],
    ['unknown metric in a gate', () => ({ predictions: binary, config: write('unknown.yml', 'gates:\n  - acuracy >= 0.9\n') }), /^unknown\.yml:2: gate "acuracy >= 0\.9": unknown metric "acuracy"\. Did you mean "accuracy"\?/],
    ['invalid YAML', () => ({ predictions: binary, config: write('broken.yml', 'gates:\n  - [accuracy >= 0.9\n') }), /^broken\.yml:\d+: invalid YAML: .* Fix the syntax/],
    [
      'fairness gate on a multiclass task',
      () => ({ predictions: multiclassWithGroups, config: 'gates: [fairness.group.demographic_parity_ratio >= 0.8]' }),
      /mc-groups\.csv: fairness on "group" needs a binary task .*3 labels occur\.? Use slices/,
    ],
    [
      'fairness gate on a column that is not in the file',
      () => ({ predictions: binary, config: 'gates: [fairness.gender.demographic_parity_ratio >= 0.8]' }),
      /binary\.csv: column "gender" \(fairness\/slices column\) is not in the file\.? Columns: y_true, .* Fix the column named in the fairness or slices gates/,
    ],
    ['train-data without test-data', () => ({ predictions: binary, 'train-data': binary }), /the leakage check needs both train-data and test-data\. Set test-data too, or neither\./],
  ];

  it.each(cases)('%s', async (_name, inputs, message) => {
    await expectOneErrorLine(inputs(), message, { cwd: dir });
  });
});
