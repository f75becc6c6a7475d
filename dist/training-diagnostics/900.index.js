export const id = 900;
export const ids = [900,84];
export const modules = {

/***/ 11900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadDiagnostics: () => (/* binding */ uploadDiagnostics)
});

// EXTERNAL MODULE: ./packages/github/src/context.ts
var context = __webpack_require__(82742);
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
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(913), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 97500));
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

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(74883);
;// CONCATENATED MODULE: ./packages/github/src/git-changes.ts


/** git with an argument vector (never a shell: refs and paths are data), prompts off, messages in English. */
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
            if (!error)
                return resolve(stdout);
            const code = error.code ?? null;
            if (code === 'ENOENT')
                return reject(new UserError('git is not installed (not on PATH).', { hint: 'Install git, or run without base/head to read the pull request through the GitHub API.' }));
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
        throw new UserError(`input "${input}" is ${JSON.stringify(ref)}, which git would read as an option.`, { hint: 'Give a branch, tag or commit, e.g. main or origin/main.' });
    try {
        return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root)).trim();
    }
    catch (e) {
        if (!isFailure(e))
            throw e;
        throw new UserError(`input "${input}": no commit ${JSON.stringify(ref)} in the git repository ${root}.`, {
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
        throw new UserError(`${o.cwd} is not inside a git repository, so base and head cannot be compared.`, { hint: 'Run it in a clone of the repository (on a runner: actions/checkout with fetch-depth: 0).' });
    }
    if (!root)
        throw new UserError(`${o.cwd} is inside a bare git repository, which has no work tree to preview.`, { hint: 'Run it in a clone with a work tree.' });
    const [baseSha, headSha] = await Promise.all([resolveCommit('base', o.base, root), resolveCommit('head', o.head, root)]);
    let mergeBase;
    try {
        mergeBase = (await git(['merge-base', baseSha, headSha], root)).trim();
    }
    catch (e) {
        if (!isFailure(e))
            throw e;
        throw new UserError(`inputs "base" and "head": ${JSON.stringify(o.base)} and ${JSON.stringify(o.head)} have no common ancestor in this clone.`, {
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

;// CONCATENATED MODULE: ./packages/github/src/deployments.ts


/**
 * A deployment record for an environment (what GitHub shows on the
 * environment page). auto_merge is off: a deployment never merges branches.
 * 409 (merge conflict / failed required contexts) becomes a UserError.
 */
async function deployments_createDeployment(gh, p) {
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
            throw new UserError(`GitHub did not create a deployment of ${p.ref}: ${res.data.message ?? `status ${res.status}`}`);
        return { id: res.data.id, url: res.data.url };
    }
    catch (e) {
        if (statusOf(e) === 409)
            throw new UserError(`GitHub refused a deployment of ${p.ref} to ${p.environment}: ${e.message}`, { hint: 'Check the ref exists and its required status checks pass.' });
        throw e;
    }
}
async function deployments_createDeploymentStatus(gh, p) {
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

// EXTERNAL MODULE: ./packages/github/src/report-comment.ts + 2 modules
var report_comment = __webpack_require__(96084);
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
        return new UserError(`GitHub rejected the token (${call}: 401 ${said})`, { hint: 'Pass a valid token: the default ${{ github.token }}, or a secret holding a PAT / GitHub App token.' });
    if (e.status === 403 && !/rate limit/i.test(said)) {
        return new UserError(`GitHub refused ${call}: 403 ${said}`, {
            hint: 'Grant the job the permissions the action lists (e.g. `permissions: pull-requests: write`); a pull_request from a fork only gets a read-only token, use pull_request_target for it.',
        });
    }
    if (e.status === 403 || e.status === 429)
        return new UserError(`GitHub rate limit still exceeded after retrying (${call}): ${said}`, { hint: 'Re-run the job later, or use a token with its own quota.' });
    if (e.status === 404)
        return new UserError(`GitHub answered 404 for ${call}`, { hint: 'Check the repository and pull request exist and that the token can see them (private repositories need contents: read).' });
    if (e.status === 422)
        return new UserError(`GitHub rejected ${call}: 422 ${said}${JSON.stringify(e.response?.data?.errors ?? '')}`);
    return undefined;
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts
















;// CONCATENATED MODULE: ./actions/training-diagnostics/src/publish.ts

/** Uploads the diagnostics; a missing artifact runtime or a failed upload is a notice, never a failed step. */
async function uploadDiagnostics(io, name, files, rootDirectory) {
    const result = await uploadArtifact({ name, files, rootDirectory, log: io, env: io.env });
    if (result.uploaded) {
        io.info(`training-diagnostics: uploaded artifact "${name}"${result.size !== undefined ? ` (${result.size} bytes)` : ''}`);
        return name;
    }
    io.annotate('notice', result.reason, { title: 'training-diagnostics: artifact' });
    return undefined;
}


/***/ }),

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
