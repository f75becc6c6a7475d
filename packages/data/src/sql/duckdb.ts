import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { UserError } from '@mlship/core';
import type { SqlValue } from './dialect';
import { duckdbDialect } from './duckdb-dialect';
import { requireDriver } from './driver';
import { engineMessage, plainRow, type SqlEngine } from './engine';

/** The DuckDB release the project is tested with; the tool cache installs exactly this one. */
export const DUCKDB_DRIVER = { name: '@duckdb/node-api', version: '1.5.5-r.5', engine: 'duckdb', native: true };

export interface DuckdbOptions {
  /** A DuckDB database file, opened read-only (for `table`); in memory without one. */
  database?: string;
  /** DuckDB's memory_limit, e.g. "1GB": past it, DuckDB spills to a temporary directory. */
  memoryLimit?: string;
  /** The data is in S3 (or an S3-compatible store): credentials come from the AWS SDK's chain. */
  s3?: boolean;
  log: (line: string) => void;
}

/**
 * DuckDB in process. Its own readers take local files, globs, Hive partitions
 * and s3:// gs:// https:// URLs through its httpfs extension. DuckDB reads S3
 * anonymously unless a secret says otherwise: for s3:// data a secret with the
 * `credential_chain` provider (DuckDB's aws extension, the AWS SDK's chain:
 * AWS_* environment variables as aws-actions/configure-aws-credentials sets
 * them, a profile, web identity or an instance role) is created, so no key is
 * ever written into SQL or logged.
 */
const S3_SECRET = 'CREATE SECRET mlship_s3 (TYPE s3, PROVIDER credential_chain)';

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
  if (o.s3) {
    try {
      await conn.run(S3_SECRET);
    } catch (e) {
      conn.closeSync();
      instance.closeSync();
      fs.rmSync(spill, { recursive: true, force: true });
      throw new UserError(`engine duckdb cannot set up S3 credentials: ${engineMessage(e)}`, {
        hint: 'DuckDB downloads its httpfs and aws extensions at first use: let the runner reach extensions.duckdb.org, and give AWS credentials the usual way (aws-actions/configure-aws-credentials, AWS_* variables or a profile).',
      });
    }
  }
  return {
    dialect: duckdbDialect,
    async describe(from: string, params: SqlValue[]) {
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
