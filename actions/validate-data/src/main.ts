import { runCachedAction, useCompileCache } from '@mlship/core/compile-cache';

// Before the rest of the bundle is loaded, so that it is compiled through the cache.
useCompileCache();
const { serveOrRun } = await import('@mlship/data/threads');
await serveOrRun(import.meta.url, async () => {
  // The data's threads start loading before the action does (a large file named as it is).
  (await import('@mlship/data/warm')).warmWorkersForInput(process.env.INPUT_DATA, process.env.INPUT_ENGINE);
  await runCachedAction(async () => (await import('./action')).validateData);
});
