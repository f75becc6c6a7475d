import fs from 'node:fs';
import { compileError, verdict, Workspace } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());

// a: no nulls; b: 1 of 5 null (20%); c: 2 of 5 null (40%).
const abc = ws.csv('abc.csv', ['a', 'b', 'c'], [
  [1, 'x', null],
  [2, 'y', null],
  [3, null, 'z'],
  [4, 'x', 'w'],
  [5, 'y', 'w'],
]);

describe('row_count (GX expect_table_row_count_to_be_between: both bounds inclusive)', () => {
  it('passes inside and exactly on the bounds', async () => {
    expect(verdict(await ws.one({ type: 'row_count', min: 5, max: 10 }, abc))).toEqual({ status: 'pass', observed: 5, expected: '[5, 10]', detail: '5 rows' });
    expect(verdict(await ws.one({ type: 'row_count', min: 1, max: 5 }, abc))).toMatchObject({ status: 'pass', expected: '[1, 5]' });
    expect(verdict(await ws.one({ type: 'row_count', min: 5 }, abc))).toMatchObject({ status: 'pass', expected: '>= 5' });
    expect(verdict(await ws.one({ type: 'row_count', max: 5 }, abc))).toMatchObject({ status: 'pass', expected: '<= 5' });
    expect(verdict(await ws.one({ type: 'row_count' }, abc))).toMatchObject({ status: 'pass', expected: 'any' });
  });

  it('fails one row past either bound', async () => {
    expect(verdict(await ws.one({ type: 'row_count', min: 6 }, abc))).toEqual({ status: 'fail', observed: 5, expected: '>= 6', detail: '5 rows' });
    expect(verdict(await ws.one({ type: 'row_count', max: 4 }, abc))).toEqual({ status: 'fail', observed: 5, expected: '<= 4', detail: '5 rows' });
  });
});

describe('columns (GX expect_table_columns_to_match_set)', () => {
  it('exact: the same set in any order passes', async () => {
    const c = await ws.one({ type: 'columns', columns: ['c', 'a', 'b'] }, abc);
    expect(c.id).toBe('columns');
    expect(verdict(c)).toEqual({ status: 'pass', observed: '3 columns', expected: 'exactly 3 listed', detail: 'OK' });
  });

  it('exact: names what is missing and what is extra', async () => {
    expect(verdict(await ws.one({ type: 'columns', columns: ['a', 'b', 'd'] }, abc))).toEqual({
      status: 'fail',
      observed: '3 columns',
      expected: 'exactly 3 listed',
      detail: 'Missing columns: d; Unexpected columns: c',
    });
    expect(verdict(await ws.one({ type: 'columns', columns: ['a', 'b'] }, abc))).toMatchObject({ status: 'fail', detail: 'Unexpected columns: c' });
  });

  it('subset: extra columns are fine, missing ones fail', async () => {
    expect(verdict(await ws.one({ type: 'columns', columns: ['a', 'b'], mode: 'subset' }, abc))).toEqual({ status: 'pass', observed: '3 columns', expected: '2 present', detail: 'OK' });
    expect(verdict(await ws.one({ type: 'columns', columns: ['a', 'z', 'y'], mode: 'subset' }, abc))).toEqual({
      status: 'fail',
      observed: '3 columns',
      expected: '3 present',
      detail: 'Missing columns: z, y',
    });
  });
});

