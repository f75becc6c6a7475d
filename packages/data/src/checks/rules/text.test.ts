import { UserError } from '@mlship/core';
import { parseConfig } from '../load';
import { compileError, verdict, Workspace } from './test-kit';

/** The text, nullness, exclusion, length and extreme checks, each with a pass, a fail and its refusals. */
const ws = new Workspace();
afterAll(() => ws.remove());

const f = ws.jsonl('t.jsonl', [
  { s: 'apple', n: 3, ts: '2024-01-01T00:00:00Z' },
  { s: 'banana', n: 1, ts: '2024-02-01T00:00:00Z' },
  { s: null, n: null, ts: null },
  { s: 'kiwi', n: 7, ts: '2024-03-01T00:00:00Z' },
]);

describe('row-level text checks', () => {
  it('is_null judges every row, a null being the expected value', async () => {
    expect(verdict(await ws.one({ type: 'is_null', column: 's' }, f))).toMatchObject({ status: 'fail', observed: '3 unexpected' });
    expect((await ws.one({ type: 'is_null', column: 's', mostly: 0.25 }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'is_null', column: 's', mostly: 0.26 }, f)).status).toBe('fail');
  });

  it('values_not_in_set, not_regex, regex_list and not_regex_list', async () => {
    expect((await ws.one({ type: 'values_not_in_set', column: 's', values: ['kiwi'] }, f)).status).toBe('fail');
    expect((await ws.one({ type: 'values_not_in_set', column: 's', values: ['kiwi'], mostly: 0.6 }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'not_regex', column: 's', pattern: 'an' }, f)).status).toBe('fail');
    expect((await ws.one({ type: 'not_regex', column: 's', pattern: '^z' }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'regex_list', column: 's', patterns: ['^a', '^b', '^k'] }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'regex_list', column: 's', patterns: ['^a', 'e$'], match_on: 'all' }, f)).status).toBe('fail');
    expect((await ws.one({ type: 'not_regex_list', column: 's', patterns: ['^z', 'q'] }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'not_regex_list', column: 's', patterns: ['^z', 'wi'] }, f)).status).toBe('fail');
    expect(await compileError(ws.validate([{ type: 'regex_list', column: 's', patterns: ['('] }], f))).toMatch(/^check "regex_list:s" patterns\[0\] "\(" is not a valid regular expression: missing closing \) at "\("$/);
  });

  it('value_lengths counts characters, and refuses a column that is not text or a range without bounds', async () => {
    expect((await ws.one({ type: 'value_lengths', column: 's', min: 4, max: 6 }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'value_lengths', column: 's', min: 5 }, f)).status).toBe('fail');
    const e = ws.jsonl('emoji.jsonl', [{ s: '😀ab' }]);
    expect((await ws.one({ type: 'value_lengths', column: 's', min: 3, max: 3 }, e)).status).toBe('pass');
    expect(await compileError(ws.validate([{ type: 'value_lengths', column: 'n', max: 3 }], f))).toBe('column: "n" is int, value_lengths needs a text column');
    expect(await compileError(ws.validate([{ type: 'value_lengths', column: 's' }], f))).toBe('give min or max: a range with neither bound cannot fail');
  });

  it('min_between and max_between read the exact extremes, dates included', async () => {
    expect(verdict(await ws.one({ type: 'min_between', column: 'n', min: 1, max: 1 }, f))).toMatchObject({ status: 'pass', observed: 1 });
    expect((await ws.one({ type: 'max_between', column: 'n', max: 7, strict_max: true }, f)).status).toBe('fail');
    expect(verdict(await ws.one({ type: 'max_between', column: 'ts', min: '2024-03-01' }, f))).toMatchObject({ status: 'pass', observed: '2024-03-01T00:00:00.000Z' });
    expect(await compileError(ws.validate([{ type: 'min_between', column: 's', min: 1 }], f))).toBe('column: "s" is string, min_between needs a numeric column');
    expect(await compileError(ws.validate([{ type: 'max_between', column: 'n' }], f))).toBe('give min or max: a range with neither bound cannot fail');
  });

  it('distinct_values_contain_set and distinct_values_equal_set', async () => {
    expect((await ws.one({ type: 'distinct_values_contain_set', column: 's', values: ['kiwi', 'apple'] }, f)).status).toBe('pass');
    expect(verdict(await ws.one({ type: 'distinct_values_contain_set', column: 's', values: ['kiwi', 'fig'] }, f))).toMatchObject({ status: 'fail', detail: 'Missing: "fig"' });
    expect((await ws.one({ type: 'distinct_values_equal_set', column: 's', values: ['kiwi', 'apple', 'banana'] }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'distinct_values_equal_set', column: 's', values: ['kiwi', 'apple'] }, f)).status).toBe('fail');
    // An empty set to contain cannot fail: refused when the config is read.
    expect(() => parseConfig('checks:\n  - {type: distinct_values_contain_set, column: s, values: []}\n', 'c.yml')).toThrow(new UserError('checks[0].values: Too small: expected array to have >=1 items'));
  });

  it('column_count and the ordered column list', async () => {
    expect((await ws.one({ type: 'column_count', min: 3, max: 3 }, f)).status).toBe('pass');
    expect((await ws.one({ type: 'column_count', max: 2 }, f)).status).toBe('fail');
    expect((await ws.one({ type: 'columns', columns: ['s', 'n', 'ts'], mode: 'ordered' }, f)).status).toBe('pass');
    expect(verdict(await ws.one({ type: 'columns', columns: ['n', 's', 'ts'], mode: 'ordered' }, f))).toMatchObject({ status: 'fail', detail: 'column 0 is s, expected n' });
  });
});
