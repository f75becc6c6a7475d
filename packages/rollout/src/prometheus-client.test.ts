/**
 * Auth, TLS and retries of the Prometheus client against a real Prometheus:
 * basic auth and TLS through Prometheus' own --web.config.file, bearer tokens
 * and 5xx through a loopback proxy in front of it (Prometheus itself has no
 * bearer auth; a reverse proxy such as oauth2-proxy usually adds it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '@mlship/core';
import { PrometheusClient } from './prometheus-client';
import { MetricSourceUnavailable } from './source';
import { startPrometheus, type RunningPrometheus } from './testing/prometheus';
import { rejectionLine } from '@mlship/core/testing';

/** bcrypt of "test-password", made with: /usr/bin/python3 -c "import crypt; print(crypt.crypt('test-password', crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)))" */
const PASSWORD_HASH = '$2b$04$MVRgnNP7MflTDNwm7XvR..UXMqJlw92gW4DeQzCWK7QGK2cHwUpnu';


describe('Prometheus client over plain HTTP', () => {
  let prom: RunningPrometheus;
  let proxy: http.Server;
  let proxyUrl: string;
  /** Status codes the proxy answers with before it starts forwarding. */
  let failures: number[] = [];
  const seen: string[] = [];

  beforeAll(async () => {
    prom = await startPrometheus();
    proxy = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers['content-type']}`);
      if (req.headers.authorization !== 'Bearer s3cret') {
        res.writeHead(401, { 'content-type': 'text/plain' }).end('Unauthorized');
        return;
      }
      const fail = failures.shift();
      if (fail) {
        res.writeHead(fail, { 'content-type': 'text/html' }).end('<html>bad gateway</html>');
        return;
      }
      // Like an ingress mounting Prometheus under /prefix.
      const upstream = http.request({ host: '127.0.0.1', port: prom.port, path: req.url!.replace(/^\/prefix/, ''), method: req.method, headers: { ...req.headers, host: `127.0.0.1:${prom.port}` } }, (up) => {
        res.writeHead(up.statusCode!, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}/prefix`;
  });
  afterAll(async () => {
    proxy?.close();
    await prom?.stop();
  });

  it('POSTs form-encoded queries under a path prefix, with the bearer token', async () => {
    const client = new PrometheusClient({ url: proxyUrl, token: 's3cret', timeoutMs: 5000, attempts: 1 });
    expect(await client.instant('vector(42)', 1_700_000_000, 'answer')).toEqual([{ labels: {}, value: 42 }]);
    expect(await client.instant('scalar(vector(1)) / 0', 1_700_000_000, 'inf')).toEqual([{ labels: {}, value: Infinity }]);
    const range = await client.range('vector(1)', 1_700_000_000, 1_700_000_060, 30, 'range');
    expect(range).toEqual([{ labels: {}, values: [[1_700_000_000, 1], [1_700_000_030, 1], [1_700_000_060, 1]] }]);
    expect(seen.at(-1)).toBe('POST /prefix/api/v1/query_range application/x-www-form-urlencoded');
    client.close();
  });

  it('a wrong token is refused with a line naming the inputs to set', async () => {
    const client = new PrometheusClient({ url: proxyUrl, token: 'wrong', timeoutMs: 5000 });
    expect(await rejectionLine(client.instant('up', 1, 'x'))).toBe(`Prometheus at ${proxyUrl} refused the request (HTTP 401). Set prometheus-token (bearer) or prometheus-username/prometheus-password (basic auth) from secrets.`);
    client.close();
  });

  it('retries 5xx with backoff and then succeeds; gives up with the last status', async () => {
    const retries: string[] = [];
    const client = new PrometheusClient({ url: proxyUrl, token: 's3cret', timeoutMs: 5000, attempts: 3, baseDelayMs: 5, onRetry: (m) => retries.push(m) });
    failures = [502, 503];
    expect(await client.instant('vector(7)', 1, 'seven')).toEqual([{ labels: {}, value: 7 }]);
    expect(retries.map((r) => r.replace(/in [\d.]+ s/, 'in … s'))).toEqual([
      'Prometheus query for "seven" failed (HTTP 502 <html>bad gateway</html>); retry 1 of 2 in … s.',
      'Prometheus query for "seven" failed (HTTP 503 <html>bad gateway</html>); retry 2 of 2 in … s.',
    ]);
    failures = [503, 503, 503];
    const err = await client.instant('vector(7)', 1, 'seven').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MetricSourceUnavailable);
    expect((err as UserError).line).toBe(`Prometheus at ${proxyUrl} failed to answer "seven": HTTP 503 <html>bad gateway</html> (3 attempts). Check the server is healthy (its /-/ready page) and retry.`);
    client.close();
  });

  it('a URL that is not the API root says so', async () => {
    const client = new PrometheusClient({ url: `${prom.url}/graph`, timeoutMs: 5000, attempts: 1 });
    expect(await rejectionLine(client.instant('up', 1, 'x'))).toBe(`input "prometheus-url": no Prometheus API at ${prom.url}/graph (HTTP 404 for /api/v1/). Give the server root, without /api/v1 or /graph, e.g. http://prometheus:9090.`);
    client.close();
  });

  it('a server that does not answer in time is a timeout, retried', async () => {
    const silent = http.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    const client = new PrometheusClient({ url, timeoutMs: 200, attempts: 2, baseDelayMs: 5 });
    expect(await rejectionLine(client.instant('up', 1, 'x'))).toBe(`Prometheus at ${url} is unreachable: no answer within 0.2 s (2 attempts). Check prometheus-url and that this runner can reach it (a self-hosted runner in the cluster, a port-forward, or an ingress).`);
    client.close();
    silent.closeAllConnections();
    silent.close();
  });
});

