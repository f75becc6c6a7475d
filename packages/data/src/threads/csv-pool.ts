import os from 'node:os';
import type { ChunkPool, CsvParseJob, CsvParsers, ParsedChunk } from '../read/csv-parallel';
import { profileWorkerEntry } from './entry';
import { threadsSetting } from './plan';
import { fromWorker } from './protocol';
import { threadSpawner, type Party, type Spawn } from './spawn';

/**
 * Below this many bytes `auto` parses CSV in the reading thread. A worker
 * thread starts in ~0.1 s, and an 8 MB file (~80k rows) is read in about that.
 */
export const CSV_AUTO_MIN_BYTES = 8 << 20;

/**
 * CSV records parsed on worker threads while the reading thread profiles:
 * one worker fewer than the threads allowed (MLSHIP_THREADS, every core when
 * unset). Undefined when no thread can start (a bundle whose entry does not
 * register, the library under tests) or one thread is asked for.
 */
export function csvParsers(options: { threads?: number | 'auto'; spawn?: Spawn } = {}, started?: CsvParsers['started']): CsvParsers | undefined {
  const setting = options.threads ?? threadsSetting();
  const entry = profileWorkerEntry();
  const spawn = options.spawn ?? (entry ? threadSpawner(entry) : undefined);
  if (!spawn || setting === 1) return undefined;
  return {
    workersFor: (bytes) => (setting === 'auto' ? (bytes >= CSV_AUTO_MIN_BYTES ? os.availableParallelism() - 1 : 0) : setting - 1),
    open: (job, workers) => chunkPool(job, workers, spawn),
    started,
  };
}

/** Workers started on the first chunk; each chunk goes to the one with the fewest waiting. */
function chunkPool(job: CsvParseJob, workers: number, spawn: Spawn): ChunkPool {
  const parties: { party: Party; waiting: Map<number, { resolve(p: ParsedChunk): void; reject(e: Error): void }> }[] = [];
  let seq = 0;
  let broken: Error | undefined;
  const start = () => {
    for (let w = 0; w < workers; w++) {
      const waiting = new Map<number, { resolve(p: ParsedChunk): void; reject(e: Error): void }>();
      const party = spawn(
        { kind: 'csv', ...job },
        {
          message: (m) => {
            if (m.t !== 'parsed' && m.t !== 'refused') return;
            const pending = waiting.get(m.seq);
            waiting.delete(m.seq);
            if (m.t === 'parsed') pending?.resolve({ n: m.n, lines: m.lines, columns: m.columns });
            else pending?.reject(fromWorker(m.error));
          },
          failure: (e) => {
            broken = e;
            for (const p of waiting.values()) p.reject(e);
            waiting.clear();
          },
        },
      );
      parties.push({ party, waiting });
    }
  };
  return {
    parse(chunk) {
      if (parties.length === 0) start();
      if (broken) return Promise.reject(broken);
      const to = parties.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const id = seq++;
      return new Promise<ParsedChunk>((resolve, reject) => {
        to.waiting.set(id, { resolve, reject });
        to.party.post({ t: 'chunk', seq: id, chunk }, [chunk.bytes.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await Promise.all(parties.map((p) => p.party.stop()));
    },
  };
}
