#!/usr/bin/env node
// `npm run demo`: the whole mlship loop on one machine with the embedded
// defaults, through the same CLI bundle (dist/cli) a workflow step runs:
//   1. the pull request: pr-checklist previews its comment for a change to
//      models/ and a .dvc file (a throw-away git repository, no GitHub),
//      run-tests retries a suite with a flaky test, and training-diagnostics
//      wraps a training run that diverges;
//   2. the data gate: a clean dataset passes, a broken one is stopped;
//   3. the model gate: a better candidate passes, a regressed, unfair one is blocked;
//   4. the staging config exported by env-config, and promotion in a
//      git-tag registry (a temp repository, no server);
//   5. canary analysis of two live demo model servers scraped directly
//      (/metrics), traffic shifted step by step by a command: a healthy canary
//      is promoted, a failing one is rolled back to stable;
//      then blue-green: a checked green takes every user at once, a green failing
//      on real traffic is switched back to blue;
//   6. the post-deployment health check: a release that goes bad in
//      production is rolled back in the registry to the previous version.
// One line per step; the details are in each step's report files. The demo
// succeeds only if every verdict is the expected one.
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
const started = Date.now();

// The steps run as on a developer's machine even inside a CI job: no event, token or runner
// files reach them, so nothing is ever posted to GitHub or uploaded.
const childEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|ACTIONS_|RUNNER_|INPUT_)/.test(k)));

console.log(`mlship demo: the ML CI/CD loop on this machine, each step run by the mlship CLI (dist/cli) as a workflow runs it.
A pull request gets its checklist, a flaky test named and a diagnosed training failure; bad data and a
regressed model are stopped; the gated model is promoted, canaried against live model servers and rolled
back when production degrades. ✓ = the step gave the expected verdict; details are in the files named.
`);

let ok = true;

/**
 * Runs one CLI step (asynchronously, so the demo's load generator keeps
 * sending meanwhile) and prints its line. `check` looks at what the step left
 * behind (outputs, files) and may add to the line or reject the verdict.
 */
