import { open, stat } from 'node:fs/promises';
import type { AsyncBuffer } from 'hyparquet';
import { countBytes } from './meter';
import { HINTS, ParquetFault } from './parquet-faults';

/**
 * A parquet file as hyparquet's AsyncBuffer, each slice read straight into one
 * ArrayBuffer of its size. hyparquet's asyncBufferFromFile streams a slice in
 * 64 KB chunks and concatenates them: every column chunk was allocated twice
 * plus a Buffer per 64 KB, churn that drives V8's external-memory GCs on Node 24
 * (bench/validate-data/RESULTS.md).
 */
export async function parquetFile(path: string): Promise<AsyncBuffer> {
  const { size } = await stat(path);
  return {
    byteLength: size,
    async slice(start: number, end = size): Promise<ArrayBuffer> {
      const length = Math.max(0, Math.min(end, size) - start);
      const out = new ArrayBuffer(length);
      if (length === 0) return out;
      // A handle per slice: the source has no close hook, and a slice per column chunk is few opens.
      const handle = await open(path, 'r');
      try {
        const bytes = new Uint8Array(out);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(bytes, filled, length - filled, start + filled);
          // The footer was read, so the file got shorter since: it is being rewritten.
          if (bytesRead === 0) throw new ParquetFault(`the file ends at byte ${start + filled}, ${length - filled} bytes before the data its footer points to`, HINTS.truncated);
          filled += bytesRead;
          countBytes(bytesRead);
        }
      } finally {
        await handle.close();
      }
      return out;
    },
  };
}
