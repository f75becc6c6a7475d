import type { DuckDBConnection } from '@duckdb/node-api';
import { openVendorDuckdb, runVendor, type WireValue } from './warehouse-double';

/**
 * A test double of `@databricks/sql` (the module the databricks engine
 * loads), not Databricks' code. It follows the driver's documented API
 * (1.x–2.x):
 * - `new DBSQLClient({ logger })`, `connect({ host, path, token })`
 *   resolving to the client, `openSession({ initialCatalog, initialSchema })`,
 *   `close()`; `DBSQLLogger({ level })`; `DBSQLParameter({ type, value })`
 *   (types named as DBSQLParameterType: DOUBLE, STRING, BOOLEAN, INTEGER …);
 *   `thrift.TCLIService_types.TTypeId`, the Thrift type ids both ways.
 * - `session.executeStatement(sql, { runAsync, namedParameters,
 *   ordinalParameters })`: named parameters bind `:name` markers, ordinal ones
 *   `?`; both at once is the driver's ParameterError. A value that is not a
 *   DBSQLParameter takes the type the driver infers (an integer INTEGER,
 *   another number DOUBLE, text STRING, a boolean BOOLEAN). Values travel as
 *   text (TSparkParameterValue.stringValue) and are parsed by the server per
 *   type; an unbound marker fails as UNBOUND_SQL_PARAMETER.
 * - The operation: `fetchAll()`, rows keyed by column name with values as
 *   the Thrift result handler converts them (utils.ts convertThriftValue):
 *   BIGINT (node-int64) and DECIMAL as numbers, ARRAY, MAP and STRUCT parsed
 *   from JSON text, TIMESTAMP and DATE as text; `getSchema()`, the
 *   TTableSchema (columns with columnName, position and typeDesc.types[0]
 *   primitiveEntry or arrayEntry); `close()`.
 * - `SET TIME ZONE 'UTC'` sets the session's time zone (recorded).
 * - Failures as the driver reports them: a refused token (the Thrift HTTP
 *   status error) and a host that cannot be reached.
 * What it does not implement: the SQL is run by DuckDB after translation
 * (vendor-sql.ts); RLIKE uses RE2 rather than Java's regex; Arrow and
 * CloudFetch results, direct results, OAuth, staging and metadata calls
 * (getTables …) are not implemented.
 */
const TYPE_IDS = ['BOOLEAN_TYPE', 'TINYINT_TYPE', 'SMALLINT_TYPE', 'INT_TYPE', 'BIGINT_TYPE', 'FLOAT_TYPE', 'DOUBLE_TYPE', 'STRING_TYPE', 'TIMESTAMP_TYPE', 'BINARY_TYPE', 'ARRAY_TYPE', 'MAP_TYPE', 'STRUCT_TYPE', 'UNION_TYPE', 'USER_DEFINED_TYPE', 'DECIMAL_TYPE', 'NULL_TYPE', 'DATE_TYPE', 'VARCHAR_TYPE', 'CHAR_TYPE', 'INTERVAL_YEAR_MONTH_TYPE', 'INTERVAL_DAY_TIME_TYPE'];
const TTypeId: Record<string | number, string | number> = Object.fromEntries(TYPE_IDS.flatMap((n, i) => [[n, i], [i, n]]));

type ParamValue = number | string | boolean | null;
export class DBSQLParameter {
  readonly type?: string;
  readonly value: ParamValue;
  constructor(o: { type?: string; value: ParamValue }) {
    this.type = o.type;
    this.value = o.value;
  }
  /** As toSparkParameter: the type (given or inferred) and the value as text. */
  toSpark(): { type?: string; stringValue?: string } {
    if (this.value === null || this.type === 'VOID') return {};
    if (typeof this.value === 'boolean') return { type: this.type ?? 'BOOLEAN', stringValue: this.value ? 'TRUE' : 'FALSE' };
    if (typeof this.value === 'number') return { type: this.type ?? (Number.isInteger(this.value) ? 'INTEGER' : 'DOUBLE'), stringValue: Number(this.value).toString() };
    return { type: this.type ?? 'STRING', stringValue: this.value };
  }
}

