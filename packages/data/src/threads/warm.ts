import os from 'node:os';
import type { DataFile } from '../table';
import { TEXT_AUTO_MIN_BYTES } from './chunk-pool';
import { profileWorkerEntry } from './entry';
import { threadsSetting } from './plan';
import { AUTO_MIN_BYTES, type ThreadOptions } from './profile-threads';
import { endWarmThreads, warmThreads } from './spawn';

/**
 * Starts the worker threads the data will likely get as soon as its files
 * are known: parquet split by column, or CSV/JSONL parsed in chunks, past the
 * same sizes as `auto` uses. A check that needs whole rows may still keep
 * parquet on one thread; the threads no job took end with the run.
 */
export function warmWorkersFor(files: DataFile[], options: ThreadOptions = {}): void {
  const entry = profileWorkerEntry();
  if (options.spawn || !entry || files.length === 0) return;
  const parquet = files.every((f) => f.format === 'parquet');
  if (!parquet && files.some((f) => f.format === 'parquet')) return;
  const setting = options.threads ?? threadsSetting();
  const bytes = files.reduce((s, f) => s + f.sizeBytes, 0);
  const workers = setting === 'auto' ? (bytes >= (parquet ? AUTO_MIN_BYTES : TEXT_AUTO_MIN_BYTES) ? os.availableParallelism() - 1 : 0) : setting - 1;
  warmThreads(entry, workers);
}

export { endWarmThreads };
