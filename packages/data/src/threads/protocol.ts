import { UserError } from '@mlship/core/errors';
import type { ColumnState } from '../profile/column';
import type { DataFile } from '../table';
import { asRowError, RowError } from '../read/row-errors';
import type { ChunkJob } from '../read/chunk-jobs';
import type { ChunkResult, TextChunk } from '../read/chunked';

/** What a worker thread is started for: profiling a share of the columns, or parsing chunks of text files. */
export type WorkerJob = ({ kind: 'columns' } & ColumnJob) | { kind: 'chunks' };

/** What a profiling worker is given: how to open the dataset, and which of its columns are its share. */
export interface ColumnJob {
  spec: string;
  cwd: string;
  role: string;
  maxLineBytes?: number;
  /** The files the main thread resolved: the worker reads these, and refuses one that changed since. */
  files: DataFile[];
  /** Schema indices of this worker's columns, ascending (the reader yields them in schema order). */
  columns: number[];
  /** Batches a worker may run ahead of the main thread's combining, so their row-hash shares never pile up. */
  window: number;
}

/** worker → main; `done` and `error` end a column job, a chunk job runs until it is stopped. */
export type WorkerMessage =
  | { t: 'rows'; seq: number; n: number; a: Int32Array; b: Int32Array; bytes: number }
  | { t: 'done'; columns: ColumnState[]; bytes: number }
  | { t: 'error'; seq: number; error: WorkerError }
  | { t: 'ready' }
  | { t: 'parsed'; seq: number; result: ChunkResult }
  | { t: 'refused'; seq: number; error: WorkerError };

/**
 * main → worker: its job (the first message); batch `seq`'s row hashes are
 * combined, its share can be dropped; how a file's chunks are parsed, a chunk
 * to parse that way, and when that file is done; the end.
 */
export type MainMessage =
  | { t: 'job'; job: WorkerJob }
  | { t: 'ack'; seq: number }
  | { t: 'define'; id: number; job: ChunkJob }
  | { t: 'chunk'; seq: number; job: number; chunk: TextChunk }
  | { t: 'forget'; id: number }
  | { t: 'stop' };

/** The messages that end a worker's job: it may exit after them. */
export const isFinal = (m: WorkerMessage): boolean => m.t === 'done' || m.t === 'error';

/** A failure in a worker as data: a UserError keeps its message, where and hint, a CSV row's error its line; anything else its stack. */
export interface WorkerError {
  user: boolean;
  message: string;
  where?: string;
  hint?: string;
  stack?: string;
  row?: { line: number; rest: string; hint: string };
}

/** The workerData key that marks a thread as an mlship worker: its job comes as the first message. */
export const WORKER_KEY = 'mlshipWorker';

/**
 * The argument a worker thread gets in its process.argv, besides WORKER_KEY: a bundle's
 * entry tells the main thread by its absence, without loading worker_threads (threads/entry.ts).
 */
export const WORKER_ARG = '--mlship-worker';

export function asWorkerError(e: unknown): WorkerError {
  if (e instanceof UserError) return { user: true, message: e.message, ...e.details };
  const row = asRowError(e);
  if (row) return { user: true, message: row.message, row: { line: row.line, rest: row.rest, hint: row.hint } };
  const err = e instanceof Error ? e : new Error(String(e));
  return { user: false, message: err.message, stack: err.stack };
}

export function fromWorker(e: WorkerError): Error {
  if (e.row) return new RowError(e.row.line, e.row.rest, e.row.hint);
  if (e.user) return new UserError(e.message, { ...(e.where !== undefined ? { where: e.where } : {}), ...(e.hint !== undefined ? { hint: e.hint } : {}) });
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}
