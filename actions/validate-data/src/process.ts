import { profileWorkersFrom, serveProfileWorker } from '@mlship/data/threads';

/** A thread this bundle started to profile columns runs that job and nothing else (packages/data/src/threads); the main thread runs the action. */
export async function serveOrRun(entry: string): Promise<void> {
  if (await serveProfileWorker()) return;
  profileWorkersFrom(entry);
  const { runAction, runnerIO } = await import('@mlship/core');
  const { validateData } = await import('./action');
  const { exitCode } = await runAction(validateData, runnerIO());
  process.exitCode = exitCode;
}
