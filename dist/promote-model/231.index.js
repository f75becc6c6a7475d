export const id = 231;
export const ids = [231];
export const modules = {

/***/ 9231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startDeployment: () => (/* binding */ startDeployment)
});

;// CONCATENATED MODULE: ./packages/github/src/client.ts
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
    const { getOctokit, actionsDefaults, retry, throttling } = await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(796)]).then(__webpack_require__.bind(__webpack_require__, 6796));
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

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(6215);
;// CONCATENATED MODULE: ./packages/github/src/deployments.ts


/**
 * A deployment record for an environment (what GitHub shows on the
 * environment page). auto_merge is off: a deployment never merges branches.
 * 409 (merge conflict / failed required contexts) becomes a UserError.
 */
async function createDeployment(gh, p) {
    try {
        const res = await gh.rest.repos.createDeployment({
            owner: p.owner,
            repo: p.repo,
            ref: p.ref,
            environment: p.environment,
            auto_merge: false,
            required_contexts: p.requiredContexts ?? [],
            task: p.task ?? 'deploy',
            ...(p.description ? { description: p.description } : {}),
            ...(p.payload ? { payload: p.payload } : {}),
            ...(p.productionEnvironment !== undefined ? { production_environment: p.productionEnvironment } : {}),
            ...(p.transientEnvironment !== undefined ? { transient_environment: p.transientEnvironment } : {}),
        });
        if (res.status !== 201 || !('id' in res.data))
            throw new src/* UserError */.yo(`GitHub did not create a deployment of ${p.ref}: ${res.data.message ?? `status ${res.status}`}`);
        return { id: res.data.id, url: res.data.url };
    }
    catch (e) {
        if (statusOf(e) === 409)
            throw new src/* UserError */.yo(`GitHub refused a deployment of ${p.ref} to ${p.environment}: ${e.message}`, { hint: 'Check the ref exists and its required status checks pass.' });
        throw e;
    }
}
async function createDeploymentStatus(gh, p) {
    const { data } = await gh.rest.repos.createDeploymentStatus({
        owner: p.owner,
        repo: p.repo,
        deployment_id: p.deploymentId,
        state: p.state,
        ...(p.description ? { description: p.description.slice(0, 140) } : {}),
        ...(p.environmentUrl ? { environment_url: p.environmentUrl } : {}),
        ...(p.logUrl ? { log_url: p.logUrl } : {}),
        ...(p.autoInactive !== undefined ? { auto_inactive: p.autoInactive } : {}),
    });
    return { id: data.id };
}

;// CONCATENATED MODULE: ./packages/github/src/deployment-record.ts


/**
 * A GitHub deployment that mirrors a registry change on the environment page
 * (in_progress now, success/failure when the step knows). The registry is the
 * source of truth, so GitHub being unreachable only warns; a missing token,
 * when a deployment was asked for, is the user's to fix.
 */
async function startDeployment(io, o) {
    const [owner, repo] = (io.env('GITHUB_REPOSITORY') ?? '').split('/');
    const ref = o.ref ?? io.env('GITHUB_SHA');
    if (!owner || !repo || !ref) {
        io.warning(`${o.action}: GITHUB_REPOSITORY or GITHUB_SHA is not set, so no deployment to "${o.environment}" was recorded.`);
        return { finish: async () => undefined };
    }
    const gh = await createGitHub({ token: o.token, apiUrl: io.env('GITHUB_API_URL'), log: io });
    const warn = (what, e) => io.warning(`${o.action}: could not ${what}: ${failureLine(e, 'the token needs `permissions: deployments: write`')}`);
    let id;
    try {
        ({ id } = await createDeployment(gh, { owner, repo, ref, environment: o.environment, description: o.description, payload: o.payload, productionEnvironment: /^prod/i.test(o.environment) }));
        await createDeploymentStatus(gh, { owner, repo, deploymentId: id, state: 'in_progress', description: o.description, logUrl: o.logUrl });
    }
    catch (e) {
        warn(`record a deployment to "${o.environment}"`, e);
        return { finish: async () => undefined };
    }
    return {
        async finish(state, description, environmentUrl) {
            try {
                await createDeploymentStatus(gh, { owner, repo, deploymentId: id, state, description, environmentUrl, logUrl: o.logUrl, autoInactive: state === 'success' });
                io.info(`${o.action}: deployment ${id} to "${o.environment}" is ${state}`);
            }
            catch (e) {
                warn(`mark deployment ${id} ${state}`, e);
            }
        },
    };
}


/***/ })

};
