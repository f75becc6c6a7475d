/**
 * scikit-learn's own bundled CSVs (vendored in __fixtures__/sklearn with its
 * licence): a count line before header-less data, and whitespace-separated
 * files. Read with the read.csv options each needs, they must give what
 * pandas.read_csv gives (sklearn-pandas.golden.json, written by
 * make_sklearn_golden.py beside it); read with the defaults, they must say
 * what is wrong and name the fix instead of passing as something else.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CsvOptions } from './index';
import { closeTo, expectUserError, openAndRead, readAll } from './test-kit';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, '__fixtures__', 'sklearn');

interface GoldenCase {
  name: string;
  file: string;
  readCsv: { skiprows?: number; header?: null; names?: string[]; sep?: string };
  rows: number;
  columns: { name: string; sum: number; mean: number }[];
}
const golden = JSON.parse(fs.readFileSync(path.join(dir, 'sklearn-pandas.golden.json'), 'utf8')) as { cases: GoldenCase[] };

/** The read.csv options that say what each pandas call says. */
function optionsFor(c: GoldenCase): CsvOptions {
  const k = c.readCsv;
  return {
    ...(k.skiprows !== undefined ? { skip_rows: k.skiprows } : {}),
    ...(k.header === null ? { header: false } : {}),
    ...(k.names ? { names: k.names } : {}),
    ...(k.sep === '\\s+' ? { delimiter: 'whitespace' } : {}),
  };
}

describe('scikit-learn bundled datasets, read as pandas reads them', () => {
  it.each(golden.cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const got = await readAll(c.file, dir, { csv: optionsFor(c) });
    expect(got.rows).toBe(c.rows);
    expect(got.names).toEqual(c.columns.map((col) => col.name));
    expect(got.ds.notes ?? []).toEqual([]);
    for (const col of c.columns) {
      const values = got.columns[col.name]! as number[];
      const sum = values.reduce((a, b) => a + b, 0);
      expect([col.name, closeTo(sum, col.sum, 1e-12)]).toEqual([col.name, true]);
      expect([col.name, closeTo(sum / values.length, col.mean, 1e-12)]).toEqual([col.name, true]);
    }
  });
});

describe('scikit-learn bundled datasets, read with the defaults', () => {
  it('iris: the count line is not taken silently as the header', async () => {
    const got = await readAll('iris.csv', dir);
    const notes = got.ds.notes ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ id: 'csv_header', file: 'iris.csv', line: 1 });
    expect(notes[0]!.detail).toMatch(/line 1 .*150, 4.*numbers/);
    expect(notes[0]!.detail).toMatch(/skip_rows: 1.*header: false.*names/);
  });

  it.each([
    ['wine_data.csv', 5, 14],
    ['breast_cancer.csv', 4, 31],
  ])('%s: the count line is named as what it is, with the fix', async (file, first, rest) => {
    const e = await expectUserError(openAndRead(file, dir), file, new RegExp(`line 1 has ${first} fields but the lines after it have ${rest}`));
    expect(e.line).toMatch(/skip_rows: 1/);
    expect(e.line).toMatch(/header: false/); // line 2 is all numbers: no header follows the count line
    expect(e.line).not.toMatch(/quote fields/);
  });

  it.each([
    ['diabetes_data_raw.csv.gz', 10],
    ['linnerud_exercise.csv', 3],
  ])('%s: one column where the lines hold more is a warning, not a pass', async (file, fields) => {
    const got = await readAll(file, dir);
    expect(got.names).toHaveLength(1);
    const notes = got.ds.notes ?? [];
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ id: 'csv_one_column', file });
    expect(notes[0]!.detail).toMatch(new RegExp(`${fields} fields .*runs of blanks.*delimiter: whitespace`));
  });
});
