import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { UserError } from '@mlship/core';
import type { SqlValue } from './dialect';
import { duckdbDialect } from './duckdb-dialect';
import { requireDriver } from './driver';
import { engineMessage, plainRow, type SqlEngine } from './engine';
import { objectStoreOf, objectStoreSecrets, type ObjectStore } from './source';

/** The DuckDB release the project is tested with; the tool cache installs exactly this one. */
export const DUCKDB_DRIVER = { name: '@duckdb/node-api', version: '1.5.5-r.5', engine: 'duckdb', native: true };

export interface DuckdbOptions {
  /** A DuckDB database file, opened read-only (for `table`); in memory without one. */
  database?: string;
  /** DuckDB's memory_limit, e.g. "1GB": past it, DuckDB spills to a temporary directory. */
  memoryLimit?: string;
  /** The paths the run names (data, reference, test data): their stores' credentials are set up at connect, so a failure there says so with its hint. */
  paths?: string[];
  log: (line: string) => void;
  /** Where store credentials are read from (objectStoreSecrets); the process' environment by default. */
  env?: NodeJS.ProcessEnv;
}

/**
 * DuckDB in process. Its own readers take local files, globs, Hive partitions
 * and s3:// gs:// az:// https:// URLs through its httpfs and azure extensions.
 * DuckDB reads a store anonymously unless a secret says otherwise: the
 * secrets objectStoreSecrets builds from the environment are created before
 * the first statement on each store, every credential bound as a parameter,
 * so no key is ever written into SQL, the report or the log.
 */

const STORE_NAMES: Record<ObjectStore, string> = { s3: 'S3', gcs: 'Cloud Storage', azure: 'Azure', r2: 'R2' };
const STORE_HINTS: Record<ObjectStore, string> = {
  s3: 'DuckDB downloads its httpfs and aws extensions at first use: let the runner reach extensions.duckdb.org, and give AWS credentials the usual way (aws-actions/configure-aws-credentials, AWS_* variables or a profile).',
  gcs: 'DuckDB downloads its httpfs extension at first use: let the runner reach extensions.duckdb.org.',
  azure: 'DuckDB downloads its azure extension at first use: let the runner reach extensions.duckdb.org.',
  r2: 'DuckDB downloads its httpfs extension at first use: let the runner reach extensions.duckdb.org.',
};

export async function connectDuckdb(o: DuckdbOptions): Promise<SqlEngine> {
  const duckdb = await requireDriver<{ DuckDBInstance: typeof DuckDBInstance }>(DUCKDB_DRIVER, o.log);
  if (o.database && !fs.existsSync(o.database)) throw new UserError(`connection: no DuckDB database at ${o.database}`, { hint: 'Give the path of a DuckDB database file, or leave connection empty to read files.' });
  const spill = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-duckdb-'));
  const config: Record<string, string> = { temp_directory: spill };
  if (o.database) config.access_mode = 'READ_ONLY';
  if (o.memoryLimit) config.memory_limit = o.memoryLimit;
  let instance: DuckDBInstance;
  try {
    instance = await duckdb.DuckDBInstance.create(o.database ?? ':memory:', config);
  } catch (e) {
    fs.rmSync(spill, { recursive: true, force: true });
    const why = engineMessage(e);
    throw new UserError(`engine duckdb could not start: ${why}`, { hint: o.memoryLimit ? 'memory-limit takes DuckDB\'s form, e.g. 1GB or 512MB.' : undefined });
  }
  const conn: DuckDBConnection = await instance.connect();
  const ready = new Set<ObjectStore>();
  // describe() is the first statement on every relation, and its bound values are the relation's paths.
  const secretsFor = async (paths: string[]) => {
    for (const secret of objectStoreSecrets(paths.filter((p) => objectStoreOf(p) && !ready.has(objectStoreOf(p)!)), o.env)) {
      try {
        await conn.run(secret.sql, secret.params);
      } catch (e) {
        throw new UserError(`engine duckdb cannot set up ${STORE_NAMES[secret.store]} credentials: ${engineMessage(e)}`, { hint: STORE_HINTS[secret.store] });
      }
      ready.add(secret.store);
      o.log(`engine duckdb: ${secret.store} credentials from ${secret.from}`);
    }
  };
  if (o.paths?.length) {
    try {
      await secretsFor(o.paths);
    } catch (e) {
      conn.closeSync();
      instance.closeSync();
      fs.rmSync(spill, { recursive: true, force: true });
      throw e;
    }
  }
  return {
    dialect: duckdbDialect,
    async describe(from: string, params: SqlValue[]) {
      await secretsFor(params.filter((p): p is string => typeof p === 'string'));
      const rows = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`, params)).getRowObjectsJS();
      return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
    },
    async query(sql: string, params: SqlValue[]) {
      return (await conn.runAndReadAll(sql, params)).getRowObjectsJS().map((r) => plainRow(r as Record<string, unknown>));
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
      fs.rmSync(spill, { recursive: true, force: true });
    },
  };
}
