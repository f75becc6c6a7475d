import { useCompileCache } from '@mlship/core/compile-cache';

// Before the rest of the bundle is loaded, so that it is compiled through the cache.
useCompileCache();
const { serveOrRun } = await import('@mlship/data/threads');
await serveOrRun(import.meta.url, async () => {
  // A reader that stops early (`mlship --help | head`) closes the pipe: the rest of the text has
  // nowhere to go, and the run goes on without it (its reports written, its exit code kept).
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
  const { runCli } = await import('./run');
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
});
