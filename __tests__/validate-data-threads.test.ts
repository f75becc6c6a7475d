/**
 * validate-data's local engine on several threads, through the CLI bundle
 * (real worker threads running the bundle's own file): report.json is byte for
 * byte the single-threaded one (wall-clock fields masked) with 2 and 3 threads,
 * each of them profiling columns (the progress line counts only threads started),
 * on a file whose sketches, HyperLogLog counters, long-text labels and
 * duplicate rows all come into play; a damaged file gives the same error line.
 * MLSHIP_TEST_DIST points the test at another build of dist/ (a private one while
 * dist/ is not rebuilt).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { THREADS_FIXTURE_ROWS, writeThreadsFixture } from '../packages/data/src/threads/testing/threads-fixture';
import { nodeBinaries, repoRoot } from './harness';

const cli = path.join(process.env.MLSHIP_TEST_DIST || path.join(repoRoot, 'dist'), 'cli/index.js');
const CHECKS = 'checks:\n  - type: row_count\n    min: 1\n  - type: duplicates\n    max_percent: 50\n  - type: drift\n  - type: quantile_between\n    column: x\n    quantile: 0.99\n    min: 0\n';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-threads-e2e-'));
  file = await writeThreadsFixture(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function validate(node: keyof typeof nodeBinaries, threads: number, data = file, reference = file, env: NodeJS.ProcessEnv = {}) {
  const out = fs.mkdtempSync(path.join(dir, `report-${threads}-`));
  const r = spawnSync(nodeBinaries[node], [cli, 'validate-data', '--data', data, '--reference', reference, '--config', CHECKS, '--report-path', out], {
    encoding: 'utf8',
    // A variable given as undefined is removed.
    env: Object.fromEntries(Object.entries({ ...process.env, MLSHIP_THREADS: String(threads), ...env }).filter(([, v]) => v !== undefined)),
  });
  const report = path.join(out, 'report.json');
  return { ...r, report: fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : undefined };
}

/** report.json without its wall-clock fields: when it was written and the run's seconds in the summary. */
const masked = (report: string | undefined): string =>
  (report ?? '').replace(/"generatedAt": "[^"]*"/, '"generatedAt": ""').replace(/(duplicate rows; checks from [^"]*?); [0-9.]+ s\./, '$1; _ s.');

