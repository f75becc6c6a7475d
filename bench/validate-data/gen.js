// Benchmark data: N rows × 10 columns, written once by DuckDB as parquet (zstd),
// parquet (snappy) and CSV into bench/.data/, reused while the parameters match.
//
// Columns (every value is a deterministic hash of the row's key, so reruns and other
// machines produce the same bytes):
//   id        BIGINT     row key (0.5% of the rows are exact copies of the previous row)
//   int_a     INTEGER    uniform 0..999
//   int_b     BIGINT     uniform -500000..499999
//   x1..x4    DOUBLE     uniform / normal / lognormal / normal*1000, 5% nulls each
//   category  VARCHAR    10 values cat_0..cat_9, skewed
//   ts        TIMESTAMP  2024-01-01 + up to one year, second resolution
//   target    INTEGER    3 classes, ~60 / 30 / 10 %
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

// Bump when the SQL below changes: files with another version are regenerated.
export const GEN_VERSION = 1;
export const DUPLICATE_EVERY = 200; // every 200th row repeats the previous one → 0.5 % duplicates
export const NULL_PER_10000 = 500; // 5 % nulls in x1..x4

/** SELECT producing the benchmark table with `rows` rows. */
export function tableSql(rows) {
  // u(k): uniform in [0, 1) from the row key j and salt k.
  const u = (k) => `((hash(j, ${k}) % 1000000)::DOUBLE / 1000000.0)`;
  const isNull = (k) => `(hash(j, ${100 + k}) % 10000) < ${NULL_PER_10000}`;
  const normal = (a, b) => `(sqrt(-2.0 * ln(${u(a)} + 1e-9)) * cos(2.0 * pi() * ${u(b)}))`;
  return `
    WITH k AS (
      SELECT CASE WHEN i % ${DUPLICATE_EVERY} = ${DUPLICATE_EVERY - 1} THEN i - 1 ELSE i END AS j
      FROM range(${rows}) t(i)
    )
    SELECT
      j::BIGINT                                                  AS id,
      (hash(j, 1) % 1000)::INTEGER                               AS int_a,
      ((hash(j, 2) % 1000000)::BIGINT - 500000)                  AS int_b,
      CASE WHEN ${isNull(1)} THEN NULL ELSE ${u(3)} * 100.0 END  AS x1,
      CASE WHEN ${isNull(2)} THEN NULL ELSE ${normal(4, 5)} END  AS x2,
      CASE WHEN ${isNull(3)} THEN NULL ELSE exp(${normal(6, 7)}) END AS x3,
      CASE WHEN ${isNull(4)} THEN NULL ELSE 1000.0 * ${normal(8, 9)} + 50.0 END AS x4,
      'cat_' || (floor(10 * pow(${u(10)}, 1.5)))::INTEGER        AS category,
      TIMESTAMP '2024-01-01 00:00:00' + to_seconds((hash(j, 11) % 31536000)::BIGINT) AS ts,
      CASE WHEN ${u(12)} < 0.6 THEN 0 WHEN ${u(12)} < 0.9 THEN 1 ELSE 2 END::INTEGER AS target
    FROM k
    ORDER BY j`;
}

export const COLUMNS = ['id', 'int_a', 'int_b', 'x1', 'x2', 'x3', 'x4', 'category', 'ts', 'target'];

/** Paths of the three files for `rows` rows. */
export function dataFiles(dataDir, rows) {
  const base = path.join(dataDir, `vd-${rows}-v${GEN_VERSION}`);
  return {
    zstd: `${base}.zstd.parquet`,
    snappy: `${base}.snappy.parquet`,
    csv: `${base}.csv`,
    meta: `${base}.meta.json`,
  };
}

const metaFor = (rows) => ({ generator: GEN_VERSION, rows, columns: COLUMNS, duplicateEvery: DUPLICATE_EVERY, nullPer10000: NULL_PER_10000, sql: tableSql(rows) });

/**
 * Make sure the files for `rows` rows exist; returns their paths and whether they were
 * (re)generated. Files are written under a temporary name and renamed, so an interrupted
 * run never leaves a half-written file that a later run would reuse.
 */
