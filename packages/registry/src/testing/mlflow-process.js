/**
 * Starting and stopping real MLflow 2.12.2 tracking servers for the test run.
 * Plain JavaScript (typed in JSDoc) because jest loads its globalSetup outside
 * the TypeScript transform of the tests.
 * jest's global setup (__tests__/global-setup.js) starts them once per run,
 * without waiting for them (the Python start-up overlaps the first tests), and
 * hands their addresses to the test processes in MLSHIP_TEST_MLFLOW;
 * real-mlflow.ts waits for GET /health when a test first needs one.
 *
 * Where MLflow comes from, as scripts/setup-test-servers.sh set it up: the
 * server archive unpacked into node_modules/.cache/mlship/mlflow-2.12.2 (on
 * Debian's Python packages), else the venv it pip-installed mlflow==2.12.2
 * into (node_modules/.cache/mlship/venv, where PyPI is reachable), else an
 * MLflow pip-installed for /usr/bin/python3.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alive, freePort, serverGone, signalServer } from '@mlship/core/server-process';

export const MLFLOW_ENV = 'MLSHIP_TEST_MLFLOW';
const PYTHON = '/usr/bin/python3';
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../..');
export const unpackedMlflow = path.join(repoRoot, 'node_modules/.cache/mlship/mlflow-2.12.2/2.12.2');
const venvPython = path.join(repoRoot, 'node_modules/.cache/mlship/venv/bin/python');

/**
 * @typedef {object} MlflowProcess
 * @property {string} url
 * @property {number} pid process group id (the server runs in its own session: CLI, gunicorn master and worker)
 * @property {string} log
 * @property {string} dir
 * @property {{ username: string, password: string }} [admin] the basic-auth app's admin account, for the instance started with it
 */
/** What the test processes read from MLSHIP_TEST_MLFLOW: both servers, or why there are none.
 * @typedef {{ open: MlflowProcess, auth: MlflowProcess } | { error: string }} MlflowServers
 */

export const MLFLOW_FIX = 'run `bash scripts/setup-test-servers.sh` (npm test does, as pretest): it unpacks MLFLOW_SERVER_ARCHIVE (default ../shared/mlflow/mlflow-2.12.2-server.tar.gz) onto Debian\'s Python packages, or without that archive pip-installs mlflow==2.12.2 into node_modules/.cache/mlship/venv.';

/** The interpreter and PYTHONPATH for `python -m mlflow`.
 * Deliberately no import probe here (it costs seconds before every test run): a server that cannot
 * start is reported, with its own last log lines and MLFLOW_FIX, by the first test that waits for it.
 * @returns {{ python: string, pythonPath: string } | { error: string }}
 */
export function locateMlflow() {
  if (fs.existsSync(path.join(unpackedMlflow, 'src/mlflow/__init__.py'))) {
    return fs.existsSync(PYTHON) ? { python: PYTHON, pythonPath: `${unpackedMlflow}/src:${unpackedMlflow}/deps` } : { error: `the MLflow tests need ${PYTHON}; ${MLFLOW_FIX}` };
  }
  if (fs.existsSync(venvPython)) return { python: venvPython, pythonPath: '' };
  return fs.existsSync(PYTHON) ? { python: PYTHON, pythonPath: '' } : { error: `the MLflow tests need ${PYTHON}; ${MLFLOW_FIX}` };
}

/** Spawns one server on a sqlite store in a fresh temp dir; returns at once (readiness is GET /health, see real-mlflow.ts).
 * @param {{ python: string, pythonPath: string }} install what locateMlflow found
 * @param {boolean} basicAuth
 * @returns {Promise<MlflowProcess>}
 */
export async function spawnMlflow({ python, pythonPath }, basicAuth) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-mlflow-'));
  const port = await freePort();
  const env = { ...process.env, PYTHONPATH: pythonPath, PYTHONDONTWRITEBYTECODE: '1' };
  const args = ['-m', 'mlflow', 'server', '--backend-store-uri', `sqlite:///${dir}/mlflow.db`, '--default-artifact-root', `${dir}/artifacts`, '--host', '127.0.0.1', '--port', String(port), '--workers', '1'];
  /** @type {MlflowProcess['admin']} */
  let admin;
  if (basicAuth) {
    // The auth app reads its admin account and user store from this file; the default one keeps its sqlite file in the working directory.
    admin = { username: 'admin', password: crypto.randomBytes(12).toString('hex') };
    const ini = path.join(dir, 'basic_auth.ini');
    fs.writeFileSync(
      ini,
      `[mlflow]\ndefault_permission = READ\ndatabase_uri = sqlite:///${dir}/basic_auth.db\nadmin_username = ${admin.username}\nadmin_password = ${admin.password}\nauthorization_function = mlflow.server.auth:authenticate_request_basic_auth\n`,
    );
    env.MLFLOW_AUTH_CONFIG_PATH = ini;
    args.push('--app-name', 'basic-auth');
  }
  const log = path.join(dir, 'server.log');
  const out = fs.openSync(log, 'a');
  // detached: a new session and process group, so teardown ends gunicorn's master and worker with the CLI.
  const child = spawn(python, args, { cwd: dir, env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  child.unref();
  return { url: `http://127.0.0.1:${port}`, pid: /** @type {number} */ (child.pid), log, dir, ...(admin ? { admin } : {}) };
}

/** @param {number} pid */
export const groupAlive = (pid) => alive(pid, true);

/** Ends the server's whole process group and removes its directory; waits until the group is gone.
 * @param {MlflowProcess} p
 */
export async function stopMlflow(p) {
  // gunicorn stops its worker on SIGTERM; SIGKILL only if the group outlives a couple of seconds of polling.
  signalServer(p.pid, 'SIGTERM', true);
  await serverGone(p.pid, { killAfterMs: 2000, group: true });
  fs.rmSync(p.dir, { recursive: true, force: true });
}
