/**
 * The local engine split by column over threads gives the same outcome as the
 * single-threaded scan, byte for byte (sketches included), whatever the split.
 * The worker loop runs here on MessageChannel ports in the test's own thread
 * (the same messages and transfers as a thread; ts-jest cannot start a thread
 * on TypeScript sources); __tests__/validate-data-threads.test.ts runs real
 * threads through the CLI bundle.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadYamlParser, UserError } from '@mlship/core';
import { parquetMetadata } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { parseConfig } from '../checks/load';
import { validateDataset, type ValidationOutcome } from '../validate';
import { partitionColumns, threadsFor, threadsSetting } from './plan';
import { inProcessSpawner, type Spawn } from './spawn';
import { writeThreadsFixture } from './testing/threads-fixture';
import { loadRegexEngine } from '@mlship/core/user-regex';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

let dir: string;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-threads-'));
  // Small enough for ts-jest (profiling runs ~10× slower under it than bundled); the
  // 150,000-row file with HyperLogLog counters goes through real threads in __tests__.
  file = await writeThreadsFixture(dir, 30_000, 5_000);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Aggregate checks only (no row-level rule), drift against a reference, so the
// reference scan and the distributions restored from the workers are used too.
const CHECKS = `checks:
  - type: row_count
    min: 1
  - type: duplicates
    max_percent: 50
  - type: null_percent
    max: 50
  - type: drift
    numeric: ks
  - type: drift
    id: drift_psi
    columns: [x, code, name, category, ts]
  - type: quantile_between
    column: x
    quantile: 0.5
    min: 0
  - type: quantile_between
    column: y
    quantile: 0.9
    min: 0
  - type: mean_between
    column: code
    min: 0
  - type: std_between
    column: y
    min: 0
  - type: class_balance
    column: category
`;

/** Threads started, counted, so a test knows the split really happened. */
function counting(): { spawn: Spawn; started: number[][] } {
  const started: number[][] = [];
  return {
    started,
    spawn: (job, on) => {
      if (job.kind === 'columns') started.push(job.columns);
      return inProcessSpawner(job, on);
    },
  };
}

// No head start for the workers: on this small table it would outweigh every column, and they would get none.
const run = (threads: number, spawn: Spawn, data = file, config = CHECKS, reference: string | undefined = file): Promise<ValidationOutcome> =>
  validateDataset({ data, reference, config: parseConfig(config, 'checks.yml'), cwd: dir, now: new Date('2025-01-01T00:00:00Z'), threads: { threads, spawn, workerStartCost: 0 } });

/** The outcome as report.json holds it, without the wall-clock time. */
const stable = (o: ValidationOutcome): string => JSON.stringify({ ...o, elapsedMs: 0 });

