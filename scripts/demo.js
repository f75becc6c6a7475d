#!/usr/bin/env node
// `npm run demo`: the whole mlship loop on one machine with the embedded
// defaults, through the same CLI bundle (dist/cli) a workflow step runs:
//   1. the data gate: a clean dataset passes, a broken one is stopped;
//   2. the model gate: a better candidate passes, a regressed, unfair one is blocked;
//   3. promotion in a git-tag registry (a temp repository, no server);
//   4. canary analysis of two live demo model servers scraped directly
//      (/metrics), traffic shifted step by step by a command: a healthy canary
//      is promoted, a failing one is rolled back to stable;
//   5. the post-deployment health check: a release that goes bad in
//      production is rolled back in the registry to the previous version.
// The demo succeeds only if every verdict is the expected one.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'dist/cli/index.js');
if (!fs.existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const reports = path.join(root, 'mlship-reports');

let ok = true;
/** Runs one CLI step (asynchronously, so the demo's load generator keeps sending meanwhile). */
async function step(title, action, args, { expect, cwd = root }) {
  console.log(`\n━━ ${title}\n$ mlship ${action} ${args.join(' ')}`);
  const code = await new Promise((resolve) => spawn(process.execPath, [cli, action, ...args], { cwd, stdio: 'inherit' }).on('exit', resolve));
  const verdict = code === 0 ? 'passed' : 'failed';
  const expected = expect === 0 ? 'passed' : 'failed';
  console.log(`→ the step ${verdict} (expected: ${expected})`);
  ok &&= verdict === expected;
}

// 1–2. Data gate and model gate on the examples.
const data = ['--config', 'examples/checks.yml', '--reference', 'examples/data/reference.parquet', '--test-data', 'examples/data/test.parquet'];
const model = ['--baseline-predictions', 'examples/predictions/production.csv', '--config', 'examples/eval_gate.yml'];
await step('Clean training data (examples/data/train.parquet)', 'validate-data', ['--data', 'examples/data/train.parquet', ...data, '--report-path', 'mlship-reports/demo-pass'], { expect: 0 });
await step('Broken training data (examples/data/train_bad.csv)', 'validate-data', ['--data', 'examples/data/train_bad.csv', ...data, '--report-path', 'mlship-reports/demo-fail'], { expect: 1 });
await step('A better model vs production (examples/predictions/candidate.csv)', 'eval-gate', ['--predictions', 'examples/predictions/candidate.csv', ...model, '--report-path', 'mlship-reports/demo-gate-pass'], { expect: 0 });
await step('A regressed, unfair model vs production (examples/predictions/regressed.csv)', 'eval-gate', ['--predictions', 'examples/predictions/regressed.csv', ...model, '--report-path', 'mlship-reports/demo-gate-fail'], { expect: 1 });

// 3. A registry: a repository whose tags hold churn v1.0.0 (in prod) and the gated candidate v1.1.0.
const repo = registryRepo();
const candidate = JSON.parse(fs.readFileSync(path.join(reports, 'demo-gate-pass/report.json'), 'utf8')).data.metrics;
tagVersion(repo, 'v1.0.0', { accuracy: 0.9, f1: 0.86 });
tagVersion(repo, 'v1.1.0', { accuracy: candidate.accuracy, f1: candidate.f1 });
const promoteArgs = ['--model-name', 'churn', '--to-stage', 'prod', '--remote', 'none'];
await step('Production today: churn v1.0.0 in stage prod', 'promote-model', [...promoteArgs, '--version', 'v1.0.0', '--report-path', path.join(reports, 'demo-promote-v1.0.0')], { expect: 0, cwd: repo });
await step('Promote the gated candidate churn v1.1.0 (re-checks accuracy >= 0.85 from the registry)', 'promote-model', [...promoteArgs, '--version', 'v1.1.0', '--report-path', path.join(reports, 'demo-promote')], { expect: 0, cwd: repo });

// 4. Canary: stable v1.0.0 and a canary behind a weighted router, traffic moved by canary-check.
const weights = path.join(os.tmpdir(), `mlship-demo-weights-${process.pid}.json`);
const canaryArgs = (canaryUrl, stableUrl, report) => [
  '--source', 'scrape', '--canary-metrics-url', `${canaryUrl}/metrics`, '--stable-metrics-url', `${stableUrl}/metrics`, '--scrape-interval', '1',
  '--metrics', 'error-rate < 0.02, p95-latency < 0.1', // seed 002's canary thresholds
  '--steps', '20, 50, 100', '--duration', '4', '--interval', '2', '--min-requests', '10', '--max-failed-intervals', '1',
  '--traffic', 'command', '--traffic-command', `node examples/set-traffic.js ${weights} {{canary}} {{stable}}`,
  '--report-path', path.join(reports, report),
];
const stable = await modelServer('v1.0.0');
const good = await modelServer('v1.1.0');
const bad = await modelServer('v1.2.0', ['--error-rate', '0.25', '--latency-ms', '150']);
try {
  let load = loadGenerator(weights, stable.url, good.url);
  await step('Canary v1.1.0: healthy, so 20% → 50% → 100% of traffic', 'canary-check', canaryArgs(good.url, stable.url, 'demo-canary-pass'), { expect: 0 });
  load.stop();
  load = loadGenerator(weights, stable.url, bad.url);
  await step('Canary v1.2.0: 25% errors and slow, so rolled back to stable', 'canary-check', canaryArgs(bad.url, stable.url, 'demo-canary-fail'), { expect: 1 });
  load.stop();
  const after = JSON.parse(fs.readFileSync(weights, 'utf8'));
  console.log(`→ traffic after the rollback: canary ${after.canary}% / stable ${after.stable}%`);
  ok &&= after.canary === 0;

  // 5. v1.1.0 went out, then production degrades: auto-rollback puts v1.0.0 back in prod.
  const degraded = await modelServer('v1.1.0', ['--error-rate', '0.2']);
  load = loadGenerator(null, degraded.url, degraded.url);
  await step('Production health after the release: 20% errors, so the registry goes back to v1.0.0', 'auto-rollback', [
    '--source', 'scrape', '--stable-metrics-url', `${degraded.url}/metrics`, '--scrape-interval', '1', '--stabilization', '4',
    '--targets', 'registry', '--model-name', 'churn', '--stage', 'prod', '--version', 'v1.1.0', '--previous-version', 'v1.0.0', '--remote', 'none',
    '--report-path', path.join(reports, 'demo-rollback'),
  ], { expect: 1, cwd: repo });
  load.stop();
  degraded.stop();
  // The newest assignment of stage prod names the version it puts there in its message.
  const prod = git(repo, 'tag', '--list', 'churn#prod#*', '--sort=-v:refname').split('\n')[0];
  const message = git(repo, 'tag', '-l', '--format=%(contents)', prod);
  const restored = JSON.parse(message.slice(message.indexOf('{'))).version;
  console.log(`→ registry: ${prod} puts ${restored} back in stage prod`);
  ok &&= restored === 'v1.0.0';
} finally {
  for (const s of [stable, good, bad]) s.stop();
  fs.rmSync(weights, { force: true });
  fs.rmSync(repo, { recursive: true, force: true });
}

console.log(
  ok
    ? '\nDemo OK: bad data and a regressed model were stopped before deployment; the gated model was promoted, a healthy canary was promoted and a failing one rolled back; a release that degraded in production was rolled back in the registry.'
    : '\nDemo FAILED: a verdict was not the expected one.',
);
process.exitCode = ok ? 0 : 1;

function git(cwd, ...args) {
  const id = { GIT_AUTHOR_NAME: 'mlship demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'mlship demo', GIT_COMMITTER_EMAIL: 'demo@example.com' };
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...id }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A fresh repository with one commit: the registry lives in its tags. */
function registryRepo() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-demo-registry-'));
  git(dir, 'init', '--quiet', '--initial-branch=main');
  fs.writeFileSync(path.join(dir, 'README.md'), 'churn model\n');
  git(dir, 'add', 'README.md');
  git(dir, 'commit', '--quiet', '-m', 'train churn');
  return dir;
}

/** Registers a version the way a training job does: an annotated tag with the metrics as JSON. */
function tagVersion(dir, version, metrics) {
  fs.writeFileSync(path.join(dir, 'MODEL_VERSION'), `${version}\n`);
  git(dir, 'add', 'MODEL_VERSION');
  git(dir, 'commit', '--quiet', '-m', `train churn ${version}`);
  git(dir, 'tag', '-a', `churn@${version}`, '-m', `Register churn ${version}\n\n${JSON.stringify({ version, metrics })}`);
}

/** Starts examples/model-server.js on a free port; resolves once it listens. */
function modelServer(version, args = []) {
  const child = spawn(process.execPath, [path.join(root, 'examples/model-server.js'), '--port', '0', '--version', version, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`model server ${version} exited with ${code}`)));
    child.stdout.once('data', (line) => resolve({ url: /http:\/\/\S+/.exec(String(line))[0], stop: () => child.kill() }));
  });
}

/**
 * About 100 requests a second, split between stable and canary by the weights
 * file the traffic command writes (all to stable until it exists).
 */
function loadGenerator(weightsFile, stableUrl, canaryUrl) {
  if (weightsFile) fs.writeFileSync(weightsFile, JSON.stringify({ canary: 0, stable: 100 }));
  const body = JSON.stringify({ tenure_months: 12, monthly_charges: 70, support_calls: 2 });
  const timer = setInterval(() => {
    let share = 0;
    try {
      if (weightsFile) share = JSON.parse(fs.readFileSync(weightsFile, 'utf8')).canary / 100;
    } catch {
      share = 0;
    }
    const url = Math.random() < share ? canaryUrl : stableUrl;
    fetch(`${url}/predict`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then((r) => r.arrayBuffer(), () => undefined);
  }, 10);
  return { stop: () => clearInterval(timer) };
}
