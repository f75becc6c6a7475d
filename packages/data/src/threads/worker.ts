import fs from 'node:fs/promises';
import path from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { UserError } from '@mlship/core/errors';
import { ColumnGroup } from '../profile/column-group';
import { openFiles } from '../read/open-files';
import { metered, type ByteMeter } from '../read/meter';
import { asWorkerError, type ColumnJob, type MainMessage, type WorkerMessage } from './protocol';

/**
 * A profiling worker's loop: opens the dataset, reads only its own columns,
 * profiles them batch by batch with a ColumnGroup, and posts each batch's
 * share of the row hashes (transferred) and, at the end, its columns' states.
 * Runs on a worker thread's parentPort, or on a MessageChannel port in the
 * main thread (tests), with the same messages either way.
 */
export async function serveColumns(port: MessagePort, job: ColumnJob): Promise<void> {
  let acked = -1;
  let wake: (() => void) | undefined;
  let stopped = false;
  port.on('message', (m: MainMessage) => {
    if (m.t === 'ack') acked = Math.max(acked, m.seq);
    else if (m.t === 'stop') stopped = true;
    wake?.();
  });
  // The main thread gave up (another column failed): stop reading.
  port.on('close', () => {
    stopped = true;
    wake?.();
  });
  const post = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  const meter: ByteMeter = { bytes: 0 };
  let reported = 0;
  const newBytes = () => {
    const n = meter.bytes - reported;
    reported = meter.bytes;
    return n;
  };
  let seq = 0;
  try {
    await metered(meter, async () => {
      await unchanged(job);
      const ds = await openFiles(job.files, job.spec, { cwd: job.cwd, role: job.role, maxLineBytes: job.maxLineBytes });
      const fields = job.columns.map((i) => ds.schema.fields[i]!);
      const group = new ColumnGroup(fields, job.columns, true);
      for await (const batch of ds.batches({ columns: fields.map((f) => f.name), rawText: true })) {
        while (seq - acked > job.window && !stopped) await new Promise<void>((r) => (wake = r));
        if (stopped) return;
        const { a, b } = group.add(batch);
        post({ t: 'rows', seq, n: batch.numRows, a, b, bytes: newBytes() }, [a.buffer as ArrayBuffer, b.buffer as ArrayBuffer]);
        seq++;
        if (stopped) return;
      }
      post({ t: 'done', columns: group.profilers.map((p) => p.toState()), bytes: newBytes() });
    });
  } catch (e) {
    post({ t: 'error', seq, error: asWorkerError(e) });
  } finally {
    // Not close(): a port closed right after postMessage can drop the message. Unreferenced, it lets the thread exit.
    port.removeAllListeners();
    port.unref();
  }
}

/**
 * A file rewritten since the main thread resolved it (another size or
 * modification time) is refused, not misread: the footer its reader seeks
 * would be the old one.
 */
async function unchanged(job: ColumnJob): Promise<void> {
  for (const f of job.files) {
    const now = await fs.stat(path.resolve(job.cwd, f.path)).catch(() => undefined);
    if (now?.size !== f.sizeBytes || now.mtimeMs !== f.mtimeMs) {
      throw new UserError(`${f.path} changed while the data was being read (rewritten, moved or deleted)`, {
        where: `${job.role} ${job.spec}`,
        hint: 'Validate the data once it is no longer being written.',
      });
    }
  }
}
