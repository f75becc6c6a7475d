import { UserError } from '@mlship/core';
import { bigqueryDialect } from './bigquery-dialect';
import { parseConnectionUrl, serverLabel } from './connection-url';
import type { SqlValue } from './dialect';
import { requireDriver } from './driver';
import { plainValue, type SqlEngine, type SqlRow } from './engine';

/** The client release the tool cache installs (Google's maintained Node client). */
export const BIGQUERY_DRIVER = { name: '@google-cloud/bigquery', version: '9.3.0', engine: 'bigquery' };

export const BIGQUERY_FORM = 'bigquery://<project>[/<dataset>][?location=<location>] (credentials from GOOGLE_APPLICATION_CREDENTIALS or the runner\'s workload identity)';

export interface BigqueryConnection {
  projectId: string;
  /** The default dataset: `table` may then be named without it. */
  dataset?: string;
  location?: string;
  label: string;
}

/** bigquery://project[/dataset][?location=EU]; credentials never in the string. */
export function parseBigqueryConnection(connection: string): BigqueryConnection {
  const u = parseConnectionUrl('bigquery', connection, BIGQUERY_FORM, ['location']);
  const fail = (why: string) => new UserError(`connection: ${why}`, { where: 'engine bigquery', hint: `Give connection as ${BIGQUERY_FORM}.` });
  if (u.user || u.password) throw fail('holds credentials; BigQuery reads them from GOOGLE_APPLICATION_CREDENTIALS (a service account key file or workload identity federation)');
  if (u.port) throw fail('names a port; the host part is the Google Cloud project');
  if (u.path.length > 1) throw fail(`has ${u.path.length} path parts; give at most one, the default dataset`);
  if ('location' in u.options && !u.options.location) throw fail('location is empty');
  return { projectId: u.host, ...(u.path[0] ? { dataset: u.path[0] } : {}), ...(u.options.location ? { location: u.options.location } : {}), label: serverLabel('bigquery', u.host, u.path) };
}

/** The part of @google-cloud/bigquery the engine uses. */
interface QueryOptions {
  query: string;
  params?: Record<string, SqlValue>;
  types?: Record<string, string>;
  parameterMode?: 'named';
  location?: string;
  defaultDataset?: { projectId: string; datasetId: string };
  dryRun?: boolean;
  labels?: Record<string, string>;
}
interface SchemaField {
  name: string;
  type: string;
  mode?: string;
}
interface BigQueryClient {
  createQueryJob(o: QueryOptions): Promise<[{ metadata: { statistics?: { query?: { schema?: { fields?: SchemaField[] } } } } }]>;
  query(o: QueryOptions): Promise<[Record<string, unknown>[]]>;
}
interface BigQueryModule {
  BigQuery: new (o: { projectId: string; location?: string; userAgent?: string }) => BigQueryClient;
}

const TYPE = { number: 'FLOAT64', string: 'STRING', boolean: 'BOOL' } as const;

/** @p1, @p2 … with explicit types: the compiler binds doubles, text and booleans only, and an integer-looking number is still a FLOAT64. */
function bound(params: SqlValue[]): Pick<QueryOptions, 'params' | 'types' | 'parameterMode'> {
  if (!params.length) return {};
  const names = params.map((_, i) => `p${i + 1}`);
  return {
    parameterMode: 'named',
    params: Object.fromEntries(names.map((n, i) => [n, params[i]!])),
    types: Object.fromEntries(names.map((n, i) => [n, TYPE[typeof params[i] as keyof typeof TYPE]])),
  };
}

/**
 * A value as the local reader has it. The client wraps NUMERIC and BIGNUMERIC
 * in big.js' Big, TIMESTAMP, DATETIME and DATE in objects holding their text
 * (BigQueryTimestamp …): the checks compare numbers, and times as epoch
 * milliseconds (a DATETIME as UTC), with the microseconds kept as a fraction.
 */
export function bigqueryValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(bigqueryValue);
  if (v === null || typeof v !== 'object') return plainValue(v);
  const name = v.constructor?.name;
  if (name === 'Big') return Number(String(v));
  if ((name === 'BigQueryTimestamp' || name === 'BigQueryDatetime' || name === 'BigQueryDate') && typeof (v as { value?: unknown }).value === 'string') {
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec((v as { value: string }).value);
    if (!m) throw new Error(`unreadable ${name} ${(v as { value: string }).value}`);
    const ms = Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}${m[4] ?? 'Z'}`);
    return ms + (m[3] ? Number(`0.${m[3]}`) * 1000 : 0);
  }
  return v;
}

const bigqueryRow = (row: Record<string, unknown>): SqlRow => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, bigqueryValue(v)]));

/**
 * BigQuery through @google-cloud/bigquery, loaded only when this engine is
 * chosen. Columns are described by a dry run (the job's result schema, no
 * bytes billed); every statement is a query job. BigQuery has no read-only
 * session: a `query` only ever runs as a subquery, which cannot change data.
 * The client has no connection to open and finds credentials only at its
 * first request, so a dry run of `SELECT 1` says whether the runner has
 * credentials and a route to BigQuery, before any check.
 */
export async function connectBigquery(connection: string, log: (line: string) => void): Promise<SqlEngine> {
  const c = parseBigqueryConnection(connection);
  const { BigQuery } = await requireDriver<BigQueryModule>(BIGQUERY_DRIVER, log);
  const client = new BigQuery({ projectId: c.projectId, ...(c.location ? { location: c.location } : {}), userAgent: 'mlship-validate-data' });
  const common = {
    ...(c.location ? { location: c.location } : {}),
    ...(c.dataset ? { defaultDataset: { projectId: c.projectId, datasetId: c.dataset } } : {}),
    labels: { tool: 'mlship' },
  };
  try {
    await client.createQueryJob({ query: 'SELECT 1', ...common, dryRun: true });
  } catch (e) {
    throw new UserError(`engine bigquery cannot connect to ${c.label}: ${(e as Error).message.split('\n')[0]}`, {
      hint: 'Give the runner credentials (google-github-actions/auth sets GOOGLE_APPLICATION_CREDENTIALS) that may run jobs in the project.',
    });
  }
  return {
    dialect: bigqueryDialect,
    async describe(from: string, params: SqlValue[]) {
      const [job] = await client.createQueryJob({ query: `SELECT * FROM ${from}`, ...bound(params), ...common, dryRun: true });
      const fields = job.metadata.statistics?.query?.schema?.fields;
      if (!fields) throw new Error('the dry run returned no schema');
      return fields.map((f) => ({ name: f.name, type: f.mode === 'REPEATED' ? `ARRAY<${f.type}>` : f.type }));
    },
    async query(sql: string, params: SqlValue[]) {
      const [rows] = await client.query({ query: sql, ...bound(params), ...common });
      return rows.map(bigqueryRow);
    },
    async close() {
      // The client holds no connection: each statement is its own HTTPS request.
    },
  };
}
