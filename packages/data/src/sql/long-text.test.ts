import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseConfig } from '../checks/load';
import { validateDataset } from '../validate';
import { loadYamlParser } from '@mlship/core';

beforeAll(loadYamlParser);

/**
 * Text longer than 1,024 characters is shown by a label locally (its start,
 * size and hash), never whole: the report stays small whatever the data. An
 * engine returns such values whole, so they are labelled the same way on
 * arrival, and the profile, class counts and verdicts stay identical.
 */
let dir: string;
let parquet: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-long-text-'));
  parquet = path.join(dir, 'docs.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    // Three long values sharing their first 64 characters (only the hash tells them apart), repeated unevenly, plus short ones.
    await conn.run(`COPY (
      SELECT i AS id,
        CASE WHEN i % 4 = 0 THEN repeat('ü', 80) || repeat(chr(CAST(97 + i % 3 AS INTEGER)), 2000)
             WHEN i % 4 = 1 THEN 'short ' || (i % 5)
             WHEN i % 4 = 2 THEN repeat('z', 3000)
             ELSE NULL END AS body
      FROM range(1, 401) AS r(i)
    ) TO '${parquet}' (FORMAT parquet)`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('long text gets the local label on engine duckdb: top values, extremes and class counts agree', async () => {
  const checks = JSON.stringify({ checks: [{ type: 'class_balance', column: 'body', min_percent: 10 }, { type: 'not_null', column: 'body', mostly: 0.5 }] });
  const run = (engine?: { name: 'duckdb' }) => validateDataset({ data: parquet, config: parseConfig(checks, 'checks.json'), engine });
  const [local, duck] = await Promise.all([run(), run({ name: 'duckdb' })]);
  const body = (o: typeof local) => o.profile.columns.find((c) => c.name === 'body')!;
  expect(body(duck)).toEqual(body(local));
  expect(duck.checks.map(({ id, status, observed, detail }) => ({ id, status, observed, detail }))).toEqual(local.checks.map(({ id, status, observed, detail }) => ({ id, status, observed, detail })));
  const top = body(duck).topValues.map((t) => t.value);
  expect(top.filter((v) => v.length > 1024)).toEqual([]);
  expect(top.filter((v) => v.startsWith('ü'))).toHaveLength(3);
  expect(String(body(duck).max)).toMatch(/^ü{64}… \(2\.2 kB, #[0-9a-f]+\)$/);
  expect(top).toContainEqual(expect.stringMatching(/^z{64}… \(3\.0 kB, #[0-9a-f]+\)$/));
  expect(JSON.stringify(duck.profile).length).toBeLessThan(4000);
});
