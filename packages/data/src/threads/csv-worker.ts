import type { MessagePort } from 'node:worker_threads';
import { parseChunk, type CsvParseJob } from '../read/csv-parallel';
import { asWorkerError, type MainMessage, type WorkerMessage } from './protocol';

/**
 * A CSV parsing worker's loop: says it is ready, then parses each chunk of
 * whole records that arrives into columns and posts them back (float columns
 * transferred), or the chunk's first error with the line counted from the
 * chunk's start. Runs until the main thread says stop or closes the port.
 */
export function serveCsvChunks(port: MessagePort, job: CsvParseJob): Promise<void> {
  return new Promise((resolve) => {
    const end = () => {
      port.removeAllListeners();
      port.unref();
      resolve();
    };
    port.on('message', (m: MainMessage) => {
      if (m.t === 'stop') return end();
      if (m.t !== 'chunk') return;
      let out: WorkerMessage;
      const transfer: ArrayBuffer[] = [];
      try {
        const parsed = parseChunk(job, m.chunk);
        for (const c of parsed.columns) if (c instanceof Float64Array) transfer.push(c.buffer as ArrayBuffer);
        out = { t: 'parsed', seq: m.seq, ...parsed };
      } catch (e) {
        out = { t: 'refused', seq: m.seq, error: asWorkerError(e) };
      }
      port.postMessage(out, transfer);
    });
    port.on('close', end);
    port.postMessage({ t: 'ready' } satisfies WorkerMessage);
  });
}
