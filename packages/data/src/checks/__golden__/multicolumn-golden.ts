import fs from 'node:fs';
import path from 'node:path';

/** Test-only: what make_multicolumn_golden.py computed with pandas, GX's way (see its docstring). */
export interface MulticolumnGolden {
  rows: Record<string, number | string | null>[];
  cases: {
    check: Record<string, unknown> & { type: string };
    element_count: number;
    missing_count: number;
    unexpected_count: number;
    unexpected_list: unknown[];
  }[];
}

export function loadMulticolumnGolden(): MulticolumnGolden {
  const dir = path.dirname(new URL(import.meta.url).pathname);
  return JSON.parse(fs.readFileSync(path.join(dir, 'multicolumn.golden.json'), 'utf8')) as MulticolumnGolden;
}
