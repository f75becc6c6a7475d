export const id = 6175;
export const ids = [6175,6787,3414,2994];
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


/***/ }),

/***/ 34391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HS: () => (/* binding */ pickSticky),
/* harmony export */   Pn: () => (/* binding */ stickyAuthor),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   YL: () => (/* binding */ stickyMarker),
/* harmony export */   cG: () => (/* binding */ listIssueComments),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony exports fitComment, tokenLogin */
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32994);

/** GitHub rejects an issue comment body longer than this many characters (422 "body is too long"). */
const COMMENT_LIMIT = 65_536;
/** The hidden line that identifies one sticky comment; `key` names the action (and whatever else makes it unique). */
const stickyMarker = (key) => `<!-- mlship:${key.replace(/--+|>/g, '-')} -->`;
const truncatedNote = (where) => `\n\n> [!WARNING]\n> This comment was truncated to fit GitHub's comment size limit (65,536 characters)${where ? `; ${where}` : ''}.\n`;
/**
 * Fits a body into GitHub's comment limit. Keeps the head and the tail (the
 * marker lives on the first line, closing tags and links often on the last
 * ones), cuts the middle, says so, and never splits a surrogate pair.
 * An open ``` fence or <details> inside the cut is closed so the rest renders.
 * `fullReportAt` completes the note, e.g. "the job summary has the full report".
 */
function fitComment(body, limit = COMMENT_LIMIT, fullReportAt) {
    if (body.length <= limit)
        return body;
    const TRUNCATED = truncatedNote(fullReportAt);
    const tailLength = Math.min(2000, Math.floor(limit / 8));
    let tail = body.slice(body.length - tailLength);
    const budget = limit - TRUNCATED.length - tail.length - 32;
    if (budget < 0)
        throw new Error(`fitComment: limit ${limit} is too small`);
    let head = body.slice(0, budget);
    // Do not leave half a surrogate pair or half a line at the cut.
    if (/[\uD800-\uDBFF]$/.test(head))
        head = head.slice(0, -1);
    if (/^[\uDC00-\uDFFF]/.test(tail))
        tail = tail.slice(1);
    const lastNewline = head.lastIndexOf('\n');
    if (lastNewline > budget / 2)
        head = head.slice(0, lastNewline);
    const tailNewline = tail.indexOf('\n');
    if (tailNewline >= 0 && tailNewline < tail.length / 2)
        tail = tail.slice(tailNewline + 1);
    let closers = '';
    if ((head.match(/^\s*```/gm)?.length ?? 0) % 2 === 1)
        closers += '\n```';
    const opened = (head.match(/<details[\s>]/g)?.length ?? 0) - (head.match(/<\/details>/g)?.length ?? 0);
    // The tail closes its own <details>; only close what the head opened beyond that.
    const tailCloses = (tail.match(/<\/details>/g)?.length ?? 0) - (tail.match(/<details[\s>]/g)?.length ?? 0);
    for (let i = 0; i < opened - Math.max(0, tailCloses); i++)
        closers += '\n</details>';
    const out = `${head}${closers}${TRUNCATED}\n${tail}`;
    return out.length <= limit ? out : out.slice(0, limit);
}
/** Every comment on an issue or pull request, all pages. */
async function listIssueComments(gh, p) {
    const items = await gh.paginate(gh.rest.issues.listComments, { owner: p.owner, repo: p.repo, issue_number: p.issueNumber, per_page: 100 });
    return items.map((c) => ({ id: c.id, body: c.body ?? '', html_url: c.html_url, user: c.user ? { login: c.user.login, type: c.user.type } : null, created_at: c.created_at }));
}
/**
 * The login this token acts as: GET /user for a personal token. An Actions
 * or App installation token cannot call it (403 "Resource not accessible by
 * integration"); such tokens act as a bot, so `undefined` means "a bot".
 */
async function tokenLogin(gh) {
    try {
        const { data } = await gh.rest.users.getAuthenticated();
        return data.login;
    }
    catch (e) {
        const s = (0,_client__WEBPACK_IMPORTED_MODULE_0__/* .statusOf */ .c)(e);
        if (s === 401 || s === 403 || s === 404)
            return undefined;
        throw e;
    }
}
/**
 * The sticky comment among `comments`: one carrying the marker and written by
 * `author` (the token's login) or, when that is unknown (Actions and App
 * tokens act as bots), by a bot. Oldest first, so a duplicate created by a
 * race never wins over the original. A person who pastes the marker into a
 * comment of their own does not hijack it: theirs is never edited.
 */
function pickSticky(comments, key, author) {
    const marker = stickyMarker(key);
    const mine = comments.filter((c) => c.body.includes(marker) && (author ? c.user?.login === author : c.user?.type === 'Bot'));
    return mine.sort((a, b) => a.id - b.id)[0];
}
/** The author to match: given, or a bot when every marked comment is a bot's (no request), or the token's login. */
async function stickyAuthor(gh, comments, key, author) {
    if (author)
        return author;
    const marker = stickyMarker(key);
    const marked = comments.filter((c) => c.body.includes(marker));
    if (marked.every((c) => c.user?.type === 'Bot'))
        return undefined;
    return tokenLogin(gh);
}
/**
 * One comment per key per pull request, updated in place: found by a hidden
 * marker (all pages searched), edited when the body changed, left alone when
 * not, created when missing. The body gets the marker on its first line and
 * is fitted to GitHub's size limit.
 */
async function upsertStickyComment(gh, p) {
    const marker = stickyMarker(p.key);
    const body = fitComment(p.body.includes(marker) ? p.body : `${marker}\n${p.body}`);
    const comments = p.comments ?? (await listIssueComments(gh, p));
    const existing = pickSticky(comments, p.key, await stickyAuthor(gh, comments, p.key, p.author));
    if (existing) {
        if (existing.body === body)
            return { id: existing.id, url: existing.html_url, action: 'unchanged' };
        const { data } = await gh.rest.issues.updateComment({ owner: p.owner, repo: p.repo, comment_id: existing.id, body });
        return { id: data.id, url: data.html_url, action: 'updated' };
    }
    const { data } = await gh.rest.issues.createComment({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, body });
    return { id: data.id, url: data.html_url, action: 'created' };
}


/***/ }),

/***/ 82742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readPullRequestContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31873);


