import { UserError } from '@mlship/core';
import type { SqlValue } from './dialect';
import { plainRow, type SqlEngine } from './engine';
import { postgresDialect } from './postgres-dialect';

/** int8 (counts) and numeric arrive as text from node-postgres; the checks compare numbers (as the local reader, past 2^53 they round). */
const NUMERIC_OIDS = new Set([20, 1700]);
const NUMERIC_ARRAY_OIDS = new Set([1016, 1231]);

/** Where the server is, for messages: the connection string's password never appears. */
export function serverOf(connection: string): string {
  try {
    const u = new URL(connection);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname !== '/' ? u.pathname : ''}`;
  } catch {
    return 'the server in connection';
  }
}

/**
 * PostgreSQL through node-postgres, imported only when this engine is chosen
 * (a chunk of its own in the action bundle). Every statement runs in one
 * read-only transaction, so even a `query` cannot change the database.
 */
export async function connectPostgres(connection: string): Promise<SqlEngine> {
  let pg: typeof import('pg').default;
  try {
    pg = (await import('pg')).default;
  } catch (e) {
    throw new UserError(`engine postgres needs the pg driver, which is not installed: ${(e as Error).message.split('\n')[0]}`, { hint: 'npm install pg next to mlship.' });
  }
  const parse = (oid: number, format?: string) => {
    if (NUMERIC_OIDS.has(oid)) return (v: string) => Number(v);
    if (NUMERIC_ARRAY_OIDS.has(oid)) {
      const text = pg.types.getTypeParser(oid, format);
      return (v: string) => (text(v) as unknown[]).map((x) => (x === null ? null : Number(x)));
    }
    return pg.types.getTypeParser(oid, format);
  };
  const client = new pg.Client({ connectionString: connection, application_name: 'mlship validate-data', connectionTimeoutMillis: 15_000, types: { getTypeParser: parse } });
  client.on('error', () => {
    // A dropped connection also fails the statement in flight, which reports it.
  });
  try {
    await client.connect();
    await client.query('BEGIN TRANSACTION READ ONLY');
  } catch (e) {
    await client.end().catch(() => {});
    throw new UserError(`engine postgres cannot connect to ${serverOf(connection)}: ${(e as Error).message.split('\n')[0]}`, { hint: 'Check connection (postgres://user:password@host:port/database) and that the server accepts connections from this runner.' });
  }
  const run = async (sql: string, params: unknown[]) => client.query(sql, params);
  return {
    dialect: postgresDialect,
    async describe(from: string, params: SqlValue[]) {
      const { fields } = await run(`SELECT * FROM ${from} LIMIT 0`, params);
      const types = await run('SELECT CAST(oid AS int8) AS oid, typname FROM pg_type WHERE oid = ANY($1)', [fields.map((f) => f.dataTypeID)]);
      const names = new Map(types.rows.map((r) => [Number(r.oid), String(r.typname)]));
      return fields.map((f) => ({ name: f.name, type: names.get(f.dataTypeID) ?? `oid ${f.dataTypeID}` }));
    },
    async query(sql: string, params: SqlValue[]) {
      return (await run(sql, params)).rows.map(plainRow);
    },
    async close() {
      await client.query('ROLLBACK').catch(() => {});
      await client.end();
    },
  };
}
