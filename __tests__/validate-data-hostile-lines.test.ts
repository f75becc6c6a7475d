/**
 * Lines a data gate meets by accident or on purpose: a JSONL record nested
 * 200,000 levels deep (it overflowed the stack and ended as "failed
 * unexpectedly" with no file or line) and a line longer than
 * read.max_line_bytes (an unclosed quote or a file without line breaks, which
 * took gigabytes). Run through the bundle as the runner runs it: one error
 * line naming the file and line, exit 1, the error recorded in report-path.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectErrorRecorded, expectUserError, runBundle } from './harness';

const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-hostile-lines-'));

describe('validate-data on hostile lines', () => {
  it('a JSONL line nested 200,000 levels deep is one line naming the file, the line and the limit', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'deep.jsonl'), `{"a":1}\n{"a":2,"n":${'['.repeat(200_000)}${']'.repeat(200_000)}}\n`);
    const out = path.join(dir, 'reports');
    const r = await runBundle('validate-data', { cwd: dir, inputs: { data: 'deep.jsonl', 'report-path': out } });
    expectUserError(r, /^deep\.jsonl: line 2 nests deeper than 1,000 levels of arrays and objects\. Flatten that record/);
    expectErrorRecorded(r, out);
  });

  it('a CSV record and a JSONL line longer than read.max_line_bytes are one line naming where they start', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'checks.yml'), 'read: { max_line_bytes: 65536 }\nchecks:\n  - { type: row_count, min: 1 }\n');
    fs.writeFileSync(path.join(dir, 'runaway.csv'), `a,b\n1,2\n3,"never closed\n${'4,5\n'.repeat(50_000)}`);
    fs.writeFileSync(path.join(dir, 'one-line.jsonl'), `{"a":"${'x'.repeat(1 << 20)}"}`);
    for (const [file, line] of [['runaway.csv', 3], ['one-line.jsonl', 1]] as const) {
      const out = path.join(dir, `reports-${file}`);
      const r = await runBundle('validate-data', { cwd: dir, inputs: { data: file, config: 'checks.yml', 'report-path': out } });
      expectUserError(r, new RegExp(`^${file.replace('.', '\\.')}: line ${line} is longer than 64 KiB\\. .*raise read\\.max_line_bytes`));
      expectErrorRecorded(r, out);
    }
  });

  it('an unknown key under read is refused with its path', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'data.csv'), 'a\n1\n');
    fs.writeFileSync(path.join(dir, 'checks.yml'), 'read: { max_line_byte: 65536 }\nchecks:\n  - { type: row_count, min: 1 }\n');
    const r = await runBundle('validate-data', { cwd: dir, inputs: { data: 'data.csv', config: 'checks.yml', 'report-path': path.join(dir, 'reports') } });
    expectUserError(r, /checks\.yml.*read.*max_line_byte/);
  });
});
