import { useCompileCache } from '@mlship/core/compile-cache';

// Before the rest of the bundle is loaded, so that it is compiled through the cache.
useCompileCache();
const { serveOrRun } = await import('@mlship/data/threads');
await serveOrRun(import.meta.url, async () => {
  const { runCli } = await import('./run');
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
});
