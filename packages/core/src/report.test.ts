import { createReport, failedChecks, overallStatus, shouldFail, type Check } from './report';

const c = (id: string, status: Check['status'], severity?: Check['severity']): Check => ({ id, title: id, status, severity });

describe('report status', () => {
  it('takes the worst check, with failed warnings counting as warn', () => {
    expect(overallStatus([c('a', 'pass'), c('b', 'fail', 'warning')])).toBe('warn');
    expect(overallStatus([c('a', 'pass'), c('b', 'fail', 'warning'), c('c', 'fail')])).toBe('fail');
    expect(overallStatus([c('a', 'error'), c('b', 'fail')])).toBe('error');
    expect(overallStatus([c('a', 'skip')])).toBe('pass');
    expect(overallStatus([])).toBe('pass');
  });

  it('lists failed checks including warnings-as-failures but not warnings', () => {
    const r = createReport({ action: 'x', title: 't', checks: [c('a', 'fail'), c('b', 'fail', 'warning'), c('c', 'pass')] });
    expect(failedChecks(r).map((x) => x.id)).toEqual(['a']);
  });

  it.each([
    ['fail', 'error', true],
    ['warn', 'error', false],
    ['warn', 'warning', true],
    ['error', 'warning', true],
    ['fail', 'never', false],
    ['pass', 'warning', false],
  ] as const)('status %s with fail-on %s fails: %s', (status, failOn, expected) => {
    expect(shouldFail(status, failOn)).toBe(expected);
  });
});
