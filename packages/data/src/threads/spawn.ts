import { lazyBuiltin } from '@mlship/core/builtin';
import type { MessagePort, Worker } from 'node:worker_threads';
import { serveChunks } from './chunk-worker';
import { optimizeOnOwnThreads } from './optimize-on-thread';
import { isFinal, WORKER_ARG, WORKER_KEY, type MainMessage, type WorkerJob, type WorkerMessage } from './protocol';
import { serveColumns } from './worker';

/** One worker as the main thread sees it, whether a thread or a port in this thread. */
export interface Party {
  post(m: MainMessage, transfer?: ArrayBuffer[]): void;
  /** Ends it at once (a failure elsewhere, or its work is done). */
  stop(): Promise<void>;
}

export interface PartyEvents {
  message(m: WorkerMessage): void;
  /** It died without a message saying why: an uncaught error, or the thread exited. */
  failure(e: Error): void;
}

export type Spawn = (job: WorkerJob, on: PartyEvents) => Party;

/** Runs `job` on `port`: the loop every worker thread runs (threads/entry.ts), and the in-process parties too. */
export function serveJob(port: MessagePort, job: WorkerJob): Promise<void> {
  return job.kind === 'columns' ? serveColumns(port, job) : serveChunks(port);
}

const threads = lazyBuiltin<typeof import('node:worker_threads')>('node:worker_threads');

/** Threads started ahead of their job (warmThreads), by entry file. */
const warm: { entry: string; worker: Worker; exited: boolean }[] = [];

function startThread(entry: URL): Worker {
  optimizeOnOwnThreads();
  return new (threads().Worker)(entry, { workerData: { [WORKER_KEY]: true }, argv: [WORKER_ARG] });
}

/**
 * Starts `count` worker threads now, before anyone knows their job, so they
 * load the bundle while this thread is still opening the data and compiling
 * the checks (~0.1 s of a thread's start that no longer delays its first
 * batch). Unused, they are ended with `endWarmThreads`, and never keep the
 * process alive.
 */
export function warmThreads(entry: URL, count: number): void {
  for (let i = warm.filter((w) => w.entry === entry.href).length; i < count; i++) {
    const slot = { entry: entry.href, worker: startThread(entry), exited: false };
    slot.worker.unref();
    // A thread that fails before it has a job is not adopted (it exited); nothing waits on it.
    slot.worker.on('error', () => {});
    slot.worker.on('exit', () => (slot.exited = true));
    warm.push(slot);
  }
}

/** Ends the warm threads no job took. */
export async function endWarmThreads(): Promise<void> {
  await Promise.all(warm.splice(0).map((w) => w.worker.terminate()));
}

function adoptThread(entry: URL): Worker {
  for (let i = warm.length - 1; i >= 0; i--) {
    if (warm[i]!.entry !== entry.href) continue;
    const [slot] = warm.splice(i, 1);
    if (slot!.exited) continue;
    slot!.worker.removeAllListeners();
    slot!.worker.ref();
    return slot!.worker;
  }
  return startThread(entry);
}

/** A worker thread running `entry` (the bundle's own file; threads/entry.ts routes it to the worker loop), warm if one is. */
export const threadSpawner =
  (entry: URL): Spawn =>
  (job, on) => {
    let finished = false;
    const worker = adoptThread(entry);
    worker.postMessage({ t: 'job', job } satisfies MainMessage);
    worker.on('message', (m: WorkerMessage) => {
      if (isFinal(m)) finished = true;
      on.message(m);
    });
    worker.on('error', (e) => on.failure(e));
    worker.on('exit', (code) => {
      if (!finished) on.failure(new Error(`a worker thread exited (code ${code}) before it finished its work`));
    });
    return {
      post: (m, transfer) => worker.postMessage(m, transfer),
      stop: async () => {
        finished = true;
        await worker.terminate();
      },
    };
  };

/**
 * The worker loop on a MessageChannel in this thread: the same messages and
 * transfers as a thread, for tests under a runner that cannot start a thread
 * on TypeScript sources.
 */
export const inProcessSpawner: Spawn = (job, on) => {
  const { port1, port2 } = new (threads().MessageChannel)();
  port1.on('message', on.message);
  serveJob(port2, job).catch((e: unknown) => on.failure(e instanceof Error ? e : new Error(String(e))));
  return {
    post: (m, transfer) => port1.postMessage(m, transfer),
    stop: async () => {
      port1.postMessage({ t: 'stop' });
      port1.close();
    },
  };
};
