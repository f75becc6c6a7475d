/** The JSON Lines reader on files written by the test. */
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, expectUserError, kinds, openAndRead, plain, readAll, tempDir, write } from './test-kit';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(cleanupTempDirs);

const lines = (...rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

describe('JSONL schema', () => {
  it('columns are the union of keys in first-seen order; a missing key is missing', async () => {
    write(dir, 'union.jsonl', lines({ a: 1, b: 'x' }, { b: 'y' }, { a: 3, c: true }, { c: false, d: null }));
    const got = await readAll('union.jsonl', dir);
    expect(got.names).toEqual(['a', 'b', 'c', 'd']);
    expect(kinds(got.ds)).toEqual({ a: 'int', b: 'string', c: 'bool', d: 'string' });
    expect(plain(got.columns.a!)).toEqual([1, null, 3, null]);
    expect(got.columns.b).toEqual(['x', 'y', null, null]);
    expect(got.columns.c).toEqual([null, null, true, false]);
    expect(got.columns.d).toEqual([null, null, null, null]);
  });

  it('a key that first appears after many rows is still a column', async () => {
    const rows: unknown[] = Array.from({ length: 20_000 }, (_, i) => ({ i }));
    rows.push({ i: 20_000, late: 2.5 });
    write(dir, 'late-key.jsonl', lines(...rows));
    const got = await readAll('late-key.jsonl', dir);
    expect(kinds(got.ds)).toEqual({ i: 'int', late: 'float' });
    expect(got.rows).toBe(20_001);
    expect(got.batchRows).toEqual([16_384, 20_001 - 16_384]);
    expect(got.columns.late!.slice(0, 20_000).every((v) => Number.isNaN(v))).toBe(true);
    expect(got.columns.late![20_000]).toBe(2.5);
  });

  it('ints stay int, any fractional value makes float', async () => {
    write(dir, 'numbers.jsonl', lines({ i: 1, f: 1, big: 9007199254740991 }, { i: -2, f: 2.5, big: -1 }, { i: 0, f: -3, big: 0 }, { f: 1e-300 }));
    const got = await readAll('numbers.jsonl', dir);
    expect(kinds(got.ds)).toEqual({ i: 'int', f: 'float', big: 'int' });
    expect(plain(got.columns.i!)).toEqual([1, -2, 0, null]);
    expect(got.columns.f).toEqual([1, 2.5, -3, 1e-300]);
    expect(got.columns.big![0]).toBe(9007199254740991);
    // Numeric columns are Float64Array-backed, missing as NaN.
    for await (const batch of got.ds.batches({ columns: ['i', 'f'] })) {
      expect(batch.columns[0]).toBeInstanceOf(Float64Array);
      expect(Number.isNaN(batch.columns[0]![3])).toBe(true);
    }
  });

  it('mixed JSON types make a string column, with nested values as JSON text', async () => {
    write(dir, 'mixed.jsonl', lines({ m: 1 }, { m: 'two' }, { m: true }, { m: 2.5 }, { m: { k: [1] } }, { m: null }, {}));
    const got = await readAll('mixed.jsonl', dir);
    expect(kinds(got.ds)).toEqual({ m: 'string' });
    expect(got.ds.schema.fields[0]!.sourceType).toBe('inferred from JSON number/string/bool/nested');
    expect(got.columns.m).toEqual(['1', 'two', 'true', '2.5', '{"k":[1]}', null, null]);
  });

  it('numeric-looking strings stay strings (JSON already says what they are)', async () => {
    write(dir, 'numeric-text.jsonl', lines({ zip: '01234', n: '5' }, { zip: '99999', n: '6' }));
    const got = await readAll('numeric-text.jsonl', dir);
    expect(kinds(got.ds)).toEqual({ zip: 'string', n: 'string' });
    expect(got.columns.zip).toEqual(['01234', '99999']);
  });

  it('objects and arrays are nested, written back as JSON text', async () => {
    write(dir, 'nested.jsonl', lines({ o: { a: 1, b: [1, 2] }, l: [1, 'x', null] }, { o: null, l: [] }, { o: { 'é': 'ü' } }));
    const got = await readAll('nested.jsonl', dir);
    expect(kinds(got.ds)).toEqual({ o: 'nested', l: 'nested' });
    expect(got.columns.o).toEqual(['{"a":1,"b":[1,2]}', null, '{"é":"ü"}']);
    expect(got.columns.l).toEqual(['[1,"x",null]', '[]', null]);
  });

  it('ISO dates and timestamps are inferred; a mix of both is timestamp; anything else keeps the column text', async () => {
    write(
      dir,
      'times.jsonl',
      lines(
        { d: '2024-01-31', ts: '2024-01-31T12:00:00Z', both: '2024-01-31', tz: '2024-01-31T12:00:00+05:30', not: '2024-01-31' },
        { d: '1969-12-31', ts: '2024-02-29 23:59:59.250', both: '2024-02-01T06:00:00Z', tz: null, not: 'yesterday' },
        { d: null, ts: '1970-01-01T00:00', both: null, tz: '2024-01-31T12:00:00-0800', not: '2024-02-30' },
      ),
    );
    const got = await readAll('times.jsonl', dir);
    expect(kinds(got.ds)).toEqual({ d: 'date', ts: 'timestamp', both: 'timestamp', tz: 'timestamp', not: 'string' });
    expect(plain(got.columns.d!)).toEqual([Date.UTC(2024, 0, 31), Date.UTC(1969, 11, 31), null]);
    expect(got.columns.ts).toEqual([Date.UTC(2024, 0, 31, 12), Date.UTC(2024, 1, 29, 23, 59, 59, 250), 0]);
    expect(plain(got.columns.both!)).toEqual([Date.UTC(2024, 0, 31), Date.UTC(2024, 1, 1, 6), null]);
    expect(plain(got.columns.tz!)).toEqual([Date.UTC(2024, 0, 31, 6, 30), null, Date.UTC(2024, 0, 31, 20)]);
    expect(got.columns.not).toEqual(['2024-01-31', 'yesterday', '2024-02-30']);
  });

  it('a key that is always null is an all-missing string column', async () => {
    write(dir, 'nulls.jsonl', lines({ a: 1, n: null }, { a: 2, n: null }));
    const got = await readAll('nulls.jsonl', dir);
    expect(kinds(got.ds)).toEqual({ a: 'int', n: 'string' });
    expect(got.ds.schema.fields[1]!.sourceType).toBe('inferred from JSON null');
    expect(got.columns.n).toEqual([null, null]);
  });
});

describe('JSONL lines', () => {
  it('blank lines (also at the end, with spaces or CRLF) are skipped; a BOM is ignored', async () => {
    write(dir, 'blanks.jsonl', '\ufeff{"a":1}\r\n\r\n   \n{"a":2}\n\n{"a":3}');
    const got = await readAll('blanks.jsonl', dir);
    expect(got.names).toEqual(['a']);
    expect(got.columns.a).toEqual([1, 2, 3]);
  });

  it('.jsonl.gz and .ndjson read like .jsonl', async () => {
    const text = lines({ a: 1, s: 'x' }, { a: 2.5, s: 'ü' });
    write(dir, 'g.jsonl.gz', text);
    write(dir, 'n.ndjson', text);
    const gz = await readAll('g.jsonl.gz', dir);
    const nd = await readAll('n.ndjson', dir);
    expect(gz.ds.files[0]!.format).toBe('jsonl');
    expect(nd.ds.files[0]!.format).toBe('jsonl');
    expect(kinds(gz.ds)).toEqual({ a: 'float', s: 'string' });
    expect(gz.columns).toEqual(nd.columns);
    expect(gz.columns.s).toEqual(['x', 'ü']);
  });

  it('multi-byte characters split across read chunks survive', async () => {
    const long = 'ü😀'.repeat(400_000); // > 1 MiB per line, so lines span chunks
    write(dir, 'wide.jsonl', lines({ s: long }, { s: 'end' }));
    const got = await readAll('wide.jsonl', dir);
    expect(got.columns.s![0]).toBe(long);
    expect(got.columns.s![1]).toBe('end');
  });
});

describe('bad JSONL files', () => {
  it('an invalid JSON line is a UserError naming the file and the line (blank lines counted)', async () => {
    write(dir, 'broken.jsonl', '{"a":1}\n\n{"a":2}\n{"a":\n{"a":4}\n');
    await expectUserError(openAndRead('broken.jsonl', dir), 'broken.jsonl', /line 4 is not valid JSON/);
  });

  it('a line that is an array is a UserError', async () => {
    write(dir, 'array.jsonl', '{"a":1}\n[1,2]\n');
    await expectUserError(openAndRead('array.jsonl', dir), 'array.jsonl', /line 2 is an array, not a JSON object/);
  });

  it('a line that is a scalar or null is a UserError', async () => {
    write(dir, 'scalar.jsonl', '{"a":1}\n"text"\n');
    await expectUserError(openAndRead('scalar.jsonl', dir), 'scalar.jsonl', /line 2 is "text", not a JSON object/);
    write(dir, 'null.jsonl', 'null\n');
    await expectUserError(openAndRead('null.jsonl', dir), 'null.jsonl', /line 1 is null, not a JSON object/);
  });

  it('a file of blank lines is a UserError', async () => {
    write(dir, 'blank.jsonl', '\n \n\r\n');
    await expectUserError(openAndRead('blank.jsonl', dir), 'blank.jsonl', /no rows/);
  });

  it('a .jsonl.gz that is not gzip is a UserError', async () => {
    fs.writeFileSync(path.join(dir, 'fake.jsonl.gz'), '{"a":1}\n');
    await expectUserError(openAndRead('fake.jsonl.gz', dir), 'fake.jsonl.gz', /not valid gzip data/);
  });
  it('nesting deeper than 1,000 levels is a UserError naming the line, not a stack overflow', async () => {
    const deep = (d: number) => `{"n":${'['.repeat(d - 1)}${']'.repeat(d - 1)}}`;
    write(dir, 'deep.jsonl', `{"n":[]}\n${deep(200_000)}\n`);
    await expectUserError(openAndRead('deep.jsonl', dir), 'deep.jsonl', /line 2 nests deeper than 1,000 levels/);
    // Brackets inside strings are text, and exactly 1,000 levels still read (as JSON text).
    write(dir, 'edge.jsonl', `{"s":"${'['.repeat(5000)}"}\n${deep(1000)}\n`);
    const got = await readAll('edge.jsonl', dir);
    expect(got.rows).toBe(2);
    expect(String(got.columns.n![1]).length).toBe(2 * 999);
  });
});
