import type { DuckDBConnection } from '@duckdb/node-api';
import { openVendorDuckdb, runVendor, type WireValue } from './warehouse-double';

/**
 * A test double of `@google-cloud/bigquery` (the module the bigquery engine
 * loads), not Google's code. It follows the client's documented API as of
 * 7.x–9.x:
 * - `new BigQuery({ projectId, location, userAgent })`; `query(options)`
 *   resolving to `[rows]`; `createQueryJob(options)` resolving to `[job]`,
 *   whose `metadata.statistics.query.schema.fields` holds the result schema
 *   of a dry run (`dryRun: true`), with the REST API's legacy type names
 *   (INTEGER, FLOAT, BOOLEAN, RECORD; mode REPEATED for arrays).
 * - Query parameters: `params` as an object (named, `@name`) or an array
 *   (positional, `?`), `types` beside them in the same shape; a value without
 *   a type takes the type the client infers (a whole number INT64, another
 *   number FLOAT64, text STRING, a boolean BOOL). Values travel as text and
 *   are parsed by the server per type; a marker without a value fails as
 *   "Query parameter 'p3' not found".
 * - `defaultDataset` resolves unqualified table names; `location` and
 *   `labels` are recorded.
 * - Rows as the client's mergeSchemaWithRows_ gives them: INT64 as a number
 *   (an error past Number.MAX_SAFE_INTEGER, as without `wrapIntegers`),
 *   FLOAT64 as a number (NaN and ±Infinity included), NUMERIC and BIGNUMERIC
 *   as `Big` objects (big.js), TIMESTAMP as `BigQueryTimestamp`, DATE as
 *   `BigQueryDate`, DATETIME as `BigQueryDatetime` (each holding `value`
 *   text), BOOL as a boolean, arrays as arrays.
 * - Failures as google-auth-library and gaxios word them: no credentials,
 *   and a host that cannot be reached.
 * What it does not implement: the SQL is run by DuckDB after translation
 * (vendor-sql.ts), so GoogleSQL's own semantics are not reproduced;
 * APPROX_QUANTILES is answered exactly; jobs, pagination, retries, the
 * Storage Read API and STRUCT/RECORD results are not implemented.
 */

/** big.js' Big, as far as a reader of results sees it: the decimal text, toString, toNumber, toJSON. */
export class Big {
  constructor(private readonly text: string) {}
  toString(): string {
    return this.text;
  }
  toNumber(): number {
    return Number(this.text);
  }
  toJSON(): string {
    return this.text;
  }
}
export class BigQueryTimestamp {
  constructor(readonly value: string) {}
}
export class BigQueryDate {
  constructor(readonly value: string) {}
}
export class BigQueryDatetime {
  constructor(readonly value: string) {}
}

type Param = number | string | boolean;
interface QueryOptions {
  query: string;
  params?: Record<string, Param> | Param[];
  types?: Record<string, string> | string[];
  parameterMode?: string;
  location?: string;
  defaultDataset?: { projectId: string; datasetId: string };
  dryRun?: boolean;
  labels?: Record<string, string>;
}
interface Field {
  name: string;
  type: string;
  mode: 'NULLABLE' | 'REPEATED';
}

export interface BigqueryDouble {
  module: { BigQuery: new (o: { projectId: string; location?: string; userAgent?: string }) => unknown };
  db: DuckDBConnection;
  /** Every request, with the parameters as the client sent them (name, type, value text). */
  requests: { options: QueryOptions; parameters: { name: string; type: string; value: string }[] }[];
  clients: { projectId: string; location?: string; userAgent?: string }[];
  /** What the next requests fail with, as the client reports it. */
  failure?: 'no credentials' | 'unreachable';
  close(): void;
}

/** The REST schema's name for a DuckDB result type. */
function field(name: string, duck: string): Field {
  const list = /^(.*)\[\]$/.exec(duck);
  if (list) return { ...field(name, list[1]!), mode: 'REPEATED' };
  const t = /^(BIGINT|INTEGER|HUGEINT|SMALLINT|TINYINT|UBIGINT|UINTEGER)$/.test(duck) ? 'INTEGER' : /^(DOUBLE|FLOAT)$/.test(duck) ? 'FLOAT' : duck.startsWith('DECIMAL') ? 'NUMERIC' : duck === 'BOOLEAN' ? 'BOOLEAN' : duck === 'TIMESTAMP WITH TIME ZONE' ? 'TIMESTAMP' : duck === 'TIMESTAMP' ? 'TIMESTAMP' : duck === 'DATE' ? 'DATE' : duck === 'BLOB' ? 'BYTES' : 'STRING';
  return { name, type: t, mode: 'NULLABLE' };
}

