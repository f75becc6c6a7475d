import type { ChunkJob } from '../read/chunk-jobs';
import type { ChunkParsers, ChunkPool, ChunkResult } from '../read/chunked';
import { tightenOldGenerationPast } from '../profile/heap-growth';
import { workerSpawn } from './entry';
import { threadsFor, threadsSetting } from './plan';
import { fromWorker } from './protocol';
import type { Party, Spawn } from './spawn';

/**
 * Below this many bytes `auto` parses a text file in the reading thread. A
 * worker thread starts in ~0.1 s, and an 8 MB file (~80k rows) is read in about that.
 */
export const TEXT_AUTO_MIN_BYTES = 8 << 20;

/**
 * CSV records and JSONL lines parsed on worker threads while the reading
 * thread profiles: one worker fewer than the threads allowed (MLSHIP_THREADS,
 * every core when unset). The workers start with the first file worth them
 * and serve every file after it (each file's parse is defined once per
 * worker), until `dispose`. Undefined when no thread can start (a bundle
 * whose entry does not register, the library under tests) or one thread is
 * asked for.
 */
export function chunkParsers(options: { threads?: number | 'auto'; spawn?: Spawn } = {}): ChunkParsers | undefined {
  const setting = options.threads ?? threadsSetting();
  const spawn = workerSpawn(options.spawn);
  if (!spawn || setting === 1) return undefined;
  const shared = sharedWorkers(spawn);
  return {
    workersFor: (bytes) => threadsFor(setting, bytes, TEXT_AUTO_MIN_BYTES) - 1,
    open: <R extends ChunkResult>(job: ChunkJob, workers: number) => shared.pool<R>(job, workers),
    dispose: () => shared.dispose(),
  };
}

/**
 * Chunks a started worker holds at most. The main thread hands chunks out only
 * between the batches it profiles (~25 ms each), so with two a worker ran dry
 * and sat idle for 0.9 s of a 2.2 s run on the 1M-row benchmark CSV.
 */
const WORKER_ROOM = 4;

type Waiting = Map<number, { resolve(r: ChunkResult): void; reject(e: Error): void }>;
interface Slot {
  party: Party;
  ready: boolean;
  waiting: Waiting;
}

/** The workers of one run, started as files need them; each file's chunks go to started ones with room, the least loaded. */
function sharedWorkers(spawn: Spawn) {
  const slots: Slot[] = [];
  let seq = 0;
  let jobs = 0;
  let broken: Error | undefined;
  let parsedChunks = 0;
  let waiters: (() => void)[] = [];
  const changed = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const start = (): Slot => {
    const slot: Slot = { party: undefined as unknown as Party, ready: false, waiting: new Map() };
    slot.party = spawn(
      { kind: 'chunks' },
      {
        message: (m) => {
          if (m.t === 'ready') slot.ready = true;
          else if (m.t === 'parsed' || m.t === 'refused') {
            const pending = slot.waiting.get(m.seq);
            slot.waiting.delete(m.seq);
            if (m.t === 'parsed') {
              // Parsed chunks wait in this heap until laid out in batches, and each worker's heap holds its own:
              // on the benchmark CSV, tightened from the start, peak RSS went 275–340 → 256–283 MB (1M and 5M rows)
              // for 8–10% more time, so only past the mark (an RSS read every 8 chunks).
              if ((parsedChunks++ & 7) === 0) tightenOldGenerationPast();
              pending?.resolve(m.result);
            } else pending?.reject(fromWorker(m.error));
          }
          changed();
        },
        failure: (e) => {
          broken ??= e;
          slot.ready = false;
          for (const p of slot.waiting.values()) p.reject(e);
          slot.waiting.clear();
          changed();
        },
      },
    );
    return slot;
  };
  const room = (s: Slot) => (s.ready && !broken ? WORKER_ROOM - s.waiting.size : 0);

  return {
    pool<R extends ChunkResult>(job: ChunkJob, workers: number): ChunkPool<R> {
      while (slots.length < workers) slots.push(start());
      const mine = slots.slice(0, workers);
      const id = jobs++;
      const defined = new Set<Slot>();
      return {
        free: () => mine.reduce((sum, s) => sum + Math.max(0, room(s)), 0),
        parse(chunk) {
          const to = mine.reduce((a, b) => (room(b) > room(a) ? b : a));
          if (!defined.has(to)) {
            to.party.post({ t: 'define', id, job });
            defined.add(to);
          }
          const n = seq++;
          return new Promise<R>((resolve, reject) => {
            to.waiting.set(n, { resolve: resolve as (r: ChunkResult) => void, reject });
            to.party.post({ t: 'chunk', seq: n, job: id, chunk }, [chunk.bytes.buffer as ArrayBuffer]);
          });
        },
        changed: () => new Promise<void>((r) => waiters.push(r)),
        // The workers stay for the next file; they drop this one's parse.
        close: async () => {
          for (const s of defined) s.party.post({ t: 'forget', id });
        },
      };
    },
    async dispose(): Promise<void> {
      await Promise.all(slots.splice(0).map((s) => s.party.stop()));
    },
  };
}
