import { UserError } from '@mlship/core';
import { parseConnectionUrl, serverLabel } from './connection-url';
import type { SqlValue } from './dialect';
import { requireDriver } from './driver';
import { plainRow, type SqlEngine, type SqlRow } from './engine';
import { trinoDialect } from './trino-dialect';

/** The client release the tool cache installs (the Trino project's Node client). */
export const TRINO_DRIVER = { name: 'trino-client', version: '0.2.9', engine: 'trino' };

export const TRINO_FORM = 'trino://<user>[:<password>]@<host>:<port>/<catalog>/<schema>[?ssl=true|false] (https when a password is given, unless ssl=false)';

export interface TrinoConnection {
  server: string;
  user: string;
  password?: string;
  catalog: string;
  schema: string;
  label: string;
}

/** trino://user[:password]@host:port/catalog/schema[?ssl=true|false]. */
export function parseTrinoConnection(connection: string): TrinoConnection {
  const u = parseConnectionUrl('trino', connection, TRINO_FORM, ['ssl']);
  const fail = (why: string) => new UserError(`connection: ${why}`, { where: 'engine trino', hint: `Give connection as ${TRINO_FORM}.` });
  if (!u.user) throw fail('names no user (Trino runs every query as a user)');
  if (u.path.length !== 2) throw fail(`has ${u.path.length} path part${u.path.length === 1 ? '' : 's'}; give the catalog and the schema`);
  const ssl = u.options.ssl;
  if (ssl !== undefined && ssl !== 'true' && ssl !== 'false') throw fail(`ssl is "${ssl}"; it takes true or false`);
  const https = ssl === undefined ? u.password !== undefined : ssl === 'true';
  return {
    server: `${https ? 'https' : 'http'}://${u.host.includes(':') ? `[${u.host}]` : u.host}:${u.port ?? (https ? 443 : 8080)}`,
    user: u.user,
    ...(u.password !== undefined ? { password: u.password } : {}),
    catalog: u.path[0]!,
    schema: u.path[1]!,
    label: serverLabel('trino', `${u.host}${u.port ? `:${u.port}` : ''}`, u.path),
  };
}

/**
 * A bound value as the literal of an EXECUTE … USING clause: the only way
 * Trino's protocol takes parameters (its JDBC driver does the same). Numbers
 * through DOUBLE '…' (Java parses JavaScript's number text, NaN and Infinity
 * too), text with its quotes doubled (Trino's string literals have no other
 * escape), booleans as keywords.
 */
export function usingLiteral(v: SqlValue): string {
  if (typeof v === 'number') return `DOUBLE '${String(v)}'`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `'${v.replaceAll("'", "''")}'`;
}

const MARKER = /\? \/\*p(\d+)\*\//g;

/**
 * The values in the order their ? markers stand in the text (a FROM clause's
 * values are bound first but written last). Each marker must name each value
 * once: text that carries a marker of its own (a name, a query) fails here,
 * rather than binding a value to the wrong place.
 */
export function valuesInTextOrder(sql: string, params: SqlValue[]): SqlValue[] {
  const order = [...sql.matchAll(MARKER)].map((m) => Number(m[1]));
  if (order.length !== params.length || new Set(order).size !== params.length || order.some((i) => i < 1 || i > params.length)) {
    throw new Error(`the statement has ${order.length} numbered ? markers for ${params.length} values`);
  }
  return order.map((i) => params[i - 1]!);
}

/** The part of trino-client the engine uses. */
interface QueryResult {
  columns?: { name: string; type: string }[];
  data?: unknown[][];
  error?: { message: string; errorName?: string };
}
interface TrinoClient {
  query(q: { query: string; extraHeaders?: Record<string, string> }): Promise<AsyncIterable<QueryResult>>;
}
interface TrinoModule {
  Trino: { create(o: { server: string; source: string; catalog: string; schema: string; auth: unknown; extraHeaders: Record<string, string> }): TrinoClient };
  BasicAuth: new (user: string, password?: string) => unknown;
}

/** The name the statement is prepared under, per request (the protocol's X-Trino-Prepared-Statement). */
const PREPARED = 'mlship_statement';

/**
 * Trino through trino-client, loaded only when this engine is chosen. A
 * statement with values is sent as `EXECUTE mlship_statement USING …`, the
 * statement's own text (with its ? markers) travelling in the
 * X-Trino-Prepared-Statement header, so the compiled text is parsed by Trino
 * before any value is seen. The session runs in UTC (X-Trino-Time-Zone) so
 * that a timestamp without time zone reads as the local reader reads it.
 * Trino's read-only transactions need the protocol's transaction headers,
 * which the client does not carry: a `query` only ever runs as a subquery,
 * which cannot change data.
 */
export async function connectTrino(connection: string, log: (line: string) => void): Promise<SqlEngine> {
  const c = parseTrinoConnection(connection);
  const trino = await requireDriver<TrinoModule>(TRINO_DRIVER, log);
  const client = trino.Trino.create({
    server: c.server,
    source: 'mlship validate-data',
    catalog: c.catalog,
    schema: c.schema,
    auth: new trino.BasicAuth(c.user, c.password),
    extraHeaders: { 'X-Trino-Time-Zone': 'UTC' },
  });
  const run = async (sql: string, params: SqlValue[]): Promise<{ columns: { name: string; type: string }[]; rows: SqlRow[] }> => {
    const request = params.length
      ? { query: `EXECUTE ${PREPARED} USING ${valuesInTextOrder(sql, params).map(usingLiteral).join(', ')}`, extraHeaders: { 'X-Trino-Prepared-Statement': `${PREPARED}=${encodeURIComponent(sql)}` } }
      : { query: sql };
    let columns: { name: string; type: string }[] | undefined;
    const data: unknown[][] = [];
    for await (const r of await client.query(request)) {
      if (r.error) throw new Error(r.error.message);
      columns ??= r.columns;
      if (r.data) data.push(...r.data);
    }
    if (!columns) throw new Error('Trino returned no result');
    const names = columns.map((col) => col.name);
    return { columns, rows: data.map((row) => plainRow(Object.fromEntries(names.map((n, i) => [n, row[i] ?? null])))) };
  };
  // The protocol has no connection to open: a first statement says whether the server is there and takes the user.
  try {
    await run('SELECT 1', []);
  } catch (e) {
    const status = (e as { response?: { status?: number } }).response?.status;
    const why = status === 401 ? 'the server refused the user\'s credentials (HTTP 401)' : (e as Error).message.split('\n')[0];
    throw new UserError(`engine trino cannot connect to ${c.label}: ${why}`, { hint: `Check connection (${TRINO_FORM}) and that the server accepts connections from this runner.` });
  }
  return {
    dialect: trinoDialect,
    async describe(from: string, params: SqlValue[]) {
      return (await run(`SELECT * FROM ${from} LIMIT 0`, params)).columns;
    },
    async query(sql: string, params: SqlValue[]) {
      return (await run(sql, params)).rows;
    },
    async close() {
      // Each statement is its own HTTP exchange; nothing stays open.
    },
  };
}