describe('null_percent (seed max_null_percent: a column fails when its null % > max)', () => {
  it('column scope: exactly max passes, and observed names the worst column', async () => {
    expect(verdict(await ws.one({ type: 'null_percent', max: 40 }, abc))).toEqual({ status: 'pass', observed: '40% (c)', expected: '<= 40% per column', detail: 'OK' });
  });

  it('column scope: lists every column over max, worst first', async () => {
    expect(verdict(await ws.one({ type: 'null_percent', max: 39.99 }, abc))).toEqual({
      status: 'fail',
      observed: '40% (c)',
      expected: '<= 39.99% per column',
      detail: 'High null columns: c 40.00%',
    });
    expect(verdict(await ws.one({ type: 'null_percent', max: 10 }, abc))).toMatchObject({ status: 'fail', detail: 'High null columns: c 40.00%, b 20.00%' });
  });

  it('columns: only the listed ones count', async () => {
    expect(verdict(await ws.one({ type: 'null_percent', columns: ['a', 'b'], max: 20 }, abc))).toEqual({ status: 'pass', observed: '20% (b)', expected: '<= 20% per column', detail: 'OK' });
    expect(verdict(await ws.one({ type: 'null_percent', columns: ['a'], max: 0 }, abc))).toMatchObject({ status: 'pass', observed: '0% (a)' });
  });

  it('table scope: nulls over all cells', async () => {
    // 3 null cells of 15 = 20%.
    expect(verdict(await ws.one({ type: 'null_percent', scope: 'table', max: 20 }, abc))).toEqual({ status: 'pass', observed: '20%', expected: '<= 20%', detail: '3 null cells of 15' });
    expect(verdict(await ws.one({ type: 'null_percent', scope: 'table', max: 19.9 }, abc))).toMatchObject({ status: 'fail', observed: '20%' });
    expect(verdict(await ws.one({ type: 'null_percent', scope: 'table', columns: ['b', 'c'], max: 30 }, abc))).toEqual({ status: 'pass', observed: '30%', expected: '<= 30%', detail: '3 null cells of 10' });
  });

  it('counts pandas NA tokens as nulls', async () => {
    const f = ws.text('na.csv', 'a,b\n1,NA\n2,null\n3,N/A\n4,ok\n');
    expect(verdict(await ws.one({ type: 'null_percent', max: 5 }, f))).toEqual({ status: 'fail', observed: '75% (b)', expected: '<= 5% per column', detail: 'High null columns: b 75.00%' });
  });

  it('rejects an unknown column before reading', async () => {
    expect(await compileError(ws.validate([{ type: 'null_percent', columns: ['q'], max: 1 }], abc))).toMatch(/^columns: column "q" is not in the data/);
  });
});

describe('duplicates (pandas duplicated(): a row equal to an earlier one, NaN equal to NaN)', () => {
  // 10 rows: row 2 repeats row 1, row 5 repeats row 4 including its null → 2 duplicates (20%).
  const dup = ws.csv('dup.csv', ['k', 'v'], [
    [1, 'a'],
    [1, 'a'],
    [2, 'b'],
    [3, null],
    [3, null],
    [4, 'a'],
    [5, 'c'],
    [6, 'a'],
    [1, 'b'],
    [7, 'd'],
  ]);

  it('exactly max_percent passes', async () => {
    const c = await ws.one({ type: 'duplicates', max_percent: 20 }, dup);
    expect(c.id).toBe('duplicates');
    expect(verdict(c)).toEqual({ status: 'pass', observed: '20%', expected: '<= 20%', detail: '2 duplicates (20.00%)' });
  });

  it('above max_percent fails (default 1%)', async () => {
    expect(verdict(await ws.one({ type: 'duplicates', max_percent: 19.99 }, dup))).toEqual({ status: 'fail', observed: '20%', expected: '<= 19.99%', detail: '2 duplicates (20.00%)' });
    expect(verdict(await ws.one({ type: 'duplicates' }, dup))).toMatchObject({ status: 'fail', expected: '<= 1%' });
    expect(verdict(await ws.one({ type: 'duplicates', max_percent: 0 }, abc))).toEqual({ status: 'pass', observed: '0%', expected: '<= 0%', detail: '0 duplicates (0.00%)' });
  });
});

