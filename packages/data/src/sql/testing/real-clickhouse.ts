import crypto from 'node:crypto';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { clickhouseDialect } from '../clickhouse-dialect';
import { CLICKHOUSE_ENV, CLICKHOUSE_FIX, CLUSTER, TEST_USER, type ClickhouseServer } from './clickhouse-process.js';
import { EVIL } from './engine-data';

const q = clickhouseDialect.quote;

let ready: Promise<string[]> | undefined;

/** The run's two ClickHouse shards (started by jest's global setup), once both answer /ping: their HTTP addresses. */
function shards(): Promise<string[]> {
  ready ??= (async () => {
    const raw = process.env[CLICKHOUSE_ENV];
    if (!raw) throw new Error(`no ClickHouse for this run (jest's global setup starts one); ${CLICKHOUSE_FIX}`);
    const s = JSON.parse(raw) as ClickhouseServer;
    if ('error' in s) throw new Error(s.error);
    for (const node of s.nodes) {
      let last = '';
      // Spawned before the first test file; a server answers /ping within a second or two.
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await fetch(`${node.http}/ping`);
          if (res.ok) break;
          last = `HTTP ${res.status}`;
        } catch (e) {
          last = String((e as { cause?: Error }).cause?.message ?? e);
        }
        if (attempt === 600) throw new Error(`ClickHouse at ${node.http} does not answer /ping: ${last}; its log: ${node.log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    return s.nodes.map((n) => n.http);
  })();
  return ready;
}

/** A statement as the `default` account (no readonly: the tests' own set-up), on one node. */
export async function exec(node: string, sql: string, body?: string): Promise<string> {
  const url = new URL(node);
  if (body !== undefined) url.searchParams.set('query', sql);
  const res = await fetch(url, { method: 'POST', body: body ?? sql });
  const text = await res.text();
  if (!res.ok) throw new Error(`ClickHouse at ${node}: ${text.trim()}`);
  return text;
}

export interface ClickhouseDatabase {
  /** Shard 1 and shard 2 (HTTP addresses); the Distributed tables live on shard 1. */
  nodes: string[];
  database: string;
  /** The connection string of the test account (with a password) for this database on shard 1. */
  url: string;
}

/** A database of its own on both shards for one test file, so files running in parallel never see each other's tables. */
export async function freshClickhouseDatabase(): Promise<ClickhouseDatabase> {
  const nodes = await shards();
  const database = `t_${crypto.randomBytes(6).toString('hex')}`;
  for (const n of nodes) await exec(n, `CREATE DATABASE ${database}`);
  const u = new URL(nodes[0]!);
  return { nodes, database, url: `clickhouse://${TEST_USER.user}:${encodeURIComponent(TEST_USER.password)}@${u.host}/${database}` };
}

const COLUMNS = ['id', 'amount', 'label', 'flag', 'ts', 'name', EVIL];

/** One TSV field as ClickHouse reads it: \N for missing, nan kept, escapes for what would end the field. */
function tsv(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return Number.isNaN(v) ? 'nan' : String(v);
  return String(v).replace(/[\\\t\n]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n' })[c]!);
}

/**
 * Rows in ClickHouse as a real distributed table: a MergeTree table `<table>_local`
 * on each shard, rows alternating between them, and a Distributed table `<table>`
 * over both on shard 1. `columns` are [name, ClickHouse type]; `cell` writes a value
 * as the TSV field's text (missing as undefined or null); each shard keeps its rows
 * in `orderBy` order.
 */
export async function loadRowsIntoClickhouse(
  db: ClickhouseDatabase,
  table: string,
  columns: [string, string][],
  rows: Record<string, unknown>[],
  options: { cell?: (column: string, v: unknown) => unknown; orderBy?: string } = {},
): Promise<void> {
  const cell = options.cell ?? ((_c, v) => v);
  const local = `${table}_local`;
  const types = columns.map(([name, type]) => `${q(name)} ${type}`).join(', ');
  for (const [i, node] of db.nodes.entries()) {
    await exec(node, `CREATE TABLE ${db.database}.${q(local)} (${types}) ENGINE = MergeTree ORDER BY ${options.orderBy ?? 'tuple()'}`);
    const mine = rows.filter((_, r) => r % db.nodes.length === i);
    const text = mine.map((r) => columns.map(([c]) => tsv(cell(c, r[c]))).join('\t')).join('\n');
    await exec(node, `INSERT INTO ${db.database}.${q(local)} FORMAT TabSeparated`, `${text}\n`);
  }
  await exec(db.nodes[0]!, `CREATE TABLE ${db.database}.${q(table)} AS ${db.database}.${q(local)} ENGINE = Distributed(${CLUSTER}, ${db.database}, ${q(local)})`);
}

/**
 * The cross-engine rows in ClickHouse (loadRowsIntoClickhouse: two shards, a
 * Distributed table over them), so the 8 duplicate rows and the repeated ids also
 * fall across shards; plus a `keep` table the planted SQL would drop. ClickHouse
 * 18.16 has whole-second DateTime and no Bool: ts is cut to the second, flag is 0/1 (UInt8).
 */
export async function loadIntoClickhouse(db: ClickhouseDatabase, table: string, rows: Record<string, unknown>[]): Promise<void> {
  for (const node of db.nodes) await exec(node, `CREATE TABLE IF NOT EXISTS ${db.database}.keep (n Int32) ENGINE = MergeTree ORDER BY n`);
  const types = ['Int64', 'Nullable(Float64)', 'String', 'Nullable(UInt8)', 'DateTime', 'Nullable(String)', 'Nullable(String)'];
  await loadRowsIntoClickhouse(db, table, COLUMNS.map((c, i) => [c, types[i]!]), rows, { cell: (c, v) => (c === 'ts' ? String(v).slice(0, 19) : v), orderBy: 'id' });
}

/**
 * The local reader's reference for ClickHouse: the same parquet with ts cut to the
 * second and flag as 0/1 integers, the two things ClickHouse 18.16 cannot hold.
 */
export async function writeClickhouseReference(parquet: string): Promise<string> {
  const out = path.join(path.dirname(parquet), 'train-clickhouse.parquet');
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    await conn.run(`COPY (SELECT * REPLACE (date_trunc('second', ts) AS ts, CAST(flag AS UTINYINT) AS flag) FROM read_parquet('${parquet}')) TO '${out}' (FORMAT parquet)`);
    return out;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