interface ColumnDesc {
  columnName: string;
  position: number;
  typeDesc: { types: { primitiveEntry?: { type: number }; arrayEntry?: { objectTypePtr: number } }[] };
}

export interface DatabricksDouble {
  module: { DBSQLClient: unknown; DBSQLLogger: unknown; DBSQLParameter: typeof DBSQLParameter; thrift: { TCLIService_types: { TTypeId: typeof TTypeId } } };
  db: DuckDBConnection;
  token: string;
  connects: { host: string; path: string; token: string; userAgentEntry?: string }[];
  sessions: { initialCatalog?: string; initialSchema?: string; timeZone?: string }[];
  /** Every statement with its parameters as they went over the wire. */
  statements: { sql: string; parameters: Record<string, { type?: string; stringValue?: string }>; runAsync?: boolean }[];
  unreachable?: boolean;
  close(): void;
}

function describeColumn(name: string, duck: string, position: number): ColumnDesc {
  if (duck.endsWith('[]')) return { columnName: name, position, typeDesc: { types: [{ arrayEntry: { objectTypePtr: 1 } }, { primitiveEntry: { type: TTypeId[duckTypeId(duck.slice(0, -2))] as number } }] } };
  return { columnName: name, position, typeDesc: { types: [{ primitiveEntry: { type: TTypeId[duckTypeId(duck)] as number } }] } };
}
function duckTypeId(duck: string): string {
  if (duck === 'BIGINT' || duck === 'HUGEINT' || duck === 'UBIGINT') return 'BIGINT_TYPE';
  if (duck === 'INTEGER') return 'INT_TYPE';
  if (duck === 'SMALLINT') return 'SMALLINT_TYPE';
  if (duck === 'TINYINT') return 'TINYINT_TYPE';
  if (duck === 'DOUBLE') return 'DOUBLE_TYPE';
  if (duck === 'FLOAT') return 'FLOAT_TYPE';
  if (duck.startsWith('DECIMAL')) return 'DECIMAL_TYPE';
  if (duck === 'BOOLEAN') return 'BOOLEAN_TYPE';
  if (duck === 'TIMESTAMP') return 'TIMESTAMP_TYPE';
  if (duck === 'DATE') return 'DATE_TYPE';
  if (duck === 'BLOB') return 'BINARY_TYPE';
  return 'STRING_TYPE';
}

/** convertThriftValue: the wire value (Thrift columns carry native numbers, Int64 and text) as the driver hands it back. */
function convert(col: ColumnDesc, v: WireValue): unknown {
  if (v === null) return null;
  if (col.typeDesc.types[0]!.arrayEntry) {
    // Complex values travel as JSON text; the driver parses them, [] when it cannot.
    const json = JSON.stringify(v as WireValue[]).replace(/"(-?[\d.e+-]+|NaN|-?Infinity)"/g, '$1');
    try {
      return JSON.parse(json);
    } catch {
      return [];
    }
  }
  switch (TTypeId[col.typeDesc.types[0]!.primitiveEntry!.type]) {
    case 'BIGINT_TYPE':
    case 'INT_TYPE':
    case 'SMALLINT_TYPE':
    case 'TINYINT_TYPE':
    case 'DOUBLE_TYPE':
    case 'FLOAT_TYPE':
    case 'DECIMAL_TYPE':
      return Number(v);
    case 'BOOLEAN_TYPE':
      return v === true || v === 'true';
    default:
      return String(v);
  }
}

/** The server's reading of a parameter's text for its type. */
function serverValue(name: string, p: { type?: string; stringValue?: string }): ParamValue {
  if (p.stringValue === undefined) return null;
  if (p.type === 'DOUBLE' || p.type === 'FLOAT' || p.type === 'DECIMAL') {
    const n = Number(p.stringValue);
    if (Number.isNaN(n) && p.stringValue !== 'NaN') throw new Error(`[INVALID_PARAMETER_VALUE] The value of parameter ${name} is invalid: ${p.stringValue}`);
    return n;
  }
  if (p.type === 'INTEGER' || p.type === 'BIGINT' || p.type === 'SMALLINT' || p.type === 'TINYINT') return Number(p.stringValue);
  if (p.type === 'BOOLEAN') return p.stringValue === 'TRUE';
  if (p.type === 'STRING') return p.stringValue;
  throw new Error(`[INVALID_PARAMETER_VALUE] parameter ${name} has type ${p.type}, which the double does not bind`);
}

