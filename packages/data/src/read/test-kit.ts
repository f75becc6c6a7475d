/**
 * Helpers shared by the reader tests (not a test file itself): temp
 * directories, draining a dataset into plain columns, and asserting the
 * one-line `UserError` a bad input must produce.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { UserError } from '@mlship/core';
import { isMissing, type Cell, type Dataset } from '../table';
import { openDataset, type OpenOptions } from './index';

/** A fresh temp directory, removed by `cleanupTempDirs` (call it in afterAll). */
const made: string[] = [];
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-read-'));
  made.push(dir);
  return dir;
}
export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes `text` to `dir/rel` (creating folders); gzips it when the name ends in .gz. */
export function write(dir: string, rel: string, text: string | Buffer): string {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  fs.writeFileSync(abs, rel.endsWith('.gz') ? gzipSync(bytes) : bytes);
  return abs;
}

export const open = (spec: string, cwd: string, options: Partial<OpenOptions> = {}): Promise<Dataset> => openDataset(spec, { cwd, role: 'data', ...options });

export interface Drained {
  /** Column name → every value, batches concatenated (missing kept as the reader gave it: null or NaN). */
  columns: Record<string, Cell[]>;
  /** Rows per batch, in order. */
  batchRows: number[];
  /** Column names each batch carried (checked equal across batches). */
  names: string[];
  rows: number;
}

/** Reads every batch; checks each batch is rectangular. */
export async function drain(ds: Dataset, columns?: string[]): Promise<Drained> {
  const names = (columns ? ds.schema.fields.filter((f) => columns.includes(f.name)) : ds.schema.fields).map((f) => f.name);
  const out: Record<string, Cell[]> = Object.fromEntries(names.map((n) => [n, []]));
  const batchRows: number[] = [];
  for await (const batch of ds.batches(columns ? { columns } : undefined)) {
    if (batch.columns.length !== names.length) throw new Error(`batch has ${batch.columns.length} columns, expected ${names.length}`);
    batch.columns.forEach((col, i) => {
      if (col.length !== batch.numRows) throw new Error(`column ${names[i]} has ${col.length} values in a batch of ${batch.numRows}`);
      out[names[i]!]!.push(...Array.from(col));
    });
    batchRows.push(batch.numRows);
  }
  return { columns: out, batchRows, names, rows: batchRows.reduce((a, b) => a + b, 0) };
}

/** Opens and reads `spec` fully. */
export async function readAll(spec: string, cwd: string, options: Partial<OpenOptions> = {}): Promise<Drained & { ds: Dataset }> {
  const ds = await open(spec, cwd, options);
  return { ds, ...(await drain(ds)) };
}

export const kinds = (ds: Dataset): Record<string, string> => Object.fromEntries(ds.schema.fields.map((f) => [f.name, f.kind]));

/** Missing values as null, so columns compare with toEqual regardless of NaN vs null. */
export const plain = (values: Cell[]): Cell[] => values.map((v) => (isMissing(v) ? null : v));

/**
 * Runs `work` (opening and reading a dataset), expecting a `UserError` whose
 * one-line form names `file` and matches `message`. Returns the error for more checks.
 */
export async function expectUserError(work: () => Promise<unknown>, file: string, message?: RegExp): Promise<UserError> {
  const caught = await refusedWith(work, `a UserError naming ${file}`);
  const line = caught.line;
  if (!line.includes(file)) throw new Error(`UserError.line does not name ${file}: ${line}`);
  if (message && !message.test(line)) throw new Error(`UserError.line does not match ${message}: ${line}`);
  return caught;
}

/** The one line `work` is refused with: it must throw a UserError whose line is one line. */
export async function refusalLine(work: () => Promise<unknown>): Promise<string> {
  return (await refusedWith(work, 'a refusal (a UserError)')).line;
}

async function refusedWith(work: () => Promise<unknown>, expected: string): Promise<UserError> {
  let caught: unknown;
  try {
    await work();
  } catch (e) {
    caught = e;
  }
  if (caught === undefined) throw new Error(`expected ${expected}, but nothing was thrown`);
  if (!(caught instanceof UserError)) throw new Error(`expected ${expected}, got: ${String((caught as Error)?.stack ?? caught)}`);
  if (/[\r\n]/.test(caught.line)) throw new Error(`UserError.line spans several lines: ${JSON.stringify(caught.line)}`);
  return caught;
}

/** Reads a whole dataset, for errors that may surface at open or while reading. */
export const openAndRead = (spec: string, cwd: string, options: Partial<OpenOptions> = {}) => () => readAll(spec, cwd, options);

/** `a` and `b` are equal numbers within `rel` relative (or `abs` absolute) difference; both missing counts as equal. */
export function closeTo(a: Cell | undefined, b: Cell | undefined, rel = 1e-12, abs = 0): boolean {
  if (isMissing(a ?? null) || isMissing(b ?? null)) return isMissing(a ?? null) && isMissing(b ?? null);
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= abs || diff <= rel * Math.max(Math.abs(a), Math.abs(b));
}
