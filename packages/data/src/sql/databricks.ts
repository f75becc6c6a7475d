import { UserError } from '@mlship/core';
import { parseConnectionUrl, serverLabel } from './connection-url';
import { databricksDialect } from './databricks-dialect';
import type { SqlValue } from './dialect';
import { requireDriver } from './driver';
import { plainRow, type SqlEngine } from './engine';

/** The client release the tool cache installs (Databricks' maintained Node driver). */
export const DATABRICKS_DRIVER = { name: '@databricks/sql', version: '2.1.0', engine: 'databricks' };

export const DATABRICKS_FORM = 'databricks://token:<personal access token>@<workspace host>/sql/1.0/warehouses/<warehouse id>[?catalog=<catalog>&schema=<schema>] (or without token:…@, the token in DATABRICKS_TOKEN)';

export interface DatabricksConnection {
  host: string;
  /** The warehouse's (or cluster's) HTTP path. */
  path: string;
  token: string;
  catalog?: string;
  schema?: string;
  label: string;
}

/** databricks://token:<PAT>@host/sql/1.0/warehouses/<id>[?catalog=…&schema=…]. */
export function parseDatabricksConnection(connection: string, env: NodeJS.ProcessEnv = process.env): DatabricksConnection {
  const u = parseConnectionUrl('databricks', connection, DATABRICKS_FORM, ['catalog', 'schema']);
  const fail = (why: string) => new UserError(`connection: ${why}`, { where: 'engine databricks', hint: `Give connection as ${DATABRICKS_FORM}.` });
  if (u.user && u.user !== 'token') throw fail(`names the user "${u.user}"; a personal access token goes in as token:<token>@`);
  if (u.user && !u.password) throw fail('names the token user but no token');
  const token = u.password ?? env.DATABRICKS_TOKEN;
  if (!token) throw fail('gives no token, and DATABRICKS_TOKEN is not set');
  if (!u.path.length) throw fail('names no HTTP path (the warehouse\'s /sql/1.0/warehouses/<id>)');
  for (const key of ['catalog', 'schema'] as const) if (key in u.options && !u.options[key]) throw fail(`${key} is empty`);
  return {
    host: u.host,
    path: `/${u.path.join('/')}`,
    token,
    ...(u.options.catalog ? { catalog: u.options.catalog } : {}),
    ...(u.options.schema ? { schema: u.options.schema } : {}),
    label: serverLabel('databricks', u.host, u.path),
  };
}

/** The part of @databricks/sql the engine uses. */
interface Operation {
  fetchAll(): Promise<object[]>;
  getSchema(): Promise<{ columns: { columnName: string; typeDesc: { types: { primitiveEntry?: { type: number }; arrayEntry?: unknown; mapEntry?: unknown; structEntry?: unknown }[] } }[] } | null>;
  close(): Promise<unknown>;
}
interface Session {
  executeStatement(sql: string, o?: { runAsync?: boolean; namedParameters?: Record<string, unknown> }): Promise<Operation>;
  close(): Promise<unknown>;
}
interface Client {
  connect(o: { host: string; path: string; token: string; userAgentEntry?: string }): Promise<Client>;
  openSession(o?: { initialCatalog?: string; initialSchema?: string }): Promise<Session>;
  close(): Promise<void>;
}
interface DatabricksModule {
  DBSQLClient: new (o?: { logger?: unknown }) => Client;
  DBSQLLogger: new (o?: { level?: 'error' | 'warn' | 'info' | 'debug' }) => unknown;
  DBSQLParameter: new (o: { type: string; value: SqlValue }) => unknown;
  thrift: { TCLIService_types: { TTypeId: Record<number, string> } };
}

const TYPE = { number: 'DOUBLE', string: 'STRING', boolean: 'BOOLEAN' } as const;

/**
 * Databricks SQL through @databricks/sql, loaded only when this engine is
 * chosen. Values are bound as named parameter markers (:p1 …) with explicit
 * types; columns are described from the result metadata of a LIMIT 0 query.
 * The session runs in UTC so that a TIMESTAMP_NTZ reads as the local reader
 * reads a timestamp without time zone. Databricks has no read-only session: a
 * `query` only ever runs as a subquery, which cannot change data.
 */
export async function connectDatabricks(connection: string, log: (line: string) => void): Promise<SqlEngine> {
  const c = parseDatabricksConnection(connection);
  const dbsql = await requireDriver<DatabricksModule>(DATABRICKS_DRIVER, log);
  // The driver logs every session and operation at info by default; errors reach the user through the statement that failed.
  const client = new dbsql.DBSQLClient({ logger: new dbsql.DBSQLLogger({ level: 'error' }) });
  let session: Session;
  try {
    await client.connect({ host: c.host, path: c.path, token: c.token, userAgentEntry: 'mlship' });
    session = await client.openSession({ ...(c.catalog ? { initialCatalog: c.catalog } : {}), ...(c.schema ? { initialSchema: c.schema } : {}) });
    await (await session.executeStatement("SET TIME ZONE 'UTC'")).close();
  } catch (e) {
    await client.close().catch(() => {});
    // The Thrift transport reports a refused token only as the HTTP status of the first call.
    const message = (e as Error).message.split('\n')[0]!;
    const status = /bad HTTP status code: (401|403)\b/.exec(message)?.[1];
    const why = status ? `the workspace refused the token (HTTP ${status})` : message;
    throw new UserError(`engine databricks cannot connect to ${c.label}: ${why}`, { hint: `Check connection (${DATABRICKS_FORM}) and that the warehouse is running.` });
  }
  const typeNames = dbsql.thrift.TCLIService_types.TTypeId;
  const run = async (sql: string, params: SqlValue[]) => {
    const namedParameters = Object.fromEntries(params.map((value, i) => [`p${i + 1}`, new dbsql.DBSQLParameter({ type: TYPE[typeof value as keyof typeof TYPE], value })]));
    return session.executeStatement(sql, { runAsync: true, ...(params.length ? { namedParameters } : {}) });
  };
  return {
    dialect: databricksDialect,
    async describe(from: string, params: SqlValue[]) {
      const op = await run(`SELECT * FROM ${from} LIMIT 0`, params);
      try {
        const schema = await op.getSchema();
        return (schema?.columns ?? []).map((col) => {
          const t = col.typeDesc.types[0];
          const nested = t?.arrayEntry ? 'ARRAY_TYPE' : t?.mapEntry ? 'MAP_TYPE' : t?.structEntry ? 'STRUCT_TYPE' : undefined;
          return { name: col.columnName, type: nested ?? typeNames[t?.primitiveEntry?.type ?? -1] ?? 'STRING_TYPE' };
        });
      } finally {
        await op.close();
      }
    },
    async query(sql: string, params: SqlValue[]) {
      const op = await run(sql, params);
      try {
        return (await op.fetchAll()).map((r) => plainRow(r as Record<string, unknown>));
      } finally {
        await op.close();
      }
    },
    async close() {
      await session.close().catch(() => {});
      await client.close();
    },
  };
}
