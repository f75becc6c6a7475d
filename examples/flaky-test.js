#!/usr/bin/env node
// A small test suite with one flaky test, for run-tests in the demo: its
// latency test times out on the first run and passes when run again, the way
// a test that depends on a cold cache or a busy machine does. It writes its
// results as JUnit XML (the shape pytest --junitxml writes) and exits 1 when
// a test failed. The attempt count lives in <state-file>.
//
//   node examples/flaky-test.js <state-file> <junit.xml>
import fs from 'node:fs';
import path from 'node:path';

const [stateFile, junitFile] = process.argv.slice(2);
if (!stateFile || !junitFile) {
  console.error('usage: node examples/flaky-test.js <state-file> <junit.xml>');
  process.exit(2);
}
const attempt = (fs.existsSync(stateFile) ? Number(fs.readFileSync(stateFile, 'utf8')) : 0) + 1;
fs.writeFileSync(stateFile, String(attempt));

const latencyMs = attempt === 1 ? 730 : 42;
const tests = [
  { name: 'test_predict_shape', time: 0.012 },
  { name: 'test_predict_probabilities_sum_to_one', time: 0.008 },
  { name: 'test_predict_latency', time: latencyMs / 1000, failure: latencyMs > 500 ? `AssertionError: p95 latency ${latencyMs} ms > 500 ms` : undefined },
];
const failures = tests.filter((t) => t.failure);
for (const t of tests) console.log(`tests/test_model.py::${t.name} ${t.failure ? 'FAILED' : 'PASSED'}`);

const xml = [
  '<?xml version="1.0" encoding="utf-8"?>',
  `<testsuites><testsuite name="pytest" errors="0" failures="${failures.length}" skipped="0" tests="${tests.length}" time="${tests.reduce((s, t) => s + t.time, 0).toFixed(3)}">`,
  ...tests.map((t) =>
    t.failure
      ? `<testcase classname="tests.test_model" name="${t.name}" time="${t.time}"><failure message="${t.failure}">${t.failure}</failure></testcase>`
      : `<testcase classname="tests.test_model" name="${t.name}" time="${t.time}"/>`,
  ),
  '</testsuite></testsuites>',
  '',
].join('\n');
fs.mkdirSync(path.dirname(junitFile), { recursive: true });
fs.writeFileSync(junitFile, xml);
process.exitCode = failures.length ? 1 : 0;
