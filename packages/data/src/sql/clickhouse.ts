import { httpClientFor } from '@mlship/core/builtin';
import { UserError } from '@mlship/core';
import { clickhouseDialect, innerType, PARAM_TYPES, PARAMS_TABLE } from './clickhouse-dialect';
import type { SqlType, SqlValue } from './dialect';
import type { SqlEngine, SqlRow } from './engine';
import { serverOf } from './postgres';

const FIX = 'Check connection (clickhouse://user:password@host:8123/database, or an http:// or https:// URL of the HTTP interface) and that the server accepts this runner.';

/** Where the HTTP interface is and who to be: from clickhouse://user:password@host:8123/database (http://, https:// alike). */
export interface ClickhouseTarget {
  /** http(s)://host:port/, no credentials. */
  endpoint: string;
  database?: string;
  user?: string;
  password?: string;
}

export function clickhouseTarget(connection: string): ClickhouseTarget {
  let u: URL;
  try {
    u = new URL(connection);
  } catch {
    throw new UserError('connection is not a URL', { where: 'engine clickhouse', hint: FIX });
  }
  const scheme = u.protocol.replace(/:$/, '');
  if (!['clickhouse', 'http', 'https'].includes(scheme)) throw new UserError(`connection has scheme ${scheme}: engine clickhouse speaks to the HTTP interface (clickhouse://, http://, https://)`, { where: 'engine clickhouse', hint: FIX });
  if (u.search || u.hash) throw new UserError(`connection has ${u.search ? `a query string (${[...u.searchParams.keys()].join(', ')})` : 'a fragment'}, which engine clickhouse does not read`, { where: 'engine clickhouse', hint: 'Give the database as the path (/database) and nothing after it.' });
  const parts = u.pathname.split('/').filter(Boolean);
  if (parts.length > 1) throw new UserError(`connection's path ${u.pathname} names more than a database`, { where: 'engine clickhouse', hint: 'Give the database as the path (/database) and nothing after it.' });
  const port = u.port || (scheme === 'clickhouse' ? '8123' : '');
  const endpoint = `${scheme === 'https' ? 'https' : 'http'}://${u.hostname}${port ? `:${port}` : ''}/`;
  return {
    endpoint,
    ...(parts[0] ? { database: decodeURIComponent(parts[0]) } : {}),
    ...(u.username ? { user: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
  };
}

/**
 * ClickHouse's error text, first line, without what every message repeats: 18.x's
 * `Code: 60, e.displayText() = DB::Exception: …, e.what() = DB::Exception` and
 * current releases' `Code: 60. DB::Exception: …. (UNKNOWN_TABLE) (version 24.3…)`.
 */
export function clickhouseError(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line
    .replace(/, e\.what\(\) = DB::Exception$/, '')
    .replace(/ \(version .*\)$/, '')
    .replace(/^Code: (\d+)[,.] (e\.displayText\(\) = )?(DB::Exception: )?/, 'Code $1: ')
    .trim();
}

/** A bound value as one TSV field: ClickHouse's escapes for the characters that would end it. */
function tsvField(v: SqlValue): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'nan';
    if (!Number.isFinite(v)) return v > 0 ? 'inf' : '-inf';
    return String(v);
  }
  return v.replace(/[\\\t\n\r\0]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0' })[c]!);
}

const sqlTypeOf = (v: SqlValue): SqlType => (typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'text');

/** JSON output quotes 64-bit (and wider) integers so they survive JavaScript; the checks compare numbers (past 2^53 they round, as in the local reader). */
function reader(type: string): (v: unknown) => unknown {
  const t = innerType(type);
  const array = /^Array\((.*)\)$/s.exec(t);
  if (array) {
    const item = reader(array[1]!);
    return (v) => (Array.isArray(v) ? v.map(item) : v);
  }
  if (/^U?Int(64|128|256)$/.test(t) || t.startsWith('Decimal')) return (v) => (typeof v === 'string' ? Number(v) : v);
  return (v) => v;
}

/**
 * The names the compiled statements give their own results (statements.ts). ClickHouse
 * 18.x reads an alias wherever its name appears, a column's name included, so a column
 * named like one of them would be read as that result: refused, rather than counted wrong.
 */
const RESULT_NAMES = /^(rows|n|g|rn|groups|keys|unexpected|repeated_keys|distinct_rows|value|(c|mn|mx|av|sd|qs|ln|lx|dd|ad|q|b|f|k)\d+|mlship_.*)$/;

interface Compact {
  meta: { name: string; type: string }[];
  data: unknown[][];
}

/**
 * ClickHouse through its HTTP interface and Node's own HTTP client (no driver to install).
 * Every request carries readonly=1, so even a `query` cannot change data; bound
 * values travel as an external table (multipart/form-data), never in the SQL text.
 */
export async function connectClickhouse(connection: string): Promise<SqlEngine> {
  const target = clickhouseTarget(connection);
  const server = serverOf(connection);
  const headers: Record<string, string> = target.user !== undefined ? { Authorization: `Basic ${Buffer.from(`${target.user}:${target.password ?? ''}`).toString('base64')}` } : {};

  async function post(sql: string, params: SqlValue[], timeoutMs?: number): Promise<Compact> {
    const url = new URL(target.endpoint);
    // An account whose profile is read-only already accepts being told the same value.
    url.searchParams.set('readonly', '1');
    if (target.database) url.searchParams.set('database', target.database);
    let body: string | FormData = `${sql}\nFORMAT JSONCompact`;
    if (params.length) {
      url.searchParams.set(`${PARAMS_TABLE}_structure`, params.map((v, i) => `p${i + 1} ${PARAM_TYPES[sqlTypeOf(v)]}`).join(', '));
      url.searchParams.set(`${PARAMS_TABLE}_format`, 'TSV');
      const form = new FormData();
      form.append('query', body);
      form.append(PARAMS_TABLE, new Blob([`${params.map(tsvField).join('\t')}\n`]), PARAMS_TABLE);
      body = form;
    }
    const { status, text } = await send(url, headers, body, timeoutMs);
    if (status !== 200) throw new ServerError(status, clickhouseError(text) || `HTTP ${status}`);
    try {
      return JSON.parse(text) as Compact;
    } catch {
      // An error met after the first rows were sent comes at the end of a 200 response.
      const at = text.search(/Code: \d+[,.] /);
      throw new ServerError(status, at >= 0 ? clickhouseError(text.slice(at)) : `the server's answer is not JSON: ${text.slice(0, 200)}`);
    }
  }

  try {
    await post('SELECT 1 AS ok', [], 15_000);
  } catch (e) {
    const why = e instanceof ServerError && (e.status === 401 || e.status === 403 || /Code (192|193|194|516):/.test(e.message)) ? `authentication failed: ${e.message}` : (e as Error).message;
    throw new UserError(`engine clickhouse cannot connect to ${server}: ${why}`, { hint: FIX });
  }

  const rows = (r: Compact): SqlRow[] => {
    const read = r.meta.map((m) => reader(m.type));
    return r.data.map((row) => Object.fromEntries(r.meta.map((m, i) => [m.name, read[i]!(row[i])])));
  };
  return {
    dialect: clickhouseDialect,
    async describe(from: string, params: SqlValue[]) {
      const r = await post(clickhouseDialect.declare!(`SELECT * FROM ${from} LIMIT 0`, params.length), params);
      const clash = r.meta.find((m) => RESULT_NAMES.test(m.name));
      if (clash) {
        const q = clickhouseDialect.quote(clash.name);
        throw new Error(`column "${clash.name}" has the name mlship's statements give one of their own results, which ClickHouse would read in its place; name the columns in query, this one under another name (SELECT ${q} AS ${clickhouseDialect.quote(`${clash.name}_`)}, …)`);
      }
      return r.meta.map((m) => ({ name: m.name, type: m.type }));
    },
    async query(sql: string, params: SqlValue[]) {
      return rows(await post(sql, params));
    },
    async close() {
      // Stateless HTTP: nothing held open between statements.
    },
  };
}

/**
 * One POST through node:http(s): fetch's client gives up on a response whose headers take
 * more than 300 s, and ClickHouse sends them only once a long scan has its first rows.
 * The multipart body is serialised by the platform's own Request.
 */
async function send(url: URL, headers: Record<string, string>, body: string | FormData, timeoutMs?: number): Promise<{ status: number; text: string }> {
  const request = new Request(url, { method: 'POST', body });
  const bytes = Buffer.from(await request.arrayBuffer());
  const client = httpClientFor(url);
  return new Promise((resolve, reject) => {
    const req = client.request(url, { method: 'POST', headers: { ...headers, 'Content-Type': request.headers.get('content-type') ?? 'text/plain; charset=utf-8', 'Content-Length': String(bytes.length) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (e) => reject(new Error(e.message)));
    });
    if (timeoutMs) req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)));
    req.on('error', (e) => reject(new Error(e.message)));
    req.end(bytes);
  });
}

class ServerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
