/**
 * Real servers shared by the whole test run, started once (jest globalSetup;
 * plain JavaScript because jest loads it outside the tests' TypeScript
 * transform): two MLflow 2.12.2 tracking servers, one open and one with
 * MLflow's basic-auth app. They are only spawned here; a test that needs one
 * waits for its GET /health (packages/registry/src/testing/real-mlflow.ts), so
 * the Python start-up overlaps the first tests. When MLflow is not installed
 * the run goes on and every MLflow test fails with the one line saying how to fix it.
 * Also a throw-away PostgreSQL cluster (packages/data/src/sql/testing/postgres-process.js),
 * the same way: without PostgreSQL, only its tests fail, with the line saying how to fix it.
 * And a two-shard ClickHouse cluster (packages/data/src/sql/testing/clickhouse-process.js), likewise.
 */
import { MLFLOW_ENV, locateMlflow, spawnMlflow } from '../packages/registry/src/testing/mlflow-process.js';
import { POSTGRES_ENV, spawnPostgres } from '../packages/data/src/sql/testing/postgres-process.js';
import { CLICKHOUSE_ENV, spawnClickhouse } from '../packages/data/src/sql/testing/clickhouse-process.js';

export default async function globalSetup() {
  const found = locateMlflow();
  const servers = 'error' in found ? found : { open: await spawnMlflow(found, false), auth: await spawnMlflow(found, true) };
  // Test workers are forked after global setup and inherit this environment.
  process.env[MLFLOW_ENV] = JSON.stringify(servers);
  // A throw-away PostgreSQL cluster for validate-data's SQL engine tests (initdb takes about a second).
  process.env[POSTGRES_ENV] = JSON.stringify(await spawnPostgres());
  // Two ClickHouse servers, the two shards of a cluster a Distributed table fans out over.
  process.env[CLICKHOUSE_ENV] = JSON.stringify(await spawnClickhouse());
}