const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * The pull request a workflow run is about, from the runner contract
 * (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY). `null` when the
 * event is not about a pull request (a push, a schedule, a comment on a plain
 * issue): callers print a notice and succeed. An `issue_comment` payload has
 * no head/base SHAs; fetch the pull request when they are needed.
 */
function readPullRequestContext(env) {
    const eventName = env('GITHUB_EVENT_NAME') ?? '';
    if (!PR_EVENTS.has(eventName) && eventName !== 'issue_comment')
        return null;
    const eventPath = env('GITHUB_EVENT_PATH');
    if (!eventPath)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('GITHUB_EVENT_PATH is not set', { hint: 'Run this inside a GitHub Actions job (or set GITHUB_EVENT_PATH to an event payload file).' });
    let payload;
    try {
        payload = JSON.parse(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(eventPath, 'utf8'));
    }
    catch (e) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot read the event payload: ${e.message}`, { where: eventPath });
    }
    const [owner, repo] = (env('GITHUB_REPOSITORY') ?? '').split('/');
    if (!owner || !repo)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`GITHUB_REPOSITORY is "${env('GITHUB_REPOSITORY') ?? ''}", expected owner/name`);
    if (eventName === 'issue_comment') {
        if (!payload.issue?.pull_request || typeof payload.issue.number !== 'number')
            return null;
        return { owner, repo, number: payload.issue.number, eventName, action: payload.action };
    }
    const pr = payload.pull_request;
    const number = pr?.number ?? payload.number;
    if (!pr || typeof number !== 'number')
        return null;
    return {
        owner,
        repo,
        number,
        eventName,
        action: payload.action,
        headSha: pr.head?.sha,
        baseSha: pr.base?.sha,
        headRef: pr.head?.ref,
        baseRef: pr.base?.ref,
    };
}


/***/ }),

/***/ 33414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startDeployment: () => (/* binding */ startDeployment)
/* harmony export */ });
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32994);
/* harmony import */ var _deployments__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83345);


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
    const gh = await (0,_client__WEBPACK_IMPORTED_MODULE_1__.createGitHub)({ token: o.token, apiUrl: io.env('GITHUB_API_URL'), log: io });
    const warn = (what, e) => io.warning(`${o.action}: could not ${what}: ${(0,_client__WEBPACK_IMPORTED_MODULE_1__/* .failureLine */ .P)(e, 'the token needs `permissions: deployments: write`')}`);
    let id;
    try {
        ({ id } = await (0,_deployments__WEBPACK_IMPORTED_MODULE_0__/* .createDeployment */ .Y)(gh, { owner, repo, ref, environment: o.environment, description: o.description, payload: o.payload, productionEnvironment: /^prod/i.test(o.environment) }));
        await (0,_deployments__WEBPACK_IMPORTED_MODULE_0__/* .createDeploymentStatus */ .g)(gh, { owner, repo, deploymentId: id, state: 'in_progress', description: o.description, logUrl: o.logUrl });
    }
    catch (e) {
        warn(`record a deployment to "${o.environment}"`, e);
        return { finish: async () => undefined };
    }
    return {
        async finish(state, description, environmentUrl) {
            try {
                await (0,_deployments__WEBPACK_IMPORTED_MODULE_0__/* .createDeploymentStatus */ .g)(gh, { owner, repo, deploymentId: id, state, description, environmentUrl, logUrl: o.logUrl, autoInactive: state === 'success' });
                io.info(`${o.action}: deployment ${id} to "${o.environment}" is ${state}`);
            }
            catch (e) {
                warn(`mark deployment ${id} ${state}`, e);
            }
        },
    };
}


/***/ }),

/***/ 83345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ createDeployment),
/* harmony export */   g: () => (/* binding */ createDeploymentStatus)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32994);


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
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub did not create a deployment of ${p.ref}: ${res.data.message ?? `status ${res.status}`}`);
        return { id: res.data.id, url: res.data.url };
    }
    catch (e) {
        if ((0,_client__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c)(e) === 409)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub refused a deployment of ${p.ref} to ${p.environment}: ${e.message}`, { hint: 'Check the ref exists and its required status checks pass.' });
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


/***/ }),

/***/ 76175:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W$: () => (/* reexport */ comments/* COMMENT_LIMIT */.W$),
  Nl: () => (/* reexport */ addLabels),
  _4: () => (/* reexport */ canWrite),
  Cl: () => (/* reexport */ client.createGitHub),
  T9: () => (/* reexport */ getPullRequest),
  IF: () => (/* reexport */ gitChanges),
  F2: () => (/* reexport */ gitHubUserError),
  cG: () => (/* reexport */ comments/* listIssueComments */.cG),
  HS: () => (/* reexport */ comments/* pickSticky */.HS),
  Go: () => (/* reexport */ pullRequestChanges),
  uV: () => (/* reexport */ context/* readPullRequestContext */.u),
  cc: () => (/* reexport */ repoPermission),
  MX: () => (/* reexport */ setCommitStatus),
  Pn: () => (/* reexport */ comments/* stickyAuthor */.Pn),
  YL: () => (/* reexport */ comments/* stickyMarker */.YL),
  mz: () => (/* reexport */ uploadArtifact),
  BL: () => (/* reexport */ upsertCheckRun),
  qD: () => (/* reexport */ comments/* upsertStickyComment */.qD)
});

// UNUSED EXPORTS: PR_FILES_LIMIT, createDeployment, createDeploymentStatus, ensureLabels, failureLine, fitComment, listPullRequestFiles, parseNameStatus, postStickyComment, readRepoFile, startDeployment, statusOf, tokenLogin

// EXTERNAL MODULE: ./packages/github/src/client.ts
var client = __webpack_require__(32994);
// EXTERNAL MODULE: ./packages/github/src/context.ts
var context = __webpack_require__(82742);
// EXTERNAL MODULE: ./packages/github/src/comments.ts
var comments = __webpack_require__(34391);
;// CONCATENATED MODULE: ./packages/github/src/artifact.ts
/**
 * Uploads a workflow artifact with @actions/artifact. Never throws: outside a
 * runner (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL), on GHES, or when
 * the upload fails, it returns the reason, which the caller prints as a
 * notice \u2014 a report that could not be attached must not fail the step.
 */
async function uploadArtifact(p) {
    const env = p.env ?? ((n) => process.env[n]);
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((n) => !env(n));
    if (missing.length) {
        return { uploaded: false, reason: `artifact "${p.name}" not uploaded: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (artifacts need a GitHub Actions runner; the files stay in ${p.rootDirectory})` };
    }
    try {
        // Loaded on demand: the artifact client pulls in the Azure blob SDK, which
        // every run that does not upload would pay for at start-up.
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(1260), __webpack_require__.e(6913), __webpack_require__.e(6780), __webpack_require__.e(4512)]).then(__webpack_require__.bind(__webpack_require__, 44512));
        const client = new DefaultArtifactClient();
        const res = await client.uploadArtifact(p.name, p.files, p.rootDirectory, p.retentionDays ? { retentionDays: p.retentionDays } : {});
        p.log?.debug?.(`artifact "${p.name}" uploaded: id ${res.id}, ${res.size} bytes`);
        return { uploaded: true, id: res.id, size: res.size };
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        return { uploaded: false, reason: `artifact "${p.name}" not uploaded: ${message.split('\n')[0]}` };
    }
}

;// CONCATENATED MODULE: ./packages/github/src/pulls.ts
/** GitHub's list-pull-request-files endpoint returns at most this many files. */
const PR_FILES_LIMIT = 3000;
const PER_PAGE = 100;
async function getPullRequest(gh, p) {
    const { data } = await gh.rest.pulls.get({ owner: p.owner, repo: p.repo, pull_number: p.number });
    return {
        number: data.number,
        state: data.state,
        title: data.title,
        author: data.user?.login ?? '',
        headSha: data.head.sha,
        headRef: data.head.ref,
        baseSha: data.base.sha,
        baseRef: data.base.ref,
        changedFiles: data.changed_files,
        labels: data.labels.map((l) => l.name),
        htmlUrl: data.html_url,
        headRepo: data.head.repo?.full_name,
    };
}
const toFile = (f) => ({
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.changes,
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
});
/**
 * The files a pull request changes, from the API (no checkout, so it is safe
 * under pull_request_target). With the pull request's `changed_files` known,
 * the pages are fetched concurrently (the client's limiter bounds how many
 * run at once); without it, or if the count was stale, the Link header is
 * followed page by page. GitHub lists at most 3000 files: `capped` says when
 * a pull request has more.
 */
async function listPullRequestFiles(gh, p) {
    const params = { owner: p.owner, repo: p.repo, pull_number: p.number, per_page: PER_PAGE };
    let files;
    if (p.changedFiles !== undefined && p.changedFiles > PER_PAGE) {
        const pages = Math.ceil(Math.min(p.changedFiles, PR_FILES_LIMIT) / PER_PAGE);
        const results = await Promise.all(Array.from({ length: pages }, (_, i) => gh.rest.pulls.listFiles({ ...params, page: i + 1 })));
        files = results.flatMap((r) => r.data.map(toFile));
        const last = results[results.length - 1];
        // The count was stale (a push between the two calls): follow the Link header from the last page.
        if (/rel="next"/.test(last.headers.link ?? '')) {
            let page = pages + 1;
            for (;;) {
                const r = await gh.rest.pulls.listFiles({ ...params, page });
                files.push(...r.data.map(toFile));
                if (!/rel="next"/.test(r.headers.link ?? ''))
                    break;
                page++;
            }
        }
    }
    else {
        files = (await gh.paginate(gh.rest.pulls.listFiles, params)).map(toFile);
    }
    const capped = p.changedFiles !== undefined ? p.changedFiles > files.length && files.length >= PR_FILES_LIMIT : files.length >= PR_FILES_LIMIT;
    return { files, capped, ...(p.changedFiles !== undefined ? { changedFiles: p.changedFiles } : {}) };
}

;// CONCATENATED MODULE: ./packages/github/src/contents.ts

/**
 * A file's text at a ref through the contents API (no checkout): base64
 * decoded, `null` when the path does not exist at that ref (404) or is not a
 * file. Files over 1 MB come back without content; those are fetched raw.
 */
async function readRepoFile(gh, p) {
    const params = { owner: p.owner, repo: p.repo, path: p.path, ...(p.ref ? { ref: p.ref } : {}) };
    try {
        const { data } = await gh.rest.repos.getContent(params);
        if (Array.isArray(data) || data.type !== 'file')
            return null;
        if ('content' in data && data.encoding === 'base64' && (data.content || data.size === 0))
            return Buffer.from(data.content, 'base64').toString('utf8');
        const raw = await gh.rest.repos.getContent({ ...params, mediaType: { format: 'raw' } });
        return typeof raw.data === 'string' ? raw.data : String(raw.data);
    }
    catch (e) {
        if ((0,client/* statusOf */.c)(e) === 404)
            return null;
        throw e;
    }
}

;// CONCATENATED MODULE: ./packages/github/src/changes.ts


/** A pull request's changes through the API: its files list and the contents API at the base and head SHAs. */
function pullRequestChanges(gh, p) {
    return {
        baseRef: p.baseRef,
        headRef: p.headRef,
        async listFiles() {
            const listed = await listPullRequestFiles(gh, { owner: p.owner, repo: p.repo, number: p.number, changedFiles: p.changedFiles });
            return { files: listed.files, capped: listed.capped, changedFiles: p.changedFiles };
        },
        readFile: (side, path) => readRepoFile(gh, { owner: p.owner, repo: p.repo, path, ref: side === 'base' ? p.baseSha : p.headSha }),
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
;// CONCATENATED MODULE: ./packages/github/src/git-changes.ts


/** git with an argument vector (never a shell: refs and paths are data), prompts off, messages in English. */
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
            if (!error)
                return resolve(stdout);
            const code = error.code ?? null;
            if (code === 'ENOENT')
                return reject(new src/* UserError */.yo('git is not installed (not on PATH).', { hint: 'Install git, or run without base/head to read the pull request through the GitHub API.' }));
            reject({ code, stderr: String(stderr || error.message) });
        });
    });
}
const isFailure = (e) => typeof e === 'object' && e !== null && 'stderr' in e && !(e instanceof Error);
const gitLine = (e) => e.stderr.trim().split('\n').at(-1) ?? '';
/** At most `n` git processes at once: a change with many .dvc files must not fork a hundred at a time. */
function limiter(n) {
    let active = 0;
    const waiting = [];
    return async (job) => {
        if (active >= n)
            await new Promise((r) => waiting.push(r));
        active++;
        try {
            return await job();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
async function resolveCommit(input, ref, root) {
    if (ref.startsWith('-'))
        throw new src/* UserError */.yo(`input "${input}" is ${JSON.stringify(ref)}, which git would read as an option.`, { hint: 'Give a branch, tag or commit, e.g. main or origin/main.' });
    try {
        return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root)).trim();
    }
    catch (e) {
        if (!isFailure(e))
            throw e;
        throw new src/* UserError */.yo(`input "${input}": no commit ${JSON.stringify(ref)} in the git repository ${root}.`, {
            hint: `Check the name (git branch -a lists them) or fetch it first (git fetch origin ${ref.replace(/^origin\//, '')}); on a runner, check out with fetch-depth: 0.`,
        });
    }
}
const STATUS = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };
/**
 * `git diff --name-status -z` output as files: NUL-separated fields, so any
 * byte a path may hold (spaces, newlines, non-ASCII) arrives as it is. Renames
 * and copies carry a score (`R087`) and two paths, old then new.
 */
