// Hostile line lengths through the validate-data bundle, measured as a runner runs it:
// one 300 MB JSONL line and one 100 MB unclosed CSV quote (both past the 64 MiB cap:
// they must fail with one line naming line and file, fast and in bounded memory), and a
// 60 MB quoted CSV field (under the cap: read, time and peak RSS reported for information).
//
//   node bench/validate-data/long-lines.js
//
// Peak RSS comes from bench/validate-data/rss.js (process.resourceUsage().maxRSS at exit).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const bundle = path.join(process.env.MLSHIP_BENCH_DIST ?? path.join(root, 'dist'), 'validate-data/index.js');
const rssPreload = pathToFileURL(path.join(here, 'rss.js')).href;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-long-lines-'));

function writeRepeated(name, head, mib, tail) {
  const file = path.join(dir, name);
  const fd = fs.openSync(file, 'w');
  const chunk = 'x'.repeat(1 << 20);
  fs.writeSync(fd, head);
  for (let i = 0; i < mib; i++) fs.writeSync(fd, chunk);
  fs.writeSync(fd, tail);
  fs.closeSync(fd);
  return name;
}

const cases = [
  { name: '300 MB JSONL line', file: writeRepeated('one-line.jsonl', '{"a":1}\n{"a":"', 300, '"}\n'), expect: /one-line\.jsonl: line 2 is longer than 64 MiB/, maxSeconds: 10, maxRssMb: 512 },
  { name: '100 MB unclosed CSV quote', file: writeRepeated('runaway.csv', 'a,b\n1,2\n3,"', 100, '\n4,5\n'), expect: /runaway\.csv: line 3 is longer than 64 MiB/, maxSeconds: 10, maxRssMb: 512 },
  { name: '60 MB quoted CSV field', file: writeRepeated('field.csv', 'a,b\n1,"', 60, '"\n2,y\n'), expect: null },
];

const misses = [];
console.log('| case | exit | seconds | peak RSS MB | target | verdict |\n|---|---|---|---|---|---|');
for (const c of cases) {
  const env = { PATH: process.env.PATH, INPUT_DATA: c.file, 'INPUT_FAIL-ON': 'never', RUNNER_TEMP: dir, GITHUB_OUTPUT: path.join(dir, 'out'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', rssPreload, bundle], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  const seconds = (performance.now() - t0) / 1000;
  const rssMb = Math.round(Number(/__BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr ?? '')?.[1] ?? NaN) / 1024);
  let verdict = 'info';
  let target = '—';
  if (c.expect) {
    target = `exit 1 naming the line, < ${c.maxSeconds} s, RSS < ${c.maxRssMb}`;
    const ok = r.status === 1 && c.expect.test(r.stdout) && seconds < c.maxSeconds && rssMb < c.maxRssMb;
    verdict = ok ? 'ok' : 'MISSED';
    if (!ok) misses.push(`${c.name}: exit ${r.status ?? r.signal}, ${seconds.toFixed(1)} s, ${rssMb} MB; output: ${(r.stdout + r.stderr).trim().split('\n').slice(-2).join(' / ')}`);
  }
  console.log(`| ${c.name} | ${r.status ?? r.signal} | ${seconds.toFixed(2)} | ${rssMb} | ${target} | ${verdict} |`);
}
fs.rmSync(dir, { recursive: true, force: true });
if (misses.length) {
  console.log(`\nMISSED ${misses.length} target(s):\n  ${misses.join('\n  ')}`);
  process.exitCode = 1;
}
