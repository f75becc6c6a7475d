#!/usr/bin/env node
// Where engine duckdb's time goes, and what approximating like engine local would save:
// the statements the compiler (packages/data/src/sql/statements.ts, bundled from source
// with ncc into a temporary directory) writes for checks.yml, each run alone in its own
// process on the same files with threads=2 and the memory limit, next to variants:
//
//   profile-approx   the profile scan with approx_quantile instead of quantile_cont and an
//                    approx_count_distinct (HyperLogLog) per column added
//   frequencies-low  the value-count scan for only the columns whose approximate distinct
//                    count (from profile-approx) is at most 150,000, plus class columns:
//                    engine local keeps exact distinct counts up to 100,000 values and top
//                    values of numbers up to 10,000, and approximates past that
//   duplicates-hash  the duplicate count over one 64-bit hash of each row's values instead of
//                    SELECT DISTINCT over the values (the reference counts the same way)
//   reference        duckdb-summarize.js (SUMMARIZE + duplicate count), for the ratio
//
//   node bench/validate-data-engines/duckdb-statements.js <dir of parquet files> [variant …] [--memory-limit 1GB]
//
// Variants: reference, profile, profile-approx, frequencies, frequencies-low, duplicates,
// duplicates-hash (default: all). Prints one line per variant and the sums the two designs come to.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const VARIANTS = ['reference', 'profile', 'profile-approx', 'frequencies', 'frequencies-low', 'duplicates', 'duplicates-hash'];
// Past engine local's exact distinct limit (100,000) with room for HyperLogLog's error.
const COUNT_UP_TO = 150_000;

const args = process.argv.slice(2);
const usage = (m) => {
  console.error(`error: ${m}\nusage: node bench/validate-data-engines/duckdb-statements.js <dir of parquet files> [${VARIANTS.join('|')} …] [--memory-limit 1GB]`);
  process.exit(2);
};
const memoryLimit = args.includes('--memory-limit') ? args[args.indexOf('--memory-limit') + 1] : '1GB';
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--memory-limit' && args[i - 1] !== '--one');
const [dir, ...chosen] = positional;
if (!dir || !fs.existsSync(dir)) usage('give the directory of parquet files (duckdb-50m.js --keep leaves one under bench/.data/)');
const unknown = chosen.find((v) => !VARIANTS.includes(v));
if (unknown) usage(`unknown variant ${unknown}`);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.parquet')).sort().map((f) => path.resolve(dir, f));
if (!files.length) usage(`no .parquet files in ${dir}`);

// ---------------------------------------------------------------- child: run one statement
if (args.includes('--one')) {
  const statement = JSON.parse(fs.readFileSync(args[args.indexOf('--one') + 1], 'utf8'));
  const spill = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-duckdb-statement-'));
  try {
    // As connectDuckdb configures engine duckdb, with the threads of the reference.
    const instance = await DuckDBInstance.create(':memory:', { threads: '2', memory_limit: memoryLimit, temp_directory: spill });
    const conn = await instance.connect();
    const t0 = performance.now();
    const rows = (await conn.runAndReadAll(statement.sql, statement.params)).getRowObjectsJson();
    const ms = performance.now() - t0;
    conn.closeSync();
    instance.closeSync();
    console.log(JSON.stringify({ ms, first: rows[0] ?? null }));
  } finally {
    fs.rmSync(spill, { recursive: true, force: true });
  }
  process.exit(0);
}

