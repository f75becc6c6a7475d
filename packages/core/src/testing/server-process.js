/**
 * What the test servers started once per run (MLflow, PostgreSQL, ClickHouse)
 * share: a free loopback port to start on, and a stop that escalates. Plain
 * JavaScript, since jest's global setup imports it without transforming it.
 */
import net from 'node:net';

/** @returns {Promise<number>} */
export async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {net.AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return port;
}

/** Whether the process (or, with `group`, any process of its group) still runs.
 * @param {number} pid
 * @param {boolean} [group]
 */
export const alive = (pid, group = false) => {
  try {
    process.kill(group ? -pid : pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Sends `signal` to the process (or its group); one that is already gone has been reported by the test that needed it.
 * @param {number} pid
 * @param {NodeJS.Signals} signal
 * @param {boolean} [group]
 */
export function signalServer(pid, signal, group = false) {
  try {
    process.kill(group ? -pid : pid, signal);
  } catch {
    // Already gone.
  }
}

/** Waits until the process (or its group) has ended, polling every 50 ms; past `killAfterMs` its group gets SIGKILL.
 * @param {number} pid
 * @param {{ killAfterMs: number, group?: boolean }} options
 */
export async function serverGone(pid, { killAfterMs, group = false }) {
  for (let waited = 0; alive(pid, group); waited += 50) {
    if (waited === killAfterMs) signalServer(pid, 'SIGKILL', true);
    await new Promise((r) => setTimeout(r, 50));
  }
}
