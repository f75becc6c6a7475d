import { compileError, verdict, Workspace } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());

describe('not_null (GX expect_column_values_to_not_be_null: mostly over all rows)', () => {
  // v: 10 rows, 2 null (one empty field, one "NA" token).
  const f = ws.text('nn.csv', 'v,w\n1,1\n2,2\n,3\n4,4\nNA,5\n6,6\n7,7\n8,8\n9,9\n10,10\n');

  it('fails on any null by default', async () => {
    const c = await ws.one({ type: 'not_null', column: 'v' }, f);
    expect(c.id).toBe('not_null:v');
    expect(verdict(c)).toEqual({ status: 'fail', observed: '2 nulls (20.00%)', expected: 'no nulls', detail: '2 of 10 rows are null' });
  });

  it('passes a column without nulls', async () => {
    expect(verdict(await ws.one({ type: 'not_null', column: 'w' }, f))).toEqual({ status: 'pass', observed: '0 nulls (0.00%)', expected: 'no nulls', detail: 'OK' });
  });

  it('mostly: non-null fraction exactly mostly passes, just above fails', async () => {
    expect(verdict(await ws.one({ type: 'not_null', column: 'v', mostly: 0.8 }, f))).toEqual({ status: 'pass', observed: '2 nulls (20.00%)', expected: '>= 80% non-null', detail: '2 of 10 rows are null' });
    expect(verdict(await ws.one({ type: 'not_null', column: 'v', mostly: 0.81 }, f))).toMatchObject({ status: 'fail', expected: '>= 81% non-null' });
  });
});

