import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { serveChunks } from './chunk-worker';
import { isFinal, JOB_KEY, type MainMessage, type WorkerJob, type WorkerMessage } from './protocol';
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
  return job.kind === 'columns' ? serveColumns(port, job) : serveChunks(port, job);
}

/** A worker thread running `entry` (the bundle's own file; threads/entry.ts routes it to the worker loop). */
export const threadSpawner =
  (entry: URL): Spawn =>
  (job, on) => {
    let finished = false;
    const worker = new Worker(entry, { workerData: { [JOB_KEY]: job } });
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
  const { port1, port2 } = new MessageChannel();
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