function parseNameStatus(out) {
    const fields = out.split('\0');
    if (fields.at(-1) === '')
        fields.pop();
    const files = [];
    for (let i = 0; i < fields.length;) {
        const code = fields[i++];
        const status = STATUS[code[0] ?? ''];
        if (!status)
            throw new Error(`git diff --name-status: unexpected status ${JSON.stringify(code)}`);
        if (status === 'renamed' || status === 'copied') {
            const from = fields[i++];
            files.push({ filename: fields[i++], status, previous_filename: from });
        }
        else
            files.push({ filename: fields[i++], status });
    }
    return files;
}
/**
 * The changes a pull request from `head` into `base` would show, read from the
 * local repository: the diff from their merge base to head (three dots, like
 * GitHub's files list, so commits that landed on base after head branched off
 * are not in it), and file contents at the base and head commits.
 */
async function gitChanges(o) {
    let root;
    try {
        root = (await git(['rev-parse', '--show-toplevel'], o.cwd)).trim();
    }
    catch (e) {
        if (!isFailure(e))
            throw e;
        throw new src/* UserError */.yo(`${o.cwd} is not inside a git repository, so base and head cannot be compared.`, { hint: 'Run it in a clone of the repository (on a runner: actions/checkout with fetch-depth: 0).' });
    }
    if (!root)
        throw new src/* UserError */.yo(`${o.cwd} is inside a bare git repository, which has no work tree to preview.`, { hint: 'Run it in a clone with a work tree.' });
    const [baseSha, headSha] = await Promise.all([resolveCommit('base', o.base, root), resolveCommit('head', o.head, root)]);
    let mergeBase;
    try {
        mergeBase = (await git(['merge-base', baseSha, headSha], root)).trim();
    }
    catch (e) {
        if (!isFailure(e))
            throw e;
        throw new src/* UserError */.yo(`inputs "base" and "head": ${JSON.stringify(o.base)} and ${JSON.stringify(o.head)} have no common ancestor in this clone.`, {
            hint: 'In a shallow clone fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow); unrelated branches cannot be compared.',
        });
    }
    const limit = limiter(8);
    return {
        root,
        baseSha,
        headSha,
        mergeBase,
        baseRef: o.base,
        headRef: o.head,
        async listFiles() {
            // --no-relative: a user's diff.relative setting must not cut the paths down to the current directory.
            const out = await git(['diff', '--name-status', '-z', '--find-renames', '--find-copies', '--no-relative', '--no-ext-diff', mergeBase, headSha, '--'], root);
            const files = parseNameStatus(out);
            return { files, capped: false, changedFiles: files.length };
        },
        // The base side is the merge base's tree, not base's tip: the same snapshot the file list was diffed from.
        readFile: (side, path) => limit(() => readBlob(root, side === 'base' ? mergeBase : headSha, path)),
    };
}
async function readBlob(root, commit, path) {
    const spec = `${commit}:${path}`;
    try {
        return await git(['cat-file', 'blob', spec], root);
    }
    catch (e) {
        if (!isFailure(e))
            throw e;
        // Absent on that side, or not a file there (a directory, a submodule): nothing to read, as the contents API says.
        const type = await git(['cat-file', '-t', spec], root).then((t) => t.trim(), () => null);
        if (type === null || type !== 'blob')
            return null;
        throw new Error(`git cat-file blob ${spec} failed: ${gitLine(e)}`);
    }
}

