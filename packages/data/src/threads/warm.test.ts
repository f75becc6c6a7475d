/**
 * Which threads start before the data is resolved: the early guess from the
 * step's data input only ever names one local file the local engine reads.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AUTO_MIN_BYTES } from './profile-threads';
import { TEXT_AUTO_MIN_BYTES } from './chunk-pool';
import { fileOfInput, likelyThreads } from './warm';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-warm-'));
  // Sparse: the size is what counts, and no bytes are written.
  fs.closeSync(fs.openSync(path.join(dir, 'big.parquet'), 'w'));
  fs.truncateSync(path.join(dir, 'big.parquet'), AUTO_MIN_BYTES);
  fs.writeFileSync(path.join(dir, 'small.csv'), 'a,b\n1,2\n');
  fs.mkdirSync(path.join(dir, 'part'));
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('fileOfInput', () => {
  it('sizes one parquet, CSV or JSONL file named as it is, read by the local engine', () => {
    expect(fileOfInput('big.parquet', undefined, dir)).toEqual({ format: 'parquet', sizeBytes: AUTO_MIN_BYTES });
    expect(fileOfInput(' small.csv\n', 'local', dir)).toEqual({ format: 'csv', sizeBytes: 8 });
    expect(fileOfInput(path.join(dir, 'big.parquet'), '', '/')).toEqual({ format: 'parquet', sizeBytes: AUTO_MIN_BYTES });
  });

  it('leaves anything else to the resolved files: a SQL engine, a directory, a glob, a URL, a missing or unknown file', () => {
    const cases = ['big.parquet@duckdb', 'part', '*.parquet', 'https://example.com/big.parquet', 's3://bucket/big.parquet', 'gone.parquet', 'notes.txt', '', undefined];
    const sized = cases.map((c) => {
      const [data, engine] = c?.split('@') ?? [undefined];
      return [c, fileOfInput(data, engine, dir)];
    });
    expect(sized).toEqual(cases.map((c) => [c, undefined]));
  });
});

describe('likelyThreads', () => {
  it('takes every core from the threshold on, by all the parquet bytes or the largest text file', () => {
    const cores = os.availableParallelism();
    expect(likelyThreads([{ format: 'parquet', sizeBytes: AUTO_MIN_BYTES }], 'auto')).toBe(cores);
    expect(likelyThreads([{ format: 'parquet', sizeBytes: AUTO_MIN_BYTES / 2 }, { format: 'parquet', sizeBytes: AUTO_MIN_BYTES / 2 }], 'auto')).toBe(cores);
    expect(likelyThreads([{ format: 'parquet', sizeBytes: AUTO_MIN_BYTES - 1 }], 'auto')).toBe(1);
    expect(likelyThreads([{ format: 'csv', sizeBytes: TEXT_AUTO_MIN_BYTES / 2 }, { format: 'jsonl', sizeBytes: TEXT_AUTO_MIN_BYTES / 2 }], 'auto')).toBe(1);
    expect(likelyThreads([{ format: 'csv', sizeBytes: TEXT_AUTO_MIN_BYTES }], 'auto')).toBe(cores);
  });

  it('takes a number as it is, and one thread for a mix of parquet and text or no files', () => {
    expect(likelyThreads([{ format: 'csv', sizeBytes: 10 }], 3)).toBe(3);
    expect(likelyThreads([{ format: 'parquet', sizeBytes: AUTO_MIN_BYTES }, { format: 'csv', sizeBytes: TEXT_AUTO_MIN_BYTES }], 4)).toBe(1);
    expect(likelyThreads([], 4)).toBe(1);
  });
});
