import path from 'node:path';
import { UserError, type Check } from '@mlship/core';
import type { CheckSpec } from '../checks/config';
import { compileChecks } from '../checks/compile';
import { PARTIAL_UNEXPECTED, type Results, type Verdict } from '../checks/rule';
import type { TableProfiler } from '../profile/table';
import { formatOf, resolveDataFiles } from '../read/resolve';
import type { Cell, DataFile, Field, Schema } from '../table';
import type { ExpectationResult, ValidateOptions, ValidationOutcome } from '../validate';
import { isCounted } from './columns';
import { Bindings, type Statement } from './dialect';
import { connectDuckdb } from './duckdb';
import type { SqlEngine, SqlRow } from './engine';
import { connectPostgres, serverOf } from './postgres';
import { isRowSpec, rowPredicate, type RowPredicate, type RowSpec } from './predicates';
import { classCounts, EngineDistributions, profileFrom } from './profile';
import { filesSource, querySource, tableSource, type FileFormat, type SqlSource } from './source';
import { duplicatesStatement, failingValuesStatements, frequencyRows, frequencyStatement, profileStatement, repeatedKeysStatement, uniqueStatement, type FrequencyRow } from './statements';
import { assertCompiled } from './supported';
import { rowVerdict, uniqueVerdict, type RowCounts } from './verdicts';

export const ENGINES = ['local', 'duckdb', 'postgres'] as const;
export type EngineName = (typeof ENGINES)[number];

/** Where the data lives when it is not read by the runner itself. */
export interface EngineOptions {
  name: Exclude<EngineName, 'local'>;
  /** postgres: a connection string; duckdb: a database file (optional). */
  connection?: string;
  table?: string;
  query?: string;
  /** duckdb: memory_limit (e.g. 1GB). */
  memoryLimit?: string;
}

/** What an engine ran, for the report: its name and every statement, in order. */
export interface EngineRun {
  name: string;
  source: string;
  /** In the order they ran, with how long each took. */
  statements: { purpose: string; sql: string; ms: number }[];
  notes: { regex: string; quantiles: string };
}

const URL_SPEC = /^(s3|s3a|gs|gcs|r2|az|azure|abfss|https?|hf):\/\//i;

const where = (o: EngineOptions) => `engine ${o.name}`;