;// CONCATENATED MODULE: ./packages/github/src/labels.ts

/** Creates the labels the repository lacks (one listing, then one POST per missing label); returns the names created. */
async function ensureLabels(gh, p) {
    if (!p.labels.length)
        return [];
    const existing = await gh.paginate(gh.rest.issues.listLabelsForRepo, { owner: p.owner, repo: p.repo, per_page: 100 });
    // Label names are case-insensitive on GitHub.
    const have = new Set(existing.map((l) => l.name.toLowerCase()));
    const created = [];
    for (const label of p.labels) {
        if (have.has(label.name.toLowerCase()))
            continue;
        have.add(label.name.toLowerCase());
        try {
            await gh.rest.issues.createLabel({
                owner: p.owner,
                repo: p.repo,
                name: label.name,
                color: (label.color ?? 'ededed').replace(/^#/, ''),
                ...(label.description ? { description: label.description.slice(0, 100) } : {}),
            });
            created.push(label.name);
        }
        catch (e) {
            // 422 already_exists: another run created it between the listing and now.
            if ((0,client/* statusOf */.c)(e) === 422 && /already_exists|already exists/i.test(JSON.stringify(e.response?.data ?? '')))
                continue;
            throw e;
        }
    }
    return created;
}
/** Adds labels to an issue or pull request (creating missing ones first); labels already on it are not sent. */
async function addLabels(gh, p) {
    const current = new Set((p.current ?? []).map((l) => l.toLowerCase()));
    const wanted = p.labels.filter((l) => !current.has(l.name.toLowerCase()));
    if (!wanted.length)
        return { added: [], created: [] };
    const created = await ensureLabels(gh, { owner: p.owner, repo: p.repo, labels: wanted });
    await gh.rest.issues.addLabels({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, labels: wanted.map((l) => l.name) });
    return { added: wanted.map((l) => l.name), created };
}

;// CONCATENATED MODULE: ./packages/github/src/statuses.ts
/** A commit status (the `context` line under a pull request); GitHub cuts descriptions at 140 characters. */
async function setCommitStatus(gh, p) {
    const description = p.description.length > 140 ? `${p.description.slice(0, 139)}\u2026` : p.description;
    const { data } = await gh.rest.repos.createCommitStatus({
        owner: p.owner,
        repo: p.repo,
        sha: p.sha,
        context: p.context,
        state: p.state,
        description,
        ...(p.targetUrl ? { target_url: p.targetUrl } : {}),
    });
    return { id: data.id };
}
/** Check-run output text fields are limited to 65 535 characters each. */
const CHECK_TEXT_LIMIT = 65_535;
const clip = (s) => (s.length > CHECK_TEXT_LIMIT ? `${s.slice(0, CHECK_TEXT_LIMIT - 40)}\n\n\u2026 (truncated to GitHub's limit)` : s);
/**
 * One check run per name per commit: the latest run with that name on the
 * head SHA is updated, otherwise one is created. `conclusion` undefined
 * leaves it in progress (a pending check that blocks a protected branch).
 */
async function upsertCheckRun(gh, p) {
    const runs = await gh.paginate(gh.rest.checks.listForRef, { owner: p.owner, repo: p.repo, ref: p.headSha, check_name: p.name, per_page: 100 });
    const existing = runs.sort((a, b) => b.id - a.id)[0];
    const output = { title: p.title.slice(0, 255), summary: clip(p.summary), ...(p.text ? { text: clip(p.text) } : {}) };
    const state = p.conclusion ? { status: 'completed', conclusion: p.conclusion, completed_at: new Date().toISOString() } : { status: 'in_progress' };
    const extra = p.detailsUrl ? { details_url: p.detailsUrl } : {};
    if (existing) {
        const { data } = await gh.rest.checks.update({ owner: p.owner, repo: p.repo, check_run_id: existing.id, output, ...state, ...extra });
        return { id: data.id, url: data.html_url ?? '', action: 'updated' };
    }
    const { data } = await gh.rest.checks.create({ owner: p.owner, repo: p.repo, head_sha: p.headSha, name: p.name, output, ...state, ...extra });
    return { id: data.id, url: data.html_url ?? '', action: 'created' };
}

// EXTERNAL MODULE: ./packages/github/src/deployments.ts
var deployments = __webpack_require__(83345);
;// CONCATENATED MODULE: ./packages/github/src/permissions.ts

const KNOWN = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
/**
 * A user's role on the repository (role_name: admin, maintain, write, triage,
 * read; custom roles fall back to the legacy `permission`). Not a
 * collaborator \u2192 "none".
 */
async function repoPermission(gh, p) {
    try {
        const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ owner: p.owner, repo: p.repo, username: p.username });
        const role = data.role_name;
        if (role && KNOWN.includes(role))
            return role;
        return KNOWN.includes(data.permission) ? data.permission : 'none';
    }
    catch (e) {
        if ((0,client/* statusOf */.c)(e) === 404)
            return 'none';
        throw e;
    }
}
/** Write access or more: may edit anyone's comment on GitHub, so may tick a checklist. */
const canWrite = (p) => p === 'admin' || p === 'maintain' || p === 'write';

