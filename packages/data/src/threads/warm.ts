import fs from 'node:fs';
import path from 'node:path';
import { formatOf } from '../read/file-formats';
import type { DataFile } from '../table';
import { TEXT_AUTO_MIN_BYTES } from './chunk-pool';
import { profileWorkerEntry } from './entry';
import { threadsFor, threadsSetting } from './plan';
import { AUTO_MIN_BYTES, type ThreadOptions } from './profile-threads';
import { endWarmThreads, warmThreads } from './spawn';

type FileSize = Pick<DataFile, 'format' | 'sizeBytes'>;

/**
 * Threads (the main one counted) the data will likely get, by the measure each
 * path decides on: parquet split by column (all the files' bytes), CSV/JSONL
 * parsed in chunks (file by file, so the largest file); one for a mix.
 */
export function likelyThreads(files: FileSize[], setting: number | 'auto'): number {
  const parquet = files.every((f) => f.format === 'parquet');
  if (files.length === 0 || (!parquet && files.some((f) => f.format === 'parquet'))) return 1;
  const sizes = files.map((f) => f.sizeBytes);
  return parquet ? threadsFor(setting, sizes.reduce((a, b) => a + b, 0), AUTO_MIN_BYTES) : threadsFor(setting, Math.max(...sizes), TEXT_AUTO_MIN_BYTES);
}

/**
 * Starts the worker threads the data will likely get as soon as its files are
 * known. A check that needs whole rows may still keep parquet on one thread;
 * the threads no job took end with the run.
 */
export function warmWorkersFor(files: FileSize[], options: ThreadOptions = {}): void {
  const entry = profileWorkerEntry();
  if (options.spawn || !entry) return;
  warmThreads(entry, likelyThreads(files, options.threads ?? threadsSetting()) - 1);
}

/**
 * The step's data input when it is one parquet, CSV or JSONL file named as it
 * is, for the local engine; undefined for anything else (a directory, a glob,
 * a remote URL, a SQL engine), which only resolving the data can size.
 */
export function fileOfInput(data: string | undefined, engine: string | undefined, cwd = process.cwd()): FileSize | undefined {
  const file = data?.trim();
  if (!file || (engine && engine !== 'local')) return undefined;
  const format = formatOf(file);
  const stat = format && fs.statSync(path.resolve(cwd, file), { throwIfNoEntry: false });
  return format && stat?.isFile() ? { format, sizeBytes: stat.size } : undefined;
}

/**
 * warmWorkersFor from the step's data input, before the command that reads it
 * is even loaded (its config schemas and readers, ~50 ms on a runner's two
 * cores). Data it cannot size waits for warmWorkersFor on the resolved files,
 * which tops the warm threads up to what they need.
 */
export function warmWorkersForInput(data: string | undefined, engine: string | undefined, cwd = process.cwd()): void {
  const file = fileOfInput(data, engine, cwd);
  if (!file) return;
  try {
    warmWorkersFor([file]);
  } catch {
    // A malformed MLSHIP_THREADS: the run itself refuses it, in one line, once its report can say so.
  }
}

export { endWarmThreads };
