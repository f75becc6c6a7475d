/**
 * Retry with capped exponential backoff and jitter.
 *
 * Deliberately small: the caller decides what is retryable (`shouldRetry`) and
 * may override the wait for one attempt (`shouldRetry` returning a number of
 * milliseconds, e.g. from a Retry-After header). Total time is bounded by
 * `maxElapsedMs` so a flapping dependency cannot hold a CI job hostage.
 */

export interface RetryContext {
  /** 1-based number of the attempt that just failed. */
  attempt: number;
  /** Milliseconds since the first attempt started. */
  elapsedMs: number;
}

export interface RetryOptions {
  /** Total attempts including the first; default 3. */
  attempts?: number;
  /** Backoff before retry k is up to baseDelayMs·2^(k−1); default 200. */
  baseDelayMs?: number;
  /** Cap on any single wait (including one asked for by shouldRetry); default 10 000. */
  maxDelayMs?: number;
  /** Stop retrying once this much time has passed or the next wait would pass it; default unbounded. */
  maxElapsedMs?: number;
  /**
   * Whether the failure is worth another attempt. Return true to back off
   * normally, a number to wait that many ms instead (still capped by
   * maxDelayMs), false to give up now. Default: always retry.
   */
  shouldRetry?: (error: unknown, ctx: RetryContext) => boolean | number;
  /** Called before each wait, e.g. to log a warning. */
  onRetry?: (error: unknown, ctx: RetryContext & { delayMs: number }) => void;
  /** Jitter source in [0, 1]; default Math.random. Pass () => 1 for the full, deterministic backoff. */
  random?: () => number;
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Aborts the wait between attempts (the running attempt is the callee's business). */
  signal?: AbortSignal;
}

/** Structural, not instanceof: errors thrown by Node internals can come from another realm (vm contexts, test runners). */
const messageOf = (e: unknown): string =>
  typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : String(e);

export class RetryError extends Error {
  override readonly name = 'RetryError';
  constructor(
    readonly lastError: unknown,
    readonly attempts: number,
  ) {
    super(`gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${messageOf(lastError)}`, { cause: lastError });
  }
}

/** setTimeout as a promise that an AbortSignal rejects early (with the signal's reason). */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * The wait before retry number `retry` (1-based): uniform over [c/2, c] with
 * c = min(max, base·2^(retry−1)) — jittered so parallel jobs do not retry in
 * lockstep, but never shorter than half the backoff.
 */
export function backoffDelay(retry: number, opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs' | 'random'> = {}): number {
  const base = opts.baseDelayMs ?? 200;
  const max = opts.maxDelayMs ?? 10_000;
  const ceiling = Math.min(max, base * 2 ** (retry - 1));
  const r = (opts.random ?? Math.random)();
  return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(1, Math.max(0, r)));
}

/**
 * Run `fn` until it resolves, retrying failures as `options` allow. Resolves
 * with fn's value; rejects with the last error itself when shouldRetry says no,
 * or with a RetryError (cause = last error) when attempts or time run out.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
  const maxDelay = options.maxDelayMs ?? 10_000;
  const maxElapsed = options.maxElapsedMs ?? Infinity;
  const wait = options.sleep ?? ((ms: number) => sleep(ms, options.signal));
  const started = Date.now();
  // Counted as well as measured, so an injected sleep still spends the time budget.
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      const ctx = { attempt, elapsedMs: Math.max(Date.now() - started, waited) };
      const verdict = options.shouldRetry ? options.shouldRetry(error, ctx) : true;
      if (verdict === false) throw error;
      if (attempt >= attempts) throw new RetryError(error, attempt);
      const requested = typeof verdict === 'number' && Number.isFinite(verdict) && verdict >= 0 ? verdict : undefined;
      const delayMs = Math.min(maxDelay, requested ?? backoffDelay(attempt, options));
      if (ctx.elapsedMs + delayMs >= maxElapsed) throw new RetryError(error, attempt);
      options.onRetry?.(error, { ...ctx, delayMs });
      if (options.signal?.aborted) throw new RetryError(error, attempt);
      await wait(delayMs);
      waited += delayMs;
    }
  }
}
