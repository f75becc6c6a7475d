import type { MessagePort } from 'node:worker_threads';
import { parseChunkJob, type ChunkJob } from '../read/chunk-jobs';
import type { ChunkResult } from '../read/chunked';
import { asWorkerError, type MainMessage, type WorkerMessage } from './protocol';

/**
 * A text-parsing worker's loop (CSV records, JSONL lines): says it is
 * ready, then parses each chunk of whole records that arrives, by the job it
 * names (each file's parse, defined once per worker), and posts the result
 * back (float columns transferred), or the chunk's first error with the line
 * counted from the chunk's start. One worker serves every file of a run, one
 * after another. Runs until the main thread says stop or closes the port.
 */
export function serveChunks(port: MessagePort): Promise<void> {
  const jobs = new Map<number, ChunkJob>();
  return new Promise((resolve) => {
    const end = () => {
      port.removeAllListeners();
      port.unref();
      resolve();
    };
    port.on('message', (m: MainMessage) => {
      if (m.t === 'stop') return end();
      if (m.t === 'define') return void jobs.set(m.id, m.job);
      if (m.t === 'forget') return void jobs.delete(m.id);
      if (m.t !== 'chunk') return;
      let out: WorkerMessage;
      let transfer: ArrayBuffer[] = [];
      try {
        const result = parseChunkJob(jobs.get(m.job)!, m.chunk);
        transfer = floatBuffers(result);
        out = { t: 'parsed', seq: m.seq, result };
      } catch (e) {
        out = { t: 'refused', seq: m.seq, error: asWorkerError(e) };
      }
      port.postMessage(out, transfer);
    });
    port.on('close', end);
    port.postMessage({ t: 'ready' } satisfies WorkerMessage);
  });
}

/** The float columns of parsed rows: moved to the main thread, not copied. */
function floatBuffers(result: ChunkResult): ArrayBuffer[] {
  const columns = (result as { columns?: unknown[] }).columns ?? [];
  return columns.filter((c): c is Float64Array => c instanceof Float64Array).map((c) => c.buffer as ArrayBuffer);
}
