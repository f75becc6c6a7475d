/**
 * The read.csv layout options — skip_rows, header: false with names,
 * delimiter: whitespace, comment — against pandas.read_csv with the same
 * arguments (__fixtures__/csv-options.golden.json, written by
 * make_csv_options_golden.py), their refusals, and the sniffer's warnings
 * when the defaults misread a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadYamlParser, UserError } from '@mlship/core';
import { parseConfig } from '../checks/load';
import { validateDataset } from '../validate';
import { CsvTokenizer, WHITESPACE, type TokenizerOptions } from './csv-tokenizer';
import type { CsvOptions } from './index';
import { cleanupTempDirs, expectUserError, openAndRead, plain, readAll, tempDir, write } from './test-kit';

interface GoldenCase {
  name: string;
  text: string;
  options: CsvOptions;
  rows: number;
  columns: { name: string; values: (number | string | null)[] }[];
}
const here = path.dirname(fileURLToPath(import.meta.url));
const golden = JSON.parse(fs.readFileSync(path.join(here, '__fixtures__', 'csv-options.golden.json'), 'utf8')) as { cases: GoldenCase[] };

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
beforeAll(loadYamlParser);
afterAll(cleanupTempDirs);

describe('read.csv layout options read what pandas reads', () => {
  it.each(golden.cases.map((c) => [c.name, c] as const))('%s', async (name, c) => {
    write(dir, `${name}.csv`, c.text);
    const got = await readAll(`${name}.csv`, dir, { csv: c.options });
    expect(got.rows).toBe(c.rows);
    expect(got.names).toEqual(c.columns.map((col) => col.name));
    for (const col of c.columns) expect([col.name, plain(got.columns[col.name]!)]).toEqual([col.name, col.values]);
    expect(got.ds.notes).toEqual([]);
  });
});

describe('the tokenizer gives the same records however the text is cut into chunks', () => {
  const tokens = (text: string, delimiter: string, options: TokenizerOptions, chunk: number) => {
    const out: [number, string[]][] = [];
    const t = new CsvTokenizer(delimiter, (fields, line) => out.push([line, fields]), options);
    for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk));
    t.end();
    return out;
  };
  it.each([
    ['skip_rows', 'title, "with quote\nsecond\na,b\n1,2\n', ',', { skipLines: 2 }],
    ['comment', '#c\na,b # x\n"q # not",2 # y\n#\n3,4', ',', { comment: '#' }],
    ['whitespace', '  a \t b\n"x  y"   2  \n\n 3 4 # c\n  "" 5', WHITESPACE, { comment: '#' }],
  ] as const)('%s', (_, text, delimiter, options) => {
    const whole = tokens(text, delimiter, options, text.length);
    for (const chunk of [1, 2, 3, 7]) expect(tokens(text, delimiter, options, chunk)).toEqual(whole);
  });
  it('counts skipped lines in the line numbers', () => {
    expect(tokens('x\ny\na,b\n1,2\n', ',', { skipLines: 2 }, 100)).toEqual([
      [3, ['a', 'b']],
      [4, ['1', '2']],
    ]);
  });
});

describe('bad read.csv values are refused with the key path', () => {
  const refusal = (csv: string) => {
    try {
      parseConfig(`read:\n  csv: ${csv}\nchecks:\n  - type: row_count\n    min: 1\n`, 'checks.yml');
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return (e as UserError).line;
    }
    throw new Error(`accepted: ${csv}`);
  };
  it.each([
    ['{ skip_row: 1 }', /read\.csv.*skip_row/],
    ['{ skip_rows: -1 }', /read\.csv\.skip_rows/],
    ['{ skip_rows: 1.5 }', /read\.csv\.skip_rows/],
    ['{ delimiter: spaces }', /read\.csv\.delimiter/],
    ['{ delimiter: "\\"" }', /read\.csv\.delimiter: the delimiter cannot be a quote/],
    ['{ comment: "##" }', /read\.csv\.comment: expected one character/],
    ['{ comment: ",", delimiter: "," }', /read\.csv\.comment: the comment character cannot be the delimiter/],
    ['{ names: [a, b] }', /read\.csv\.names: names needs header: false/],
    ['{ header: false, names: [a, a] }', /read\.csv\.names: column names must be unique/],
    ['{ header: false, names: [] }', /read\.csv\.names/],
  ])('%s', (csv, message) => {
    expect(refusal(csv)).toMatch(message);
  });
  it('accepts every option together', () => {
    const config = parseConfig('read:\n  csv: { skip_rows: 1, header: false, names: [a, b], delimiter: whitespace, comment: "#" }\nchecks:\n  - type: row_count\n    min: 1\n', 'checks.yml');
    expect(config.read?.csv).toEqual({ skip_rows: 1, header: false, names: ['a', 'b'], delimiter: 'whitespace', comment: '#' });
  });
});

describe('reading with options that do not fit the file', () => {
  it('a names count that does not match the fields names the line', async () => {
    write(dir, 'names3.csv', 'count\n1,2,3\n4,5,6\n');
    await expectUserError(openAndRead('names3.csv', dir, { csv: { skip_rows: 1, header: false, names: ['a', 'b'] } }), 'names3.csv', /read\.csv\.names lists 2 names but line 2 has 3 fields/);
  });
  it('skipping every line says which options to check', async () => {
    write(dir, 'short.csv', 'a,b\n');
    await expectUserError(openAndRead('short.csv', dir, { csv: { skip_rows: 5 } }), 'short.csv', /no rows.*skip_rows/);
  });
  it('types must name a column of names', async () => {
    write(dir, 'typed.csv', '1,2\n');
    await expectUserError(openAndRead('typed.csv', dir, { csv: { header: false, names: ['a', 'b'], types: { c: 'string' } } }), 'typed.csv', /"c", which is not a column/);
  });
});

describe('the sniffer says when the first line is not a header', () => {
  it('a title line before a real header: skip_rows: 1 alone', async () => {
    write(dir, 'titled.csv', 'Monthly export\nid,v\n1,2\n3,4\n');
    const e = await expectUserError(openAndRead('titled.csv', dir), 'titled.csv', /line 1 has 1 field but the lines after it have 2/);
    expect(e.line).toMatch(/skip_rows: 1 \} to skip it/);
    expect(e.line).not.toMatch(/header: false/);
  });
  it('an all-number first line is read as a header only with a warning naming header: false', async () => {
    write(dir, 'numbers.csv', '1,2,3\n4,5,6\n');
    const got = await readAll('numbers.csv', dir);
    expect(got.ds.notes).toHaveLength(1);
    expect(got.ds.notes![0]!.detail).toMatch(/names columns 1, 2, 3: .* data, not a header\. If it is data, set read\.csv \{ header: false/);
  });
  it('a header with a number column later on (a year) is not warned about', async () => {
    write(dir, 'years.csv', 'country,2023,2024\nfr,1,2\n');
    expect((await readAll('years.csv', dir)).ds.notes).toEqual([]);
  });
  it('a one-column file whose lines have one field is not warned about', async () => {
    write(dir, 'single.csv', 'name\nAda Lovelace\nAlan Turing\n');
    const got = await readAll('single.csv', dir);
    expect(got.names).toEqual(['name']);
    expect(got.ds.notes).toEqual([]);
  });
  it('a one-column file of free text (blanks in every line, varying counts) is not warned about', async () => {
    write(dir, 'reviews.csv', 'review text\ngreat product\nwould not buy again\n');
    expect((await readAll('reviews.csv', dir)).ds.notes).toEqual([]);
  });
  it('the warning is a check in the report, so the run does not pass silently', async () => {
    write(dir, 'blanks.csv', 'a b c\n1 2 3\n4 5 6\n');
    const config = parseConfig('checks:\n  - type: row_count\n    min: 1\n', 'checks.yml');
    const outcome = await validateDataset({ data: 'blanks.csv', config, cwd: dir });
    const check = outcome.checks.find((c) => c.id === 'read_csv_one_column');
    expect(check).toMatchObject({ status: 'fail', severity: 'warning', observed: 'blanks.csv', location: { file: 'blanks.csv' } });
    expect(check!.detail).toMatch(/^the file parsed into one column, but its first lines split into 3 fields on runs of blanks\. Set read\.csv \{ delimiter: whitespace \}/);
  });
});
