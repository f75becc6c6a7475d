/**
 * The engine names, apart from the engines: the action's input schema and
 * the local reader need the list, and importing it from run.ts would load
 * the SQL compiler and every adapter into each run (they are a chunk loaded
 * only when an engine is chosen).
 */
export const ENGINES = ['local', 'duckdb', 'postgres', 'clickhouse', 'bigquery', 'snowflake', 'databricks', 'trino'] as const;
export type EngineName = (typeof ENGINES)[number];
