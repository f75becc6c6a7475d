/**
 * A service's /metrics page for tests, produced by prom-client exactly as an
 * instrumented Node service would: `http_requests_total{code,track}` and the
 * `http_request_duration_seconds{track}` histogram. Traffic is recorded
 * directly (no real requests), so counts are known exactly. Test-only code.
 */
import http from 'node:http';
import type net from 'node:net';
import client from 'prom-client';
import { DEFAULT_BUCKETS } from './prometheus';

export interface MetricsServer {
  url: string;
  /** host:port, as a Prometheus static target. */
  target: string;
  /** Records `count` requests answered with `code`, each taking `seconds`. */
  record(count: number, code: number, seconds: number): void;
  /** /metrics answers 503 while down (a failed scrape). */
  setDown(down: boolean): void;
  /** Counters back to zero, as after a process restart. */
  restart(): void;
  /** How many times /metrics was fetched. */
  scrapes(): number;
  close(): Promise<void>;
}

export async function startMetricsServer(track: string): Promise<MetricsServer> {
  const registry = new client.Registry();
  const requests = new client.Counter({ name: 'http_requests_total', help: 'Requests served.', labelNames: ['code', 'track'], registers: [registry] });
  const duration = new client.Histogram({ name: 'http_request_duration_seconds', help: 'Request latency.', labelNames: ['track'], buckets: DEFAULT_BUCKETS, registers: [registry] });
  let down = false;
  let scrapes = 0;
  const server = http.createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    scrapes++;
    if (down) {
      res.writeHead(503).end('down for the test');
      return;
    }
    void registry.metrics().then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text));
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/metrics`,
    target: `127.0.0.1:${port}`,
    record(count, code, seconds) {
      if (count <= 0) return;
      requests.inc({ code: String(code), track }, count);
      for (let i = 0; i < count; i++) duration.observe({ track }, seconds);
    },
    setDown: (d) => (down = d),
    restart: () => registry.resetMetrics(),
    scrapes: () => scrapes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
