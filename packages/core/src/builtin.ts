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
