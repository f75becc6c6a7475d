/**
 * A throw-away PostgreSQL 15 cluster for the test run (the SQL engine tests of
 * validate-data). Plain JavaScript (typed in JSDoc) because jest loads its
 * globalSetup outside the TypeScript transform of the tests.
 * jest's global setup (__tests__/global-setup.js) runs initdb into a temp dir and
 * spawns the server on a free loopback port, without waiting for it; the
 * address goes to the test processes in MLSHIP_TEST_POSTGRES, and
 * real-postgres.ts waits until it accepts connections when a test first needs it.
 * PostgreSQL refuses to run as root: as root, the cluster belongs to the
 * `postgres` account the Debian package creates.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, serverGone, signalServer } from '@mlship/core/server-process';

export const POSTGRES_ENV = 'MLSHIP_TEST_POSTGRES';
export const POSTGRES_FIX = 'run `bash scripts/setup-test-servers.sh` (npm test does, as pretest): it installs Debian\'s postgresql-15 package, whose initdb and postgres the tests start on a free loopback port.';

/**
 * @typedef {object} PostgresProcess
 * @property {string} url connection string of the cluster's superuser, no password (trust on loopback)
 * @property {number} pid the postmaster's process group
 * @property {string} dir data directory (and socket directory), removed at teardown
 * @property {string} log
 */
/** @typedef {PostgresProcess | { error: string }} PostgresServer */

/** @returns {string | undefined} the directory holding initdb and postgres */
export function locatePostgres() {
  const candidates = [process.env.MLSHIP_POSTGRES_BIN, '/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'].filter(Boolean);
  return candidates.find((d) => fs.existsSync(path.join(/** @type {string} */ (d), 'initdb')));
}

/** The account the server runs as: ourselves, or (as root) the Debian package's `postgres` user. */
function serverAccount() {
  if (process.getuid?.() !== 0) return {};
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  if (!line) return { error: `PostgreSQL refuses to run as root and this machine has no postgres account; ${POSTGRES_FIX}` };
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** initdb into a fresh temp dir, then the server spawned in its own process group; returns once it is spawned.
 * @returns {Promise<PostgresServer>}
 */
export async function spawnPostgres() {
  const bin = locatePostgres();
  if (!bin) return { error: `the PostgreSQL tests need initdb and postgres (PostgreSQL 15+); ${POSTGRES_FIX}` };
  const account = serverAccount();
  if ('error' in account) return { error: String(account.error) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-postgres-'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(data);
  if (account.uid !== undefined) {
    fs.chownSync(dir, account.uid, /** @type {number} */ (account.gid));
    fs.chownSync(data, account.uid, /** @type {number} */ (account.gid));
  }
  const log = path.join(dir, 'server.log');
  const ids = account.uid !== undefined ? { uid: account.uid, gid: /** @type {number} */ (account.gid) } : {};
  try {
    execFileSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'mlship', '-A', 'trust', '-E', 'UTF8', '--locale', 'C', '--no-sync'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], ...ids });
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    const why = String(/** @type {{ stderr?: Buffer }} */ (e).stderr ?? e).trim().split('\n').pop();
    return { error: `initdb failed: ${why}; ${POSTGRES_FIX}` };
  }
  const port = await freePort();
  const out = fs.openSync(log, 'a');
  if (account.uid !== undefined) fs.fchownSync(out, account.uid, /** @type {number} */ (account.gid));
  // fsync off: a throw-away cluster; detached: its own process group, so teardown ends the postmaster with its workers.
  const args = ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const child = spawn(path.join(bin, 'postgres'), args, { cwd: dir, detached: true, stdio: ['ignore', out, out], ...ids });
  fs.closeSync(out);
  child.unref();
  return { url: `postgres://mlship@127.0.0.1:${port}/postgres`, pid: /** @type {number} */ (child.pid), dir, log };
}

/** Fast shutdown (SIGINT), SIGKILL if it outlives a few seconds, then the directory is removed.
 * @param {PostgresProcess} p
 */
export async function stopPostgres(p) {
  signalServer(p.pid, 'SIGINT');
  await serverGone(p.pid, { killAfterMs: 5000 });
  fs.rmSync(p.dir, { recursive: true, force: true });
}
