import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { refusalLine } from './test-kit';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidateOptions } from '../validate';
import { tableFormatOf } from './table-formats';
import { loadYamlParser } from '@mlship/core';

beforeAll(loadYamlParser);

/**
 * A Delta Lake or Iceberg table directory holds every version's files: read as
 * plain parquet it counts deleted and rewritten rows. The local reader refuses
 * it; engine duckdb reads the current snapshot through delta_scan/iceberg_scan.
 */
let dir: string;
const tables = { delta: '', iceberg: '', plain: '' };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-lake-'));
  const parquet = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__');
  const some = fs.readdirSync(parquet).find((f) => f.endsWith('.parquet'))!;
  for (const name of Object.keys(tables) as (keyof typeof tables)[]) {
    tables[name] = path.join(dir, name);
    fs.mkdirSync(tables[name]);
    fs.copyFileSync(path.join(parquet, some), path.join(tables[name], 'part-0.parquet'));
  }
  fs.mkdirSync(path.join(tables.delta, '_delta_log'));
  fs.writeFileSync(path.join(tables.delta, '_delta_log', '00000000000000000000.json'), '{}\n');
  fs.mkdirSync(path.join(tables.iceberg, 'metadata'));
  fs.writeFileSync(path.join(tables.iceberg, 'metadata', 'v1.metadata.json'), '{}\n');
  // A directory merely named metadata, without Iceberg's files, is data like any other.
  fs.mkdirSync(path.join(tables.plain, 'metadata'));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const failure = (opts: Partial<ValidateOptions>): Promise<string> => refusalLine(() => validateDataset({ config: parseConfig('checks:\n  - type: row_count\n', 'checks.yml'), cwd: dir, ...opts }));

it('tells a Delta Lake or Iceberg table from a directory of files', async () => {
  expect(await tableFormatOf(tables.delta)).toBe('delta');
  expect(await tableFormatOf(tables.iceberg)).toBe('iceberg');
  expect(await tableFormatOf(tables.plain)).toBeUndefined();
  expect(await tableFormatOf(path.join(tables.plain, 'part-0.parquet'))).toBeUndefined();
});

it.each(['delta', 'iceberg'] as const)('engine local refuses %s table directories with one line instead of counting every version', async (name) => {
  expect(await failure({ data: name })).toMatch(
    new RegExp(`^data ${name}: ${name} is an? (Delta Lake|Iceberg) table: its data files hold rows that later versions deleted or rewrote, so reading them as files would count the wrong rows\\. Use engine: duckdb, which reads the current snapshot`),
  );
});

it.each([
  ['delta', 'delta_scan'],
  ['iceberg', 'iceberg_scan'],
] as const)('engine duckdb reads the %s table with %s: one line when it cannot (the extension cannot be downloaded here)', async (name, _fn) => {
  expect(await failure({ data: name, engine: { name: 'duckdb' } })).toMatch(new RegExp(`^${name}: engine duckdb cannot read ${name}: \\S.*[^:]$`));
});