// ---------------------------------------------------------------- the compiler's statements, from source
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-duckdb-statements-'));
const src = (p) => JSON.stringify(path.join(root, 'packages/data/src', p));
fs.writeFileSync(path.join(work, 'tsconfig.json'), JSON.stringify({ extends: path.join(root, 'tsconfig.json'), include: ['entry.ts'], compilerOptions: { typeRoots: [path.join(root, 'node_modules/@types')] } }));
fs.writeFileSync(
  path.join(work, 'entry.ts'),
  `import fs from 'node:fs';
import { parseConfig } from ${src('checks/load')};
import { duckdbDialect as d } from ${src('sql/duckdb-dialect')};
import { filesSource } from ${src('sql/source')};
import { isRowSpec, rowPredicate } from ${src('sql/predicates')};
import { isCounted } from ${src('sql/columns')};
import { duplicatesStatement, frequencyStatement, profileStatement } from ${src('sql/statements')};
const [checks, described, filesJson, countedJson] = process.argv.slice(2);
const files = JSON.parse(filesJson) as string[];
const schema = { fields: (JSON.parse(described) as { name: string; type: string }[]).map((c) => ({ name: c.name, kind: d.kindOf(c.type), sourceType: c.type })) };
const specs = parseConfig(fs.readFileSync(checks, 'utf8'), checks).checksFor(schema.fields.map((f) => f.name));
const ctx = { d, source: filesSource('bench', files, 'parquet', false), schema };
const rowChecks = specs.filter(isRowSpec).map((s, i) => rowPredicate(s as never, schema as never, d, 'checks[' + i + ']'));
const quantiles = specs.filter((s) => s.type === 'quantile_between') as never[];
const classColumns = new Set(specs.flatMap((s) => (s.type === 'class_balance' ? [schema.fields.findIndex((f) => f.name === s.column)] : [])));
const counted = (JSON.parse(countedJson) as number[] | null) ?? schema.fields.flatMap((f, i) => (isCounted(f as never) ? [i] : []));
console.log(JSON.stringify({
  profile: profileStatement(ctx as never, quantiles, rowChecks),
  frequencies: frequencyStatement(ctx as never, [...new Set([...counted, ...classColumns])].sort((a, b) => a - b), classColumns),
  duplicates: duplicatesStatement(ctx as never),
  classColumns: [...classColumns],
}));
`,
);
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
execFileSync(process.execPath, [ncc, 'build', path.join(work, 'entry.ts'), '-o', path.join(work, 'out'), '--transpile-only', '--quiet', '--target', 'es2022'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const instance = await DuckDBInstance.create(':memory:');
const conn = await instance.connect();
const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet([${files.map((f) => `'${f.replaceAll("'", "''")}'`).join(', ')}])`)).getRowObjectsJson().map((c) => ({ name: c.column_name, type: c.column_type }));
conn.closeSync();
instance.closeSync();
const compile = (counted) => JSON.parse(execFileSync(process.execPath, [path.join(work, 'out/index.js'), path.join(here, 'checks.yml'), JSON.stringify(described), JSON.stringify(files), JSON.stringify(counted)], { encoding: 'utf8' }));
const current = compile(null);

// approx_quantile takes its quantiles as FLOAT; the values stay bound.
const approxProfile = () => {
  const approx = current.profile.sql
    .replace(/quantile_cont\((.*?), (\[CAST.*?\])\) AS qs/g, (_, e, list) => `approx_quantile(${e}, ${list.replaceAll('AS DOUBLE)', 'AS FLOAT)')}) AS qs`)
    .replace(/quantile_cont\((.*), (CAST\(\$\d+ AS )DOUBLE\)\) AS q(\d+)/g, (_, e, cast, j) => `approx_quantile(${e}, ${cast}FLOAT)) AS q${j}`);
  const distincts = described.map((c, i) => `approx_count_distinct(${/^(DOUBLE|FLOAT|REAL)$/.test(c.type) ? `NULLIF("${c.name.replaceAll('"', '""')}", CAST('NaN' AS DOUBLE))` : `"${c.name.replaceAll('"', '""')}"`}) AS ad${i}`);
  return { ...current.profile, sql: approx.replace(/\nFROM /, `,\n  ${distincts.join(',\n  ')}\nFROM `) };
};

const hashDuplicates = () => {
  const m = /^SELECT count\(\*\) AS distinct_rows FROM \(SELECT DISTINCT (.*) FROM (.*)\) AS d$/s.exec(current.duplicates.sql);
  if (!m) throw new Error(`the duplicates statement changed shape; duplicates-hash needs updating:\n${current.duplicates.sql}`);
  return { ...current.duplicates, sql: `SELECT count(DISTINCT hash(${m[1]})) AS distinct_rows FROM ${m[2]}` };
};

function measure(argv) {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '__RSS_KB=%M __CPU_S=%U+%S', process.execPath, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const wallMs = performance.now() - t0;
  const rss = /__RSS_KB=(\d+)/.exec(r.stderr);
  const cpu = /__CPU_S=([\d.]+)\+([\d.]+)/.exec(r.stderr);
  let out = null;
  try {
    out = JSON.parse(r.stdout.trim().split('\n').at(-1));
  } catch {}
  return { ok: r.status === 0 && out != null, wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null, rssMB: rss ? (Number(rss[1]) * 1024) / 1e6 : null, out, error: r.status === 0 ? null : r.stderr.split('\n').find((l) => /Error:/.test(l))?.replace(/^\W*/, '') ?? `exit ${r.status}` };
}

const runStatement = (statement) => {
  const file = path.join(work, `statement-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, JSON.stringify(statement));
  return measure([fileURLToPath(import.meta.url), dir, '--one', file, '--memory-limit', memoryLimit]);
};

