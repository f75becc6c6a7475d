import { UserError } from '@mlship/core';
import type { Check } from '@mlship/core';
import { compileChecks } from './checks/compile';
import type { LoadedConfig } from './checks/load';
import type { GxResult, MultiVerdict, Results, Rule, Verdict } from './checks/rule';
import { openDataset } from './read';
import { TableProfiler, type TableProfile } from './profile';
import { realProgressClock, withProgress, type ProgressClock } from './read-progress';
import { isNumericKind, type Batch, type BatchOptions, type DataFile, type Dataset, type Schema } from './table';
import type { EngineOptions, EngineRun } from './sql/run';
import type { ChunkParsers } from './read/chunked';
import { chunkParsers } from './threads/chunk-pool';
import { THREADS_ENV } from './threads/plan';
import { endWarmThreads, warmWorkersFor } from './threads/warm';
import { columnCosts, columnGroups, profileInThreads, profileThreads, type OpenedAs, type ThreadOptions } from './threads/profile-threads';

export { ENGINES, type EngineName } from './sql/engines';
export type { EngineOptions, EngineRun } from './sql/run';

export interface ValidateOptions {
  /** Files, a directory or a glob (engine local and duckdb); a SQL engine may name a table or query instead. */
  data?: string;
  config: LoadedConfig;
  reference?: string;
  testData?: string;
  cwd?: string;
  /** Fixed clock for freshness (tests); now by default. */
  now?: Date;
  /** Progress lines for long reads. */
  progress?: (line: string) => void;
  /** The progress line's clock and 5 s timer (tests); the real ones by default. */
  progressClock?: ProgressClock;
  /** Where the checks run: the local streaming reader when absent, else a SQL engine (sql/run.ts). */
  engine?: EngineOptions;
  /** The local engine's threads: MLSHIP_THREADS and worker threads of the running bundle when absent (tests run them in-process). */
  threads?: ThreadOptions;
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
  /** Set when a SQL engine ran the checks: its name and the statements it ran. */
  engine?: EngineRun;
}

/**
 * One streaming pass: open everything and compile the checks first (so a typo
 * fails before minutes of reading), profile the reference, then read the data
 * once, feeding the profiler and every row-level rule from the same batches.
 */
export async function validateDataset(opts: ValidateOptions): Promise<ValidationOutcome> {
  if (opts.engine) {
    // A chunk of its own: a local run never loads the SQL compiler and adapters.
    const { validateOnEngine } = await import('./sql/run');
    return validateOnEngine({ ...opts, engine: opts.engine });
  }
  if (opts.data === undefined) throw new UserError('data is not set', { hint: 'Give the dataset to validate: a file, a directory or a glob.' });
  // One set of parsing workers for every CSV and JSONL file of the run, data and reference alike.
  const parsers = chunkParsers(opts.threads);
  try {
    return await validateLocally(opts, opts.data, parsers);
  } finally {
    await parsers?.dispose();
    await endWarmThreads();
  }
}

