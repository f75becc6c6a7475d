import { RetryError, UserError, retry } from '@mlship/core';

export interface MlflowClientOptions {
  /** Tracking server or Databricks workspace URL, e.g. https://mlflow.example.com or https://adb-1.2.azuredatabricks.net. */
  trackingUri: string;
  /** Bearer token: a Databricks personal access token or an MLflow server token. */
  token?: string;
  /** Basic auth, as MLFLOW_TRACKING_USERNAME / MLFLOW_TRACKING_PASSWORD. */
  username?: string;
  password?: string;
  /** Per-request timeout covering connect, response and body; default 15 000 ms. */
  timeoutMs?: number;
  /** Attempts per request including the first; default 4. */
  attempts?: number;
  /** First backoff step; default 500 ms. */
  baseDelayMs?: number;
  /** Stop retrying once this much time has passed; default 60 000 ms. */
  maxElapsedMs?: number;
  /** Jitter source (tests pass () => 1). */
  random?: () => number;
  /** Told about each retry, to log it. */
  onRetry?: (message: string) => void;
}

/** MLflow's error body: `{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "…"}` (databricks.proto ErrorCode). */
export class MlflowApiError extends UserError {
  constructor(
    readonly status: number,
    readonly errorCode: string | undefined,
    readonly apiMessage: string,
    readonly endpoint: string,
    host: string,
  ) {
    super(`MLflow ${endpoint} at ${host} answered HTTP ${status}${errorCode ? ` ${errorCode}` : ''}: ${apiMessage || '(empty body)'}`, {
      hint:
        status === 401
          ? 'The credentials were rejected: set mlflow-token (Databricks or bearer token) or mlflow-username / mlflow-password, from secrets.'
          : status === 403
            ? 'The credentials lack permission on this model: promoting needs EDIT or MANAGE on the registered model (MLflow basic-auth app), "Can Manage" or "Can Manage Production Versions" on Databricks.'
            : undefined,
    });
  }
}

/** Network failure, timeout or a 5xx that outlasted the retries. */
class TransientError extends Error {}

const MAX_BODY_IN_ERROR = 300;

/**
 * A small MLflow REST 2.0 client: JSON in, JSON out, credentials on every
 * request, retries for 5xx / 429 / timeouts / connection errors, and every
 * failure turned into one UserError line (an MlflowApiError for answers).
 */
export class MlflowClient {
  readonly base: URL;
  /** Where the server is, without credentials, for messages. */
  readonly host: string;
  private readonly headers: Record<string, string>;

  constructor(private readonly opts: MlflowClientOptions) {
    let url: URL;
    try {
      url = new URL(opts.trackingUri);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    } catch {
      throw new UserError(`tracking-uri "${opts.trackingUri}" is not an http(s) URL.`, { hint: 'Give the MLflow server or Databricks workspace URL, e.g. https://mlflow.example.com.' });
    }
    const username = opts.username ?? (url.username ? decodeURIComponent(url.username) : undefined);
    const password = opts.password ?? (url.password ? decodeURIComponent(url.password) : undefined);
    url.username = '';
    url.password = '';
    this.base = url;
    this.host = url.origin + url.pathname.replace(/\/+$/, '');
    this.headers = { accept: 'application/json', 'user-agent': 'mlship-registry' };
    if (opts.token) this.headers.authorization = `Bearer ${opts.token}`;
    else if (username !== undefined) this.headers.authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`, 'utf8').toString('base64')}`;
  }

  get<T>(endpoint: string, query: Record<string, string | string[] | number | undefined>): Promise<T> {
    return this.call<T>('GET', endpoint, query);
  }

  post<T>(endpoint: string, body: Record<string, unknown>): Promise<T> {
    return this.call<T>('POST', endpoint, undefined, body);
  }

  /** DELETE with a JSON body, as MLflow's own Python client sends it. */
  delete<T>(endpoint: string, body: Record<string, unknown>): Promise<T> {
    return this.call<T>('DELETE', endpoint, undefined, body);
  }

