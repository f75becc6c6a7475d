import path from 'node:path';
import { groupDigits, UserError, type Check } from '@mlship/core';
import { compileChecks } from '../checks/compile';
import type { MultiVerdict, Results, Verdict } from '../checks/rule';
import type { TableProfile, TableProfiler } from '../profile/table';
import { formatOf } from '../read/file-formats';
import { resolveDataFiles } from '../read/resolve';
import { tableFormatOf } from '../read/table-formats';
import type { DataFile, Dataset, Field, Schema } from '../table';
import type { ExpectationResult, ValidateOptions, ValidationOutcome } from '../validate';
import { isCounted } from './columns';
import { Bindings, type Dialect, type Statement } from './dialect';
import { driftOnEngine } from './drift';
import { connectClickhouse } from './clickhouse';
import { conditionGroups, conditionOf, judgeWhere } from './conditional-checks';
import { connectDuckdb } from './duckdb';
import { engineMessage, type SqlEngine, type SqlRow } from './engine';
import { quantilesOf, rowCheckVerdict, uniqueCheckVerdict, type QuantileSpec, type RowCheck } from './engine-verdicts';
import { connectPostgres, serverOf } from './postgres';
import { leakageCheckVerdict, leakageStatements } from './leakage';
import { isRowSpec, rowPredicate } from './predicates';
import { classCounts, EngineDistributions, profileFrom } from './profile';
import { filesSource, lakeTableSource, querySource, tableSource, type FileFormat, type SqlSource } from './source';
import { duplicatesStatement, frequencyRows, frequencyStatement, profileStatement, rowCountStatement, type FrequencyRow } from './statements';
import { assertCompiled } from './supported';
import { isWarehouse, WAREHOUSES } from './warehouses';
import type { EngineName } from './engines';

/** Where the data lives when it is not read by the runner itself. */
export interface EngineOptions {
  name: Exclude<EngineName, 'local'>;
  /** postgres, clickhouse, bigquery, snowflake, databricks, trino: a connection URL; duckdb: a database file (optional). */
  connection?: string;
  table?: string;
  query?: string;
  /** duckdb: memory_limit (e.g. 1GB). */
  memoryLimit?: string;
  /** The exact-row and counted-value limits (EXACT_ROWS, COUNTED_VALUES); tests lower them to reach the large-data path. */
  limits?: EngineLimits;
}