const results = {};
let counted = null;
try {
  for (const v of chosen.length ? chosen : VARIANTS) {
    process.stderr.write(`[bench] ${v} (load average ${os.loadavg()[0].toFixed(1)})\n`);
    if (v === 'reference') results[v] = measure([path.join(here, 'duckdb-summarize.js'), path.join(path.resolve(dir), '*.parquet'), '--threads', '2', '--memory-limit', memoryLimit]);
    else if (v === 'profile') results[v] = runStatement(current.profile);
    else if (v === 'frequencies') results[v] = runStatement(current.frequencies);
    else if (v === 'duplicates') results[v] = runStatement(current.duplicates);
    else if (v === 'duplicates-hash') results[v] = runStatement(hashDuplicates());
    else if (v === 'profile-approx') {
      results[v] = runStatement(approxProfile());
      const first = results[v].out?.first;
      if (first) counted = described.flatMap((_, i) => (Number(first[`ad${i}`]) <= COUNT_UP_TO ? [i] : []));
    } else if (v === 'frequencies-low') {
      if (!counted) {
        results[v] = { ok: false, error: 'needs profile-approx first (its approximate distinct counts choose the columns)' };
        continue;
      }
      results[v] = { ...runStatement(compile(counted).frequencies), columns: [...new Set([...counted, ...current.classColumns])].map((i) => described[i].name) };
    }
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}

const s = (ms) => (ms == null ? 'n/a' : (ms / 1000).toFixed(1));
console.log(`files: ${files.length} in ${dir}; threads=2, memory_limit=${memoryLimit}; each variant alone in its own node process`);
for (const [v, r] of Object.entries(results)) {
  const inside = r.out?.ms ?? r.out?.engineMs;
  console.log(`${v.padEnd(16)} ${r.ok ? `wall ${s(r.wallMs)} s, query ${s(inside)} s, CPU ${s(r.cpuMs)} s, peak RSS ${r.rssMB?.toFixed(0)} MB` : `FAILED: ${r.error}`}${r.columns ? ` (columns ${r.columns.join(', ')})` : ''}${r.out?.first?.distinct_rows != null ? ` (${r.out.first.distinct_rows} distinct rows)` : ''}`);
}
const sum = (names) => (names.every((n) => results[n]?.ok) ? names.reduce((t, n) => t + results[n].out.ms, 0) : null);
const ref = results.reference?.ok ? results.reference.out.engineMs : null;
for (const [label, names] of [['as compiled today', ['profile', 'frequencies', 'duplicates']], ['approximating like engine local', ['profile-approx', 'frequencies-low', 'duplicates-hash']]]) {
  const t = sum(names);
  const missing = names.filter((n) => !results[n]?.ok);
  if (t != null) console.log(`${label}: statements ${s(t)} s${ref ? ` = ${(t / ref).toFixed(2)}× the reference's ${s(ref)} s inside its process` : ''}`);
  else console.log(`${label}: n/a (${missing.join(', ')} ${missing.length > 1 ? 'failed or were' : 'failed or was'} not run)`);
}
