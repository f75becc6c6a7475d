#!/usr/bin/env node
// `npm run demo`: the data gate and the model gate on the examples, through the
// same CLI bundle (dist/cli) a workflow step runs: a clean dataset that passes
// and a broken one that must fail; a better candidate model that passes and a
// regressed, unfair one that must be blocked. The demo itself succeeds only if
// every verdict is the expected one.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'dist/cli/index.js');
if (!fs.existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

const data = ['--config', 'examples/checks.yml', '--reference', 'examples/data/reference.parquet', '--test-data', 'examples/data/test.parquet'];
const model = ['--baseline-predictions', 'examples/predictions/production.csv', '--config', 'examples/eval_gate.yml'];
const runs = [
  { title: 'Clean training data (examples/data/train.parquet)', action: 'validate-data', args: ['--data', 'examples/data/train.parquet', ...data, '--report-path', 'mlship-reports/demo-pass'], expect: 0 },
  { title: 'Broken training data (examples/data/train_bad.csv)', action: 'validate-data', args: ['--data', 'examples/data/train_bad.csv', ...data, '--report-path', 'mlship-reports/demo-fail'], expect: 1 },
  { title: 'A better model vs production (examples/predictions/candidate.csv)', action: 'eval-gate', args: ['--predictions', 'examples/predictions/candidate.csv', ...model, '--report-path', 'mlship-reports/demo-gate-pass'], expect: 0 },
  { title: 'A regressed, unfair model vs production (examples/predictions/regressed.csv)', action: 'eval-gate', args: ['--predictions', 'examples/predictions/regressed.csv', ...model, '--report-path', 'mlship-reports/demo-gate-fail'], expect: 1 },
];

let ok = true;
for (const r of runs) {
  console.log(`\n━━ ${r.title}\n$ mlship ${r.action} ${r.args.join(' ')}`);
  const res = spawnSync(process.execPath, [cli, r.action, ...r.args], { cwd: root, stdio: 'inherit' });
  const verdict = res.status === 0 ? 'passed' : 'failed';
  const expected = r.expect === 0 ? 'passed' : 'failed';
  console.log(`→ the gate ${verdict} (expected: ${expected}); report in ${r.args[r.args.length - 1]}/report.md`);
  ok &&= verdict === expected;
}
console.log(ok ? '\nDemo OK: the clean data passed and the broken data was stopped before training; the better model passed and the regressed one was blocked before deployment.' : '\nDemo FAILED: a verdict was not the expected one.');
process.exitCode = ok ? 0 : 1;