describe('freshness', () => {
  const DAY = 86_400_000;
  const ts = ws.csv('events.csv', ['id', 'ts', 'day', 'label'], [
    [1, '2024-03-01T00:00:00Z', '2024-03-01', 'x'],
    [2, '2024-03-08T12:00:00Z', '2024-03-08', 'y'],
    [3, null, null, 'z'],
    [4, '2024-03-05T06:30:00Z', '2024-03-05', 'x'],
  ]);
  const now = new Date('2024-03-15T12:00:00Z');

  it('timestamp column: max(column) exactly max_age_days old passes', async () => {
    const c = await ws.one({ type: 'freshness', column: 'ts', max_age_days: 7 }, ts, { now });
    expect(c.id).toBe('freshness:ts');
    expect(verdict(c)).toEqual({ status: 'pass', observed: '7.00 days', expected: '<= 7 days', detail: 'max(ts) = 2024-03-08T12:00:00.000Z' });
  });

  it('timestamp column: one millisecond older fails', async () => {
    const later = new Date(now.getTime() + 1);
    expect(verdict(await ws.one({ type: 'freshness', column: 'ts', max_age_days: 7 }, ts, { now: later }))).toEqual({
      status: 'fail',
      observed: '7.00 days',
      expected: '<= 7 days',
      detail: 'max(ts) = 2024-03-08T12:00:00.000Z',
    });
    expect(verdict(await ws.one({ type: 'freshness', column: 'ts', max_age_days: 6.5 }, ts, { now }))).toMatchObject({ status: 'fail', observed: '7.00 days' });
  });

  it('date column: midnight UTC of the newest date', async () => {
    expect(verdict(await ws.one({ type: 'freshness', column: 'day', max_age_days: 8 }, ts, { now }))).toEqual({
      status: 'pass',
      observed: '7.50 days',
      expected: '<= 8 days',
      detail: 'max(day) = 2024-03-08T00:00:00.000Z',
    });
  });

  it('a timestamp with an offset is converted to UTC', async () => {
    const f = ws.text('offset.csv', 'ts\n2024-03-15T06:00:00+02:00\n');
    expect(verdict(await ws.one({ type: 'freshness', column: 'ts', max_age_days: 1 }, f, { now }))).toMatchObject({ status: 'pass', observed: '0.33 days', detail: 'max(ts) = 2024-03-15T04:00:00.000Z' });
  });

  it('a text column is rejected before reading', async () => {
    expect(await compileError(ws.validate([{ type: 'freshness', column: 'label', max_age_days: 1 }], ts))).toBe('column: "label" is string, freshness needs a timestamp or date column');
  });

  it('without a column: the newest file modification time', async () => {
    const f = ws.csv('old.csv', ['a'], [[1]]);
    const sec = now.getTime() / 1000 - 3 * 86_400;
    fs.utimesSync(ws.path(f), sec, sec);
    const c = await ws.one({ type: 'freshness', max_age_days: 3 }, f, { now });
    expect(c.id).toBe('freshness');
    expect(verdict(c)).toEqual({ status: 'pass', observed: '3.00 days', expected: '<= 3 days', detail: `newest file modification time = ${new Date(now.getTime() - 3 * DAY).toISOString()}` });
    expect(verdict(await ws.one({ type: 'freshness', max_age_days: 2.99 }, f, { now }))).toMatchObject({ status: 'fail', observed: '3.00 days' });
  });

  it('without a column, over a directory: the newest file decides', async () => {
    ws.csv('parts/a.csv', ['a'], [[1]]);
    ws.csv('parts/b.csv', ['a'], [[2]]);
    const base = now.getTime() / 1000;
    fs.utimesSync(ws.path('parts/a.csv'), base - 10 * 86_400, base - 10 * 86_400);
    fs.utimesSync(ws.path('parts/b.csv'), base - 86_400 / 2, base - 86_400 / 2);
    expect(verdict(await ws.one({ type: 'freshness', max_age_days: 1 }, 'parts', { now }))).toMatchObject({ status: 'pass', observed: '0.50 days' });
  });
});
