import fs from 'node:fs';
import path from 'node:path';

/** Test-only loader for the JSON make_golden.py writes next to this file. */
export function loadGolden<T>(name: 'drift.json' | 'special.json'): T {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T;
}

/** JSON has no ±Infinity; the generator writes them as strings. */
export const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

/** |actual − expected| <= rel·|expected|, or <= abs for values that are (near) zero. */
export function close(actual: number, expected: number, rel = 1e-9, abs = 1e-300): boolean {
  if (Number.isNaN(expected)) return Number.isNaN(actual);
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= Math.max(rel * Math.abs(expected), abs);
}

export function expectClose(actual: number, expected: number, what: string, rel = 1e-9, abs = 1e-300): void {
  if (!close(actual, expected, rel, abs)) {
    const err = Math.abs(actual - expected) / Math.abs(expected);
    throw new Error(`${what}: got ${actual}, scipy says ${expected} (relative error ${err.toExponential(2)})`);
  }
}