export async function ensureData(dataDir, rows, log = () => {}) {
  fs.mkdirSync(dataDir, { recursive: true });
  const files = dataFiles(dataDir, rows);
  const want = JSON.stringify(metaFor(rows));
  const have = fs.existsSync(files.meta) ? fs.readFileSync(files.meta, 'utf8') : null;
  if (have === want && [files.zstd, files.snappy, files.csv].every((f) => fs.existsSync(f))) {
    return { files, generated: false };
  }
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run('SET threads=2');
    await conn.run(`CREATE TEMP TABLE bench AS ${tableSql(rows)}`);
    const q = (p) => `'${p.replaceAll("'", "''")}'`;
    const outputs = [
      [files.zstd, "FORMAT parquet, COMPRESSION zstd"],
      [files.snappy, "FORMAT parquet, COMPRESSION snappy"],
      [files.csv, "FORMAT csv, HEADER true, DELIMITER ','"],
    ];
    for (const [file, options] of outputs) {
      const tmp = `${file}.tmp-${process.pid}`;
      await conn.run(`COPY bench TO ${q(tmp)} (${options})`);
      fs.renameSync(tmp, file);
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  fs.writeFileSync(files.meta, want);
  log(`generated ${rows.toLocaleString('en-US')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { files, generated: true };
}

/** A tiny CSV (2,000 rows, same columns) for the action's cold-start measurement. */
export function ensureTinyCsv(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `tiny-v${GEN_VERSION}.csv`);
  if (fs.existsSync(file)) return file;
  const lines = [COLUMNS.join(',')];
  for (let i = 0; i < 2000; i++) {
    const x = (k) => (((i * 2654435761 + k * 40503) >>> 0) % 10000) / 100;
    lines.push([i, i % 1000, (i * 7919) % 1000000 - 500000, x(1), x(2) - 50, x(3) / 10, x(4) * 10,
      `cat_${i % 10}`, new Date(Date.UTC(2024, 0, 1) + i * 60000).toISOString().replace('T', ' ').slice(0, 19), i % 3].join(','));
  }
  fs.writeFileSync(`${file}.tmp-${process.pid}`, lines.join('\n') + '\n');
  fs.renameSync(`${file}.tmp-${process.pid}`, file);
  return file;
}

// The wide, string-heavy table of issue 17 (`threads.js --wide`): 16 columns, five of them
// high-cardinality text with nulls, 0.5% duplicate rows, zstd; deterministic like the above.
export const WIDE_VERSION = 1;

export function wideTableSql(rows) {
  const u = (k) => `((hash(j, ${k}) % 1000000)::DOUBLE / 1000000.0)`;
  const nullIf = (k, per100, expr) => `CASE WHEN hash(j, ${k}) % 100 < ${per100} THEN NULL ELSE ${expr} END`;
  return `
    WITH k AS (
      SELECT CASE WHEN i % ${DUPLICATE_EVERY} = ${DUPLICATE_EVERY - 1} THEN i - 1 ELSE i END AS j
      FROM range(${rows}) t(i)
    )
    SELECT
      j::BIGINT                                                             AS id,
      'user_' || (hash(j, 1) % 1000000)::VARCHAR                            AS user_id,
      ${nullIf(2, 3, `'u' || (hash(j, 3) % 5000000)::VARCHAR || '@example.' || ['com', 'org', 'net'][(1 + hash(j, 4) % 3)::BIGINT]`)} AS email,
      md5(j::VARCHAR)                                                       AS session,
      'country_' || (hash(j, 5) % 50)::VARCHAR                              AS country,
      ['ios', 'android', 'web', 'desktop', 'tv'][(1 + hash(j, 6) % 5)::BIGINT]        AS device,
      ${nullIf(7, 5, `'/p/' || (hash(j, 8) % 200000)::VARCHAR || '/item/' || (hash(j, 9) % 1000)::VARCHAR`)} AS url,
      ${nullIf(10, 10, `'Mozilla/5.0 (build ' || (hash(j, 11) % 2000)::VARCHAR || ') AppleWebKit/537.36 (KHTML, like Gecko)'`)} AS user_agent,
      ${nullIf(12, 5, `${u(13)} * 100.0`)}                                  AS a1,
      ${nullIf(14, 5, `exp(3.0 * ${u(15)})`)}                               AS a2,
      ${nullIf(16, 5, `1000.0 * ${u(17)} - 500.0`)}                         AS a3,
      ${u(18)}                                                              AS a4,
      (hash(j, 19) % 1000)::INTEGER                                         AS n1,
      (hash(j, 20) % 1000000)::BIGINT                                       AS n2,
      TIMESTAMP '2024-01-01 00:00:00' + to_seconds((hash(j, 21) % 31536000)::BIGINT) AS ts,
      (hash(j, 22) % 3)::INTEGER                                            AS label
    FROM k
    ORDER BY j`;
}

/** The wide table's zstd parquet file for `rows` rows, written once (temporary name, then renamed). */
export async function ensureWideData(dataDir, rows, log = () => {}) {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, `vdw-${rows}-v${WIDE_VERSION}.zstd.parquet`);
  const meta = `${file}.meta.json`;
  const want = JSON.stringify({ generator: WIDE_VERSION, rows, sql: wideTableSql(rows) });
  if (fs.existsSync(file) && fs.existsSync(meta) && fs.readFileSync(meta, 'utf8') === want) return file;
  const t0 = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run('SET threads=2');
    const tmp = `${file}.tmp-${process.pid}`;
    await conn.run(`COPY (${wideTableSql(rows)}) TO '${tmp.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
    fs.renameSync(tmp, file);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  fs.writeFileSync(meta, want);
  log(`generated the wide table, ${rows.toLocaleString('en-US')} rows, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}
