/** The progress line of long reads, on an injected clock and timer (no waiting). */
import { openDataset } from './read';
import { cleanupTempDirs, tempDir, write } from './read/test-kit';
import { PROGRESS_EVERY_MS, progressLine, type ProgressClock } from './read-progress';
import { scan } from './validate';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(cleanupTempDirs);

/**
 * A clock that moves 5 s per tick and a "timer" that ticks on every turn of
 * the event loop (setImmediate), so each read callback is followed by a tick.
 */
function turnClock(): ProgressClock & { periods: number[]; stopped: boolean } {
  let now = 0;
  const c = {
    periods: [] as number[],
    stopped: false,
    now: () => now,
    every(ms: number, tick: () => void) {
      c.periods.push(ms);
      let handle = setImmediate(function again() {
        now += ms;
        tick();
        handle = setImmediate(again);
      });
      return () => {
        c.stopped = true;
        clearImmediate(handle);
      };
    },
  };
  return c;
}

describe('progressLine', () => {
  it('shows the share of bytes, rows per second and the time left from the bytes', () => {
    expect(progressLine({ role: 'data', phase: 'rows', bytes: 500_000_000, totalBytes: 2_000_000_000, rows: 1_200_000, elapsedMs: 60_000 })).toBe(
      'data: 25% of 2.0 GB read, 1,200,000 rows (20,000 rows/s), about 3 min 0 s left',
    );
    expect(progressLine({ role: 'reference', phase: 'schema', bytes: 3_000_000, totalBytes: 4_000_000, elapsedMs: 15_000 })).toBe(
      'reference: column types pass, 75% of 4.0 MB read, about 5 s left in this pass',
    );
    expect(progressLine({ role: 'data', phase: 'rows', bytes: 0, totalBytes: 10, rows: 0, elapsedMs: 5000 })).toBe('data: 0% of 10 bytes read, 0 rows (0 rows/s), time left not known yet');
  });
});

describe('scan progress', () => {
  it('moves with the bytes read while one long line is read, before any row is finished', async () => {
    const field = 'x'.repeat(6 << 20); // six 1 MiB reads for the one record
    write(dir, 'long.csv', `a,b\n1,"${field}"\n2,y\n`);
    const ds = await openDataset('long.csv', { cwd: dir, role: 'data' });
    const clock = turnClock();
    const lines: string[] = [];
    const rows = await scan(ds, 'data', (l) => lines.push(l), clock, () => {});
    expect(rows).toBe(2);
    expect(clock.periods).toEqual([PROGRESS_EVERY_MS]);
    expect(clock.stopped).toBe(true);
    // Lines printed while the long record was still open: no rows yet, yet a share of the bytes and an estimate.
    const during = lines.filter((l) => / 0 rows /.test(l) && !/ 0% /.test(l));
    expect(during.some((l) => !/ 100% /.test(l))).toBe(true);
    for (const l of during) expect(l).toMatch(/^data: ([1-9]\d?% of 6\.3 MB read, 0 rows \(0 rows\/s\), about [\d a-z]+ left|100% of 6\.3 MB read, 0 rows \(0 rows\/s\), finishing)$/);
    const shares = lines.map((l) => Number(/: (\d+)%/.exec(l)![1]));
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
  });
});
