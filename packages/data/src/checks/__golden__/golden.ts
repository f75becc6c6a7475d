import fs from 'node:fs';
import path from 'node:path';

export interface NumericDrift {
  kind: 'numeric';
  psi: number;
  ksStatistic: number;
  ksPValue: number;
}
export interface CategoricalDrift {
  kind: 'categorical';
  chi2: number;
  chi2PValue: number;
  dof: number;
  js: number;
}

/** Test-only: what make_golden.py computed with pandas / NumPy / SciPy (see its docstring). */
export interface RulesGolden {
  stats: { x: (number | null)[]; mean: number; std: number; quantiles: [number, number][] };
  drift: {
    columns: string[];
    reference: Record<string, (number | string | boolean | null)[]>;
    current: Record<string, (number | string | boolean | null)[]>;
    expected: Record<string, NumericDrift | CategoricalDrift>;
  };
  seed002: {
    csv: string;
    configs: { name: string; config: Record<string, unknown>; results: { check: string; passed: boolean; detail: string }[] }[];
  };
}

export function loadRulesGolden(): RulesGolden {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  return JSON.parse(fs.readFileSync(path.join(dir, 'rules.golden.json'), 'utf8')) as RulesGolden;
}

/** |actual − expected| <= rel·|expected| (or <= abs near zero), with a message naming the statistic. */
export function expectClose(actual: number | undefined, expected: number, what: string, rel = 1e-9, abs = 1e-300): void {
  if (actual === undefined || Number.isNaN(actual)) throw new Error(`${what}: got ${actual}, expected ${expected}`);
  if (actual === expected) return;
  if (Math.abs(actual - expected) > Math.max(rel * Math.abs(expected), abs)) {
    const err = Math.abs(actual - expected) / Math.abs(expected);
    throw new Error(`${what}: got ${actual}, pandas/scipy say ${expected} (relative error ${err.toExponential(2)})`);
  }
}
