import type { ColumnState } from '../profile/column';

/** What a profiling worker is given: how to open the dataset, and which of its columns are its share. */
export interface ColumnJob {
  spec: string;
  cwd: string;
  role: string;
  maxLineBytes?: number;
  /** The files the main thread resolved, by path and size: the worker must read the same ones. */
  files: { path: string; sizeBytes: number }[];
  /** Schema indices of this worker's columns, ascending (the reader yields them in schema order). */
  columns: number[];
  /** Batches a worker may run ahead of the main thread's combining, so their row-hash shares never pile up. */
  window: number;
}

/** worker → main */
export type WorkerMessage =
  | { t: 'rows'; seq: number; n: number; a: Int32Array; b: Int32Array; bytes: number }
  | { t: 'done'; columns: ColumnState[]; bytes: number }
  | { t: 'error'; seq: number; error: WorkerError };

/** main → worker: batch `seq`'s row hashes are combined, its share can be dropped. */
export interface AckMessage {
  t: 'ack';
  seq: number;
}

/** A failure in a worker as data: a UserError keeps its message, where and hint; anything else its stack. */
export interface WorkerError {
  user: boolean;
  message: string;
  where?: string;
  hint?: string;
  stack?: string;
}

/** The workerData key that marks a thread as a profiling worker. */
export const JOB_KEY = 'mlshipProfileColumns';
