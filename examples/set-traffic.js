#!/usr/bin/env node
// The demo's traffic router: canary-check's `command` provider runs
//   node examples/set-traffic.js <weights file> {{canary}} {{stable}}
// at every step, and the demo's load generator reads the file to split requests.
import fs from 'node:fs';

const [file, canary, stable] = process.argv.slice(2);
const c = Number(canary);
const s = Number(stable);
if (!file || !Number.isInteger(c) || !Number.isInteger(s) || c < 0 || s < 0 || c + s !== 100) {
  console.error('usage: set-traffic.js <weights file> <canary 0..100> <stable 0..100> (summing to 100)');
  process.exit(1);
}
fs.writeFileSync(`${file}.tmp`, JSON.stringify({ canary: c, stable: s }) + '\n');
fs.renameSync(`${file}.tmp`, file);
console.log(`traffic: canary ${c}% / stable ${s}%`);