describe('Prometheus client over TLS with basic auth (Prometheus web config)', () => {
  let prom: RunningPrometheus;
  let dir: string;
  let ca: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prom-tls-'));
    const openssl = (...args: string[]) => {
      const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
    };
    openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=mlship test CA');
    openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1');
    fs.writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    openssl('x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '2', '-extfile', 'san.ext');
    ca = fs.readFileSync(path.join(dir, 'ca.pem'), 'utf8');
    prom = await startPrometheus({
      webConfig: ['tls_server_config:', `  cert_file: ${path.join(dir, 'server.pem')}`, `  key_file: ${path.join(dir, 'server.key')}`, 'basic_auth_users:', `  mlship: ${PASSWORD_HASH}`, ''].join('\n'),
      readyAuth: 'mlship:test-password',
    });
  });
  afterAll(() => prom?.stop());

  it('queries with the custom CA and basic auth', async () => {
    expect(prom.url).toMatch(/^https:/);
    const client = new PrometheusClient({ url: prom.url, ca, username: 'mlship', password: 'test-password', timeoutMs: 5000, attempts: 1 });
    expect(await client.instant('vector(3)', 1_700_000_000, 'three')).toEqual([{ labels: {}, value: 3 }]);
    client.close();
  });

  it('without the CA: one line saying to pass prometheus-ca', async () => {
    const client = new PrometheusClient({ url: prom.url, username: 'mlship', password: 'test-password', timeoutMs: 5000, attempts: 3 });
    expect(await rejectionLine(client.instant('vector(3)', 1, 'three'))).toMatch(/^TLS to Prometheus at https:\/\/127\.0\.0\.1:\d+ failed: .* \(\w+\)\. Pass the CA that signed its certificate as prometheus-ca \(a PEM file\)\.$/);
    client.close();
  });

  it('a wrong password is refused', async () => {
    const client = new PrometheusClient({ url: prom.url, ca, username: 'mlship', password: 'nope', timeoutMs: 5000, attempts: 1 });
    expect(await rejectionLine(client.instant('vector(3)', 1, 'three'))).toMatch(/refused the request \(HTTP 401\)/);
    client.close();
  });
});