describe('values_between (GX expect_column_values_to_be_between)', () => {
  // x: 4 non-null values on and inside [0, 10], 2 nulls.
  const f = ws.csvColumns('vb.csv', { x: [0, 2.5, null, 10, null, 7], s: ['a', 'b', 'c', 'd', 'e', 'f'] });

  it('min and max are inclusive; nulls are neither counted nor failed', async () => {
    const c = await ws.one({ type: 'values_between', column: 'x', min: 0, max: 10 }, f);
    expect(c.id).toBe('values_between:x');
    expect(verdict(c)).toEqual({ status: 'pass', observed: '0 out of range', expected: '[0, 10]', detail: '0 values out of [0, 10]' });
  });

  it('strict_min / strict_max exclude the bound', async () => {
    expect(verdict(await ws.one({ type: 'values_between', column: 'x', min: 0, max: 10, strict_min: true }, f))).toEqual({
      status: 'fail',
      observed: '1 out of range',
      expected: '(0, 10]',
      detail: '1 values out of (0, 10] (e.g. "0"×1)',
    });
    expect(verdict(await ws.one({ type: 'values_between', column: 'x', min: 0, max: 10, strict_max: true }, f))).toEqual({
      status: 'fail',
      observed: '1 out of range',
      expected: '[0, 10)',
      detail: '1 values out of [0, 10) (e.g. "10"×1)',
    });
  });

  it('one-sided bounds', async () => {
    expect(verdict(await ws.one({ type: 'values_between', column: 'x', min: 0 }, f))).toMatchObject({ status: 'pass', expected: '>= 0' });
    expect(verdict(await ws.one({ type: 'values_between', column: 'x', min: 0, strict_min: true }, f))).toMatchObject({ status: 'fail', expected: '> 0' });
    expect(verdict(await ws.one({ type: 'values_between', column: 'x', max: 7 }, f))).toEqual({
      status: 'fail',
      observed: '1 out of range',
      expected: '<= 7',
      detail: '1 values out of <= 7 (e.g. "10"×1)',
    });
    expect(verdict(await ws.one({ type: 'values_between', column: 'x', max: 10, strict_max: true }, f))).toMatchObject({ status: 'fail', expected: '< 10' });
  });

  it('mostly is the fraction of non-null values in range (2 of 4 here, the 2 nulls left out)', async () => {
    const spec = { type: 'values_between', column: 'x', min: 0, max: 10, strict_min: true, strict_max: true };
    expect(verdict(await ws.one({ ...spec, mostly: 0.5 }, f))).toEqual({
      status: 'pass',
      observed: '2 out of range',
      expected: '(0, 10) for at least 50% of non-null rows',
      detail: '2 values out of (0, 10) (e.g. "0"×1, "10"×1)',
    });
    // Counting the nulls as passing rows would give 4/6 ≥ 0.6.
    expect(verdict(await ws.one({ ...spec, mostly: 0.6 }, f))).toMatchObject({ status: 'fail', expected: '(0, 10) for at least 60% of non-null rows' });
  });

  it('a column of nulls only passes (nothing to judge, as GX)', async () => {
    const g = ws.text('allnull.csv', 'x,y\n,1\n,2\n');
    expect(verdict(await ws.one({ type: 'values_between', column: 'x', min: 0, max: 1 }, g, { read: { csv: { types: { x: 'float' } } } }))).toMatchObject({ status: 'pass', observed: '0 out of range' });
  });

  it('a text column is rejected before reading', async () => {
    expect(await compileError(ws.validate([{ type: 'values_between', column: 's', min: 0 }], f))).toBe('column: "s" is string, values_between needs a numeric column');
    expect(await compileError(ws.validate([{ type: 'values_between', column: 'nope', min: 0 }], f))).toMatch(/^column: column "nope" is not in the data/);
  });

  it('takes date and timestamp bounds on a date or timestamp column, and refuses them elsewhere', async () => {
    const t = ws.jsonl('times.jsonl', [{ ts: '2024-01-01T00:00:00Z', n: 1 }, { ts: '2024-03-01T00:00:00Z', n: 2 }, { ts: null, n: 3 }]);
    expect(verdict(await ws.one({ type: 'values_between', column: 'ts', min: '2024-01-01', max: '2024-02-01' }, t))).toMatchObject({
      status: 'fail',
      observed: '1 out of range',
      expected: '[2024-01-01T00:00:00.000Z, 2024-02-01T00:00:00.000Z]',
    });
    expect((await ws.one({ type: 'values_between', column: 'ts', max: '2024-03-01T00:00:00Z' }, t)).status).toBe('pass');
    expect((await ws.one({ type: 'values_between', column: 'ts', max: '2024-03-01T00:00:00Z', strict_max: true }, t)).status).toBe('fail');
    expect(await compileError(ws.validate([{ type: 'values_between', column: 'ts', min: 'soon' }], t))).toBe('min: "soon" is not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]][Z])');
    expect(await compileError(ws.validate([{ type: 'values_between', column: 'n', max: '2024-01-01' }], t))).toBe('max: "2024-01-01" is text, and "n" is int');
  });

  it('refuses min above max, as GX raises for this expectation', async () => {
    expect(await compileError(ws.validate([{ type: 'values_between', column: 'x', min: 5, max: 1 }], f))).toBe('min (5) is greater than max (1)');
  });
});