  private url(endpoint: string, query?: Record<string, string | string[] | number | undefined>): URL {
    const u = new URL(`${this.base.pathname.replace(/\/+$/, '')}/api/2.0/mlflow/${endpoint}`, this.base);
    for (const [k, v] of Object.entries(query ?? {})) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) u.searchParams.append(k, String(item));
    }
    return u;
  }

  private async call<T>(method: string, endpoint: string, query?: Record<string, string | string[] | number | undefined>, body?: Record<string, unknown>): Promise<T> {
    const timeoutMs = this.opts.timeoutMs ?? 15_000;
    const url = this.url(endpoint, query);
    try {
      return await retry(
        async () => {
          let res: Response;
          let text: string;
          try {
            res = await fetch(url, {
              method,
              headers: body ? { ...this.headers, 'content-type': 'application/json' } : this.headers,
              body: body ? JSON.stringify(body) : undefined,
              redirect: 'follow',
              signal: AbortSignal.timeout(timeoutMs),
            });
            text = await res.text();
          } catch (e) {
            throw new TransientError(describeNetworkError(e, timeoutMs));
          }
          if (res.status < 200 || res.status >= 300) {
            const err = parseError(text);
            if (res.status >= 500 || res.status === 429) throw new TransientError(`HTTP ${res.status}${err.code ? ` ${err.code}` : ''}: ${err.message}`);
            throw new MlflowApiError(res.status, err.code, err.message, endpoint, this.host);
          }
          try {
            return (text.trim() === '' ? {} : JSON.parse(text)) as T;
          } catch {
            throw new UserError(`MLflow ${endpoint} at ${this.host} answered HTTP ${res.status} with a body that is not JSON: ${errorText(text)}`, {
              hint: 'Check that tracking-uri points at the MLflow server itself (not its login page or a proxy).',
            });
          }
        },
        {
          attempts: this.opts.attempts ?? 4,
          baseDelayMs: this.opts.baseDelayMs ?? 500,
          maxDelayMs: 8_000,
          maxElapsedMs: this.opts.maxElapsedMs ?? 60_000,
          random: this.opts.random,
          shouldRetry: (e) => e instanceof TransientError,
          onRetry: (e, ctx) => this.opts.onRetry?.(`MLflow ${endpoint}: ${(e as Error).message}; retry ${ctx.attempt} in ${ctx.delayMs} ms`),
        },
      );
    } catch (e) {
      if (e instanceof RetryError || e instanceof TransientError) {
        const last = e instanceof RetryError ? (e.lastError as Error).message : e.message;
        const attempts = e instanceof RetryError ? e.attempts : 1;
        throw new UserError(`MLflow ${endpoint} at ${this.host} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${last}`, {
          hint: 'The server is unreachable or failing; check tracking-uri and the server, then re-run (nothing was promoted).',
        });
      }
      throw e;
    }
  }
}

function parseError(text: string): { code?: string; message: string } {
  try {
    const j = JSON.parse(text) as { error_code?: unknown; message?: unknown };
    if (typeof j === 'object' && j !== null && (typeof j.error_code === 'string' || typeof j.message === 'string')) {
      return { code: typeof j.error_code === 'string' ? j.error_code : undefined, message: typeof j.message === 'string' ? j.message : '' };
    }
  } catch {
    // Not JSON: the basic-auth layer and proxies answer in text or HTML.
  }
  return { message: errorText(text) };
}

function errorText(text: string): string {
  const t = text.replace(/<[^>]*>/g, ' ').trim().replace(/\s+/g, ' ');
  return t.length > MAX_BODY_IN_ERROR ? `${t.slice(0, MAX_BODY_IN_ERROR)}…` : t;
}

/** fetch's errors come from undici, possibly another realm: checked by shape, not instanceof. */
function describeNetworkError(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { message?: string; code?: string } };
  if (err?.name === 'TimeoutError') return `no response within ${timeoutMs} ms`;
  if (err?.cause?.message) return `network error: ${err.cause.message}`;
  return `network error: ${err?.message ?? String(e)}`;
}