describe('validate-data on several threads (CLI bundle)', () => {
  it('writes the single-threaded report.json byte for byte with 2 and 3 threads, on Node 24 and Node 20', () => {
    for (const node of ['node24', 'node20'] as const) {
      const single = validate(node, 1);
      expect([node, single.stderr, single.status]).toEqual([node, '', 0]);
      expect(single.stdout).not.toMatch(/profiling .* on \d+ threads/);
      const expected = masked(single.report);
      expect(JSON.parse(expected).data.profile).toMatchObject({ rows: THREADS_FIXTURE_ROWS, duplicateRows: THREADS_FIXTURE_ROWS / 50 });
      expect(expected).not.toBe(single.report);
      for (const threads of [2, 3]) {
        const split = validate(node, threads);
        expect([node, threads, split.stderr, split.status]).toEqual([node, threads, '', 0]);
        // Data and reference, each on the threads asked for: a worker with no columns is not started.
        expect(split.stdout.match(new RegExp(`profiling 8 columns on ${threads} threads`, 'g'))).toHaveLength(2);
        expect([node, threads, masked(split.report)]).toEqual([node, threads, expected]);
      }
    }
  }, 300_000);

  it("keeps its compiled code in Node's compile cache on Node 24 and reuses it, with the same report; none when turned off, or on a Node without the cache", () => {
    // The cache's default place is os.tmpdir()/node-compile-cache (NODE_COMPILE_CACHE would turn it on by itself).
    const cachedRun = (node: keyof typeof nodeBinaries, tmp: string, env: NodeJS.ProcessEnv = {}) => {
      const r = validate(node, 2, file, file, { TMPDIR: tmp, NODE_COMPILE_CACHE: undefined, NODE_DISABLE_COMPILE_CACHE: undefined, ...env });
      expect([node, r.stderr, r.status]).toEqual([node, '', 0]);
      const cache = path.join(tmp, 'node-compile-cache');
      const files = fs.existsSync(cache) ? fs.readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()) : [];
      return { report: masked(r.report), files: files.length };
    };
    const newCache = () => fs.mkdtempSync(path.join(dir, 'tmp-'));
    const cache = newCache();
    const first = cachedRun('node24', cache);
    // The entry's chunks, written by the first run and only read by the second.
    expect(first.files).toBeGreaterThan(3);
    expect(cachedRun('node24', cache)).toEqual(first);
    expect(cachedRun('node24', newCache(), { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({ report: first.report, files: 0 });
    // nodeBinaries.node20 is the Node running the tests: Node 20 has no compile cache, 22.1 and later do.
    const hasCache = spawnSync(nodeBinaries.node20, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' }).stdout.trim() === 'function';
    const other = cachedRun('node20', newCache());
    expect({ report: other.report, written: other.files > 0 }).toEqual({ report: first.report, written: hasCache });
  }, 120_000);

  it('names the damaged row group and column as the single-threaded run does', () => {
    const bytes = Buffer.from(fs.readFileSync(file));
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    // A column chunk's pages overwritten with zeros past their first bytes: its page header no longer parses.
    const meta = metadata.row_groups[2]!.columns.find((c) => c.meta_data!.path_in_schema[0] === 'y')!.meta_data!;
    const start = Number(meta.data_page_offset);
    bytes.fill(0, start + 2, start + Number(meta.total_compressed_size) - 2);
    const bad = path.join(dir, 'bad.parquet');
    fs.writeFileSync(bad, bytes);
    const single = validate('node24', 1, bad);
    expect(single.status).toBe(1);
    expect(single.stderr).toMatch(/bad\.parquet: not a readable parquet file \(row group 2, column "y"\)/);
    for (const threads of [2, 3]) expect([threads, validate('node24', threads, bad).stderr]).toEqual([threads, single.stderr]);
  }, 300_000);

  it('parses CSV and JSON Lines on worker threads with the single-threaded report.json, and the same error line for a bad row', async () => {
    // Text is split in chunks, not by column: a smaller table is enough, and parses faster.
    const text = await writeTextCopies(await writeThreadsFixture(dir, 150_000), dir);
    for (const [format, data] of Object.entries(text)) {
      const single = validate('node24', 1, data, data);
      expect([format, single.stderr, single.status]).toEqual([format, '', 0]);
      expect(single.stdout).not.toMatch(/worker thread/);
      const expected = masked(single.report);
      expect(JSON.parse(expected).data.profile).toMatchObject({ rows: 150_000 });
      for (const threads of [2, 3]) {
        const split = validate('node24', threads, data, data);
        expect([format, threads, split.stderr, split.status]).toEqual([format, threads, '', 0]);
        // JSON Lines is parsed twice (the schema, then the rows), CSV once; data and reference each.
        const passes = split.stdout.match(new RegExp(`parsing \\S+ on ${threads - 1} worker threads?`, 'g'));
        expect([format, passes?.length]).toEqual([format, format === 'jsonl' ? 4 : 2]);
        expect([format, threads, masked(split.report)]).toEqual([format, threads, expected]);
      }
      // A bad row three quarters in: the same one line, naming the same line number.
      const lines = fs.readFileSync(data, 'utf8').split('\n');
      lines.splice(112_000, 0, format === 'csv' ? '1,2' : '{"id": 1,');
      const bad = path.join(dir, `bad.${format}`);
      fs.writeFileSync(bad, lines.join('\n'));
      const refused = validate('node24', 1, bad, data);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toMatch(format === 'csv' ? /line 112001 has 2 fields/ : /line 112001 is not valid JSON/);
      expect([format, validate('node24', 2, bad, data).stderr]).toEqual([format, refused.stderr]);
    }
  }, 300_000);
});

/** The parquet fixture as CSV and as JSON Lines, written by DuckDB. */
async function writeTextCopies(parquet: string, into: string): Promise<Record<'csv' | 'jsonl', string>> {
  const out = { csv: path.join(into, 'threads.csv'), jsonl: path.join(into, 'threads.jsonl') };
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const q = (p: string) => `'${p.replaceAll("'", "''")}'`;
  try {
    await conn.run(`COPY (SELECT * FROM read_parquet(${q(parquet)})) TO ${q(out.csv)} (FORMAT csv, HEADER)`);
    // JSON has no NaN: those become nulls.
    await conn.run(`COPY (SELECT * REPLACE (CASE WHEN isnan(x) THEN NULL ELSE x END AS x) FROM read_parquet(${q(parquet)})) TO ${q(out.jsonl)} (FORMAT json)`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return out;
}

