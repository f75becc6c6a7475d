import { UserError } from '@mlship/core';
import { parseConnectionUrl, serverLabel } from './connection-url';
import type { SqlValue } from './dialect';
import { requireDriver } from './driver';
import { plainRow, type SqlEngine, type SqlRow } from './engine';
import { snowflakeDialect } from './snowflake-dialect';

/** The client release the tool cache installs (Snowflake's maintained Node driver). */
export const SNOWFLAKE_DRIVER = { name: 'snowflake-sdk', version: '3.4.1', engine: 'snowflake' };

const CONNECT_TIMEOUT_S = 60;

export const SNOWFLAKE_FORM = 'snowflake://<user>:<password>@<account>/<database>/<schema>?warehouse=<warehouse>&role=<role> (or ?private_key_file=<path> instead of a password)';

export interface SnowflakeConnection {
  account: string;
  username: string;
  password?: string;
  privateKeyPath?: string;
  database: string;
  schema: string;
  warehouse?: string;
  role?: string;
  label: string;
}

/** snowflake://user:password@account/database/schema?warehouse=…&role=… (key-pair: ?private_key_file=… instead of the password). */
export function parseSnowflakeConnection(connection: string): SnowflakeConnection {
  const u = parseConnectionUrl('snowflake', connection, SNOWFLAKE_FORM, ['warehouse', 'role', 'private_key_file']);
  const fail = (why: string) => new UserError(`connection: ${why}`, { where: 'engine snowflake', hint: `Give connection as ${SNOWFLAKE_FORM}.` });
  if (!u.user) throw fail('names no user');
  if (u.port) throw fail('names a port; the host part is the account identifier (orgname-accountname)');
  if (u.password && u.options.private_key_file) throw fail('gives both a password and private_key_file; give one');
  if (!u.password && !u.options.private_key_file) throw fail('gives neither a password nor private_key_file');
  if (u.path.length !== 2) throw fail(`has ${u.path.length} path part${u.path.length === 1 ? '' : 's'}; give the database and the schema`);
  for (const key of ['warehouse', 'role', 'private_key_file'] as const) if (key in u.options && !u.options[key]) throw fail(`${key} is empty`);
  return {
    account: u.host,
    username: u.user,
    ...(u.password ? { password: u.password } : { privateKeyPath: u.options.private_key_file }),
    database: u.path[0]!,
    schema: u.path[1]!,
    ...(u.options.warehouse ? { warehouse: u.options.warehouse } : {}),
    ...(u.options.role ? { role: u.options.role } : {}),
    label: serverLabel('snowflake', u.host, u.path),
  };
}

/** The part of snowflake-sdk the engine uses. */
interface Column {
  getName(): string;
  getType(): string;
  getPrecision(): number;
  getScale(): number;
}
interface Statement {
  getColumns(): Column[] | undefined;
}
interface Connection {
  connectAsync(): Promise<Connection>;
  execute(o: { sqlText: string; binds?: SqlValue[]; describeOnly?: boolean; complete: (err: Error | undefined, stmt: Statement, rows: Record<string, unknown>[] | undefined) => void }): void;
  destroy(done: (err: Error | undefined) => void): void;
}
interface SnowflakeModule {
  configure(o: { logLevel?: string; additionalLogToConsole?: boolean }): void;
  createConnection(o: Record<string, string | boolean | undefined>): Connection;
}

/**
 * Snowflake through snowflake-sdk, loaded only when this engine is chosen.
 * Values are bound as :1, :2 … (the driver's binds). Columns are described
 * by a describe-only execution (its result metadata; nothing is scanned).
 * Snowflake has no read-only session: a `query` only ever runs as a
 * subquery, which cannot change data.
 */
export async function connectSnowflake(connection: string, log: (line: string) => void): Promise<SqlEngine> {
  const c = parseSnowflakeConnection(connection);
  const snowflake = await requireDriver<SnowflakeModule>(SNOWFLAKE_DRIVER, log);
  // The driver logs to the console and a file by default; errors reach the user through the statement that failed.
  snowflake.configure({ logLevel: 'OFF', additionalLogToConsole: false });
  const conn = snowflake.createConnection({
    account: c.account,
    username: c.username,
    ...(c.password ? { password: c.password } : { authenticator: 'SNOWFLAKE_JWT', privateKeyPath: c.privateKeyPath }),
    database: c.database,
    schema: c.schema,
    warehouse: c.warehouse,
    role: c.role,
    application: 'mlship',
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    // The driver retries a login for five minutes; a runner waits one.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${CONNECT_TIMEOUT_S} s`)), CONNECT_TIMEOUT_S * 1000);
    });
    await Promise.race([conn.connectAsync(), timeout]);
  } catch (e) {
    conn.destroy(() => {});
    throw new UserError(`engine snowflake cannot connect to ${c.label}: ${(e as Error).message.split('\n')[0]}`, { hint: `Check connection (${SNOWFLAKE_FORM}) and that the user may use the warehouse.` });
  } finally {
    clearTimeout(timer);
  }
  const execute = (sqlText: string, binds: SqlValue[], describeOnly = false) =>
    new Promise<{ stmt: Statement; rows: Record<string, unknown>[] }>((resolve, reject) =>
      conn.execute({ sqlText, ...(binds.length ? { binds } : {}), ...(describeOnly ? { describeOnly } : {}), complete: (err, stmt, rows) => (err ? reject(err) : resolve({ stmt, rows: rows ?? [] })) }),
    );
  return {
    dialect: snowflakeDialect,
    async describe(from: string, params: SqlValue[]) {
      const { stmt } = await execute(`SELECT * FROM ${from}`, params, true);
      return (stmt.getColumns() ?? []).map((col) => ({ name: col.getName(), type: col.getType() === 'fixed' ? `NUMBER(${col.getPrecision()},${col.getScale()})` : col.getType() }));
    },
    async query(sql: string, params: SqlValue[]) {
      const { rows } = await execute(sql, params);
      // Unquoted names come back upper-cased; the compiler's own output names are lower-case.
      return rows.map((r): SqlRow => plainRow(Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]))));
    },
    close: () => new Promise<void>((resolve) => conn.destroy(() => resolve())),
  };
}
