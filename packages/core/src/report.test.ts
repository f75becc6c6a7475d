import { createReport, failedChecks, overallStatus, shouldFail, type Check } from './report';
import { renderComment } from './summary';

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

describe('renderComment', () => {
  const report = (checks: Check[]) => createReport({ action: 'eval-gate', title: 'Model gate', checks, summary: 'Candidate vs production.' });
  const pass = (id: string): Check => ({ id, title: id, status: 'pass', observed: 1, expected: '>= 0' });

  it('shows only what needs attention, counts the rest, links the run and folds the full report', () => {
    const body = renderComment(report([pass('a'), pass('b'), { id: 'accuracy', title: 'Accuracy', status: 'fail', observed: 0.9, expected: '>= 0.92', detail: 'misses by 0.02' }]), { runUrl: 'https://github.com/o/r/actions/runs/1' });
    const [visible, folded] = body.split('<details><summary>Full report</summary>');
    expect(visible).toContain('### ❌ FAIL Model gate');
    expect(visible).toMatch(/\| ❌ FAIL \| Accuracy \(accuracy\) \| 0\.9 \| >= 0\.92 \| misses by 0\.02 \|/);
    expect(visible).not.toContain('(a)');
    expect(visible).toContain('2 other checks passed.');
    expect(visible).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)');
    expect(folded).toContain('(a)');
    expect(folded).not.toContain('## ');
  });

  it('says all passed in one line when nothing failed', () => {
    const body = renderComment(report([pass('a')]));
    expect(body).toContain('All 1 check passed.');
    expect(body.split('<details>')[0]).not.toContain('| Status |');
  });
});
