#!/usr/bin/env node
// The demo's traffic mirror: shadow-check's `command` provider runs
//   node examples/set-mirror.js <mirror file> {{percent}}
// with the share of live requests to copy to the shadow, then with 0 to remove the
// mirror; the demo's load generator reads the file to decide which requests to copy.
import fs from 'node:fs';

const [file, percent] = process.argv.slice(2);
const p = Number(percent);
if (!file || percent === undefined || !(p >= 0 && p <= 100)) {
  console.error('usage: set-mirror.js <mirror file> <percent 0..100>');
  process.exit(1);
}
fs.writeFileSync(`${file}.tmp`, JSON.stringify({ percent: p }) + '\n');
fs.renameSync(`${file}.tmp`, file);
console.log(p === 0 ? 'mirror removed' : `mirror: ${p}% of live requests copied to the shadow`);
