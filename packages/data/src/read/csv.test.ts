/**
 * The CSV reader on files written by the test. Where pandas has an opinion
 * (values, NA tokens, header names, dtypes) the expectations come from
 * __fixtures__/csv-pandas.golden.json, made by make_csv_golden.py with
 * pandas.read_csv; where our reader deliberately differs (it infers dates and
 * keeps an int column with gaps as int) the test says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cell } from '../table';
import { sniffDelimiter } from './index';
import { cleanupTempDirs, closeTo, expectUserError, kinds, open, openAndRead, plain, readAll, tempDir, write } from './test-kit';

interface GoldenColumn {
  name: string;
  dtype: string;
  values: (number | string | boolean | null)[];
  epochMs?: (number | null)[];
}
interface GoldenCase {
  name: string;
  file: string;
  sep: string;
  text: string;
  /** Extra read_csv arguments the case was read with. */
  readCsv: Record<string, unknown>;
  columns: GoldenColumn[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const golden = JSON.parse(fs.readFileSync(path.join(here, '__fixtures__', 'csv-pandas.golden.json'), 'utf8')) as {
  pandas: string;
  cases: GoldenCase[];
  headers: { header: string[]; names: string[] }[];
};
const goldenCase = (name: string) => golden.cases.find((c) => c.name === name)!;

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(cleanupTempDirs);

/** Our kind for each golden column, and pandas' dtype for it (checked too, so a new pandas that disagrees shows up). */
const KINDS: Record<string, Record<string, [ours: string, pandas: string]>> = {
  kinds: {
    id: ['int', 'int64'],
    i: ['int', 'int64'],
    i_na: ['int', 'float64'], // pandas turns ints with gaps into float64; we keep the kind (NaN marks the gaps)
    f: ['float', 'float64'],
    f_special: ['float', 'float64'],
    b: ['bool', 'bool'],
    b_na: ['bool', 'object'], // pandas falls back to object for bools with gaps
    s_mixed: ['string', 'object'],
    hexlike: ['string', 'object'],
    dt: ['date', 'object'], // read_csv does not parse dates unless asked; we infer them
    ts: ['timestamp', 'object'],
    ts_tz: ['timestamp', 'object'],
  },
  'na-tokens': { x: ['float', 'float64'], label: ['string', 'object'] },
  quoting: { id: ['int', 'int64'], text: ['string', 'object'], n: ['int', 'int64'] },
  'header-names': { a: ['int', 'int64'], 'a.1': ['int', 'int64'], 'Unnamed: 2': ['int', 'int64'], b: ['int', 'int64'], 'a.2': ['int', 'int64'], 'Unnamed: 5': ['int', 'int64'] },
  'header-dedup': Object.fromEntries(['a', 'a.1', 'a.2', 'b', 'b.2', 'b.1', 'c', 'c.1', 'c.2'].map((n) => [n, ['int', 'int64']])),
  'header-unnamed': Object.fromEntries(['x', ' ', 'Unnamed: 2.1', 'Unnamed: 2', 'Unnamed: 4'].map((n) => [n, ['int', 'int64']])),
  semicolon: { name: ['string', 'object'], price: ['string', 'object'], when: ['date', 'object'] },
  tab: { k: ['string', 'object'], v: ['int', 'int64'], w: ['string', 'object'] },
  pipe: { k: ['string', 'object'], v: ['int', 'int64'], w: ['string', 'object'] },
  tsv: { k: ['string', 'object'], v: ['int', 'int64'] },
  bom: { id: ['int', 'int64'], v: ['string', 'object'] },
};

function expectLikePandas(c: GoldenCase, got: Record<string, Cell[]>, ourKinds: Record<string, string>): void {
  for (const col of c.columns) {
    const kind = ourKinds[col.name]!;
    const ours = got[col.name]!;
    expect({ column: col.name, rows: ours.length }).toEqual({ column: col.name, rows: col.values.length });
    col.values.forEach((want, r) => {
      const have = ours[r]!;
      const where = `${c.name}.${col.name}[${r}]: ours ${JSON.stringify(have)} (${kind}), pandas ${JSON.stringify(want)} (${col.dtype})`;
      let ok: boolean;
      if (kind === 'date' || kind === 'timestamp') ok = closeTo(have, col.epochMs![r]!);
      else if (kind === 'int' || kind === 'float') ok = closeTo(have, want === null ? NaN : want === '+inf' ? Infinity : want === '-inf' ? -Infinity : (want as number));
      else ok = have === want;
      expect({ where, ok }).toEqual({ where, ok: true });
    });
  }
}

describe('CSV against pandas.read_csv (golden file)', () => {
  it('the golden file is pandas 1.5 output for every case', () => {
    expect(golden.pandas).toMatch(/^1\.5\./);
    // pandas 2.0 added "None" to the default NA strings; the reader follows pandas 2, so 1.5 was told.
    expect(goldenCase('na-tokens').readCsv).toEqual({ na_values: ['None'] });
    expect(golden.cases.map((c) => c.name).sort()).toEqual(Object.keys(KINDS).sort());
  });

  it.each(golden.cases.map((c) => [c.name, c] as const))('%s: names, kinds and values', async (_name, c) => {
    write(dir, c.file, c.text);
    const got = await readAll(c.file, dir);
    expect(got.ds.schema.fields.map((f) => f.name)).toEqual(c.columns.map((col) => col.name));
    const ourKinds = kinds(got.ds);
    const expected = KINDS[c.name]!;
    expect(ourKinds).toEqual(Object.fromEntries(Object.entries(expected).map(([k, [ours]]) => [k, ours])));
    expect(Object.fromEntries(c.columns.map((col) => [col.name, col.dtype]))).toEqual(Object.fromEntries(Object.entries(expected).map(([k, [, pd]]) => [k, pd])));
    expectLikePandas(c, got.columns, ourKinds);
  });

  it('names repeated and empty headers as pandas does, on 100+ random colliding headers', async () => {
    expect(golden.headers.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const [k, { header, names }] of golden.headers.entries()) {
      write(dir, `headers/${k}.csv`, `${header.join(',')}\n${header.map(() => '1').join(',')}\n`);
      const ds = await open(`headers/${k}.csv`, dir, { csv: { delimiter: ',' } });
      const ours = ds.schema.fields.map((f) => f.name);
      if (JSON.stringify(ours) !== JSON.stringify(names)) wrong.push(`${JSON.stringify(header)}: ours ${JSON.stringify(ours)}, pandas ${JSON.stringify(names)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('every pandas NA token is missing, quoted or not', async () => {
    const c = goldenCase('na-tokens');
    write(dir, c.file, c.text);
    const got = await readAll(c.file, dir);
    const x = got.columns.x!;
    expect(x[0]).toBe(1.5);
    expect(x.at(-1)).toBe(2.5);
    expect(x.slice(1, -1).every((v) => Number.isNaN(v))).toBe(true);
    expect(plain(got.columns.label!.slice(1, -1)).every((v) => v === null)).toBe(true);
  });

  it('a gzipped copy (.csv.gz) reads the same', async () => {
    const c = goldenCase('kinds');
    write(dir, 'kinds.csv', c.text);
    write(dir, 'kinds.csv.gz', c.text);
    const plainRead = await readAll('kinds.csv', dir);
    const gz = await readAll('kinds.csv.gz', dir);
    expect(gz.ds.files[0]!.format).toBe('csv');
    expect(kinds(gz.ds)).toEqual(kinds(plainRead.ds));
    expect(gz.columns).toEqual(plainRead.columns);
  });

  it('a BOM is not part of the first column name, also in a gzipped file', async () => {
    write(dir, 'bom2.csv.gz', '\ufeffid;v\n1;x\n');
    const got = await readAll('bom2.csv.gz', dir);
    expect(got.names).toEqual(['id', 'v']);
    expect(got.columns.id).toEqual([1]);
  });
});

describe('CSV dialect', () => {
  it('sniffs , ; tab and | from the first lines, ignoring delimiters inside quotes', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\n"x;y";1,5;2\n')).toBe(';');
    expect(sniffDelimiter('a\tb\n"1,2"\t3\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2,5|3\n')).toBe('|');
    expect(sniffDelimiter('single\n1\n')).toBe(',');
  });

  it('an explicit delimiter wins over sniffing', async () => {
    write(dir, 'explicit.csv', 'a;b,c\n1;2,3\n');
    const sniffed = await readAll('explicit.csv', dir);
    expect(sniffed.names).toEqual(['a;b', 'c']);
    const got = await readAll('explicit.csv', dir, { csv: { delimiter: ';' } });
    expect(got.names).toEqual(['a', 'b,c']);
    expect(got.columns['b,c']).toEqual(['2,3']);
  });

  it('quoted fields keep delimiters, doubled quotes and newlines; CRLF endings; blank lines skipped', async () => {
    write(dir, 'tricky.csv', 'id,note\r\n\r\n1,"x,y"\r\n2,"say ""no"""\r\n\r\n3,"multi\r\nline, with ""quotes"""\r\n4,unquoted "inner" quote\r\n');
    const got = await readAll('tricky.csv', dir);
    expect(got.columns.id).toEqual([1, 2, 3, 4]);
    expect(got.columns.note).toEqual(['x,y', 'say "no"', 'multi\r\nline, with "quotes"', 'unquoted "inner" quote']);
  });

  it('header: false names the columns 0, 1, … and reads the first row as data', async () => {
    write(dir, 'noheader.csv', '1,a,2024-01-01\n2,b,2024-01-02\n');
    const got = await readAll('noheader.csv', dir, { csv: { header: false } });
    expect(got.names).toEqual(['0', '1', '2']);
    expect(kinds(got.ds)).toEqual({ '0': 'int', '1': 'string', '2': 'date' });
    expect(got.columns['0']).toEqual([1, 2]);
    expect(got.columns['2']).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)]);
  });

  it('a header-only file has its columns and no rows', async () => {
    write(dir, 'header-only.csv', 'a,b\n');
    const got = await readAll('header-only.csv', dir);
    expect(got.names).toEqual(['a', 'b']);
    expect(got.rows).toBe(0);
  });
});

describe('CSV kinds', () => {
  it('types overrides inference per column', async () => {
    write(dir, 'override.csv', goldenCase('kinds').text);
    const got = await readAll('override.csv', dir, { csv: { types: { id: 'string', i: 'float', dt: 'string', ts: 'string', b_na: 'string' } } });
    expect(kinds(got.ds)).toMatchObject({ id: 'string', i: 'float', dt: 'string', ts: 'string', b_na: 'string', f: 'float' });
    expect(got.ds.schema.fields.find((f) => f.name === 'id')!.sourceType).toBe('declared string');
    expect(got.columns.id).toEqual(['1', '2', '3', '4']);
    expect(got.columns.dt).toEqual(['2024-01-31', '1999-12-31', '1970-01-01', '2000-02-29']);
    expect(plain(got.columns.b_na!)).toEqual(['true', null, 'False', null]);
  });

  it('a declared kind a value does not fit is a UserError naming line and column', async () => {
    write(dir, 'declared.csv', 'id,v\n1,2\n2,x\n');
    const e = await expectUserError(openAndRead('declared.csv', dir, { csv: { types: { v: 'int' } } }), 'declared.csv', /line 3, column "v": "x" is not an int \(declared in read\.csv\.types\)/);
    expect(e.line).toMatch(/^declared\.csv: /);
  });

  it('a column in types that is not in the header is a UserError', async () => {
    write(dir, 'unknown-type.csv', 'id,v\n1,2\n');
    await expectUserError(openAndRead('unknown-type.csv', dir, { csv: { types: { nope: 'int' } } }), 'unknown-type.csv', /"nope", which is not in the header.*Columns: id, v/);
  });

  it('ints and floats widen to float; a value among the first 10,000 rows that is not a number makes text', async () => {
    const rows = ['n,m,late'];
    for (let i = 0; i < 9_999; i++) rows.push(`${i},${i},${i}`);
    rows.push('1.5,x,10000'); // row 10,000: still in the sample
    write(dir, 'wide.csv', rows.join('\n') + '\n');
    const got = await readAll('wide.csv', dir);
    expect(kinds(got.ds)).toEqual({ n: 'float', m: 'string', late: 'int' });
    expect(got.columns.n!.at(-1)).toBe(1.5);
    expect(got.columns.m!.at(-1)).toBe('x');
    expect(got.rows).toBe(10_000);
  });

  it('a value after row 10,000 that does not fit the inferred kind is a UserError naming the line and column', async () => {
    const rows = ['id,v,w'];
    for (let i = 1; i <= 10_050; i++) rows.push(`${i},${i === 10_020 ? 'oops' : i * 2},2024-01-01`);
    write(dir, 'late.csv', rows.join('\n') + '\n');
    const ds = await open('late.csv', dir);
    expect(kinds(ds)).toEqual({ id: 'int', v: 'int', w: 'date' });
    // Data row 10,020 is on line 10,021 (after the header).
    await expectUserError(openAndRead('late.csv', dir), 'late.csv', /line 10021, column "v": "oops" is not an int \(inferred from the first 10,000 rows\)\. .*read\.csv\.types/);
    // Only the columns asked for are parsed, so reading around the bad cell works.
    let n = 0;
    for await (const b of ds.batches({ columns: ['id', 'w'] })) n += b.numRows;
    expect(n).toBe(10_050);
  });

  it('a late timestamp in an inferred date column is an error too, not a silent change', async () => {
    const rows = ['d'];
    for (let i = 0; i < 10_005; i++) rows.push(i === 10_002 ? '2024-01-01 10:00' : '2024-01-02');
    write(dir, 'late-ts.csv', rows.join('\n'));
    await expectUserError(openAndRead('late-ts.csv', dir), 'late-ts.csv', /line 10004, column "d": "2024-01-01 10:00" is not a date/);
  });

  it('batches hold 16,384 rows and carry values across batch and chunk boundaries', async () => {
    const rows = ['i,s,q'];
    for (let i = 0; i < 40_000; i++) rows.push(`${i},s${i % 13},"q,${i}\n${'x'.repeat(i % 50)}"`);
    write(dir, 'big.csv', rows.join('\n') + '\n');
    const got = await readAll('big.csv', dir);
    expect(got.batchRows).toEqual([16_384, 16_384, 40_000 - 2 * 16_384]);
    expect(got.columns.i).toEqual(Array.from({ length: 40_000 }, (_, i) => i));
    expect(got.columns.q![39_999]).toBe(`q,39999\n${'x'.repeat(39_999 % 50)}`);
    expect(got.columns.s![12_345]).toBe(`s${12_345 % 13}`);
  });
});

describe('bad CSV files', () => {
  it('a ragged row among the first rows is a UserError with its line number', async () => {
    write(dir, 'ragged.csv', 'a,b\n1,2\n3,4,5\n6,7\n');
    await expectUserError(openAndRead('ragged.csv', dir), 'ragged.csv', /line 3 has 3 fields, the first row has 2/);
  });

  it('a ragged row far into the file is a UserError with its line number', async () => {
    const rows = ['a,b'];
    for (let i = 0; i < 120_000; i++) rows.push(i === 110_000 ? `${i}` : `${i},${i}`);
    write(dir, 'ragged-late.csv', rows.join('\n') + '\n');
    await expectUserError(openAndRead('ragged-late.csv', dir), 'ragged-late.csv', /line 110002 has 1 field, the first row has 2/);
  });

  it('an unclosed quote is a UserError with the line it starts on', async () => {
    write(dir, 'unclosed.csv', 'a,b\n1,2\n3,"open\n4,5\n');
    await expectUserError(openAndRead('unclosed.csv', dir), 'unclosed.csv', /line 3: a quoted field is never closed/);
  });

  it('text after a closing quote is a UserError with its line', async () => {
    write(dir, 'afterquote.csv', 'a,b\n1,"x"y\n');
    await expectUserError(openAndRead('afterquote.csv', dir), 'afterquote.csv', /line 2: unexpected "y" after a closing quote/);
  });

  it('a .csv.gz or .tsv.gz that is not gzip, or is cut short, is a UserError', async () => {
    fs.writeFileSync(path.join(dir, 'fake.csv.gz'), 'a,b\n1,2\n'); // read first by the delimiter sniffer
    await expectUserError(openAndRead('fake.csv.gz', dir), 'fake.csv.gz', /not valid gzip data/);
    fs.writeFileSync(path.join(dir, 'fake.tsv.gz'), 'a\tb\n1\t2\n'); // no sniffing: read first by the tokenizer
    await expectUserError(openAndRead('fake.tsv.gz', dir), 'fake.tsv.gz', /not valid gzip data/);
    const whole = fs.readFileSync(write(dir, 'whole.csv.gz', 'a,b\n' + '1,2\n'.repeat(5000)));
    fs.writeFileSync(path.join(dir, 'cut.csv.gz'), whole.subarray(0, whole.length - 20));
    await expectUserError(openAndRead('cut.csv.gz', dir), 'cut.csv.gz', /not valid gzip data \(unexpected end of file\)/);
  });

  it('a file of blank lines is a UserError', async () => {
    write(dir, 'blank.csv', '\n\n\r\n');
    await expectUserError(openAndRead('blank.csv', dir), 'blank.csv', /no rows/);
  });
});
