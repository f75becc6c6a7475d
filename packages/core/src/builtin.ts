import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * A Node builtin loaded at its first use instead of when the bundle starts.
 * Each costs 2–3 ms to load on a cold start (worker_threads and zlib on the
 * runner's Node 24), which a run that starts no thread and inflates nothing,
 * such as validate-data on a small CSV, need not pay.
 */
export function lazyBuiltin<T>(name: `node:${string}`): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}

/** node:http, loaded at its first use. */
export const nodeHttp = lazyBuiltin<typeof import('node:http')>('node:http');

/**
 * node:https, loaded at its first use: it brings tls and all of crypto, ~20 ms of a cold
 * start on Node 24, which a run against a plain-http server (or one that stops at its
 * inputs) never needs.
 */
export const nodeHttps = lazyBuiltin<typeof import('node:https')>('node:https');

/** The client module for `url`'s scheme, loaded at its first use. */
export function httpClientFor(url: URL | string): typeof import('node:http') | typeof import('node:https') {
  return (typeof url === 'string' ? url.startsWith('https:') : url.protocol === 'https:') ? nodeHttps() : nodeHttp();
}

/** node:child_process, loaded at its first use: with net and the stream internals it brings, ~7 ms of a cold start. */
export const nodeChildProcess = lazyBuiltin<typeof import('node:child_process')>('node:child_process');
