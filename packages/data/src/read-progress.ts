import { groupDigits } from '@mlship/core/digits';
import { metered, type ByteMeter } from './read/meter';

/** Time for the progress line: the real clock and timer, or a test's. */
export interface ProgressClock {
  now(): number;
  /** Calls `tick` every `ms` until the returned function is called. */
  every(ms: number, tick: () => void): () => void;
}

export const realProgressClock: ProgressClock = {
  now: () => Date.now(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

export const PROGRESS_EVERY_MS = 5000;

export interface ReadState {
  role: string;
  /** `schema`: the pass that opens the files (JSONL's reads them whole to find the keys); `rows`: the read of the data. */
  phase: 'schema' | 'rows';
  bytes: number;
  totalBytes: number;
  /** Rows finished; undefined in the schema pass, which does not count them. */
  rows?: number;
  elapsedMs: number;
}

/**
 * One progress line: share of the bytes read, rows per second and the time
 * left, estimated from the bytes (a row count is unknown until the end, and
 * while one long line is read no row finishes but bytes still come in).
 */
export function progressLine(s: ReadState): string {
  const share = s.totalBytes > 0 ? Math.min(1, s.bytes / s.totalBytes) : 0;
  const parts = [`${s.role}: ${s.phase === 'schema' ? 'column types pass, ' : ''}${Math.floor(share * 100)}% of ${formatBytes(s.totalBytes)} read`];
  const seconds = s.elapsedMs / 1000;
  if (s.rows !== undefined) parts.push(`${groupDigits(s.rows)} rows (${groupDigits(Math.round(seconds > 0 ? s.rows / seconds : 0))} rows/s)`);
  if (share >= 1) parts.push('finishing');
  else parts.push(share > 0 ? `about ${formatDuration((s.elapsedMs * (1 - share)) / share)} left${s.phase === 'schema' ? ' in this pass' : ''}` : 'time left not known yet');
  return parts.join(', ');
}

/**
 * Runs `work` (a pass over a dataset's files) printing a progress line every
 * 5 s from a timer, so the line comes while the reader waits inside one long
 * line as much as between batches; nothing is added per row.
 */
export async function withProgress<T>(
  o: { role: string; phase: ReadState['phase']; totalBytes: () => number; rows?: () => number; log: (line: string) => void; clock?: ProgressClock },
  work: () => Promise<T>,
): Promise<T> {
  const clock = o.clock ?? realProgressClock;
  const meter: ByteMeter = { bytes: 0 };
  const started = clock.now();
  const stop = clock.every(PROGRESS_EVERY_MS, () =>
    o.log(progressLine({ role: o.role, phase: o.phase, bytes: meter.bytes, totalBytes: o.totalBytes(), rows: o.rows?.(), elapsedMs: clock.now() - started })),
  );
  try {
    return await metered(meter, work);
  } finally {
    stop();
  }
}

export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} bytes`;
}

export function formatDuration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${s % 60} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