// EXTERNAL MODULE: ./packages/github/src/report-comment.ts
var report_comment = __webpack_require__(36787);
// EXTERNAL MODULE: ./packages/github/src/deployment-record.ts
var deployment_record = __webpack_require__(33414);
;// CONCATENATED MODULE: ./packages/github/src/errors.ts

const isRequestError = (e) => typeof e === 'object' && e !== null && typeof e.status === 'number' && 'request' in e;
/**
 * A GitHub API refusal the user can act on, as one line: which call, what
 * GitHub said, what to change (token, permissions, repository). Anything
 * else (a 5xx that outlived the retries, a bug) returns undefined and keeps
 * its stack.
 */
function gitHubUserError(e) {
    if (!isRequestError(e))
        return undefined;
    const data = e.response?.data;
    const said = (data?.message ?? e.message).split('\n')[0];
    const path = (e.request?.url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    const call = `${e.request?.method ?? 'GET'} ${path}`;
    if (e.status === 401)
        return new src/* UserError */.yo(`GitHub rejected the token (${call}: 401 ${said})`, { hint: 'Pass a valid token: the default ${{ github.token }}, or a secret holding a PAT / GitHub App token.' });
    if (e.status === 403 && !/rate limit/i.test(said)) {
        return new src/* UserError */.yo(`GitHub refused ${call}: 403 ${said}`, {
            hint: 'Grant the job the permissions the action lists (e.g. `permissions: pull-requests: write`); a pull_request from a fork only gets a read-only token, use pull_request_target for it.',
        });
    }
    if (e.status === 403 || e.status === 429)
        return new src/* UserError */.yo(`GitHub rate limit still exceeded after retrying (${call}): ${said}`, { hint: 'Re-run the job later, or use a token with its own quota.' });
    if (e.status === 404)
        return new src/* UserError */.yo(`GitHub answered 404 for ${call}`, { hint: 'Check the repository and pull request exist and that the token can see them (private repositories need contents: read).' });
    if (e.status === 422)
        return new src/* UserError */.yo(`GitHub rejected ${call}: 422 ${said}${JSON.stringify(e.response?.data?.errors ?? '')}`);
    return undefined;
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts

















/***/ }),

