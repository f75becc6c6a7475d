import { compileError, verdict, Workspace } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());

const f = ws.csvColumns('order.csv', {
  up: [1, null, 2, 2, null, 1, 5],
  down: [9, 8, 8, null, 9, 1, 0],
  d: ['2024-01-01', '2024-01-02', '2024-01-02', '2023-12-31', null, '2024-02-01', '2024-03-01'],
  s: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
});

describe('monotonic (GX expect_column_values_to_be_increasing / _decreasing)', () => {
  it('compares each value with the previous non-null one; the first passes', async () => {
    const c = await ws.one({ type: 'monotonic', column: 'up', direction: 'increasing' }, f);
    expect(verdict(c)).toEqual({ status: 'fail', observed: '1 out of order', expected: 'increasing', detail: '1 of 5 values break the order, e.g. 1' });
  });

  it('strictly fails equal neighbours too; mostly is over non-null values', async () => {
    expect(await ws.one({ type: 'monotonic', column: 'up', direction: 'increasing', strictly: true }, f)).toMatchObject({ observed: '2 out of order' });
    expect((await ws.one({ type: 'monotonic', column: 'up', direction: 'increasing', strictly: true, mostly: 0.6 }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'monotonic', column: 'up', direction: 'increasing', strictly: true, mostly: 0.61 }, f)).status).toBe('fail');
  });

  it('decreasing', async () => {
    expect(await ws.one({ type: 'monotonic', column: 'down', direction: 'decreasing' }, f)).toMatchObject({ status: 'fail', observed: '1 out of order', detail: '1 of 6 values break the order, e.g. 9' });
  });

  it('row_condition: the previous value is the previous selected row, as GX filters before diff()', async () => {
    // up where down >= 8 is 1, null, 2, null: the 1 after the 2 (where down is 1) is left out.
    expect(await ws.one({ type: 'monotonic', column: 'up', direction: 'increasing', row_condition: 'down >= 8' }, f)).toMatchObject({ status: 'pass', observed: '0 out of order' });
  });

  it('orders dates; a text column is refused', async () => {
    const o = await ws.validate([{ type: 'monotonic', column: 'd', direction: 'increasing' }], f, { read: { csv: { types: { d: 'date' } } } });
    expect(o.checks[0]).toMatchObject({ status: 'fail', observed: '1 out of order' });
    expect(await compileError(ws.validate([{ type: 'monotonic', column: 's', direction: 'increasing' }], f))).toBe('column: "s" is string, monotonic needs a numeric, date or timestamp column');
  });
});
