import fs from 'node:fs';
import path from 'node:path';
import { defineAction, failOnInput, isUserError, numberInput, parseDuration, UserError, type ActionIO } from '@mlship/core';
import { z } from 'zod';
import { runAttempt, type AttemptOutcome } from './attempt';
import { classifyTests } from './history';
import { parseJUnit, type TestCase } from './junit';
import { collectJUnit, junitPatterns, keepCopies, snapshotJUnit } from './junit-files';
import { buildReport, describeOutcome, type AttemptRecord, type RunSummary } from './report';

export const runTests = defineAction({
  name: 'run-tests',
  inputs: z.object({
    command: z.string(),
    shell: z.enum(['bash', 'sh']).default('bash'),
    retries: numberInput().pipe(z.number().int().min(0).max(10)).default(0),
    'retry-delay': numberInput().pipe(z.number().min(0).max(3600)).default(5),
    junit: z.string().optional(),
    timeout: z.string().optional(),
    'working-directory': z.string().default('.'),
    'fail-on': failOnInput(),
    'report-path': z.string().default('mlship-reports/run-tests'),
  }),
  async run(inputs, io) {
    const cwd = path.resolve(inputs['working-directory']);
    if (!fs.existsSync(cwd) || !fs.statSync(cwd).isDirectory()) {
      throw new UserError(`input "working-directory" is "${inputs['working-directory']}", which is not a directory`, { hint: 'Check out the repository first, or fix the path.' });
    }
    if (!inputs.command.trim()) throw new UserError('input "command" is empty', { hint: 'Give the test command, e.g. `command: pytest tests/ --junitxml=reports/junit.xml`.' });
    const timeoutSeconds = inputs.timeout === undefined ? undefined : parseDuration(inputs.timeout, 'timeout');
    const patterns = inputs.junit ? junitPatterns(inputs.junit) : undefined;
    if (patterns && patterns.length === 0) throw new UserError('input "junit" holds no path', { hint: 'Give the JUnit XML path or glob, e.g. reports/junit-*.xml.' });
    const reportDir = path.resolve(inputs['report-path']);
    const maxAttempts = inputs.retries + 1;

    const attempts: AttemptRecord[] = [];
    const results: (TestCase[] | undefined)[] = [];
    let problem: RunSummary['problem'];
    for (let n = 1; n <= maxAttempts; n++) {
      const before = patterns ? await snapshotJUnit(patterns, cwd) : undefined;
      io.info(`run-tests: attempt ${n} of ${maxAttempts}${timeoutSeconds ? ` (timeout ${timeoutSeconds}s)` : ''}`);
      const outcome = await runAttempt({
        shell: inputs.shell,
        command: inputs.command,
        cwd,
        env: { ...process.env, MLSHIP_ATTEMPT: String(n), MLSHIP_MAX_ATTEMPTS: String(maxAttempts) },
        timeoutSeconds,
        onTimeout: () => io.warning(`run-tests: attempt ${n} ran past ${timeoutSeconds}s; stopping its process group`),
      });
      const record: AttemptRecord = { n, outcome, passed: false, junitFiles: [], copies: [] };
      attempts.push(record);
      let tests: TestCase[] | undefined;
      if (patterns && before) {
        const { written, stale } = await collectJUnit(patterns, cwd, before);
        for (const f of stale) io.warning(`run-tests: ignored ${path.relative(cwd, f)}: attempt ${n} did not write it (it was there before)`);
        record.junitFiles = written.map((f) => path.relative(cwd, f));
        record.copies = keepCopies(written, cwd, path.join(reportDir, `attempt-${n}`)).map((f) => path.relative(reportDir, f));
        if (written.length === 0) {
          record.note = `wrote no JUnit file (${describeOutcome(outcome)})`;
          // A passing command without results is a wrong junit path, never "0 tests"; a failing one may have
          // stopped before the tests ran (a dependency download), which is what a retry is for.
          if (outcome.exitCode === 0) problem = { message: noJUnitMessage(n, patterns, cwd, outcome) };
        } else {
          try {
            tests = written.flatMap((f) => parseJUnit(fs.readFileSync(f, 'utf8'), path.relative(process.cwd(), f) || f));
          } catch (e) {
            if (!isUserError(e)) throw e;
            const at = /^(.*):(\d+)$/.exec(e.details.where ?? '');
            problem = { message: e.line, file: at ? at[1] : e.details.where, line: at ? Number(at[2]) : undefined };
          }
        }
      }
      record.tests = tests;
      results.push(tests);
      const failedTests = tests?.filter((t) => t.status === 'failed' || t.status === 'error').length ?? 0;
      if (outcome.exitCode === 0 && failedTests > 0) record.note = `exit 0, but the JUnit files report ${failedTests} failed test${failedTests === 1 ? '' : 's'}`;
      record.passed = !problem && outcome.exitCode === 0 && !outcome.timedOut && failedTests === 0;
      io.info(`run-tests: attempt ${n} ${record.passed ? 'passed' : 'failed'} (${describeOutcome(outcome)}, ${outcome.durationSeconds.toFixed(1)}s)${tests ? `: ${tests.length} tests, ${failedTests} failed` : ''}`);
      if (record.passed || problem || outcome.cancelled || n === maxAttempts) break;
      // The next attempt must write its own results: a file left from this one would be read as the retry's.
      for (const f of patterns ? record.junitFiles.map((f) => path.resolve(cwd, f)) : []) fs.rmSync(f, { force: true });
      await wait(io, inputs['retry-delay']);
    }

    const last = attempts[attempts.length - 1]!;
    if (patterns && !problem && results.every((r) => r === undefined)) problem = { message: noJUnitMessage(last.n, patterns, cwd, last.outcome, attempts.length) };
    const { flaky, failing, total } = classifyTests(results);
    const report = buildReport({ attempts, maxAttempts, junit: !!patterns, flaky, failing, total, problem });
    return {
      report,
      outputs: { attempts: String(attempts.length), 'flaky-tests': JSON.stringify(flaky.map((t) => t.id)), 'failed-tests': JSON.stringify(failing.map((t) => t.id)) },
    };
  },
});

function noJUnitMessage(n: number, patterns: string[], cwd: string, outcome: AttemptOutcome, of?: number): string {
  const which = of && of > 1 ? `none of the ${of} attempts wrote a file` : `attempt ${n} (${describeOutcome(outcome)}) wrote no file`;
  return `${which} matching junit "${patterns.join(', ')}" in ${path.relative(process.cwd(), cwd) || '.'}; fix the path, or make the test command write JUnit XML there (e.g. pytest --junitxml=reports/junit.xml)`;
}

async function wait(io: ActionIO, seconds: number): Promise<void> {
  if (seconds <= 0) return;
  io.info(`run-tests: retrying in ${seconds}s`);
  await new Promise((r) => setTimeout(r, seconds * 1000));
}
