import os from 'node:os';
import type { ChunkJob } from '../read/chunk-jobs';
import type { ChunkParsers, ChunkPool, ChunkResult } from '../read/chunked';
import { tightenOldGeneration } from '../profile/heap-growth';
import { profileWorkerEntry } from './entry';
import { threadsSetting } from './plan';
import { fromWorker } from './protocol';
import { threadSpawner, type Party, type Spawn } from './spawn';

/**
 * Below this many bytes `auto` parses a text file in the reading thread. A
 * worker thread starts in ~0.1 s, and an 8 MB file (~80k rows) is read in about that.
 */
export const TEXT_AUTO_MIN_BYTES = 8 << 20;

/**
 * CSV records and JSONL lines parsed on worker threads while the reading
 * thread profiles: one worker fewer than the threads allowed (MLSHIP_THREADS,
 * every core when unset). Undefined when no thread can start (a bundle whose
 * entry does not register, the library under tests) or one thread is asked for.
 */
export function chunkParsers(options: { threads?: number | 'auto'; spawn?: Spawn } = {}, started?: ChunkParsers['started']): ChunkParsers | undefined {
  const setting = options.threads ?? threadsSetting();
  const entry = profileWorkerEntry();
  const spawn = options.spawn ?? (entry ? threadSpawner(entry) : undefined);
  if (!spawn || setting === 1) return undefined;
  return {
    workersFor: (bytes) => (setting === 'auto' ? (bytes >= TEXT_AUTO_MIN_BYTES ? os.availableParallelism() - 1 : 0) : setting - 1),
    open: <R extends ChunkResult>(job: ChunkJob, workers: number) => chunkPool<R>(job, workers, spawn),
    started,
  };
}

/**
 * Chunks a started worker holds at most. The main thread hands chunks out only
 * between the batches it profiles (~25 ms each), so with two a worker ran dry
 * and sat idle for 0.9 s of a 2.2 s run on the 1M-row benchmark CSV.
 */
const WORKER_ROOM = 4;

/** Workers started with the pool; a chunk goes to a started one with room, the least loaded. */
function chunkPool<R extends ChunkResult>(job: ChunkJob, workers: number, spawn: Spawn): ChunkPool<R> {
  // Parsed chunks wait in this heap until laid out in batches, and each worker's heap holds its own:
  // on the benchmark CSV peak RSS went 275–340 → 256–283 MB (1M and 5M rows), for 8–10% more time.
  tightenOldGeneration();
  type Waiting = Map<number, { resolve(r: R): void; reject(e: Error): void }>;
  const parties: { party: Party; ready: boolean; waiting: Waiting }[] = [];
  let seq = 0;
  let broken: Error | undefined;
  let wake: (() => void) | undefined;
  const changed = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  for (let w = 0; w < workers; w++) {
    const waiting: Waiting = new Map();
    const slot = { party: undefined as unknown as Party, ready: false, waiting };
    slot.party = spawn(
      job,
      {
        message: (m) => {
          if (m.t === 'ready') slot.ready = true;
          else if (m.t === 'parsed' || m.t === 'refused') {
            const pending = waiting.get(m.seq);
            waiting.delete(m.seq);
            if (m.t === 'parsed') pending?.resolve(m.result as R);
            else pending?.reject(fromWorker(m.error));
          }
          changed();
        },
        failure: (e) => {
          broken ??= e;
          slot.ready = false;
          for (const p of waiting.values()) p.reject(e);
          waiting.clear();
          changed();
        },
      },
    );
    parties.push(slot);
  }
  const room = (p: (typeof parties)[number]) => (p.ready && !broken ? WORKER_ROOM - p.waiting.size : 0);
  return {
    free: () => parties.reduce((s, p) => s + Math.max(0, room(p)), 0),
    parse(chunk) {
      const to = parties.reduce((a, b) => (room(b) > room(a) ? b : a));
      const id = seq++;
      return new Promise<R>((resolve, reject) => {
        to.waiting.set(id, { resolve, reject });
        to.party.post({ t: 'chunk', seq: id, chunk }, [chunk.bytes.buffer as ArrayBuffer]);
      });
    },
    changed: () => new Promise<void>((r) => (wake = r)),
    async close() {
      await Promise.all(parties.map((p) => p.party.stop()));
    },
  };
}