export interface EngineLimits {
  exactRows: number;
  countedValues: number;
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
  const fix = isWarehouse(o.name) ? `Give table (${WAREHOUSES[o.name].table}) or query.` : o.name === 'postgres' ? 'Give table (schema.table) or query.' : o.name === 'clickhouse' ? 'Give table (database.table, a Distributed table too) or query.' : 'Give data (files, a glob or an s3:// gs:// https:// URL), or query, or table with connection (a DuckDB database file).';
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
  // DuckDB would open the database and read only the files: a database given for nothing is a mistake to say, not to pass over.
  if (o.connection?.trim()) throw new UserError('connection and data are both set: connection is a DuckDB database file, which data (files) does not read', { where: where(o), hint: 'Give connection with table or query (the rows in that database), or data alone (the files).' });
  const spec = data!.trim();
  if (URL_SPEC.test(spec)) {
    const format = formatOf(spec.replace(/[?#].*$/, '')) ?? 'parquet';
    return { source: filesSource(spec, [spec], format as FileFormat, /\/[^/=]+=[^/]*\//.test(spec)), files: [], format: `duckdb ${format}` };
  }
  const table = await tableFormatOf(path.resolve(cwd, spec));
  if (table) return { source: lakeTableSource(spec, path.resolve(cwd, spec), table), files: [], format: `duckdb ${table}` };
  const files = await resolveDataFiles(spec, cwd, 'data');
  const format = files[0]!.format;
  const hive = files.some((f) => Object.keys(f.partitions).length > 0);
  return { source: filesSource(spec, files.map((f) => path.resolve(cwd, f.path)), format, hive), files, format };
}

/** The engine's own account of a relation's columns, each with the kind the local reader would give it. */
async function schemaOf(engine: SqlEngine, source: SqlSource, label: string): Promise<Schema> {
  const b = new Bindings(engine.dialect);
  let described: { name: string; type: string }[];
  try {
    described = await engine.describe(source.from(b, engine.dialect), b.values);
  } catch (e) {
    if (e instanceof UserError) throw e; // the store's credentials, already one line with its hint
    throw new UserError(`engine ${engine.dialect.engine} cannot read ${source.label}: ${engineMessage(e)}`, { where: label });
  }
  const dup = described.find((c, i) => described.findIndex((x) => x.name === c.name) !== i);
  if (dup) throw new UserError(`column "${dup.name}" appears twice in ${source.label}`, { where: label, hint: 'Give each column its own name (AS …) in query.' });
  return { fields: described.map((c): Field => ({ name: c.name, kind: engine.dialect.kindOf(c.type), sourceType: c.type })) };
}

/** The engines that compare the data with a second dataset (leakage joins, drift statistics), each verified against a live server. */
const PAIRED_ENGINES: readonly EngineName[] = ['duckdb', 'postgres', 'clickhouse'];
const PAIRED_LIST = `${PAIRED_ENGINES.slice(0, -1).join(', ')} and ${PAIRED_ENGINES.at(-1)}`;

/**
 * test-data or reference on the data's engine, named the way the data is:
 * files (a path, a glob or a URL) when the data is files, a table when it is a
 * table. With a query it could be either, so it is refused.
 */
async function secondSource(o: EngineOptions, input: 'test-data' | 'reference', spec: string, cwd: string): Promise<SqlSource> {
  const w = `${where(o)}: ${input}`;
  if (o.query !== undefined) throw new UserError(`${input} goes with data or table, not query: it is named the way the data is`, { where: w, hint: `Name the data with table (${input} is then a table too) or with data (${input} is then files).` });
  if (!spec.trim()) throw new UserError(`${input} is empty`, { where: w, hint: o.table !== undefined ? `Name the table holding the ${input === 'reference' ? 'reference' : 'test'} rows.` : `Name the ${input === 'reference' ? 'reference' : 'test'} files.` });
  if (o.table !== undefined) return tableSource(spec.trim());
  return (await sourceOf({ ...o, table: undefined, query: undefined }, spec, cwd)).source;
}

/** A second dataset as the compiler sees it: its columns; the engine reads the rows, never the runner. */
function engineDataset(source: SqlSource, schema: Schema): Dataset {
  return {
    spec: source.label,
    files: [],
    schema,
    batches: () => {
      throw new Error(`${source.label} is read by the SQL engine, not row by row`);
    },
  };
}

async function connect(o: EngineOptions, log: (line: string) => void, paths: string[]): Promise<SqlEngine> {
  if (isWarehouse(o.name)) {
    if (!o.connection) throw new UserError('connection is not set', { where: where(o), hint: `Set connection to ${WAREHOUSES[o.name].form}, from a secret.` });
    return WAREHOUSES[o.name].connect(o.connection, log);
  }
  if (o.name === 'postgres') {
    if (!o.connection) throw new UserError('connection is not set', { where: where(o), hint: 'Set connection to postgres://user:password@host:port/database (from a secret).' });
    return connectPostgres(o.connection);
  }
  if (o.name === 'clickhouse') {
    if (!o.connection) throw new UserError('connection is not set', { where: where(o), hint: 'Set connection to clickhouse://user:password@host:8123/database (from a secret).' });
    return connectClickhouse(o.connection);
  }
  return connectDuckdb({ database: o.connection || undefined, memoryLimit: o.memoryLimit, paths, log });
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
      throw new UserError(`engine ${this.engine.dialect.engine}: ${s.purpose} failed: ${engineMessage(e)}`, { where: this.label });
    }
  }
}

/**
 * Past this many rows an engine with approximate forms (Dialect.approximate:
 * DuckDB, ClickHouse) estimates quantiles and distinct counts and hashes rows
 * for duplicates. DuckDB's exact quantiles and DISTINCT hold every value in
 * memory, which a table larger than memory_limit cannot give them (50 million
 * rows failed at 1 GB); ClickHouse's exact quantiles (arraySort(groupArray(x)))
 * hold every value of a column on the one server that received the query,
 * whatever the number of shards. Decided here only (profileOn), for every such engine.
 */
export const EXACT_ROWS = 1_000_000;
/** Past the exact-row limit, value counts (top values) only for columns estimated to hold at most this many values, and class columns. */
export const COUNTED_VALUES = 150_000;

/** The local profile of one relation from the engine: the aggregate scan (with the row-level checks' counts), the value counts, the duplicate rows. */
async function profileOn(
  runner: Runner,
  ctx: { d: Dialect; source: SqlSource; schema: Schema },
  quantileSpecs: QuantileSpec[],
  rowChecks: RowCheck[],
  classColumns: Set<number>,
  limits: EngineLimits,
): Promise<{ agg: SqlRow; freqs: FrequencyRow[]; profile: TableProfile; large: boolean }> {
  let large = false;
  if (ctx.d.approximate) {
    // Parquet footers answer this without a scan; a table or query costs one count.
    const [n] = await runner.run(rowCountStatement(ctx));
    large = Number(n!.rows) > limits.exactRows;
  }
  const [agg] = await runner.run(profileStatement(ctx, quantileSpecs, rowChecks.map((r) => r.predicate), large));
  const uncounted = new Set(large ? ctx.schema.fields.flatMap((f, i) => (isCounted(f) && !classColumns.has(i) && Number(agg![`ad${i}`]) > limits.countedValues ? [i] : [])) : []);
  const counted = ctx.schema.fields.flatMap((f, i) => (isCounted(f) && !uncounted.has(i) ? [i] : []));
  const freqs: FrequencyRow[] = [];
  for (let at = 0; at < counted.length; at += ctx.d.groupingWidth) {
    const chunk = counted.slice(at, at + ctx.d.groupingWidth);
    freqs.push(...frequencyRows(await runner.run(frequencyStatement(ctx, chunk, classColumns)), chunk));
  }
  const [dups] = await runner.run(duplicatesStatement(ctx, large));
  return { agg: agg!, freqs, profile: profileFrom(ctx.schema, agg!, freqs, Number(dups!.distinct_rows), large ? { uncounted } : undefined), large };
}

/**
 * validate-data on a SQL engine: the same checks, profile, report and outputs
 * as the local reader, computed where the data lives. Checks are compiled (and
 * refused) before any statement runs; then one aggregate scan, one value-count
 * scan per 30 columns, one for duplicate rows and one per unique check, and
 * one scan of the rows each distinct row_condition selects.
 */
export async function validateOnEngine(opts: ValidateOptions & { engine: EngineOptions }): Promise<ValidationOutcome> {
  const started = Date.now();
  const o = opts.engine;
  const progress = opts.progress ?? (() => {});
  for (const [input, given, check] of [['test-data', opts.testData, 'leakage'], ['reference', opts.reference, 'drift']] as const) {
    if (given !== undefined && !PAIRED_ENGINES.includes(o.name)) {
      throw new UserError(`${input} is compiled for engines ${PAIRED_LIST}, not ${o.name}: ${check} runs there or on engine local`, { where: where(o), hint: 'Remove it, or use engine: local.' });
    }
  }
  if (opts.config.read) throw new UserError(`read options are for engine local; engine ${o.name} reads the data with its own readers`, { where: opts.config.source, hint: 'Remove the read: section, or use engine: local.' });
  if (o.memoryLimit && o.name !== 'duckdb') throw new UserError(`memory-limit is for engine duckdb, not ${o.name}`, { where: where(o), hint: 'Remove memory-limit.' });
  const cwd = opts.cwd ?? process.cwd();
  const { source, files, format } = await sourceOf(o, opts.data, cwd);
  const testSource = opts.testData !== undefined ? await secondSource(o, 'test-data', opts.testData, cwd) : undefined;
  const referenceSource = opts.reference !== undefined ? await secondSource(o, 'reference', opts.reference, cwd) : undefined;
  const engine = await connect(o, progress, [opts.data, opts.reference, opts.testData].flatMap((x) => (x === undefined ? [] : [x.trim()])));
  const label = isWarehouse(o.name) && o.connection ? `${source.label} on ${WAREHOUSES[o.name].label(o.connection)}` : (o.name === 'postgres' || o.name === 'clickhouse') && o.connection ? `${source.label} on ${serverOf(o.connection)}` : source.label;
  try {
    const schema = await schemaOf(engine, source, label);
    const testSchema = testSource && (await schemaOf(engine, testSource, `test-data ${testSource.label}`));
    const referenceSchema = referenceSource && (await schemaOf(engine, referenceSource, `reference ${referenceSource.label}`));

    const specs = opts.config.checksFor(schema.fields.map((f) => f.name));
    assertCompiled(specs, o.name, opts.config.source);
    // The local compiler checks every column name, type and bound first, with the local messages.
    // A row_condition selects the rows on the engine (conditional-checks.ts), not in the rule.
    const rules = compileChecks(specs, {
      schema,
      source: opts.config.source,
      filterRows: false,
      testData: testSource && testSchema && engineDataset(testSource, testSchema),
      reference: referenceSource && referenceSchema && engineDataset(referenceSource, referenceSchema),
    });

    const allRowChecks: RowCheck[] = [];
    specs.forEach((spec, i) => {
      if (isRowSpec(spec)) allRowChecks.push({ index: i, spec, predicate: rowPredicate(spec, schema, engine.dialect, `${opts.config.source}: checks[${i}] (${spec.type})`) });
    });
    const groups = conditionGroups(specs, schema, engine.dialect, opts.config.source);
    // compileChecks has refused a leakage check without test-data.
    const leakages = specs.flatMap((spec, i) =>
      spec.type === 'leakage' ? [[i, leakageStatements(engine.dialect, { source, schema }, { source: testSource!, schema: testSchema! }, spec, `${opts.config.source}: checks[${i}] (leakage)`)] as const] : [],
    );
    const rowChecks = allRowChecks.filter((r) => !conditionOf(r.spec));
    const quantileSpecs = specs.filter((s): s is QuantileSpec => s.type === 'quantile_between' && !conditionOf(s));
    const classColumns = new Set(specs.flatMap((s) => (s.type === 'class_balance' ? [schema.fields.findIndex((f) => f.name === s.column)] : [])));

    const ctx = { d: engine.dialect, source, schema };
    const runner = new Runner(engine, label);
    progress(`engine ${o.name}: profiling ${source.label} (${schema.fields.length} columns)…`);
    const limits = o.limits ?? { exactRows: EXACT_ROWS, countedValues: COUNTED_VALUES };
    const { agg, freqs, profile, large } = await profileOn(runner, ctx, quantileSpecs, rowChecks, classColumns, limits);
    if (large) progress(`engine ${o.name}: ${groupDigits(profile.rows)} rows, past ${groupDigits(limits.exactRows)}: quantiles and distinct counts estimated, duplicates by row hash, top values for columns of at most ${groupDigits(limits.countedValues)} values`);

    const distributions = new EngineDistributions(profile, quantilesOf(agg, quantileSpecs), classCounts(schema, freqs, classColumns), !large);
    // The profile-based rules read only numeric() and categorical(), which EngineDistributions answers.
    const results: Results = { profile, profiler: distributions as unknown as TableProfiler, files, now: (opts.now ?? new Date()).getTime() };

    const verdicts = new Map<number, Verdict>();
    const run = (s: Statement) => runner.run(s);
    for (const [j, r] of rowChecks.entries()) verdicts.set(r.index, await rowCheckVerdict(run, ctx, r, Number(agg[`b${j}`]), profile, `${opts.config.source}: checks[${r.index}]`));
    for (const [i, spec] of specs.entries()) if (spec.type === 'unique' && !conditionOf(spec)) verdicts.set(i, await uniqueCheckVerdict(run, ctx, spec, profile.rows));
    for (const [i, plan] of leakages) verdicts.set(i, await leakageCheckVerdict(run, plan));
    const drifts = new Map<number, MultiVerdict>();
    let referenceProfile: TableProfile | undefined;
    if (referenceSource && referenceSchema) {
      progress(`engine ${o.name}: profiling the reference ${referenceSource.label} (${referenceSchema.fields.length} columns)…`);
      referenceProfile = (await profileOn(runner, { d: engine.dialect, source: referenceSource, schema: referenceSchema }, [], [], new Set(), limits)).profile;
      for (const [i, spec] of specs.entries()) {
        if (spec.type !== 'drift') continue;
        const where = `${opts.config.source}: checks[${i}] (drift)`;
        drifts.set(i, await driftOnEngine(run, engine.dialect, { source, schema }, { source: referenceSource, schema: referenceSchema }, spec, { schema, where, reference: engineDataset(referenceSource, referenceSchema) }));
      }
    }
    for (const group of groups) {
      const judged = await judgeWhere(group, { run, d: engine.dialect, source, schema, specs, rules, rowChecks: allRowChecks, results, configSource: opts.config.source, large });
      for (const [i, v] of judged) verdicts.set(i, v);
    }

    const checks: Check[] = [];
    const expectationResults: ExpectationResult[] = [];
    const extras: Omit<MultiVerdict, 'checks'>[] = [];
    for (const [i, rule] of rules.entries()) {
      const multi = drifts.get(i);
      if (multi) {
        const { checks: each, ...extra } = multi;
        checks.push(...each);
        extras.push(extra);
        continue;
      }
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
      ...(referenceProfile ? { referenceProfile } : {}),
      checks,
      results: expectationResults,
      extras,
      elapsedMs: Date.now() - started,
      engine: { name: o.name, source: label, statements: runner.ran.map(({ purpose, sql, ms }) => ({ purpose, sql, ms })), notes: large && engine.dialect.approximate ? { ...engine.dialect.notes, quantiles: engine.dialect.approximate.note } : engine.dialect.notes },
    };
  } finally {
    await engine.close();
  }
}
