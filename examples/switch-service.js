#!/usr/bin/env node
// The demo's blue-green switch: blue-green's `command` switch runs
//   node examples/switch-service.js <weights file> {{active}}
// and the demo's load generator sends every request to the deployment it names
// (the file holds the same weights set-traffic.js writes: green is the canary side).
import fs from 'node:fs';

const [file, active] = process.argv.slice(2);
if (!file || (active !== 'blue' && active !== 'green')) {
  console.error('usage: switch-service.js <weights file> <blue|green>');
  process.exit(1);
}
const weights = active === 'green' ? { canary: 100, stable: 0 } : { canary: 0, stable: 100 };
fs.writeFileSync(`${file}.tmp`, JSON.stringify(weights) + '\n');
fs.renameSync(`${file}.tmp`, file);
console.log(`service: version=${active}`);
