import { AsyncLocalStorage } from 'node:async_hooks';

/** Bytes of data files read so far, counted as they come off the disk (before gunzip). */
export interface ByteMeter {
  bytes: number;
}

const current = new AsyncLocalStorage<ByteMeter>();

/**
 * Runs `work` with `meter` counting every byte the readers take from disk
 * while it runs. The readers report through `countBytes` rather than a
 * parameter threaded through every reader: a long read is many nested
 * generators, and the count must move while one long line is still being
 * read, before any row is finished.
 */
export const metered = <T>(meter: ByteMeter, work: () => Promise<T>): Promise<T> => current.run(meter, work);

/** Adds `n` bytes to the meter of the read in progress, if any. */
export function countBytes(n: number): void {
  const meter = current.getStore();
  if (meter) meter.bytes += n;
}
