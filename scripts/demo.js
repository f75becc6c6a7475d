#!/usr/bin/env node
// `npm run demo`: the data gate on the example datasets, through the same CLI
// bundle (dist/cli) a workflow step runs: one clean dataset that passes, one
// broken dataset that must fail. The demo itself succeeds only if both verdicts
// are the expected ones.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'dist/cli/index.js');
if (!fs.existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.');
  process.exit(1);
}

const common = ['--config', 'examples/checks.yml', '--reference', 'examples/data/reference.parquet', '--test-data', 'examples/data/test.parquet'];
const runs = [
  { title: 'Clean training data (examples/data/train.parquet)', args: ['--data', 'examples/data/train.parquet', '--report-path', 'mlship-reports/demo-pass'], expect: 0 },
  { title: 'Broken training data (examples/data/train_bad.csv)', args: ['--data', 'examples/data/train_bad.csv', '--report-path', 'mlship-reports/demo-fail'], expect: 1 },
];

let ok = true;
for (const r of runs) {
  console.log(`\n━━ ${r.title}\n$ mlship validate-data ${[...r.args, ...common].join(' ')}`);
  const res = spawnSync(process.execPath, [cli, 'validate-data', ...r.args, ...common], { cwd: root, stdio: 'inherit' });
  const verdict = res.status === 0 ? 'passed' : 'failed';
  const expected = r.expect === 0 ? 'passed' : 'failed';
  console.log(`→ the gate ${verdict} (expected: ${expected}); report in ${r.args[r.args.length - 1]}/report.md`);
  ok &&= verdict === expected;
}
console.log(ok ? '\nDemo OK: the clean data passed and the broken data was stopped before training.' : '\nDemo FAILED: a verdict was not the expected one.');
process.exitCode = ok ? 0 : 1;
