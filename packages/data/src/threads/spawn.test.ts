/**
 * Warm threads: started before their job, adopted by the next spawn of the
 * same entry (which sends the job as the first message), and ended when no
 * job took them. The entry here is a small JavaScript file standing in for a
 * bundle (ts-jest cannot start a thread on TypeScript sources); it answers
 * with its thread id, the job it was given, and whether its isolate hands
 * optimizing compiles to V8's background compiler (optimize-on-thread.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage } from './protocol';
import { endWarmThreads, threadSpawner, warmThreads } from './spawn';

let dir: string;
let entry: URL;
beforeAll(() => {
  // For the entry's probe of its isolate; parsed by threads started from now on.
  v8.setFlagsFromString('--allow-natives-syntax');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-spawn-'));
  const file = path.join(dir, 'entry.mjs');
  fs.writeFileSync(
    file,
    `import { parentPort, threadId, workerData } from 'node:worker_threads';
if (!workerData?.mlshipWorker) throw new Error('not started as an mlship worker');
const background = new Function('return %IsConcurrentRecompilationSupported()')();
parentPort.once('message', (m) => parentPort.postMessage({ t: 'done', columns: [{ threadId, job: m.t === 'job' ? m.job.kind : m.t, background }], bytes: 0 }));
`,
  );
  entry = pathToFileURL(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const job: WorkerJob = { kind: 'chunks' };

function answer(): Promise<{ threadId: number; job: string; background: boolean }> {
  return new Promise((resolve, reject) => {
    threadSpawner(entry)(job, {
      message: (m: WorkerMessage) => m.t === 'done' && resolve(m.columns[0] as never),
      failure: reject,
    });
  });
}

describe('warm threads', () => {
  it('gives a spawn the thread started before its job, then starts new ones', async () => {
    warmThreads(entry, 2);
    warmThreads(entry, 2); // already two warm: no more
    // Thread ids count up in start order: a thread started now comes after the warm ones.
    const marker = new Worker('', { eval: true });
    const between = marker.threadId;
    await marker.terminate();
    const first = await answer();
    const second = await answer();
    const third = await answer();
    expect([first.job, second.job, third.job]).toEqual(['chunks', 'chunks', 'chunks']);
    expect(first.threadId).toBeLessThan(between);
    expect(second.threadId).toBeLessThan(between);
    expect(third.threadId).toBeGreaterThan(between);
  });

  it('starts threads that compile their optimized code in place', async () => {
    warmThreads(entry, 1);
    expect((await answer()).background).toBe(false);
    expect((await answer()).background).toBe(false);
  });

  it('ends the warm threads no job took', async () => {
    warmThreads(entry, 1);
    await endWarmThreads();
    const marker = new Worker('', { eval: true });
    const between = marker.threadId;
    await marker.terminate();
    // The warm one is gone: the spawn starts a thread of its own.
    expect((await answer()).threadId).toBeGreaterThan(between);
  });
});
