import { UserError } from '@mlship/core';
import type { Check } from '@mlship/core';
import { compileChecks } from './checks/compile';
import type { LoadedConfig } from './checks/load';
import type { GxResult, MultiVerdict, Results, Verdict } from './checks/rule';
import { openDataset } from './read';
import { TableProfiler, type TableProfile } from './profile';
import { isNumericKind, type Batch, type Dataset, type Schema } from './table';

export interface ValidateOptions {
  data: string;
  config: LoadedConfig;
  reference?: string;
  testData?: string;
  cwd?: string;
  /** Fixed clock for freshness (tests); now by default. */
  now?: Date;
  /** Progress lines for long reads. */
  progress?: (line: string) => void;
}

export interface ExpectationResult {
  id: string;
  expectation_type?: string;
  success: boolean;
  result: GxResult;
}

export interface ValidationOutcome {
  dataset: { spec: string; files: number; bytes: number; format: string; columns: number };
  configSource: string;
  configFormat: LoadedConfig['format'];
  profile: TableProfile;
  referenceProfile?: TableProfile;
  checks: Check[];
  /** Per check, GX's result fields (and, for a suite, the expectation it came from): report.json's data.results. */
  results: ExpectationResult[];
  extras: Omit<MultiVerdict, 'checks'>[];
  elapsedMs: number;
}

/**
 * One streaming pass: open everything and compile the checks first (so a typo
 * fails before minutes of reading), profile the reference, then read the data
 * once, feeding the profiler and every row-level rule from the same batches.
 */
export async function validateDataset(opts: ValidateOptions): Promise<ValidationOutcome> {
  const started = Date.now();
  const cwd = opts.cwd ?? process.cwd();
  const progress = opts.progress ?? (() => {});
  const data = await openDataset(opts.data, { cwd, role: 'data', csv: opts.config.read?.csv });
  const reference = opts.reference ? await openDataset(opts.reference, { cwd, role: 'reference', csv: opts.config.read?.csv }) : undefined;
  const testData = opts.testData ? await openDataset(opts.testData, { cwd, role: 'test-data', csv: opts.config.read?.csv }) : undefined;
  if (reference) assertSameSchema(data, reference);

  const specs = opts.config.checksFor(data.schema.fields.map((f) => f.name));
  const rules = compileChecks(specs, { schema: data.schema, source: opts.config.source, reference, testData });

  let referenceResults: Results['reference'];
  if (reference) {
    const profiler = new TableProfiler(reference.schema);
    try {
      await scan(reference, 'reference', progress, (b) => profiler.add(b));
      referenceResults = { profile: profiler.finish(), profiler, schema: reference.schema };
    } finally {
      profiler.dispose();
    }
  }
  for (const r of rules) await r.prepare?.(progress);

  const profiler = new TableProfiler(data.schema);
  const observers = rules.filter((r) => r.observe);
  let profile: TableProfile;
  try {
    await scan(data, 'data', progress, (batch) => {
      profiler.add(batch);
      for (const r of observers) r.observe!(batch);
    });
    profile = profiler.finish();
  } finally {
    profiler.dispose();
  }
  const results: Results = { profile, profiler, files: data.files, reference: referenceResults, now: (opts.now ?? new Date()).getTime() };

  const checks: Check[] = [];
  const expectationResults: ExpectationResult[] = [];
  const extras: Omit<MultiVerdict, 'checks'>[] = [];
  for (const [i, rule] of rules.entries()) {
    const v = rule.evaluate(results);
    if (isMulti(v)) {
      checks.push(...v.checks);
      extras.push({ tables: v.tables, charts: v.charts, data: v.data });
    } else {
      const { result, ...verdict } = v;
      checks.push({ id: rule.id, title: rule.title, severity: rule.spec.severity, ...verdict });
      const type = opts.config.expectationTypes?.[i];
      if (result) expectationResults.push({ id: rule.id, ...(type ? { expectation_type: type } : {}), success: verdict.status === 'pass', result });
    }
  }
  return {
    dataset: {
      spec: opts.data,
      files: data.files.length,
      bytes: data.files.reduce((s, f) => s + f.sizeBytes, 0),
      format: [...new Set(data.files.map((f) => f.format))].join('+'),
      columns: data.schema.fields.length,
    },
    configSource: opts.config.source,
    configFormat: opts.config.format,
    profile,
    referenceProfile: referenceResults?.profile,
    checks,
    results: expectationResults,
    extras,
    elapsedMs: Date.now() - started,
  };
}

const isMulti = (v: Verdict | MultiVerdict): v is MultiVerdict => 'checks' in v;

/** Reads every batch, printing a progress line at most every 5 s with rows and bytes done. */
async function scan(ds: Dataset, role: string, progress: (l: string) => void, onBatch: (b: Batch) => void): Promise<number> {
  const total = ds.files.reduce((s, f) => s + f.sizeBytes, 0);
  let rows = 0;
  let last = Date.now();
  for await (const batch of ds.batches()) {
    onBatch(batch);
    rows += batch.numRows;
    if (Date.now() - last > 5000) {
      last = Date.now();
      progress(`${role}: read ${rows.toLocaleString('en-US')} rows of ${ds.files.length} file(s), ${(total / 1e6).toFixed(1)} MB`);
    }
  }
  return rows;
}

function assertSameSchema(data: Dataset, reference: Dataset): void {
  const where = `reference ${reference.spec}`;
  const byName = (s: Schema) => new Map(s.fields.map((f) => [f.name, f]));
  const ref = byName(reference.schema);
  const cur = byName(data.schema);
  const hint = 'The reference must have the same columns as the data; regenerate it or drop the extra columns.';
  for (const f of data.schema.fields) {
    const r = ref.get(f.name);
    if (!r) throw new UserError(`column "${f.name}" is in the data but not in the reference`, { where, hint });
    const same = r.kind === f.kind || (isNumericKind(r.kind) && isNumericKind(f.kind));
    if (!same) throw new UserError(`column "${f.name}" is ${r.kind} in the reference but ${f.kind} in the data`, { where, hint: 'Declare the CSV type under read.csv.types, or fix the reference.' });
  }
  for (const f of reference.schema.fields) {
    if (!cur.has(f.name)) throw new UserError(`column "${f.name}" is in the reference but not in the data`, { where, hint });
  }
}
