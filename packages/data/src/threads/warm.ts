import type { DataFile } from '../table';
import { TEXT_AUTO_MIN_BYTES } from './chunk-pool';
import { profileWorkerEntry } from './entry';
import { threadsFor, threadsSetting } from './plan';
import { AUTO_MIN_BYTES, type ThreadOptions } from './profile-threads';
import { endWarmThreads, warmThreads } from './spawn';

/**
 * Starts the worker threads the data will likely get as soon as its files
 * are known, by the measure each path decides on: parquet split by column
 * (all the files' bytes), CSV/JSONL parsed in chunks (file by file, so the
 * largest file). A check that needs whole rows may still keep parquet on one
 * thread; the threads no job took end with the run.
 */
export function warmWorkersFor(files: DataFile[], options: ThreadOptions = {}): void {
  const entry = profileWorkerEntry();
  if (options.spawn || !entry || files.length === 0) return;
  const parquet = files.every((f) => f.format === 'parquet');
  if (!parquet && files.some((f) => f.format === 'parquet')) return;
  const setting = options.threads ?? threadsSetting();
  const sizes = files.map((f) => f.sizeBytes);
  const threads = parquet ? threadsFor(setting, sizes.reduce((a, b) => a + b, 0), AUTO_MIN_BYTES) : threadsFor(setting, Math.max(...sizes), TEXT_AUTO_MIN_BYTES);
  warmThreads(entry, threads - 1);
}

export { endWarmThreads };