describe('distinct_values_in_set (GX expect_column_distinct_values_to_be_in_set)', () => {
  const f = ws.csvColumns('dv.csv', { cat: ['a', 'b', null, 'a', 'c', 'c'], n: [1, 2, 3, 1, 2, null], flag: [true, false, null, true, true, false] });

  it('passes when every non-null value is in the set (nulls ignored)', async () => {
    const c = await ws.one({ type: 'distinct_values_in_set', column: 'cat', values: ['a', 'b', 'c', 'd'] }, f);
    expect(c.id).toBe('distinct_values_in_set:cat');
    expect(verdict(c)).toEqual({ status: 'pass', observed: 'all in set', expected: 'subset of {a, b, c, d}', detail: 'OK' });
  });

  it('fails naming the unexpected values and their counts', async () => {
    expect(verdict(await ws.one({ type: 'distinct_values_in_set', column: 'cat', values: ['a'] }, f))).toEqual({
      status: 'fail',
      observed: '2 unexpected values',
      expected: 'subset of {a}',
      detail: 'Unexpected: "c"×2, "b"×1',
    });
    expect(verdict(await ws.one({ type: 'distinct_values_in_set', column: 'cat', values: ['a', 'b'] }, f))).toMatchObject({ status: 'fail', observed: '1 unexpected value' });
  });

  it('says "10+" once it stops counting distinct unexpected values', async () => {
    const g = ws.csvColumns('many.csv', { v: Array.from({ length: 12 }, (_, i) => `v${i}`) });
    expect(verdict(await ws.one({ type: 'distinct_values_in_set', column: 'v', values: ['x'] }, g))).toMatchObject({ status: 'fail', observed: '10+ unexpected values' });
  });

  it('compares numbers and booleans as text, so config 1 matches 1', async () => {
    expect(verdict(await ws.one({ type: 'distinct_values_in_set', column: 'n', values: [1, 2, 3] }, f))).toMatchObject({ status: 'pass' });
    expect(verdict(await ws.one({ type: 'distinct_values_in_set', column: 'n', values: [1, 2] }, f))).toMatchObject({ status: 'fail', detail: 'Unexpected: "3"×1' });
    expect(verdict(await ws.one({ type: 'distinct_values_in_set', column: 'flag', values: [true, false] }, f))).toMatchObject({ status: 'pass' });
    expect(verdict(await ws.one({ type: 'distinct_values_in_set', column: 'flag', values: [true] }, f))).toMatchObject({ status: 'fail', detail: 'Unexpected: "false"×2' });
  });
});

describe('values_in_set (GX expect_column_values_to_be_in_set, mostly over non-null values)', () => {
  // 5 non-null values, 3 of them in {a, b}; one null.
  const f = ws.csvColumns('vs.csv', { cat: ['a', 'b', 'a', null, 'c', 'c'] });

  it('fails by default when any value is outside the set', async () => {
    const c = await ws.one({ type: 'values_in_set', column: 'cat', values: ['a', 'b'] }, f);
    expect(c.id).toBe('values_in_set:cat');
    expect(verdict(c)).toEqual({ status: 'fail', observed: '60% allowed', expected: 'in {a, b}', detail: '2 rows not allowed, e.g. "c"×2' });
  });

  it('mostly: exactly the allowed fraction passes, above it fails', async () => {
    expect(verdict(await ws.one({ type: 'values_in_set', column: 'cat', values: ['a', 'b'], mostly: 0.6 }, f))).toEqual({
      status: 'pass',
      observed: '60% allowed',
      expected: 'in {a, b} for at least 60% of non-null rows',
      detail: '2 rows not allowed, e.g. "c"×2',
    });
    expect(verdict(await ws.one({ type: 'values_in_set', column: 'cat', values: ['a', 'b'], mostly: 0.61 }, f))).toMatchObject({ status: 'fail' });
  });

  it('passes when every value is allowed', async () => {
    expect(verdict(await ws.one({ type: 'values_in_set', column: 'cat', values: ['a', 'b', 'c'] }, f))).toEqual({ status: 'pass', observed: '100% allowed', expected: 'in {a, b, c}', detail: 'OK' });
  });
});

