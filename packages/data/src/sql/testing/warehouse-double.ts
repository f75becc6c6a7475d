import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { driverCacheDir, INSTALLED_MARKER, type Driver } from '../driver';
import { toDuckdb, VENDOR_MACROS, type Vendor } from './vendor-sql';

/**
 * What the warehouse doubles share: a DuckDB holding the vendor's tables,
 * running the vendor's statements (translated by vendor-sql.ts) with their
 * values bound, and answering as the vendor's wire does, every value as text
 * (the REST, Thrift and Snowflake result formats all carry text or JSON),
 * which each double's client layer then converts as the real client does.
 */
export type WireValue = string | boolean | null | WireValue[];
export interface WireResult {
  /** Result columns with DuckDB's type names (each double maps them to its vendor's). */
  columns: { name: string; type: string }[];
  rows: WireValue[][];
}

export async function openVendorDuckdb(vendor: Vendor): Promise<{ db: DuckDBConnection; close(): void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  for (const m of VENDOR_MACROS[vendor]) await db.run(m);
  return {
    db,
    close() {
      db.closeSync();
      instance.closeSync();
    },
  };
}

const toWire = (v: unknown): WireValue => {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map(toWire);
  if (typeof v === 'boolean') return v;
  return String(v);
};

/** Runs a vendor statement on DuckDB, its markers bound to `values` by name (`p1`) or number (`1`). */
export async function runVendor(db: DuckDBConnection, vendor: Vendor, sql: string, values: Record<string, unknown>, notBound: (marker: string) => Error): Promise<WireResult & { unquotedAliases: Set<string> }> {
  const t = toDuckdb(vendor, sql);
  const missing = t.markers.find((m) => !Object.hasOwn(values, m));
  if (missing !== undefined) throw notBound(missing);
  const used = Object.fromEntries([...new Set(t.markers)].map((m) => [m, values[m]]));
  const result = await db.runAndReadAll(t.sql, used as Record<string, never>);
  return {
    columns: result.columnNames().map((name, i) => ({ name, type: result.columnTypes()[i]!.toString() })),
    rows: result.getRowsJson().map((r) => r.map(toWire)),
    unquotedAliases: t.unquotedAliases,
  };
}

/**
 * Puts a double where requireDriver finds a driver on a GitHub runner: a
 * finished install in the tool cache (package, marker). The package's
 * index.js hands over the double through a global symbol, so the engine loads
 * it by the same path and the same require as a real client.
 */
export function installDouble(toolCache: string, d: Driver, module: unknown): void {
  const dir = driverCacheDir(d, toolCache);
  const pkg = path.join(dir, 'node_modules', ...d.name.split('/'));
  fs.mkdirSync(pkg, { recursive: true });
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: d.name, version: d.version, main: 'index.js' }));
  fs.writeFileSync(path.join(pkg, 'index.js'), `module.exports = globalThis[Symbol.for(${JSON.stringify(`mlship-test-double:${d.name}`)})];\n`);
  fs.writeFileSync(path.join(dir, INSTALLED_MARKER), '{}');
  (globalThis as Record<symbol, unknown>)[Symbol.for(`mlship-test-double:${d.name}`)] = module;
}