async function validateLocally(opts: ValidateOptions, dataSpec: string, parsers: ChunkParsers | undefined): Promise<ValidationOutcome> {
  const started = Date.now();
  const cwd = opts.cwd ?? process.cwd();
  const progress = opts.progress ?? (() => {});
  const clock = opts.progressClock ?? realProgressClock;
  const maxLineBytes = opts.config.read?.max_line_bytes;
  const open = (spec: string, role: string): Promise<Dataset> => {
    let total = 0;
    const parsing = (file: DataFile, workers: number) => progress(`${role}: parsing ${file.path} on ${workers} worker thread${workers === 1 ? '' : 's'} (${THREADS_ENV}=1 for none)`);
    const onFiles = (files: DataFile[]) => {
      total = sizeOf(files);
      // The data's threads start loading now, while the files are opened and the checks compiled.
      if (role === 'data') warmWorkersFor(files, opts.threads);
    };
    const options = { cwd, role, csv: opts.config.read?.csv, maxLineBytes, chunkParsers: parsers && { ...parsers, started: parsing }, onFiles };
    return withProgress({ role, phase: 'schema', totalBytes: () => total, log: progress, clock }, () => openDataset(spec, options));
  };
  const data = await open(dataSpec, 'data');
  const reference = opts.reference ? await open(opts.reference, 'reference') : undefined;
  const testData = opts.testData ? await open(opts.testData, 'test-data') : undefined;
  if (reference) assertSameSchema(data, reference);

  const specs = opts.config.checksFor(data.schema.fields.map((f) => f.name));
  const rules = compileChecks(specs, { schema: data.schema, source: opts.config.source, reference, testData });

  let referenceResults: Results['reference'];
  if (reference) {
    const profiler = new TableProfiler(reference.schema);
    try {
      await profileScan(reference, { spec: opts.reference!, cwd, role: 'reference', maxLineBytes }, profiler, [], progress, clock, opts.threads);
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
    await profileScan(data, { spec: dataSpec, cwd, role: 'data', maxLineBytes }, profiler, observers, progress, clock, opts.threads);
    profile = profiler.finish();
  } finally {
    profiler.dispose();
  }
  const results: Results = { profile, profiler, files: data.files, reference: referenceResults, now: (opts.now ?? new Date()).getTime() };

  const checks: Check[] = readNoteChecks([data, reference, testData]);
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
      spec: dataSpec,
      files: data.files.length,
      bytes: sizeOf(data.files),
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

/** What the readers noticed (a CSV header that looks like data, one column where lines hold more) as warning checks. */
function readNoteChecks(datasets: (Dataset | undefined)[]): Check[] {
  const seen = new Map<string, number>();
  return datasets.flatMap((ds) =>
    (ds?.notes ?? []).map((note): Check => {
      const n = (seen.get(note.id) ?? 0) + 1;
      seen.set(note.id, n);
      return {
        id: `read_${note.id}${n > 1 ? `_${n}` : ''}`,
        title: note.title,
        status: 'fail',
        severity: 'warning',
        observed: note.file,
        detail: note.detail,
        location: { file: note.file, ...(note.line !== undefined ? { line: note.line } : {}) },
      };
    }),
  );
}

const sizeOf = (files: DataFile[]): number => files.reduce((s, f) => s + f.sizeBytes, 0);

/**
 * Profiles every batch and feeds it to the row-level rules: over several
 * threads by column when the data allows it (threads/profile-threads.ts), with
 * the same profile either way, else in this thread.
 */
async function profileScan(ds: Dataset, opened: OpenedAs, profiler: TableProfiler, observers: Rule[], progress: (l: string) => void, clock: ProgressClock, threads?: ThreadOptions): Promise<void> {
  const plan = profileThreads(ds, observers.length, threads);
  const columns = ds.schema.fields.length;
  // The footers read here are not the scan's bytes: before the progress meter starts.
  const groups = plan ? await columnCosts(ds, opened.cwd).then(({ costs, head }) => columnGroups(costs, head, plan)) : [];
  if (!plan || groups.length < 2) {
    if (plan) progress(`${opened.role}: profiling ${columns} columns on one thread: too little work to share with another`);
    // Text may stay bytes only where nothing but the profile reads the rows.
    const options = { rawText: observers.length === 0 };
    await scan(ds, opened.role, progress, clock, (batch) => {
      profiler.add(batch);
      for (const r of observers) r.observe!(batch);
    }, options);
    return;
  }
  progress(`${opened.role}: profiling ${columns} columns on ${groups.length} threads (${THREADS_ENV}=1 for one)`);
  let rows = 0;
  const total = sizeOf(ds.files);
  await withProgress({ role: opened.role, phase: 'rows', totalBytes: () => total, rows: () => rows, log: progress, clock }, () =>
    profileInThreads(ds, opened, profiler, { spawn: plan.spawn, groups }, (n) => (rows += n)),
  );
}

/** Reads every batch, with a progress line every 5 s (share of bytes, rows/s, time left). */
export async function scan(ds: Dataset, role: string, progress: (l: string) => void, clock: ProgressClock, onBatch: (b: Batch) => void, options: BatchOptions = {}): Promise<number> {
  let rows = 0;
  const total = sizeOf(ds.files);
  await withProgress({ role, phase: 'rows', totalBytes: () => total, rows: () => rows, log: progress, clock }, async () => {
    for await (const batch of ds.batches(options)) {
      onBatch(batch);
      rows += batch.numRows;
    }
  });
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
