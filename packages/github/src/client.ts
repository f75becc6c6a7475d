import type { getOctokit } from '@actions/github';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

/** Where client messages go; an ActionIO fits. */
export interface GitHubLog {
  info?(message: string): void;
  warning?(message: string): void;
  debug?(message: string): void;
}

export interface CreateGitHubOptions {
  token: string;
  /** REST base URL; default GITHUB_API_URL, then https://api.github.com. */
  apiUrl?: string;
  log?: GitHubLog;
  /**
   * Milliseconds one "second" of backoff lasts. Retries wait 1, 4, 9 units
   * after a 5xx (plugin-retry) and `retry-after` units after a secondary rate
   * limit (plugin-throttling). Default 1000; unit tests pass a few ms.
   */
  retryUnitMs?: number;
  /** Retries after the first attempt, for 5xx and for secondary rate limits; default 3. */
  retries?: number;
  /** A request that has not answered within this many ms fails (and is retried like a 5xx); default 30 000. */
  timeoutMs?: number;
  /**
   * Minimum spacing between mutating requests, which still go one at a time.
   * plugin-throttling spaces them 1 s (3 s for ones that notify) by default,
   * GitHub's advice for clients making *many* writes; an action here makes a
   * handful per run (a first pr-checklist run: a dozen label, comment and
   * status writes), so 50 ms keeps it quick — well under GitHub's 80
   * content-creating requests a minute — while a secondary limit that still
   * happens is honoured through retry-after.
   */
  writeSpacingMs?: number;
  /** Longest primary rate-limit reset worth waiting for, in seconds; default 60. */
  maxRateLimitWaitSeconds?: number;
}

export type GitHub = ReturnType<typeof getOctokit>;

/** The Bottleneck group interface plugin-throttling calls for write/notification pacing (jobs are no-ops there). */
function spacer(minTime: number) {
  let next = 0;
  const limiter = {
    schedule: async <T>(_opts: unknown, fn: (...a: unknown[]) => Promise<T> | T, ...args: unknown[]): Promise<T> => {
      const now = Date.now();
      const at = Math.max(now, next);
      next = at + minTime;
      if (at > now) await new Promise((r) => setTimeout(r, at - now));
      return fn(...args);
    },
  };
  // Structurally what the plugin calls (`key(id).schedule(...)`), not a whole Bottleneck.Group.
  return { key: () => limiter } as unknown as NonNullable<ThrottlingOptions['write']>;
}

/**
 * An Octokit for the GitHub REST API that survives the failures GitHub
 * documents: 5xx and timeouts are retried with backoff (plugin-retry), a
 * secondary rate limit (403/429 "secondary rate limit") waits `retry-after`
 * and retries (plugin-throttling), a primary limit is waited out when the
 * reset is near. Every list call site paginates with `gh.paginate`.
 */
export async function createGitHub(options: CreateGitHubOptions): Promise<GitHub> {
  // Octokit and its HTTP stack (1.5 MB of a bundle, ~100 ms of pr-checklist's cold start) load only for a run that calls GitHub.
  const { getOctokit, actionsDefaults, retry, throttling } = await import('./octokit');
  const { token, log = {} } = options;
  const unit = options.retryUnitMs ?? 1000;
  const retries = options.retries ?? 3;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 60;
  const baseUrl = (options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const baseFetch: typeof fetch = (actionsDefaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  // A hung server must not hold the job: the timeout abort surfaces as a
  // RequestError 500 (its name is TimeoutError, not AbortError), which plugin-retry retries.
  // It also says so when GitHub fails, so a slow step shows why it waits.
  const timedFetch: typeof fetch = async (input, init) => {
    const signals = [AbortSignal.timeout(timeoutMs), ...(init?.signal ? [init.signal] : [])];
    const what = `${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input).replace(baseUrl, '').replace(/\?.*$/, '')}`;
    try {
      const res = await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
      if (res.status >= 500) log.warning?.(`GitHub answered ${res.status} to ${what}; retrying with backoff.`);
      return res;
    } catch (e) {
      if ((e as Error).name === 'TimeoutError') log.warning?.(`GitHub did not answer ${what} within ${timeoutMs / 1000} s; retrying.`);
      throw e;
    }
  };
  const spacing = options.writeSpacingMs ?? 50;
  const describe = (o: { method?: string; url?: string }) => `${o.method ?? 'GET'} ${o.url ?? ''}`;
  return getOctokit(
    token,
    {
      baseUrl,
      request: { fetch: timedFetch },
      // 429 is left to plugin-throttling, which honours retry-after; plugin-retry would back off on its own clock.
      retry: { retryAfterBaseValue: unit, retries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        retryAfterBaseValue: unit,
        write: spacer(spacing),
        notifications: spacer(spacing),
        onSecondaryRateLimit: (retryAfter: number, o: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
          if (retryCount >= retries) {
            log.warning?.(`GitHub secondary rate limit on ${describe(o)}: giving up after ${retries} retries.`);
            return false;
          }
          log.warning?.(`GitHub secondary rate limit on ${describe(o)}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`);
          return true;
        },
        onRateLimit: (retryAfter: number, o: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
          if (retryCount >= 1 || retryAfter > maxWait) {
            log.warning?.(`GitHub rate limit exhausted on ${describe(o)} (resets in ${retryAfter} s): not waiting.`);
            return false;
          }
          log.warning?.(`GitHub rate limit exhausted on ${describe(o)}: waiting ${retryAfter} s for the reset.`);
          return true;
        },
      },
      log: {
        debug: (m: string) => log.debug?.(m),
        info: (m: string) => log.debug?.(m),
        warn: (m: string) => log.warning?.(m),
        error: (m: string) => log.debug?.(m),
      },
    },
    retry,
    throttling,
  );
}

/** HTTP status of an Octokit RequestError, or undefined. */
export function statusOf(e: unknown): number | undefined {
  if (typeof e === 'object' && e !== null && 'status' in e && typeof (e as { status: unknown }).status === 'number') return (e as { status: number }).status;
  return undefined;
}

/**
 * A failed GitHub call as the tail of a warning: status, the error's first
 * line, and `permissionHint` when a 403 or 404 says the token lacks a permission.
 */
export function failureLine(e: unknown, permissionHint: string): string {
  const status = statusOf(e);
  const hint = status === 403 || status === 404 ? ` (${permissionHint})` : '';
  return `${status ? `HTTP ${status} ` : ''}${(e as Error).message.split('\n')[0]}${hint}`;
}