describe('profiling split by column over threads', () => {
  it('gives the single-threaded outcome byte for byte with 2, 3 and 8 threads (capped at one a column)', async () => {
    const single = counting();
    const expected = stable(await run(1, single.spawn));
    expect(single.started).toEqual([]);
    const outcome = JSON.parse(expected) as ValidationOutcome;
    // The fixture reaches every statistic the split must keep: sketches, HLL, long text, duplicates.
    expect(outcome.profile.rows).toBe(30_000);
    expect(outcome.profile.duplicateRows).toBe(600);
    const col = (name: string) => outcome.profile.columns.find((c) => c.name === name)!;
    // Past 10,000 distinct values: the KLL sketch for numbers, overflowed counts for text.
    expect([col('x').distinct > 10_000, col('code').distinct > 10_000, col('name').distinct > 10_000, col('flag').kind, col('ts').kind]).toEqual([true, true, true, 'bool', 'timestamp']);
    expect(col('name').topValues.some((v) => v.value.startsWith('long long'))).toBe(false);
    expect(col('x').nulls).toBeGreaterThan(0);
    expect(col('name').topValues.length).toBe(5);
    for (const threads of [2, 3, 8]) {
      const split = counting();
      expect([threads, stable(await run(threads, split.spawn))]).toEqual([threads, expected]);
      // Data and reference each: threads - 1 workers (the main thread holds a share), at most one a column, each with columns.
      expect(split.started.length).toBe(2 * (Math.min(threads, 8) - 1));
      expect(split.started.every((columns) => columns.length > 0)).toBe(true);
    }
  }, 240_000);

  it('starts no worker whose head start outweighs every column it could take, and says why the table stays on one thread', async () => {
    const expected = stable(await run(1, counting().spawn));
    const split = counting();
    const lines: string[] = [];
    // The default head start: on this table (~0.7M of cost) every column is cheaper on the main thread.
    const o = await validateDataset({ data: file, reference: file, config: parseConfig(CHECKS, 'checks.yml'), cwd: dir, now: new Date('2025-01-01T00:00:00Z'), threads: { threads: 3, spawn: split.spawn }, progress: (l) => lines.push(l) });
    expect(stable(o)).toBe(expected);
    expect(split.started).toEqual([]);
    expect(lines.filter((l) => /profiling/.test(l))).toEqual([
      'reference: profiling 8 columns on one thread: too little work to share with another',
      'data: profiling 8 columns on one thread: too little work to share with another',
    ]);
    // A head start that leaves the workers a column or two: only those workers start.
    const fewer = counting();
    lines.length = 0;
    const some = await validateDataset({ data: file, config: parseConfig('checks:\n  - type: row_count\n    min: 1\n', 'checks.yml'), cwd: dir, threads: { threads: 8, spawn: fewer.spawn, workerStartCost: 300_000 }, progress: (l) => lines.push(l) });
    expect(some.profile.rows).toBe(30_000);
    expect(fewer.started.length).toBeGreaterThan(0);
    expect(fewer.started.length).toBeLessThan(7);
    expect(lines.filter((l) => /profiling/.test(l))).toEqual([`data: profiling 8 columns on ${fewer.started.length + 1} threads (MLSHIP_THREADS=1 for one)`]);
  }, 120_000);

  it('keeps a run with a row-level rule in one thread (its rows need every column)', async () => {
    const split = counting();
    const config = `checks:\n  - type: regex\n    column: category\n    pattern: '^cat_'\n`;
    const o = await validateDataset({ data: file, config: parseConfig(config, 'checks.yml'), cwd: dir, threads: { threads: 3, spawn: split.spawn } });
    expect(o.checks.find((c) => c.id.startsWith('regex'))?.status).toBe('pass');
    expect(split.started).toEqual([]);
  });

  it('a damaged column chunk gives the single-threaded error line, the earliest row group and first column named', async () => {
    const bytes = Buffer.from(fs.readFileSync(file));
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const damage = (group: number, column: string) => {
      const meta = metadata.row_groups[group]!.columns.find((c) => c.meta_data!.path_in_schema[0] === column)!.meta_data!;
      const start = Number(meta.data_page_offset);
      const reader = { view: new DataView(bytes.buffer, bytes.byteOffset + start), offset: 0 };
      const header = parquetHeader(reader);
      const body = start + reader.offset;
      bytes.fill(0, body + (header.compressed_page_size >> 1), body + header.compressed_page_size);
    };
    // Row group 1: x and y (first and last numeric column, apart in any split); row group 3: name.
    damage(1, 'y');
    damage(1, 'x');
    damage(3, 'name');
    const bad = path.join(dir, 'bad.parquet');
    fs.writeFileSync(bad, bytes);
    const lineOf = async (threads: number) => {
      const e = await run(threads, inProcessSpawner, bad, 'checks:\n  - type: row_count\n    min: 1\n', undefined).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(UserError);
      return (e as UserError).line;
    };
    const expected = await lineOf(1);
    expect(expected).toMatch(/bad\.parquet: not a readable parquet file \(row group 1, column "x"\)/);
    for (const threads of [2, 3, 8]) expect([threads, await lineOf(threads)]).toEqual([threads, expected]);
  }, 240_000);

  it('refuses a file rewritten between the main thread resolving it and a worker opening it', async () => {
    const copy = path.join(dir, 'rewritten.parquet');
    fs.copyFileSync(file, copy);
    // The bytes stay the same, only the modification time moves: what a writer finishing the file would leave.
    const touchThenSpawn: Spawn = (job, on) => {
      fs.utimesSync(copy, new Date(), new Date(Date.now() + 60_000));
      return inProcessSpawner(job, on);
    };
    const e = await run(2, touchThenSpawn, 'rewritten.parquet', 'checks:\n  - type: row_count\n    min: 1\n', undefined).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).line).toBe(
      'data rewritten.parquet: rewritten.parquet changed while the data was being read (rewritten, moved or deleted). Validate the data once it is no longer being written.',
    );
  }, 60_000);
});

describe('partitionColumns', () => {
  it('gives the costliest column first to the least loaded thread, the main thread starting with its own work', () => {
    expect(partitionColumns([5, 1, 4, 2, 3], 2)).toEqual([
      [0, 1, 3],
      [2, 4],
    ]);
    expect(partitionColumns([1, 1, 1], 3, 10)).toEqual([[], [0, 2], [1]]);
    expect(partitionColumns([3, 3], 2)).toEqual([[0], [1]]);
  });
});

describe('MLSHIP_THREADS', () => {
  it('is auto when unset or empty, a whole number of threads otherwise, refused in one line else', () => {
    expect(threadsSetting({})).toBe('auto');
    expect(threadsSetting({ MLSHIP_THREADS: ' ' })).toBe('auto');
    expect(threadsSetting({ MLSHIP_THREADS: '1' })).toBe(1);
    expect(threadsSetting({ MLSHIP_THREADS: '4' })).toBe(4);
    for (const bad of ['0', '-1', '2.5', 'two', '1e3']) {
      expect(() => threadsSetting({ MLSHIP_THREADS: bad })).toThrow(new UserError(`MLSHIP_THREADS must be a whole number of threads of 1 or more, not "${bad}"`));
    }
  });

  it('takes every core for auto from the size threshold on, one thread below it, and a number as it is', () => {
    expect(threadsFor('auto', 32, 32)).toBe(os.availableParallelism());
    expect(threadsFor('auto', 31, 32)).toBe(1);
    expect(threadsFor(3, 0, 32)).toBe(3);
    expect(threadsFor(1, 1 << 30, 32)).toBe(1);
  });
});
