/** The cap on one CSV record / JSONL line, through the readers (the tokenizer's own bound is in csv-tokenizer.test.ts). */
import { configSchemas } from '../checks/config';
import { DEFAULT_MAX_LINE_BYTES } from './line-cap';
import { cleanupTempDirs, expectUserError, openAndRead, readAll, tempDir, write } from './test-kit';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(cleanupTempDirs);

const cap = { maxLineBytes: 4096 };

describe('one line longer than read.max_line_bytes', () => {
  it('CSV: an unquoted line is refused naming its line, in the schema pass and in the data pass', async () => {
    write(dir, 'wide.csv', `a,b\n1,2\n3,${'x'.repeat(5000)}\n4,5\n`);
    const e = await expectUserError(openAndRead('wide.csv', dir, cap), 'wide.csv', /line 3 is longer than 4 KiB/);
    expect(e.line).toMatch(/read\.max_line_bytes/);
    // Past the rows the types are inferred from: found while reading batches.
    const rows = Array.from({ length: 10_050 }, (_, i) => `${i},y`);
    rows[10_020] = `1,${'y'.repeat(5000)}`;
    write(dir, 'late.csv', `a,b\n${rows.join('\n')}\n`);
    await expectUserError(openAndRead('late.csv', dir, cap), 'late.csv', /line 10022 is longer than 4 KiB/);
  });

  it('CSV: a quoted field that never closes is refused at the cap, naming the line it opens on (also gzipped)', async () => {
    const text = `a,b\n1,"open\n${'more text\n'.repeat(1000)}`;
    write(dir, 'runaway.csv', text);
    await expectUserError(openAndRead('runaway.csv', dir, cap), 'runaway.csv', /line 2 is longer than 4 KiB/);
    write(dir, 'runaway.csv.gz', text);
    await expectUserError(openAndRead('runaway.csv.gz', dir, cap), 'runaway.csv.gz', /line 2 is longer than 4 KiB/);
  });

  it('JSONL: a long line is refused naming it; a file without any newline too', async () => {
    write(dir, 'long.jsonl', `{"a":1}\n\n{"a":"${'z'.repeat(5000)}"}\n`);
    await expectUserError(openAndRead('long.jsonl', dir, cap), 'long.jsonl', /line 3 is longer than 4 KiB/);
    write(dir, 'one-line.jsonl', `{"a":"${'z'.repeat(3 << 20)}"}`);
    await expectUserError(openAndRead('one-line.jsonl', dir, cap), 'one-line.jsonl', /line 1 is longer than 4 KiB/);
  });

  it('lines up to the cap read as before; the default is 64 MiB', async () => {
    const value = 'v'.repeat(4096 - 2);
    write(dir, 'fits.csv', `a\n"${value}"\n`);
    expect((await readAll('fits.csv', dir, cap)).columns.a).toEqual([value]);
    write(dir, 'fits.jsonl', `{"a":"${'v'.repeat(4096 - 8)}"}\n`);
    expect((await readAll('fits.jsonl', dir, cap)).rows).toBe(1);
    expect(DEFAULT_MAX_LINE_BYTES).toBe(64 * 1024 * 1024);
  });

  it('the config key is read.max_line_bytes, a whole number of at least 1024', () => {
    const { readOptionsSchema } = configSchemas();
    expect(readOptionsSchema.parse({ max_line_bytes: 1 << 20 })).toEqual({ max_line_bytes: 1 << 20 });
    expect(readOptionsSchema.safeParse({ max_line_bytes: 10 }).success).toBe(false);
    expect(readOptionsSchema.safeParse({ max_line_byte: 1 << 20 }).success).toBe(false);
  });
});
