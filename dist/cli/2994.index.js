export const id = 2994;
export const ids = [2994];
export const modules = {

/***/ 32994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ failureLine),
/* harmony export */   c: () => (/* binding */ statusOf),
/* harmony export */   createGitHub: () => (/* binding */ createGitHub)
/* harmony export */ });
/** The Bottleneck group interface plugin-throttling calls for write/notification pacing (jobs are no-ops there). */
function spacer(minTime) {
    let next = 0;
    const limiter = {
        schedule: async (_opts, fn, ...args) => {
            const now = Date.now();
            const at = Math.max(now, next);
            next = at + minTime;
            if (at > now)
                await new Promise((r) => setTimeout(r, at - now));
            return fn(...args);
        },
    };
    // Structurally what the plugin calls (`key(id).schedule(...)`), not a whole Bottleneck.Group.
    return { key: () => limiter };
}
/**
 * An Octokit for the GitHub REST API that survives the failures GitHub
 * documents: 5xx and timeouts are retried with backoff (plugin-retry), a
 * secondary rate limit (403/429 "secondary rate limit") waits `retry-after`
 * and retries (plugin-throttling), a primary limit is waited out when the
 * reset is near. Every list call site paginates with `gh.paginate`.
 */
async function createGitHub(options) {
    // Octokit and its HTTP stack (1.5 MB of a bundle, ~100 ms of pr-checklist's cold start) load only for a run that calls GitHub.
    const { getOctokit, actionsDefaults, retry, throttling } = await Promise.all(/* import() */[__webpack_require__.e(6913), __webpack_require__.e(1819)]).then(__webpack_require__.bind(__webpack_require__, 41819));
    const { token, log = {} } = options;
    const unit = options.retryUnitMs ?? 1000;
    const retries = options.retries ?? 3;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const maxWait = options.maxRateLimitWaitSeconds ?? 60;
    const baseUrl = (options.apiUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const baseFetch = actionsDefaults.request?.fetch ?? fetch;
    // A hung server must not hold the job: the timeout abort surfaces as a
    // RequestError 500 (its name is TimeoutError, not AbortError), which plugin-retry retries.
    // It also says so when GitHub fails, so a slow step shows why it waits.
    const timedFetch = async (input, init) => {
        const signals = [AbortSignal.timeout(timeoutMs), ...(init?.signal ? [init.signal] : [])];
        const what = `${init?.method ?? 'GET'} ${String(input instanceof Request ? input.url : input).replace(baseUrl, '').replace(/\?.*$/, '')}`;
        try {
            const res = await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
            if (res.status >= 500)
                log.warning?.(`GitHub answered ${res.status} to ${what}; retrying with backoff.`);
            return res;
        }
        catch (e) {
            if (e.name === 'TimeoutError')
                log.warning?.(`GitHub did not answer ${what} within ${timeoutMs / 1000} s; retrying.`);
            throw e;
        }
    };
    const spacing = options.writeSpacingMs ?? 50;
    const describe = (o) => `${o.method ?? 'GET'} ${o.url ?? ''}`;
    return getOctokit(token, {
        baseUrl,
        request: { fetch: timedFetch },
        // 429 is left to plugin-throttling, which honours retry-after; plugin-retry would back off on its own clock.
        retry: { retryAfterBaseValue: unit, retries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            retryAfterBaseValue: unit,
            write: spacer(spacing),
            notifications: spacer(spacing),
            onSecondaryRateLimit: (retryAfter, o, _octokit, retryCount) => {
                if (retryCount >= retries) {
                    log.warning?.(`GitHub secondary rate limit on ${describe(o)}: giving up after ${retries} retries.`);
                    return false;
                }
                log.warning?.(`GitHub secondary rate limit on ${describe(o)}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${retries}).`);
                return true;
            },
            onRateLimit: (retryAfter, o, _octokit, retryCount) => {
                if (retryCount >= 1 || retryAfter > maxWait) {
                    log.warning?.(`GitHub rate limit exhausted on ${describe(o)} (resets in ${retryAfter} s): not waiting.`);
                    return false;
                }
                log.warning?.(`GitHub rate limit exhausted on ${describe(o)}: waiting ${retryAfter} s for the reset.`);
                return true;
            },
        },
        log: {
            debug: (m) => log.debug?.(m),
            info: (m) => log.debug?.(m),
            warn: (m) => log.warning?.(m),
            error: (m) => log.debug?.(m),
        },
    }, retry, throttling);
}
/** HTTP status of an Octokit RequestError, or undefined. */
function statusOf(e) {
    if (typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number')
        return e.status;
    return undefined;
}
/**
 * A failed GitHub call as the tail of a warning: status, the error's first
 * line, and `permissionHint` when a 403 or 404 says the token lacks a permission.
 */
function failureLine(e, permissionHint) {
    const status = statusOf(e);
    const hint = status === 403 || status === 404 ? ` (${permissionHint})` : '';
    return `${status ? `HTTP ${status} ` : ''}${e.message.split('\n')[0]}${hint}`;
}


/***/ })

};
