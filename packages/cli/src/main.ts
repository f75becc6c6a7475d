import { useCompileCache } from '@mlship/core/compile-cache';

// Before the rest of the bundle is loaded, so that it is compiled through the cache.
useCompileCache();
const { serveOrRun } = await import('./process');
await serveOrRun(import.meta.url);
