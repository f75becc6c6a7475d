import { profileWorkersFrom, serveProfileWorker } from '@mlship/data/threads';

/**
 * What the bundle's process does: a thread it started to profile columns runs that job
 * and nothing else; the main thread runs the CLI, imported only there so a worker does not load it.
 */
export async function serveOrRun(entry: string): Promise<void> {
  if (await serveProfileWorker()) return;
  profileWorkersFrom(entry);
  const { runCli } = await import('./run');
  process.exitCode = await runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
