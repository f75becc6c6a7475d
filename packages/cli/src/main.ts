import { profileWorkersFrom, serveProfileWorker } from '@mlship/data/threads';

// A thread this bundle started to profile columns runs that job and nothing else;
// the CLI itself is imported only in the main thread, so a worker does not load it.
if (!(await serveProfileWorker())) {
  profileWorkersFrom(import.meta.url);
  const { runCli } = await import('./run');
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
