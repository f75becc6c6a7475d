/** Stops what global-setup.js started: each MLflow server's whole process group. */
import { MLFLOW_ENV, stopMlflow } from '../packages/registry/src/testing/mlflow-process.js';

export default async function globalTeardown() {
  const raw = process.env[MLFLOW_ENV];
  if (!raw) return;
  /** @type {import('../packages/registry/src/testing/mlflow-process.js').MlflowServers} */
  const servers = JSON.parse(raw);
  if ('error' in servers) return;
  await Promise.all([stopMlflow(servers.open), stopMlflow(servers.auth)]);
}
