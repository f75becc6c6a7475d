export const id = 84;
export const ids = [84];
export const modules = {

/***/ 82742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readPullRequestContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74883);


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

/***/ 96084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postStickyComment: () => (/* binding */ postStickyComment)
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
    const { getOctokit, actionsDefaults, retry, throttling } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(819)]).then(__webpack_require__.bind(__webpack_require__, 41819));
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

;// CONCATENATED MODULE: ./packages/github/src/comments.ts

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
        const s = statusOf(e);
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

// EXTERNAL MODULE: ./packages/github/src/context.ts
var context = __webpack_require__(82742);
;// CONCATENATED MODULE: ./packages/github/src/report-comment.ts



/**
 * An action's optional sticky PR comment. Commenting is a courtesy on top of
 * the job summary, so nothing here fails the step: not a PR event, no token,
 * or an API error (a fork's read-only token) are said in the log instead.
 * Returns the comment URL when one was written or found unchanged.
 */
async function postStickyComment(io, o) {
    const pr = (0,context/* readPullRequestContext */.u)((name) => io.env(name));
    if (!pr) {
        io.info(`${o.action}: the ${io.env('GITHUB_EVENT_NAME') ?? 'current'} event is not about a pull request; no PR comment.`);
        return undefined;
    }
    if (!o.token) {
        io.annotate('notice', 'no github-token, so no PR comment was posted; pass `github-token: ${{ github.token }}` (with `permissions: pull-requests: write`).', { title: `${o.action}: comment` });
        return undefined;
    }
    const gh = await createGitHub({ token: o.token, apiUrl: io.env('GITHUB_API_URL'), log: io });
    const where = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number };
    try {
        const comments = await listIssueComments(gh, where);
        const key = o.key ?? o.action;
        const author = await stickyAuthor(gh, comments, key);
        if (o.mode === 'update-only' && !pickSticky(comments, key, author))
            return undefined;
        const res = await upsertStickyComment(gh, { ...where, key, body: o.body, comments, author });
        io.info(`${o.action}: PR comment ${res.action}: ${res.url}`);
        return res.url;
    }
    catch (e) {
        io.warning(`${o.action}: could not post the PR comment on #${pr.number}: ${failureLine(e, 'the token needs `pull-requests: write`; a pull_request run from a fork gets a read-only token')}`);
        return undefined;
    }
}


/***/ })

};
