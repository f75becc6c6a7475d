import type { DuckDBConnection } from '@duckdb/node-api';
import { openVendorDuckdb, runVendor, type WireValue } from './warehouse-double';

/**
 * A test double of `snowflake-sdk` (the module the snowflake engine loads),
 * not Snowflake's code. It follows the driver's documented API (1.x–2.x):
 * - `configure({ logLevel, additionalLogToConsole })`;
 *   `createConnection(options)` (account, username, password or
 *   authenticator SNOWFLAKE_JWT with privateKeyPath, database, schema,
 *   warehouse, role, application); `connectAsync()`; `destroy(callback)`.
 * - `execute({ sqlText, binds, describeOnly, complete })`: binds are an
 *   array bound to :1, :2 … (or ?) in order; a marker without a bind fails
 *   with "Bind variable :3 not set."; `complete(err, stmt, rows)`, where
 *   `stmt.getColumns()` gives columns with getName(), getType() (the
 *   driver's lower-case names: fixed, real, text, boolean, date,
 *   timestamp_ntz, array), getPrecision(), getScale(); describeOnly answers
 *   the columns and no rows.
 * - Rows keyed by column name, with Snowflake's casing: a name written
 *   without quotes comes back upper-cased. Values arrive as text, as on the
 *   wire, and are converted as the driver's column.js does: NUMBER (fixed)
 *   and FLOAT (real) with Number(text), BOOLEAN from "1"/"0", ARRAY and
 *   VARIANT parsed as JSON, DATE and TIMESTAMP_NTZ as Dates in UTC, text as
 *   is.
 * - Failures as the driver words them: code 390100 "Incorrect username or
 *   password was specified." and a NetworkError "Network error. Could not
 *   reach Snowflake." (code 401001).
 * What it does not implement: the SQL is run by DuckDB after translation
 * (vendor-sql.ts); REGEXP_INSTR uses RE2 rather than POSIX; result chunks,
 * streaming, fetchAsString, multi-statement execution and key-pair login
 * (which it only records) are not implemented.
 */
interface Column {
  getName(): string;
  getType(): string;
  getPrecision(): number;
  getScale(): number;
}
type Complete = (err: Error | undefined, stmt: { getColumns(): Column[] | undefined; getSqlText(): string }, rows: Record<string, unknown>[] | undefined) => void;
type Bind = number | string | boolean;

export interface SnowflakeDouble {
  module: { configure(o: object): void; createConnection(o: Record<string, unknown>): unknown };
  db: DuckDBConnection;
  /** The password the double accepts. */
  password: string;
  configured: object[];
  connections: Record<string, unknown>[];
  executions: { sqlText: string; binds?: Bind[]; describeOnly?: boolean }[];
  unreachable?: boolean;
  close(): void;
}

/** The driver's column type, precision and scale for a DuckDB result type. */
function columnOf(name: string, duck: string): Column {
  const decimal = /^DECIMAL\((\d+),(\d+)\)$/.exec(duck);
  const [type, precision, scale] = /^(BIGINT|INTEGER|HUGEINT|SMALLINT|TINYINT|UBIGINT)$/.test(duck)
    ? ['fixed', 38, 0]
    : decimal
      ? ['fixed', Number(decimal[1]), Number(decimal[2])]
      : /^(DOUBLE|FLOAT)$/.test(duck)
        ? ['real', 0, 0]
        : duck === 'BOOLEAN'
          ? ['boolean', 0, 0]
          : duck === 'DATE'
            ? ['date', 0, 0]
            : duck === 'TIMESTAMP'
              ? ['timestamp_ntz', 0, 9]
              : duck.endsWith('[]')
                ? ['array', 0, 0]
                : ['text', 0, 0];
  return { getName: () => name, getType: () => type as string, getPrecision: () => precision as number, getScale: () => scale as number };
}

/** The text Snowflake sends for a value of this column type. */
function wireText(type: string, v: WireValue): string | null {
  if (v === null) return null;
  if (type === 'boolean') return v === true || v === 'true' ? '1' : '0';
  if (type === 'array') return JSON.stringify((v as WireValue[]).map((x) => (x === null ? null : typeof x === 'boolean' ? x : Number.isFinite(Number(x)) ? Number(x) : x)));
  return String(v);
}

/** column.js: the driver's conversion of that text. */
function convert(type: string, text: string | null): unknown {
  if (text === null) return null;
  if (type === 'fixed' || type === 'real') return Number(text);
  if (type === 'boolean') return text === '1' || text === 'TRUE';
  if (type === 'array') return JSON.parse(text);
  if (type === 'date') return new Date(`${text}T00:00:00Z`);
  if (type === 'timestamp_ntz') return new Date(`${text.replace(' ', 'T')}Z`);
  return text;
}

export async function startSnowflakeDouble(o: { password: string }): Promise<SnowflakeDouble> {
  const { db, close } = await openVendorDuckdb('snowflake');
  const double: SnowflakeDouble = { module: undefined as never, db, password: o.password, configured: [], connections: [], executions: [], close };

  class Connection {
    private up = false;
    constructor(private readonly options: Record<string, unknown>) {}
    async connectAsync(): Promise<Connection> {
      if (double.unreachable) throw Object.assign(new Error('Network error. Could not reach Snowflake.'), { name: 'NetworkError', code: 401001 });
      if (!this.options.account || !this.options.username) throw Object.assign(new Error('A user name must be specified.'), { code: 404003 });
      if (this.options.authenticator !== 'SNOWFLAKE_JWT' && this.options.password !== double.password) throw Object.assign(new Error('Incorrect username or password was specified.'), { name: 'OperationFailedError', code: 390100 });
      this.up = true;
      return this;
    }
    execute(x: { sqlText: string; binds?: Bind[]; describeOnly?: boolean; complete: Complete }): void {
      double.executions.push({ sqlText: x.sqlText, ...(x.binds ? { binds: x.binds } : {}), ...(x.describeOnly ? { describeOnly: true } : {}) });
      void (async () => {
        if (!this.up) throw new Error('Unable to perform operation using terminated connection.');
        const quote = (s: unknown) => `"${String(s).replaceAll('"', '""')}"`;
        await db.run(`USE ${quote(this.options.database)}.${quote(this.options.schema)}`);
        const values = Object.fromEntries((x.binds ?? []).map((v, i) => [String(i + 1), v]));
        const r = await runVendor(db, 'snowflake', x.sqlText, values, (m) => new Error(`SQL compilation error:\nBind variable :${m} not set.`));
        const columns = r.columns.map((c) => columnOf(r.unquotedAliases.has(c.name) ? c.name.toUpperCase() : c.name, c.type));
        const rows = x.describeOnly ? undefined : r.rows.map((row) => Object.fromEntries(columns.map((c, i) => [c.getName(), convert(c.getType(), wireText(c.getType(), row[i]!))])));
        return { columns, rows };
      })().then(
        ({ columns, rows }) => x.complete(undefined, { getColumns: () => columns, getSqlText: () => x.sqlText }, rows),
        (e: Error) => x.complete(Object.assign(new Error(e.message), { code: '002003', sqlState: '42S02' }), { getColumns: () => undefined, getSqlText: () => x.sqlText }, undefined),
      );
    }
    destroy(done: (err: Error | undefined) => void): void {
      this.up = false;
      done(undefined);
    }
  }
  double.module = {
    configure: (c: object) => void double.configured.push(c),
    createConnection: (options: Record<string, unknown>) => {
      double.connections.push(options);
      return new Connection(options);
    },
  };
  return double;
}