export async function startDatabricksDouble(o: { token: string }): Promise<DatabricksDouble> {
  const { db, close } = await openVendorDuckdb('databricks');
  const double: DatabricksDouble = { module: undefined as never, db, token: o.token, connects: [], sessions: [], statements: [], close };

  class Operation {
    constructor(
      private readonly columns: ColumnDesc[],
      private readonly rows: WireValue[][],
    ) {}
    async fetchAll(): Promise<object[]> {
      return this.rows.map((r) => Object.fromEntries(this.columns.map((c, i) => [c.columnName, convert(c, r[i]!)])));
    }
    async getSchema() {
      return { columns: this.columns };
    }
    async close() {
      return { status: 'SUCCESS_STATUS' };
    }
  }

  class Session {
    constructor(private readonly state: { initialCatalog?: string; initialSchema?: string; timeZone?: string }) {}
    async executeStatement(sql: string, x: { runAsync?: boolean; namedParameters?: Record<string, unknown>; ordinalParameters?: unknown[] } = {}): Promise<Operation> {
      if (x.namedParameters !== undefined && x.ordinalParameters !== undefined) throw new Error('Driver does not support both ordinal and named parameters.');
      const spark = (v: unknown) => (v instanceof DBSQLParameter ? v : new DBSQLParameter({ value: v as ParamValue })).toSpark();
      const parameters = Object.fromEntries(Object.entries(x.namedParameters ?? {}).map(([k, v]) => [k, spark(v)]));
      double.statements.push({ sql, parameters, ...(x.runAsync !== undefined ? { runAsync: x.runAsync } : {}) });
      if (x.ordinalParameters !== undefined) throw new Error('the double answers named parameters only (the engine binds :p1 …)');
      const tz = /^\s*SET\s+TIME\s+ZONE\s+'([^']*)'\s*$/i.exec(sql);
      if (tz) {
        this.state.timeZone = tz[1];
        return new Operation([], []);
      }
      const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
      if (this.state.initialCatalog && this.state.initialSchema) await db.run(`USE ${quote(this.state.initialCatalog)}.${quote(this.state.initialSchema)}`);
      const values = Object.fromEntries(Object.entries(parameters).map(([k, p]) => [k, serverValue(k, p)]));
      const r = await runVendor(db, 'databricks', sql, values, (m) => new Error(`[UNBOUND_SQL_PARAMETER] Found the unbound parameter: ${m}. Please, fix \`args\` and provide a mapping of the parameter to either a SQL literal or collection constructor functions such as \`map()\`, \`array()\`, \`struct()\`. SQLSTATE: 42P02`));
      return new Operation(r.columns.map((c, i) => describeColumn(c.name, c.type, i + 1)), r.rows);
    }
    async close() {
      return { status: 'SUCCESS_STATUS' };
    }
  }

  class DBSQLClient {
    constructor(readonly options: { logger?: unknown } = {}) {}
    async connect(c: { host: string; path: string; token: string; userAgentEntry?: string }): Promise<DBSQLClient> {
      double.connects.push(c);
      if (double.unreachable) throw Object.assign(new Error(`request to https://${c.host}${c.path} failed, reason: getaddrinfo ENOTFOUND ${c.host}`), { code: 'ENOTFOUND' });
      return this;
    }
    async openSession(s: { initialCatalog?: string; initialSchema?: string } = {}): Promise<Session> {
      const token = double.connects.at(-1)?.token;
      // The driver's first Thrift call is OpenSession: a refused token is its HTTP status.
      if (token !== double.token) throw new Error('Received a response with a bad HTTP status code: 403');
      const state = { ...s };
      double.sessions.push(state);
      return new Session(state);
    }
    async close() {}
  }
  class DBSQLLogger {
    constructor(readonly options: { level?: string } = {}) {}
  }
  double.module = { DBSQLClient, DBSQLLogger, DBSQLParameter, thrift: { TCLIService_types: { TTypeId } } };
  return double;
}
