import crypto from 'node:crypto';
import pg, { type Client } from 'pg';
import { POSTGRES_ENV, POSTGRES_FIX, type PostgresServer } from './postgres-process.js';

let ready: Promise<string> | undefined;

/** The run's PostgreSQL (started by jest's global setup), once it accepts connections. */
function server(): Promise<string> {
  ready ??= (async () => {
    const raw = process.env[POSTGRES_ENV];
    if (!raw) throw new Error(`no PostgreSQL for this run (jest's global setup starts one); ${POSTGRES_FIX}`);
    const s = JSON.parse(raw) as PostgresServer;
    if ('error' in s) throw new Error(s.error);
    let last: unknown;
    // The postmaster was spawned before the first test file; it accepts connections within a second or two.
    for (let attempt = 0; attempt < 600; attempt++) {
      const c = new pg.Client({ connectionString: s.url });
      try {
        await c.connect();
        await c.end();
        return s.url;
      } catch (e) {
        last = e;
        await c.end().catch(() => {});
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    throw new Error(`PostgreSQL at ${s.url} does not accept connections: ${(last as Error).message}; its log: ${s.log}`);
  })();
  return ready;
}

/** A database of its own for one test file, so files running in parallel never see each other's tables. */
export async function freshDatabase(): Promise<{ url: string; client: Client }> {
  const url = await server();
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  return { url: u.toString(), client };
}
