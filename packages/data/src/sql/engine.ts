import type { Dialect, SqlValue } from './dialect';

/** Rows as plain JavaScript: numbers (integers included), strings, booleans, arrays of those, null. */
export type SqlRow = Record<string, unknown>;

/** A live connection to one engine: what the compiled statements run on. */
export interface SqlEngine {
  readonly dialect: Dialect;
  /** The columns of a relation (`FROM` text) and the engine's name for each one's type. */
  describe(from: string, params: SqlValue[]): Promise<{ name: string; type: string }[]>;
  query(sql: string, params: SqlValue[]): Promise<SqlRow[]>;
  close(): Promise<void>;
}

/** Drivers hand back 64-bit integers as bigint (DuckDB) or text (PostgreSQL's int8, numeric); the checks compare numbers. */
export function plainValue(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(plainValue);
  return v;
}

export const plainRow = (row: Record<string, unknown>): SqlRow => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));

/** An engine's error as one line: its first, and the next when the first only announces it (DuckDB's "…extension 'delta':"). */
export function engineMessage(e: unknown): string {
  const lines = String((e as Error)?.message ?? e).split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[0]?.endsWith(':') && lines[1] ? `${lines[0]} ${lines[1]}` : (lines[0] ?? '');
}
