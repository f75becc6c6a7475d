/** Stops what global-setup.js started: the PostgreSQL cluster, both ClickHouse shards, and each MLflow server's whole process group. */
import { MLFLOW_ENV, stopMlflow } from '../packages/registry/src/testing/mlflow-process.js';
import { POSTGRES_ENV, stopPostgres } from '../packages/data/src/sql/testing/postgres-process.js';
import { CLICKHOUSE_ENV, stopClickhouse } from '../packages/data/src/sql/testing/clickhouse-process.js';

export default async function globalTeardown() {
  const postgres = process.env[POSTGRES_ENV] ? JSON.parse(process.env[POSTGRES_ENV]) : undefined;
  if (postgres && !('error' in postgres)) await stopPostgres(postgres);
  const clickhouse = process.env[CLICKHOUSE_ENV] ? JSON.parse(process.env[CLICKHOUSE_ENV]) : undefined;
  if (clickhouse && !('error' in clickhouse)) await stopClickhouse(clickhouse);
  const raw = process.env[MLFLOW_ENV];
  if (!raw) return;
  /** @type {import('../packages/registry/src/testing/mlflow-process.js').MlflowServers} */
  const servers = JSON.parse(raw);
  if ('error' in servers) return;
  await Promise.all([stopMlflow(servers.open), stopMlflow(servers.auth)]);
}
