import { WORKER_ARG, WORKER_KEY, type MainMessage } from './protocol';
// Static, so a bundle holds the reader and profiler once, in the chunk its entry file
// loads first, which the main thread's later chunks share.
import { serveJob, threadSpawner, type Spawn } from './spawn';

/**
 * The script a profiling worker runs: the bundle that holds this code, named
 * by its entry module (in a bundle, a chunk's own import.meta.url is the
 * chunk, which cannot run on its own). Unset (the library under tests, a
 * bundle whose entry does not register), the data is profiled in the main thread.
 */
let entry: URL | undefined;

/** Registers a bundle's entry (its import.meta.url): its worker threads start that file. */
function profileWorkersFrom(url: string): void {
  entry = new URL(url);
}

/**
 * What a bundle's entry does once loaded, from its import.meta.url: a thread it
 * started to profile or parse runs that job and nothing else; the main thread
 * registers the entry for its workers and runs `main`, which imports the
 * command or action itself, so a worker never loads it.
 */
export async function serveOrRun(url: string, main: () => Promise<void>): Promise<void> {
  if (await serveProfileWorker()) return;
  profileWorkersFrom(url);
  await main();
}

export const profileWorkerEntry = (): URL | undefined => entry;

/** How workers start: `spawn` when a test brings its own, else threads on the registered entry; undefined when neither. */
export const workerSpawn = (spawn?: Spawn): Spawn | undefined => spawn ?? (entry ? threadSpawner(entry) : undefined);

/**
 * In a thread started as a worker (profiling columns, parsing CSV or JSONL): runs its job and resolves true,
 * and the entry does nothing else. In any other thread: false, at once.
 */
async function serveProfileWorker(): Promise<boolean> {
  // The main thread, most often: it need not load worker_threads to know (2–3 ms of a cold start).
  if (!process.argv.includes(WORKER_ARG)) return false;
  const { isMainThread, parentPort: port, workerData } = await import('node:worker_threads');
  if (isMainThread || !port || !(workerData as Record<string, unknown> | null)?.[WORKER_KEY]) return false;
  // The job is the first message: a thread may be started before its job is known (warmThreads).
  // Served from within that message's event, so the job's listeners are on the port before the next one.
  await new Promise<void>((resolve, reject) =>
    port.once('message', (m: MainMessage) => {
      if (m.t === 'job') serveJob(port, m.job).then(resolve, reject);
    }),
  );
  return true;
}