/***/ 36787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   postStickyComment: () => (/* binding */ postStickyComment)
/* harmony export */ });
/* harmony import */ var _client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32994);
/* harmony import */ var _comments__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34391);
/* harmony import */ var _context__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82742);



/**
 * An action's optional sticky PR comment. Commenting is a courtesy on top of
 * the job summary, so nothing here fails the step: not a PR event, no token,
 * or an API error (a fork's read-only token) are said in the log instead.
 * Returns the comment URL when one was written or found unchanged.
 */
async function postStickyComment(io, o) {
    const pr = (0,_context__WEBPACK_IMPORTED_MODULE_0__/* .readPullRequestContext */ .u)((name) => io.env(name));
    if (!pr) {
        io.info(`${o.action}: the ${io.env('GITHUB_EVENT_NAME') ?? 'current'} event is not about a pull request; no PR comment.`);
        return undefined;
    }
    if (!o.token) {
        io.annotate('notice', 'no github-token, so no PR comment was posted; pass `github-token: ${{ github.token }}` (with `permissions: pull-requests: write`).', { title: `${o.action}: comment` });
        return undefined;
    }
    const gh = await (0,_client__WEBPACK_IMPORTED_MODULE_1__.createGitHub)({ token: o.token, apiUrl: io.env('GITHUB_API_URL'), log: io });
    const where = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number };
    try {
        const comments = await (0,_comments__WEBPACK_IMPORTED_MODULE_2__/* .listIssueComments */ .cG)(gh, where);
        const key = o.key ?? o.action;
        const author = await (0,_comments__WEBPACK_IMPORTED_MODULE_2__/* .stickyAuthor */ .Pn)(gh, comments, key);
        if (o.mode === 'update-only' && !(0,_comments__WEBPACK_IMPORTED_MODULE_2__/* .pickSticky */ .HS)(comments, key, author))
            return undefined;
        const res = await (0,_comments__WEBPACK_IMPORTED_MODULE_2__/* .upsertStickyComment */ .qD)(gh, { ...where, key, body: o.body, comments, author });
        io.info(`${o.action}: PR comment ${res.action}: ${res.url}`);
        return res.url;
    }
    catch (e) {
        io.warning(`${o.action}: could not post the PR comment on #${pr.number}: ${(0,_client__WEBPACK_IMPORTED_MODULE_1__/* .failureLine */ .P)(e, 'the token needs `pull-requests: write`; a pull_request run from a fork gets a read-only token')}`);
        return undefined;
    }
}


/***/ })

};
