import { compileError, verdict, Workspace } from './test-kit';

/** The format checks: each with a pass, a fail, how it reads each kind of column, and its refusals. */
const ws = new Workspace();
afterAll(() => ws.remove());

const f = ws.jsonl('t.jsonl', [
  { s: '2019-04-01', day: '2019-04-01', ts: '2019-04-01T10:00:00Z', n: 1, j: '{"a": 1}', g: 'x' },
  { s: '2019-04-31', day: '2019-04-30', ts: '2019-04-02T10:00:00Z', n: 2, j: '[NaN, Infinity]', g: 'x' },
  { s: null, day: null, ts: null, n: null, j: null, g: 'y' },
  { s: 'April 1', day: '2019-05-01', ts: '2019-04-03T10:00:00Z', n: 3, j: '{a: 1}', g: 'y' },
]);

const unexpected = async (check: Record<string, unknown>, file = f) => (await ws.validate([check], file)).results[0]!.result.partial_unexpected_list;

describe('format checks', () => {
  it('strftime_format reads as strptime does, a date column as its YYYY-MM-DD text', async () => {
    expect(verdict(await ws.one({ type: 'strftime_format', column: 's', format: '%Y-%m-%d' }, f))).toMatchObject({ status: 'fail', observed: '2 unexpected' });
    expect(await unexpected({ type: 'strftime_format', column: 's', format: '%Y-%m-%d' })).toEqual(['2019-04-31', 'April 1']);
    expect((await ws.one({ type: 'strftime_format', column: 's', format: '%Y-%m-%d', mostly: 0.3 }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'strftime_format', column: 'day', format: '%Y-%m-%d' }, f)).status).toBe('pass');
    expect(await unexpected({ type: 'strftime_format', column: 'day', format: '%Y-%d-%m' })).toEqual(['2019-04-30']);
  });

  it('strftime_format refuses a format strptime cannot use, and columns without their text', async () => {
    expect(await compileError(ws.validate([{ type: 'strftime_format', column: 's', format: '%Y-%D' }], f))).toBe("format: '%D' is not a supported directive (supported: %a %A %b %B %d %f %H %I %j %m %M %p %S %y %Y %z %Z %%)");
    expect(await compileError(ws.validate([{ type: 'strftime_format', column: 'ts', format: '%Y' }], f))).toBe('column: "ts" is timestamp, strftime_format reads text values');
    expect(await compileError(ws.validate([{ type: 'dateutil_parseable', column: 'n' }], f))).toBe('column: "n" is int, dateutil_parseable reads text values');
  });

  it('refuses a column that held numbers next to text, whose values GX would judge apart', async () => {
    const mixed = ws.jsonl('mixed.jsonl', [{ m: 'a' }, { m: 1 }]);
    expect(await compileError(ws.validate([{ type: 'json_parseable', column: 'm' }], mixed))).toBe('column: "m" holds text and other values (inferred from JSON string/number), read as text, and json_parseable judges text apart from numbers');
    expect(await compileError(ws.validate([{ type: 'type_list', column: 'm', dtypes: ['string'] }], mixed))).toMatch(/^column: "m" holds text and other values/);
  });

  it('dateutil_parseable', async () => {
    expect(await unexpected({ type: 'dateutil_parseable', column: 's' })).toEqual(['2019-04-31']);
    expect((await ws.one({ type: 'dateutil_parseable', column: 'day' }, f)).status).toBe('pass');
  });

  it('json_parseable reads NaN and Infinity as Python does, and a number column as never JSON text', async () => {
    expect(await unexpected({ type: 'json_parseable', column: 'j' })).toEqual(['{a: 1}']);
    expect(await unexpected({ type: 'json_parseable', column: 'n' })).toEqual([1, 2, 3]);
    expect(verdict(await ws.one({ type: 'json_parseable', column: 'j', mostly: 0.6 }, f))).toMatchObject({ status: 'pass', observed: '1 unexpected' });
  });

  it('json_schema: text that is not JSON does not match, and a bad schema is refused', async () => {
    expect(await unexpected({ type: 'json_schema', column: 'j', schema: { type: 'object', required: ['a'] } })).toEqual(['[NaN, Infinity]', '{a: 1}']);
    expect((await ws.one({ type: 'json_schema', column: 'j', schema: { type: ['object', 'array'] }, mostly: 0.6 }, f)).status).toBe('pass');
    expect(await compileError(ws.validate([{ type: 'json_schema', column: 'j', schema: { minLength: -1 } }], f))).toMatch(/^schema is not a valid 2020-12 schema: schema is invalid: data\/minLength must be >= 0/);
    expect(await compileError(ws.validate([{ type: 'json_schema', column: 'n', schema: {} }], f))).toBe('column: "n" is int, json_schema reads text values');
  });

  it('the LIKE checks, alone and in lists, with a row condition', async () => {
    expect(await unexpected({ type: 'like_pattern', column: 's', pattern: '2019-04-__' })).toEqual(['April 1']);
    expect(await unexpected({ type: 'not_like_pattern', column: 's', pattern: '%-31' })).toEqual(['2019-04-31']);
    expect(await unexpected({ type: 'like_pattern_list', column: 's', patterns: ['2019%', '%1'], match_on: 'all' })).toEqual(['April 1']);
    expect(await unexpected({ type: 'like_pattern_list', column: 's', patterns: ['2019%', 'April _'] })).toEqual([]);
    expect(await unexpected({ type: 'not_like_pattern_list', column: 's', patterns: ['%31', 'A%'] })).toEqual(['2019-04-31', 'April 1']);
    expect(verdict(await ws.one({ type: 'like_pattern', column: 's', pattern: '2019-04-0_', row_condition: 'g == "x"' }, f))).toMatchObject({ status: 'fail', observed: '1 unexpected' });
  });

  it('type_list judges a text column value by value and another column by its type', async () => {
    expect(verdict(await ws.one({ type: 'type_list', column: 's', dtypes: ['int', 'string'] }, f))).toMatchObject({ status: 'pass', observed: '0 unexpected' });
    expect(await unexpected({ type: 'type_list', column: 's', dtypes: ['bool'] })).toEqual(['2019-04-01', '2019-04-31', 'April 1']);
    expect(verdict(await ws.one({ type: 'type_list', column: 'n', dtypes: ['float', 'number'] }, f))).toMatchObject({ status: 'pass', expected: 'float or number' });
    expect(verdict(await ws.one({ type: 'type_list', column: 'n', dtypes: ['string'], mostly: 0 }, f))).toMatchObject({ status: 'fail', detail: 'n is int, expected string' });
  });
});
