/**
 * run-tests end to end: the dist bundle run as the runner runs it (harness.ts)
 * on real processes — a suite that fails its first run and passes the second
 * (state in a temp dir) writing pytest- and jest-junit-shaped JUnit XML, one
 * that never passes, a hanging one past its timeout — and on bad inputs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectUserError, repoRoot, runBundle, type RunOptions, expectErrorRecorded, processAlive } from './harness';

const suite = path.join(repoRoot, '__tests__/fixtures/run-tests/suite.js');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-rt-'));
let n = 0;

async function runTests(inputs: Record<string, string>, opts: Partial<RunOptions> & { files?: Record<string, string> } = {}) {
  const work = path.join(root, `w${++n}`);
  fs.mkdirSync(work);
  for (const [f, text] of Object.entries(opts.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(work, f)), { recursive: true });
    fs.writeFileSync(path.join(work, f), text);
  }
  const reportDir = path.join(work, 'mlship-report');
  const r = await runBundle('run-tests', { cwd: work, timeoutMs: 60000, ...opts, inputs: { 'retry-delay': '0', 'report-path': reportDir, ...inputs } });
  const reportFile = path.join(reportDir, 'report.json');
  const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : undefined;
  return { ...r, work, reportDir, report };
}

const suiteCommand = (mode: string) => `node ${suite} "$PWD/state" ${mode}`;

describe('run-tests', () => {
  it.each(['node20', 'node24'] as const)('names the test that needed a retry; a pass after a retry is a warning (%s)', async (node) => {
    const r = await runTests({ command: suiteCommand('flaky-pytest'), junit: 'reports/*.xml', retries: '2' }, { node });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', status: 'warn', 'failed-checks': '[]', attempts: '2', 'flaky-tests': '["tests.test_model::test_accuracy"]', 'failed-tests': '[]', 'report-path': r.reportDir });
    // The command's own output streams into the step log, between the attempts.
    expect(r.stdout.indexOf('suite run 1: FAILED')).toBeGreaterThan(r.stdout.indexOf('run-tests: attempt 1 of 3'));
    expect(r.stdout.indexOf('suite run 1: FAILED')).toBeLessThan(r.stdout.indexOf('run-tests: attempt 2 of 3'));
    expect(r.stdout).not.toContain('attempt 3 of 3');
    expect(r.warnings).toEqual(['Passed without a retry: needed a retry: tests.test_model::test_accuracy']);
    expect(r.summary).toContain('## ⚠️ WARN Tests');
    expect(r.summary).toContain('Passed on attempt 2 of 3, after 1 failed attempt: the suite is flaky. 3 tests in the JUnit files.');
    expect(r.summary).toContain('### Tests that needed a retry\n\n| Test | Failed on attempt(s) | Passed on attempt |\n| --- | --- | --- |\n| tests.test\\_model::test\\_accuracy | 1 | 2 |');
    expect(r.summary).toMatch(/\| 1 \| failed \| 1 \| [\d.]+ \| 2 passed, 1 failed \| reports\/junit\.xml \|\n\| 2 \| passed \| 0 \| [\d.]+ \| 3 passed, 0 failed \| reports\/junit\.xml \|/);
    // Each attempt's JUnit file is kept; the workspace holds the last attempt's.
    expect(fs.readFileSync(path.join(r.reportDir, 'attempt-1/reports/junit.xml'), 'utf8')).toContain('<failure message="assert 0.81 &gt;= 0.85">');
    expect(fs.readFileSync(path.join(r.reportDir, 'attempt-2/reports/junit.xml'), 'utf8')).not.toContain('<failure');
    expect(fs.readFileSync(path.join(r.work, 'reports/junit.xml'), 'utf8')).toBe(fs.readFileSync(path.join(r.reportDir, 'attempt-2/reports/junit.xml'), 'utf8'));
    expect(r.report.data.flakyTests).toEqual([{ id: 'tests.test_model::test_accuracy', failedOn: [1], passedOn: 2 }]);
    expect(r.report.data.attempts.map((a: { exitCode: number }) => a.exitCode)).toEqual([1, 0]);
  });

  it('fail-on: warning fails the job on a flaky suite', async () => {
    const r = await runTests({ command: suiteCommand('flaky-pytest'), junit: 'reports/junit.xml', retries: '1', 'fail-on': 'warning' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'true', status: 'warn', attempts: '2' });
    expect(r.errors).toEqual(['Tests: WARN — warnings present']);
  });

  it('reads jest-junit files; junit takes one glob per line, braces included', async () => {
    const r = await runTests({ command: suiteCommand('flaky-jest'), junit: 'reports/{jest-junit,unit}.xml\nreports/none-*.xml', retries: '1' });
    expect(r.outputs).toMatchObject({ status: 'warn', attempts: '2', 'flaky-tests': '["model predicts the majority class::model predicts the majority class"]' });
  });

  it('an always-failing suite exhausts its retries; final failures carry their message, escaped for markdown', async () => {
    const r = await runTests({ command: suiteCommand('broken'), junit: 'reports/junit.xml', retries: '2' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail', 'failed-checks': '["tests"]', attempts: '3', 'flaky-tests': '["tests.test_model::test_shape"]', 'failed-tests': '["tests.test_model::test_accuracy"]' });
    expect(r.stdout.match(/suite run \d: FAILED/g)).toEqual(['suite run 1: FAILED', 'suite run 2: FAILED', 'suite run 3: FAILED']);
    expect(r.summary).toContain('Failed on all 3 attempts.');
    expect(r.summary).toContain('| tests.test\\_model::test\\_accuracy | 1, 2, 3 | assert score \\| 0.5 is \\*too low\\* &lt;b> |');
    expect(r.summary).toContain('| tests.test\\_model::test\\_shape | 1 | 2 |');
    expect(r.errors).toEqual(['Tests pass: still failing after 3 attempts: tests.test_model::test_accuracy', 'Tests: FAIL — tests']);
    for (const a of [1, 2, 3]) expect(fs.existsSync(path.join(r.reportDir, `attempt-${a}/reports/junit.xml`))).toBe(true);
  });

  it('retries 0 runs once; without junit the report says only attempt-level results exist', async () => {
    const r = await runTests({ command: 'echo "running the suite"; exit 3' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'fail', attempts: '1', 'flaky-tests': '[]', 'failed-tests': '[]' });
    expect(r.summary).toContain('No junit input: only attempt-level results are known, not which tests failed or needed a retry.');
    expect(r.summary).toMatch(/\| 1 \| failed \| 3 \| [\d.]+ \|/);
    expect(r.report.data.junit).toBe(false);
  });

  it('runs the command like a run: step: bash with -e and pipefail, sh on request', async () => {
    const bash = await runTests({ command: 'false | cat\necho "not reached"' });
    expect(bash.outputs.status).toBe('fail');
    expect(bash.stdout).not.toContain('not reached');
    const sh = await runTests({ command: 'false | cat && export X=ok && echo "sh says $X"', shell: 'sh' });
    expect(sh.outputs).toMatchObject({ status: 'pass', attempts: '1' });
    expect(sh.stdout).toContain('sh says ok');
    const retried = await runTests({ command: 'test "$MLSHIP_ATTEMPT" = 2 && echo "attempt $MLSHIP_ATTEMPT of $MLSHIP_MAX_ATTEMPTS"', retries: '3' });
    expect(retried.outputs).toMatchObject({ status: 'warn', attempts: '2', 'flaky-tests': '[]' });
    expect(retried.stdout).toContain('attempt 2 of 4');
    expect(retried.summary).toContain('without junit the tests that needed it are unknown');
  });

  it('kills a hanging attempt and everything it started when the timeout passes', async () => {
    const r = await runTests({ command: 'echo $$ > shell.pid; sleep 300 & echo $! > child.pid; echo "hanging"; wait', timeout: '1s', retries: '1' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ status: 'fail', attempts: '2' });
    expect(r.warnings).toEqual(expect.arrayContaining(['run-tests: attempt 1 ran past 1s; stopping its process group', 'run-tests: attempt 2 ran past 1s; stopping its process group']));
    expect(r.summary).toMatch(/\| 2 \| failed \| timed out \(SIGTERM\) \|/);
    for (const f of ['shell.pid', 'child.pid']) {
      const pid = Number(fs.readFileSync(path.join(r.work, f), 'utf8'));
      await waitFor(() => !processAlive(pid), `${f} ${pid} still running`);
    }
  });

  describe('bad input: one line, nothing run', () => {
    it.each([
      [{ retries: '-1' }, /^input "retries" Too small: expected number to be >=0/],
      [{ retries: 'x' }, /^input "retries" expected a number, got "x"/],
      [{ retries: '11' }, /^input "retries" Too big: expected number to be <=10/],
      [{ shell: 'zsh' }, /^input "shell" Invalid option: expected one of "bash"\|"sh"/],
      [{ timeout: 'soon' }, /^input "timeout" is "soon", not a duration/],
      [{ 'working-directory': 'no/such/dir' }, /^input "working-directory" is "no\/such\/dir", which is not a directory/],
    ])('%j', async (inputs, message) => {
      const r = await runTests({ command: 'touch ran', ...inputs });
      expectUserError(r, message);
      expectErrorRecorded(r);
      expect(fs.existsSync(path.join(r.work, 'ran'))).toBe(false);
    });
  });

  describe('JUnit problems end the step as an error with the report written', () => {
    it('a passing attempt that wrote no matching file', async () => {
      const r = await runTests({ command: suiteCommand('no-junit'), junit: 'reports/*.xml', retries: '2' });
      expect(r.exitCode).toBe(1);
      expect(r.outputs).toMatchObject({ passed: 'false', status: 'error', 'failed-checks': '["junit"]', attempts: '1' });
      expect(r.errors[0]).toBe(
        'JUnit results: attempt 1 (exit 0) wrote no file matching junit "reports/*.xml" in .; fix the path, or make the test command write JUnit XML there (e.g. pytest --junitxml=reports/junit.xml)',
      );
      expect(r.summary).toContain('## 💥 ERROR Tests');
      expect(r.summary).not.toMatch(/\b0 tests\b/);
      expect(r.report.status).toBe('error');
    });

    it('a file left from before the step is never read as the attempt\'s results', async () => {
      const old = '<testsuites><testsuite name="pytest"><testcase classname="tests.old" name="test_gone"><failure message="stale"/></testcase></testsuite></testsuites>';
      const r = await runTests({ command: 'echo "forgot --junitxml"', junit: 'reports/junit.xml' }, { files: { 'reports/junit.xml': old } });
      expect(r.outputs).toMatchObject({ passed: 'false', status: 'error', 'failed-tests': '[]' });
      expect(r.warnings).toEqual(['run-tests: ignored reports/junit.xml: attempt 1 did not write it (it was there before)']);
      expect(r.errors[0]).toMatch(/^JUnit results: attempt 1 \(exit 0\) wrote no file matching junit "reports\/junit\.xml"/);
      expect(fs.readFileSync(path.join(r.work, 'reports/junit.xml'), 'utf8')).toBe(old);
    });

    it('no attempt of a failing command wrote one', async () => {
      const r = await runTests({ command: 'echo "pip install failed"; exit 1', junit: 'reports/junit.xml', retries: '1' });
      expect(r.outputs).toMatchObject({ passed: 'false', status: 'error', attempts: '2' });
      expect(r.errors[0]).toMatch(/^JUnit results: none of the 2 attempts wrote a file matching junit "reports\/junit\.xml"/);
    });

    it('unparsable XML, naming the file and line', async () => {
      const r = await runTests({ command: suiteCommand('bad-xml'), junit: 'reports/junit.xml', retries: '2' });
      expect(r.outputs).toMatchObject({ passed: 'false', status: 'error', attempts: '1' });
      expect(r.errors[0]).toMatch(/^JUnit results: reports\/junit\.xml:5: is not well-formed XML: Expected closing tag 'testcase'/);
      expect(r.stdout).toMatch(/::error title=run-tests%3A junit,file=reports\/junit\.xml,line=5::/);
      expect(fs.existsSync(path.join(r.reportDir, 'attempt-1/reports/junit.xml'))).toBe(true);
    });
  });
});


/** Polls a condition (no fixed sleep decides the outcome); fails with `what` after 20 s. */
async function waitFor(ok: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20000;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(what);
    await new Promise((r) => setTimeout(r, 50));
  }
}
