/**
 * A check's pattern meets every row of the data. On a backtracking engine the
 * classic `^(a+)+$` against `'a'*32 + '!'` takes about 2^32 steps (hours), so a
 * dataset could hold the data gate until the job's timeout. The bundle runs
 * user patterns on a linear-time engine: the same check over far longer values
 * finishes with the right verdict. The only clock here is the harness's overall
 * limit, generous by orders of magnitude next to the hours the attack needs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectUserError, runBundle } from './harness';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-redos-'));

describe('validate-data runs user patterns in linear time', () => {
  it('checks ^(a+)+$ against a* + "!" rows up to 200,000 characters and reports exactly the non-matching rows', async () => {
    const dir = tmpdir();
    const values = ['a'.repeat(32) + '!', 'a'.repeat(5_000) + '!', 'a'.repeat(200_000) + '!', 'a'.repeat(200_000), 'aaa'];
    fs.writeFileSync(path.join(dir, 'data.jsonl'), values.map((v) => JSON.stringify({ name: v })).join('\n') + '\n');
    // The GX expectation and the native checks all take the same road; each sees the hostile rows.
    fs.writeFileSync(
      path.join(dir, 'checks.yml'),
      [
        'checks:',
        '  - { type: regex, column: name, pattern: "^(a+)+$" }',
        '  - { type: not_regex, column: name, pattern: "^(a|aa)+!$" }',
        '  - { type: regex_list, column: name, patterns: ["^(a+)+$", "(a*)*b"], match_on: any }',
        '  - { type: not_regex_list, column: name, patterns: ["^(a|a?)+$"] }',
      ].join('\n') + '\n',
    );
    const out = path.join(dir, 'reports');
    const r = await runBundle('validate-data', { cwd: dir, timeoutMs: 300_000, inputs: { data: 'data.jsonl', config: 'checks.yml', 'report-path': out } });
    expect(r.stderr).toBe('');
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { checks: { id: string; detail: string }[] };
    // Three rows end in "!" (no full match of a+); two are all a's.
    expect(report.checks.map((c) => [c.id, c.detail.replace(/, e\.g\. .*$/s, '')])).toEqual([
      ['regex:name', '3 rows do not match'],
      ['not_regex:name', '3 of 5 rows unexpected'],
      ['regex_list:name', '3 of 5 rows unexpected'],
      ['not_regex_list:name', '2 of 5 rows unexpected'],
    ]);
    expect(r.exitCode).toBe(1);
  }, 320_000);

  it('refuses a backreference with one line naming the check, the pattern and the construct', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'data.csv'), 'name\naa\n');
    fs.writeFileSync(path.join(dir, 'checks.yml'), 'checks:\n  - { id: doubled, type: regex, column: name, pattern: "^(a)\\\\1$" }\n');
    const r = await runBundle('validate-data', { cwd: dir, inputs: { data: 'data.csv', config: 'checks.yml', 'report-path': path.join(dir, 'reports') } });
    expectUserError(r, /^checks\.yml: checks\[0\] \(regex\): check "doubled" pattern "\^\(a\)\\\\1\$" uses a backreference \(\\1\), which the linear-time regular expression engine \(RE2 syntax\) cannot run\. /);
  });
});
