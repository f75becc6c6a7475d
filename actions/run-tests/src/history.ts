import type { TestCase } from './junit';

export interface FlakyTest {
  id: string;
  failedOn: number[];
  passedOn: number;
}

export interface FailingTest {
  id: string;
  failedOn: number[];
  /** First line of the message on the last attempt that ran it. */
  message?: string;
}

/**
 * Each test's fate across attempts, from the JUnit results of every attempt
 * (1-based, in order; undefined for an attempt without results, e.g. timed out).
 * A test's final state is its state in the last attempt that ran it, so a
 * retry that reruns only the failures (pytest --lf) still counts the others as passed.
 * Flaky: failed (or errored) on some attempt, passed on a later one.
 */
export function classifyTests(attempts: (TestCase[] | undefined)[]): { flaky: FlakyTest[]; failing: FailingTest[]; total: number } {
  const byId = new Map<string, { failedOn: number[]; last: TestCase; passedOn?: number }>();
  attempts.forEach((tests, i) => {
    if (!tests) return;
    // One attempt may report a test twice (several files, a parametrised name): worst result wins.
    const worst = new Map<string, TestCase>();
    for (const t of tests) {
      const seen = worst.get(t.id);
      if (!seen || rank[t.status] > rank[seen.status]) worst.set(t.id, t);
    }
    for (const t of worst.values()) {
      const entry = byId.get(t.id) ?? { failedOn: [], last: t };
      if (t.status === 'failed' || t.status === 'error') {
        entry.failedOn.push(i + 1);
        entry.passedOn = undefined;
      } else if (t.status === 'passed' && entry.passedOn === undefined) entry.passedOn = i + 1;
      entry.last = t;
      byId.set(t.id, entry);
    }
  });
  const flaky: FlakyTest[] = [];
  const failing: FailingTest[] = [];
  for (const [id, e] of byId) {
    const finalFailed = e.last.status === 'failed' || e.last.status === 'error';
    if (finalFailed) failing.push({ id, failedOn: e.failedOn, message: e.last.message });
    else if (e.failedOn.length && e.last.status === 'passed' && e.passedOn !== undefined) flaky.push({ id, failedOn: e.failedOn, passedOn: e.passedOn });
  }
  return { flaky, failing, total: byId.size };
}

const rank: Record<TestCase['status'], number> = { skipped: 0, passed: 1, failed: 2, error: 3 };