async function step(action, label, args, { expect, cwd = root, show, check }) {
  const out = [];
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, action, ...args], { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', resolve);
  });
  const text = Buffer.concat(out).toString('utf8');
  const outputs = Object.fromEntries([...text.matchAll(/^ {2}([\w-]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
  const passed = code === 0;
  let good = passed === (expect === 'pass');
  let note = '';
  if (good && check) {
    try {
      note = check(outputs) ?? '';
    } catch (e) {
      good = false;
      note = ` — ${e.message}`;
    }
  }
  ok &&= good;
  console.log(`${good ? '✓' : '✗'} ${action.padEnd(21)}${`${label}${note}`.padEnd(58)} ${path.relative(root, show)}`);
  if (!good) {
    if (passed !== (expect === 'pass')) console.log(`  expected the step to ${expect === 'pass' ? 'pass' : 'fail'}; it ${passed ? 'passed' : `failed (exit ${code})`}. Its output:`);
    console.log(text.replace(/^/gm, '  │ '));
  }
}

const report = (name) => path.join(reports, name, 'report.md');

// 1. The pull request: a change to models/ and a .dvc file, previewed without GitHub.
const prRepo = pullRequestRepo();
await step('pr-checklist', 'PR comment previewed', ['--base', 'main', '--head', 'feature', '--report-path', path.join(reports, 'demo-checklist')], {
  expect: 'pass',
  cwd: prRepo,
  show: path.join(reports, 'demo-checklist/comment.md'),
  check: (o) => {
    const sections = JSON.parse(o.sections ?? '[]');
    if (!sections.includes('model') || !sections.includes('data')) throw new Error(`sections ${o.sections}, expected model and data`);
    const body = fs.readFileSync(path.join(reports, 'demo-checklist/comment.md'), 'utf8');
    const net = /net ([+-][\d.]+ \w+)/.exec(body)?.[1];
    if (!net) throw new Error('the comment has no .dvc table');
    return `: ${sections.length} sections, .dvc data ${net}`;
  },
});
fs.rmSync(prRepo, { recursive: true, force: true });

// Its unit tests: one is flaky, fails first and passes on the retry; run-tests names it.
const testDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-demo-tests-'));
const junit = path.join(testDir, 'junit/results.xml');
await step('run-tests', 'unit tests', ['--command', `${JSON.stringify(process.execPath)} examples/flaky-test.js ${JSON.stringify(path.join(testDir, 'attempts'))} ${JSON.stringify(junit)}`, '--junit', junit, '--retries', '2', '--retry-delay', '0', '--report-path', path.join(reports, 'demo-tests')], {
  expect: 'pass',
  show: report('demo-tests'),
  check: (o) => {
    const flaky = JSON.parse(o['flaky-tests'] ?? '[]');
    if (o.attempts !== '2' || flaky.length !== 1) throw new Error(`attempts ${o.attempts}, flaky ${o['flaky-tests']}; expected one flaky test passing on attempt 2`);
    return `: flaky ${flaky[0].split('::').at(-1)} passed on retry`;
  },
});
fs.rmSync(testDir, { recursive: true, force: true });

// The training job of that pull request diverges; the step classifies why and writes the PR comment it would post.
const python = hasPython3();
await step('training-diagnostics', 'training diverges', ['--command', python ? 'python3 examples/train.py' : `${JSON.stringify(process.execPath)} examples/train.js`, '--upload-artifact', 'false', '--report-path', path.join(reports, 'demo-training')], {
  expect: 'fail',
  show: path.join(reports, 'demo-training/comment.md'),
  check: (o) => {
    if (o.cause !== 'nan-loss') throw new Error(`cause ${o.cause}, expected nan-loss`);
    const comment = fs.readFileSync(path.join(reports, 'demo-training/comment.md'), 'utf8');
    return `: ${/^## ❌ Training failed: (.*)$/m.exec(comment)?.[1] ?? o.cause}${python ? '' : ' (node: no python3)'}`;
  },
});

// 2–3. Data gate and model gate on the examples.
const data = ['--config', 'examples/checks.yml', '--reference', 'examples/data/reference.parquet', '--test-data', 'examples/data/test.parquet'];
const model = ['--baseline-predictions', 'examples/predictions/production.csv', '--config', 'examples/eval_gate.yml'];
const failed = (o) => ` (${JSON.parse(o['failed-checks'] ?? '[]').length} checks failed)`;
await step('validate-data', 'clean data passes', ['--data', 'examples/data/train.parquet', ...data, '--report-path', 'mlship-reports/demo-pass'], { expect: 'pass', show: report('demo-pass') });
await step('validate-data', 'broken data is stopped', ['--data', 'examples/data/train_bad.csv', ...data, '--report-path', 'mlship-reports/demo-fail'], { expect: 'fail', show: report('demo-fail'), check: failed });
await step('eval-gate', 'a better model passes the gate', ['--predictions', 'examples/predictions/candidate.csv', ...model, '--report-path', 'mlship-reports/demo-gate-pass'], { expect: 'pass', show: report('demo-gate-pass') });
await step('eval-gate', 'a regressed, unfair model is blocked', ['--predictions', 'examples/predictions/regressed.csv', ...model, '--report-path', 'mlship-reports/demo-gate-fail'], { expect: 'fail', show: report('demo-gate-fail'), check: failed });

// 4. The staging environment's settings, exported to the steps that deploy there.
await step('env-config', 'staging config exported', ['--environment', 'staging', '--directory', 'examples/configs/environments', '--report-path', path.join(reports, 'demo-env')], {
  expect: 'pass',
  show: report('demo-env'),
  check: (o) => {
    const names = JSON.parse(o.variables ?? '[]');
    if (!names.includes('model_batch_size')) throw new Error(`variables ${o.variables}, expected model_batch_size among them`);
    return `: ${names.length} variables`;
  },
});

// A registry: a repository whose tags hold churn v1.0.0 (in prod) and the gated candidate v1.1.0.
const repo = registryRepo();
const candidate = JSON.parse(fs.readFileSync(path.join(reports, 'demo-gate-pass/report.json'), 'utf8')).data.metrics;
tagVersion(repo, 'v1.0.0', { accuracy: 0.9, f1: 0.86 });
tagVersion(repo, 'v1.1.0', { accuracy: candidate.accuracy, f1: candidate.f1 });
const promoteArgs = ['--model-name', 'churn', '--to-stage', 'prod', '--remote', 'none'];
await step('promote-model', 'production today: churn v1.0.0 in prod', [...promoteArgs, '--version', 'v1.0.0', '--report-path', path.join(reports, 'demo-promote-v1.0.0')], { expect: 'pass', cwd: repo, show: report('demo-promote-v1.0.0') });
await step('promote-model', 'gated v1.1.0 promoted (accuracy re-checked)', [...promoteArgs, '--version', 'v1.1.0', '--report-path', path.join(reports, 'demo-promote')], { expect: 'pass', cwd: repo, show: report('demo-promote') });

// 5. Canary: stable v1.0.0 and a canary behind a weighted router, traffic moved by canary-check.
const weights = path.join(os.tmpdir(), `mlship-demo-weights-${process.pid}.json`);
const canaryArgs = (canaryUrl, stableUrl, name) => [
  '--source', 'scrape', '--canary-metrics-url', `${canaryUrl}/metrics`, '--stable-metrics-url', `${stableUrl}/metrics`, '--scrape-interval', '1',
  '--metrics', 'error-rate < 0.02, p95-latency < 0.1',
  '--steps', '20, 50, 100', '--duration', '4', '--interval', '2', '--min-requests', '10', '--max-failed-intervals', '1',
  '--traffic', 'command', '--traffic-command', `node examples/set-traffic.js ${weights} {{canary}} {{stable}}`,
  '--report-path', path.join(reports, name),
];
const stable = await modelServer('v1.0.0');
const good = await modelServer('v1.1.0');
const bad = await modelServer('v1.2.0', ['--error-rate', '0.25', '--latency-ms', '150']);
try {
  let load = loadGenerator(weights, stable.url, good.url);
  await step('canary-check', 'healthy canary v1.1.0: 20% → 50% → 100%', canaryArgs(good.url, stable.url, 'demo-canary-pass'), { expect: 'pass', show: report('demo-canary-pass') });
  load.stop();
  load = loadGenerator(weights, stable.url, bad.url);
  await step('canary-check', 'canary v1.2.0 (25% errors, slow) back', canaryArgs(bad.url, stable.url, 'demo-canary-fail'), {
    expect: 'fail',
    show: report('demo-canary-fail'),
    check: () => {
      const after = JSON.parse(fs.readFileSync(weights, 'utf8'));
      if (after.canary !== 0) throw new Error(`traffic left at canary ${after.canary}%`);
      return ` to ${after.canary}%`;
    },
  });
  load.stop();

  // Blue-green: v1.0.0 (blue) serves everyone; green is checked without users, then takes them all
  // at once. Healthy v1.1.0 stays; v1.2.0 passes its health check but fails on real traffic and
  // every user is switched back to blue.
  const blueGreenArgs = (green, name, extra = []) => [
    '--green-health-url', `${green.url}/healthz`, ...extra,
    '--switch', 'command', '--switch-command', `node examples/switch-service.js ${weights} {{active}}`,
    '--source', 'scrape', '--green-metrics-url', `${green.url}/metrics`, '--blue-metrics-url', `${stable.url}/metrics`, '--scrape-interval', '1',
    '--metrics', 'error-rate < 0.02, p95-latency < 0.1', '--duration', '2', '--interval', '2', '--min-requests', '10', '--max-failed-intervals', '0', '--scale-down-delay', '0',
    '--report-path', path.join(reports, name),
  ];
  const servedBy = (expected) => {
    const active = JSON.parse(fs.readFileSync(weights, 'utf8')).canary === 100 ? 'green' : 'blue';
    if (active !== expected) throw new Error(`users are on ${active}, expected ${expected}`);
  };
  load = loadGenerator(weights, stable.url, good.url);
  await step('blue-green', 'green v1.1.0 checked, then switched to', blueGreenArgs(good, 'demo-blue-green-pass', ['--smoke-url', `${good.url}/predict`, '--smoke-body', '{"tenure_months": 12}', '--smoke-requests', '5']), {
    expect: 'pass',
    show: report('demo-blue-green-pass'),
    check: (o) => {
      servedBy('green');
      return `: ${o.active} live`;
    },
  });
  load.stop();
  load = loadGenerator(weights, stable.url, bad.url);
  await step('blue-green', 'green v1.2.0 (25% errors) switched back', blueGreenArgs(bad, 'demo-blue-green-fail'), {
    expect: 'fail',
    show: report('demo-blue-green-fail'),
    check: (o) => {
      if (o.verdict !== 'switched-back') throw new Error(`verdict ${o.verdict}, expected switched-back`);
      servedBy('blue');
      return ` to ${o.active}`;
    },
  });
  load.stop();

  // An A/A test: v1.1.0 against a second copy of itself, split 50/50 by ab-test. Success is a
  // request answered 200 (both copies fail one in ten): the confidence sequence closes inside ±20 points,
  // so the verdict is no-difference (inconclusive on a machine too loaded to send enough requests), and nothing ships.
  const twinA = await modelServer('v1.1.0', ['--error-rate', '0.1', '--seed', '11']);
  const twinB = await modelServer('v1.1.0', ['--error-rate', '0.1', '--seed', '12']);
  load = loadGenerator(weights, twinA.url, twinB.url);
  await step('ab-test', 'A/A v1.1.0 vs itself', [
    '--source', 'scrape', '--stable-metrics-url', `${twinA.url}/metrics`, '--canary-metrics-url', `${twinB.url}/metrics`, '--scrape-interval', '1',
    '--successes', 'http_requests_total{code="200"}', '--trials', 'http_requests_total', '--min-detectable-effect', '0.2',
    '--split', '50', '--interval', '2', '--horizon', '6', '--guardrails', 'p95-latency < 0.1', '--min-requests', '10', '--promote-on-win', 'true',
    '--traffic', 'command', '--traffic-command', `node examples/set-traffic.js ${weights} {{canary}} {{stable}}`,
    '--report-path', path.join(reports, 'demo-ab'),
  ], {
    expect: 'fail',
    show: report('demo-ab'),
    check: (o) => {
      if (o.verdict !== 'no-difference' && o.verdict !== 'inconclusive') throw new Error(`verdict ${o.verdict}, expected no-difference or inconclusive`);
      const after = JSON.parse(fs.readFileSync(weights, 'utf8'));
      if (after.canary !== 0) throw new Error(`traffic left at candidate ${after.canary}%`);
      return `: ${o.verdict}, not shipped`;
    },
  });
  load.stop();
  twinA.stop();
  twinB.stop();

  // Shadow: v1.0.0 answers every request and logs its predictions; each request is copied to a
  // candidate (the mirror set and removed by shadow-check through a command) that logs its own.
  // v1.3.0 weighs support calls more and is rejected; v1.0.1, retrained on the same data, agrees.
  const mirrorFile = path.join(os.tmpdir(), `mlship-demo-mirror-${process.pid}.json`);
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-demo-predictions-'));
  const shadowStep = async (version, args, label, name, expected, check) => {
    const liveLog = path.join(logs, `${name}-live.jsonl`);
    const shadowLog = path.join(logs, `${name}-shadow.jsonl`);
    const live = await modelServer('v1.0.0', ['--predictions-log', liveLog]);
    const candidate = await modelServer(version, ['--predictions-log', shadowLog, ...args]);
    const mirroring = mirrorLoad(mirrorFile, live.url, candidate.url);
    try {
      await step('shadow-check', label, [
        '--source', 'scrape', '--shadow-metrics-url', `${candidate.url}/metrics`, '--scrape-interval', '1', '--duration', '3', '--min-requests', '10',
        '--mirror', 'command', '--mirror-command', `node examples/set-mirror.js ${mirrorFile} {{percent}}`,
        '--live-predictions', liveLog, '--shadow-predictions', shadowLog, '--segment-column', 'plan', '--min-matched', '50',
        '--report-path', path.join(reports, name),
      ], { expect: expected, show: report(name), check });
    } finally {
      mirroring.stop();
      live.stop();
      candidate.stop();
    }
  };
  const mirrorRemoved = () => {
    const after = JSON.parse(fs.readFileSync(mirrorFile, 'utf8'));
    if (after.percent !== 0) throw new Error(`the mirror was left at ${after.percent}%`);
  };
  try {
    await shadowStep('v1.3.0', ['--weights', '{"support_calls":0.6}'], 'shadow v1.3.0 disagrees', 'demo-shadow-fail', 'fail', (o) => {
      if (o.verdict !== 'reject') throw new Error(`verdict ${o.verdict}, expected reject`);
      mirrorRemoved();
      const top = JSON.parse(o['segments-json'] ?? '[]')[0];
      return `: ${Number(((1 - Number(o.agreement)) * 100).toFixed(1))}% of answers differ, most for ${top?.segment}`;
    });
    await shadowStep('v1.0.1', [], 'shadow v1.0.1 agrees', 'demo-shadow-pass', 'pass', (o) => {
      mirrorRemoved();
      return `: ${Number((Number(o.agreement) * 100).toFixed(1))}% same answers`;
    });
  } finally {
    fs.rmSync(mirrorFile, { force: true });
    fs.rmSync(logs, { recursive: true, force: true });
  }

  // 6. v1.1.0 went out, then production degrades: auto-rollback puts v1.0.0 back in prod.
  const degraded = await modelServer('v1.1.0', ['--error-rate', '0.2']);
  load = loadGenerator(null, degraded.url, degraded.url);
  await step('auto-rollback', 'release degrades (20% errors)', [
    '--source', 'scrape', '--stable-metrics-url', `${degraded.url}/metrics`, '--scrape-interval', '1', '--stabilization', '4',
    '--targets', 'registry', '--model-name', 'churn', '--stage', 'prod', '--version', 'v1.1.0', '--previous-version', 'v1.0.0', '--remote', 'none',
    '--report-path', path.join(reports, 'demo-rollback'),
  ], {
    expect: 'fail',
    cwd: repo,
    show: report('demo-rollback'),
    check: () => {
      // The newest assignment of stage prod names the version it puts there in its message.
      const prod = git(repo, 'tag', '--list', 'churn#prod#*', '--sort=-v:refname').split('\n')[0];
      const message = git(repo, 'tag', '-l', '--format=%(contents)', prod);
      const restored = JSON.parse(message.slice(message.indexOf('{'))).version;
      if (restored !== 'v1.0.0') throw new Error(`prod holds ${restored}, expected v1.0.0`);
      return `: prod back to ${restored}`;
    },
  });
  load.stop();
  degraded.stop();
} finally {
  for (const s of [stable, good, bad]) s.stop();
  fs.rmSync(weights, { force: true });
  fs.rmSync(repo, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  ok
    ? `\nDemo OK (${seconds} s): the pull request got its checklist, its flaky test named and its training failure diagnosed; bad data and a regressed model were stopped before deployment; the staging config was exported and the gated model promoted, a healthy canary was promoted and a failing one rolled back, a checked green took every user and a failing one was switched back, a shadow that disagreed was stopped and an A/A test shipped nothing; a release that degraded in production was rolled back in the registry.`
    : `\nDemo FAILED (${seconds} s): a verdict was not the expected one (✗ above).`,
);
process.exitCode = ok ? 0 : 1;

function git(cwd, ...args) {
  const id = { GIT_AUTHOR_NAME: 'mlship demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'mlship demo', GIT_COMMITTER_EMAIL: 'demo@example.com' };
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...id }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function hasPython3() {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function writeFiles(dir, files) {
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), text);
  }
}

/** A repository with main and a feature branch that retrains the model on new data (a .dvc file pointing at it). */
function pullRequestRepo() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-demo-pr-'));
  const dvc = (md5, size) => `outs:\n- md5: ${md5}\n  size: ${size}\n  hash: md5\n  path: train.csv\n`;
  git(dir, 'init', '--quiet', '--initial-branch=main');
  writeFiles(dir, { 'README.md': 'churn model\n', 'models/churn.py': 'LEARNING_RATE = 0.0003\n', 'data/train.csv.dvc': dvc('1c2a3b4c5d6e7f8091a2b3c4d5e6f708', 10485760) });
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'churn model v1');
  git(dir, 'checkout', '--quiet', '-b', 'feature');
  writeFiles(dir, { 'models/churn.py': 'LEARNING_RATE = 0.00001  # scaled features\n', 'data/train.csv.dvc': dvc('9f8e7d6c5b4a39281706f5e4d3c2b1a0', 13107200) });
  git(dir, 'commit', '--quiet', '--all', '-m', 'retrain on the new month of data');
  return dir;
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

/**
 * About 100 requests a second to the live model, each with its own request id and
 * features; the share the mirror file names (none until it exists) is also sent,
 * with the same id, to the shadow, whose answer nobody reads.
 */
function mirrorLoad(mirrorFile, liveUrl, shadowUrl) {
  fs.writeFileSync(mirrorFile, JSON.stringify({ percent: 0 }));
  const plans = ['basic', 'pro', 'enterprise'];
  let n = 0;
  const timer = setInterval(() => {
    let share = 0;
    try {
      share = JSON.parse(fs.readFileSync(mirrorFile, 'utf8')).percent / 100;
    } catch {
      share = 0;
    }
    const plan = plans[n % 3];
    // Pro customers call support more, so a model that weighs calls differently disagrees most on them.
    const body = JSON.stringify({ tenure_months: 1 + Math.floor(Math.random() * 72), monthly_charges: 20 + Math.random() * 100, support_calls: Math.floor(Math.random() * (plan === 'pro' ? 9 : 2)), plan });
    const headers = { 'content-type': 'application/json', 'x-request-id': `demo-${process.pid}-${n++}` };
    const send = (url) => fetch(`${url}/predict`, { method: 'POST', body, headers }).then((r) => r.arrayBuffer(), () => undefined);
    send(liveUrl);
    if (Math.random() < share) send(shadowUrl);
  }, 10);
  return { stop: () => clearInterval(timer) };
}
