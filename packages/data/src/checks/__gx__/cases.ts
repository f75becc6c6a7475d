import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ColumnKind } from '../../table';

/**
 * Great Expectations' own per-expectation test definitions (vendored under
 * definitions/, see README.md), read into one flat list of cases. The filters
 * are GX's own (tests/test_definitions/test_expectations_v3_api.py): a case is
 * for pandas unless its `only_for` leaves pandas out or its `suppress_test_for`
 * names pandas, at the dataset or the test level.
 */
export interface GxCase {
  /** `file.json#dataset/title`, unique, for the deliberate-differences table. */
  key: string;
  expectation: string;
  data: Record<string, unknown[]>;
  /** GX's pandas dtypes for the dataset, when it declares them. */
  pandasSchema?: Record<string, string>;
  kwargs: Record<string, unknown>;
  out: { success?: boolean; observed_value?: unknown; traceback_substring?: string; error?: unknown };
  /** GX's allowed absolute difference for observed_value, when it gives one. */
  tolerance?: number;
  forPandas: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const definitionsDir = path.join(here, 'definitions');

// The pandas tags GX's runner accepts for today's pandas (>= 1).
const PANDAS_TAGS = ['pandas', 'pandas_v3_api', 'pandas>=024'];
const list = (v: unknown): string[] | undefined => (v === undefined || v === null ? undefined : Array.isArray(v) ? (v as string[]) : [String(v)]);
const forPandas = (o: { only_for?: unknown; suppress_test_for?: unknown }): boolean => {
  const only = list(o.only_for);
  const suppress = list(o.suppress_test_for);
  return (!only || only.some((t) => PANDAS_TAGS.includes(t))) && !(suppress ?? []).includes('pandas');
};

interface Definition {
  expectation_type: string;
  datasets: { data: Record<string, unknown[]>; schemas?: { pandas?: Record<string, string> }; only_for?: unknown; suppress_test_for?: unknown; tests: { title: string; in: Record<string, unknown>; out: GxCase['out']; tolerance?: number; only_for?: unknown; suppress_test_for?: unknown }[] }[];
}

/**
 * Python's json module writes -Infinity, Infinity and NaN as bare words (the KL
 * definitions' bin edges), which JSON.parse refuses. They become the strings a
 * YAML reader gives a user's suite for the same words, so a case takes the same path.
 */
const pythonJson = (text: string): string => text.replace(/(?<=[[,:]\s*)(-?Infinity|NaN)(?=\s*[,\]}])/g, '"$1"');

export function loadCases(): GxCase[] {
  const seen = new Map<string, number>();
  // GX reuses a title within a dataset now and then; the second one becomes `title~2`.
  const unique = (key: string) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}~${n}`;
  };
  return fs
    .readdirSync(definitionsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const def = JSON.parse(pythonJson(fs.readFileSync(path.join(definitionsDir, file), 'utf8'))) as Definition;
      return def.datasets.flatMap((ds, d) =>
        ds.tests.map((t) => ({
          key: unique(`${file}#${d}/${t.title}`),
          expectation: def.expectation_type,
          data: ds.data,
          pandasSchema: ds.schemas?.pandas,
          kwargs: t.in,
          out: t.out,
          tolerance: t.tolerance,
          forPandas: forPandas(ds) && forPandas(t),
        })),
      );
    });
}

/** GX's pandas dtype names as the CSV reader's declared types. */
const PANDAS_DTYPES: Record<string, Exclude<ColumnKind, 'binary' | 'nested' | 'decimal'>> = {
  int: 'int',
  int64: 'int',
  int32: 'int',
  Int64: 'int',
  Int64Dtype: 'int',
  datetime: 'timestamp',
  float: 'float',
  float64: 'float',
  float32: 'float',
  str: 'string',
  object: 'string',
  bool: 'bool',
  'datetime64[ns]': 'timestamp',
  datetime64: 'timestamp',
  timestamp: 'timestamp',
};

export function csvTypes(schema: Record<string, string>): Record<string, Exclude<ColumnKind, 'binary' | 'nested' | 'decimal'>> {
  return Object.fromEntries(
    Object.entries(schema).map(([col, dtype]) => {
      const kind = PANDAS_DTYPES[dtype];
      if (!kind) throw new Error(`no CSV type for the pandas dtype ${dtype} of ${col}; add it to PANDAS_DTYPES`);
      return [col, kind];
    }),
  );
}
