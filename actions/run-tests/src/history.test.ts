import { classifyTests } from './history';
import type { TestCase } from './junit';

const t = (id: string, status: TestCase['status'], message?: string): TestCase => ({ id, status, ...(message ? { message } : {}) });

describe('classifyTests', () => {
  it('flaky: failed on an attempt, passed on a later one; failing: failed on the last attempt that ran it', () => {
    const r = classifyTests([
      [t('a', 'failed', 'boom'), t('b', 'passed'), t('c', 'failed', 'x1'), t('d', 'error')],
      [t('a', 'failed', 'boom'), t('b', 'passed'), t('c', 'failed', 'x2'), t('d', 'passed')],
      [t('a', 'passed'), t('b', 'passed'), t('c', 'failed', 'x3'), t('d', 'passed')],
    ]);
    expect(r.flaky).toEqual([
      { id: 'a', failedOn: [1, 2], passedOn: 3 },
      { id: 'd', failedOn: [1], passedOn: 2 },
    ]);
    expect(r.failing).toEqual([{ id: 'c', failedOn: [1, 2, 3], message: 'x3' }]);
    expect(r.total).toBe(4);
  });

  it('a retry that reruns only the failures (pytest --lf) leaves the others passed', () => {
    const r = classifyTests([[t('a', 'failed'), t('b', 'passed')], [t('a', 'passed')]]);
    expect(r.flaky).toEqual([{ id: 'a', failedOn: [1], passedOn: 2 }]);
    expect(r.failing).toEqual([]);
  });

  it('skips attempts without results (a timeout), and takes the worst result of a test reported twice in one attempt', () => {
    const r = classifyTests([undefined, [t('a', 'passed'), t('a', 'failed', 'second file')]]);
    expect(r.failing).toEqual([{ id: 'a', failedOn: [2], message: 'second file' }]);
    expect(r.flaky).toEqual([]);
  });
});
