import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A double of the npm registry for one package, so that `npm install
 * name@version` runs for real without the network. It follows the registry
 * API npm uses for an install: GET /<name> (the scope's slash URL-encoded)
 * answers the packument (`name`, `dist-tags`, `versions[v].dist` with
 * `tarball`, `shasum` and `integrity`), and GET of the tarball URL answers the
 * tarball `npm pack` made of a fixture package. Nothing else is served (404).
 * `delayMs` holds the tarball back, so that two installs overlap.
 */
export interface RegistryDouble {
  url: string;
  /** Paths requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export function packFixture(dir: string, pkg: { name: string; version: string }, source: string): { file: string; shasum: string; integrity: string } {
  const src = path.join(dir, 'src');
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(src, 'package.json'), JSON.stringify({ ...pkg, main: 'index.js' }));
  fs.writeFileSync(path.join(src, 'index.js'), source);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', src, '--json', '--pack-destination', dir], { encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } })) as { filename: string; shasum: string; integrity: string }[];
  return { file: path.join(dir, packed!.filename), shasum: packed!.shasum, integrity: packed!.integrity };
}

export async function startRegistryDouble(pkg: { name: string; version: string }, tarball: { file: string; shasum: string; integrity: string }, o: { delayMs?: number } = {}): Promise<RegistryDouble> {
  const requests: string[] = [];
  let base = '';
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(req.url ?? '/');
    requests.push(url);
    if (url === `/${pkg.name}`) {
      const packument = {
        name: pkg.name,
        'dist-tags': { latest: pkg.version },
        versions: { [pkg.version]: { name: pkg.name, version: pkg.version, main: 'index.js', dist: { tarball: `${base}/-/${path.basename(tarball.file)}`, shasum: tarball.shasum, integrity: tarball.integrity } } },
      };
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify(packument));
    }
    if (url === `/-/${path.basename(tarball.file)}`) {
      return setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        res.end(fs.readFileSync(tarball.file));
      }, o.delayMs ?? 0);
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"error":"Not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url: base, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
