import { retry, RetryError } from '@mlship/core';

/**
 * What became of a notification. Delivery is best effort: these functions never
 * throw (an unreachable Slack must not fail a pipeline); the caller logs
 * `error` as a warning.
 */
export interface DeliveryResult {
  delivered: boolean;
  /** HTTP requests made (0 when the request could not even be formed). */
  attempts: number;
  /** Why it was not delivered: HTTP status and response body, timeout or network failure. */
  error?: string;
  /** Status of the last response, when there was one. */
  status?: number;
}

export interface RetryInfo {
  /** The attempt that just failed (1-based). */
  attempt: number;
  /** Wait before the next attempt. */
  delayMs: number;
  error: string;
}

export interface DeliveryOptions {
  /** Total attempts including the first; default 4. */
  attempts?: number;
  /** First backoff step; doubles per retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Cap on any single wait, a server's Retry-After included. Default 8 000 ms. */
  maxDelayMs?: number;
  /** Give up once the next wait would pass this much time since the first attempt. Default 30 000 ms. */
  maxElapsedMs?: number;
  /** Per-request timeout, covering connect, response and body. Default 10 000 ms. */
  timeoutMs?: number;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Told about each retry, e.g. to log it. */
  onRetry?: (info: RetryInfo) => void;
  /** Jitter source for the backoff (tests pass () => 1). */
  random?: () => number;
}

const DEFAULTS = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: 30_000, timeoutMs: 10_000 } as const;
/** Enough of an error body to name the problem (Slack answers with one word) without flooding the log. */
const MAX_BODY_IN_ERROR = 300;

/** A response that was not 2xx. */
class HttpStatusError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    readonly retryAfterMs: number | undefined,
  ) {
    const text = body.trim().replace(/\s+/g, ' ');
    const shown = text.length > MAX_BODY_IN_ERROR ? `${text.slice(0, MAX_BODY_IN_ERROR)}…` : text;
    super(`HTTP ${status}${shown ? `: ${shown}` : ''}`);
  }
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** 5xx and 429 are the server's problem and may pass; other statuses will not change on a resend. */
const retryableStatus = (status: number) => status === 429 || status >= 500;

/** Error-shaped values, checked structurally: fetch's errors come from another realm under test runners, so instanceof fails. */
interface ErrorLike {
  name?: unknown;
  message: string;
  code?: unknown;
  cause?: unknown;
}
const isErrorLike = (e: unknown): e is ErrorLike => typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string';

/**
 * One line for the log. Never includes the URL: a webhook URL is a credential.
 */
function describeFailure(e: unknown, timeoutMs: number): string {
  const err = e instanceof RetryError ? e.lastError : e;
  if (err instanceof HttpStatusError) return err.message;
  if (!isErrorLike(err)) return String(err);
  if (err.name === 'TimeoutError') return `no response within ${timeoutMs} ms`;
  if (err.name === 'AbortError') return 'request aborted';
  // undici reports network failures as TypeError('fetch failed') with the socket error as cause.
  const cause = err.cause;
  if (isErrorLike(cause)) {
    const code = typeof cause.code === 'string' && !cause.message.includes(cause.code) ? ` (${cause.code})` : '';
    return `network error: ${cause.message}${code}`;
  }
  return `network error: ${err.message}`;
}

function validUrl(url: string): URL | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/**
 * POST `body` as JSON to `url`, retrying 5xx, 429 (waiting what Retry-After
 * asks, up to maxDelayMs), timeouts and network errors with exponential
 * backoff, within `attempts` and `maxElapsedMs`. Other 4xx are final. Redirects
 * are not followed (a 301/302 would turn the POST into a GET and lose the
 * message). A timed-out request may still have been delivered, so a retry can
 * duplicate a message — acceptable for alerts, preferable to losing one.
 * Never throws.
 */
export async function sendWebhook(url: string, body: unknown, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const target = validUrl(url);
  if (!target) return { delivered: false, attempts: 0, error: 'the webhook URL is not a valid http(s) URL' };
  let payload: string;
  try {
    payload = JSON.stringify(body);
  } catch (e) {
    return { delivered: false, attempts: 0, error: `the payload cannot be serialised as JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (payload === undefined) return { delivered: false, attempts: 0, error: 'the payload cannot be serialised as JSON' };

  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  let attempts = 0;
  let status: number | undefined;
  try {
    await retry(
      async (attempt) => {
        attempts = attempt;
        const signal = AbortSignal.timeout(timeoutMs);
        const res = await fetch(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'mlship-notify', ...options.headers },
          body: payload,
          redirect: 'manual',
          signal,
        });
        status = res.status;
        // Read the body in every case: it frees the connection, and on failure it is the explanation.
        const text = await res.text();
        if (res.status < 200 || res.status >= 300) throw new HttpStatusError(res.status, text, parseRetryAfter(res.headers.get('retry-after')));
      },
      {
        attempts: options.attempts ?? DEFAULTS.attempts,
        baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
        maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
        maxElapsedMs: options.maxElapsedMs ?? DEFAULTS.maxElapsedMs,
        random: options.random,
        shouldRetry: (e) => {
          if (!(e instanceof HttpStatusError)) return true;
          if (!retryableStatus(e.status)) return false;
          return e.retryAfterMs ?? true;
        },
        onRetry: (e, ctx) => options.onRetry?.({ attempt: ctx.attempt, delayMs: ctx.delayMs, error: describeFailure(e, timeoutMs) }),
      },
    );
    return { delivered: true, attempts, status };
  } catch (e) {
    return { delivered: false, attempts, error: describeFailure(e, timeoutMs), ...(status === undefined ? {} : { status }) };
  }
}
