import fs from 'node:fs';
import path from 'node:path';

/** Test-only access to the fixtures and golden.json that make_golden.py writes next to this file. */
export const goldenDir = path.dirname(new URL(import.meta.url).pathname);
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const golden: any = JSON.parse(fs.readFileSync(path.join(goldenDir, 'golden.json'), 'utf8'));

/** scikit-learn's null (undefined metric) is our NaN; everything else within 1e-9, relative or absolute. */
export function expectMetric(actual: number | undefined, expected: number | null, what: string): void {
  if (expected === null) {
    if (!Number.isNaN(actual)) throw new Error(`${what}: got ${actual}, scikit-learn leaves it undefined`);
    return;
  }
  if (actual === undefined || !(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)))) {
    throw new Error(`${what}: got ${actual}, scikit-learn says ${expected}`);
  }
}

export function expectMetrics(actual: Record<string, number>, expected: Record<string, number | null>, what: string): void {
  for (const [k, v] of Object.entries(expected)) expectMetric(actual[k], v, `${what} ${k}`);
}
