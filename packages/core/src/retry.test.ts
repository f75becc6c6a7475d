import { jest } from '@jest/globals';
import { backoffDelay, retry, RetryError, type RetryOptions } from './retry';

const failing = (failures: number, value = 'ok') => {
  let calls = 0;
  const fn = jest.fn(async (attempt: number) => {
    calls++;
    if (calls <= failures) throw new Error(`boom ${attempt}`);
    return value;
  });
  return fn;
};

const recorder = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

describe('retry', () => {
  it('returns the first success without waiting', async () => {
    const { waits, sleep } = recorder();
    const fn = failing(0);
    await expect(retry(fn, { sleep })).resolves.toBe('ok');
    expect(fn).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([]);
  });

  it('backs off exponentially up to the cap, passing the attempt number', async () => {
    const { waits, sleep } = recorder();
    const fn = failing(4);
    const onRetry = jest.fn<NonNullable<RetryOptions['onRetry']>>();
    await expect(retry(fn, { attempts: 5, baseDelayMs: 100, maxDelayMs: 300, random: () => 1, sleep, onRetry })).resolves.toBe('ok');
    expect(fn.mock.calls.map((c) => c[0])).toEqual([1, 2, 3, 4, 5]);
    expect(waits).toEqual([100, 200, 300, 300]);
    expect(onRetry.mock.calls.map((c) => [(c[0] as Error).message, c[1].attempt, c[1].delayMs])).toEqual([
      ['boom 1', 1, 100],
      ['boom 2', 2, 200],
      ['boom 3', 3, 300],
      ['boom 4', 4, 300],
    ]);
  });

  it('gives up after `attempts` with a RetryError carrying the last error', async () => {
    const { waits, sleep } = recorder();
    const fn = failing(10);
    const err = await retry(fn, { attempts: 3, baseDelayMs: 10, random: () => 1, sleep }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryError);
    expect((err as RetryError).attempts).toBe(3);
    expect(((err as RetryError).lastError as Error).message).toBe('boom 3');
    expect((err as RetryError).cause).toBe((err as RetryError).lastError);
    expect((err as RetryError).message).toBe('gave up after 3 attempts: boom 3');
    expect(fn).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([10, 20]);
  });

  it('rethrows a non-retryable error as is, at once', async () => {
    const { waits, sleep } = recorder();
    const fatal = new TypeError('bad input');
    const fn = jest.fn(async () => {
      throw fatal;
    });
    await expect(retry(fn, { attempts: 5, sleep, shouldRetry: (e) => !(e instanceof TypeError) })).rejects.toBe(fatal);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(waits).toEqual([]);
  });

  it('waits what shouldRetry asks for (e.g. Retry-After), capped by maxDelayMs', async () => {
    const { waits, sleep } = recorder();
    const fn = failing(2);
    const asks = [50, 5000];
    await retry(fn, { attempts: 3, baseDelayMs: 1, maxDelayMs: 1000, sleep, shouldRetry: (_e, ctx) => asks[ctx.attempt - 1] });
    expect(waits).toEqual([50, 1000]);
  });

  it('stops when the next wait would exceed maxElapsedMs', async () => {
    const { waits, sleep } = recorder();
    const fn = failing(10);
    const err = await retry(fn, { attempts: 10, baseDelayMs: 40, random: () => 1, maxElapsedMs: 100, sleep }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryError);
    // 40 + 80 would end past 100 ms (measured time adds to it), so only the first wait happens.
    expect(waits).toEqual([40]);
    expect((err as RetryError).attempts).toBe(2);
  });

  it('really sleeps by default, and an abort signal cuts the wait short', async () => {
    const started = Date.now();
    await expect(retry(failing(1), { attempts: 2, baseDelayMs: 30, random: () => 1 })).resolves.toBe('ok');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);

    const ac = new AbortController();
    setTimeout(() => ac.abort(new Error('cancelled')), 20);
    const t0 = Date.now();
    await expect(retry(failing(5), { attempts: 5, baseDelayMs: 10_000, signal: ac.signal })).rejects.toThrow('cancelled');
    expect(Date.now() - t0).toBeLessThan(10_000); // the first wait alone would be 10 s
  });

  it('treats attempts < 1 as a single attempt', async () => {
    const fn = failing(1);
    await expect(retry(fn, { attempts: 0, sleep: async () => {} })).rejects.toBeInstanceOf(RetryError);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('backoffDelay', () => {
  it('jitters between half and all of the capped exponential step', () => {
    expect(backoffDelay(1, { baseDelayMs: 100, random: () => 0 })).toBe(50);
    expect(backoffDelay(1, { baseDelayMs: 100, random: () => 1 })).toBe(100);
    expect(backoffDelay(3, { baseDelayMs: 100, random: () => 0.5 })).toBe(300);
    expect(backoffDelay(20, { baseDelayMs: 100, maxDelayMs: 1000, random: () => 1 })).toBe(1000);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelay(2, { baseDelayMs: 100 });
      expect(d).toBeGreaterThanOrEqual(100);
      expect(d).toBeLessThanOrEqual(200);
    }
  });
});
