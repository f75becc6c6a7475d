import path from 'node:path';

/**
 * A parquet file that exercises every statistic the column split must keep
 * identical: several row groups; floats and ints with more than 10,000 distinct
 * values (value counts overflow, the KLL sketch takes over) and more than
 * 100,000 (the distinct counter turns to HyperLogLog); high-cardinality text
 * with nulls and a few values past 1,024 characters (long-text labels); NaN
 * and nulls; a bool and a timestamp with nulls; and every 50th row an exact
 * copy of the previous one (duplicate rows). Written by DuckDB at test time.
 * THREADS_FIXTURE_ROWS is enough work that, with a worker's real head start
 * (WORKER_START_COST), every thread of two or three gets columns; at 150,000
 * rows the main thread would keep them all.
 */
export const THREADS_FIXTURE_ROWS = 400_000;

/** `rows` rows in row groups of `rowGroup`: fewer than 100,000 rows leave the distinct counters exact. */
export async function writeThreadsFixture(dir: string, rows = THREADS_FIXTURE_ROWS, rowGroup = 25_000): Promise<string> {
  const file = path.join(dir, `threads-${rows}.parquet`);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const u = (k: number) => `((hash(j, ${k}) % 1000003)::DOUBLE / 1000003.0)`;
  try {
    await conn.run(`COPY (
      WITH k AS (SELECT CASE WHEN i % 50 = 49 THEN i - 1 ELSE i END AS j FROM range(${rows}) t(i))
      SELECT
        j::BIGINT AS id,
        CASE WHEN hash(j, 1) % 20 = 0 THEN NULL WHEN hash(j, 1) % 20 = 1 THEN 'NaN'::DOUBLE ELSE ${u(2)} * 1000.0 - 300.0 END AS x,
        (hash(j, 3) % 40000)::INTEGER AS code,
        CASE WHEN hash(j, 4) % 10 = 0 THEN NULL WHEN hash(j, 4) % 997 = 5 THEN repeat('long ', 250) || j::VARCHAR ELSE 'user_' || (hash(j, 5) % 300000)::VARCHAR END AS name,
        'cat_' || (hash(j, 6) % 7)::VARCHAR AS category,
        CASE WHEN hash(j, 7) % 9 = 0 THEN NULL ELSE hash(j, 8) % 3 = 0 END AS flag,
        CASE WHEN hash(j, 9) % 15 = 0 THEN NULL ELSE TIMESTAMP '2024-01-01' + to_seconds((hash(j, 10) % 31536000)::BIGINT) END AS ts,
        exp(4.0 * ${u(11)}) AS y
      FROM k ORDER BY j
    ) TO '${file.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rowGroup})`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return file;
}
