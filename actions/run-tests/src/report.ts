import { createReport, formatNumber, type Check, type Report } from '@mlship/core';
import type { AttemptOutcome } from './attempt';
import type { FailingTest, FlakyTest } from './history';
import type { TestCase } from './junit';

export interface AttemptRecord {
  n: number;
  outcome: AttemptOutcome;
  passed: boolean;
  /** JUnit files this attempt wrote, relative to the working directory. */
  junitFiles: string[];
  /** Their copies, relative to the report directory. */
  copies: string[];
  tests?: TestCase[];
  /** Why the attempt counts as failed although the exit code says otherwise, or why it has no results. */
  note?: string;
}

export interface RunSummary {
  attempts: AttemptRecord[];
  maxAttempts: number;
  junit: boolean;
  flaky: FlakyTest[];
  failing: FailingTest[];
  total: number;
  /** A JUnit problem that stopped the run (no file written, unparsable file): the report is an error. */
  problem?: { message: string; file?: string; line?: number };
}

export function describeOutcome(o: AttemptOutcome): string {
  if (o.spawnError) return o.spawnError;
  if (o.timedOut) return `timed out (${o.signal ?? `exit ${o.exitCode}`})`;
  if (o.cancelled) return `cancelled (${o.signal ?? `exit ${o.exitCode}`})`;
  if (o.signal) return `killed by ${o.signal}`;
  return `exit ${o.exitCode}`;
}

const list = (ns: number[]) => ns.join(', ');
const counts = (tests: TestCase[]) => {
  const failed = tests.filter((t) => t.status === 'failed' || t.status === 'error').length;
  return `${tests.length - failed} passed, ${failed} failed`;
};

export function buildReport(s: RunSummary): Report {
  const last = s.attempts[s.attempts.length - 1];
  const passed = !!last?.passed && !s.problem;
  const retried = passed && s.attempts.length > 1;
  const checks: Check[] = [];
  if (s.problem) {
    checks.push({ id: 'junit', title: 'JUnit results', status: 'error', detail: s.problem.message, location: s.problem.file ? { file: s.problem.file, line: s.problem.line } : undefined });
  }
  checks.push({
    id: 'tests',
    title: 'Tests pass',
    status: s.problem ? 'skip' : passed ? 'pass' : 'fail',
    severity: 'error',
    observed: last ? (last.tests ? `${counts(last.tests)} (${describeOutcome(last.outcome)})` : describeOutcome(last.outcome)) : null,
    expected: 'exit 0, no failed test',
    detail: passed
      ? undefined
      : s.failing.length
        ? `still failing after ${s.attempts.length} attempt${s.attempts.length === 1 ? '' : 's'}: ${s.failing.map((t) => t.id).join(', ')}`
        : last
          ? `attempt ${last.n} of ${s.maxAttempts}: ${last.note ?? describeOutcome(last.outcome)}`
          : undefined,
  });
  checks.push({
    id: 'flaky',
    title: 'Passed without a retry',
    status: s.problem ? 'skip' : retried || s.flaky.length ? 'fail' : 'pass',
    severity: 'warning',
    observed: last ? `attempt ${last.n} of ${s.maxAttempts}` : null,
    expected: 'attempt 1',
    detail: s.flaky.length
      ? `needed a retry: ${s.flaky.map((t) => t.id).join(', ')}`
      : retried
        ? s.junit
          ? 'the command failed, then passed on a retry, but no test failed in the JUnit files (a crash, a setup step or a coverage gate?)'
          : 'the command failed, then passed on a retry; without junit the tests that needed it are unknown'
        : undefined,
  });

  const tables: Report['tables'] = [];
  if (s.flaky.length) {
    tables.push({ title: 'Tests that needed a retry', columns: ['Test', 'Failed on attempt(s)', 'Passed on attempt'], rows: s.flaky.map((t) => [t.id, list(t.failedOn), t.passedOn]), folded: false });
  }
  if (s.failing.length) {
    tables.push({ title: 'Failing tests', columns: ['Test', 'Failed on attempt(s)', 'Message'], rows: s.failing.map((t) => [t.id, list(t.failedOn), t.message ?? '']), folded: false });
  }
  tables.push({
    title: 'Attempts',
    columns: s.junit ? ['Attempt', 'Result', 'Exit code', 'Duration (s)', 'Tests', 'JUnit files'] : ['Attempt', 'Result', 'Exit code', 'Duration (s)'],
    rows: s.attempts.map((a) => {
      const row = [a.n, a.passed ? 'passed' : `failed${a.note ? `: ${a.note}` : ''}`, a.outcome.exitCode === null ? describeOutcome(a.outcome) : a.outcome.exitCode, Number(formatNumber(a.outcome.durationSeconds))];
      return s.junit ? [...row, a.tests ? counts(a.tests) : '', a.junitFiles.join(', ')] : row;
    }),
    folded: false,
  });

  const verdict = s.problem
    ? `Stopped after attempt ${last?.n ?? 0} of ${s.maxAttempts}: the JUnit results could not be read.`
    : passed
      ? retried
        ? `Passed on attempt ${last!.n} of ${s.maxAttempts}, after ${s.attempts.length - 1} failed attempt${s.attempts.length > 2 ? 's' : ''}: the suite is flaky.`
        : `Passed on the first attempt.`
      : `Failed on all ${s.attempts.length} attempt${s.attempts.length === 1 ? '' : 's'}.`;
  const scope = s.problem ? 'No test results are reported.' : s.junit ? `${s.total} test${s.total === 1 ? '' : 's'} in the JUnit files.` : 'No junit input: only attempt-level results are known, not which tests failed or needed a retry.';
  return createReport({
    action: 'run-tests',
    title: 'Tests',
    summary: `${verdict} ${scope}`,
    checks,
    tables,
    data: {
      attempts: s.attempts.map((a) => ({ attempt: a.n, passed: a.passed, exitCode: a.outcome.exitCode, signal: a.outcome.signal, timedOut: a.outcome.timedOut, durationSeconds: a.outcome.durationSeconds, junitFiles: a.junitFiles, copies: a.copies, note: a.note ?? null })),
      flakyTests: s.flaky,
      failedTests: s.failing,
      junit: s.junit,
    },
  });
}
