#!/usr/bin/env node
// Which parquet reader: decode time of every row and column of the validate-data benchmark
// file, per reader, against DuckDB decoding the same file in the same run.
//
//   node bench/parquet-readers.js [--rows 1000000] [--codec zstd|snappy]
//
// Readers measured:
//   mlship     our reader (packages/data/src/read, hyparquet + hyparquet-compressors), bundled
//              by ncc from the current sources, batches of typed columns as the profiler gets them
//   hyparquet  hyparquet's own parquetRead with column chunks (onChunk), no row objects
//   DuckDB     reference: SELECT of every column materialised (SET threads=2)
//   optional, when installed (`npm i --no-save parquet-wasm apache-arrow parquetjs-lite`):
//   parquet-wasm (Rust, wasm) to an Arrow table; parquetjs-lite row cursor (no zstd support)
// Each reader runs in its own process (cold JIT, like the action), median of 3.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureData } from './validate-data/gen.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const rows = Number(opt('rows', '1000000'));
const codec = opt('codec', 'zstd');
const dataDir = path.join(root, 'bench/.data');

const { files } = await ensureData(dataDir, rows, (m) => console.error(`[bench] ${m}`));
const file = codec === 'snappy' ? files.snappy : files.zstd;

// Our reader, bundled from the current sources so the numbers follow the code.
const buildDir = path.join(dataDir, 'reader-build');
fs.mkdirSync(buildDir, { recursive: true });
const entry = path.join(buildDir, 'entry.ts');
fs.writeFileSync(entry, `export { openDataset } from '../../../packages/data/src/read/index';\n`);
execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', path.join(buildDir, 'out'), '--quiet', '--target', 'es2022'], { cwd: root, stdio: 'ignore' });

const programs = {
  mlship: `
    const { openDataset } = await import(${JSON.stringify(path.join(buildDir, 'out/index.js'))});
    const t = performance.now();
    const ds = await openDataset(FILE, { cwd: process.cwd(), role: 'data' });
    let n = 0;
    for await (const b of ds.batches()) n += b.numRows;
    done(n, t);`,
  hyparquet: `
    const { parquetRead, asyncBufferFromFile } = await import('hyparquet');
    const { compressors } = await import('hyparquet-compressors');
    const t = performance.now();
    let n = 0;
    await parquetRead({ file: await asyncBufferFromFile(FILE), compressors, onChunk: (c) => { if (c.columnName === 'id') n += c.columnData.length; } });
    done(n, t);`,
  DuckDB: `
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const t = performance.now();
    const c = await (await DuckDBInstance.create(':memory:', { threads: '2' })).connect();
    const r = await c.runAndReadAll("SELECT * FROM read_parquet('" + FILE + "')");
    let n = 0;
    for (const col of r.getColumns()) n = col.length;
    done(n, t);`,
  'parquet-wasm': `
    const pw = await import('parquet-wasm');
    const arrow = await import('apache-arrow');
    const fs = await import('node:fs');
    const t = performance.now();
    const table = arrow.tableFromIPC(pw.readParquet(fs.readFileSync(FILE)).intoIPCStream());
    done(table.numRows, t);`,
  'parquetjs-lite': `
    const { ParquetReader } = (await import('parquetjs-lite')).default;
    const t = performance.now();
    const reader = await ParquetReader.openFile(FILE);
    const cursor = reader.getCursor();
    let n = 0;
    while (await cursor.next()) n++;
    done(n, t);`,
};

function run(name) {
  const src = `const FILE = ${JSON.stringify(file)};
    const done = (n, t) => console.log(JSON.stringify({ n, ms: performance.now() - t }));
    ${programs[name]}`;
  const times = [];
  let rowsRead;
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', src], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) {
      const why = /Cannot find (package|module) '([^']+)'/.exec(r.stderr);
      return { name, error: why ? `not installed (${why[2]})` : (r.stderr.trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${r.status}`).slice(0, 100) };
    }
    const { n, ms } = JSON.parse(r.stdout.trim().split('\n').pop());
    rowsRead = n;
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { name, rows: rowsRead, ms: times[1] };
}

const results = Object.keys(programs).map(run);
const duck = results.find((r) => r.name === 'DuckDB');
const size = (fs.statSync(file).size / 1e6).toFixed(0);
console.log(`# parquet decode, ${rows.toLocaleString('en-US')} rows × 10 columns, ${codec}, ${size} MB — ${new Date().toISOString()}`);
console.log(`node ${process.version}; median of 3 runs, each in a fresh process; time inside the process from open to the last value decoded\n`);
console.log('| reader | rows | decode s | × DuckDB |');
console.log('| --- | --- | --- | --- |');
for (const r of results) {
  if (r.error) console.log(`| ${r.name} | — | ${r.error} | — |`);
  else console.log(`| ${r.name} | ${r.rows.toLocaleString('en-US')} | ${(r.ms / 1000).toFixed(2)} | ${duck?.ms ? (r.ms / duck.ms).toFixed(2) + '×' : '—'} |`);
}
