/**
 * A throw-away ClickHouse cluster for the test run: two `clickhouse-server`
 * processes on loopback, each one shard of the cluster `mlship_two_shards`
 * (one replica per shard), so a Distributed table over them really fans a
 * query out to two servers. Plain JavaScript (typed in JSDoc) because jest
 * loads its globalSetup outside the TypeScript transform of the tests.
 * jest's global setup (__tests__/global-setup.js) writes each node's
 * config.xml and users.xml into a temp dir and spawns both servers without
 * waiting; the addresses go to the test processes in MLSHIP_TEST_CLICKHOUSE,
 * and real-clickhouse.ts polls each node's /ping when a test first needs them.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, serverGone, signalServer } from '@mlship/core/server-process';

export const CLICKHOUSE_ENV = 'MLSHIP_TEST_CLICKHOUSE';
export const CLICKHOUSE_FIX = 'run `bash scripts/setup-test-servers.sh` (npm test does, as pretest): it installs Debian\'s clickhouse-server package, two of whose servers the tests start on free loopback ports.';
export const CLUSTER = 'mlship_two_shards';
/** The account the engine tests connect as (a password, to exercise authentication); `default` (no password) sets up the tables. */
export const TEST_USER = { user: 'mlship', password: 'p@ss:w/rd' };
/** An account whose profile is already read-only, as a team's CI account often is. */
export const READONLY_USER = 'mlship_readonly';

/**
 * @typedef {object} ClickhouseNode
 * @property {string} http the node's HTTP interface, http://127.0.0.1:port
 * @property {number} tcp its native port (the one the other shard's Distributed queries use)
 * @property {number} pid
 * @property {string} log
 */
/**
 * @typedef {object} ClickhouseProcess
 * @property {ClickhouseNode[]} nodes shard 1, shard 2
 * @property {string} dir every node's config and data, removed at teardown
 */
/** @typedef {ClickhouseProcess | { error: string }} ClickhouseServer */

/** @returns {string | undefined} the clickhouse-server binary (a Debian package, or the single `clickhouse` binary of newer releases) */
export function locateClickhouse() {
  const candidates = [process.env.MLSHIP_CLICKHOUSE_BIN, '/usr/bin/clickhouse-server', '/usr/sbin/clickhouse-server', '/usr/bin/clickhouse'].filter(Boolean);
  return candidates.find((f) => fs.existsSync(/** @type {string} */ (f)));
}

/** @param {string} s */
const xml = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * One node's config: its ports, its own directories, and the cluster both nodes share.
 * @param {string} dir @param {{ http: number, tcp: number }} self @param {number[]} shards the native ports of both nodes
 */
function configXml(dir, self, shards) {
  const shard = (/** @type {number} */ port) => `      <shard><replica><host>127.0.0.1</host><port>${port}</port></replica></shard>`;
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${xml(path.join(dir, 'server.log'))}</log><errorlog>${xml(path.join(dir, 'server.err.log'))}</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${self.http}</http_port>
  <tcp_port>${self.tcp}</tcp_port>
  <path>${xml(path.join(dir, 'data'))}/</path>
  <tmp_path>${xml(path.join(dir, 'tmp'))}/</tmp_path>
  <user_files_path>${xml(path.join(dir, 'user_files'))}/</user_files_path>
  <format_schema_path>${xml(path.join(dir, 'format_schemas'))}/</format_schema_path>
  <users_config>users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>104857600</mark_cache_size>
  <uncompressed_cache_size>104857600</uncompressed_cache_size>
  <max_concurrent_queries>50</max_concurrent_queries>
  <remote_servers>
    <${CLUSTER}>
${shards.map(shard).join('\n')}
    </${CLUSTER}>
  </remote_servers>
</yandex>
`;
}

const USERS_XML = `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>2000000000</max_memory_usage></default><readonly><readonly>1</readonly></readonly></profiles>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default>
    <${TEST_USER.user}><password>${xml(TEST_USER.password)}</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></${TEST_USER.user}>
    <${READONLY_USER}><password></password><networks><ip>127.0.0.1</ip></networks><profile>readonly</profile><quota>default</quota></${READONLY_USER}>
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;

/** Both nodes' configs written, both servers spawned in their own process groups; returns once they are spawned.
 * @returns {Promise<ClickhouseServer>}
 */
export async function spawnClickhouse() {
  const bin = locateClickhouse();
  if (!bin) return { error: `the ClickHouse tests need clickhouse-server; ${CLICKHOUSE_FIX}` };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-clickhouse-'));
  const ports = [];
  for (let i = 0; i < 2; i++) ports.push({ http: await freePort(), tcp: await freePort() });
  /** @type {ClickhouseNode[]} */
  const nodes = [];
  for (const [i, self] of ports.entries()) {
    const home = path.join(dir, `shard${i + 1}`);
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(home, 'config.xml'), configXml(home, self, ports.map((p) => p.tcp)));
    fs.writeFileSync(path.join(home, 'users.xml'), USERS_XML);
    const log = path.join(home, 'server.err.log');
    const out = fs.openSync(path.join(home, 'stdout.log'), 'a');
    // The single `clickhouse` binary of newer releases takes the tool as its first argument.
    const args = [...(path.basename(bin) === 'clickhouse' ? ['server'] : []), `--config-file=${path.join(home, 'config.xml')}`];
    // detached: its own process group, so teardown ends the server with any helper it forks.
    const child = spawn(bin, args, { cwd: home, detached: true, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    child.unref();
    nodes.push({ http: `http://127.0.0.1:${self.http}`, tcp: self.tcp, pid: /** @type {number} */ (child.pid), log });
  }
  return { nodes, dir };
}

/** SIGTERM (ClickHouse's graceful stop), SIGKILL to the group if it outlives ten seconds, then the directory is removed.
 * @param {ClickhouseProcess} c
 */
export async function stopClickhouse(c) {
  for (const n of c.nodes) signalServer(n.pid, 'SIGTERM');
  for (const n of c.nodes) await serverGone(n.pid, { killAfterMs: 10_000 });
  fs.rmSync(c.dir, { recursive: true, force: true });
}