/** The FROM clause: a table, a query, or (duckdb) the files named by data. */
async function sourceOf(o: EngineOptions, data: string | undefined, cwd: string): Promise<{ source: SqlSource; files: DataFile[]; format: string }> {
  const given = [o.table !== undefined && 'table', o.query !== undefined && 'query', data !== undefined && 'data'].filter(Boolean);
  const fix = o.name === 'postgres' ? 'Give table (schema.table) or query.' : 'Give data (files, a glob or an s3:// gs:// https:// URL), or query, or table with connection (a DuckDB database file).';
  if (given.length !== 1) throw new UserError(given.length ? `${given.join(' and ')} are ${given.length === 2 ? 'both' : 'all'} set; name the data one way` : `no data named: set table or query${o.name === 'duckdb' ? ' or data' : ''}`, { where: where(o), hint: fix });
  if (o.table !== undefined) {
    if (o.name === 'duckdb' && !o.connection) throw new UserError('table needs connection (the DuckDB database file holding it)', { where: where(o), hint: fix });
    if (!o.table.trim()) throw new UserError('table is empty', { where: where(o), hint: fix });
    return { source: tableSource(o.table.trim()), files: [], format: o.name };
  }
  if (o.query !== undefined) {
    if (!o.query.trim()) throw new UserError('query is empty', { where: where(o), hint: fix });
    return { source: querySource(o.query), files: [], format: o.name };
  }
  if (o.name !== 'duckdb') throw new UserError('data is for engines local and duckdb; this one reads table or query', { where: where(o), hint: fix });
  const spec = data!.trim();
  if (URL_SPEC.test(spec)) {
    const format = formatOf(spec.replace(/[?#].*$/, '')) ?? 'parquet';
    return { source: filesSource(spec, [spec], format as FileFormat, /\/[^/=]+=[^/]*\//.test(spec)), files: [], format: `duckdb ${format}` };
  }
  const files = await resolveDataFiles(spec, cwd, 'data');
  const format = files[0]!.format;
  const hive = files.some((f) => Object.keys(f.partitions).length > 0);
  return { source: filesSource(spec, files.map((f) => path.resolve(cwd, f.path)), format, hive), files, format };
}

async function connect(o: EngineOptions, log: (line: string) => void): Promise<SqlEngine> {
  if (o.name === 'postgres') {
    if (!o.connection) throw new UserError('connection is not set', { where: where(o), hint: 'Set connection to postgres://user:password@host:port/database (from a secret).' });
    return connectPostgres(o.connection);
  }
  return connectDuckdb({ database: o.connection || undefined, memoryLimit: o.memoryLimit, log });
}

/** Runs statements and keeps their text for the report; an engine error becomes one line naming the statement. */
class Runner {
  readonly ran: (Statement & { ms: number })[] = [];
  constructor(
    private readonly engine: SqlEngine,
    private readonly label: string,
  ) {}

  async run(s: Statement): Promise<SqlRow[]> {
    const started = Date.now();
    const entry = { ...s, ms: 0 };
    this.ran.push(entry);
    try {
      const rows = await this.engine.query(s.sql, s.params);
      entry.ms = Date.now() - started;
      return rows;
    } catch (e) {
      throw new UserError(`engine ${this.engine.dialect.engine}: ${s.purpose} failed: ${(e as Error).message.split('\n')[0]}`, { where: this.label });
    }
  }
}

/**
 * validate-data on a SQL engine: the same checks, profile, report and outputs
 * as the local reader, computed where the data lives. Checks are compiled (and
 * refused) before any statement runs; then one aggregate scan, one value-count
 * scan per 30 columns, one for duplicate rows and one per unique check.
 */
export async function validateOnEngine(opts: ValidateOptions & { engine: EngineOptions }): Promise<ValidationOutcome> {
  const started = Date.now();
  const o = opts.engine;
  const progress = opts.progress ?? (() => {});
  if (opts.reference || opts.testData) {
    throw new UserError(`${opts.reference ? 'reference' : 'test-data'} is not compiled for this engine: drift and leakage run on engine local`, { where: where(o), hint: 'Remove it, or use engine: local.' });
  }
  if (opts.config.read) throw new UserError(`read options are for engine local; engine ${o.name} reads the data with its own readers`, { where: opts.config.source, hint: 'Remove the read: section, or use engine: local.' });
  if (o.memoryLimit && o.name !== 'duckdb') throw new UserError(`memory-limit is for engine duckdb, not ${o.name}`, { where: where(o), hint: 'Remove memory-limit.' });
  const cwd = opts.cwd ?? process.cwd();
  const { source, files, format } = await sourceOf(o, opts.data, cwd);
  const engine = await connect(o, progress);
  const label = o.name === 'postgres' && o.connection ? `${source.label} on ${serverOf(o.connection)}` : source.label;
  try {
    const b = new Bindings(engine.dialect);
    let described: { name: string; type: string }[];
    try {
      described = await engine.describe(source.from(b, engine.dialect), b.values);
    } catch (e) {
      throw new UserError(`engine ${o.name} cannot read ${source.label}: ${(e as Error).message.split('\n')[0]}`, { where: label });
    }
    const dup = described.find((c, i) => described.findIndex((x) => x.name === c.name) !== i);
    if (dup) throw new UserError(`column "${dup.name}" appears twice in ${source.label}`, { where: label, hint: 'Give each column its own name (AS …) in query.' });
    const schema: Schema = { fields: described.map((c): Field => ({ name: c.name, kind: engine.dialect.kindOf(c.type), sourceType: c.type })) };

    const specs = opts.config.checksFor(schema.fields.map((f) => f.name));
    assertCompiled(specs, o.name, opts.config.source);
    // The local compiler checks every column name, type and bound first, with the local messages.
    const rules = compileChecks(specs, { schema, source: opts.config.source });

    const rowChecks: { index: number; spec: RowSpec; predicate: RowPredicate }[] = [];
    specs.forEach((spec, i) => {
      if (isRowSpec(spec)) rowChecks.push({ index: i, spec, predicate: rowPredicate(spec, schema, engine.dialect, `${opts.config.source}: checks[${i}] (${spec.type})`) });
    });
    const quantileSpecs = specs.filter((s): s is Extract<CheckSpec, { type: 'quantile_between' }> => s.type === 'quantile_between');
    const classColumns = new Set(specs.flatMap((s) => (s.type === 'class_balance' ? [schema.fields.findIndex((f) => f.name === s.column)] : [])));

    const ctx = { d: engine.dialect, source, schema };
    const runner = new Runner(engine, label);
    progress(`engine ${o.name}: profiling ${source.label} (${schema.fields.length} columns)…`);
    const [agg] = await runner.run(profileStatement(ctx, quantileSpecs, rowChecks.map((r) => r.predicate)));
    const counted = schema.fields.flatMap((f, i) => (isCounted(f) ? [i] : []));
    const freqs: FrequencyRow[] = [];
    for (let at = 0; at < counted.length; at += engine.dialect.groupingWidth) {
      const chunk = counted.slice(at, at + engine.dialect.groupingWidth);
      freqs.push(...frequencyRows(await runner.run(frequencyStatement(ctx, chunk, classColumns)), chunk));
    }
    const [dups] = await runner.run(duplicatesStatement(ctx));
    const profile = profileFrom(schema, agg!, freqs, Number(dups!.distinct_rows));

    const quantiles = new Map<string, Map<number, number>>();
    quantileSpecs.forEach((q, j) => {
      const m = quantiles.get(q.column) ?? new Map<number, number>();
      if (agg![`q${j}`] !== null) m.set(q.quantile, Number(agg![`q${j}`]));
      quantiles.set(q.column, m);
    });
    const distributions = new EngineDistributions(profile, quantiles, classCounts(schema, freqs, classColumns));
    // The profile-based rules read only numeric() and categorical(), which EngineDistributions answers.
    const results: Results = { profile, profiler: distributions as unknown as TableProfiler, files, now: (opts.now ?? new Date()).getTime() };

    const verdicts = new Map<number, Verdict>();
    for (const [j, r] of rowChecks.entries()) {
      const bad = Number(agg![`b${j}`]);
      const counts: RowCounts = { rows: profile.rows, seen: profile.rows - profile.columns.find((c) => c.name === r.predicate.field.name)!.nulls, bad, examples: [], partial: [] };
      if (bad > 0) {
        const [top, first] = failingValuesStatements(ctx, r.predicate, 10, PARTIAL_UNEXPECTED);
        counts.examples = (await runner.run(top)).map((x) => ({ value: x.value as Cell, count: Number(x.n) }));
        counts.partial = (await runner.run(first)).map((x) => x.value as Cell);
      }
      verdicts.set(r.index, rowVerdict(r.spec, counts, schema, `${opts.config.source}: checks[${r.index}]`));
    }
    for (const [i, spec] of specs.entries()) {
      if (spec.type !== 'unique') continue;
      const rule = spec.columns.length === 1 ? 'any_value_is_missing' : spec.ignore_row_if;
      const [u] = await runner.run(uniqueStatement(ctx, spec.columns, rule));
      const c = { rows: profile.rows, keys: Number(u!.keys), unexpected: Number(u!.unexpected), repeatedKeys: Number(u!.repeated_keys), partial: [] as unknown[] };
      if (c.unexpected > 0) {
        for (const k of await runner.run(repeatedKeysStatement(ctx, spec.columns, rule, PARTIAL_UNEXPECTED))) {
          const key = spec.columns.length === 1 ? k.k0 : Object.fromEntries(spec.columns.map((name, j) => [name, k[`k${j}`] ?? null]));
          for (let n = Number(k.n); n > 0 && c.partial.length < PARTIAL_UNEXPECTED; n--) c.partial.push(key);
        }
      }
      verdicts.set(i, uniqueVerdict(spec, c));
    }

    const checks: Check[] = [];
    const expectationResults: ExpectationResult[] = [];
    for (const [i, rule] of rules.entries()) {
      const v = verdicts.get(i) ?? (rule.evaluate(results) as Verdict);
      const { result, ...verdict } = v;
      checks.push({ id: rule.id, title: rule.title, severity: rule.spec.severity, ...verdict });
      const type = opts.config.expectationTypes?.[i];
      if (result) expectationResults.push({ id: rule.id, ...(type ? { expectation_type: type } : {}), success: verdict.status === 'pass', result });
    }
    return {
      dataset: { spec: source.label, files: files.length, bytes: files.reduce((s, f) => s + f.sizeBytes, 0), format, columns: schema.fields.length },
      configSource: opts.config.source,
      configFormat: opts.config.format,
      profile,
      checks,
      results: expectationResults,
      extras: [],
      elapsedMs: Date.now() - started,
      engine: { name: o.name, source: label, statements: runner.ran.map(({ purpose, sql, ms }) => ({ purpose, sql, ms })), notes: engine.dialect.notes },
    };
  } finally {
    await engine.close();
  }
}
