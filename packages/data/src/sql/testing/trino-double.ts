import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

/**
 * A contract-faithful double of Trino's client REST protocol, for running the
 * real trino-client against. From Trino's "Client protocol" documentation it
 * implements:
 * - POST /v1/statement with the SQL as the body, answered QUEUED with a
 *   nextUri; GET of each nextUri until a response has none. The first page
 *   after the POST carries `columns` (name and Trino type name) and `data` (rows
 *   as JSON arrays, NaN as "NaN"); a result larger than a page is split over
 *   several nextUris; a failed query ends with `error` (message, errorCode,
 *   errorName, errorType) and state FAILED.
 * - X-Trino-User (required: 400 without it), X-Trino-Catalog and
 *   X-Trino-Schema (the default catalog and schema), X-Trino-Time-Zone
 *   (recorded), HTTP Basic authentication when the double has a password
 *   (401 otherwise).
 * - Prepared statements: X-Trino-Prepared-Statement holds name=URL-encoded
 *   statement pairs, and `EXECUTE name USING literal, …` runs the named
 *   statement with its ? parameters bound, in order, to the literals (here
 *   the forms the engine writes: DOUBLE '…', '…' and TRUE/FALSE; anything
 *   else fails the query, as an unparsable literal would).
 * What it does not implement: the SQL itself is Trino's, run by DuckDB with
 * Trino's function names as macros (is_nan, regexp_like, to_unixtime,
 * approx_percentile — computed exactly, as quantile_disc: the column value
 * Trino's sketch approximates); sessions, transactions, cancellation
 * (DELETE) and spooling are not implemented.
 */
export interface TrinoDouble {
  url: string;
  /** Every POSTed statement: its text, its prepared statements (decoded), and the request's headers. */
  requests: { sql: string; prepared: Record<string, string>; headers: http.IncomingHttpHeaders }[];
  /** The DuckDB connection holding the catalogs, to load tables into. */
  db: DuckDBConnection;
  close(): Promise<void>;
}

// Temporary, so that they are found whatever catalog and schema a request names.
const MACROS = [
  'CREATE TEMP MACRO is_nan(x) AS isnan(x)',
  'CREATE TEMP MACRO regexp_like(s, p) AS regexp_matches(s, p)',
  'CREATE TEMP MACRO to_unixtime(t) AS epoch_us(t) / 1000000.0',
  'CREATE TEMP MACRO approx_percentile(x, q) AS quantile_disc(x, q)',
];

const PAGE = 500;

/** A DuckDB type as Trino names it in `columns`. */
function trinoType(t: string): string {
  const list = /^(.*)\[\]$/.exec(t);
  if (list) return `array(${trinoType(list[1]!)})`;
  const names: Record<string, string> = { BIGINT: 'bigint', INTEGER: 'integer', SMALLINT: 'smallint', TINYINT: 'tinyint', DOUBLE: 'double', FLOAT: 'real', BOOLEAN: 'boolean', VARCHAR: 'varchar', DATE: 'date', TIMESTAMP: 'timestamp(6)', HUGEINT: 'decimal(38,0)' };
  return names[t] ?? (t.startsWith('DECIMAL') ? t.toLowerCase() : 'varchar');
}

/** A value as Trino's JSON encodes it: bigint as number, a non-finite double as its name. */
function jsonValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' && !Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
  if (Array.isArray(v)) return v.map(jsonValue);
  if (v !== null && typeof v === 'object' && 'items' in v) return jsonValue((v as { items: unknown[] }).items);
  if (v !== null && typeof v === 'object') return String(v);
  return v;
}

