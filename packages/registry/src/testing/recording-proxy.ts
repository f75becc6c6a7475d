/**
 * A pass-through HTTP proxy on 127.0.0.1 that forwards every request to a real
 * server unchanged and records it, so a test against the real MLflow can still
 * say "this run wrote nothing" or "it sent archive_existing_versions: true".
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedCall } from './mlflow-server';

export interface RecordingProxy {
  /** Point the code under test here. */
  url: string;
  calls: RecordedCall[];
  /** Requests that changed something (POST/DELETE, except get-latest-versions, which MLflow serves on POST too), as `METHOD endpoint`. */
  writes(): string[];
  close(): Promise<void>;
}

export async function recordingProxy(target: string): Promise<RecordingProxy> {
  const to = new URL(target);
  const calls: RecordedCall[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const query: Record<string, string[]> = {};
      for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
      let body: unknown;
      try {
        body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        body = raw.toString('utf8');
      }
      calls.push({ method: req.method ?? '', path: url.pathname, query, body, authorization: req.headers.authorization });
      const upstream = http.request({ host: to.hostname, port: to.port, method: req.method, path: req.url, headers: { ...req.headers, host: to.host } }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', (e) => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`recording proxy: ${e.message}`);
      });
      upstream.end(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    writes: () => calls.filter((c) => c.method !== 'GET' && !c.path.endsWith('get-latest-versions')).map((c) => `${c.method} ${c.path.replace('/api/2.0/mlflow/', '')}`),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
