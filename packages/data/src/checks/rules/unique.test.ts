import { Workspace, verdict } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());

describe('unique, one column (GX expect_column_values_to_be_unique: nulls ignored)', () => {
  const f = ws.csvColumns('u.csv', { id: [1, 2, 3, null, null], dup: [1, 2, 2, 3, 2], s: ['a', 'A', 'b', 'a ', null] });

  it('passes when every non-null value is distinct; repeated nulls are not repeats', async () => {
    const c = await ws.one({ type: 'unique', columns: ['id'] }, f);
    expect(c.id).toBe('unique:id');
    expect(verdict(c)).toEqual({ status: 'pass', observed: '0 repeated', expected: 'no repeats', detail: '3 keys, all unique' });
  });

  it('fails counting every row that repeats an earlier value', async () => {
    expect(verdict(await ws.one({ type: 'unique', columns: ['dup'] }, f))).toEqual({ status: 'fail', observed: '2 repeated', expected: 'no repeats', detail: '3 of 5 rows share their key with another row (60%; 2 repeat an earlier row)' });
  });

  it('mostly counts every row of a repeated value against the tolerance, as GX does', async () => {
    // dup = 1, 2, 2, 3, 2: the three 2s are unexpected, so 2 of 5 rows (40%) are unique.
    expect(verdict(await ws.one({ type: 'unique', columns: ['dup'], mostly: 0.4 }, f))).toMatchObject({ status: 'pass', expected: '>= 40% of rows with a unique key' });
    expect(verdict(await ws.one({ type: 'unique', columns: ['dup'], mostly: 0.41 }, f))).toMatchObject({ status: 'fail' });
  });

  it('compares text exactly (case and whitespace count)', async () => {
    expect(verdict(await ws.one({ type: 'unique', columns: ['s'] }, f))).toMatchObject({ status: 'pass', detail: '4 keys, all unique' });
  });
});

describe('unique, compound key (GX expect_compound_columns_to_be_unique: rows with all key values null ignored)', () => {
  const f = ws.jsonl('events.jsonl', [
    { user: 'u1', day: '2024-01-01', n: 1 },
    { user: 'u1', day: '2024-01-02', n: 1 },
    { user: 'u2', day: '2024-01-01', n: 2 },
    { user: null, day: null, n: 3 },
    { user: null, day: null, n: 3 },
  ]);
  const g = ws.jsonl('events-dup.jsonl', [
    { user: 'u1', day: '2024-01-01', n: 1 },
    { user: 'u1', day: '2024-01-02', n: 2 },
    { user: 'u1', day: '2024-01-01', n: 3 },
    { user: 'u3', day: null, n: 4 },
    { user: 'u3', day: null, n: 5 },
  ]);

  it('passes when the key tuples are distinct though each column repeats', async () => {
    const c = await ws.one({ type: 'unique', columns: ['user', 'day'] }, f);
    expect(c.id).toBe('unique:user+day');
    expect(verdict(c)).toEqual({ status: 'pass', observed: '0 repeated', expected: 'no repeats', detail: '3 keys, all unique' });
    expect(verdict(await ws.one({ type: 'unique', columns: ['user'] }, f))).toMatchObject({ status: 'fail', observed: '1 repeated' });
  });

  it('fails on a repeated tuple; a partly null key still counts', async () => {
    expect(verdict(await ws.one({ type: 'unique', columns: ['user', 'day'] }, g))).toEqual({ status: 'fail', observed: '2 repeated', expected: 'no repeats', detail: '4 of 5 rows share their key with another row (80%; 2 repeat an earlier row)' });
  });

  it('ignore_row_if decides which partly or wholly null keys count', async () => {
    // g: (u1, 2024-01-01) twice, (u3, null) twice.
    expect(verdict(await ws.one({ type: 'unique', columns: ['user', 'day'], ignore_row_if: 'any_value_is_missing' }, g))).toMatchObject({ status: 'fail', observed: '1 repeated' });
    // f: (null, null) twice counts only with never.
    expect(verdict(await ws.one({ type: 'unique', columns: ['user', 'day'], ignore_row_if: 'never' }, f))).toMatchObject({ status: 'fail', observed: '1 repeated' });
    expect(verdict(await ws.one({ type: 'unique', columns: ['user', 'day'], ignore_row_if: 'all_values_are_missing' }, f))).toMatchObject({ status: 'pass' });
  });

  it('the order of the key columns does not matter for the verdict', async () => {
    expect(verdict(await ws.one({ type: 'unique', columns: ['day', 'user'] }, g))).toMatchObject({ status: 'fail', observed: '2 repeated' });
  });

  it('does not confuse (a, bc) with (ab, c)', async () => {
    const h = ws.csvColumns('split.csv', { x: ['a', 'ab'], y: ['bc', 'c'] });
    expect(verdict(await ws.one({ type: 'unique', columns: ['x', 'y'] }, h))).toMatchObject({ status: 'pass' });
  });
});
