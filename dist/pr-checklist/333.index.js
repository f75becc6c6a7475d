export const id = 333;
export const ids = [333,171,448];
export const modules = {

/***/ 2333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prChecklist: () => (/* binding */ prChecklist)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/report.ts
var report = __webpack_require__(2019);
// EXTERNAL MODULE: ./packages/core/src/summary.ts + 2 modules
var summary = __webpack_require__(814);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(5171);
// EXTERNAL MODULE: ./packages/core/src/runner-io.ts
var runner_io = __webpack_require__(1448);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/cli-io.ts


/**
 * ActionIO for a terminal: inputs come from flags, outputs and annotations are
 * printed, secrets are masked in everything printed. Same contract as the runner.
 */
function cliIO(options) {
    const secrets = [];
    const mask = (s) => secrets.reduce((acc, sec) => acc.split(sec).join('***'), s);
    const out = (t) => (options.write ?? ((x) => process.stdout.write(x)))(mask(t));
    const err = (t) => (options.writeError ?? ((x) => process.stderr.write(x)))(mask(t));
    const state = {
        outputs: {},
        failure: undefined,
        getInput: (name) => options.inputs[name] || undefined,
        setOutput: (name, value) => {
            state.outputs[name] = value;
        },
        setSecret: (value) => {
            if (value)
                secrets.push(value);
        },
        /** A terminal cannot change its parent shell's environment: print a line to `eval` or copy (secrets as ***). */
        exported: {},
        exportVariable: (name, value) => {
            state.exported[name] = value;
            out(`export ${name}='${value.replace(/'/g, `'\\''`)}'\n`);
        },
        appendSummary: async (md) => {
            if (options.summaryFile)
                fs.appendFileSync(options.summaryFile, md);
        },
        annotate: (severity, message, location) => {
            const where = location?.file ? ` (${location.file}${location.line ? `:${location.line}` : ''})` : '';
            err(`${severity}: ${message}${where}\n`);
        },
        info: (m) => out(`${m}\n`),
        warning: (m) => err(`warning: ${m}\n`),
        debug: (m) => {
            if (process.env.MLSHIP_DEBUG)
                err(`debug: ${m}\n`);
        },
        setFailed: (m) => {
            state.failure = m;
            err(`error: ${m}\n`);
        },
        tempDir: () => os.tmpdir(),
        env: (name) => process.env[name],
        /** A terminal has no post step; state lives as long as this process. */
        savedState: {},
        saveState: (name, value) => {
            state.savedState[name] = value;
        },
        getState: (name) => state.savedState[name],
    };
    return state;
}

// EXTERNAL MODULE: ./packages/core/src/fs-atomic.ts
var fs_atomic = __webpack_require__(8162);
;// CONCATENATED MODULE: ./packages/core/src/retry.ts
/**
 * Retry with capped exponential backoff and jitter.
 *
 * Deliberately small: the caller decides what is retryable (`shouldRetry`) and
 * may override the wait for one attempt (`shouldRetry` returning a number of
 * milliseconds, e.g. from a Retry-After header). Total time is bounded by
 * `maxElapsedMs` so a flapping dependency cannot hold a CI job hostage.
 */
/** Structural, not instanceof: errors thrown by Node internals can come from another realm (vm contexts, test runners). */
const messageOf = (e) => typeof e === 'object' && e !== null && typeof e.message === 'string' ? e.message : String(e);
class RetryError extends Error {
    lastError;
    attempts;
    name = 'RetryError';
    constructor(lastError, attempts) {
        super(`gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${messageOf(lastError)}`, { cause: lastError });
        this.lastError = lastError;
        this.attempts = attempts;
    }
}
/** setTimeout as a promise that an AbortSignal rejects early (with the signal's reason). */
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
/**
 * The wait before retry number `retry` (1-based): uniform over [c/2, c] with
 * c = min(max, base\u00b72^(retry\u22121)) \u2014 jittered so parallel jobs do not retry in
 * lockstep, but never shorter than half the backoff.
 */
function backoffDelay(retry, opts = {}) {
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
async function retry(fn, options = {}) {
    const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
    const maxDelay = options.maxDelayMs ?? 10_000;
    const maxElapsed = options.maxElapsedMs ?? Infinity;
    const wait = options.sleep ?? ((ms) => sleep(ms, options.signal));
    const started = Date.now();
    // Counted as well as measured, so an injected sleep still spends the time budget.
    let waited = 0;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            const ctx = { attempt, elapsedMs: Math.max(Date.now() - started, waited) };
            const verdict = options.shouldRetry ? options.shouldRetry(error, ctx) : true;
            if (verdict === false)
                throw error;
            if (attempt >= attempts)
                throw new RetryError(error, attempt);
            const requested = typeof verdict === 'number' && Number.isFinite(verdict) && verdict >= 0 ? verdict : undefined;
            const delayMs = Math.min(maxDelay, requested ?? backoffDelay(attempt, options));
            if (ctx.elapsedMs + delayMs >= maxElapsed)
                throw new RetryError(error, attempt);
            options.onRetry?.(error, { ...ctx, delayMs });
            if (options.signal?.aborted)
                throw new RetryError(error, attempt);
            await wait(delayMs);
            waited += delayMs;
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/threshold.ts

const pattern = /^\s*([A-Za-z_][\w.\-/]*(?:\[[^\]]*\])?[\w.\-/]*)\s*(>=|<=|==|!=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(%?)\s*$/;
/** Parses `metric OP number` (a trailing `%` divides by 100); `where` names the input or config key in errors. */
function parseThreshold(text, where) {
    const m = pattern.exec(text);
    if (!m) {
        throw new UserError(`"${text}" is not a threshold.`, {
            where,
            hint: 'Write it as <metric> <op> <number>, e.g. "accuracy >= 0.85"; op is one of >=, >, <=, <, ==, !=.',
        });
    }
    const value = Number(m[3]) / (m[4] ? 100 : 1);
    return { metric: m[1], op: m[2], value, source: text.trim() };
}
/** Comma- or newline-separated thresholds, as a single action input carries them. */
function parseThresholdList(text, where) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'))
        .map((s) => parseThreshold(s, where));
}
/** NaN never passes: a metric that could not be computed must not satisfy a gate. */
function compare(observed, op, value) {
    if (Number.isNaN(observed))
        return false;
    switch (op) {
        case '>=':
            return observed >= value;
        case '>':
            return observed > value;
        case '<=':
            return observed <= value;
        case '<':
            return observed < value;
        case '==':
            return observed === value;
        case '!=':
            return observed !== value;
    }
}
/** Signed distance to the threshold in the direction that would pass: negative means "short by". */
function margin(observed, op, value) {
    return op === '<' || op === '<=' ? value - observed : observed - value;
}
const formatThreshold = (t) => `${t.op} ${t.value}`;

;// CONCATENATED MODULE: ./packages/core/src/suggest.ts
/** The closest candidate by edit distance, when it is close enough to be a typo. */
function didYouMean(word, candidates) {
    let best;
    let bestDist = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDist)
            [best, bestDist] = [c, d];
    }
    return best !== undefined && bestDist <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
const suggestion = (word, candidates) => {
    const m = didYouMean(word, candidates);
    return m ? ` Did you mean "${m}"?` : '';
};

;// CONCATENATED MODULE: ./packages/core/src/workspace-path.ts



/** Whether `p` is `dir` or lies below it (both absolute). */
const isInside = (dir, p) => {
    const r = external_node_path_default().relative(dir, p);
    return r === '' || (r !== '..' && !r.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(r));
};
/**
 * A file or directory the user named inside the workspace is controlled by
 * whoever controls the checkout \u2014 a pull request, for one \u2014 so a link there
 * must not lead the step to a file elsewhere on the runner (a token, a key).
 * When GITHUB_WORKSPACE is set (a runner) and `named` lies in it, its real path
 * must too; the link that leaves is named. A path named outside the workspace
 * (`/mnt/datasets/train`) is the workflow author's own choice, and without a
 * workspace (the CLI on a laptop) there is nothing to confine to.
 */
function refuseLinkOutOfWorkspace(named, where, show = (p) => p) {
    const workspace = process.env.GITHUB_WORKSPACE;
    if (!workspace)
        return;
    const ws = external_node_path_default().resolve(workspace);
    let wsReal = ws;
    try {
        wsReal = external_node_fs_default().realpathSync(ws);
    }
    catch {
        // A workspace that does not exist holds nothing to compare with; the lexical path stands in.
    }
    const from = isInside(ws, named) ? ws : isInside(wsReal, named) ? wsReal : undefined;
    if (from === undefined || isInside(wsReal, external_node_fs_default().realpathSync(named)))
        return;
    // The first component whose real path leaves the workspace is a link: its parent's real path is inside.
    const segments = external_node_path_default().relative(from, named).split((external_node_path_default()).sep);
    for (let i = 1; i <= segments.length; i++) {
        const prefix = external_node_path_default().join(from, ...segments.slice(0, i));
        if (isInside(wsReal, external_node_fs_default().realpathSync(prefix)))
            continue;
        throw new errors/* UserError */.yo(`${show(prefix)} is a link to ${external_node_fs_default().readlinkSync(prefix)}, outside the workspace ${ws}`, {
            where,
            hint: 'Replace the link with the file itself, or name the real location directly; links that leave the workspace are refused so that a pull request cannot make the step read other files on the runner.',
        });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/on-demand.ts
/**
 * A library kept out of a bundle's start: the `import()` the caller passes makes it a chunk of
 * its own, loaded by whoever is about to use it. Using it before `load()` was awaited is a bug,
 * reported as an internal error naming what was attempted, never as a user's error or a check
 * that quietly did nothing.
 */
function onDemand(importModule, misuse) {
    let loaded;
    return {
        load: async () => {
            loaded ??= await importModule();
        },
        get: () => {
            if (!loaded)
                throw new Error(`internal error: ${misuse}`);
            return loaded;
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/yaml-parser.ts

const yaml = onDemand(() => __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)), 'YAML was parsed before loadYamlParser() was awaited');
/**
 * Loads the YAML library that config files, query maps and argument lists are
 * read with. It is 290 kB of a bundle and 10-15 ms of every cold start on the
 * bench VM (bench/validate-data/RESULTS.md), which a run given no YAML need not
 * pay, so it is a chunk of its own, loaded by whoever is about to read some: a
 * config loader, or an action's run before it parses its inputs.
 */
const loadYamlParser = yaml.load;
/** The YAML library, once loaded. */
const yamlParser = yaml.get;

;// CONCATENATED MODULE: ./packages/core/src/config-file.ts







/** `value` is a path to YAML/JSON, or inline YAML when no such file exists and it looks like YAML. */
function readConfigDocument(value, cwd, what) {
    const file = external_node_path_default().resolve(cwd, value);
    if (external_node_fs_default().existsSync(file) && external_node_fs_default().statSync(file).isFile()) {
        refuseLinkOutOfWorkspace(file, `${what} ${value}`, (p) => external_node_path_default().relative(cwd, p) || p);
        return parseConfigDocument(external_node_fs_default().readFileSync(file, 'utf8'), external_node_path_default().relative(cwd, file) || value);
    }
    if (/[\n:{]/.test(value))
        return parseConfigDocument(value, 'inline config');
    throw new errors/* UserError */.yo(`${what} file "${value}" not found`, { hint: 'Pass a path to a YAML/JSON file (relative to the workspace), or inline YAML.' });
}
/** `text` parsed as YAML (JSON is YAML); needs loadYamlParser() first. */
function parseConfigDocument(text, source) {
    const { LineCounter, parseDocument } = yamlParser();
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line;
        // prettyErrors appends " at line N, column M:" and a code excerpt; the location is already in `where`.
        const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:$/, '');
        throw new errors/* UserError */.yo(`invalid YAML: ${message} (column ${e.linePos?.[0]?.col ?? '?'})`, { where: line ? `${source}:${line}` : source, hint: 'Fix the syntax (indentation, quotes, colons).' });
    }
    return { source, value: doc.toJS(), at: (p) => locate(doc, lines, source, p) };
}
/** zod-validates `value`; the first issue becomes one line naming the key path and its line. */
function validateConfig(schema, value, where, hooks) {
    const r = schema.safeParse(value);
    if (r.success)
        return r.data;
    const first = r.error.issues[0];
    const custom = hooks.explain?.(first, value);
    const issue = custom === undefined ? innermost(first) : first;
    // Point at the offending key itself, not the mapping that holds it.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    throw new errors/* UserError */.yo(custom ?? explainIssue(issue, value, hooks), { where: where(at) });
}
/** A union no branch accepted: the branch that got past the value's own type explains it best; else "expected A or B". */
function innermost(issue) {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0)
        return issue;
    const deeper = issue.errors.find((errs) => errs[0] && !(errs[0].code === 'invalid_type' && errs[0].path.length === 0));
    if (deeper)
        return innermost({ ...deeper[0], path: [...issue.path, ...deeper[0].path] });
    const expected = issue.errors.map((errs) => (errs[0]?.code === 'invalid_type' ? errs[0].expected : undefined));
    return expected.every(Boolean) ? { ...issue, code: 'invalid_type', expected: expected.join(' or ') } : issue;
}
const valueAt = (root, p) => p.reduce((o, k) => o?.[k], root);
function explainIssue(issue, root, hooks) {
    const p = formatPath(issue.path);
    const prefix = p ? `${p}: ` : '';
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        return `${prefix}unknown key "${key}".${suggestion(key, hooks.knownKeys(valueAt(root, issue.path), issue.path))}`;
    }
    if (issue.code === 'invalid_type') {
        const got = valueAt(root, issue.path);
        if (got === undefined)
            return `${prefix}is required (expected ${issue.expected})`;
        return `${prefix}expected ${issue.expected}, got ${JSON.stringify(got)}`;
    }
    return `${prefix}${issue.message}`;
}
function formatPath(p) {
    return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}
function locate(doc, lines, source, p) {
    const { isMap, isScalar } = yamlParser();
    for (let n = p.length; n > 0; n--) {
        // A mapping key's own line, not the line where its (block) value starts.
        const parent = n === 1 ? doc.contents : doc.getIn(p.slice(0, n - 1), true);
        const key = isMap(parent) ? parent.items.find((it) => isScalar(it.key) && it.key.value === p[n - 1])?.key : undefined;
        const node = (key ?? doc.getIn(p.slice(0, n), true));
        if (node?.range)
            return `${source}:${lines.linePos(node.range[0]).line}`;
    }
    return source;
}
/** The published JSON Schema of an action's config file: any one of the accepted shapes. */
function config_file_configJsonSchema(action, description, shapes) {
    const strip = ({ $schema: _s, ...rest }) => rest;
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://github.com/mlship/mlship/schemas/${action}.config.schema.json`,
        title: `mlship ${action} config`,
        description,
        anyOf: shapes.map((s) => strip(z.toJSONSchema(s, { io: 'input' }))),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/duration.ts

const UNITS = { '': 1, s: 1, m: 60, h: 3600 };
/** `90`, `90s`, `45m`, `2h`, `1h30m` \u2192 seconds. */
function parseDuration(text, input) {
    const s = text.trim().toLowerCase();
    const parts = [...s.matchAll(/(\d+(?:\.\d+)?)\s*([smh]?)/g)];
    const consumed = parts.map((p) => p[0]).join('');
    if (!parts.length || consumed.replace(/\s/g, '') !== s.replace(/\s/g, '') || (parts.length > 1 && parts.some((p) => p[2] === ''))) {
        throw new UserError(`input "${input}" is "${text}", not a duration`, { hint: 'Write seconds (5400) or with a unit: 90m, 2h, 1h30m.' });
    }
    const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]], 0);
    if (seconds <= 0)
        throw new UserError(`input "${input}" must be longer than 0 seconds`, { hint: 'Leave it unset for no timeout.' });
    return seconds;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts





















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
async function client_createGitHub(options) {
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
function client_statusOf(e) {
    if (typeof e === 'object' && e !== null && 'status' in e && typeof e.status === 'number')
        return e.status;
    return undefined;
}
/**
 * A failed GitHub call as the tail of a warning: status, the error's first
 * line, and `permissionHint` when a 403 or 404 says the token lacks a permission.
 */
function client_failureLine(e, permissionHint) {
    const status = client_statusOf(e);
    const hint = status === 403 || status === 404 ? ` (${permissionHint})` : '';
    return `${status ? `HTTP ${status} ` : ''}${e.message.split('\n')[0]}${hint}`;
}

;// CONCATENATED MODULE: ./packages/github/src/context.ts


const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
/**
 * The pull request a workflow run is about, from the runner contract
 * (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY). `null` when the
 * event is not about a pull request (a push, a schedule, a comment on a plain
 * issue): callers print a notice and succeed. An `issue_comment` payload has
 * no head/base SHAs; fetch the pull request when they are needed.
 */
function context_readPullRequestContext(env) {
    const eventName = env('GITHUB_EVENT_NAME') ?? '';
    if (!PR_EVENTS.has(eventName) && eventName !== 'issue_comment')
        return null;
    const eventPath = env('GITHUB_EVENT_PATH');
    if (!eventPath)
        throw new errors/* UserError */.yo('GITHUB_EVENT_PATH is not set', { hint: 'Run this inside a GitHub Actions job (or set GITHUB_EVENT_PATH to an event payload file).' });
    let payload;
    try {
        payload = JSON.parse(external_node_fs_default().readFileSync(eventPath, 'utf8'));
    }
    catch (e) {
        throw new errors/* UserError */.yo(`cannot read the event payload: ${e.message}`, { where: eventPath });
    }
    const [owner, repo] = (env('GITHUB_REPOSITORY') ?? '').split('/');
    if (!owner || !repo)
        throw new errors/* UserError */.yo(`GITHUB_REPOSITORY is "${env('GITHUB_REPOSITORY') ?? ''}", expected owner/name`);
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
async function comments_listIssueComments(gh, p) {
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
        const s = client_statusOf(e);
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
function comments_pickSticky(comments, key, author) {
    const marker = stickyMarker(key);
    const mine = comments.filter((c) => c.body.includes(marker) && (author ? c.user?.login === author : c.user?.type === 'Bot'));
    return mine.sort((a, b) => a.id - b.id)[0];
}
/** The author to match: given, or a bot when every marked comment is a bot's (no request), or the token's login. */
async function comments_stickyAuthor(gh, comments, key, author) {
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
async function comments_upsertStickyComment(gh, p) {
    const marker = stickyMarker(p.key);
    const body = fitComment(p.body.includes(marker) ? p.body : `${marker}\n${p.body}`);
    const comments = p.comments ?? (await comments_listIssueComments(gh, p));
    const existing = comments_pickSticky(comments, p.key, await comments_stickyAuthor(gh, comments, p.key, p.author));
    if (existing) {
        if (existing.body === body)
            return { id: existing.id, url: existing.html_url, action: 'unchanged' };
        const { data } = await gh.rest.issues.updateComment({ owner: p.owner, repo: p.repo, comment_id: existing.id, body });
        return { id: data.id, url: data.html_url, action: 'updated' };
    }
    const { data } = await gh.rest.issues.createComment({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, body });
    return { id: data.id, url: data.html_url, action: 'created' };
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
        if (client_statusOf(e) === 404)
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
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/github/src/git-changes.ts


/** git with an argument vector (never a shell: refs and paths are data), prompts off, messages in English. */
function git(args, cwd) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (error, stdout, stderr) => {
            if (!error)
                return resolve(stdout);
            const code = error.code ?? null;
            if (code === 'ENOENT')
                return reject(new errors/* UserError */.yo('git is not installed (not on PATH).', { hint: 'Install git, or run without base/head to read the pull request through the GitHub API.' }));
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
        throw new errors/* UserError */.yo(`input "${input}" is ${JSON.stringify(ref)}, which git would read as an option.`, { hint: 'Give a branch, tag or commit, e.g. main or origin/main.' });
    try {
        return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root)).trim();
    }
    catch (e) {
        if (!isFailure(e))
            throw e;
        throw new errors/* UserError */.yo(`input "${input}": no commit ${JSON.stringify(ref)} in the git repository ${root}.`, {
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
        throw new errors/* UserError */.yo(`${o.cwd} is not inside a git repository, so base and head cannot be compared.`, { hint: 'Run it in a clone of the repository (on a runner: actions/checkout with fetch-depth: 0).' });
    }
    if (!root)
        throw new errors/* UserError */.yo(`${o.cwd} is inside a bare git repository, which has no work tree to preview.`, { hint: 'Run it in a clone with a work tree.' });
    const [baseSha, headSha] = await Promise.all([resolveCommit('base', o.base, root), resolveCommit('head', o.head, root)]);
    let mergeBase;
    try {
        mergeBase = (await git(['merge-base', baseSha, headSha], root)).trim();
    }
    catch (e) {
        if (!isFailure(e))
            throw e;
        throw new errors/* UserError */.yo(`inputs "base" and "head": ${JSON.stringify(o.base)} and ${JSON.stringify(o.head)} have no common ancestor in this clone.`, {
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
            if (client_statusOf(e) === 422 && /already_exists|already exists/i.test(JSON.stringify(e.response?.data ?? '')))
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
        if (client_statusOf(e) === 404)
            return 'none';
        throw e;
    }
}
/** Write access or more: may edit anyone's comment on GitHub, so may tick a checklist. */
const canWrite = (p) => p === 'admin' || p === 'maintain' || p === 'write';

;// CONCATENATED MODULE: ./packages/github/src/report-comment.ts



/**
 * An action's optional sticky PR comment. Commenting is a courtesy on top of
 * the job summary, so nothing here fails the step: not a PR event, no token,
 * or an API error (a fork's read-only token) are said in the log instead.
 * Returns the comment URL when one was written or found unchanged.
 */
async function postStickyComment(io, o) {
    const pr = readPullRequestContext((name) => io.env(name));
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
        return new errors/* UserError */.yo(`GitHub rejected the token (${call}: 401 ${said})`, { hint: 'Pass a valid token: the default ${{ github.token }}, or a secret holding a PAT / GitHub App token.' });
    if (e.status === 403 && !/rate limit/i.test(said)) {
        return new errors/* UserError */.yo(`GitHub refused ${call}: 403 ${said}`, {
            hint: 'Grant the job the permissions the action lists (e.g. `permissions: pull-requests: write`); a pull_request from a fork only gets a read-only token, use pull_request_target for it.',
        });
    }
    if (e.status === 403 || e.status === 429)
        return new errors/* UserError */.yo(`GitHub rate limit still exceeded after retrying (${call}): ${said}`, { hint: 'Re-run the job later, or use a token with its own quota.' });
    if (e.status === 404)
        return new errors/* UserError */.yo(`GitHub answered 404 for ${call}`, { hint: 'Check the repository and pull request exist and that the token can see them (private repositories need contents: read).' });
    if (e.status === 422)
        return new errors/* UserError */.yo(`GitHub rejected ${call}: 422 ${said}${JSON.stringify(e.response?.data?.errors ?? '')}`);
    return undefined;
}

;// CONCATENATED MODULE: ./packages/github/src/index.ts
















// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./actions/pr-checklist/src/dvc.ts

/** .dvc files read per run (two reads each). */
const DVC_LIMIT = 50;
/** The outs of a .dvc file's text; a file that is not a DVC mapping gives an error string instead. */
function parseDvcFile(text) {
    const yaml = yamlParser();
    let doc;
    try {
        doc = yaml.parse(text, { maxAliasCount: 50 });
    }
    catch (e) {
        return `not valid YAML (${e.message.split('\n')[0]})`;
    }
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.outs))
        return 'has no `outs:` list';
    const outs = [];
    for (const o of doc.outs) {
        if (!o || typeof o !== 'object')
            continue;
        const r = o;
        if (typeof r.path !== 'string')
            continue;
        // DVC 3 writes `md5:` with `hash: md5`; older files the same key. etag/checksum for cloud outs.
        const md5 = [r.md5, r.etag, r.checksum].find((v) => typeof v === 'string');
        outs.push({ path: r.path, ...(md5 ? { md5 } : {}), ...(typeof r.size === 'number' ? { size: r.size } : {}), ...(typeof r.nfiles === 'number' ? { nfiles: r.nfiles } : {}) });
    }
    return outs;
}
/** Old and new outs of one .dvc file, matched by path. `null` text: the file does not exist on that side. */
function diffDvc(dvcFile, oldText, newText) {
    const before = oldText === null ? [] : parseDvcFile(oldText);
    const after = newText === null ? [] : parseDvcFile(newText);
    if (typeof after === 'string')
        return { rows: [], error: `new ${dvcFile} ${after}` };
    if (typeof before === 'string')
        return { rows: [], error: `old ${dvcFile} ${before}` };
    const paths = [...new Set([...before.map((o) => o.path), ...after.map((o) => o.path)])];
    const rows = paths.map((p) => {
        const o = before.find((x) => x.path === p);
        const n = after.find((x) => x.path === p);
        const change = !o ? 'added' : !n ? 'removed' : o.md5 !== n.md5 || o.size !== n.size || o.nfiles !== n.nfiles ? 'modified' : 'unchanged';
        return { dvcFile, path: p, change, ...(o ? { old: o } : {}), ...(n ? { new: n } : {}) };
    });
    return { rows };
}
/**
 * Old and new outs of the changed .dvc files that made a section apply, read
 * from either side of the change: an added file has no old side, a removed
 * one no new side, a renamed or copied one is read at its old path on the base.
 */
async function readDvcChanges(source, files, sections) {
    const matched = new Set(sections.flatMap((s) => s.files));
    const dvcFiles = files.filter((f) => f.filename.endsWith('.dvc') && matched.has(f.filename));
    const results = await Promise.all(dvcFiles.slice(0, DVC_LIMIT).map(async (f) => {
        const [oldText, newText] = await Promise.all([
            f.status === 'added' ? null : source.readFile('base', f.previous_filename ?? f.filename),
            f.status === 'removed' ? null : source.readFile('head', f.filename),
        ]);
        return diffDvc(f.filename, oldText, newText);
    }));
    return { rows: results.flatMap((r) => r.rows), errors: results.flatMap((r) => (r.error ? [r.error] : [])), skipped: Math.max(0, dvcFiles.length - DVC_LIMIT) };
}
const dvc_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** Bytes as a person reads them, in the binary units `du -h` and `dvc` use. */
function humanBytes(n) {
    const sign = n < 0 ? '-' : '';
    let v = Math.abs(n);
    let u = 0;
    while (v >= 1024 && u < dvc_UNITS.length - 1) {
        v /= 1024;
        u++;
    }
    return `${sign}${u === 0 ? v : v.toFixed(v < 10 ? 2 : 1)} ${dvc_UNITS[u]}`;
}
/** `+12.0 MiB (+3.5%)`; the percentage is left out when there was nothing before. */
function sizeDelta(oldSize, newSize) {
    if (oldSize === undefined || newSize === undefined)
        return '';
    const d = newSize - oldSize;
    if (d === 0)
        return '\u00b10';
    const pct = oldSize > 0 ? ` (${d > 0 ? '+' : ''}${((d / oldSize) * 100).toFixed(1)}%)` : '';
    return `${d > 0 ? '+' : ''}${humanBytes(d)}${pct}`;
}
function countDelta(oldN, newN) {
    if (oldN === undefined && newN === undefined)
        return '';
    if (oldN === undefined)
        return String(newN);
    if (newN === undefined)
        return `${oldN} \u2192 \u2014`;
    const d = newN - oldN;
    return d === 0 ? String(newN) : `${oldN} \u2192 ${newN} (${d > 0 ? '+' : ''}${d})`;
}

;// CONCATENATED MODULE: ./actions/pr-checklist/src/checklist.ts


const COMMENT_KEY = 'pr-checklist';
/** Which rules apply, with their matching files: one pass over the files, every rule tested per file. */
function evaluateRules(rules, files) {
    const matched = rules.map(() => []);
    const globbed = rules.map((r, i) => [r, i]).filter(([r]) => r.match);
    for (const f of files) {
        for (const [r, i] of globbed)
            if (r.match(f))
                matched[i].push(f);
    }
    return rules.flatMap((rule, i) => (!rule.match || matched[i].length ? [{ rule, files: matched[i] }] : []));
}
/** `- [x] text <!-- mlship:item:section/item -->`: a task line of ours and whether it is ticked. */
const ITEM_LINE = /^\s*[-*] \[([ xX])\] .*<!-- mlship:item:([A-Za-z0-9._-]+\/[A-Za-z0-9._-]+) -->\s*$/;
/** Ticks in a previous rendering of the comment, by `section/item` id. Lines that are not ours are ignored. */
function parseTicks(body) {
    const ticks = new Map();
    if (!body)
        return ticks;
    for (const line of body.split(/\r?\n/)) {
        const m = ITEM_LINE.exec(line);
        if (m)
            ticks.set(m[2], m[1] !== ' ');
    }
    return ticks;
}
/**
 * A PR-controlled string (path, branch) as inline markdown that renders
 * literally: a code span longer than any backtick run inside it (so no
 * emphasis, links, HTML, mentions or autolinks apply), line breaks shown as \u23ce
 * so nothing can start a new block, and `|` escaped for tables.
 */
function code(text, inTable = false) {
    // Line breaks show as \u23ce and other control characters as their Unicode control pictures (\u2409, \u241b, \u2421), so a name stays on its one list line and is still recognisable.
    let s = text
        .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\u23ce')
        .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
        .replace(/\u007f/g, '\u2421');
    if (inTable)
        s = s.replace(/\|/g, '\\|');
    const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') || s.startsWith(' ') ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** Plain text from the config (trusted, but still must not break the list line or our markers). */
const itemText = (t) => t.replace(/\r?\n/g, ' ').replace(/<!--/g, '&lt;!--');
function applyTicks(sections, ticks) {
    const out = sections.map((result) => ({
        result,
        items: result.rule.items.map((it) => {
            const key = `${result.rule.id}/${it.id}`;
            return { ...it, key, ticked: ticks.get(key) ?? false };
        }),
    }));
    const required = out.flatMap((s) => s.items.filter((i) => i.required));
    return { sections: out, requiredTotal: required.length, requiredUnchecked: required.filter((i) => !i.ticked) };
}
/**
 * The comment, fitted to GitHub's size limit without losing a task line (a
 * cut task line would lose its tick on the next run): file lists shrink
 * first, then the .dvc table goes.
 */
function renderComment(config, state, ctx) {
    let body = '';
    for (const [filesShown, dvc] of [[20, true], [5, true], [0, true], [0, false]]) {
        body = renderWith(config, state, ctx, filesShown, dvc);
        if (body.length <= COMMENT_LIMIT)
            return body;
    }
    return body;
}
function renderWith(config, state, ctx, FILES_SHOWN, withDvc) {
    const lines = [stickyMarker(COMMENT_KEY), `## ${itemText(config.title)}`, ''];
    const refs = ctx.headRef && ctx.baseRef ? `${code(ctx.headRef)} \u2192 ${code(ctx.baseRef)} \u00b7 ` : '';
    const files = ctx.capped ? `${ctx.changedFiles} changed files (GitHub lists the first ${ctx.listedFiles}; rules saw only those)` : `${ctx.changedFiles} changed file${ctx.changedFiles === 1 ? '' : 's'}`;
    const progress = state.requiredTotal
        ? state.requiredUnchecked.length
            ? `${state.requiredTotal - state.requiredUnchecked.length} of ${state.requiredTotal} required items ticked`
            : `all ${state.requiredTotal} required items ticked \u2705`
        : 'no required items';
    lines.push(`${refs}${files} \u00b7 ${progress}`, '');
    if (ctx.notice)
        lines.push(`> [!NOTE]`, `> ${ctx.notice}`, '');
    for (const { result, items } of state.sections) {
        lines.push(`### ${itemText(result.rule.title)}`);
        for (const it of items)
            lines.push(`- [${it.ticked ? 'x' : ' '}] ${itemText(it.text)}${it.required ? ' _(required)_' : ''} <!-- mlship:item:${it.key} -->`);
        if (result.files.length && FILES_SHOWN === 0)
            lines.push('', `<sub>${result.files.length} matching file${result.files.length === 1 ? '' : 's'} (list left out to fit GitHub's comment size limit)</sub>`);
        else if (result.files.length) {
            const shown = result.files.slice(0, FILES_SHOWN).map((f) => `- ${code(f)}`);
            const more = result.files.length > FILES_SHOWN ? [`- \u2026 and ${result.files.length - FILES_SHOWN} more`] : [];
            lines.push('', `<details><summary>${result.files.length} matching file${result.files.length === 1 ? '' : 's'}</summary>`, '', ...shown, ...more, '', '</details>');
        }
        if (withDvc && ctx.dvc.length && result.files.some((f) => f.endsWith('.dvc')))
            lines.push('', ...renderDvc(ctx));
        lines.push('');
    }
    lines.push(`<sub>Tick the boxes as you go: this comment is regenerated on every push and keeps your ticks; sections whose files are gone are removed. Rules: ${itemText(ctx.configSource)}.</sub>`);
    return lines.join('\n');
}
function renderDvc(ctx) {
    const changed = ctx.dvc.filter((d) => d.change !== 'unchanged');
    const total = changed.reduce((s, d) => s + ((d.new?.size ?? 0) - (d.old?.size ?? 0)), 0);
    const head = `<details open><summary>Data changed by .dvc files: ${changed.length} output${changed.length === 1 ? '' : 's'}, net ${total >= 0 ? '+' : ''}${humanBytes(total)}</summary>`;
    const rows = ctx.dvc.map((d) => {
        const md5 = `${checklist_short(d.old?.md5)} \u2192 ${checklist_short(d.new?.md5)}`;
        const size = d.change === 'added' ? fmt(d.new?.size) : d.change === 'removed' ? `${fmt(d.old?.size)} \u2192 \u2014` : `${fmt(d.old?.size)} \u2192 ${fmt(d.new?.size)}`;
        const delta = d.change === 'added' ? (d.new?.size !== undefined ? `+${humanBytes(d.new.size)}` : '') : d.change === 'removed' ? (d.old?.size !== undefined ? `-${humanBytes(d.old.size)}` : '') : sizeDelta(d.old?.size, d.new?.size);
        return `| ${code(d.dvcFile, true)} | ${code(d.path, true)} | ${d.change} | ${md5} | ${size} | ${delta} | ${countDelta(d.old?.nfiles, d.new?.nfiles)} |`;
    });
    const notes = [
        ...ctx.dvcErrors.map((e) => `- \u26a0\ufe0f ${itemText(e).replace(/[\\`*_[\]|~<>@#]/g, (c) => `\\${c}`)}`),
        ...(ctx.dvcSkipped ? [`- ${ctx.dvcSkipped} more .dvc files not read (the first ${ctx.dvc.length ? 'ones' : 'few'} are shown)`] : []),
    ];
    return [head, '', '| .dvc file | output | change | md5 | size | \u0394 size | files |', '| --- | --- | --- | --- | ---: | ---: | ---: |', ...rows, ...(notes.length ? ['', ...notes] : []), '', '</details>'];
}
const checklist_short = (md5) => (md5 ? `\`${md5.replace(/[^0-9a-zA-Z.]/g, '').slice(0, 8)}${md5.endsWith('.dir') ? '.dir' : ''}\`` : '\u2014');
const fmt = (n) => (n === undefined ? '?' : humanBytes(n));

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/regex-engine.ts

const re2js = onDemand(() => __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)), 'a pattern was compiled before loadRegexEngine() was awaited');
/**
 * Loads re2js, the linear-time engine behind user patterns and globs. It is
 * 260 kB of a bundle and ~13 ms of a cold start, which a run without a config
 * or a glob (validate-data on one file) need not pay, so it is a chunk of its
 * own, loaded by whoever is about to compile a pattern: a config loader, a
 * glob resolver, an action's run.
 */
const loadRegexEngine = re2js.load;
/** re2js, once loaded. */
const regexEngine = re2js.get;

;// CONCATENATED MODULE: ./packages/core/src/glob.ts



/** A glob picomatch accepts but RE2 cannot run: `problem` reads after the pattern, `hint` says what to write. */
class GlobRefusal extends Error {
    problem;
    hint;
    constructor(problem, hint) {
        super(problem);
        this.problem = problem;
        this.hint = hint;
    }
}
// Lone surrogates, which no UTF-8 file name decodes to: HIDDEN starts a dot
// segment a wildcard may not match, DOT_SEGMENT starts `.` and `..`, which
// not even a pattern segment starting with a literal dot (`.*`) matches.
const HIDDEN = '\udfff';
const DOT_SEGMENT = '\udffe';
const MARKS = HIDDEN + DOT_SEGMENT;
// picomatch's spellings of the dot rule (with `dot: true`, which leaves only the `.`/`..` part).
const DOT_SEGMENT_LOOKAHEADS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?!\\.{0,1}(?:\\/|$))'];
const NONEMPTY_LOOKAHEAD = '(?=.)';
/**
 * Compiles `pattern` (a picomatch glob, `!` in front negating it) to a
 * linear-time matcher of `/`-separated paths. Throws picomatch's own error for
 * an invalid glob and a GlobRefusal for one RE2 cannot run (a `!(\u2026)` extglob).
 */
function compileGlob(pattern, options = {}) {
    let negated = false;
    let body = pattern;
    // picomatch's negation: leading `!`s, each flipping the result; `!(` starts an extglob.
    while (body.startsWith('!') && body[1] !== '(') {
        negated = !negated;
        body = body.slice(1);
    }
    const dot = options.dot ?? false;
    const re = picomatch_default().makeRe(markPattern(body, dot), { dot: true, strictBrackets: options.strictBrackets });
    const regex = regexEngine().RE2JS.compile(toRe2(re.source, options.dotAll ?? false));
    const match = (path) => {
        if (path === '' || path.endsWith('/'))
            return negated;
        // picomatch negates with `^(?!\u2026).*$`, whose `.` stops at a line break unless dotAll.
        if (negated && !options.dotAll && /[\n\r\u2028\u2029]/.test(path))
            return false;
        // picomatch's own shortcut: a path equal to the glob matches it.
        const hit = path === body || regex.test(markPath(path, dot));
        return hit !== negated;
    };
    return Object.assign(match, { regex });
}
/** The path with the leading dot of each segment a wildcard may not match replaced by its mark. */
function markPath(path, dot) {
    if (!path.includes('.'))
        return path;
    return path
        .split('/')
        .map((seg) => (seg === '.' || seg === '..' ? DOT_SEGMENT + seg.slice(1) : !dot && seg.startsWith('.') ? HIDDEN + seg.slice(1) : seg))
        .join('/');
}
/**
 * The glob with each dot that starts a segment literally replaced by the
 * mark markPath gives the same path segment: `.github/**`, `{.env,src}/*`, `@(.a|b)`. Brace
 * and extglob alternatives start where their group starts.
 */
function markPattern(glob, dot) {
    let out = '';
    let atStart = true;
    const groups = [];
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\' && i + 1 < glob.length) {
            const next = glob[i + 1];
            out += next === '.' && atStart ? (mark(glob, i + 1, dot) ?? c + next) : c + next;
            i++;
            atStart = false;
        }
        else if (c === '.' && atStart) {
            out += mark(glob, i, dot) ?? c;
            atStart = false;
        }
        else if (c === '[') {
            const close = glob.indexOf(']', i + 2);
            const end = close < 0 ? i : close;
            out += glob.slice(i, end + 1);
            i = end;
            atStart = false;
        }
        else if (c === '{' || c === '(' || ('@!*+?'.includes(c) && glob[i + 1] === '(')) {
            const open = c === '{' || c === '(' ? c : c + '(';
            groups.push(atStart);
            out += open;
            i += open.length - 1;
        }
        else if ((c === ',' || c === '|') && groups.length > 0) {
            out += c;
            atStart = groups[groups.length - 1];
        }
        else if ((c === '}' || c === ')') && groups.length > 0) {
            groups.pop();
            out += c;
            atStart = false;
        }
        else {
            out += c;
            atStart = c === '/';
        }
    }
    return out;
}
/** The mark markPath gives a path segment spelled as the pattern segment starting with the dot at `i`; undefined when it keeps its dot. */
function mark(glob, i, dot) {
    let j = i + 1;
    if (glob[j] === '.')
        j++;
    if (j >= glob.length || '/,|})'.includes(glob[j]))
        return DOT_SEGMENT;
    return dot ? undefined : HIDDEN;
}
/**
 * picomatch's regular expression (compiled with `dot: true`) as RE2 syntax:
 * the dot-segment lookaheads go (the marks do their work), wildcards and
 * negated classes leave the marks out, and any other lookaround is refused.
 */
function toRe2(source, dotAll) {
    let s = source;
    for (const look of DOT_SEGMENT_LOOKAHEADS)
        s = s.split(look).join('');
    s = s.split(NONEMPTY_LOOKAHEAD).join('');
    let out = '';
    let inClass = false;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            // picomatch escapes a mark in some places; RE2 takes only punctuation escaped.
            const next = s[i + 1] ?? '';
            out += MARKS.includes(next) && next !== '' ? next : c + next;
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '[') {
            inClass = true;
            if (s[i + 1] === '^') {
                out += '[^' + MARKS;
                i++;
            }
            else
                out += c;
            // A `]` right after the opening is a member, not the end.
            if (s[i + 1] === ']')
                out += s[++i];
        }
        else if (c === '.') {
            out += dotAll ? `[^${MARKS}]` : `[^\\n\\r\\x{2028}\\x{2029}${MARKS}]`;
        }
        else if (c === '(' && s[i + 1] === '?' && (s[i + 2] === '=' || s[i + 2] === '!' || s[i + 2] === '<')) {
            throw new GlobRefusal('uses a negated extglob !(\u2026), which the linear-time matcher cannot run', 'Name the files to match rather than the ones to leave out.');
        }
        else
            out += c;
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./actions/pr-checklist/src/config.ts




const itemObject = schemas/* object */.Ikc({
    text: schemas/* string */.YjP().min(1),
    /** An unticked required item keeps the mlship/checklist status pending. */
    required: schemas/* boolean */.zMY().optional(),
    /** Stable id, so a tick survives rewording the text; default: derived from the text. */
    id: schemas/* string */.YjP().regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, ".", "_" or "-"').optional(),
})
    .strict();
const labelObject = schemas/* object */.Ikc({
    name: schemas/* string */.YjP().min(1).max(50),
    color: schemas/* string */.YjP().regex(/^#?[0-9a-fA-F]{6}$/, 'expected six hex digits such as "0e8a16"').optional(),
    description: schemas/* string */.YjP().max(100).optional(),
})
    .strict();
const ruleSchema = schemas/* object */.Ikc({
    id: schemas/* string */.YjP().regex(/^[A-Za-z0-9._-]+$/, 'use letters, digits, ".", "_" or "-"').optional(),
    title: schemas/* string */.YjP().min(1),
    /** picomatch globs over changed paths (relative to the repository root); omitted = the section always applies. */
    paths: schemas/* array */.YOg(schemas/* string */.YjP()).min(1).optional(),
    /** Changed paths matching these never count for the rule. */
    'paths-ignore': schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    labels: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP().min(1).max(50), labelObject])).default([]),
    items: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP().min(1), itemObject])).min(1),
    /** Items are required unless they say otherwise. */
    required: schemas/* boolean */.zMY().default(true),
    /** Only shown when named in `enable` (the built-in CI and CD checklists are optional). */
    optional: schemas/* boolean */.zMY().default(false),
})
    .strict();
