/**
 * `npm run demo` end to end: scripts/demo.js runs every step through the
 * committed CLI bundle (dist/cli), with real git repositories, real model
 * servers on 127.0.0.1, a real training script and a real flaky test suite. It must print one ✓ line
 * per step, no report dumps, and exit 0.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './harness';

test('npm run demo: one ✓ line per step, a final OK, exit 0', async () => {
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/demo.js')], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`demo exited ${code}\n${stdout}\n${stderr}`);
  expect(stderr).toBe('');

  const steps = stdout.split('\n').filter((l) => /^[✓✗] /.test(l));
  const expected: [string, RegExp][] = [
    ['pr-checklist', /PR comment previewed: 3 sections, \.dvc data \+2\.50 MiB +mlship-reports\/demo-checklist\/comment\.md$/],
    ['run-tests', /unit tests: flaky test_predict_latency passed on retry +mlship-reports\/demo-tests\/report\.md$/],
    ['training-diagnostics', /training diverges: Loss became NaN\/inf.* +mlship-reports\/demo-training\/comment\.md$/],
    ['validate-data', /clean data passes +mlship-reports\/demo-pass\/report\.md$/],
    ['validate-data', /broken data is stopped \(\d+ checks failed\) +mlship-reports\/demo-fail\/report\.md$/],
    ['eval-gate', /a better model passes the gate +mlship-reports\/demo-gate-pass\/report\.md$/],
    ['eval-gate', /a regressed, unfair model is blocked \(\d+ checks failed\) +mlship-reports\/demo-gate-fail\/report\.md$/],
    ['env-config', /staging config exported: \d+ variables +mlship-reports\/demo-env\/report\.md$/],
    ['promote-model', /production today: churn v1\.0\.0 in prod +mlship-reports\/demo-promote-v1\.0\.0\/report\.md$/],
    ['promote-model', /gated v1\.1\.0 promoted \(accuracy re-checked\) +mlship-reports\/demo-promote\/report\.md$/],
    ['canary-check', /healthy canary v1\.1\.0: 20% → 50% → 100% +mlship-reports\/demo-canary-pass\/report\.md$/],
    ['canary-check', /canary v1\.2\.0 \(25% errors, slow\) back to 0% +mlship-reports\/demo-canary-fail\/report\.md$/],
    ['blue-green', /green v1\.1\.0 checked, then switched to: green live +mlship-reports\/demo-blue-green-pass\/report\.md$/],
    ['blue-green', /green v1\.2\.0 \(25% errors\) switched back to blue +mlship-reports\/demo-blue-green-fail\/report\.md$/],
    ['ab-test', /A\/A v1\.1\.0 vs itself: (no-difference|inconclusive), not shipped +mlship-reports\/demo-ab\/report\.md$/],
    ['shadow-check', /shadow v1\.3\.0 disagrees: \d+(\.\d)?% of answers differ, most for pro +mlship-reports\/demo-shadow-fail\/report\.md$/],
    ['shadow-check', /shadow v1\.0\.1 agrees: 100% same answers +mlship-reports\/demo-shadow-pass\/report\.md$/],
    ['auto-rollback', /release degrades \(20% errors\): prod back to v1\.0\.0 +mlship-reports\/demo-rollback\/report\.md$/],
  ];
  expect(steps).toHaveLength(expected.length);
  expected.forEach(([action, rest], i) => {
    expect(steps[i]!.startsWith(`✓ ${action} `)).toBe(true);
    expect(steps[i]).toMatch(rest);
  });
  // Quiet: the header, the step lines and the verdict; no JSON, no step output.
  expect(stdout).not.toMatch(/^\s*[{[]"/m);
  expect(stdout).not.toContain('outputs:');
  expect(stdout.trim().split('\n').at(-1)).toMatch(/^Demo OK \(\d+ s\): /);
}, 300_000);