/** The literals of a USING clause, in the forms the engine writes. */
function usingValues(list: string): (number | string | boolean)[] {
  const out: (number | string | boolean)[] = [];
  const token = /\s*(?:DOUBLE '([^']*)'|'((?:[^']|'')*)'|(TRUE|FALSE))\s*(,|$)/giy;
  let at = 0;
  while (at < list.length) {
    token.lastIndex = at;
    const m = token.exec(list);
    if (!m) throw new Error(`line 1:${at + 1}: mismatched input in USING: ${list.slice(at, at + 20)}`);
    out.push(m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? m[2].replaceAll("''", "'") : m[3]!.toUpperCase() === 'TRUE');
    at = token.lastIndex;
  }
  return out;
}

export async function startTrinoDouble(o: { password?: string } = {}): Promise<TrinoDouble> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  for (const m of MACROS) await db.run(m);
  const requests: TrinoDouble['requests'] = [];
  const pages = new Map<string, object[]>();
  let next = 0;
  let base = '';

  const failure = (id: string, message: string) => ({
    id,
    infoUri: `${base}/ui/query.html?${id}`,
    stats: { state: 'FAILED', queued: false, scheduled: false },
    error: { message, errorCode: 1, errorName: 'GENERIC_USER_ERROR', errorType: 'USER_ERROR', failureInfo: { type: 'io.trino.spi.TrinoException', message, suppressed: [], stack: [] } },
  });

  async function execute(id: string, sql: string, prepared: Record<string, string>, headers: http.IncomingHttpHeaders): Promise<object[]> {
    try {
      const catalog = headers['x-trino-catalog'];
      const schema = headers['x-trino-schema'];
      if (catalog && schema) await db.run(`USE "${String(catalog).replaceAll('"', '""')}"."${String(schema).replaceAll('"', '""')}"`);
      let text = sql;
      let params: (number | string | boolean)[] = [];
      const exec = /^\s*EXECUTE\s+(\w+)(?:\s+USING\s+([\s\S]*))?$/i.exec(sql);
      if (exec) {
        const statement = prepared[exec[1]!];
        if (statement === undefined) throw new Error(`Prepared statement not found: ${exec[1]}`);
        text = statement;
        params = exec[2] ? usingValues(exec[2].trim()) : [];
      }
      const result = await db.runAndReadAll(text, params);
      const columns = result.columnNames().map((name, i) => ({ name, type: trinoType(result.columnTypes()[i]!.toString()) }));
      const rows = result.getRowsJS().map((r) => r.map(jsonValue));
      const out: object[] = [];
      for (let at = 0; at === 0 || at < rows.length; at += PAGE) {
        out.push({ id, infoUri: `${base}/ui/query.html?${id}`, columns, data: rows.slice(at, at + PAGE), stats: { state: at + PAGE >= rows.length ? 'FINISHED' : 'RUNNING', queued: false, scheduled: true } });
      }
      return out;
    } catch (e) {
      return [failure(id, (e as Error).message.split('\n')[0]!)];
    }
  }

  const server = http.createServer((req, res) => {
    const send = (status: number, body: object | string) => {
      res.writeHead(status, { 'Content-Type': typeof body === 'string' ? 'text/plain' : 'application/json' });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (o.password !== undefined) {
      const given = Buffer.from((req.headers.authorization ?? '').replace(/^Basic /, ''), 'base64').toString();
      if (!req.headers.authorization?.startsWith('Basic ') || given.slice(given.indexOf(':') + 1) !== o.password) return send(401, 'Unauthorized');
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const url = new URL(req.url ?? '/', base);
        if (req.method === 'POST' && url.pathname === '/v1/statement') {
          if (!req.headers['x-trino-user']) return send(400, 'Error 400 Bad Request: Missing X-Trino-User');
          const sql = Buffer.concat(chunks).toString('utf8');
          const prepared = Object.fromEntries(
            String(req.headers['x-trino-prepared-statement'] ?? '')
              .split(',')
              .filter(Boolean)
              .map((pair) => [decodeURIComponent(pair.slice(0, pair.indexOf('='))), decodeURIComponent(pair.slice(pair.indexOf('=') + 1).replaceAll('+', ' '))]),
          );
          requests.push({ sql, prepared, headers: req.headers });
          const id = `20260101_000000_${String(next++).padStart(5, '0')}_mlshp`;
          pages.set(id, await execute(id, sql, prepared, req.headers));
          return send(200, { id, infoUri: `${base}/ui/query.html?${id}`, nextUri: `${base}/v1/statement/queued/${id}/0`, stats: { state: 'QUEUED', queued: true, scheduled: false } });
        }
        const page = /^\/v1\/statement\/(?:queued|executing)\/([^/]+)\/(\d+)$/.exec(url.pathname);
        if (req.method === 'GET' && page && pages.has(page[1]!)) {
          const all = pages.get(page[1]!)!;
          const n = Number(page[2]);
          const body = all[n];
          if (!body) return send(404, 'Not Found');
          return send(200, n + 1 < all.length ? { ...body, nextUri: `${base}/v1/statement/executing/${page[1]}/${n + 1}` } : body);
        }
        send(404, 'Not Found');
      })().catch((e: Error) => send(500, e.message));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    db,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.closeSync();
      instance.closeSync();
    },
  };
}