/** A wire value as the client converts it for its schema field. */
function convert(f: Field, v: WireValue): unknown {
  if (v === null) return null;
  if (f.mode === 'REPEATED') return (v as WireValue[]).map((x) => convert({ ...f, mode: 'NULLABLE' }, x));
  const text = String(v);
  switch (f.type) {
    case 'INTEGER': {
      const n = Number(text);
      if (!Number.isSafeInteger(n)) throw new Error(`We attempted to return all of the numeric values, but ${f.name} value ${text} is out of bounds of 'Number.MAX_SAFE_INTEGER'.`);
      return n;
    }
    case 'FLOAT':
      return Number(text);
    case 'NUMERIC':
      return new Big(text);
    case 'BOOLEAN':
      return text === 'true';
    case 'TIMESTAMP':
      return new BigQueryTimestamp(`${text.replace(' ', 'T')}Z`);
    case 'DATE':
      return new BigQueryDate(text);
    default:
      return text;
  }
}

const inferred = (v: Param) => (typeof v === 'number' ? (Number.isInteger(v) ? 'INT64' : 'FLOAT64') : typeof v === 'boolean' ? 'BOOL' : 'STRING');

/** A parameter's text parsed by the server for its type. */
function serverValue(name: string, type: string, text: string): Param {
  if (type === 'FLOAT64') {
    const n = Number(text);
    if (text.trim() === '' || (Number.isNaN(n) && text !== 'NaN')) throw new Error(`Invalid FLOAT64 value: ${text} for query parameter ${name}`);
    return n;
  }
  if (type === 'INT64') {
    if (!/^-?\d+$/.test(text)) throw new Error(`Invalid INT64 value: ${text} for query parameter ${name}`);
    return Number(text);
  }
  if (type === 'BOOL') return text === 'true';
  if (type === 'STRING') return text;
  throw new Error(`Unsupported query parameter type ${type} for ${name}`);
}

export async function startBigqueryDouble(): Promise<BigqueryDouble> {
  const { db, close } = await openVendorDuckdb('bigquery');
  const double: BigqueryDouble = { module: undefined as never, db, requests: [], clients: [], close };

  async function execute(o: QueryOptions): Promise<{ fields: Field[]; rows: Record<string, unknown>[] }> {
    if (double.failure === 'no credentials') throw new Error('Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.');
    if (double.failure === 'unreachable') throw Object.assign(new Error('request to https://bigquery.googleapis.com/bigquery/v2/projects/p/queries failed, reason: getaddrinfo ENOTFOUND bigquery.googleapis.com'), { code: 'ENOTFOUND' });
    const named = o.params !== undefined && !Array.isArray(o.params);
    if (o.types !== undefined && Array.isArray(o.types) === named) throw new Error('Provided types must match the value type passed to `params`');
    const entries: [string, Param][] = o.params === undefined ? [] : Array.isArray(o.params) ? o.params.map((v, i) => [String(i), v]) : Object.entries(o.params);
    const parameters = entries.map(([name, v]) => ({ name, type: (o.types as Record<string, string> | undefined)?.[name] ?? inferred(v), value: String(v) }));
    double.requests.push({ options: o, parameters });
    if (!named && entries.length) throw new Error('the double answers named parameters only (the engine binds @p1 …)');
    const values = Object.fromEntries(parameters.map((p) => [p.name, serverValue(p.name, p.type, p.value)]));
    if (o.defaultDataset) await db.run(`USE "${o.defaultDataset.datasetId.replaceAll('"', '""')}"`);
    const result = await runVendor(db, 'bigquery', o.query, values, (m) => new Error(`Query parameter '${m}' not found at [1:1]`));
    const fields = result.columns.map((c) => field(c.name, c.type));
    return { fields, rows: o.dryRun ? [] : result.rows.map((r) => Object.fromEntries(fields.map((f, i) => [f.name, convert(f, r[i]!)]))) };
  }

  class BigQuery {
    constructor(o: { projectId: string; location?: string; userAgent?: string }) {
      double.clients.push(o);
    }
    async query(o: QueryOptions): Promise<[Record<string, unknown>[]]> {
      if (o.dryRun) throw new Error('query() runs a job; a dry run goes through createQueryJob()');
      return [(await execute(o)).rows];
    }
    async createQueryJob(o: QueryOptions) {
      const { fields } = await execute(o);
      return [{ id: o.dryRun ? undefined : 'job_1', metadata: { statistics: { query: { schema: { fields } } } } }];
    }
  }
  double.module = { BigQuery };
  return double;
}