describe('regex (GX expect_column_values_to_match_regex: re.search, nulls ignored)', () => {
  // 4 non-null codes: two well formed, one with a suffix, one malformed.
  const f = ws.csvColumns('rx.csv', { code: ['AB-12', 'CD-34', null, 'x-1', 'EF-56Z'], n: [12, 345, 67, null, 8] });

  it('matches anywhere in the value unless anchored', async () => {
    const c = await ws.one({ type: 'regex', column: 'code', pattern: '[A-Z]{2}-\\d{2}', mostly: 0.75 }, f);
    expect(c.id).toBe('regex:code');
    expect(verdict(c)).toEqual({ status: 'pass', observed: '75% match', expected: '/[A-Z]{2}-\\d{2}/ for at least 75% of non-null rows', detail: '1 rows do not match, e.g. "x-1"×1' });
    expect(verdict(await ws.one({ type: 'regex', column: 'code', pattern: '^[A-Z]{2}-\\d{2}$', mostly: 0.75 }, f))).toEqual({
      status: 'fail',
      observed: '50% match',
      expected: '/^[A-Z]{2}-\\d{2}$/ for at least 75% of non-null rows',
      detail: '2 rows do not match, e.g. "x-1"×1, "EF-56Z"×1',
    });
  });

  it('fails by default on any non-matching value, passes when all match', async () => {
    expect(verdict(await ws.one({ type: 'regex', column: 'code', pattern: '[A-Z]{2}-\\d{2}' }, f))).toMatchObject({ status: 'fail', expected: '/[A-Z]{2}-\\d{2}/' });
    expect(verdict(await ws.one({ type: 'regex', column: 'code', pattern: '-\\d' }, f))).toEqual({ status: 'pass', observed: '100% match', expected: '/-\\d/', detail: 'OK' });
  });

  it('tests numbers as their text', async () => {
    expect(verdict(await ws.one({ type: 'regex', column: 'n', pattern: '^\\d{2}$', mostly: 0.5 }, f))).toMatchObject({ status: 'pass', observed: '50% match' });
  });

  it('takes Python named groups and inline flags, as a GX suite writes them', async () => {
    expect(verdict(await ws.one({ type: 'regex', column: 'code', pattern: '^(?P<letters>[A-Z]{2})-(?P<digits>\\d{2})', mostly: 0.75 }, f))).toMatchObject({ status: 'pass', observed: '75% match' });
    expect(verdict(await ws.one({ type: 'regex', column: 'code', pattern: '(?i)^[a-z]{2}-', mostly: 0.75 }, f))).toMatchObject({ status: 'pass', observed: '75% match' });
  });

  it('refuses a lookahead before reading, naming the check and the construct', async () => {
    expect(await compileError(ws.validate([{ type: 'regex', column: 'code', pattern: '^(?!x)' }], f))).toMatch(/^check "regex:code" pattern "\^\(\?!x\)" uses a lookahead \(\(\?!…\)\), which the linear-time regular expression engine \(RE2 syntax\) cannot run$/);
  });

  it('rejects an invalid pattern before reading', async () => {
    expect(await compileError(ws.validate([{ type: 'regex', column: 'code', pattern: '(' }], f))).toMatch(/^check "regex:code" pattern "\(" is not a valid regular expression: missing closing \) at "\("$/);
  });
});

describe('column_type', () => {
  const f = ws.text('types.csv', 'i,f,s,b,t,d\n1,1.5,a,True,2024-01-01T10:00:00Z,2024-01-01\n2,2,b,False,2024-01-02T10:00:00Z,2024-01-02\n');

  it.each([
    ['i', 'int'],
    ['i', 'number'],
    ['f', 'float'],
    ['f', 'number'],
    ['s', 'string'],
    ['b', 'bool'],
    ['t', 'timestamp'],
    ['d', 'date'],
  ])('%s is %s', async (column, dtype) => {
    const c = await ws.one({ type: 'column_type', column, dtype }, f);
    expect(c.id).toBe(`column_type:${column}`);
    expect(c.status).toBe('pass');
    expect(c.expected).toBe(dtype);
    expect(c.detail).toBe('OK');
  });

  it('fails with the actual kind and where it came from', async () => {
    expect(verdict(await ws.one({ type: 'column_type', column: 's', dtype: 'int' }, f))).toEqual({ status: 'fail', observed: 'string (inferred)', expected: 'int', detail: 's is string, expected int' });
    expect(verdict(await ws.one({ type: 'column_type', column: 'i', dtype: 'float' }, f))).toMatchObject({ status: 'fail', observed: 'int (inferred)' });
    expect(verdict(await ws.one({ type: 'column_type', column: 'd', dtype: 'timestamp' }, f))).toMatchObject({ status: 'fail', observed: 'date (inferred)' });
  });

  it('a type declared under read.csv.types is what is checked', async () => {
    expect(verdict(await ws.one({ type: 'column_type', column: 'i', dtype: 'float' }, f, { read: { csv: { types: { i: 'float' } } } }))).toEqual({
      status: 'pass',
      observed: 'float (declared float)',
      expected: 'float',
      detail: 'OK',
    });
  });
});