const checklistConfigSchema = schemas/* object */.Ikc({
    /** Heading of the comment. */
    title: schemas/* string */.YjP().min(1).default('PR Checklist'),
    /** Start from the built-in rules (model, data, general, and the optional ci and cd sections). */
    defaults: schemas/* boolean */.zMY().default(true),
    /** Optional sections to show, by id (e.g. [ci, cd]). */
    enable: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    /** Added after the built-in ones; a rule with a built-in id replaces it. */
    rules: schemas/* array */.YOg(ruleSchema).default([]),
})
    .strict();
/**
 * Seed 000 \u00a77.2 exactly: `git diff --name-only | grep -E "^(src/model|models/)"`
 * and `grep -E "\.dvc$"` as globs (dot files included, like the regex), the
 * item texts verbatim, General always; \u00a75.2's CI and CD checklists as optional
 * sections. `src/model*` keeps the regex's prefix match (src/models/, src/model_utils.py).
 */
const DEFAULT_RULES = [
    {
        id: 'model',
        title: 'Model Changes Detected',
        paths: ['src/model*', 'src/model*/**', 'models/**'],
        labels: [],
        items: ['Model performance validated', 'Backward compatibility checked', 'Model size acceptable'],
        required: true,
        optional: false,
    },
    {
        id: 'data',
        title: 'Data Changes Detected',
        paths: ['**/*.dvc'],
        labels: [],
        items: ['Data quality validated', 'DVC push completed', 'Data documentation updated'],
        required: true,
        optional: false,
    },
    { id: 'general', title: 'General', labels: [], items: ['Tests pass locally', 'Code review completed'], required: true, optional: false },
    {
        id: 'ci',
        title: 'CI \uccb4\ud06c\ub9ac\uc2a4\ud2b8',
        labels: [],
        items: ['\ucf54\ub4dc \ub9b0\ud2b8 \ud1b5\uacfc', '\ub2e8\uc704 \ud14c\uc2a4\ud2b8 \ud1b5\uacfc (\ucee4\ubc84\ub9ac\uc9c0 > 80%)', '\ub370\uc774\ud130 \uac80\uc99d \ud1b5\uacfc', '\ubaa8\ub378 \ud559\uc2b5 \uc131\uacf5 (\uc0d8\ud50c \ub370\uc774\ud130)', '\ubaa8\ub378 \ud3c9\uac00 \uae30\uc900 \ud1b5\uacfc'],
        required: true,
        optional: true,
    },
    {
        id: 'cd',
        title: 'CD \uccb4\ud06c\ub9ac\uc2a4\ud2b8',
        labels: [],
        items: ['\uc804\uccb4 \ub370\uc774\ud130 \ud559\uc2b5 \uc644\ub8cc', '\ubaa8\ub378 \ub808\uc9c0\uc2a4\ud2b8\ub9ac \ub4f1\ub85d', 'Staging \ubc30\ud3ec \uc131\uacf5', '\ud1b5\ud569 \ud14c\uc2a4\ud2b8 \ud1b5\uacfc', '\uc131\ub2a5 \ud14c\uc2a4\ud2b8 \ud1b5\uacfc (P95 < 500ms)', 'Canary \uac80\uc99d \ud1b5\uacfc (Error < 1%)', 'Production \ubc30\ud3ec \uc2b9\uc778'],
        required: true,
        optional: true,
    },
];
const slug = (s) => s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** A rule's id: its own, else from its title, else from its position. */
const ruleId = (r, index) => r.id ?? (slug(r.title) || `rule-${index + 1}`);
/** An item's id from its text: short, stable, and the same for any script (the seed's CI/CD items are Korean). */
const itemId = (text) => (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 8);
/** Compiles one glob; a pattern that can never match a path from the API is a config error, not a silent no-op. */
function config_compileGlob(pattern, where, rule) {
    const fail = (why, hint) => {
        throw new errors/* UserError */.yo(`rule "${rule}": glob "${pattern}" ${why}.`, { where, hint });
    };
    if (pattern.trim() === '')
        fail('is empty', 'Remove it or write a pattern such as "models/**".');
    if (pattern.startsWith('/') || pattern.startsWith('./'))
        fail('starts with "/" or "./"', 'Changed paths are relative to the repository root: write "src/model/**", not "/src/model/**".');
    if (pattern.includes('\\') && !/\\[[\]{}()*?!+@]/.test(pattern))
        fail('contains "\\"', 'Paths use "/" as the separator.');
    try {
        // dotAll: picomatch's `**` compiles to `.`, which stops at a line break, so `models/x\n.pt` escaped every rule; a file name is data, and one with control characters is matched like any other.
        // Linear-time matching: changed paths are the pull request author's, and a backtracking `**/a*a*a*b` held the job on a long name.
        return compileGlob(pattern, { dot: true, strictBrackets: true, dotAll: true });
    }
    catch (e) {
        if (e instanceof GlobRefusal)
            return fail(e.problem, 'List the paths to leave out under paths-ignore.');
        return fail(`is not a valid glob: ${e.message}`, 'See https://github.com/micromatch/picomatch#globbing-features.');
    }
}
function toRule(r, at, path, index) {
    const id = ruleId(r, index);
    const name = r.title;
    const include = r.paths?.map((p, i) => config_compileGlob(p, at([...path, 'paths', i]), name));
    const exclude = r['paths-ignore']?.map((p, i) => config_compileGlob(p, at([...path, 'paths-ignore', i]), name)) ?? [];
    const seen = new Set();
    const items = r.items.map((it, i) => {
        const o = typeof it === 'string' ? { text: it } : it;
        const iid = o.id ?? itemId(o.text);
        if (seen.has(iid))
            throw new errors/* UserError */.yo(`rule "${name}": item "${o.text}" appears twice`, { where: at([...path, 'items', i]), hint: 'Remove the duplicate or give one an `id:`.' });
        seen.add(iid);
        return { id: iid, text: o.text, required: o.required ?? r.required };
    });
    return {
        id,
        title: r.title,
        ...(include
            ? {
                paths: r.paths,
                match: (p) => {
                    let hit = false;
                    for (const m of include)
                        if (m(p)) {
                            hit = true;
                            break;
                        }
                    if (!hit)
                        return false;
                    for (const m of exclude)
                        if (m(p))
                            return false;
                    return true;
                },
            }
            : {}),
        labels: r.labels.map((l) => (typeof l === 'string' ? { name: l } : { name: l.name, ...(l.color ? { color: l.color.replace(/^#/, '') } : {}), ...(l.description ? { description: l.description } : {}) })),
        items,
    };
}
function build(data, doc) {
    const builtIn = data.defaults ? DEFAULT_RULES : [];
    const known = new Set([...builtIn.map((r) => r.id), ...data.rules.map(ruleId)]);
    data.enable.forEach((id, i) => {
        if (!known.has(id))
            throw new errors/* UserError */.yo(`enable: no rule with id "${id}"`, { where: doc.at(['enable', i]), hint: `Known ids: ${[...known].join(', ')}.` });
    });
    const enabled = new Set(data.enable);
    const rules = [];
    const ids = new Set();
    const add = (r, i, own) => {
        const rule = toRule(r, own ? doc.at : () => 'built-in rules', ['rules', i], i);
        if (ids.has(rule.id))
            throw new errors/* UserError */.yo(`rules[${i}]: id "${rule.id}" is used twice`, { where: doc.at(['rules', i]), hint: 'Give one of them another `id:`.' });
        ids.add(rule.id);
        if (!r.optional || enabled.has(rule.id))
            rules.push(rule);
    };
    const replaced = new Set();
    // A rule with a built-in id takes the built-in's place, so the comment keeps the built-in order.
    builtIn.forEach((r, i) => {
        const j = data.rules.findIndex((o, k) => ruleId(o, k) === r.id);
        if (j < 0)
            return add(r, i, false);
        replaced.add(j);
        add(data.rules[j], j, true);
    });
    data.rules.forEach((r, i) => {
        if (!replaced.has(i))
            add(r, i, true);
    });
    return { title: data.title, rules, source: doc.source };
}
function defaultChecklistConfig() {
    return build(checklistConfigSchema.parse({}), { source: 'built-in rules', at: () => 'built-in rules' });
}
/** The `config` input: a YAML/JSON file or inline YAML; undefined \u2192 the built-in rules. Needs loadYamlParser() and, for its globs, loadRegexEngine() first. */
function loadChecklistConfig(value, cwd) {
    if (!value)
        return defaultChecklistConfig();
    const doc = readConfigDocument(value, cwd, 'checklist config');
    return parseChecklistDocument(doc);
}
function parseChecklistDocument(doc) {
    const value = doc.value ?? {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new errors/* UserError */.yo('expected a mapping with `rules:`', { where: doc.source });
    const data = validateConfig(checklistConfigSchema, value, doc.at, { knownKeys: (_parent, p) => knownKeys(p) });
    return build(data, doc);
}
function knownKeys(p) {
    if (p.length === 0)
        return Object.keys(checklistConfigSchema.shape);
    if (p[0] === 'rules' && p.length === 2)
        return Object.keys(ruleSchema.shape);
    if (p[0] === 'rules' && p[2] === 'items')
        return Object.keys(itemObject.shape);
    if (p[0] === 'rules' && p[2] === 'labels')
        return Object.keys(labelObject.shape);
    return [];
}
function checklistConfigJsonSchema() {
    return configJsonSchema('pr-checklist', 'Checklist rules: changed-path globs (picomatch), labels to add, and checklist items (required or not).', [checklistConfigSchema]);
}

;// CONCATENATED MODULE: ./actions/pr-checklist/src/report.ts

/** One report for both sources (the pull request through the API, or a local preview). */
function checklistReport(state, x) {
    const checks = state.sections.map(({ result, items }) => {
        const required = items.filter((i) => i.required);
        const open = required.filter((i) => !i.ticked);
        return {
            id: `section:${result.rule.id}`,
            title: result.rule.title,
            // warn, not a failed check: an unticked box is work in progress, not an annotation on every push.
            status: open.length ? 'warn' : 'pass',
            observed: `${required.length - open.length}/${required.length} required ticked`,
            expected: 'all required items ticked',
            ...(open.length ? { detail: `not ticked: ${open.map((i) => i.text).join('; ')}` } : {}),
        };
    });
    if (x.capped)
        checks.push({ id: 'files-capped', title: 'Changed files listed', status: 'warn', observed: x.listed, expected: x.changedFiles, detail: `GitHub lists at most 3000 files of a pull request; ${x.changedFiles - x.listed} were not seen by the rules` });
    const open = state.requiredUnchecked.length;
    return (0,report/* createReport */.LU)({
        action: 'pr-checklist',
        title: x.title,
        summary: `${state.sections.length} section${state.sections.length === 1 ? '' : 's'} apply; ${open ? `${open} of ${state.requiredTotal} required items not ticked yet` : `all ${state.requiredTotal} required items ticked`}. ${x.outcome}`,
        checks,
        tables: [
            { title: 'Sections', columns: ['section', 'items ticked', 'required open', 'matching files'], rows: state.sections.map((s) => [s.result.rule.title, `${s.items.filter((i) => i.ticked).length}/${s.items.length}`, s.items.filter((i) => i.required && !i.ticked).length, s.result.files.length]) },
            ...(x.dvc.length
                ? [{ title: 'DVC outputs', columns: ['.dvc file', 'output', 'change', 'old size', 'new size'], rows: x.dvc.map((d) => [d.dvcFile, d.path, d.change, d.old?.size ?? null, d.new?.size ?? null]), folded: true }]
                : []),
        ],
        ...(x.texts ? { texts: x.texts } : {}),
        data: { sections: state.sections.map((s) => s.result.rule.id), requiredUnchecked: state.requiredUnchecked.map((i) => i.key), ...x.data },
    });
}

;// CONCATENATED MODULE: ./actions/pr-checklist/src/preview.ts








/**
 * The checklist comment a pull request from `head` into `base` would get,
 * computed from the local git repository with the same rules, rendering and
 * .dvc diffing as on GitHub \u2014 and shown, never posted: no token is used and
 * no request leaves the machine, whatever the event or the token input.
 */
async function previewLocally(inputs, io) {
    if (inputs.base === undefined) {
        throw new errors/* UserError */.yo('input "head" is set but "base" is not.', { hint: 'A local preview compares head with base: add base (e.g. main), or remove head to check the pull request through the GitHub API.' });
    }
    // Both only act on GitHub; a preview that quietly skipped them would look like it had.
    if (inputs['status-check'] !== 'none') {
        throw new errors/* UserError */.yo(`input "status-check" is "${inputs['status-check']}", but base/head make a local preview that writes nothing to GitHub.`, { hint: 'Remove status-check for the preview, or remove base and head to run on the pull request.' });
    }
    if (inputs['tick-permission'] !== 'write') {
        throw new errors/* UserError */.yo(`input "tick-permission" is "${inputs['tick-permission']}", but a local preview has no comment whose ticks could be checked.`, { hint: 'Remove tick-permission for the preview, or remove base and head to run on the pull request.' });
    }
    const head = inputs.head ?? 'HEAD';
    await Promise.all([loadRegexEngine(), loadYamlParser()]);
    const config = loadChecklistConfig(inputs.config, process.cwd());
    const source = await gitChanges({ cwd: process.cwd(), base: inputs.base, head });
    const listed = await source.listFiles();
    const sections = evaluateRules(config.rules, listed.files.map((f) => f.filename));
    // A new pull request: no earlier comment, so nothing is ticked yet.
    const state = applyTicks(sections, new Map());
    const dvc = await readDvcChanges(source, listed.files, sections);
    const body = renderComment(config, state, {
        headRef: source.headRef,
        baseRef: source.baseRef,
        changedFiles: listed.changedFiles,
        listedFiles: listed.files.length,
        capped: false,
        dvc: dvc.rows,
        dvcErrors: dvc.errors,
        dvcSkipped: dvc.skipped,
        configSource: config.source,
    });
    const labels = [...new Map(sections.flatMap((s) => s.rule.labels).map((l) => [l.name.toLowerCase(), l.name])).values()];
    const commentPath = external_node_path_default().join(external_node_path_default().resolve(inputs['report-path']), 'comment.md');
    await (0,fs_atomic/* writeFileAtomic */.Z)(commentPath, body + '\n');
    io.info(`pr-checklist: preview of the checklist comment for ${head} \u2192 ${inputs.base} (${listed.files.length} changed file${listed.files.length === 1 ? '' : 's'} since they diverged at ${source.mergeBase.slice(0, 12)}); not posted, also in ${commentPath}\n`);
    io.info(body);
    return {
        report: checklistReport(state, {
            title: `PR checklist preview for ${head} \u2192 ${inputs.base}`,
            outcome: `Preview only: nothing was posted to GitHub${labels.length ? `; labels it would add: ${labels.join(', ')}` : ''}.`,
            capped: false,
            listed: listed.files.length,
            changedFiles: listed.changedFiles,
            dvc: dvc.rows,
            data: { preview: true, base: inputs.base, head, baseSha: source.baseSha, headSha: source.headSha, mergeBase: source.mergeBase, labelsWouldAdd: labels, files: listed.files },
            texts: [{ title: 'Checklist comment (preview, not posted)', text: body, folded: false }],
        }),
        outputs: { 'required-unchecked': String(state.requiredUnchecked.length), sections: JSON.stringify(state.sections.map((s) => s.result.rule.id)), 'comment-url': '', 'labels-added': '[]' },
    };
}

;// CONCATENATED MODULE: ./actions/pr-checklist/src/action.ts











const TOKEN_DEFAULT = '${{ github.token }}';
const CONTEXT = 'mlship/checklist';
const inputSchema = schemas/* object */.Ikc({
    token: schemas/* string */.YjP().default(TOKEN_DEFAULT),
    config: schemas/* string */.YjP().optional(),
    'status-check': schemas/* enum */.k5n(['none', 'status', 'check-run']).default('none'),
    'tick-permission': schemas/* enum */.k5n(['write', 'author']).default('write'),
    'fail-on': (0,inputs/* failOnInput */.cR)(),
    'report-path': schemas/* string */.YjP().default('mlship-reports/pr-checklist'),
    base: schemas/* string */.YjP().optional(),
    head: schemas/* string */.YjP().optional(),
});
const prChecklist = (0,action.defineAction)({
    name: 'pr-checklist',
    inputs: inputSchema,
    secrets: ['token'],
    async run(inputs, io) {
        // base/head: the changes come from the local repository and nothing is written to GitHub, token or not.
        if (inputs.base !== undefined || inputs.head !== undefined)
            return previewLocally(inputs, io);
        try {
            return await check(inputs, io);
        }
        catch (e) {
            // A refusal by GitHub (token, permissions, fork) is the user's to fix: one line, no stack.
            throw gitHubUserError(e) ?? e;
        }
    },
});
async function check(inputs, io) {
    const ctx = context_readPullRequestContext(io.env);
    if (!ctx)
        return skipped(io, `event "${io.env('GITHUB_EVENT_NAME') ?? ''}" is not about a pull request; nothing to check. Run pr-checklist on pull_request, pull_request_target or issue_comment.`);
    const token = inputs.token === TOKEN_DEFAULT ? '' : inputs.token;
    if (!token)
        throw new errors/* UserError */.yo('input "token" is empty.', { hint: 'Pass `token: ${{ github.token }}` (the default) with `permissions: pull-requests: write` (and `statuses: write` / `checks: write` for status-check).' });
    await Promise.all([loadRegexEngine(), loadYamlParser()]);
    const config = loadChecklistConfig(inputs.config, process.cwd());
    const gh = await client_createGitHub({ token, apiUrl: io.env('GITHUB_API_URL'), log: io });
    let ticksFrom = 'comment';
    let notice;
    let edit;
    if (ctx.eventName === 'issue_comment') {
        edit = readCommentEdit(io);
        if (ctx.action !== 'edited')
            return skipped(io, `issue_comment "${ctx.action}": only edits of the checklist comment are re-evaluated.`);
        if (!edit.body.includes(stickyMarker(COMMENT_KEY)))
            return skipped(io, `comment ${edit.id} is not the checklist comment; nothing to re-evaluate.`);
    }
    const pr = await getPullRequest(gh, ctx);
    const source = pullRequestChanges(gh, { ...ctx, changedFiles: pr.changedFiles, baseSha: pr.baseSha, headSha: pr.headSha, baseRef: pr.baseRef, headRef: pr.headRef });
    // Comments first: the file pages would otherwise queue it behind up to 30 requests.
    const [comments, listed] = await Promise.all([comments_listIssueComments(gh, { ...ctx, issueNumber: ctx.number }), source.listFiles()]);
    const sticky = comments_pickSticky(comments, COMMENT_KEY, await comments_stickyAuthor(gh, comments, COMMENT_KEY));
    if (edit) {
        if (!sticky || sticky.id !== edit.id)
            return skipped(io, `comment ${edit.id} by @${edit.author} carries the checklist marker but is not the checklist${sticky ? ` (that is comment ${sticky.id})` : ''}; ignored.`);
        if (edit.sender === sticky.user?.login)
            return skipped(io, `the checklist was edited by its own author (@${edit.sender}), i.e. by this action; nothing to re-evaluate.`);
        const allowed = edit.sender === pr.author || (inputs['tick-permission'] === 'write' && canWrite(await repoPermission(gh, { ...ctx, username: edit.sender })));
        if (!allowed) {
            ticksFrom = 'previous';
            const who = inputs['tick-permission'] === 'author' ? `only the pull request's author (@${pr.author})` : `only the pull request's author (@${pr.author}) and people with write access`;
            notice = `@${edit.sender} edited this checklist, but ${who} may tick it; the boxes were restored.`;
            io.warning(`pr-checklist: ${notice}`);
        }
    }
    const files = listed.files.map((f) => f.filename);
    const sections = evaluateRules(config.rules, files);
    const ticks = parseTicks(ticksFrom === 'previous' ? edit?.previousBody : sticky?.body);
    const state = applyTicks(sections, ticks);
    const labels = sections.flatMap((s) => s.rule.labels);
    const unique = [...new Map(labels.map((l) => [l.name.toLowerCase(), l])).values()];
    // The label writes (serial and spaced by the client) overlap the .dvc reads instead of waiting for them.
    const [labelResult, dvc] = await Promise.all([addLabels(gh, { ...ctx, issueNumber: ctx.number, labels: unique, current: pr.labels }), readDvcChanges(source, listed.files, sections)]);
    const body = renderComment(config, state, {
        headRef: source.headRef,
        baseRef: source.baseRef,
        changedFiles: listed.changedFiles,
        listedFiles: listed.files.length,
        capped: listed.capped,
        dvc: dvc.rows,
        dvcErrors: dvc.errors,
        dvcSkipped: dvc.skipped,
        configSource: config.source,
        notice,
    });
    await (0,fs_atomic/* writeFileAtomic */.Z)(external_node_path_default().join(external_node_path_default().resolve(inputs['report-path']), 'comment.md'), body + '\n');
    const comment = await comments_upsertStickyComment(gh, { ...ctx, issueNumber: ctx.number, key: COMMENT_KEY, body, comments });
    io.info(`Checklist comment ${comment.action}: ${comment.url}`);
    if (listed.capped)
        io.annotate('warning', `This pull request changes ${pr.changedFiles} files; GitHub's API lists only the first ${listed.files.length}, so rules saw only those.`, { title: 'pr-checklist' });
    await reportStatus(gh, inputs['status-check'], ctx, pr, state, comment.url);
    return {
        report: checklistReport(state, {
            title: `PR checklist for #${pr.number}`,
            outcome: `Comment: ${comment.url}`,
            capped: listed.capped,
            listed: listed.files.length,
            changedFiles: listed.changedFiles,
            dvc: dvc.rows,
            data: { pullRequest: pr.number, labelsAdded: labelResult.added, commentUrl: comment.url },
        }),
        outputs: {
            'required-unchecked': String(state.requiredUnchecked.length),
            sections: JSON.stringify(state.sections.map((s) => s.result.rule.id)),
            'comment-url': comment.url,
            'labels-added': JSON.stringify(labelResult.added),
        },
    };
}
function readCommentEdit(io) {
    const payload = JSON.parse(external_node_fs_default().readFileSync(io.env('GITHUB_EVENT_PATH'), 'utf8'));
    return {
        id: payload.comment?.id ?? 0,
        body: payload.comment?.body ?? '',
        author: payload.comment?.user?.login ?? '',
        sender: payload.sender?.login ?? '',
        previousBody: payload.changes?.body?.from,
    };
}
async function reportStatus(gh, kind, ctx, pr, state, url) {
    if (kind === 'none')
        return;
    const open = state.requiredUnchecked.length;
    const description = open ? `${open} of ${state.requiredTotal} required checklist items not ticked yet` : `All ${state.requiredTotal} required checklist items ticked`;
    if (kind === 'status') {
        await setCommitStatus(gh, { ...ctx, sha: pr.headSha, context: CONTEXT, state: open ? 'pending' : 'success', description, targetUrl: url });
        return;
    }
    const summary = open ? `Still to tick in the [checklist comment](${url}):\n\n${state.requiredUnchecked.map((i) => `- ${i.text.replace(/\r?\n/g, ' ')}`).join('\n')}` : `Every required item in the [checklist comment](${url}) is ticked.`;
    await upsertCheckRun(gh, { ...ctx, headSha: pr.headSha, name: CONTEXT, title: description, summary, detailsUrl: url, ...(open ? {} : { conclusion: 'success' }) });
}
function skipped(io, message) {
    io.annotate('notice', message, { title: 'pr-checklist' });
    return {
        report: (0,report/* createReport */.LU)({ action: 'pr-checklist', title: 'PR checklist', summary: message, checks: [{ id: 'event', title: 'Pull request event', status: 'skip', detail: message }] }),
        outputs: { 'required-unchecked': '0', sections: '[]', 'comment-url': '', 'labels-added': '[]' },
    };
}


/***/ }),

/***/ 5171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defineAction: () => (/* binding */ defineAction),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _fs_atomic__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8162);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7276);
/* harmony import */ var _report__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2019);
/* harmony import */ var _summary__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(814);






const defineAction = (def) => def;
/**
 * The whole life of a step, identical on a runner and in the CLI: parse inputs,
 * run, write report files, set outputs, summary and annotations, then decide
 * the exit status with `fail-on`. A user mistake becomes one failed line.
 */
async function runAction(def, io) {
    try {
        for (const name of def.secrets ?? []) {
            const v = io.getInput(name);
            if (v)
                io.setSecret(v);
        }
        const inputs = (0,_inputs__WEBPACK_IMPORTED_MODULE_3__/* .parseInputs */ .TL)(def.inputs, io.getInput);
        const { report, outputs = {} } = await def.run(inputs, io);
        const reportDir = typeof inputs['report-path'] === 'string' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(inputs['report-path']) : undefined;
        if (reportDir) {
            await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.md'), (0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
            await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
        }
        const failed = (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .failedChecks */ .HH)(report);
        io.setOutput('passed', String(failed.length === 0 && report.status !== 'error'));
        io.setOutput('status', report.status);
        io.setOutput('failed-checks', JSON.stringify(failed.map((c) => c.id)));
        if (reportDir)
            io.setOutput('report-path', reportDir);
        for (const [k, v] of Object.entries(outputs))
            io.setOutput(k, v);
        for (const c of report.checks) {
            if (c.status !== 'fail' && c.status !== 'error')
                continue;
            const msg = `${c.title}: ${c.detail ?? `observed ${c.observed}, expected ${c.expected}`}`;
            io.annotate(c.severity === 'warning' ? 'warning' : 'error', msg, { file: c.location?.file, line: c.location?.line, title: `${def.name}: ${c.id}` });
        }
        await io.appendSummary((0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
        const failOn = (inputs['fail-on'] ?? 'error');
        if ((0,_report__WEBPACK_IMPORTED_MODULE_4__/* .shouldFail */ .W9)(report.status, failOn)) {
            io.setFailed(`${report.title}: ${report.status.toUpperCase()} \u2014 ${failed.map((c) => c.id).join(', ') || 'warnings present'}`);
            return { exitCode: 1, report };
        }
        return { exitCode: 0, report };
    }
    catch (e) {
        if (!(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e) && e instanceof Error && e.stack)
            io.debug(e.stack);
        const line = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e) ? (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(e) : `mlship ${def.name} failed unexpectedly: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(e)} (run with ACTIONS_STEP_DEBUG=true for the stack)`;
        const report = await recordError(def, io, line, (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e));
        io.setFailed(line);
        return { exitCode: 1, report };
    }
}
/**
 * A step that stopped early still leaves what later `if: failure()` steps read:
 * passed=false, status=error, and the report files naming the error.
 */
async function recordError(def, io, line, userError) {
    const report = (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .createReport */ .LU)({
        action: def.name,
        title: `mlship ${def.name}`,
        summary: userError ? 'The step stopped before it could check anything.' : 'The step failed unexpectedly.',
        checks: [{ id: 'error', title: userError ? 'Inputs and setup' : 'Internal error', status: 'error', detail: line }],
    });
    io.setOutput('passed', 'false');
    io.setOutput('status', 'error');
    io.setOutput('failed-checks', JSON.stringify(['error']));
    try {
        await io.appendSummary((0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
    }
    catch (summaryError) {
        io.debug(`job summary not written: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(summaryError)}`);
    }
    const reportDir = reportPathOf(def, io);
    if (!reportDir)
        return report;
    try {
        await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.md'), (0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
        await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
        io.setOutput('report-path', reportDir);
    }
    catch (writeError) {
        // The report path itself may be the mistake (a file, no permission): the error line is what matters.
        io.debug(`report not written to ${reportDir}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(writeError)}`);
    }
    return report;
}
/** The report directory the step asked for, or its default, without trusting the other inputs. */
function reportPathOf(def, io) {
    const field = def.inputs.shape['report-path'];
    if (!field)
        return undefined;
    const given = io.getInput('report-path');
    const parsed = field.safeParse(given === undefined || given === '' ? undefined : given);
    return parsed.success && typeof parsed.data === 'string' && parsed.data ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(parsed.data) : undefined;
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export sentences */
/**
 * A mistake the user can fix: a missing file, a bad config key, an unreachable
 * server. It ends the step with one line \u2014 what, where, how to fix \u2014 and no stack.
 * Anything else that escapes an action is a bug in mlship and keeps its stack.
 */
class UserError extends Error {
    details;
    name = 'UserError';
    constructor(message, details = {}) {
        super(message);
        this.details = details;
    }
    /** `where: message. hint` \u2014 the one line the user sees. */
    get line() {
        const where = this.details.where ? `${this.details.where}: ` : '';
        return `${where}${sentences(this.message, this.details.hint)}`.replace(/\s*\n\s*/g, ' ');
    }
}
/**
 * A message and the hint after it, read as two sentences: "no such file or
 * directory. Check the path\u2026", not "no such file or directory Check the path\u2026".
 * A message that already ends a sentence (or introduces the hint with a colon)
 * is left as written.
 */
function sentences(message, hint) {
    if (!hint)
        return message;
    const first = message.trimEnd();
    return /[.!?:]$/.test(first) ? `${first} ${hint}` : `${first}. ${hint}`;
}
const isUserError = (e) => e instanceof UserError;
function describeError(e) {
    if (isUserError(e))
        return e.line;
    if (e instanceof Error)
        return e.message;
    return String(e);
}


/***/ }),

/***/ 8162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Writes via a temp file and rename, so a reader never sees half a report. */
async function writeFileAtomic(file, content) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(tmp, content);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rename(tmp, file);
}


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   cR: () => (/* binding */ failOnInput)
/* harmony export */ });
/* unused harmony exports booleanInput, numberInput, describeInputs */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8816);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);


const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
/** The YAML 1.2 core-schema booleans that core.getBooleanInput accepts, and nothing else. */
const booleanInput = () => z.string().transform((v, ctx) => {
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return z.NEVER;
});
const numberInput = () => z.string().transform((v, ctx) => {
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `expected a number, got "${v}"` });
        return z.NEVER;
    }
    return n;
});
const failOnInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warning', 'never']).default('error');
function parseInputs(schema, read) {
    const raw = {};
    for (const name of Object.keys(schema.shape)) {
        const v = read(name);
        if (v !== undefined && v !== '')
            raw[name] = v;
    }
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? '');
    const message = issue.code === 'invalid_type' && raw[name] === undefined ? 'is required' : issue.message;
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input "${name}" ${message}`, { hint: 'Fix the `with:` block of this step (or the matching --flag).' });
}
/** What action.yml should say about each input, derived from the schema (used by the sync test and docs). */
function describeInputs(schema) {
    return Object.entries(schema.shape).map(([name, s]) => {
        const empty = s.safeParse(undefined);
        if (!empty.success)
            return { name, required: true };
        return empty.data === undefined ? { name, required: false } : { name, required: false, default: String(empty.data) };
    });
}


/***/ }),

/***/ 2019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ effectiveStatus),
/* harmony export */   HH: () => (/* binding */ failedChecks),
/* harmony export */   LU: () => (/* binding */ createReport),
/* harmony export */   W9: () => (/* binding */ shouldFail)
/* harmony export */ });
/* unused harmony export overallStatus */
const rank = { skip: 0, pass: 1, warn: 2, fail: 3, error: 4 };
/** A failed check counts as `warn` when its severity is warning. */
function effectiveStatus(check) {
    if (check.status === 'fail' && check.severity === 'warning')
        return 'warn';
    return check.status;
}
function overallStatus(checks) {
    let worst = 'pass';
    for (const c of checks) {
        const s = effectiveStatus(c);
        if (rank[s] > rank[worst])
            worst = s;
    }
    return worst;
}
function failedChecks(report) {
    return report.checks.filter((c) => {
        const s = effectiveStatus(c);
        return s === 'fail' || s === 'error';
    });
}
function createReport(fields) {
    return {
        schemaVersion: 1,
        status: overallStatus(fields.checks),
        generatedAt: new Date().toISOString(),
        tables: [],
        charts: [],
        ...fields,
    };
}
function shouldFail(status, failOn) {
    if (failOn === 'never')
        return false;
    if (status === 'fail' || status === 'error')
        return true;
    return failOn === 'warning' && status === 'warn';
}


/***/ }),

/***/ 1448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerIO: () => (/* binding */ runnerIO)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);



/**
 * ActionIO over the runner contract: INPUT_* variables, the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and `::command::` lines on stdout.
 *
 * This speaks the protocol directly instead of through @actions/core: version 3
 * loads @actions/http-client and undici at import time for its OIDC client,
 * which was 80 ms of the 300 ms cold-start budget (bench/validate-data/RESULTS.md)
 * for a token no action here asks for. The few commands used are written exactly
 * as @actions/core writes them; runner-io.test.ts runs both side by side and
 * compares the bytes.
 */
function runnerIO(env = process.env, write = (s) => process.stdout.write(s)) {
    const issue = (command, message, properties = {}) => {
        const props = Object.entries(properties)
            .filter(([, v]) => v !== undefined && v !== '')
            .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
            .join(',');
        write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`);
    };
    return {
        getInput: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined,
        setOutput: (name, value) => {
            const file = env.GITHUB_OUTPUT;
            if (file)
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
            else {
                write((node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL));
                issue(`set-output name=${escapeProperty(name)}`, value);
            }
        },
        setSecret: (value) => issue('add-mask', value),
        exportVariable: (name, value) => {
            const file = env.GITHUB_ENV;
            // The set-env command has been disabled on GitHub since 2020; without the file the variable cannot reach later steps.
            if (!file)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('cannot export variables: GITHUB_ENV is not set', { hint: 'Run this as a step of a GitHub Actions job, or locally through `npx mlship`, which prints export lines.' });
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
        },
        appendSummary: async (markdown) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                return;
            await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.appendFile(file, markdown + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL), 'utf8');
        },
        annotate: (severity, message, location) => {
            const command = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
            issue(command, message, location ? { title: location.title, file: location.file, line: location.line } : {});
        },
        info: (m) => write(m + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)),
        warning: (m) => issue('warning', m),
        debug: (m) => issue('debug', m),
        setFailed: (m) => {
            process.exitCode = 1;
            issue('error', m);
        },
        tempDir: () => env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(),
        env: (name) => env[name],
        saveState: (name, value) => {
            const file = env.GITHUB_STATE;
            if (file)
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
            else
                issue(`save-state name=${escapeProperty(name)}`, value);
        },
        getState: (name) => env[`STATE_${name}`] || undefined,
    };
}
/**
 * `name<<delimiter` heredoc, the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE
 * format. A value holding the delimiter is refused, so the delimiter need not
 * be secret, only unlikely to occur in a value: 128 random bits from
 * Math.random, laid out as @actions/core's UUID is (loading node:crypto for
 * that UUID took ~10 ms of every start).
 */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: output "${name}" contains the delimiter`);
    return `${name}<<${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${value}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`;
}
function randomId() {
    const hex = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');


/***/ }),

/***/ 814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: renderComment, renderText, statusBadge

;// CONCATENATED MODULE: ./packages/core/src/markdown.ts
/**
 * Escapes text that came from data or PR authors so it renders literally in
 * GitHub-flavoured markdown tables and cannot inject HTML, mentions or links.
 */
function markdown_escapeMarkdown(text) {
    return text
        // Only what changes meaning inline: emphasis, code, links/images, table pipes, strikethrough.
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
function markdown_formatScalar(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'number')
        return formatNumber(value);
    return String(value);
}
/** Numbers as a person reads them: integers exact, others to 4 significant digits. */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    if (Number.isInteger(n))
        return Math.abs(n) >= 1e15 ? n.toExponential(3) : String(n);
    const abs = Math.abs(n);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return n.toExponential(3);
    return String(Number(n.toPrecision(4)));
}
function markdown_markdownTable(columns, rows) {
    const head = `| ${columns.map(markdown_escapeMarkdown).join(' | ')} |`;
    const sep = `| ${columns.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${r.map((v) => markdown_escapeMarkdown(markdown_formatScalar(v))).join(' | ')} |`);
    return [head, sep, ...body].join('\n');
}
function markdown_details(summary, body) {
    return `<details><summary>${markdown_escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
}
/**
 * Text shown exactly as it is: a fence longer than any run of backticks inside
 * it, so no content (markdown, HTML, a stray ```) can close the block early.
 */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}

;// CONCATENATED MODULE: ./packages/core/src/mermaid.ts
// xychart-beta labels are double-quoted strings with no escape syntax.
const label = (s) => `"${s.replace(/["\n\r]/g, "'").slice(0, 40)}"`;
const num = (n) => (Number.isFinite(n) ? String(Number(n.toPrecision(6))) : '0');
/** A Mermaid `xychart-beta` block, which GitHub renders in job summaries and comments. */
function mermaidChart(chart) {
    const lines = ['```mermaid', 'xychart-beta', `  title ${label(chart.title)}`];
    lines.push(`  x-axis [${chart.x.map(label).join(', ')}]`);
    const all = chart.series.flatMap((s) => s.values.filter(Number.isFinite));
    const [lo, hi] = chart.yRange ?? [Math.min(0, ...all), Math.max(...all, 0) || 1];
    lines.push(`  y-axis ${label(chart.yLabel ?? '')} ${num(lo)} --> ${num(hi)}`);
    for (const s of chart.series)
        lines.push(`  ${chart.kind} [${s.values.map(num).join(', ')}]`);
    lines.push('```');
    if (chart.series.length > 1) {
        // xychart-beta has no legend; name the series in order under the chart.
        lines.push(`<sub>${chart.series.map((s, i) => `${i + 1}. ${s.name.replace(/</g, '&lt;')}`).join(' \u00b7 ')}</sub>`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(2019);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts



const badge = {
    pass: '\u2705 PASS',
    warn: '\u26a0\ufe0f WARN',
    fail: '\u274c FAIL',
    error: '\ud83d\udca5 ERROR',
    skip: '\u23ed\ufe0f SKIP',
};
const statusBadge = (s) => badge[s];
/**
 * The job summary: verdict, the checks table (failures first), charts, then
 * the long tables folded so the page stays one screen tall.
 */
function renderSummary(report) {
    const out = [`## ${badge[report.status]} ${markdown_escapeMarkdown(report.title)}`];
    if (report.summary)
        out.push(report.summary);
    if (report.checks.length) {
        const order = { error: 0, fail: 1, warn: 2, pass: 3, skip: 4 };
        const checks = [...report.checks].sort((a, b) => order[(0,src_report/* effectiveStatus */.Gw)(a)] - order[(0,src_report/* effectiveStatus */.Gw)(b)]);
        out.push(markdown_markdownTable(['Status', 'Check', 'Observed', 'Expected', 'Detail'], checks.map((c) => [badge[(0,src_report/* effectiveStatus */.Gw)(c)], `${c.title} (${c.id})`, markdown_formatScalar(c.observed), markdown_formatScalar(c.expected), c.detail ?? ''])));
    }
    for (const chart of report.charts)
        out.push(mermaidChart(chart));
    for (const t of report.tables) {
        const table = markdown_markdownTable(t.columns, t.rows);
        out.push(t.folded === false ? `### ${markdown_escapeMarkdown(t.title)}\n\n${table}` : markdown_details(t.title, table));
    }
    for (const b of report.texts ?? []) {
        const block = codeBlock(b.text);
        out.push(b.folded === false ? `### ${markdown_escapeMarkdown(b.title)}\n\n${block}` : markdown_details(b.title, block));
    }
    return out.join('\n\n') + '\n';
}
/**
 * The sticky PR comment: one screen \u2014 verdict, only the checks that need a
 * reviewer's eye (or one line saying all passed), a link to the run \u2014 with the
 * whole job summary folded underneath.
 */
function renderComment(report, o = {}) {
    const out = [`### ${badge[report.status]} ${escapeMarkdown(report.title)}`];
    if (report.summary)
        out.push(report.summary);
    const attention = report.checks.filter((c) => ['fail', 'error', 'warn'].includes(effectiveStatus(c)));
    const passed = report.checks.filter((c) => effectiveStatus(c) === 'pass').length;
    if (attention.length) {
        out.push(markdownTable(['Status', 'Check', 'Observed', 'Expected', 'Detail'], attention.map((c) => [badge[effectiveStatus(c)], `${c.title} (${c.id})`, formatScalar(c.observed), formatScalar(c.expected), c.detail ?? ''])));
        if (passed)
            out.push(`${passed} other check${passed === 1 ? '' : 's'} passed.`);
    }
    else if (report.checks.length) {
        out.push(`All ${passed} check${passed === 1 ? '' : 's'} passed.`);
    }
    if (o.runUrl)
        out.push(`[Workflow run](${o.runUrl})`);
    out.push(details('Full report', renderSummary(report).replace(/^## .*\n+/, '')));
    return out.join('\n\n') + '\n';
}
/** Plain-text rendering for terminals (the CLI): the seed's `[PASS] check: detail` lines. */
function renderText(report) {
    const lines = [`${report.title}: ${report.status.toUpperCase()}`, '='.repeat(60)];
    if (report.summary)
        lines.push(report.summary);
    for (const c of report.checks) {
        const s = effectiveStatus(c).toUpperCase();
        const obs = c.observed !== undefined ? ` observed ${formatScalar(c.observed)}` : '';
        const exp = c.expected !== undefined ? `, expected ${formatScalar(c.expected)}` : '';
        lines.push(`  [${s}] ${c.id}:${obs}${exp}${c.detail ? ` \u2014 ${c.detail}` : ''}`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
