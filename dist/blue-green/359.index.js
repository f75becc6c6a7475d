export const id = 359;
export const ids = [359,171,448];
export const modules = {

/***/ 3359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATE_SETTLED: () => (/* binding */ STATE_SETTLED),
  STATE_SWITCH: () => (/* binding */ STATE_SWITCH),
  blueGreen: () => (/* binding */ blueGreen),
  createBlueGreen: () => (/* binding */ createBlueGreen)
});

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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
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
class retry_RetryError extends Error {
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
async function retry_retry(fn, options = {}) {
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
                throw new retry_RetryError(error, attempt);
            const requested = typeof verdict === 'number' && Number.isFinite(verdict) && verdict >= 0 ? verdict : undefined;
            const delayMs = Math.min(maxDelay, requested ?? backoffDelay(attempt, options));
            if (ctx.elapsedMs + delayMs >= maxElapsed)
                throw new retry_RetryError(error, attempt);
            options.onRetry?.(error, { ...ctx, delayMs });
            if (options.signal?.aborted)
                throw new retry_RetryError(error, attempt);
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
        throw new errors/* UserError */.yo(`"${text}" is not a threshold.`, {
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
function threshold_compare(observed, op, value) {
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
function threshold_margin(observed, op, value) {
    return op === '<' || op === '<=' ? value - observed : observed - value;
}
const threshold_formatThreshold = (t) => `${t.op} ${t.value}`;

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
const suggest_suggestion = (word, candidates) => {
    const m = didYouMean(word, candidates);
    return m ? ` Did you mean "${m}"?` : '';
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
        return config_file_parseConfigDocument(external_node_fs_default().readFileSync(file, 'utf8'), external_node_path_default().relative(cwd, file) || value);
    }
    if (/[\n:{]/.test(value))
        return config_file_parseConfigDocument(value, 'inline config');
    throw new errors/* UserError */.yo(`${what} file "${value}" not found`, { hint: 'Pass a path to a YAML/JSON file (relative to the workspace), or inline YAML.' });
}
/** `text` parsed as YAML (JSON is YAML); needs loadYamlParser() first. */
function config_file_parseConfigDocument(text, source) {
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
    throw new UserError(custom ?? explainIssue(issue, value, hooks), { where: where(at) });
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
function configJsonSchema(action, description, shapes) {
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





















;// CONCATENATED MODULE: ./packages/rollout/src/source.ts

/**
 * The source could not answer at all (server unreachable after retries, an
 * answer that is not Prometheus'): unlike `null`, this says nothing about the
 * service's health. Judges decide whether to abort or count the interval as
 * inconclusive; it is a UserError, so uncaught it ends the step with its line.
 */
class source_MetricSourceUnavailable extends errors/* UserError */.yo {
}
/**
 * Asks for the request count and every metric once (and, with `histograms`,
 * the bucket query behind each latency metric), so a wrong URL, bad
 * credentials or a query the server rejects end the step now, with the
 * source's own message, instead of minutes into a wait.
 */
async function probeMetrics(source, track, metrics, window, options = {}) {
    await source.requests(track, window);
    for (const m of metrics) {
        await source.read(m, track, window);
        if (options.histograms && m.kind === 'latency')
            await source.histogram(m, track, window);
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/counter.ts

const NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;
const LABEL = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** True when `text` has the shape of a counter selector (a name, optionally with `{\u2026}`), so it is not meant as PromQL. */
const counter_looksLikeCounter = (text) => /^\s*[A-Za-z_:][A-Za-z0-9_:]*\s*(\{.*\})?\s*$/s.test(text);
function counter_parseCounter(text, where) {
    const source = text.trim();
    const hint = 'Write a counter name with optional equality matchers, e.g. conversions_total or http_requests_total{code="200"}.';
    const brace = source.indexOf('{');
    const metric = (brace < 0 ? source : source.slice(0, brace)).trim();
    if (!NAME.test(metric))
        throw new UserError(`"${source}" is not a counter name.`, { where, hint });
    const matchers = {};
    if (brace >= 0) {
        if (!source.endsWith('}'))
            throw new UserError(`"${source}" has no closing brace.`, { where, hint });
        let rest = source.slice(brace + 1, -1).trim();
        while (rest !== '') {
            const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!=|!~|=)\s*"((?:[^"\\]|\\.)*)"\s*(,\s*|$)/.exec(rest);
            if (!m)
                throw new UserError(`cannot read the label matchers of "${source}".`, { where, hint });
            const [all, label, op, raw] = m;
            if (op !== '=')
                throw new UserError(`matcher ${label}${op}"${raw}" in "${source}" is not supported; only label="value" is.`, { where, hint });
            if (!LABEL.test(label))
                throw new UserError(`"${label}" is not a label name.`, { where, hint });
            if (label in matchers)
                throw new UserError(`label "${label}" is matched twice in "${source}".`, { where, hint });
            if (raw.includes('{{'))
                throw new UserError(`the value of ${label} in "${source}" holds "{{", which PromQL templates read as a placeholder.`, { where, hint });
            matchers[label] = raw.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c));
            rest = rest.slice(all.length);
        }
    }
    return { kind: 'counter', metric, matchers, source };
}
/** Whether a series' labels carry every matcher of the counter. */
const matchesCounter = (counter, labels) => Object.entries(counter.matchers).every(([k, v]) => labels[k] === v);

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(8532);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./packages/rollout/src/prometheus-client.ts




/** One HTTP exchange's failure, classified for retrying and for the user's line. */
class HttpFailure extends Error {
    retryable;
    status;
    constructor(message, retryable, status) {
        super(message);
        this.retryable = retryable;
        this.status = status;
    }
}
const RETRYABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET']);
const parsePromValue = (v) => (typeof v === 'string' ? Number(v.replace(/^\+Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity')) : NaN);
class PrometheusClient {
    options;
    base;
    agent;
    constructor(options) {
        this.options = options;
        let base;
        try {
            base = new URL(options.url);
        }
        catch {
            throw new errors/* UserError */.yo(`"${options.url}" is not a URL.`, { where: 'input "prometheus-url"', hint: 'Give the Prometheus server root, e.g. http://prometheus.monitoring:9090.' });
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:') {
            throw new errors/* UserError */.yo(`"${options.url}" is not an http(s) URL.`, { where: 'input "prometheus-url"', hint: 'Give the Prometheus server root, e.g. http://prometheus.monitoring:9090.' });
        }
        if (!base.pathname.endsWith('/'))
            base.pathname += '/';
        this.base = base;
        this.agent = base.protocol === 'https:' ? new (external_node_https_default()).Agent({ keepAlive: true, ca: options.ca }) : new (external_node_http_default()).Agent({ keepAlive: true });
    }
    get url() {
        return this.options.url;
    }
    /** The instant vector (or scalar, as one label-less sample) of `query` at `time` (Unix seconds). */
    async instant(query, time, name) {
        const data = await this.call('query', { query, time: String(time) }, name);
        if (data.resultType === 'scalar')
            return [{ labels: {}, value: parsePromValue(data.result[1]) }];
        if (data.resultType !== 'vector')
            throw this.notAVector(name, query, data.resultType);
        return data.result.map((s) => ({ labels: s.metric, value: parsePromValue(s.value[1]) }));
    }
    async range(query, start, end, step, name) {
        const data = await this.call('query_range', { query, start: String(start), end: String(end), step: String(step) }, name);
        if (data.resultType !== 'matrix')
            throw this.notAVector(name, query, data.resultType);
        return data.result.map((s) => ({
            labels: s.metric,
            values: s.values.map(([t, v]) => [t, parsePromValue(v)]),
        }));
    }
    close() {
        this.agent.destroy();
    }
    notAVector(name, query, type) {
        return new errors/* UserError */.yo(`query "${name}" returns a ${type}, not a number per evaluation time: ${query}`, { hint: 'Write a query that yields an instant vector or scalar.' });
    }
    async call(endpoint, form, name) {
        const attempts = this.options.attempts ?? 4;
        try {
            return await retry_retry(() => this.post(endpoint, form), {
                attempts,
                baseDelayMs: this.options.baseDelayMs ?? 500,
                maxDelayMs: 8_000,
                shouldRetry: (e) => e instanceof HttpFailure && e.retryable,
                onRetry: (e, ctx) => this.options.onRetry?.(`Prometheus ${endpoint} for "${name}" failed (${e.message}); retry ${ctx.attempt} of ${attempts - 1} in ${(ctx.delayMs / 1000).toFixed(1)} s.`),
            });
        }
        catch (e) {
            const last = e instanceof retry_RetryError ? e.lastError : e;
            const tries = e instanceof retry_RetryError ? ` (${e.attempts} attempt${e.attempts === 1 ? '' : 's'})` : '';
            if (last instanceof errors/* UserError */.yo)
                throw last;
            if (last instanceof HttpFailure && last.status === undefined) {
                throw new source_MetricSourceUnavailable(`Prometheus at ${this.options.url} is unreachable: ${last.message}${tries}.`, {
                    hint: 'Check prometheus-url and that this runner can reach it (a self-hosted runner in the cluster, a port-forward, or an ingress).',
                });
            }
            if (last instanceof HttpFailure) {
                throw new source_MetricSourceUnavailable(`Prometheus at ${this.options.url} failed to answer "${name}": ${last.message}${tries}.`, { hint: 'Check the server is healthy (its /-/ready page) and retry.' });
            }
            throw last;
        }
    }
    post(endpoint, form) {
        const url = new URL(`api/v1/${endpoint}`, this.base);
        const body = new URLSearchParams(form).toString();
        const headers = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), accept: 'application/json' };
        if (this.options.token)
            headers.authorization = `Bearer ${this.options.token}`;
        else if (this.options.username !== undefined || this.options.password !== undefined) {
            headers.authorization = `Basic ${Buffer.from(`${this.options.username ?? ''}:${this.options.password ?? ''}`).toString('base64')}`;
        }
        const lib = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            const req = lib.request(url, { method: 'POST', headers, agent: this.agent }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (e) => reject(new HttpFailure(e.message, true)));
                res.on('end', () => {
                    clearTimeout(timer);
                    try {
                        resolve(this.interpret(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), form.query ?? ''));
                    }
                    catch (e) {
                        reject(e);
                    }
                });
            });
            const timer = setTimeout(() => req.destroy(new HttpFailure(`no answer within ${this.options.timeoutMs / 1000} s`, true)), this.options.timeoutMs);
            req.on('error', (e) => {
                clearTimeout(timer);
                if (e instanceof HttpFailure)
                    return reject(e);
                if (e.code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(e.code)) {
                    return reject(new errors/* UserError */.yo(`TLS to Prometheus at ${this.options.url} failed: ${e.message} (${e.code}).`, { hint: 'Pass the CA that signed its certificate as prometheus-ca (a PEM file).' }));
                }
                if (e.code === 'ENOTFOUND')
                    return reject(new HttpFailure(`host ${url.hostname} not found`, false));
                reject(new HttpFailure(e.code ? `${e.message}` : e.message, e.code === undefined || RETRYABLE_CODES.has(e.code)));
            });
            req.end(body);
        });
    }
    interpret(status, text, query) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            parsed = undefined;
        }
        if (status === 401 || status === 403) {
            throw new errors/* UserError */.yo(`Prometheus at ${this.options.url} refused the request (HTTP ${status}).`, { hint: 'Set prometheus-token (bearer) or prometheus-username/prometheus-password (basic auth) from secrets.' });
        }
        if (parsed?.status === 'success' && parsed.data && status >= 200 && status < 300)
            return parsed.data;
        if (parsed?.status === 'error' && (status === 400 || status === 422)) {
            // bad_data (parse errors) and execution errors are the query's fault: retrying cannot help.
            throw new errors/* UserError */.yo(`Prometheus rejected the query (${parsed.errorType}: ${parsed.error}): ${query}`, { hint: 'Fix the PromQL in the queries input; try it in the Prometheus UI first.' });
        }
        const detail = parsed?.error ? `${parsed.errorType}: ${parsed.error}` : text.trim().replace(/\s+/g, ' ').slice(0, 200);
        if (status >= 500 || status === 429)
            throw new HttpFailure(`HTTP ${status}${detail ? ` ${detail}` : ''}`, true, status);
        if (status === 404) {
            throw new errors/* UserError */.yo(`no Prometheus API at ${this.options.url} (HTTP 404 for /api/v1/).`, { where: 'input "prometheus-url"', hint: 'Give the server root, without /api/v1 or /graph, e.g. http://prometheus:9090.' });
        }
        throw new errors/* UserError */.yo(`Prometheus at ${this.options.url} gave an answer that is not the HTTP API's (HTTP ${status}${detail ? `: ${detail}` : ''}).`, { where: 'input "prometheus-url"', hint: 'Check the URL points at Prometheus (or a compatible API such as Thanos or Mimir).' });
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/histogram.ts
/**
 * The q-quantile of a cumulative histogram, interpolating linearly inside the
 * bucket holding the rank:
 * - q < 0 \u2192 \u2212Inf, q > 1 \u2192 +Inf, NaN q \u2192 NaN;
 * - no +Inf bucket, fewer than two buckets, or zero observations \u2192 NaN;
 * - rank in the +Inf bucket \u2192 the highest finite bound;
 * - rank in the first bucket with a bound \u2264 0 \u2192 that bound; otherwise the
 *   first bucket interpolates from 0.
 * Buckets with the same bound are merged and counts forced monotonic, as
 * Prometheus does for series scraped at slightly different moments.
 */
function histogramQuantile(q, input) {
    if (Number.isNaN(q))
        return NaN;
    if (q < 0)
        return -Infinity;
    if (q > 1)
        return Infinity;
    const sorted = [...input].sort((a, b) => a.upperBound - b.upperBound);
    if (sorted.length === 0 || sorted[sorted.length - 1].upperBound !== Infinity)
        return NaN;
    const buckets = [];
    for (const b of sorted) {
        const last = buckets[buckets.length - 1];
        if (last && last.upperBound === b.upperBound)
            last.count += b.count;
        else
            buckets.push({ ...b });
    }
    let max = -Infinity;
    for (const b of buckets) {
        if (b.count > max)
            max = b.count;
        else
            b.count = max;
    }
    if (buckets.length < 2)
        return NaN;
    const observations = buckets[buckets.length - 1].count;
    if (observations === 0)
        return NaN;
    let rank = q * observations;
    let b = buckets.length - 1;
    for (let i = 0; i < buckets.length - 1; i++) {
        if (buckets[i].count >= rank) {
            b = i;
            break;
        }
    }
    if (b === buckets.length - 1)
        return buckets[buckets.length - 2].upperBound;
    if (b === 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    let start = 0;
    const end = buckets[b].upperBound;
    let count = buckets[b].count;
    if (b > 0) {
        start = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return start + (end - start) * (rank / count);
}
/**
 * How much a counter grew from `before` to `after`. A drop means the process
 * restarted and counted from zero again, so everything it shows now is new \u2014
 * Prometheus' reset rule for rate() and increase().
 */
const counterDelta = (before, after) => (after < before ? after : after - before);
/** `le` label text to a bound: Prometheus writes +Inf, some exporters Inf or +inf. */
function parseLe(le) {
    const t = le.trim();
    if (/^\+?inf$/i.test(t))
        return Infinity;
    return Number(t);
}
/**
 * Per-bucket request counts of two cumulative histograms, on the bounds both
 * share. A bucket layout that changed between versions is merged to the
 * common bounds (a request is then only known to lie between two of them),
 * never guessed finer. Counts from `increase()` are extrapolated and so
 * fractional: cumulative counts are rounded, forced monotonic (as
 * histogramQuantile does) and differenced. Null when the tracks share no
 * +Inf bucket.
 */
function alignBuckets(canary, stable) {
    const cumulative = (input) => {
        const byBound = new Map();
        for (const b of input)
            if (!Number.isNaN(b.upperBound) && Number.isFinite(b.count))
                byBound.set(b.upperBound, (byBound.get(b.upperBound) ?? 0) + b.count);
        return byBound;
    };
    const c = cumulative(canary);
    const s = cumulative(stable);
    const bounds = [...c.keys()].filter((b) => s.has(b)).sort((a, b) => a - b);
    if (bounds.at(-1) !== Infinity)
        return null;
    const counts = (byBound) => {
        const out = [];
        let previous = 0;
        for (const b of bounds) {
            const total = Math.max(previous, Math.max(0, Math.round(byBound.get(b))));
            out.push(total - previous);
            previous = total;
        }
        return out;
    };
    return { bounds, canary: counts(c), stable: counts(s) };
}

;// CONCATENATED MODULE: ./packages/rollout/src/promql.ts

/**
 * PromQL templates: the built-in queries for the conventional metric names
 * (`http_requests_total{code}` and the `http_request_duration_seconds`
 * histogram), and the placeholder language user templates share with them.
 *
 * Placeholders: {{track}}, {{namespace}}, {{service}} (label values, escaped
 * for a PromQL string), {{interval}} (a range like `300s`), {{selector}} (the
 * matchers for the track label \u2014 unless it is `none` \u2014 and, when given,
 * namespace and service: what the built-ins use, so an unset input adds no
 * matcher) and {{quantile}}
 * (latency templates only).
 */
const PLACEHOLDERS = ['track', 'namespace', 'service', 'interval', 'selector', 'quantile'];
/**
 * Why `or vector(0)` on the error side only: a service with no 5xx has no
 * 5xx series at all, and that is a 0 % error rate, while no request series is
 * no data \u2014 the division by an empty vector stays empty and reads as null.
 */
const BUILTIN_QUERIES = {
    requests: 'sum(increase(http_requests_total{{{selector}}}[{{interval}}]))',
    errors: 'sum(increase(http_requests_total{{{selector}},code=~"5.."}[{{interval}}])) or vector(0)',
    'request-rate': 'sum(rate(http_requests_total{{{selector}}}[{{interval}}]))',
    'error-rate': '(sum(rate(http_requests_total{{{selector}},code=~"5.."}[{{interval}}])) or vector(0)) / sum(rate(http_requests_total{{{selector}}}[{{interval}}]))',
    latency: 'histogram_quantile({{quantile}}, sum by (le) (rate(http_request_duration_seconds_bucket{{{selector}}}[{{interval}}])))',
    // The requests per bucket over the window, for canary-check's per-request latency comparison.
    'latency-buckets': 'sum by (le) (increase(http_request_duration_seconds_bucket{{{selector}}}[{{interval}}]))',
};
/** A PromQL double-quoted string body: backslash and quote escaped, newlines spelled out. */
const promqlString = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const formatInterval = (seconds) => `${Math.max(1, Math.round(seconds))}s`;
const placeholder = /\{\{\s*([\w-]+)\s*\}\}/g;
/** Rejects placeholders that do not exist before any query runs, naming the query and the closest real one. */
function promql_checkTemplate(name, template, where) {
    for (const m of template.matchAll(placeholder)) {
        if (!PLACEHOLDERS.includes(m[1])) {
            throw new errors/* UserError */.yo(`query "${name}" uses the unknown placeholder {{${m[1]}}}.${suggest_suggestion(m[1], PLACEHOLDERS)}`, {
                where,
                hint: `Placeholders are ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
            });
        }
    }
}
function renderTemplate(name, template, ctx) {
    // track-label `none`: the tracks are not told apart by a label (auto-rollback watching a whole service).
    const matchers = ctx.trackLabel && ctx.trackLabel !== 'none' ? [`${ctx.trackLabel}="${promqlString(ctx.track)}"`] : [];
    if (ctx.namespace)
        matchers.push(`namespace="${promqlString(ctx.namespace)}"`);
    if (ctx.service)
        matchers.push(`service="${promqlString(ctx.service)}"`);
    const values = {
        track: promqlString(ctx.track),
        namespace: ctx.namespace === undefined ? undefined : promqlString(ctx.namespace),
        service: ctx.service === undefined ? undefined : promqlString(ctx.service),
        interval: formatInterval(ctx.interval),
        selector: matchers.join(','),
        quantile: ctx.quantile === undefined ? undefined : String(ctx.quantile),
    };
    // `{{{selector}},code=~"5.."}` with no matchers must become `{code=~"5.."}`, not `{,code\u2026}`.
    const body = values.selector ? template : template.replace(/\{\{\s*selector\s*\}\}\s*,\s*/g, '');
    return body.replace(placeholder, (_, key) => {
        const v = values[key];
        if (v === undefined) {
            throw new errors/* UserError */.yo(`query "${name}" uses {{${key}}}, which has no value here.`, {
                hint: key === 'quantile' ? 'Only latency queries (p95-latency, \u2026) get a quantile.' : `Set the "${key}" input.`,
            });
        }
        return v;
    });
}
/**
 * The per-bucket request query behind a latency template: the `<name>_bucket`
 * series it reads, with the same matchers, as
 * `sum by (le) (increase(<name>_bucket{\u2026}[{{interval}}]))`. So a team that
 * overrode p95-latency for its own histogram gets the request-level test on
 * that histogram without writing a second query. Undefined when the template
 * reads no `_bucket` series (a summary, a recording rule): then only an
 * explicit `latency-buckets` query can say where the requests are.
 */
function bucketTemplateFrom(latencyTemplate) {
    const m = /([A-Za-z_:][A-Za-z0-9_:]*_bucket)\b/.exec(latencyTemplate);
    if (!m)
        return undefined;
    let i = m.index + m[1].length;
    let selector = '';
    if (latencyTemplate[i] === '{') {
        // Balanced braces: `{{{selector}},code="200"}` holds placeholders' braces too.
        let depth = 0;
        const start = i;
        for (; i < latencyTemplate.length; i++) {
            if (latencyTemplate[i] === '{')
                depth++;
            else if (latencyTemplate[i] === '}' && --depth === 0)
                break;
        }
        if (depth !== 0)
            return undefined;
        selector = latencyTemplate.slice(start, i + 1);
    }
    return `sum by (le) (increase(${m[1]}${selector}[{{interval}}]))`;
}
/** A counter's increase over the window, summed over its series of the track: `sum(increase(name{{{selector}},k="v"}[{{interval}}]))`. */
function counterTemplate(counter) {
    const matchers = Object.entries(counter.matchers).map(([k, v]) => `,${k}="${promqlString(v)}"`);
    return `sum(increase(${counter.metric}{{{selector}}${matchers.join('')}}[{{interval}}]))`;
}

;// CONCATENATED MODULE: ./packages/rollout/src/prometheus-source.ts




/**
 * Metrics from the Prometheus HTTP API. A window's value is one instant query
 * at the window's end with {{interval}} = the window's length; a latency
 * histogram is one instant query of the per-bucket increase over the window.
 * An empty result or NaN (0/0: a service with series but no requests) is
 * null, never 0.
 */
class PrometheusSource {
    options;
    client;
    constructor(options) {
        this.options = options;
        this.client = new PrometheusClient(options);
    }
    async requests(track, window) {
        const requests = await this.instant('requests', this.template('requests'), track, window);
        if (requests === null)
            return null;
        const errors = await this.instant('errors', this.template('errors'), track, window);
        // increase() extrapolates to the window's edges, so counts come back fractional.
        const r = Math.max(0, Math.round(requests));
        return { requests: r, errors: Math.min(r, Math.max(0, Math.round(errors ?? 0))) };
    }
    async read(metric, track, window) {
        const { name, template, quantile } = this.resolve(metric);
        return { value: await this.instant(name, template, track, window, quantile) };
    }
    async histogram(metric, track, window) {
        const { name, template } = this.resolve(metric);
        const bucketName = `${name} buckets`;
        const query = renderTemplate(bucketName, this.bucketTemplate(name, template), this.context(track, window.end - window.start));
        const samples = await this.client.instant(query, window.end, bucketName);
        const buckets = [];
        for (const s of samples) {
            const upperBound = parseLe(s.labels.le ?? '');
            if (s.labels.le === undefined || Number.isNaN(upperBound)) {
                throw new errors/* UserError */.yo(`query "${bucketName}" returns a series without a usable le label (${JSON.stringify(s.labels)}): ${query}`, { hint: 'It must return one series per bucket bound, e.g. sum by (le) (increase(my_latency_bucket[{{interval}}])).' });
            }
            if (buckets.some((b) => b.upperBound === upperBound)) {
                throw new errors/* UserError */.yo(`query "${bucketName}" returns several series for le="${s.labels.le}", so it has no single count per bucket: ${query}`, { hint: 'Aggregate by le only: sum by (le) (...).' });
            }
            // NaN: no sample in the window for that bucket; no count, not 0.
            if (!Number.isNaN(s.value))
                buckets.push({ upperBound, count: s.value });
        }
        return buckets.length ? buckets : null;
    }
    async close() {
        this.client.close();
    }
    /**
     * The bucket query of a latency metric: `latency-buckets` from the queries
     * input, else derived from a user's own latency template, else the built-in.
     */
    bucketTemplate(name, latencyTemplate) {
        const explicit = this.options.queries['latency-buckets'];
        if (explicit !== undefined)
            return explicit;
        if (latencyTemplate === BUILTIN_QUERIES.latency)
            return BUILTIN_QUERIES['latency-buckets'];
        const derived = bucketTemplateFrom(latencyTemplate);
        if (derived === undefined) {
            throw new errors/* UserError */.yo(`query "${name}" reads no histogram (no <name>_bucket series), so its latency cannot be compared with stable request by request.`, {
                where: 'input "queries"',
                hint: 'Add a latency-buckets query giving the requests per bucket, e.g. "latency-buckets: sum by (le) (increase(my_latency_bucket{{{selector}}}[{{interval}}]))".',
            });
        }
        return derived;
    }
    resolve(metric) {
        switch (metric.kind) {
            case 'error-rate':
            case 'request-rate':
                return { name: metric.kind, template: this.template(metric.kind) };
            case 'latency': {
                const name = `p${+(metric.quantile * 100).toFixed(6)}-latency`;
                return { name, template: this.options.queries[name] ?? this.template('latency'), quantile: metric.quantile };
            }
            case 'query':
                return { name: metric.name ?? 'query', template: metric.query };
            case 'counter':
                return { name: metric.source, template: counterTemplate(metric) };
        }
    }
    template(name) {
        return this.options.queries[name] ?? BUILTIN_QUERIES[name];
    }
    context(track, interval, quantile) {
        return {
            trackLabel: this.options.trackLabel,
            track: this.options.trackValues[track],
            namespace: this.options.namespace,
            service: this.options.service,
            interval,
            quantile,
        };
    }
    async instant(name, template, track, window, quantile) {
        const query = renderTemplate(name, template, this.context(track, window.end - window.start, quantile));
        const samples = await this.client.instant(query, window.end, name);
        if (!this.single(name, query, samples.length))
            return null;
        const v = samples[0].value;
        return Number.isNaN(v) ? null : v;
    }
    /** One series is a reading, none is no data; several means the query forgot to aggregate, and picking one would be a guess. */
    single(name, query, count) {
        if (count > 1) {
            throw new errors/* UserError */.yo(`query "${name}" returns ${count} series, so it has no single value: ${query}`, { hint: 'Aggregate it, e.g. sum(...) or sum by (le) (...) inside histogram_quantile.' });
        }
        return count === 1;
    }
}

// EXTERNAL MODULE: ./node_modules/parse-prometheus-text-format/dist/parse-prometheus-text-format.cjs.js
var parse_prometheus_text_format_cjs = __webpack_require__(2625);
var parse_prometheus_text_format_cjs_default = /*#__PURE__*/__webpack_require__.n(parse_prometheus_text_format_cjs);
;// CONCATENATED MODULE: ./packages/rollout/src/exposition.ts

/**
 * Every sample of a /metrics page, by metric name (`x_bucket`, `x_count` apart).
 *
 * The parser folds a histogram's or summary's lines into one prom2json object
 * and, doing so, merges every label set of the family into one (a histogram
 * with a `track` or `code` label comes back as a single set of buckets). So
 * those families are declared untyped before parsing: each `_bucket` line then
 * stays a sample with its own labels, `le` included.
 */
function parseExposition(text) {
    const untyped = text.replace(/^(#\s*TYPE\s+\S+\s+)(histogram|summary|gaugehistogram)\s*$/gim, '$1untyped');
    const byName = new Map();
    for (const family of parse_prometheus_text_format_cjs_default()(untyped)) {
        for (const m of family.metrics) {
            if (m.value === undefined)
                continue;
            const value = Number(m.value.replace(/^\+?Inf$/i, 'Infinity').replace(/^-Inf$/i, '-Infinity'));
            const list = byName.get(family.name) ?? [];
            list.push({ name: family.name, labels: m.labels ?? {}, value });
            byName.set(family.name, list);
        }
    }
    return byName;
}

;// CONCATENATED MODULE: ./packages/rollout/src/scrape-source.ts






const REQUESTS_METRIC = 'http_requests_total';
const DURATION_METRIC = 'http_request_duration_seconds';
const labelKey = (labels) => Object.keys(labels)
    .sort()
    .map((k) => `${k}=${JSON.stringify(labels[k])}`)
    .join(',');
const statusOf = (labels) => labels.code ?? labels.status ?? labels.status_code ?? '';
/**
 * The embedded default: no Prometheus, just the two services' /metrics pages,
 * scraped every `interval` seconds into timestamped snapshots. A window is
 * judged from the deltas between the successful snapshots that bound it
 * (counter resets handled as Prometheus does, a series that appears mid-window
 * counted from zero because client libraries create it at its first
 * increment); a failed scrape inside the window leaves a gap the deltas
 * bridge, never a made-up value.
 */
class ScrapeSource {
    options;
    snapshots = { canary: [], stable: [] };
    timers = new Set();
    inFlight = new Set();
    closed = false;
    onDemand = {};
    now;
    constructor(options) {
        this.options = options;
        // Sub-millisecond: a scrape and a window edge in the same millisecond must still be ordered.
        this.now = options.now ?? (() => (performance.timeOrigin + performance.now()) / 1000);
        for (const [track, url] of Object.entries(options.urls)) {
            if (url === undefined)
                continue;
            try {
                const u = new URL(url);
                if (u.protocol !== 'http:' && u.protocol !== 'https:')
                    throw new Error('not http');
            }
            catch {
                throw new errors/* UserError */.yo(`"${url}" is not an http(s) URL.`, { where: `input "${track}-metrics-url"`, hint: 'Give the service\'s metrics page, e.g. http://model-canary.prod:8080/metrics.' });
            }
        }
    }
    /** Takes the first scrape of every configured track now, then keeps scraping every interval until close(). */
    async start() {
        const tracks = Object.keys(this.options.urls).filter((t) => this.options.urls[t]);
        await Promise.all(tracks.map((t) => this.scrape(t)));
        for (const t of tracks)
            this.schedule(t);
    }
    /** Snapshots taken so far (for reports and tests). */
    history(track) {
        return this.snapshots[track].map(({ t, ok, error }) => ({ t, ok, error }));
    }
    async requests(track, window) {
        const d = await this.windowDeltas(track, window);
        if (!d || d.requests === null)
            return null;
        return { requests: d.requests, errors: d.errors };
    }
    async read(metric, track, window) {
        if (metric.kind === 'counter' && !this.options.counters?.some((c) => c.source === metric.source)) {
            throw new Error(`counter ${metric.source} was not registered with the scrape source`);
        }
        if (metric.kind === 'query') {
            throw new errors/* UserError */.yo(`the custom query "${metric.name ?? metric.query}" needs Prometheus.`, { hint: 'Set source: prometheus and prometheus-url, or judge only built-in metrics (error-rate, request-rate, p95-latency, \u2026).' });
        }
        const d = await this.windowDeltas(track, window);
        return { value: d ? metricOf(metric, d) : null };
    }
    /** The bucket deltas between the scrapes bounding the window: what `increase()` gives Prometheus, without extrapolation. */
    async histogram(_metric, track, window) {
        const d = await this.windowDeltas(track, window);
        if (!d || d.buckets.size === 0)
            return null;
        return [...d.buckets].map(([upperBound, count]) => ({ upperBound, count }));
    }
    async close() {
        this.closed = true;
        for (const t of this.timers)
            clearTimeout(t);
        this.timers.clear();
        await Promise.allSettled([...this.inFlight]);
    }
    get tolerance() {
        return this.options.interval / 2;
    }
    /**
     * The snapshots (failed ones too, so gaps show) from the one that bounds the
     * window's start to the one that bounds its end. Each edge is bounded by the
     * first successful scrape at or after it \u2014 the same rule for a window's end
     * and the next window's start, so consecutive windows share that snapshot
     * and no request is counted twice. When nothing was scraped after the end
     * (within half an interval), the last scrape before it bounds the window.
     */
    within(track, window) {
        const list = this.snapshots[track];
        const ok = list.filter((s) => s.ok);
        const first = ok.find((s) => s.t >= window.start && s.t <= window.end);
        if (!first)
            return [];
        const last = ok.find((s) => s.t >= window.end && s.t <= window.end + this.tolerance) ?? ok.filter((s) => s.t <= window.end).at(-1);
        if (!last || last.t <= first.t)
            return [];
        return list.filter((s) => s.t >= first.t && s.t <= last.t);
    }
    async windowDeltas(track, window) {
        if (!this.options.urls[track]) {
            throw new errors/* UserError */.yo(`no metrics URL for the ${track} track.`, { where: `input "${track}-metrics-url"`, hint: `Set ${track}-metrics-url to its /metrics page (source: scrape), or use source: prometheus.` });
        }
        // A window that ends now should not miss the requests since the last tick.
        const last = this.snapshots[track].at(-1);
        if (!this.closed && this.now() >= window.end && (!last || last.t <= window.end)) {
            // Readings of several metrics for one window arrive together: one scrape serves them all.
            const pending = this.onDemand[track];
            if (pending && pending.startedAt >= window.end)
                await pending.done;
            else {
                const done = this.scrape(track);
                this.onDemand[track] = { startedAt: this.now(), done };
                await done;
            }
        }
        const ok = this.within(track, window).filter((s) => s.ok);
        if (ok.length < 2)
            return null;
        const total = { requests: null, errors: 0, buckets: new Map(), counters: new Map(), seconds: ok.at(-1).t - ok[0].t };
        for (let i = 1; i < ok.length; i++) {
            const d = deltas(ok[i - 1], ok[i]);
            if (d.requests !== null)
                total.requests = (total.requests ?? 0) + d.requests;
            total.errors += d.errors;
            for (const [le, n] of d.buckets)
                total.buckets.set(le, (total.buckets.get(le) ?? 0) + n);
            for (const [key, n] of d.counters)
                total.counters.set(key, (total.counters.get(key) ?? 0) + n);
        }
        return total;
    }
    schedule(track) {
        if (this.closed)
            return;
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            void this.scrape(track).finally(() => this.schedule(track));
        }, this.options.interval * 1000);
        timer.unref();
        this.timers.add(timer);
    }
    scrape(track) {
        const run = this.fetchSnapshot(track).then((s) => {
            const list = this.snapshots[track];
            // Concurrent scrapes (a tick and an on-demand one) may finish out of order.
            let i = list.length;
            while (i > 0 && list[i - 1].t > s.t)
                i--;
            list.splice(i, 0, s);
            if (!s.ok)
                this.options.onScrapeError?.(track, s.error);
        });
        this.inFlight.add(run);
        return run.finally(() => this.inFlight.delete(run));
    }
    async fetchSnapshot(track) {
        const url = this.options.urls[track];
        try {
            const text = await get(url, this.options.timeoutMs ?? Math.min(10_000, this.options.interval * 1000));
            const t = this.now();
            return { t, ok: true, ...this.extract(parseExposition(text), track) };
        }
        catch (e) {
            return { t: this.now(), ok: false, error: `${url}: ${e.message}` };
        }
    }
    extract(samples, track) {
        const mine = (s) => s.labels[this.options.trackLabel] === undefined || s.labels[this.options.trackLabel] === this.options.trackValues[track];
        const out = {};
        const requests = samples.get(REQUESTS_METRIC);
        if (requests) {
            out.requests = new Map();
            for (const s of requests.filter(mine))
                out.requests.set(labelKey(s.labels), { value: s.value, error: /^5\d\d$/.test(statusOf(s.labels)) });
        }
        const buckets = samples.get(`${DURATION_METRIC}_bucket`);
        if (buckets) {
            out.buckets = new Map();
            for (const s of buckets.filter(mine)) {
                const le = parseLe(s.labels.le ?? '');
                if (!Number.isNaN(le))
                    out.buckets.set(labelKey(s.labels), { le, value: s.value });
            }
        }
        for (const counter of this.options.counters ?? []) {
            const family = samples.get(counter.metric);
            if (!family)
                continue;
            out.counters ??= new Map();
            const series = new Map();
            for (const s of family.filter((x) => mine(x) && matchesCounter(counter, x.labels)))
                series.set(labelKey(s.labels), s.value);
            out.counters.set(counter.source, series);
        }
        return out;
    }
}
/** What happened between two successful scrapes. */
function deltas(a, b) {
    const d = { requests: null, errors: 0, buckets: new Map(), counters: new Map(), seconds: b.t - a.t };
    if (a.requests || b.requests) {
        d.requests = 0;
        for (const [key, s] of b.requests ?? []) {
            const n = counterDelta(a.requests?.get(key)?.value ?? 0, s.value);
            d.requests += n;
            if (s.error)
                d.errors += n;
        }
    }
    for (const [key, s] of b.buckets ?? []) {
        d.buckets.set(s.le, (d.buckets.get(s.le) ?? 0) + counterDelta(a.buckets?.get(key)?.value ?? 0, s.value));
    }
    for (const [counter, series] of b.counters ?? []) {
        let n = 0;
        for (const [key, value] of series)
            n += counterDelta(a.counters?.get(counter)?.get(key) ?? 0, value);
        d.counters.set(counter, n);
    }
    return d;
}
function metricOf(metric, d) {
    switch (metric.kind) {
        case 'error-rate':
            return d.requests ? d.errors / d.requests : null;
        case 'request-rate':
            return d.requests === null || d.seconds <= 0 ? null : d.requests / d.seconds;
        case 'counter':
            return d.counters.get(metric.source) ?? null;
        case 'latency': {
            if (d.buckets.size === 0)
                return null;
            const q = histogramQuantile(metric.quantile, [...d.buckets].map(([upperBound, count]) => ({ upperBound, count })));
            return Number.isNaN(q) ? null : q;
        }
    }
}
function get(url, timeoutMs) {
    const lib = url.startsWith('https:') ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const req = lib.get(url, { headers: { accept: 'text/plain;version=0.0.4;q=1,*/*;q=0.1' } }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
                clearTimeout(timer);
                if ((res.statusCode ?? 0) >= 300)
                    reject(new Error(`HTTP ${res.statusCode}`));
                else
                    resolve(Buffer.concat(chunks).toString('utf8'));
            });
        });
        const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
        req.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
    });
}

;// CONCATENATED MODULE: ./packages/rollout/src/source-inputs.ts







/**
 * Where canary-check and auto-rollback read production metrics from: one
 * fragment of action inputs, spread into each action's zod schema, and the
 * one function that turns them into a MetricSource.
 */
/** Seconds, written `90`, `90s`, `5m`, `1h` or `1m30s`; negative or malformed durations are errors. */
const durationInput = () => schemas/* string */.YjP().transform((v, ctx) => {
    const seconds = source_inputs_parseDuration(v);
    if (seconds === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration; write seconds (300) or with a unit (300s, 5m, 1h)` });
        return core/* NEVER */.tm;
    }
    return seconds;
});
function source_inputs_parseDuration(text) {
    const t = text.trim();
    if (/^-/.test(t))
        return undefined;
    if (/^\d+(\.\d+)?$/.test(t))
        return Number(t);
    const m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
    if (!m || t === '')
        return undefined;
    return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
const metricSourceInputs = {
    source: schemas/* enum */.k5n(['scrape', 'prometheus']).default('scrape'),
    'prometheus-url': schemas/* string */.YjP().optional(),
    'prometheus-token': schemas/* string */.YjP().optional(),
    'prometheus-username': schemas/* string */.YjP().optional(),
    'prometheus-password': schemas/* string */.YjP().optional(),
    'prometheus-ca': schemas/* string */.YjP().optional(),
    'prometheus-timeout': durationInput().default(30),
    namespace: schemas/* string */.YjP().optional(),
    service: schemas/* string */.YjP().optional(),
    'track-label': schemas/* string */.YjP().default('track'),
    'canary-track': schemas/* string */.YjP().default('canary'),
    'stable-track': schemas/* string */.YjP().default('stable'),
    queries: schemas/* string */.YjP().optional(),
    'canary-metrics-url': schemas/* string */.YjP().optional(),
    'stable-metrics-url': schemas/* string */.YjP().optional(),
    'scrape-interval': durationInput().default(15),
};
/** Inputs masked before anything is logged; spread into the action's `secrets`. */
const metricSourceSecrets = ['prometheus-token', 'prometheus-password'];
const LATENCY = /^p(\d{1,2}(?:\.\d+)?)-latency$/;
const BUILTIN_METRICS = ['error-rate', 'request-rate', 'p50-latency', 'p90-latency', 'p95-latency', 'p99-latency'];
const OVERRIDABLE = [...Object.keys(BUILTIN_QUERIES), 'p50-latency', 'p90-latency', 'p95-latency', 'p99-latency'];
/** The `queries` input: a YAML/JSON map (inline or a file) of metric name \u2192 PromQL template. */
function parseQueries(inputs, cwd = process.cwd()) {
    if (!inputs.queries?.trim())
        return {};
    const doc = readConfigDocument(inputs.queries, cwd, 'queries');
    const where = doc.source === 'inline config' ? 'input "queries"' : doc.source;
    if (typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) {
        throw new errors/* UserError */.yo('expected a map of metric name \u2192 PromQL template.', { where, hint: 'e.g. queries: "error-rate: sum(rate(errors_total{track=\\"{{track}}\\"}[{{interval}}])) / \u2026"' });
    }
    const out = {};
    for (const [name, template] of Object.entries(doc.value)) {
        if (typeof template !== 'string' || template.trim() === '') {
            throw new errors/* UserError */.yo(`query "${name}" must be a PromQL string, got ${JSON.stringify(template)}.`, { where: doc.source === 'inline config' ? where : doc.at([name]) });
        }
        if (!/^[A-Za-z_][\w.-]*$/.test(name))
            throw new errors/* UserError */.yo(`"${name}" is not a usable metric name (letters, digits, _ . -).`, { where: doc.source === 'inline config' ? where : doc.at([name]) });
        promql_checkTemplate(name, template, doc.source === 'inline config' ? where : doc.at([name]));
        out[name] = template.trim();
    }
    return out;
}
/**
 * A threshold's metric name \u2192 what to measure: the built-ins `error-rate`,
 * `request-rate`, `pNN-latency` (seconds; p50, p95, p99, any percentile),
 * or a name from `queries`. Unknown names fail with a did-you-mean, before any
 * waiting starts.
 */
function metricKind(name, inputs, queries, where = 'thresholds') {
    if (name === 'error-rate' || name === 'request-rate')
        return { kind: name };
    const latency = LATENCY.exec(name);
    if (latency) {
        const percentile = Number(latency[1]);
        if (percentile > 0 && percentile < 100)
            return { kind: 'latency', quantile: Number((percentile / 100).toFixed(10)) };
    }
    const query = queries[name];
    if (query !== undefined && !OVERRIDABLE.includes(name)) {
        if (inputs.source === 'scrape') {
            throw new errors/* UserError */.yo(`metric "${name}" is a custom PromQL query, which needs Prometheus.`, { where, hint: 'Set source: prometheus and prometheus-url, or judge built-in metrics only.' });
        }
        return { kind: 'query', query, name };
    }
    const known = [...BUILTIN_METRICS, ...Object.keys(queries).filter((q) => !OVERRIDABLE.includes(q))];
    throw new errors/* UserError */.yo(`unknown metric "${name}".${suggest_suggestion(name, known)}`, {
        where,
        hint: `Use one of ${known.join(', ')}, or define it in the queries input (source: prometheus).`,
    });
}
/** The MetricSource the inputs describe; a scrape source is already scraping when this resolves. */
async function createMetricSource(inputs, io, options) {
    const trackValues = { canary: inputs['canary-track'], stable: inputs['stable-track'] };
    if (inputs.source === 'prometheus') {
        const url = inputs['prometheus-url'];
        if (!url)
            throw new errors/* UserError */.yo('input "prometheus-url" is required with source: prometheus.', { hint: 'Set it to the server root, e.g. http://prometheus.monitoring:9090.' });
        if (inputs['prometheus-token'] && (inputs['prometheus-username'] || inputs['prometheus-password'])) {
            throw new errors/* UserError */.yo('both a bearer token and basic-auth credentials were given for Prometheus.', { hint: 'Set prometheus-token or prometheus-username/prometheus-password, not both.' });
        }
        if (inputs['prometheus-timeout'] <= 0)
            throw new errors/* UserError */.yo('must be more than 0 seconds.', { where: 'input "prometheus-timeout"' });
        if (inputs['scrape-interval'] <= 0)
            throw new errors/* UserError */.yo('must be more than 0 seconds.', { where: 'input "scrape-interval"' });
        return new PrometheusSource({
            url,
            token: inputs['prometheus-token'],
            username: inputs['prometheus-username'],
            password: inputs['prometheus-password'],
            ca: readCa(inputs['prometheus-ca']),
            timeoutMs: inputs['prometheus-timeout'] * 1000,
            attempts: options.attempts,
            baseDelayMs: options.baseDelayMs,
            onRetry: (m) => io.warning(m),
            trackLabel: inputs['track-label'],
            trackValues,
            namespace: inputs.namespace,
            service: inputs.service,
            queries: parseQueries(inputs),
        });
    }
    if (inputs['scrape-interval'] <= 0)
        throw new errors/* UserError */.yo('must be more than 0 seconds.', { where: 'input "scrape-interval"' });
    if (inputs.queries?.trim())
        throw new errors/* UserError */.yo('PromQL queries need Prometheus; source: scrape computes the built-in metrics itself.', { where: 'input "queries"', hint: 'Set source: prometheus and prometheus-url, or remove queries.' });
    const urls = {};
    const names = options.trackNames ?? { canary: 'canary', stable: 'stable' };
    for (const track of options.tracks) {
        const url = inputs[`${track}-metrics-url`];
        if (!url) {
            throw new errors/* UserError */.yo(`input "${names[track]}-metrics-url" is required with source: scrape.`, { hint: `Set it to the ${names[track]} service's /metrics page, or use source: prometheus with prometheus-url.` });
        }
        urls[track] = url;
    }
    const failing = new Set();
    const source = new ScrapeSource({
        urls,
        interval: inputs['scrape-interval'],
        trackLabel: inputs['track-label'],
        trackValues,
        counters: options.counters,
        onScrapeError: (track, message) => {
            // One warning per run of failures: a down service should not flood the log every interval.
            if (failing.has(track))
                io.debug(`scrape failed again: ${message}`);
            else
                io.warning(`scraping the ${names[track]} metrics failed (${message}); the gap counts as no data.`);
            failing.add(track);
        },
    });
    await source.start();
    return source;
}
function readCa(file) {
    if (!file)
        return undefined;
    const resolved = external_node_path_default().resolve(file);
    let pem;
    try {
        pem = external_node_fs_default().readFileSync(resolved, 'utf8');
    }
    catch (e) {
        throw new errors/* UserError */.yo(`cannot read the CA file "${file}": ${e.code ?? e.message}.`, { where: 'input "prometheus-ca"', hint: 'Give the path of a PEM file in the workspace.' });
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
        throw new errors/* UserError */.yo(`"${file}" holds no PEM certificate.`, { where: 'input "prometheus-ca"', hint: 'It should contain -----BEGIN CERTIFICATE----- blocks.' });
    return pem;
}
/** increase() over a window holding fewer than two samples is empty, as are deltas from one scrape: `input` must span two. */
function requireTwoScrapes(seconds, input, inputs) {
    if (seconds >= 2 * inputs['scrape-interval'])
        return;
    throw new UserError(`${input} (${seconds} s) must span at least two scrapes (scrape-interval ${inputs['scrape-interval']} s).`, {
        where: `input "${input}"`,
        hint: inputs.source === 'scrape' ? `Lengthen ${input} or shorten scrape-interval, so each ${input} sees at least two /metrics readings.` : `Lengthen ${input}, or set scrape-interval to Prometheus' own scrape interval if it is shorter.`,
    });
}

;// CONCATENATED MODULE: ./packages/rollout/src/preflight-tracks.ts



/**
 * Fails before any traffic moves when the metrics cannot be read at all. A
 * scrape source has already taken its first scrape: a failed one ends the
 * step naming the URL input. Prometheus gets every query once for each track
 * on the last interval (the latency bucket queries too with `histograms`), so
 * an unreachable server or a query it rejects ends the step with its own
 * line. Before any traffic moves a track may have no data; an empty answer is
 * fine here, a rejected query is not.
 */
async function preflight_tracks_preflightMetricSource(source, tracks, metrics, o) {
    if (source instanceof ScrapeSource) {
        for (const t of tracks) {
            const first = source.history(t.track)[0];
            if (first && !first.ok)
                throw new errors/* UserError */.yo(`cannot read the ${t.name} metrics at ${t.url}: ${first.error}.`, { where: `input "${t.urlInput}"`, hint: 'Check the URL and that the service is up and reachable from the runner.' });
        }
        return;
    }
    const now = Math.floor(Date.now() / 1000);
    const window = { start: now - Math.max(60, o.interval), end: now };
    for (const t of tracks)
        await probeMetrics(source, t.track, metrics, window, { histograms: o.histograms });
}

;// CONCATENATED MODULE: ./packages/rollout/src/preflight.ts

/**
 * canary-check's preflight: the stable and the canary track as the shared
 * inputs name them (`stable-metrics-url`, `canary-metrics-url`), the latency
 * bucket queries included, on the last `interval` seconds.
 */
async function preflightSource(source, i, metrics, interval) {
    const tracks = ['stable', 'canary'].map((track) => ({ track, name: track, urlInput: `${track}-metrics-url`, url: i[`${track}-metrics-url`] }));
    await preflightMetricSource(source, tracks, metrics, { interval, histograms: true });
}

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/plan.ts

const CANARY_NAMES = { canary: 'canary', stable: 'stable' };
const DEFAULT_STEPS = (/* unused pure expression or super */ null && ([5, 10, 25, 50, 100]));
/** `5, 10, 25, 50, 100`, `5 10 25`, or `[5, 10, 25, 50, 100]`. */
function parseSteps(text, where = 'input "steps"') {
    const body = text.trim().replace(/^\[(.*)\]$/s, '$1');
    const parts = body.split(/[\s,]+/).filter((p) => p !== '');
    const hint = 'Write canary traffic percentages in increasing order between 1 and 100, e.g. "5, 10, 25, 50, 100".';
    if (parts.length === 0)
        throw new UserError('no traffic steps given.', { where, hint });
    const steps = [];
    for (const p of parts) {
        const n = Number(p.replace(/%$/, ''));
        if (!/^\d+(\.\d+)?%?$/.test(p) || !Number.isInteger(n))
            throw new UserError(`"${p}" is not a whole percentage.`, { where, hint });
        if (n < 1 || n > 100)
            throw new UserError(`${n} is outside 1..100.`, { where, hint });
        const prev = steps[steps.length - 1];
        if (prev !== undefined && n <= prev)
            throw new UserError(`${n} after ${prev} is not increasing.`, { where, hint });
        steps.push(n);
    }
    return steps;
}
/** `0.005` (in the metric's unit) or `20%` (of stable's value). */
function parseTolerance(text, where = 'input "max-increase"') {
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?\s*(%?)\s*$/.exec(text);
    if (!m)
        throw new errors/* UserError */.yo(`"${text}" is not an increase.`, { where, hint: 'Write an amount in the metric\'s unit (0.005) or a percentage of stable\'s value (20%); not negative.' });
    const value = Number(text.trim().replace(/%$/, ''));
    return { value: m[2] ? value / 100 : value, relative: m[2] === '%', source: text.trim() };
}
/**
 * The `metrics` input: one threshold or metric name per line (or comma), e.g.
 * `error-rate < 0.01` and `p95-latency < 0.5`; or a YAML list whose items are
 * such strings or maps `{metric, threshold, max-increase}`; inline or a file.
 */
function parseMetricLines(text, cwd = process.cwd()) {
    const trimmed = text.trim();
    const looksYaml = /^-\s|^\[/.test(trimmed) || /\.(ya?ml|json)$/i.test(trimmed);
    if (!looksYaml) {
        return trimmed
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter((s) => s !== '' && !s.startsWith('#'))
            .map((s) => metricLine(s, 'input "metrics"'));
    }
    const doc = /^-\s|^\[/.test(trimmed) ? config_file_parseConfigDocument(trimmed, 'inline config') : readConfigDocument(trimmed, cwd, 'metrics');
    const inline = doc.source === 'inline config';
    const at = (path) => (inline ? `input "metrics" ${path.map((p) => `[${p}]`).join('')}` : doc.at(path));
    if (!Array.isArray(doc.value))
        throw new errors/* UserError */.yo('expected a list of metrics.', { where: inline ? 'input "metrics"' : doc.source, hint: 'e.g. "- error-rate < 0.01" and "- p95-latency < 0.5", one per line.' });
    return doc.value.map((item, i) => {
        if (typeof item === 'string')
            return metricLine(item, at([i]));
        if (item && typeof item === 'object' && !Array.isArray(item)) {
            const o = item;
            const unknownKey = Object.keys(o).find((k) => !['metric', 'threshold', 'max-increase'].includes(k));
            if (unknownKey)
                throw new errors/* UserError */.yo(`unknown key "${unknownKey}".`, { where: at([i, unknownKey]), hint: 'A metric takes metric, threshold (e.g. "< 0.01") and max-increase (e.g. "20%").' });
            if (typeof o.metric !== 'string' || !/^[A-Za-z_][\w.-]*$/.test(o.metric))
                throw new errors/* UserError */.yo('needs a metric name, e.g. metric: p95-latency.', { where: at([i, 'metric']) });
            const line = { name: o.metric, where: at([i]) };
            if (o.threshold !== undefined)
                line.threshold = parseThreshold(`${o.metric} ${String(o.threshold)}`, at([i, 'threshold']));
            if (o['max-increase'] !== undefined)
                line.maxIncrease = parseTolerance(String(o['max-increase']), at([i, 'max-increase']));
            return line;
        }
        throw new errors/* UserError */.yo(`expected a threshold like "error-rate < 0.01" or a map, got ${JSON.stringify(item)}.`, { where: at([i]) });
    });
}
function metricLine(text, where) {
    if (/^[A-Za-z_][\w.-]*$/.test(text.trim()))
        return { name: text.trim(), where };
    const threshold = parseThreshold(text, where);
    return { name: threshold.metric, threshold, where };
}
const worseFor = (op) => (op === '>' || op === '>=' ? 'lower' : 'higher');
function buildPlan(p) {
    const judging = plan_buildJudgingPlan(p, () => {
        if (!p.steps.some((s) => s < 100))
            throw new UserError('has no step below 100, so nothing would be analysed.', { where: 'input "steps"', hint: 'e.g. "5, 10, 25, 50, 100".' });
    });
    return { steps: p.steps, ...judging };
}
/**
 * The timing and the metric checks, validated; `checkFirst` runs after the
 * timing checks and before the metrics are parsed (canary-check's steps), so
 * the first mistake in input order is the one reported.
 */
function plan_buildJudgingPlan(p, checkFirst = () => { }) {
    if (!(p.stepDuration > 0))
        throw new errors/* UserError */.yo(`must be more than 0 seconds, got ${p.stepDuration}.`, { where: 'input "duration"', hint: 'Analysis time per traffic step, e.g. 5m.' });
    if (!(p.interval > 0))
        throw new errors/* UserError */.yo(`must be more than 0 seconds, got ${p.interval}.`, { where: 'input "interval"', hint: 'How often metrics are judged, e.g. 1m.' });
    if (p.interval > p.stepDuration) {
        throw new errors/* UserError */.yo(`interval (${p.interval} s) is longer than duration (${p.stepDuration} s).`, { where: 'input "interval"', hint: 'Each step is judged in intervals; make interval at most duration.' });
    }
    if (!(p.significance > 0 && p.significance < 1))
        throw new errors/* UserError */.yo(`must be between 0 and 1 (exclusive), got ${p.significance}.`, { where: 'input "significance"', hint: 'e.g. 0.05.' });
    checkFirst();
    const defaultTolerance = parseTolerance(p.maxIncrease);
    const lines = parseMetricLines(p.metrics, p.cwd);
    if (lines.length === 0)
        throw new errors/* UserError */.yo('lists no metric.', { where: 'input "metrics"', hint: 'e.g. "error-rate < 0.01" and "p95-latency < 0.5", one per line.' });
    const seen = new Set();
    const metrics = lines.map((line) => {
        if (seen.has(line.name))
            throw new errors/* UserError */.yo(`metric "${line.name}" is listed twice.`, { where: line.where, hint: 'Give each metric one line.' });
        seen.add(line.name);
        if (p.comparison === 'absolute' && !line.threshold) {
            throw new errors/* UserError */.yo(`metric "${line.name}" has no threshold, which comparison: absolute needs.`, { where: line.where, hint: `Write e.g. "${line.name} < 0.01", or set comparison: relative to judge it against stable.` });
        }
        const kind = p.resolve(line.name, line.where);
        if (kind.kind === 'request-rate' && !line.threshold) {
            throw new errors/* UserError */.yo(`metric "${line.name}" needs a threshold: the request rate follows the traffic weight, so it is never compared with stable.`, {
                where: line.where,
                hint: `e.g. "${line.name} > 1" to insist the canary gets traffic.`,
            });
        }
        return {
            name: line.name,
            kind,
            threshold: line.threshold,
            worse: worseFor(line.threshold?.op),
            maxIncrease: line.maxIncrease ?? defaultTolerance,
            test: kind.kind === 'error-rate' ? 'two-proportion' : kind.kind === 'latency' ? 'mann-whitney' : null,
            compareWithStable: kind.kind !== 'request-rate',
        };
    });
    return {
        stepDuration: p.stepDuration,
        interval: p.interval,
        intervalsPerStep: Math.max(1, Math.floor(p.stepDuration / p.interval + 1e-9)),
        minRequests: p.minRequests,
        maxFailedIntervals: p.maxFailedIntervals,
        significance: p.significance,
        comparison: p.comparison,
        metrics,
        names: p.names ?? CANARY_NAMES,
    };
}

;// CONCATENATED MODULE: ./packages/rollout/src/stats/normal.ts
/**
 * The standard normal distribution's tail, ported from the Cephes ndtr.c that
 * SciPy 1.10 calls for scipy.stats.norm.sf / scipy.special.ndtr, so p-values
 * agree with SciPy to ~1e-15 rather than to the 1e-7 of the usual erf shortcuts.
 */
const SQRTH = 7.07106781186547524401e-1;
const MAXLOG = 7.09782712893383996732e2;
const P = [
    2.46196981473530512524e-10, 5.64189564831068821977e-1, 7.46321056442269912687e0, 4.86371970985681366614e1, 1.96520832956077098242e2, 5.26445194995477358631e2,
    9.34528527171957607540e2, 1.02755188689515710272e3, 5.57535335369399327526e2,
];
const Q = [
    1.32281951154744992508e1, 8.67072140885989742329e1, 3.54937778887819891062e2, 9.75708501743205489753e2, 1.82390916687909736289e3, 2.24633760818710981792e3,
    1.65666309194161350182e3, 5.57535340817727675546e2,
];
const R = [5.64189583547755073984e-1, 1.27536670759978104416e0, 5.01905042251180477414e0, 6.16021097993053585195e0, 7.40974269950448939160e0, 2.97886665372100240670e0];
const S = [2.26052863220117276590e0, 9.39603524938001434673e0, 1.20489539808096656605e1, 1.70814450747565897222e1, 9.60896809063285878198e0, 3.36907645100081516050e0];
const T = [9.60497373987051638749e0, 9.00260197203842689217e1, 2.23200534594684319226e3, 7.00332514112805075473e3, 5.55923013010394962768e4];
const U = [3.35617141647503099647e1, 5.21357949780152679795e2, 4.59432382970980127987e3, 2.26290000613890934246e4, 4.92673942608635921086e4];
/** Cephes polevl: coefficients highest degree first. */
function polevl(x, coef) {
    let ans = coef[0];
    for (let i = 1; i < coef.length; i++)
        ans = ans * x + coef[i];
    return ans;
}
/** Cephes p1evl: like polevl with an implied leading coefficient of 1. */
function p1evl(x, coef) {
    let ans = x + coef[0];
    for (let i = 1; i < coef.length; i++)
        ans = ans * x + coef[i];
    return ans;
}
/** exp(-x\u00b2) without the error amplification of squaring x first (Cephes expx2 with sign \u22121). */
function expMinusX2(x) {
    const ax = Math.abs(x);
    const m = 0.0078125 * Math.floor(128 * ax + 0.5);
    const f = ax - m;
    const u = m * m;
    const u1 = 2 * m * f + f * f;
    return Math.exp(-u) * Math.exp(-u1);
}
function erf(x) {
    if (Math.abs(x) > 1)
        return 1 - erfc(x);
    const z = x * x;
    return (x * polevl(z, T)) / p1evl(z, U);
}
function erfc(a) {
    const x = Math.abs(a);
    if (x < 1)
        return 1 - erf(a);
    if (-a * a < -MAXLOG)
        return a < 0 ? 2 : 0;
    const z = expMinusX2(a);
    const y = x < 8 ? (z * polevl(x, P)) / p1evl(x, Q) : (z * polevl(x, R)) / p1evl(x, S);
    if (y === 0)
        return a < 0 ? 2 : 0;
    return a < 0 ? 2 - y : y;
}
/** P(Z \u2264 a), Cephes ndtr. */
function normalCdf(a) {
    if (Number.isNaN(a))
        return NaN;
    if (a === Infinity)
        return 1;
    if (a === -Infinity)
        return 0;
    const x = a * SQRTH;
    const z = Math.abs(x);
    if (z < SQRTH)
        return 0.5 + 0.5 * erf(x);
    const y = 0.5 * erfc(z);
    return x > 0 ? 1 - y : y;
}
/** P(Z > z): SciPy's norm.sf(z) is ndtr(\u2212z). */
const normalSf = (z) => normalCdf(-z);

;// CONCATENATED MODULE: ./packages/rollout/src/stats/two-proportion.ts

/**
 * Two-proportion z-test, one-sided (H1: the canary's error rate is higher),
 * with the pooled proportion under H0 \u2014 statsmodels' proportions_ztest with
 * alternative='larger' and prop_var=False. When the pooled proportion is 0 or 1
 * (no errors anywhere, or nothing but errors) the tracks are identical and the
 * standard error is 0: z is 0 and the p-value 1, there is no evidence of a
 * difference. A track without requests cannot be tested: null.
 */
function twoProportionZTest(canary, stable) {
    if (!(canary.total > 0) || !(stable.total > 0))
        return null;
    const canaryRate = canary.count / canary.total;
    const stableRate = stable.count / stable.total;
    const pooled = (canary.count + stable.count) / (canary.total + stable.total);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / canary.total + 1 / stable.total));
    const difference = canaryRate - stableRate;
    if (se === 0)
        return { canaryRate, stableRate, difference, z: 0, pValue: 1 };
    const z = difference / se;
    return { canaryRate, stableRate, difference, z, pValue: normalSf(z) };
}

;// CONCATENATED MODULE: ./packages/rollout/src/stats/binned-mann-whitney.ts

/**
 * Mann\u2013Whitney U over histogram buckets: every request is one observation
 * whose value is its bucket's index, so all requests of a bucket are tied.
 * `canary[i]` and `stable[i]` are how many requests of each track fell in
 * bucket i (not cumulative), buckets in increasing order of their bound.
 *
 * Why bucket ranks: a latency histogram is all Prometheus keeps of each
 * request, and the bucket order is all it knows about them; the test on those
 * ranks is exactly scipy.stats.mannwhitneyu(alternative='greater',
 * method='asymptotic') on the expanded samples (the tie correction and the
 * continuity correction of 1/2), computed in O(buckets) instead of
 * O(requests log requests). A thousand requests are a thousand observations,
 * where a test on a handful of sub-window p95 values could never reach
 * p < 0.05. The exact distribution is never used: with ties it does not apply.
 *
 * Null when a track has no request in any bucket.
 */
function binnedMannWhitney(canary, stable) {
    if (canary.length !== stable.length)
        throw new Error(`binnedMannWhitney: ${canary.length} canary buckets vs ${stable.length} stable buckets`);
    let n1 = 0;
    let n2 = 0;
    for (let i = 0; i < canary.length; i++) {
        const c = canary[i];
        const s = stable[i];
        if (!(c >= 0) || !(s >= 0) || !Number.isInteger(c) || !Number.isInteger(s))
            throw new Error(`binnedMannWhitney: bucket ${i} has counts ${c} / ${s}; counts are non-negative integers`);
        n1 += c;
        n2 += s;
    }
    if (n1 === 0 || n2 === 0)
        return null;
    const n = n1 + n2;
    // Rank sum of the canary: a bucket holding t requests after `below` others gives each the mean rank below + (t + 1) / 2.
    let below = 0;
    let r1 = 0;
    let tieTerm = 0;
    for (let i = 0; i < canary.length; i++) {
        const t = canary[i] + stable[i];
        if (t === 0)
            continue;
        r1 += canary[i] * (below + (t + 1) / 2);
        tieTerm += t * t * t - t;
        below += t;
    }
    const u = r1 - (n1 * (n1 + 1)) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    // Every request in one bucket: nothing tells the tracks apart (SciPy divides by 0 and returns p = 1).
    if (!(variance > 0))
        return { u, z: -Infinity, pValue: 1, canaryCount: n1, stableCount: n2 };
    const z = (u - (n1 * n2) / 2 - 0.5) / Math.sqrt(variance);
    return { u, z, pValue: Math.min(1, Math.max(0, normalSf(z))), canaryCount: n1, stableCount: n2 };
}

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/interval.ts




async function interval_judgeInterval(plan, source, ctx) {
    const base = { ...ctx, canary: null, stable: null, metrics: [] };
    const n = plan.names;
    try {
        const [canary, stable] = await Promise.all([source.requests('canary', ctx.window), source.requests('stable', ctx.window)]);
        if (canary === null || canary.requests < plan.minRequests) {
            const served = canary === null ? 'no request data' : `${fmtCount(canary.requests)} requests`;
            return { ...base, canary, stable, verdict: 'inconclusive', reason: `${n.canary} had ${served} (min-requests ${plan.minRequests})` };
        }
        const stableUsable = stable !== null && stable.requests >= plan.minRequests;
        if (plan.comparison === 'relative' && !stableUsable) {
            const served = stable === null ? 'no request data' : `${fmtCount(stable.requests)} requests`;
            return { ...base, canary, stable, verdict: 'inconclusive', reason: `${n.stable} had ${served} (min-requests ${plan.minRequests}), nothing to compare with` };
        }
        const metrics = [];
        for (const m of plan.metrics) {
            const [c, s] = await Promise.all([source.read(m.kind, 'canary', ctx.window), stableUsable ? source.read(m.kind, 'stable', ctx.window) : Promise.resolve(null)]);
            const kind = m.kind;
            // Latencies are compared request by request: each track's requests per histogram bucket over the interval.
            const histograms = kind.kind === 'latency' && stableUsable
                ? await Promise.all([source.histogram(kind, 'canary', ctx.window), source.histogram(kind, 'stable', ctx.window)]).then(([canaryBuckets, stableBuckets]) => ({ canary: canaryBuckets, stable: stableBuckets }))
                : undefined;
            metrics.push(judgeMetric(plan, m, c, s, canary, stableUsable ? stable : null, histograms));
        }
        const verdict = metrics.some((o) => o.status === 'fail') ? 'fail' : metrics.some((o) => o.status === 'inconclusive') ? 'inconclusive' : 'pass';
        return { ...base, canary, stable, verdict, metrics };
    }
    catch (e) {
        if (e instanceof source_MetricSourceUnavailable)
            return { ...base, verdict: 'inconclusive', reason: `metrics unavailable: ${e.line}` };
        throw e;
    }
}
function judgeMetric(plan, m, c, s, cCounts, sCounts, histograms) {
    const n = plan.names;
    const obs = { metric: m.name, canary: c.value, stable: s?.value ?? null, worseBy: null, allowed: null, test: m.test, pValue: null, status: 'pass', reasons: [] };
    if (c.value === null || !Number.isFinite(c.value)) {
        obs.canary = null;
        obs.status = 'inconclusive';
        obs.reasons.push(`no ${n.canary} value for ${m.name}`);
        return obs;
    }
    let failed = false;
    if (m.threshold && !threshold_compare(c.value, m.threshold.op, m.threshold.value)) {
        failed = true;
        obs.reasons.push(`${n.canary} ${m.name} ${fmt(c.value)} breaks ${m.threshold.source}`);
    }
    if (!m.compareWithStable) {
        obs.status = failed ? 'fail' : 'pass';
        return obs;
    }
    if (s && s.value !== null && Number.isFinite(s.value)) {
        const worseBy = m.worse === 'higher' ? c.value - s.value : s.value - c.value;
        const allowed = m.maxIncrease.relative ? Math.abs(s.value) * m.maxIncrease.value : m.maxIncrease.value;
        obs.worseBy = worseBy;
        obs.allowed = allowed;
        let test = null;
        if (m.test === 'two-proportion' && sCounts)
            test = twoProportionZTest({ count: cCounts.errors, total: cCounts.requests }, { count: sCounts.errors, total: sCounts.requests });
        if (m.test === 'mann-whitney') {
            const latency = latencyTest(plan, m, histograms);
            if ('inconclusive' in latency) {
                // Too few requests in a histogram to tell noise from a regression is never a pass.
                obs.status = failed ? 'fail' : 'inconclusive';
                obs.reasons.push(latency.inconclusive);
                return obs;
            }
            test = latency;
        }
        obs.pValue = test?.pValue ?? null;
        // Kayenta's rule: worse beyond the tolerance *and* unlikely to be noise. Without a test
        // (a custom query), relative mode goes by the observed excess alone.
        let exceeded = worseBy > allowed + 1e-12;
        if (exceeded && m.kind.kind === 'latency' && m.worse === 'higher' && histograms?.canary) {
            // histogram_quantile interpolates inside a bucket, so a canary 10 % slower whose p95 just crosses a
            // bucket bound reads as far slower. Only an excess the buckets themselves prove fails: fewer than
            // q of the canary's requests at or below the first bound past stable + allowance.
            const limit = s.value + allowed;
            if (!provenAbove(histograms.canary, m.kind.quantile, limit)) {
                exceeded = false;
                obs.note = `${m.name} ${fmt(c.value)} vs ${fmt(s.value)} is interpolated inside a histogram bucket; the buckets do not show the ${n.canary}'s requests slower than ${fmt(limit)} beyond p${+(m.kind.quantile * 100).toFixed(6)}`;
            }
        }
        const significant = obs.pValue === null ? null : obs.pValue < plan.significance;
        const fails = plan.comparison === 'relative' ? exceeded && significant !== false : exceeded && significant === true;
        if (fails) {
            failed = true;
            const p = obs.pValue === null ? '' : `, p = ${interval_fmtP(obs.pValue)} < ${plan.significance}`;
            obs.reasons.push(`${n.canary} ${m.name} worse than ${n.stable} by ${fmt(worseBy)} (allowed ${m.maxIncrease.source}${p})`);
        }
    }
    else if (plan.comparison === 'relative') {
        obs.status = failed ? 'fail' : 'inconclusive';
        if (!failed)
            obs.reasons.push(`no ${n.stable} value for ${m.name} to compare with`);
        return obs;
    }
    obs.status = failed ? 'fail' : 'pass';
    return obs;
}
/**
 * The per-request latency test: Mann\u2013Whitney U over histogram buckets (each
 * request one observation, ranked by its bucket). Each track needs
 * min-requests requests in its histogram; fewer, or no histogram, is
 * inconclusive.
 */
function latencyTest(plan, m, histograms) {
    const missing = ['canary', 'stable'].filter((t) => !histograms?.[t]);
    const n = plan.names;
    if (missing.length)
        return { inconclusive: `no ${missing.map((t) => n[t]).join(' or ')} latency histogram for ${m.name} to compare requests with` };
    const aligned = alignBuckets(histograms.canary, histograms.stable);
    if (!aligned)
        return { inconclusive: `the ${n.canary} and ${n.stable} latency histograms of ${m.name} share no +Inf bucket` };
    const result = binnedMannWhitney(aligned.canary, aligned.stable);
    const counts = { canary: result?.canaryCount ?? aligned.canary.reduce((a, b) => a + b, 0), stable: result?.stableCount ?? aligned.stable.reduce((a, b) => a + b, 0) };
    const short = ['canary', 'stable'].filter((t) => counts[t] < Math.max(1, plan.minRequests));
    if (!result || short.length) {
        return { inconclusive: `${short.map((t) => `${n[t]} latency histogram holds ${counts[t]} requests`).join(', ')} (min-requests ${plan.minRequests}), too few to compare ${m.name}` };
    }
    return { pValue: result.pValue };
}
/**
 * True when the histogram shows the q-quantile beyond `limit`: fewer than q of
 * the requests are at or below the first bucket bound \u2265 limit, so
 * histogram_quantile lands past that bound whatever the requests' latencies
 * inside their buckets.
 */
function provenAbove(histogram, q, limit) {
    const sorted = [...histogram].sort((a, b) => a.upperBound - b.upperBound);
    const total = sorted.at(-1)?.upperBound === Infinity ? sorted.at(-1).count : NaN;
    if (!(total > 0))
        return false;
    const bound = sorted.find((b) => b.upperBound >= limit);
    if (!bound || bound.upperBound === Infinity)
        return false;
    return bound.count < q * total;
}
const fmtCount = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const fmt = (n) => (n === 0 ? '0' : Math.abs(n) >= 1000 || Math.abs(n) < 0.001 ? n.toPrecision(3) : String(Number(n.toPrecision(4))));
const interval_fmtP = (p) => (p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2))));

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/engine.ts



const engine_realClock = {
    now: () => Date.now() / 1000,
    sleep: sleep,
};
async function runAnalysis(o) {
    const { plan, source, router, log } = o;
    const clock = o.clock ?? engine_realClock;
    const steps = plan.steps.map((weight, i) => ({ step: i + 1, weight, status: 'not reached', intervals: [] }));
    const failedMetrics = new Set();
    const budget = { failedIntervals: 0, anyFail: false };
    let weight = 0;
    const stop = async (verdict, reason) => {
        if (router.shifts) {
            log(`${verdict === 'rollback' ? 'Rolling back' : 'Stopping'}: ${reason} Setting the canary weight to 0 on ${router.description}.`);
            await router.setCanaryWeight(0);
        }
        else
            log(`${verdict === 'rollback' ? 'Rollback' : 'Inconclusive'}: ${reason}`);
        return { verdict, reason, steps, failedMetrics: [...failedMetrics], failedIntervals: budget.failedIntervals, finalWeight: router.shifts ? 0 : weight };
    };
    try {
        for (const step of steps) {
            if (step.weight === 100) {
                await router.setCanaryWeight(100);
                weight = 100;
                step.status = 'promoted';
                log(`[step ${step.step}/${steps.length} \u00b7 100%] every analysed step passed; ${router.shifts ? `all traffic now goes to the canary on ${router.description}` : 'promote the canary to all traffic'}.`);
                break;
            }
            await router.setCanaryWeight(step.weight);
            weight = step.weight;
            if (router.shifts)
                log(`[step ${step.step}/${steps.length} \u00b7 ${step.weight}%] canary weight set to ${step.weight}%, stable ${100 - step.weight}%.`);
            if (!(await judgeStep({ plan, source, log, clock, signal: o.signal, step, stepCount: steps.length, budget, failedMetrics }))) {
                return await stop(budget.anyFail ? 'rollback' : 'inconclusive', budgetSpent(budget.failedIntervals, plan.maxFailedIntervals));
            }
        }
    }
    catch (e) {
        if (o.signal?.aborted)
            return await stop('inconclusive', `analysis cancelled (${describeError(o.signal.reason)}).`);
        throw e;
    }
    const last = plan.steps[plan.steps.length - 1];
    const reason = last === 100 ? 'every analysed step passed; the canary serves all traffic.' : `every step passed; the canary stays at ${last}%.`;
    return { verdict: 'promote', reason, steps, failedMetrics: [...failedMetrics], failedIntervals: budget.failedIntervals, finalWeight: weight };
}
/** Why an analysis stopped early: `2 failed or inconclusive intervals, more than max-failed-intervals 1.` */
const budgetSpent = (failed, max) => `${failed} failed or inconclusive interval${failed === 1 ? '' : 's'}, more than max-failed-intervals ${max}.`;
/**
 * Judges intervals of real time at the step's current traffic until
 * `intervalsPerStep` of them passed (true), or the failure budget runs out
 * (false). As in Flagger, a failed or inconclusive interval does not count
 * towards the step: each miss adds one more interval, and counts against
 * `max-failed-intervals` over the whole analysis.
 */
async function judgeStep(o) {
    const { plan, step, budget } = o;
    step.status = 'inconclusive';
    let passes = 0;
    let planned = plan.intervalsPerStep;
    for (let i = 1; passes < plan.intervalsPerStep; i++) {
        const start = o.clock.now();
        await o.clock.sleep(plan.interval * 1000, o.signal);
        const end = o.clock.now();
        const r = await interval_judgeInterval(plan, o.source, { step: step.step, weight: step.weight, interval: i, window: { start, end } });
        step.intervals.push(r);
        o.log(progressLine(r, o.stepCount, planned, { head: o.head, names: plan.names }));
        if (r.verdict === 'pass') {
            passes++;
            continue;
        }
        budget.failedIntervals++;
        planned++;
        if (r.verdict === 'fail') {
            budget.anyFail = true;
            for (const m of r.metrics)
                if (m.status === 'fail')
                    o.failedMetrics.add(m.metric);
        }
        if (budget.failedIntervals > plan.maxFailedIntervals) {
            step.status = step.intervals.some((x) => x.verdict === 'fail') ? 'fail' : 'inconclusive';
            return false;
        }
    }
    step.status = 'pass';
    return true;
}
/** `[step 2/5 \u00b7 10% \u00b7 interval 3/6] error-rate canary 0.4% vs stable 0.3% \u00b7 p95 0.21 s vs 0.19 s \u00b7 pass` */
function progressLine(r, stepCount, plannedIntervals, o = {}) {
    const names = o.names ?? CANARY_NAMES;
    const label = o.head ? o.head(r, plannedIntervals) : `[step ${r.step}/${stepCount} \u00b7 ${r.weight}% \u00b7 interval ${r.interval}/${plannedIntervals}]`;
    if (r.reason)
        return `${label} inconclusive: ${r.reason}`;
    const parts = r.metrics.map((m) => describeObservation(m, names));
    const verdict = r.verdict === 'pass' ? 'pass' : `${r.verdict.toUpperCase()}: ${r.metrics.flatMap((m) => m.reasons).join('; ')}`;
    return `${label} ${[...parts, verdict].join(' \u00b7 ')}`;
}
function describeObservation(m, names) {
    const latency = /^p(\d+(?:\.\d+)?)-latency$/.exec(m.metric);
    const value = (v) => (v === null ? 'n/a' : m.metric === 'error-rate' ? pct(v) : latency ? `${fmt(v)} s` : fmt(v));
    const name = latency ? `p${latency[1]}` : m.metric;
    const [c, s] = latency ? ['', ''] : [`${names.canary} `, `${names.stable} `];
    return m.stable === null ? `${name} ${c}${value(m.canary)}` : `${name} ${c}${value(m.canary)} vs ${s}${value(m.stable)}`;
}
const pct = (v) => `${Number((v * 100).toPrecision(3))}%`;

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/report.ts



/**
 * The canary-check Report: the verdict, one check per judged metric, a
 * per-step table, the metric comparison (observed canary vs stable, how much
 * worse, p-values) and line charts of canary vs stable over time.
 */
const isLatency = (m) => m.kind.kind === 'latency';
const show = (m, v) => (v === null ? null : m.kind.kind === 'error-rate' ? pct(v) : isLatency(m) ? `${fmt(v)} s` : fmt(v));
function buildCanaryReport(plan, result, trafficDescription) {
    const intervals = result.steps.flatMap((s) => s.intervals);
    const checks = [
        {
            id: 'verdict',
            title: 'Canary verdict',
            status: result.verdict === 'promote' ? 'pass' : 'fail',
            observed: result.verdict,
            expected: 'promote',
            detail: result.reason,
        },
        ...plan.metrics.map((m) => report_metricCheck(plan, m, intervals)),
    ];
    const inconclusive = intervals.filter((i) => i.verdict === 'inconclusive');
    checks.push({
        id: 'data',
        title: 'Enough data to judge',
        status: result.verdict === 'inconclusive' ? 'fail' : inconclusive.length ? 'warn' : 'pass',
        observed: `${intervals.length - inconclusive.length} of ${intervals.length} intervals`,
        expected: `\u2265 ${plan.minRequests} canary requests per interval`,
        detail: inconclusive.length ? `inconclusive: ${[...new Set(inconclusive.map((i) => i.reason ?? i.metrics.flatMap((m) => m.reasons).join('; ')))].join(' | ')}` : undefined,
    });
    const verdictWord = { promote: 'promote', rollback: 'roll back', inconclusive: 'inconclusive (not promoted)' }[result.verdict];
    return createReport({
        action: 'canary-check',
        title: 'Canary analysis',
        summary: `Verdict: **${verdictWord}** \u2014 ${result.reason} Traffic: ${trafficDescription}; ${plan.comparison} comparison, ${plan.intervalsPerStep} interval(s) of ${plan.interval} s per step, min-requests ${plan.minRequests}, max-failed-intervals ${plan.maxFailedIntervals}, significance ${plan.significance}.`,
        checks,
        tables: [stepsTable(result.steps, plan), report_metricsTable(plan, intervals), report_intervalsTable(plan, intervals)],
        charts: intervalCharts(plan, intervals),
        data: { verdict: result.verdict, reason: result.reason, failedMetrics: result.failedMetrics, failedIntervals: result.failedIntervals, steps: stepsJson(result.steps) },
    });
}
/** One check per judged metric: its threshold and comparison, and how many intervals it failed. */
function report_metricCheck(plan, m, intervals) {
    const obs = intervals.flatMap((i) => i.metrics.filter((o) => o.metric === m.name));
    const failed = obs.filter((o) => o.status === 'fail');
    const last = [...obs].reverse().find((o) => o.canary !== null);
    const noted = obs.filter((o) => o.note);
    const versusStable = m.compareWithStable ? `${m.worse === 'higher' ? '\u2264' : '\u2265'} ${plan.names.stable} ${m.worse === 'higher' ? '+' : '\u2212'} ${m.maxIncrease.source}${m.test ? ` (when p < ${plan.significance})` : ''}` : null;
    const expected = [m.threshold ? threshold_formatThreshold(m.threshold) : null, versusStable].filter(Boolean).join('; ');
    return {
        id: `metric.${m.name}`,
        title: m.name,
        status: obs.length === 0 ? 'skip' : failed.length ? 'fail' : 'pass',
        observed: last ? show(m, last.canary) : null,
        expected,
        detail: [
            failed.length ? `failed in ${failed.length} of ${obs.length} intervals: ${failed[failed.length - 1].reasons.join('; ')}` : obs.length ? `passed in ${obs.filter((o) => o.status === 'pass').length} of ${obs.length} intervals` : 'never judged (no interval had enough data)',
            ...(noted.length ? [`${noted.length} apparent excess(es) not counted: ${noted[noted.length - 1].note}`] : []),
        ].join('; '),
    };
}
function stepsTable(steps, plan) {
    return {
        title: 'Steps',
        folded: false,
        columns: ['Step', 'Canary weight', 'Status', `Intervals pass / fail / inconclusive (${plan.intervalsPerStep} passes needed)`, 'Canary requests', 'Canary errors', 'Stable requests', 'Stable errors'],
        rows: steps.map((s) => {
            const count = (v) => s.intervals.filter((i) => i.verdict === v).length;
            const sum = (f) => (s.intervals.length ? s.intervals.reduce((a, i) => a + (f(i) ?? 0), 0) : null);
            return [
                `${s.step}/${steps.length}`,
                `${s.weight}%`,
                s.status,
                s.weight === 100 || s.status === 'not reached' ? '' : `${count('pass')} / ${count('fail')} / ${count('inconclusive')}`,
                sum((i) => i.canary?.requests),
                sum((i) => i.canary?.errors),
                sum((i) => i.stable?.requests),
                sum((i) => i.stable?.errors),
            ];
        }),
    };
}
/** Per metric, the worst interval: both tracks' values, how much worse, the smallest p-value. */
function report_metricsTable(plan, intervals) {
    const rows = [];
    for (const m of plan.metrics) {
        const obs = intervals.flatMap((i) => i.metrics.filter((o) => o.metric === m.name).map((o) => ({ i, o })));
        if (obs.length === 0) {
            rows.push([m.name, null, null, null, null, null, 'no data']);
            continue;
        }
        // Worst interval first: that is the one a reader needs to see.
        const worst = [...obs].sort((a, b) => (b.o.worseBy ?? -Infinity) - (a.o.worseBy ?? -Infinity))[0];
        const minP = Math.min(...obs.map(({ o }) => o.pValue ?? 1));
        const tested = obs.some(({ o }) => o.pValue !== null);
        const failed = obs.filter(({ o }) => o.status === 'fail').length;
        rows.push([
            m.name,
            show(m, worst.o.canary),
            show(m, worst.o.stable),
            worseBy(m, worst.o.worseBy),
            tested ? `${interval_fmtP(minP)} (${m.test === 'two-proportion' ? 'two-proportion z' : 'Mann\u2013Whitney U'})` : null,
            `step ${worst.i.step} \u00b7 interval ${worst.i.interval}`,
            failed ? `failed ${failed}/${obs.length}` : `passed ${obs.filter(({ o }) => o.status === 'pass').length}/${obs.length}`,
        ]);
    }
    const [c, s] = [capital(plan.names.canary), capital(plan.names.stable)];
    return { title: `${c} vs ${plan.names.stable} (worst interval)`, folded: false, columns: ['Metric', c, s, `${c} worse by`, 'Smallest p-value', 'When', 'Intervals'], rows };
}
/** Error rates differ in percentage points; everything else in its own unit. */
function worseBy(m, v) {
    if (v === null)
        return null;
    const sign = v >= 0 ? '+' : '';
    if (m.kind.kind === 'error-rate')
        return `${sign}${Number((v * 100).toPrecision(3))} pp`;
    return `${sign}${fmt(v)}${isLatency(m) ? ' s' : ''}`;
}
/** Every interval judged, folded: counts, each metric on both tracks, p-values, verdict. */
function report_intervalsTable(plan, intervals) {
    const n = plan.names;
    const columns = ['Step', 'Interval', 'Window (UTC)', `${capital(n.canary)} req / err`, `${capital(n.stable)} req / err`, ...plan.metrics.flatMap((m) => [`${m.name} ${n.canary} / ${n.stable}`, `${m.name} p`]), 'Verdict'];
    const rows = intervals.map((i) => {
        const counts = (c) => (c ? `${c.requests} / ${c.errors}` : 'no data');
        const cells = plan.metrics.flatMap((m) => {
            const o = i.metrics.find((x) => x.metric === m.name);
            if (!o)
                return [null, null];
            return [`${show(m, o.canary) ?? 'n/a'} / ${show(m, o.stable) ?? 'n/a'}`, o.pValue === null ? null : interval_fmtP(o.pValue)];
        });
        const window = `${new Date(i.window.start * 1000).toISOString().slice(11, 19)}\u2013${new Date(i.window.end * 1000).toISOString().slice(11, 19)}`;
        return [`${i.step} (${i.weight}%)`, i.interval, window, counts(i.canary), counts(i.stable), ...cells, i.reason ? `inconclusive: ${i.reason}` : i.verdict];
    });
    return { title: `All ${intervals.length} intervals`, columns, rows };
}
/** Line charts of the two tracks' error rate and latencies, interval by interval. */
function intervalCharts(plan, intervals) {
    if (intervals.length === 0)
        return [];
    const x = intervals.map((i) => `${i.weight}%\u00b7${i.interval}`);
    const series = (name, scale) => ['canary', 'stable'].map((track) => ({
        name: `${plan.names[track]} ${name}`,
        values: intervals.map((i) => {
            const v = i.metrics.find((o) => o.metric === name)?.[track];
            return v === null || v === undefined ? NaN : v * scale;
        }),
    }));
    const out = [];
    const errorRate = plan.metrics.find((m) => m.kind.kind === 'error-rate');
    if (errorRate)
        out.push({ title: `Error rate %, ${plan.names.canary} vs ${plan.names.stable}`, kind: 'line', x, yLabel: 'error rate %', series: series(errorRate.name, 100) });
    const latencies = plan.metrics.filter(isLatency);
    if (latencies.length)
        out.push({ title: `Latency s, ${plan.names.canary} vs ${plan.names.stable}`, kind: 'line', x, yLabel: 'seconds', series: latencies.flatMap((m) => series(m.name, 1)) });
    // xychart-beta cannot leave a gap; say so rather than let a missing reading pass for 0.
    for (const c of out)
        if (c.series.some((s) => s.values.some(Number.isNaN)))
            c.title += ' (no data = 0)';
    return out;
}
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
/** The `steps-json` output: per step, its intervals, counts and metric observations. */
function stepsJson(steps) {
    return steps.map((s) => ({
        step: s.step,
        weight: s.weight,
        status: s.status,
        intervals: s.intervals.map((i) => ({
            interval: i.interval,
            start: i.window.start,
            end: i.window.end,
            verdict: i.verdict,
            ...(i.reason ? { reason: i.reason } : {}),
            canary: i.canary,
            stable: i.stable,
            metrics: i.metrics.map((o) => ({ metric: o.metric, canary: o.canary, stable: o.stable, worseBy: o.worseBy, pValue: o.pValue, status: o.status, reasons: o.reasons, ...(o.note ? { note: o.note } : {}) })),
        })),
    }));
}

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/index.ts





;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/plan.ts




/**
 * What an A/B test runs, as data, validated from the action inputs before any
 * traffic moves: the business metric (a success and a trials counter per
 * variant), the split and timing, the sequential test's parameters, what
 * ships, and the guardrails judged interval by interval as canary analysis
 * judges its metrics. The candidate is the canary track, control the stable one.
 */
const AB_NAMES = { canary: 'candidate', stable: 'control' };
const plan_SHIP_ORDER = (/* unused pure expression or super */ null && (['candidate-wins', 'no-difference', 'inconclusive']));
const unit = (name, value, hint) => {
    if (!(value > 0 && value < 1))
        throw new UserError(`must be between 0 and 1 (exclusive), got ${value}.`, { where: `input "${name}"`, hint });
};
function buildAbPlan(p) {
    const successes = parseVariantMetric(p.successes, 'successes', p.source);
    const trials = parseVariantMetric(p.trials, 'trials', p.source);
    if (!Number.isInteger(p.split) || p.split < 1 || p.split > 99) {
        throw new UserError(`${p.split} is not a whole percentage between 1 and 99.`, { where: 'input "split"', hint: 'The candidate\'s share of traffic while the test runs, e.g. 50 for an even split.' });
    }
    if (!(p.horizon > 0))
        throw new UserError(`must be more than 0 seconds, got ${p.horizon}.`, { where: 'input "horizon"', hint: 'How long the test may run before it is inconclusive, e.g. 2h.' });
    if (!(p.interval > 0))
        throw new UserError(`must be more than 0 seconds, got ${p.interval}.`, { where: 'input "interval"', hint: 'How often the counts are looked at, e.g. 5m.' });
    if (p.interval > p.horizon)
        throw new UserError(`interval (${p.interval} s) is longer than horizon (${p.horizon} s).`, { where: 'input "interval"', hint: 'Peek at least once before the horizon: make interval at most horizon.' });
    unit('alpha', p.alpha, 'The false-positive bound however often the test is looked at, e.g. 0.05.');
    unit('min-detectable-effect', p.mde, 'The smallest difference of rates worth shipping, e.g. 0.01 for one percentage point.');
    const tau = p.tau ?? p.mde;
    if (!(tau > 0))
        throw new UserError(`must be more than 0, got ${tau}.`, { where: 'input "tau"', hint: 'The spread of effects the test expects, as a difference of rates; leave it empty to use min-detectable-effect.' });
    return { successes, trials, split: p.split, horizon: p.horizon, interval: p.interval, alpha: p.alpha, tau, mde: p.mde, shipOn: p.shipOn, promoteOnWin: p.promoteOnWin, guardrails: guardrailPlan(p) };
}
/** `0.01`, or `1pp`/`1 pp` (percentage points); a bare `%` is refused as ambiguous (of what?). */
function parseEffect(text, where = 'input "min-detectable-effect"') {
    const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(pp)?\s*$/.exec(text);
    if (!m) {
        throw new UserError(`"${text}" is not a difference of rates.`, { where, hint: 'Write it as a fraction (0.01) or in percentage points (1pp); a relative "%" is not supported because the test is on the absolute difference.' });
    }
    return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}
/**
 * One counter for both variants (each read on its own track), a PromQL
 * template with {{interval}} (source: prometheus), or a map
 * `control: \u2026` / `candidate: \u2026` giving each variant its own.
 */
function parseVariantMetric(text, input, source) {
    const where = `input "${input}"`;
    const body = text.trim();
    if (body === '')
        throw new UserError('is required.', { where, hint: input === 'successes' ? 'Name the counter of successes, e.g. conversions_total.' : 'Name the counter of trials, e.g. http_requests_total{path="/checkout"}.' });
    if (/^\s*[\w-]+\s*:(\s|$)/.test(body)) {
        const doc = parseConfigDocument(body, 'inline config');
        const map = doc.value;
        if (typeof map !== 'object' || map === null || Array.isArray(map))
            throw new UserError('expected a counter, a query, or a map with control and candidate.', { where });
        const unknown = Object.keys(map).find((k) => k !== 'control' && k !== 'candidate');
        if (unknown)
            throw new UserError(`unknown key "${unknown}".`, { where, hint: 'A per-variant map takes control and candidate, e.g. "control: orders_total{variant=\\"a\\"}".' });
        const one = (key) => {
            const v = map[key];
            if (typeof v !== 'string' || v.trim() === '')
                throw new UserError(`"${key}" needs a counter or a query, got ${JSON.stringify(v ?? null)}.`, { where: `${where} [${key}]` });
            return plan_metricOf(v, `${where} [${key}]`, source);
        };
        return { stable: one('control'), canary: one('candidate') };
    }
    const kind = plan_metricOf(body, where, source);
    return { stable: kind, canary: kind };
}
function plan_metricOf(text, where, source) {
    if (looksLikeCounter(text))
        return parseCounter(text, where);
    if (source === 'scrape') {
        throw new UserError(`"${text.trim()}" is not a counter name; PromQL needs source: prometheus.`, { where, hint: 'Write a counter, e.g. conversions_total or http_requests_total{code="200"}, or set source: prometheus.' });
    }
    if (!/\{\{\s*interval\s*\}\}/.test(text)) {
        throw new UserError(`the query never mentions {{interval}}, so it cannot count what happened since the test started.`, { where, hint: 'Count over the window, e.g. sum(increase(conversions_total{{{selector}}}[{{interval}}])).' });
    }
    checkTemplate(where.replace(/^input "([^"]+)".*$/, '$1'), text, where);
    return { kind: 'query', query: text.trim(), name: where.replace(/^input "([^"]+)"(?: \[(\w+)\])?$/, (_, i, v) => (v ? `${i} (${v})` : i)) };
}
/** Guardrails are judged against control with canary-check's interval judgement; thresholds written on them stay hard limits. */
function guardrailPlan(p) {
    if (/^\s*none\s*$/i.test(p.guardrails))
        return null;
    try {
        return buildJudgingPlan({
            metrics: p.guardrails,
            comparison: 'relative',
            maxIncrease: p.maxIncrease,
            stepDuration: p.interval,
            interval: p.interval,
            minRequests: p.minRequests,
            maxFailedIntervals: p.maxFailedIntervals,
            significance: p.alpha,
            resolve: p.resolve,
            cwd: p.cwd,
            names: AB_NAMES,
        });
    }
    catch (e) {
        // The shared parser names canary-check's input; here the same syntax is called guardrails.
        if (e instanceof UserError && e.details.where?.startsWith('input "metrics"')) {
            throw new UserError(e.message, { ...e.details, where: e.details.where.replace('input "metrics"', 'input "guardrails"') });
        }
        throw e;
    }
}
const plan_ships = (verdict, shipOn) => verdict !== 'control-wins' && plan_SHIP_ORDER.indexOf(verdict) >= 0 && plan_SHIP_ORDER.indexOf(verdict) <= plan_SHIP_ORDER.indexOf(shipOn);

;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/engine.ts






async function runAbTest(o) {
    const { plan, source, router, log } = o;
    const clock = o.clock ?? realClock;
    const peeks = [];
    const failedGuardrails = new Set();
    let failedGuardrailIntervals = 0;
    let state = initialState();
    const planned = Math.ceil(plan.horizon / plan.interval - 1e-9);
    const finish = async (verdict, reason, cancelled = false) => {
        let shipping = !cancelled && ships(verdict, plan.shipOn);
        // Never a pass without evidence: no judged peek, or guardrails that never had the data to be judged.
        if (shipping && state.peeks === 0) {
            shipping = false;
            reason += ' Not shipped: no peek had the counts to judge.';
        }
        if (shipping && plan.guardrails && !peeks.some((p) => p.guardrails && p.guardrails.verdict !== 'inconclusive')) {
            shipping = false;
            reason += ' Not shipped: the guardrails were never judged (no interval had the data).';
        }
        const weight = shipping && plan.promoteOnWin ? 100 : 0;
        if (router.shifts) {
            await router.setCanaryWeight(weight);
            log(`${verdict}: ${reason} ${weight === 100 ? `All traffic now goes to the candidate on ${router.description}.` : `Control serves all traffic again on ${router.description}.`}`);
        }
        else
            log(`${verdict}: ${reason}`);
        return { verdict, reason, ships: shipping, peeks, state, failedGuardrails: [...failedGuardrails], failedGuardrailIntervals, finalWeight: router.shifts ? weight : plan.split };
    };
    try {
        await router.setCanaryWeight(plan.split);
        if (router.shifts)
            log(`[A/B] candidate weight set to ${plan.split}%, control ${100 - plan.split}%.`);
        const start = clock.now();
        let last = start;
        for (let k = 1;; k++) {
            // The last peek lands on the horizon, however the earlier sleeps overran.
            const wait = k < planned ? plan.interval : Math.max(0, Math.min(plan.interval, start + plan.horizon - clock.now()));
            await clock.sleep(wait * 1000, o.signal);
            const end = clock.now();
            const guardrails = plan.guardrails ? await judgeInterval(plan.guardrails, source, { step: 1, weight: plan.split, interval: k, window: { start: last, end } }) : null;
            last = end;
            const record = await readPeek(plan, source, k, { start, end }, state, guardrails);
            state = record.state;
            peeks.push(record);
            log(peekLine(record, plan, planned));
            if (guardrails?.verdict === 'fail') {
                failedGuardrailIntervals++;
                for (const m of guardrails.metrics)
                    if (m.status === 'fail')
                        failedGuardrails.add(m.metric);
                if (plan.guardrails && failedGuardrailIntervals > plan.guardrails.maxFailedIntervals) {
                    const why = guardrails.metrics.flatMap((m) => (m.status === 'fail' ? m.reasons : [])).join('; ');
                    return await finish('control-wins', `the candidate hurts a guardrail: ${failedGuardrailIntervals} failed guardrail interval${failedGuardrailIntervals === 1 ? '' : 's'}, more than max-failed-intervals ${plan.guardrails.maxFailedIntervals} (${why}).`);
                }
            }
            if (state.decision)
                return await finish(state.decision, decisionReason(state, plan, record));
            if (k >= planned)
                return await finish('inconclusive', horizonReason(plan, record));
        }
    }
    catch (e) {
        if (o.signal?.aborted)
            return await finish('inconclusive', `the A/B test was cancelled (${describeError(o.signal.reason)}).`, true);
        if (router.shifts) {
            // Whatever broke, a half-run test must not keep its split (the CLI has no post: step).
            await router.setCanaryWeight(0).catch((again) => log(`could not set the candidate weight back to 0 (${describeError(again)}); the post: step will try again.`));
        }
        throw e;
    }
}
async function readPeek(plan, source, k, window, before, guardrails) {
    const base = { peek: k, window, guardrails, state: before, stats: null, trialsNeeded: null };
    let arms;
    try {
        arms = { stable: await readArm(plan, source, 'stable', window), canary: await readArm(plan, source, 'canary', window) };
    }
    catch (e) {
        if (e instanceof MetricSourceUnavailable)
            return { ...base, control: null, candidate: null, reason: `metrics unavailable: ${e.line}` };
        throw e;
    }
    const [control, candidate] = [arms.stable, arms.canary];
    const counts = { ...base, control, candidate };
    if (!control || !candidate)
        return { ...counts, reason: `no ${[!control && 'control', !candidate && 'candidate'].filter(Boolean).join(' or ')} counts since the start` };
    for (const [name, a] of [['control', control], ['candidate', candidate]]) {
        if (a.successes > a.trials)
            return { ...counts, reason: `${name} counts ${a.successes} successes in ${a.trials} trials; successes must count a subset of trials` };
    }
    const why = unjudgeable(control, candidate);
    if (why)
        return { ...counts, reason: why };
    const stats = peek(control, candidate, plan);
    const state = before.decision ? before : update(before, stats, plan.mde);
    const trialsNeeded = trialsFor(plan.mde, { control: stats.controlRate, candidate: stats.candidateRate }, plan.split / 100, plan);
    return { ...counts, stats, state, trialsNeeded: Number.isFinite(trialsNeeded) ? Math.ceil(trialsNeeded) : null };
}
/** Successes and trials since the start; counters' increases come back fractional from Prometheus. */
async function readArm(plan, source, track, window) {
    const trials = (await source.read(plan.trials[track], track, window)).value;
    if (trials === null || !Number.isFinite(trials))
        return null;
    const successes = (await source.read(plan.successes[track], track, window)).value;
    if (successes === null || !Number.isFinite(successes))
        return null;
    return { successes: Math.max(0, Math.round(successes)), trials: Math.max(0, Math.round(trials)) };
}
/** Rates and differences in percentage points: `+1.2 pp`. */
const engine_pp = (v, sign = true) => `${sign && v >= 0 ? '+' : v < 0 ? '\u2212' : ''}${Number((Math.abs(v) * 100).toPrecision(3))} pp`;
const engine_rate = (v) => `${Number((v * 100).toPrecision(4))}%`;
const interval = (s) => `[${Number.isFinite(s.lower) ? engine_pp(s.lower) : '\u2212\u221e'}, ${Number.isFinite(s.upper) ? engine_pp(s.upper) : '+\u221e'}]`;
const confidence = (plan) => `${Number(((1 - plan.alpha) * 100).toPrecision(4))}%`;
/** `[peek 3/12] control 10.2% (204/2000) \u00b7 candidate 12.1% (242/2000) \u00b7 +1.9 pp, 95% always-valid [\u22120.4, +4.2] pp \u00b7 p 0.31 \u00b7 guardrails pass` */
function peekLine(r, plan, planned) {
    const head = `[peek ${r.peek}/${planned}]`;
    const arm = (name, a) => (a ? `${name} ${a.trials ? engine_rate(a.successes / a.trials) : 'n/a'} (${a.successes}/${a.trials})` : `${name} no data`);
    const parts = [arm('control', r.control), arm('candidate', r.candidate)];
    if (r.stats)
        parts.push(`${engine_pp(r.stats.difference)}, ${confidence(plan)} always-valid ${interval(r.state)} \u00b7 p ${fmtP(r.state.pValue)}`);
    else
        parts.push(`not judged: ${r.reason}`);
    if (r.guardrails)
        parts.push(r.guardrails.verdict === 'pass' ? 'guardrails pass' : r.guardrails.reason ? `guardrails inconclusive: ${r.guardrails.reason}` : `guardrails ${r.guardrails.verdict.toUpperCase()}: ${r.guardrails.metrics.flatMap((m) => m.reasons).join('; ')}`);
    return `${head} ${parts.join(' \u00b7 ')}`;
}
function decisionReason(s, plan, r) {
    const ci = `the ${confidence(plan)} always-valid interval for the difference is ${interval(s)}`;
    const effect = r.stats ? `${engine_pp(r.stats.difference)}${r.stats.lift === null ? '' : ` (lift ${r.stats.lift >= 0 ? '+' : '\u2212'}${Number((Math.abs(r.stats.lift) * 100).toPrecision(3))}%)`}` : '';
    const after = `after ${r.peek} peek${r.peek === 1 ? '' : 's'}`;
    switch (s.decision) {
        case 'candidate-wins':
            return `the candidate converts better, ${effect}: ${ci}, above 0 ${after}.`;
        case 'control-wins':
            return `the candidate converts worse, ${effect}: ${ci}, below 0 ${after}.`;
        default:
            return `${ci}, inside \u00b1${engine_pp(plan.mde, false)} (min-detectable-effect) ${after}: no difference that large.`;
    }
}
function horizonReason(plan, r) {
    const total = (r.control?.trials ?? 0) + (r.candidate?.trials ?? 0);
    const needed = r.trialsNeeded === null ? 'too little data to say how many trials it needs' : `about ${Math.max(0, r.trialsNeeded - total)} more trials (${r.trialsNeeded} in all) would resolve \u00b1${engine_pp(plan.mde, false)}`;
    return `the horizon (${plan.horizon} s) came before a decision; ${needed}.`;
}

;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/report.ts





/**
 * The ab-test Report: the verdict, the effect with its always-valid interval
 * and the trials still needed, each guardrail as canary-check reports a
 * metric, the peeks one by one, and the interval narrowing over time.
 */
const shipsOn = (plan) => SHIP_ORDER.slice(0, SHIP_ORDER.indexOf(plan.shipOn) + 1).join(' or ');
function buildAbReport(plan, result, trafficDescription) {
    const last = lastJudged(result.peeks);
    const guardrailIntervals = result.peeks.flatMap((p) => (p.guardrails ? [p.guardrails] : []));
    const checks = [
        {
            id: 'verdict',
            title: 'A/B verdict',
            status: result.ships ? 'pass' : 'fail',
            observed: result.verdict,
            expected: shipsOn(plan),
            detail: result.reason,
        },
    ];
    if (plan.guardrails) {
        const g = plan.guardrails;
        // Failures within max-failed-intervals were tolerated: they warn, and only a test they stopped fails on them.
        const stopped = result.failedGuardrailIntervals > g.maxFailedIntervals;
        checks.push(...g.metrics.map((m) => ({ ...metricCheck(g, m, guardrailIntervals), id: `guardrail.${m.name}`, title: `guardrail ${m.name}`, ...(stopped ? {} : { severity: 'warning' }) })));
    }
    checks.push(dataCheck(result));
    const effect = last?.stats;
    const summary = [
        `Verdict: **${result.verdict}** \u2014 ${result.reason}`,
        effect ? `Candidate ${rate(effect.candidateRate)} vs control ${rate(effect.controlRate)}: ${pp(effect.difference)}${effect.lift === null ? '' : `, lift ${signedPct(effect.lift)}`}.` : '',
        `Traffic: ${trafficDescription}; split ${plan.split}% candidate; mixture SPRT at \u03b1 ${plan.alpha}, \u03c4 ${plan.tau}, min-detectable-effect ${pp(plan.mde, false)}; peeks every ${plan.interval} s up to ${plan.horizon} s.`,
    ]
        .filter(Boolean)
        .join(' ');
    const tables = [effectTable(plan, result), peeksTable(plan, result.peeks)];
    if (plan.guardrails && guardrailIntervals.length)
        tables.push(metricsTable(plan.guardrails, guardrailIntervals), { ...intervalsTable(plan.guardrails, guardrailIntervals), folded: true });
    return createReport({
        action: 'ab-test',
        title: 'A/B test',
        summary,
        checks,
        tables,
        charts: sequenceChart(result.peeks),
        data: abJson(result),
    });
}
const signedPct = (v) => `${v >= 0 ? '+' : '\u2212'}${Number((Math.abs(v) * 100).toPrecision(3))}%`;
const lastJudged = (peeks) => [...peeks].reverse().find((p) => p.stats);
function dataCheck(result) {
    const judged = result.peeks.filter((p) => p.stats).length;
    const unjudged = result.peeks.filter((p) => !p.stats);
    return {
        id: 'data',
        title: 'Enough data to judge',
        status: judged === 0 ? 'fail' : unjudged.length ? 'warn' : 'pass',
        observed: `${judged} of ${result.peeks.length} peeks`,
        expected: 'successes and failures in both variants',
        detail: unjudged.length ? `not judged: ${[...new Set(unjudged.map((p) => p.reason))].join(' | ')}` : undefined,
    };
}
function effectTable(plan, result) {
    const last = lastJudged(result.peeks);
    const s = result.state;
    const total = last ? last.control.trials + last.candidate.trials : 0;
    const row = last?.stats
        ? [
            `${rate(last.stats.controlRate)} (${last.control.successes}/${last.control.trials})`,
            `${rate(last.stats.candidateRate)} (${last.candidate.successes}/${last.candidate.trials})`,
            pp(last.stats.difference),
            last.stats.lift === null ? null : signedPct(last.stats.lift),
            `[${pp(s.lower)}, ${pp(s.upper)}]`,
            fmtP(s.pValue),
            total,
            last.trialsNeeded === null ? null : Math.max(0, last.trialsNeeded - total),
        ]
        : ['no data', 'no data', null, null, null, null, total, null];
    return {
        title: 'Effect (candidate \u2212 control)',
        folded: false,
        columns: ['Control', 'Candidate', 'Difference', 'Relative lift', `${Number(((1 - plan.alpha) * 100).toPrecision(4))}% always-valid interval`, 'Always-valid p', 'Trials so far', `More trials for \u00b1${pp(plan.mde, false)}`],
        rows: [row],
    };
}
function peeksTable(plan, peeks) {
    return {
        title: `All ${peeks.length} peeks`,
        folded: peeks.length > 12,
        columns: ['Peek', 'Until (UTC)', 'Control', 'Candidate', 'Difference', 'Always-valid interval', 'p', 'Decision', 'Guardrails'],
        rows: peeks.map((p) => [
            p.peek,
            new Date(p.window.end * 1000).toISOString().slice(11, 19),
            p.control ? `${p.control.successes}/${p.control.trials}` : 'no data',
            p.candidate ? `${p.candidate.successes}/${p.candidate.trials}` : 'no data',
            p.stats ? pp(p.stats.difference) : null,
            p.stats ? `[${pp(p.state.lower)}, ${pp(p.state.upper)}]` : null,
            p.stats ? fmtP(p.state.pValue) : null,
            p.stats ? (p.state.decision ?? 'continue') : `not judged: ${p.reason}`,
            p.guardrails ? guardrailWord(p.guardrails) : plan.guardrails ? null : 'none',
        ]),
    };
}
const guardrailWord = (g) => (g.reason ? `inconclusive: ${g.reason}` : g.verdict);
/** The confidence sequence over peeks: the estimate between its running bounds, in percentage points. */
function sequenceChart(peeks) {
    const judged = peeks.filter((p) => p.stats);
    if (judged.length === 0)
        return [];
    const points = (f) => judged.map((p) => Number((f(p) * 100).toPrecision(6)));
    return [
        {
            title: 'Difference and its always-valid interval, percentage points',
            kind: 'line',
            x: judged.map((p) => String(p.peek)),
            yLabel: 'pp',
            series: [
                { name: 'upper bound', values: points((p) => p.state.upper) },
                { name: 'difference', values: points((p) => p.stats.difference) },
                { name: 'lower bound', values: points((p) => p.state.lower) },
            ],
        },
    ];
}
/** The report's data and the peeks-json output: per peek, the counts, statistic and running state. */
function abJson(result) {
    return {
        verdict: result.verdict,
        reason: result.reason,
        ships: result.ships,
        failedGuardrails: result.failedGuardrails,
        failedGuardrailIntervals: result.failedGuardrailIntervals,
        pValue: result.state.pValue,
        interval: [finite(result.state.lower), finite(result.state.upper)],
        peeks: peeksJson(result.peeks),
    };
}
const finite = (v) => (Number.isFinite(v) ? v : null);
function peeksJson(peeks) {
    return peeks.map((p) => ({
        peek: p.peek,
        start: p.window.start,
        end: p.window.end,
        control: p.control,
        candidate: p.candidate,
        ...(p.reason ? { reason: p.reason } : {}),
        ...(p.stats ? { difference: p.stats.difference, lift: p.stats.lift, pValue: p.state.pValue, lower: finite(p.state.lower), upper: finite(p.state.upper), decision: p.state.decision, trialsNeeded: p.trialsNeeded } : {}),
        guardrails: p.guardrails ? { verdict: p.guardrails.verdict, ...(p.guardrails.reason ? { reason: p.guardrails.reason } : {}), metrics: p.guardrails.metrics.map((m) => ({ metric: m.metric, candidate: m.canary, control: m.stable, pValue: m.pValue, status: m.status, reasons: m.reasons })) } : null,
    }));
}

;// CONCATENATED MODULE: ./packages/rollout/src/ab-test/index.ts





;// CONCATENATED MODULE: ./packages/rollout/src/argv.ts

/**
 * A command as an argument list with `{{name}}` placeholders filled per
 * argument: written as a YAML/JSON list (`["./notify.sh", "{{deployment}}"]`)
 * or as words with '\u2026' / "\u2026" quoting. It is never given to a shell, so a
 * value cannot become `;`, `$(\u2026)` or a glob. A list needs loadYamlParser() first.
 */
function argv_parseArgvTemplate(text, where, placeholders) {
    const t = text.trim();
    let argv;
    if (t.startsWith('[') || t.startsWith('- ')) {
        const doc = yamlParser().parseDocument(t);
        const value = doc.errors.length ? undefined : doc.toJS();
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
            throw new errors/* UserError */.yo('is not a list of strings.', { where, hint: `e.g. ${JSON.stringify(['./script.sh', ...placeholders.map((p) => `{{${p}}}`)])}.` });
        }
        argv = value.map(String);
    }
    else
        argv = splitWords(t, where);
    if (argv.length === 0)
        throw new errors/* UserError */.yo('is an empty command.', { where, hint: `e.g. ./script.sh ${placeholders.map((p) => `{{${p}}}`).join(' ')}` });
    for (const m of argv.join(' ').matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!placeholders.includes(m[1])) {
            throw new errors/* UserError */.yo(`has an unknown placeholder {{${m[1]}}}.${suggest_suggestion(m[1], placeholders)}`, { where, hint: `Placeholders: ${placeholders.map((p) => `{{${p}}}`).join(', ')}.` });
        }
    }
    return argv;
}
const argv_fillArgv = (argv, values) => argv.map((a) => a.replace(/\{\{\s*([^}]*?)\s*\}\}/g, (_, k) => values[k] ?? ''));
function splitWords(text, where) {
    const words = [];
    let word = null;
    let quote = null;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === quote)
                quote = null;
            else if (ch === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\'))
                word += text[++i];
            else
                word += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            word ??= '';
        }
        else if (/\s/.test(ch)) {
            if (word !== null)
                words.push(word);
            word = null;
        }
        else
            word = (word ?? '') + ch;
    }
    if (quote)
        throw new errors/* UserError */.yo(`has an unclosed ${quote} quote.`, { where, hint: 'Close the quote, or write the command as a YAML list.' });
    if (word !== null)
        words.push(word);
    return words;
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(1260);
;// CONCATENATED MODULE: ./packages/rollout/src/traffic/exec.ts


/**
 * Runs one program with an argument list \u2014 never a shell string, so a weight,
 * a resource name or anything a workflow interpolates cannot become shell syntax.
 * `log` gets each non-empty line of its output once it has exited successfully.
 */
async function exec_run(argv, o) {
    const [program, ...args] = argv;
    if (!program)
        throw new errors/* UserError */.yo('is an empty command.', { where: o.where });
    // @actions/exec splits its first argument like a command line; quoting keeps a path with spaces one word.
    const quoted = `"${program.replace(/(["\\])/g, '\\$1')}"`;
    let result;
    try {
        result = await (0,exec/* getExecOutput */.H)(quoted, args, { silent: true, ignoreReturnCode: true });
    }
    catch (e) {
        throw new errors/* UserError */.yo(`cannot run ${program}: ${e.message.split('\n')[0]}`, { where: o.where, hint: `Install ${program} on the runner or put it on PATH.` });
    }
    if (result.exitCode !== 0) {
        const stderr = exec_outputLines(result.stderr);
        const last = stderr[stderr.length - 1] ?? result.stdout.trim().split('\n').pop() ?? '';
        throw new errors/* UserError */.yo(`${[program, ...args].join(' ').slice(0, 200)} exited with ${result.exitCode}${last ? `: ${last}` : ''}`, { where: o.where });
    }
    if (o.log)
        for (const line of exec_outputLines(result.stdout))
            o.log(line);
    return result.stdout;
}
const exec_outputLines = (out) => out.trim().split('\n').filter(Boolean);

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/command.ts



/**
 * `traffic: command`: a program and its arguments (an argv template, see
 * parseArgvTemplate), with `{{canary}}` and `{{stable}}` replaced by the
 * weights in each argument, run with @actions/exec; no shell ever sees it.
 */
function command_parseCommand(text, where = 'input "traffic-command"') {
    const argv = parseArgvTemplate(text, where, WEIGHTS);
    if (!argv.some((a) => a.includes('{{canary}}') || a.includes('{{stable}}'))) {
        throw new UserError('never mentions {{canary}} or {{stable}}, so it cannot set a weight.', { where, hint: 'Pass the weights as arguments, e.g. ./scripts/set-weight.sh {{canary}} {{stable}}' });
    }
    return argv;
}
const WEIGHTS = (/* unused pure expression or super */ null && (['canary', 'stable']));
const fillWeights = (argv, canary) => argv_fillArgv(argv, { canary: String(canary), stable: String(100 - canary) });
class CommandRouter {
    argv;
    log;
    shifts = true;
    description;
    constructor(argv, log) {
        this.argv = argv;
        this.log = log;
        this.description = `the command \`${argv.join(' ')}\``;
    }
    /** A command cannot be asked whether it would work; parseCommand already checked its shape. */
    async preflight() { }
    async setCanaryWeight(canary) {
        const argv = fillWeights(this.argv, canary);
        await exec_run(argv, { where: 'input "traffic-command"', log: (line) => this.log(`  ${line}`) });
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/kubectl-object.ts


async function readObject(t) {
    const text = await exec_run(['kubectl', 'get', t.resource, t.name, '-n', t.namespace, '-o', 'json'], { where: t.where });
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`kubectl get ${t.resource} ${t.name} did not print JSON.`, { where: t.where });
    }
}
/** Applies `ops` to the object as `read` saw it; the patch is rejected if the object changed since. */
async function patchObject(t, read, ops) {
    const patch = [];
    if (read.metadata?.resourceVersion)
        patch.push({ op: 'test', path: '/metadata/resourceVersion', value: read.metadata.resourceVersion });
    patch.push(...ops);
    await exec_run(['kubectl', 'patch', t.resource, t.name, '-n', t.namespace, '--type=json', '-p', JSON.stringify(patch)], { where: t.where });
}

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/kubernetes.ts


/**
 * The weight fields of the route lists (`roles[i][j]`: what entry j of list i
 * points at) that split traffic between the stable and the canary. A list with
 * only one of the two (a header-matched route to the canary alone) is left as
 * it is; a list that has both and something else cannot be split, and `mixed`
 * throws for it.
 */
function splitWeights(roles, weightPath, mixed) {
    const out = [];
    roles.forEach((list, i) => {
        if (!list.includes('canary') || !list.includes('stable'))
            return;
        if (list.includes(null))
            mixed(i);
        list.forEach((role, j) => out.push({ path: weightPath(i, j), role: role }));
    });
    return out;
}
class KubectlRouter {
    name;
    namespace;
    log;
    shifts = true;
    constructor(name, namespace, log) {
        this.name = name;
        this.namespace = namespace;
        this.log = log;
    }
    get target() {
        return { resource: this.resource, name: this.name, namespace: this.namespace, where: this.where };
    }
    async read() {
        const obj = await readObject(this.target);
        return { obj, found: this.destinations(obj.spec ?? {}) };
    }
    async preflight() {
        await this.read();
    }
    async setCanaryWeight(canary) {
        const { obj, found } = await this.read();
        // `add` sets a member whether or not a weight was written before (`replace` needs one).
        await patchObject(this.target, obj, found.map((d) => ({ op: 'add', path: d.path, value: d.role === 'canary' ? canary : 100 - canary })));
    }
}
/** Istio VirtualService: `spec.http[].route[].destination.subset` (seed 000 section 4.2's 95/5). */
class IstioRouter extends KubectlRouter {
    o;
    description;
    resource = 'virtualservice';
    where = 'input "virtual-service"';
    constructor(o, log) {
        super(o.virtualService, o.namespace, log);
        this.o = o;
        this.description = `VirtualService ${o.virtualService} -n ${o.namespace}`;
    }
    destinations(spec) {
        const http = Array.isArray(spec.http) ? spec.http : [];
        const seen = new Set();
        const roles = http.map((h) => (Array.isArray(h.route) ? h.route : []).map((r) => {
            const d = r.destination ?? {};
            if (d.subset)
                seen.add(d.subset);
            if (this.o.host && d.host !== this.o.host)
                return null;
            return d.subset === this.o.canarySubset ? 'canary' : d.subset === this.o.stableSubset ? 'stable' : null;
        }));
        const out = splitWeights(roles, (i, j) => `/spec/http/${i}/route/${j}/weight`, (i) => {
            throw new errors/* UserError */.yo(`http[${i}] of VirtualService ${this.o.virtualService} also routes to other destinations, so its weights cannot be split between "${this.o.stableSubset}" and "${this.o.canarySubset}" alone.`, { where: this.where });
        });
        if (out.length === 0) {
            throw new errors/* UserError */.yo(`VirtualService ${this.o.virtualService} -n ${this.o.namespace} has no http route with both subset "${this.o.stableSubset}" and subset "${this.o.canarySubset}"${this.o.host ? ` of host ${this.o.host}` : ''} (subsets found: ${[...seen].join(', ') || 'none'}).`, { where: this.where, hint: `Set ${this.o.subsetInputs ?? 'stable-subset/canary-subset'} to the subset names of its DestinationRule.` });
        }
        return out;
    }
}
/** Gateway API HTTPRoute: `spec.rules[].backendRefs[].weight` of the two Services. */
class GatewayApiRouter extends KubectlRouter {
    o;
    description;
    resource = 'httproute';
    where = 'input "http-route"';
    constructor(o, log) {
        super(o.httpRoute, o.namespace, log);
        this.o = o;
        this.description = `HTTPRoute ${o.httpRoute} -n ${o.namespace}`;
    }
    destinations(spec) {
        const rules = Array.isArray(spec.rules) ? spec.rules : [];
        const seen = new Set();
        const roles = rules.map((rule) => (Array.isArray(rule.backendRefs) ? rule.backendRefs : []).map((b) => {
            if (b.name)
                seen.add(b.name);
            return b.name === this.o.canaryBackend ? 'canary' : b.name === this.o.stableBackend ? 'stable' : null;
        }));
        const out = splitWeights(roles, (i, j) => `/spec/rules/${i}/backendRefs/${j}/weight`, (i) => {
            throw new errors/* UserError */.yo(`rules[${i}] of HTTPRoute ${this.o.httpRoute} also sends traffic to other backends, so its weights cannot be split between "${this.o.stableBackend}" and "${this.o.canaryBackend}" alone.`, { where: this.where });
        });
        if (out.length === 0) {
            throw new errors/* UserError */.yo(`HTTPRoute ${this.o.httpRoute} -n ${this.o.namespace} has no rule with both backend "${this.o.stableBackend}" and backend "${this.o.canaryBackend}" (backends found: ${[...seen].join(', ') || 'none'}).`, { where: this.where, hint: `Set ${this.o.backendInputs ?? 'stable-backend/canary-backend'} to the Service names in its backendRefs.` });
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/inputs.ts



/**
 * The traffic inputs every strategy that splits traffic between stable (or
 * control) and a canary (or candidate) shares: one fragment spread into each
 * action's zod schema, and the one function that turns it into a TrafficConfig.
 */
const trafficInputs = {
    traffic: schemas/* enum */.k5n(['none', 'command', 'istio', 'gateway-api']).default('none'),
    'traffic-command': schemas/* string */.YjP().optional(),
    'virtual-service': schemas/* string */.YjP().optional(),
    'canary-subset': schemas/* string */.YjP().default('canary'),
    'stable-subset': schemas/* string */.YjP().default('stable'),
    'http-route': schemas/* string */.YjP().optional(),
    'canary-backend': schemas/* string */.YjP().optional(),
    'stable-backend': schemas/* string */.YjP().optional(),
};
function trafficConfig(i) {
    const need = (name, why) => {
        const v = i[name];
        if (typeof v !== 'string' || v === '')
            throw new UserError(`input "${name}" is required with traffic: ${i.traffic}.`, { hint: why });
        return v;
    };
    switch (i.traffic) {
        case 'none':
            return { provider: 'none' };
        case 'command':
            return { provider: 'command', argv: parseCommand(need('traffic-command', 'e.g. ./scripts/set-weight.sh {{canary}} {{stable}}')) };
        case 'istio':
            return {
                provider: 'istio',
                virtualService: need('virtual-service', 'Name the VirtualService whose route splits stable and canary, e.g. ml-model.'),
                namespace: need('namespace', 'The namespace of the VirtualService, e.g. production.'),
                canarySubset: i['canary-subset'],
                stableSubset: i['stable-subset'],
            };
        case 'gateway-api':
            return {
                provider: 'gateway-api',
                httpRoute: need('http-route', 'Name the HTTPRoute whose backendRefs split stable and canary.'),
                namespace: need('namespace', 'The namespace of the HTTPRoute, e.g. production.'),
                canaryBackend: need('canary-backend', "The canary Service's name in backendRefs."),
                stableBackend: need('stable-backend', "The stable Service's name in backendRefs."),
            };
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/restore.ts


/**
 * The post: step of an action that moves traffic. When the main step moved
 * traffic but never settled it (the job was cancelled or the runner lost the
 * process), the canary weight goes back to 0 so stable serves everything.
 */
/** `work` names what the main step does, for the log: `the analysis`, `the A/B test`. */
async function restoreTrafficInPost(io, o) {
    const { action, work, keys } = o;
    const saved = io.getState(keys.traffic);
    if (!saved) {
        io.info(`${action} post: no traffic was shifted; nothing to restore.`);
        return;
    }
    if (io.getState(keys.settled) === 'true') {
        io.info(`${action} post: ${work} finished and settled the traffic; nothing to restore.`);
        return;
    }
    try {
        const config = JSON.parse(saved);
        const router = createRouter(config, (l) => io.info(l));
        io.info(`${action} post: ${work} did not finish; setting the canary weight to 0 on ${router.description}.`);
        await router.setCanaryWeight(0);
        io.info(`${action} post: stable serves all traffic again.`);
    }
    catch (e) {
        io.setFailed(`${action} post: could not restore stable traffic: ${describeError(e)}`);
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/index.ts






/** `traffic: none`: observe only; the weights are whatever the deployment already does. */
class ObserveOnly {
    shifts = false;
    description = 'no traffic provider (observe only)';
    async setCanaryWeight() { }
    async preflight() { }
}
function traffic_createRouter(config, log) {
    switch (config.provider) {
        case 'none':
            return new ObserveOnly();
        case 'command':
            return new CommandRouter(config.argv, log);
        case 'istio':
            return new IstioRouter(config, log);
        case 'gateway-api':
            return new GatewayApiRouter(config, log);
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/health.ts

/**
 * Judges one window the way the seed's health check meant to, without its
 * hole: a condition that fails makes the service unhealthy; missing data, or
 * fewer requests than `minRequests`, makes it inconclusive \u2014 never healthy.
 * A definite failure outranks missing data on another condition, but not a
 * shortage of requests: a handful of requests proves nothing either way.
 */
async function checkHealth(source, track, window, conditions, minRequests) {
    const requests = await source.requests(track, window);
    const results = [];
    for (const c of conditions) {
        const { value } = await source.read(c.metric, track, window);
        results.push({ id: c.id ?? c.threshold.metric, threshold: c.threshold, value, passed: value === null ? null : threshold_compare(value, c.threshold.op, c.threshold.value) });
    }
    const reasons = [];
    const seconds = Math.round(window.end - window.start);
    if (requests === null)
        reasons.push(`no request data for the last ${seconds} s`);
    else if (requests.requests < minRequests)
        reasons.push(`${requests.requests} requests in the last ${seconds} s, fewer than min-requests ${minRequests}`);
    const failed = results.filter((r) => r.passed === false);
    const missing = results.filter((r) => r.passed === null);
    for (const r of failed)
        reasons.push(`${r.threshold.metric} is ${r.value === null ? r.value : Number(r.value.toPrecision(6))}, which breaks ${r.threshold.source}`);
    for (const r of missing)
        reasons.push(`no data for ${r.threshold.metric}`);
    const enough = requests !== null && requests.requests >= minRequests;
    const health = !enough ? 'inconclusive' : failed.length ? 'unhealthy' : missing.length ? 'inconclusive' : 'healthy';
    return { health, requests, conditions: results, reasons };
}

;// CONCATENATED MODULE: ./packages/rollout/src/health-conditions.ts


/**
 * Thresholds on one track's production metrics (`error-rate <= 0.05,
 * p95-latency <= 2.0`) as health conditions: the input of the actions that
 * judge a single deployment against limits rather than against stable
 * (auto-rollback on the live model, shadow-check on the shadow).
 */
function parseHealthConditions(text, inputs, o) {
    const where = `input "${o.input}"`;
    const queries = inputs.source === 'prometheus' ? parseQueries(inputs) : {};
    if (queries['latency-buckets'] !== undefined) {
        // Only canary-check compares latency histograms; here the query would be silently unused.
        throw new errors/* UserError */.yo(`query "latency-buckets" is read by canary-check only: ${o.action} judges thresholds, not histograms.`, { where: 'input "queries"', hint: 'Remove it, or override p95-latency (or another pNN-latency) to change how latency is measured.' });
    }
    const thresholds = parseThresholdList(text, where);
    if (thresholds.length === 0)
        throw new errors/* UserError */.yo('has no thresholds, so nothing would be checked.', { where, hint: `e.g. ${o.example}.` });
    return thresholds.map((threshold) => ({ threshold, metric: metricKind(threshold.metric, inputs, queries, where) }));
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollback/kubectl.ts


const REVISION = 'deployment.kubernetes.io/revision';
/** Set on the Deployment after an undo: the revision mlship rolled back to, and the one it rolled back from. */
const ROLLBACK_REVISION = 'mlship.dev/rollback-revision';
const ROLLED_BACK_FROM = 'mlship.dev/rolled-back-from-revision';
/** Set once every target of an incident succeeded: the incident key, so a re-run of the workflow run notifies and runs nothing again. */
const ROLLBACK_INCIDENT = 'mlship.dev/rollback-incident';
const scopeOf = (o) => [...(o.namespace ? ['-n', o.namespace] : []), ...(o.context ? [`--context=${o.context}`] : [])];
async function readAnnotations(o) {
    const out = await run(['kubectl', 'get', 'deployment', o.deployment, ...scopeOf(o), '-o', 'json'], { where: 'kubectl' });
    let parsed;
    try {
        parsed = JSON.parse(out);
    }
    catch {
        throw new UserError(`kubectl get deployment/${o.deployment} did not print JSON.`, { where: 'kubectl', hint: 'Check that kubectl on PATH is kubectl.' });
    }
    return parsed.metadata?.annotations ?? {};
}
/** Whether an earlier attempt recorded this incident as rolled back on the Deployment. */
async function deploymentRecordsIncident(o, incidentKey) {
    return (await readAnnotations(o))[ROLLBACK_INCIDENT] === incidentKey;
}
/** Records the incident as rolled back on the Deployment (metadata only: no rollout starts). */
async function recordIncidentOnDeployment(o, incidentKey, log) {
    const args = ['annotate', `deployment/${o.deployment}`, ...scopeOf(o), '--overwrite', `${ROLLBACK_INCIDENT}=${incidentKey}`];
    log(`  kubectl ${args.join(' ')}`);
    await run(['kubectl', ...args], { where: 'kubectl', log: (line) => log(`    ${line}`) });
}
/**
 * Seed 000 6.4's `kubectl rollout undo` + `kubectl rollout status`, safe to
 * run twice. `rollout undo` flips between the last two revisions, so a second
 * run would bring the bad version back; the Deployment is therefore annotated
 * with the revision the undo produced, and a run that finds the Deployment
 * still at that revision does nothing. (Annotations on the Deployment's own
 * metadata do not start a rollout.) kubectl is run with an argument list,
 * never a shell; KUBECONFIG and the rest of the environment pass through.
 */
async function rollbackDeployment(o) {
    const scope = scopeOf(o);
    const ref = `deployment/${o.deployment}`;
    const subject = `${ref}${o.namespace ? ` -n ${o.namespace}` : ''}`;
    const kubectl = async (...args) => {
        o.log(`  kubectl ${args.join(' ')}`);
        await run(['kubectl', ...args], { where: 'kubectl', log: (line) => o.log(`    ${line}`) });
    };
    const read = async () => {
        const annotations = await readAnnotations(o);
        return { revision: annotations[REVISION], annotations };
    };
    const before = await read();
    if (before.revision !== undefined && before.annotations[ROLLBACK_REVISION] === before.revision) {
        return {
            target: 'kubectl',
            subject,
            result: 'already-done',
            detail: `already rolled back: revision ${before.revision} is the one an earlier run restored (from revision ${before.annotations[ROLLED_BACK_FROM] ?? '?'}); nothing to undo.`,
        };
    }
    const undo = ['rollout', 'undo', ref, ...scope];
    const status = ['rollout', 'status', ref, ...scope, `--timeout=${Math.round(o.timeoutSeconds)}s`];
    if (o.dryRun) {
        return { target: 'kubectl', subject, result: 'would-roll-back', detail: `would run kubectl ${undo.join(' ')} then kubectl ${status.join(' ')} (now at revision ${before.revision ?? 'unknown'}).` };
    }
    await kubectl(...undo);
    await kubectl(...status);
    const after = await read();
    if (after.revision !== undefined) {
        await kubectl('annotate', ref, ...scope, '--overwrite', `${ROLLBACK_REVISION}=${after.revision}`, `${ROLLED_BACK_FROM}=${before.revision ?? ''}`);
    }
    return { target: 'kubectl', subject, result: 'rolled-back', detail: `rolled back from revision ${before.revision ?? '?'} to revision ${after.revision ?? '?'}; the rollout completed.` };
}

;// CONCATENATED MODULE: ./packages/registry/src/registry.ts

const registry_describeTarget = (t) => `${t.kind} "${t.name}"`;
/** The target changed between reading it and writing to it: someone else promoted concurrently. */
class registry_RaceError extends errors/* UserError */.yo {
    constructor(model, target, expected, actual) {
        super(`${registry_describeTarget(target)} of ${model} changed while promoting: expected ${expected ?? 'nothing'} there, found ${actual ?? 'nothing'}.`, {
            hint: 'Another promotion ran concurrently; nothing was written. Re-run the step to gate and promote against the current state.',
        });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/registry/src/git/exec.ts

/** A git command that exited non-zero; `stderr` is git's own explanation. */
class exec_GitCommandError extends Error {
    args;
    code;
    stderr;
    name = 'GitCommandError';
    constructor(args, code, stderr) {
        super(`git ${args[0]} failed (${code}): ${stderr.trim().split('\n').at(-1) ?? ''}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
    }
}
/**
 * Runs git with an argument vector, never through a shell, so model names,
 * stage names and messages are data. Prompts are disabled: in CI a credential
 * prompt would hang the job instead of failing it.
 */
function exec_runGit(args, opts) {
    return new Promise((resolve, reject) => {
        execFile('git', args, {
            cwd: opts.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', ...opts.env },
            maxBuffer: 256 * 1024 * 1024,
            timeout: opts.timeoutMs ?? 120_000,
            encoding: 'utf8',
        }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code ?? null;
                reject(new exec_GitCommandError(args, code, stderr || error.message));
            }
            else
                resolve(stdout);
        });
    });
}
/**
 * Command-scoped git config that sends the workflow token the way
 * actions/checkout does (`AUTHORIZATION: basic base64(x-access-token:TOKEN)`).
 * Given through GIT_CONFIG_COUNT/KEY/VALUE \u2014 the environment form of `git -c` \u2014
 * so the token is neither written to .git/config nor visible in the process
 * list. The key is scoped to the remote's origin URL, like checkout's own: git
 * applies an `http.extraheader` only from the most specific matching URL, so an
 * unscoped key would lose to checkout's persisted one, and the leading empty
 * value clears that persisted header instead of sending two Authorization
 * headers (which GitHub rejects).
 */
function exec_tokenAuthEnv(remoteUrl, token) {
    let origin;
    try {
        const u = new URL(remoteUrl);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return {};
        origin = `${u.protocol}//${u.host}/`;
    }
    catch {
        // scp-like ssh remotes (git@github.com:o/r.git) and local paths authenticate otherwise.
        return {};
    }
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
    const key = `http.${origin}.extraheader`;
    return { GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: '', GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header };
}

;// CONCATENATED MODULE: ./packages/registry/src/git/tag-names.ts
const tag_names_name = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const semver = '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?';
const artifactInTag = `(?:[a-zA-Z0-9\\-_./]+=)?${tag_names_name}`;
const tagRe = new RegExp(`^(?<artifact>${artifactInTag})(?:(?:#(?<stage>${tag_names_name})|@(?<version>v${semver}))(?<cancel>!?)|@(?<deprecated>deprecated))(?:#(?<counter>[0-9]+))?$`);
const nameRe = new RegExp(`^${tag_names_name}$`);
const artifactRe = new RegExp(`^(?:[a-zA-Z0-9\\-_./]+:)?${tag_names_name}$`);
const versionRe = new RegExp(`^v${semver}$`);
const tag_names_isValidArtifactName = (s) => artifactRe.test(s);
const tag_names_isValidStageName = (s) => nameRe.test(s);
const tag_names_isValidVersion = (s) => versionRe.test(s);
/** `1.2.0` and `v1.2.0` both mean the tag `name@v1.2.0`. */
const tag_names_normalizeVersion = (s) => (/^\d/.test(s) ? `v${s}` : s);
function tag_names_parseTagName(tag) {
    const m = tagRe.exec(tag);
    if (!m?.groups)
        return undefined;
    const g = m.groups;
    const artifact = g.artifact.replace('=', ':');
    const counter = g.counter === undefined ? {} : { counter: Number(g.counter) };
    const cancel = g.cancel === '!';
    if (g.deprecated)
        return { artifact, action: 'deprecate', ...counter };
    if (g.version)
        return { artifact, action: cancel ? 'deregister' : 'register', version: g.version, ...counter };
    return { artifact, action: cancel ? 'unassign' : 'assign', stage: g.stage, ...counter };
}
function tag_names_formatTagName(artifact, event, counter) {
    const a = artifact.replace(':', '=');
    const n = counter === undefined ? '' : `#${counter}`;
    switch (event.action) {
        case 'register':
            return `${a}@${event.version}${n}`;
        case 'deregister':
            return `${a}@${event.version}!${n}`;
        case 'assign':
            return `${a}#${event.stage}${n}`;
        case 'unassign':
            return `${a}#${event.stage}!${n}`;
        case 'deprecate':
            return `${a}@deprecated${n}`;
    }
}
/** Semantic-version precedence (semver.org \u00a711), `v` prefix and build metadata ignored. */
function tag_names_compareSemver(a, b) {
    const split = (v) => {
        const core = v.replace(/^v/, '').split('+')[0];
        const dash = core.indexOf('-');
        return { nums: (dash < 0 ? core : core.slice(0, dash)).split('.').map(Number), pre: dash < 0 ? [] : core.slice(dash + 1).split('.') };
    };
    const x = split(a);
    const y = split(b);
    for (let i = 0; i < 3; i++)
        if (x.nums[i] !== y.nums[i])
            return x.nums[i] - y.nums[i];
    if (!x.pre.length || !y.pre.length)
        return y.pre.length - x.pre.length;
    for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
        const p = x.pre[i];
        const q = y.pre[i];
        if (p === undefined)
            return -1;
        if (q === undefined)
            return 1;
        if (p === q)
            continue;
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        if (pn && qn)
            return Number(p) - Number(q);
        if (pn !== qn)
            return pn ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/registry/src/git/tag-message.ts
const KEYS = { version: 'version', target: 'target', previous: 'previous', runUrl: 'run_url', commit: 'commit', actor: 'actor', gate: 'gate' };
function tag_message_formatTagMessage(headline, meta) {
    const json = {};
    for (const [k, key] of Object.entries(KEYS)) {
        const v = meta[k];
        if (v !== undefined)
            json[key] = v;
    }
    if (meta.metrics)
        json.metrics = meta.metrics;
    return `${headline.replace(/\s*\n\s*/g, ' ')}\n\n${JSON.stringify(json, null, 2)}\n`;
}
function tag_message_parseTagMessage(message) {
    const start = message.search(/^\{/m);
    if (start < 0)
        return {};
    let raw;
    try {
        raw = JSON.parse(message.slice(start));
    }
    catch {
        return {};
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return {};
    const obj = raw;
    const meta = {};
    for (const [k, key] of Object.entries(KEYS)) {
        if (typeof obj[key] === 'string')
            meta[k] = obj[key];
    }
    if (typeof obj.metrics === 'object' && obj.metrics !== null) {
        meta.metrics = {};
        for (const [name, v] of Object.entries(obj.metrics)) {
            // JSON has no NaN; a writer that meant it wrote the string, and NaN must reach the gate to fail it.
            const n = typeof v === 'number' ? v : v === 'NaN' ? NaN : undefined;
            if (n !== undefined)
                meta.metrics[name] = n;
        }
    }
    return meta;
}

;// CONCATENATED MODULE: ./packages/registry/src/git/state.ts


/** Tagger time orders events as in GTO; the counter breaks same-second ties. */
const byTime = (a, b) => a.time - b.time || (a.parsed.counter ?? 0) - (b.parsed.counter ?? 0);
function state_buildState(name, records) {
    const events = [];
    for (const r of records) {
        const parsed = parseTagName(r.tag);
        if (parsed?.artifact === name)
            events.push({ tag: r.tag, parsed, commit: r.commit, time: r.time, meta: parseTagMessage(r.message) });
    }
    events.sort(byTime);
    const state = { name, versions: new Map(), deprecated: false, counter: 0, tags: new Set(), stages: new Map(), assignments: [] };
    for (const e of events) {
        state.tags.add(e.tag);
        state.counter = Math.max(state.counter, e.parsed.counter ?? 0);
        const p = e.parsed;
        if (p.action === 'register')
            state.versions.set(p.version, { version: p.version, commit: e.commit, tag: e.tag, meta: e.meta, active: true });
        else if (p.action === 'deregister') {
            const v = state.versions.get(p.version);
            if (v)
                v.active = false;
        }
        else if (p.action === 'deprecate')
            state.deprecated = true;
    }
    // Stage events need every registration first: an assignment names its version by commit.
    for (const e of events) {
        const p = e.parsed;
        if (p.action !== 'assign' && p.action !== 'unassign')
            continue;
        const version = versionOfCommit(state, e.commit, e.meta.version);
        const holders = state.stages.get(p.stage) ?? new Set();
        state.stages.set(p.stage, holders);
        if (p.action === 'assign') {
            holders.add(version);
            state.assignments.push({ stage: p.stage, version, time: e.time, meta: e.meta });
        }
        else
            holders.delete(version);
    }
    return state;
}
/**
 * The registered version on a commit. The message's `version` decides when
 * several versions share the commit; an unregistered commit is its own
 * version, named by its hash, as GTO shows it.
 */
function versionOfCommit(state, commit, hinted) {
    if (hinted && state.versions.get(hinted)?.commit === commit)
        return hinted;
    const onCommit = [...state.versions.values()].filter((v) => v.commit === commit).map((v) => v.version);
    return onCommit.sort(compareSemver).at(-1) ?? commit;
}
/** Active versions in the stage, greatest first (GTO's default semver view). */
function state_versionsInStage(state, stage) {
    const all = [...(state.stages.get(stage) ?? [])].filter((v) => state.versions.get(v)?.active !== false);
    return all.sort((a, b) => compareVersionNames(b, a));
}
/** Registered versions sort by semver; commit-hash versions (unregistered) below all of them. */
function compareVersionNames(a, b) {
    const sa = a.startsWith('v');
    const sb = b.startsWith('v');
    if (sa && sb)
        return compareSemver(a, b);
    if (sa !== sb)
        return sa ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
const state_holderOf = (state, stage) => state_versionsInStage(state, stage)[0] ?? null;
function state_latestRegistered(state) {
    const active = [...state.versions.values()].filter((v) => v.active).map((v) => v.version);
    return active.sort(compareSemver).at(-1) ?? null;
}
function state_stagesOf(state, version) {
    return [...state.stages.keys()].filter((s) => state_versionsInStage(state, s).includes(version)).sort();
}

;// CONCATENATED MODULE: ./packages/registry/src/git/registry.ts






const FIELD = '%00';
const FORMAT = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)', '%(taggerdate:unix)', '%(contents)'].join(FIELD) + FIELD;
const provenanceMeta = (p) => ({ runUrl: p.runUrl, commit: p.commit, actor: p.actor, gate: p.gate });
const DEFAULT_TAGGER = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/**
 * The embedded registry: GTO-compatible annotated tags in the repository
 * itself (see tag-names.ts). Stages are GTO stages; an alias is the same thing
 * under another name \u2014 a stage that only ever holds one version \u2014 so
 * `to-alias: champion` writes `name#champion#N` and always unassigns the
 * previous holder, which is exactly what an MLflow alias move does.
 */
class registry_GitTagRegistry {
    opts;
    kind = 'git';
    fetched = false;
    remoteUrl;
    constructor(opts) {
        this.opts = opts;
    }
    url(model, version) {
        const base = this.opts.webUrl?.replace(/\/+$/, '') ?? this.opts.cwd;
        if (!model)
            return base;
        if (!version)
            return this.opts.webUrl ? `${base}/tags` : base;
        const tag = formatTagName(model, { action: 'register', version: normalizeVersion(version) });
        return this.opts.webUrl ? `${base}/releases/tag/${encodeURIComponent(tag)}` : `${base}#${tag}`;
    }
    async getModel(name) {
        const state = await this.state(name);
        if (state.tags.size === 0) {
            throw new UserError(`model "${name}" not found in the git registry: the repository has no ${formatTagName(name, { action: 'register', version: 'v\u2026' })} tags.`, {
                hint: this.opts.remote ? `Check the model name; tags are read from remote "${this.opts.remote}".` : 'Check the model name, or register a version first (git tag -a \u2026).',
            });
        }
        if (state.deprecated)
            throw new UserError(`model "${name}" is deprecated in the git registry (tag ${name}@deprecated).`, { hint: 'Deprecated models cannot be promoted.' });
        return { name, url: this.url(name) };
    }
    async getVersion(name, version) {
        const state = await this.state(name);
        return this.describe(state, this.version(name, version, state));
    }
    async latestVersion(name, target) {
        const state = await this.state(name);
        const v = target ? holderOf(state, this.stageName(target)) : latestRegistered(state);
        return v === null ? null : this.describe(state, v);
    }
    async versionMetrics(name, version) {
        const state = await this.state(name);
        const v = this.version(name, version, state);
        return state.versions.get(v)?.meta.metrics ?? {};
    }
    /** Tags `commit` as version `version` (what a training workflow does once a model is built). */
    async register(name, version, commit, meta = {}) {
        if (!isValidArtifactName(name))
            throw new UserError(`"${name}" is not a valid GTO artifact name.`, { hint: "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit." });
        const v = normalizeVersion(version);
        if (!isValidVersion(v))
            throw new UserError(`"${version}" is not a semantic version.`, { hint: 'The git registry names versions like v1.2.0.' });
        const tag = formatTagName(name, { action: 'register', version: v });
        await this.tag(tag, commit, formatTagMessage(`Register ${name} ${v}`, { ...meta, version: v }));
        if (this.opts.remote)
            await this.push([tag]);
        return tag;
    }
    async assign(name, version, o) {
        const stage = this.stageName(o.target);
        const state = await this.freshState(name, o.target, o.expectedHolder);
        const v = this.version(name, version, state);
        const previous = o.expectedHolder;
        if (previous === v)
            return { previous, changed: false, archived: [], warnings: [] };
        const others = versionsInStage(state, stage).filter((x) => x !== v);
        const archive = o.target.kind === 'alias' || o.archiveExisting;
        if (!archive && others.length > 0 && compareSemver(others[0], v) > 0) {
            throw new UserError(`${others[0]} would stay the version of ${describeTarget(o.target)}: it is newer than ${v} and archive-existing is false.`, {
                hint: 'Set archive-existing: true to replace it (that is how a rollback to an older version works).',
            });
        }
        const meta = { version: v, ...provenanceMeta(o.provenance) };
        let counter = state.counter;
        const writes = (archive ? others : []).map((old) => this.unassignTag(state, stage, old, ++counter, `(replaced by ${v})`, meta));
        // Each assignment is its own immutable tag, so the history is the tags; target and previous make each one self-describing.
        const assignMeta = { ...meta, target: `${o.target.kind}:${o.target.name}`, ...(previous === null ? {} : { previous }) };
        writes.push({ tag: formatTagName(name, { action: 'assign', stage }, ++counter), commit: state.versions.get(v).commit, message: formatTagMessage(`Assign ${stage} to ${name} ${v}`, assignMeta) });
        await this.publish(name, o.target, o.expectedHolder, state, writes, state.versions.get(v).tag);
        return { previous, changed: true, archived: archive ? others : [], warnings: [] };
    }
    async unassign(name, o) {
        const stage = this.stageName(o.target);
        const state = await this.freshState(name, o.target, o.expectedHolder);
        const holders = versionsInStage(state, stage);
        if (holders.length === 0)
            return { previous: null, changed: false };
        let counter = state.counter;
        const writes = holders.map((old) => this.unassignTag(state, stage, old, ++counter, '(emptied)', provenanceMeta(o.provenance)));
        await this.publish(name, o.target, o.expectedHolder, state, writes);
        return { previous: o.expectedHolder, changed: true };
    }
    async promotions(name, version) {
        const state = await this.state(name);
        const v = this.version(name, version, state);
        return state.assignments
            .filter((a) => a.version === v)
            .map(({ stage, time, meta }) => ({
            // Tags written before mlship recorded the target are stage assignments as GTO writes them.
            target: meta.target ?? `stage:${stage}`,
            previous: meta.previous ?? null,
            ...(meta.runUrl ? { runUrl: meta.runUrl } : {}),
            ...(meta.commit ? { commit: meta.commit } : {}),
            ...(meta.actor ? { actor: meta.actor } : {}),
            ...(meta.gate ? { gate: meta.gate } : {}),
            ...(time ? { at: new Date(time * 1000).toISOString() } : {}),
        }));
    }
    /** Re-reads the target from the remote as it is now and throws RaceError when its holder is not the expected one. */
    async freshState(name, target, expected) {
        this.fetched = false;
        const state = await this.state(name);
        const now = holderOf(state, this.stageName(target));
        if (now !== expected)
            throw new RaceError(name, target, expected, now);
        return state;
    }
    unassignTag(state, stage, version, counter, why, meta) {
        return {
            tag: formatTagName(state.name, { action: 'unassign', stage }, counter),
            commit: state.versions.get(version)?.commit ?? version,
            message: formatTagMessage(`Unassign ${stage} from ${state.name} ${version} ${why}`, { ...meta, version }),
        };
    }
    /** Writes the tags locally, checks the remote is unchanged, and pushes them (with the version's registration if the remote lacks it) in one atomic push. */
    async publish(name, target, expected, state, writes, registration) {
        const created = [];
        try {
            for (const w of writes) {
                await this.tag(w.tag, w.commit, w.message);
                created.push(w.tag);
            }
            if (this.opts.remote) {
                await this.checkRemoteUnchanged(name, target, state, expected);
                const missing = registration && !(await this.remoteTags()).has(registration) ? [registration] : [];
                await this.push([...missing, ...created], name, target, expected);
            }
        }
        catch (e) {
            // No half-done promotion: tags that did not reach the remote are taken back.
            for (const t of created)
                await this.git(['tag', '-d', t]).catch(() => undefined);
            throw e;
        }
    }
    stageName(target) {
        if (!isValidStageName(target.name)) {
            throw new UserError(`${describeTarget(target)} is not a valid GTO stage name.`, { hint: "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit (e.g. prod, Production, champion)." });
        }
        return target.name;
    }
    version(name, version, state) {
        const v = normalizeVersion(version);
        const found = state.versions.get(v);
        if (!found?.active) {
            const known = [...state.versions.values()].filter((x) => x.active).map((x) => x.version).sort(compareSemver).slice(-5);
            throw new UserError(`version ${v} of model "${name}" not found in the git registry${found ? ' (it was deregistered)' : ''}.`, {
                hint: known.length ? `Registered versions: ${known.join(', ')}${known.length === 5 ? ', \u2026' : ''}.` : `No versions are registered; tag one as ${name}@v1.0.0.`,
            });
        }
        return v;
    }
    describe(state, version) {
        const v = state.versions.get(version);
        return { model: state.name, version, stages: stagesOf(state, version), aliases: [], ...(v ? { commit: v.commit } : {}), url: this.url(state.name, version) };
    }
    async state(name) {
        if (!this.fetched && this.opts.remote) {
            await this.fetchTags();
            this.fetched = true;
        }
        return buildState(name, await this.readTags());
    }
    async readTags() {
        const out = await this.git(['for-each-ref', `--format=${FORMAT}`, 'refs/tags']);
        const fields = out.split('\0');
        const records = [];
        for (let i = 0; i + 6 <= fields.length; i += 6) {
            const [tag, type, object, peeled, time, message] = fields.slice(i, i + 6);
            records.push({ tag: tag.replace(/^\n/, ''), commit: type === 'tag' ? peeled : object, time: Number(time) || 0, message });
        }
        return records;
    }
    async remoteUrlOf() {
        if (this.remoteUrl === undefined) {
            try {
                this.remoteUrl = (await runGit(['remote', 'get-url', this.opts.remote], { cwd: this.opts.cwd })).trim();
            }
            catch {
                throw new UserError(`the repository has no remote "${this.opts.remote}".`, { where: this.opts.cwd, hint: 'Set `remote` to one of `git remote` (actions/checkout creates "origin"), or to none to work on local tags only.' });
            }
        }
        return this.remoteUrl;
    }
    async fetchTags() {
        // `+`: the remote's tags win over stale local ones; no prune, so local registrations survive.
        await this.network(['fetch', '--quiet', '--no-tags', this.opts.remote, '+refs/tags/*:refs/tags/*'], 'fetch tags from');
    }
    async remoteTags() {
        const out = await this.network(['ls-remote', '--tags', '--refs', this.opts.remote], 'list tags of');
        return new Set(out.split('\n').filter(Boolean).map((l) => l.split('\t')[1].replace(/^refs\/tags\//, '')));
    }
    /** The lease: the model's tags on the remote are still the ones the decision was made on. */
    async checkRemoteUnchanged(name, target, seen, expected) {
        const now = [...(await this.remoteTags())].filter((t) => parseTagName(t)?.artifact === name);
        const added = now.filter((t) => !seen.tags.has(t));
        if (added.length > 0)
            throw new RaceError(name, target, expected, `new tags ${added.join(', ')}`);
    }
    async push(tags, name, target, expected) {
        try {
            // Atomic: the unassignments and the assignment land together or not at all. Without
            // --force an existing tag name is rejected, so two promotions that read the same
            // state collide on their counter-numbered tag instead of both landing.
            await this.network(['push', '--atomic', '--quiet', this.opts.remote, ...tags.map((t) => `refs/tags/${t}:refs/tags/${t}`)], 'push tags to', true);
        }
        catch (e) {
            if (e instanceof GitCommandError && /already exists|stale info/i.test(e.stderr) && name && target) {
                throw new RaceError(name, target, expected ?? null, `tags pushed by someone else (${e.stderr.trim().split('\n')[0]})`);
            }
            throw e instanceof GitCommandError ? this.networkError(e, 'push tags to') : e;
        }
    }
    async network(args, what, raw = false) {
        const url = await this.remoteUrlOf();
        const env = this.opts.token ? tokenAuthEnv(url, this.opts.token) : {};
        try {
            return await runGit(args, { cwd: this.opts.cwd, env });
        }
        catch (e) {
            if (raw || !(e instanceof GitCommandError))
                throw e;
            throw this.networkError(e, what);
        }
    }
    networkError(e, what) {
        const text = e.stderr.trim();
        const auth = /403|401|Authentication failed|could not read Username|Permission to .* denied|terminal prompts disabled/i.test(text);
        const last = text.split('\n').filter(Boolean).at(-1) ?? '';
        return new UserError(`could not ${what} remote "${this.opts.remote}": ${last.replace(/^fatal: /, '')}`, {
            hint: auth
                ? 'Pass a token that may push tags (`github-token: ${{ secrets.GITHUB_TOKEN }}` with `permissions: contents: write`).'
                : 'Check that the remote is reachable and that the checkout has full history (actions/checkout with fetch-depth: 0).',
        });
    }
    async tag(tag, commit, message) {
        await this.git(['tag', '-a', '-m', message, tag, commit], await this.identity());
    }
    identityEnv;
    /** git refuses to write an annotated tag without a tagger; fresh runners have none configured. */
    async identity() {
        if (this.identityEnv)
            return this.identityEnv;
        const configured = await runGit(['config', 'user.email'], { cwd: this.opts.cwd }).then((email) => email.trim() !== '', () => false);
        const who = this.opts.tagger ?? DEFAULT_TAGGER;
        this.identityEnv = configured && !this.opts.tagger ? {} : { GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
        return this.identityEnv;
    }
    async git(args, env) {
        try {
            return await runGit(args, { cwd: this.opts.cwd, env });
        }
        catch (e) {
            if (e instanceof GitCommandError && /not a git repository/i.test(e.stderr)) {
                throw new UserError('not a git repository, so there is no git registry here.', { where: this.opts.cwd, hint: 'Check out the repository first (actions/checkout with fetch-depth: 0), or use registry: mlflow.' });
            }
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/mlflow/client.ts

/** MLflow's error body: `{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "\u2026"}` (databricks.proto ErrorCode). */
class client_MlflowApiError extends errors/* UserError */.yo {
    status;
    errorCode;
    apiMessage;
    endpoint;
    constructor(status, errorCode, apiMessage, endpoint, host) {
        super(`MLflow ${endpoint} at ${host} answered HTTP ${status}${errorCode ? ` ${errorCode}` : ''}: ${apiMessage || '(empty body)'}`, {
            hint: status === 401
                ? 'The credentials were rejected: set mlflow-token (Databricks or bearer token) or mlflow-username / mlflow-password, from secrets.'
                : status === 403
                    ? 'The credentials lack permission on this model: promoting needs EDIT or MANAGE on the registered model (MLflow basic-auth app), "Can Manage" or "Can Manage Production Versions" on Databricks.'
                    : undefined,
        });
        this.status = status;
        this.errorCode = errorCode;
        this.apiMessage = apiMessage;
        this.endpoint = endpoint;
    }
}
/** Network failure, timeout or a 5xx that outlasted the retries. */
class TransientError extends (/* unused pure expression or super */ null && (Error)) {
}
const MAX_BODY_IN_ERROR = 300;
/**
 * A small MLflow REST 2.0 client: JSON in, JSON out, credentials on every
 * request, retries for 5xx / 429 / timeouts / connection errors, and every
 * failure turned into one UserError line (an MlflowApiError for answers).
 */
class client_MlflowClient {
    opts;
    base;
    /** Where the server is, without credentials, for messages. */
    host;
    headers;
    constructor(opts) {
        this.opts = opts;
        let url;
        try {
            url = new URL(opts.trackingUri);
            if (url.protocol !== 'http:' && url.protocol !== 'https:')
                throw new Error('not http');
        }
        catch {
            throw new UserError(`tracking-uri "${opts.trackingUri}" is not an http(s) URL.`, { hint: 'Give the MLflow server or Databricks workspace URL, e.g. https://mlflow.example.com.' });
        }
        const username = opts.username ?? (url.username ? decodeURIComponent(url.username) : undefined);
        const password = opts.password ?? (url.password ? decodeURIComponent(url.password) : undefined);
        url.username = '';
        url.password = '';
        this.base = url;
        this.host = url.origin + url.pathname.replace(/\/+$/, '');
        this.headers = { accept: 'application/json', 'user-agent': 'mlship-registry' };
        if (opts.token)
            this.headers.authorization = `Bearer ${opts.token}`;
        else if (username !== undefined)
            this.headers.authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`, 'utf8').toString('base64')}`;
    }
    get(endpoint, query) {
        return this.call('GET', endpoint, query);
    }
    post(endpoint, body) {
        return this.call('POST', endpoint, undefined, body);
    }
    /** DELETE with a JSON body, as MLflow's own Python client sends it. */
    delete(endpoint, body) {
        return this.call('DELETE', endpoint, undefined, body);
    }
    url(endpoint, query) {
        const u = new URL(`${this.base.pathname.replace(/\/+$/, '')}/api/2.0/mlflow/${endpoint}`, this.base);
        for (const [k, v] of Object.entries(query ?? {})) {
            if (v === undefined)
                continue;
            for (const item of Array.isArray(v) ? v : [v])
                u.searchParams.append(k, String(item));
        }
        return u;
    }
    async call(method, endpoint, query, body) {
        const timeoutMs = this.opts.timeoutMs ?? 15_000;
        const url = this.url(endpoint, query);
        try {
            return await retry(async () => {
                let res;
                let text;
                try {
                    res = await fetch(url, {
                        method,
                        headers: body ? { ...this.headers, 'content-type': 'application/json' } : this.headers,
                        body: body ? JSON.stringify(body) : undefined,
                        redirect: 'follow',
                        signal: AbortSignal.timeout(timeoutMs),
                    });
                    text = await res.text();
                }
                catch (e) {
                    throw new TransientError(describeNetworkError(e, timeoutMs));
                }
                if (res.status < 200 || res.status >= 300) {
                    const err = parseError(text);
                    if (res.status >= 500 || res.status === 429)
                        throw new TransientError(`HTTP ${res.status}${err.code ? ` ${err.code}` : ''}: ${err.message}`);
                    throw new client_MlflowApiError(res.status, err.code, err.message, endpoint, this.host);
                }
                try {
                    return (text.trim() === '' ? {} : JSON.parse(text));
                }
                catch {
                    throw new UserError(`MLflow ${endpoint} at ${this.host} answered HTTP ${res.status} with a body that is not JSON: ${errorText(text)}`, {
                        hint: 'Check that tracking-uri points at the MLflow server itself (not its login page or a proxy).',
                    });
                }
            }, {
                attempts: this.opts.attempts ?? 4,
                baseDelayMs: this.opts.baseDelayMs ?? 500,
                maxDelayMs: 8_000,
                maxElapsedMs: this.opts.maxElapsedMs ?? 60_000,
                random: this.opts.random,
                shouldRetry: (e) => e instanceof TransientError,
                onRetry: (e, ctx) => this.opts.onRetry?.(`MLflow ${endpoint}: ${e.message}; retry ${ctx.attempt} in ${ctx.delayMs} ms`),
            });
        }
        catch (e) {
            if (e instanceof RetryError || e instanceof TransientError) {
                const last = e instanceof RetryError ? e.lastError.message : e.message;
                const attempts = e instanceof RetryError ? e.attempts : 1;
                throw new UserError(`MLflow ${endpoint} at ${this.host} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${last}`, {
                    hint: 'The server is unreachable or failing; check tracking-uri and the server, then re-run (nothing was promoted).',
                });
            }
            throw e;
        }
    }
}
function parseError(text) {
    try {
        const j = JSON.parse(text);
        if (typeof j === 'object' && j !== null && (typeof j.error_code === 'string' || typeof j.message === 'string')) {
            return { code: typeof j.error_code === 'string' ? j.error_code : undefined, message: typeof j.message === 'string' ? j.message : '' };
        }
    }
    catch {
        // Not JSON: the basic-auth layer and proxies answer in text or HTML.
    }
    return { message: errorText(text) };
}
function errorText(text) {
    const t = text.replace(/<[^>]*>/g, ' ').trim().replace(/\s+/g, ' ');
    return t.length > MAX_BODY_IN_ERROR ? `${t.slice(0, MAX_BODY_IN_ERROR)}\u2026` : t;
}
/** fetch's errors come from undici, possibly another realm: checked by shape, not instanceof. */
function describeNetworkError(e, timeoutMs) {
    const err = e;
    if (err?.name === 'TimeoutError')
        return `no response within ${timeoutMs} ms`;
    if (err?.cause?.message)
        return `network error: ${err.cause.message}`;
    return `network error: ${err?.message ?? String(e)}`;
}

;// CONCATENATED MODULE: ./packages/registry/src/mlflow/registry.ts



/** MLflow only archives existing versions when moving into one of these (model_version_stages.py). */
const ACTIVE_STAGES = (/* unused pure expression or super */ null && (['staging', 'production']));
const SEARCH_PAGE = 1000;
/** Prefix of the per-promotion history tags: `mlship.promotion.1`, `.2`, \u2026 each a JSON object. */
const PROVENANCE_HISTORY_PREFIX = 'mlship.promotion.';
const promotionIndex = (key) => {
    const m = key?.startsWith(PROVENANCE_HISTORY_PREFIX) ? /^\d+$/.exec(key.slice(PROVENANCE_HISTORY_PREFIX.length)) : null;
    return m ? Number(m[0]) : 0;
};
/** Keys of the model-version tags that describe the latest promotion. */
const PROVENANCE_TAGS = { target: 'mlship.promoted_to', previous: 'mlship.previous_version', runUrl: 'mlship.workflow_run', commit: 'mlship.commit', actor: 'mlship.actor', gate: 'mlship.gate' };
/**
 * The MLflow Model Registry over REST API 2.0, for an open-source tracking
 * server or a Databricks workspace (workspace registry). Stages are the classic
 * None/Staging/Production/Archived; aliases (`champion`) are the current MLflow way.
 */
class registry_MlflowRegistry {
    kind = 'mlflow';
    client;
    databricks;
    searchPage;
    /** searchPageSize: versions per model-versions/search page (default 1000; tests page through a few versions with a small one). */
    constructor(opts) {
        this.client = new MlflowClient(opts);
        this.searchPage = opts.searchPageSize ?? SEARCH_PAGE;
        this.databricks = /(^|\.)(cloud\.databricks\.com|azuredatabricks\.net|gcp\.databricks\.com)$/.test(this.client.base.hostname);
    }
    url(model, version) {
        const base = this.client.host;
        const m = model === undefined ? '' : encodeURIComponent(model);
        if (this.databricks)
            return model === undefined ? `${base}/ml/models` : `${base}/ml/models/${m}${version ? `/versions/${encodeURIComponent(version)}` : ''}`;
        return model === undefined ? `${base}/#/models` : `${base}/#/models/${m}${version ? `/versions/${encodeURIComponent(version)}` : ''}`;
    }
    async getModel(name) {
        await this.notFound(this.client.get('registered-models/get', { name }), `model "${name}" not found in the MLflow registry at ${this.client.host}.`, 'Check model-name (names are case-sensitive).');
        return { name, url: this.url(name) };
    }
    async getVersion(name, version) {
        const r = await this.notFound(this.client.get('model-versions/get', { name, version }), `version ${version} of model "${name}" not found in the MLflow registry at ${this.client.host}.`, 'MLflow versions are numbers (1, 2, \u2026); check version, or pick one with from-stage / from-alias.');
        return this.describe(name, r.model_version ?? {});
    }
    async latestVersion(name, target) {
        if (!target) {
            let best;
            for await (const mv of this.versions(name))
                if (!best || Number(mv.version) > Number(best.version))
                    best = mv;
            return best ? this.describe(name, best) : null;
        }
        if (target.kind === 'stage') {
            const r = await this.client.post('registered-models/get-latest-versions', { name, stages: [target.name] });
            const mv = r.model_versions?.[0];
            return mv ? this.describe(name, mv) : null;
        }
        try {
            const r = await this.client.get('registered-models/alias', { name, alias: target.name });
            return r.model_version ? this.describe(name, r.model_version) : null;
        }
        catch (e) {
            // An unset alias is INVALID_PARAMETER_VALUE "Registered model alias \u2026 not found." (404 on some backends).
            if (e instanceof MlflowApiError && (e.status === 404 || /alias .* not found/i.test(e.apiMessage)))
                return null;
            throw e;
        }
    }
    async versionMetrics(name, version) {
        const mv = await this.getVersion(name, version);
        if (!mv.runId) {
            throw new UserError(`version ${version} of model "${name}" has no run_id, so it has no run metrics to check.`, { hint: 'Register versions from a run (mlflow.register_model("runs:/<run_id>/model", \u2026)), or drop min-metrics.' });
        }
        const r = await this.notFound(this.client.get('runs/get', { run_id: mv.runId }), `run ${mv.runId} of version ${version} of model "${name}" not found on ${this.client.host}.`, 'The run was deleted or lives on another tracking server.');
        const metrics = {};
        for (const m of r.run?.data?.metrics ?? []) {
            // Protobuf JSON writes non-finite doubles as strings ("NaN", "Infinity").
            if (m.key !== undefined)
                metrics[m.key] = typeof m.value === 'number' ? m.value : Number(m.value ?? NaN);
        }
        return metrics;
    }
    async assign(name, version, o) {
        const now = await this.latestVersion(name, o.target);
        const previous = now?.version ?? null;
        if (previous !== o.expectedHolder)
            throw new RaceError(name, o.target, o.expectedHolder, previous);
        if (previous === version)
            return { previous, changed: false, archived: [], warnings: [] };
        let archived = [];
        if (o.target.kind === 'alias') {
            await this.client.post('registered-models/alias', { name, alias: o.target.name, version });
            archived = previous ? [previous] : [];
        }
        else {
            const stage = o.target.name.toLowerCase();
            const others = [];
            for await (const mv of this.versions(name))
                if (mv.current_stage?.toLowerCase() === stage && mv.version !== version)
                    others.push(mv.version);
            const archive = o.archiveExisting && ACTIVE_STAGES.includes(stage);
            const newest = others.sort((a, b) => Number(b) - Number(a))[0];
            if (!archive && newest !== undefined && Number(newest) > Number(version)) {
                throw new UserError(`version ${newest} would stay the version of ${describeTarget(o.target)}: it is newer than ${version} and archive-existing is false.`, {
                    hint: 'Set archive-existing: true to replace it (that is how a rollback to an older version works).',
                });
            }
            await this.client.post('model-versions/transition-stage', { name, version, stage: o.target.name, archive_existing_versions: archive });
            archived = archive ? others : [];
        }
        const warnings = await this.recordProvenance(name, version, o, previous);
        return { previous, changed: true, archived, warnings };
    }
    async unassign(name, o) {
        const now = (await this.latestVersion(name, o.target))?.version ?? null;
        if (now !== o.expectedHolder)
            throw new RaceError(name, o.target, o.expectedHolder, now);
        if (now === null)
            return { previous: null, changed: false };
        if (o.target.kind === 'alias') {
            await this.client.delete('registered-models/alias', { name, alias: o.target.name });
        }
        else {
            // Every version in the stage leaves it, so the stage reads empty afterwards.
            const stage = o.target.name.toLowerCase();
            const holders = [];
            for await (const mv of this.versions(name))
                if (mv.current_stage?.toLowerCase() === stage)
                    holders.push(mv.version);
            for (const v of holders)
                await this.client.post('model-versions/transition-stage', { name, version: v, stage: 'Archived', archive_existing_versions: false });
        }
        return { previous: now, changed: true };
    }
    async promotions(name, version) {
        const r = await this.notFound(this.client.get('model-versions/get', { name, version }), `version ${version} of model "${name}" not found in the MLflow registry at ${this.client.host}.`, 'MLflow versions are numbers (1, 2, \u2026).');
        const entries = (r.model_version?.tags ?? []).filter((t) => promotionIndex(t.key) > 0).sort((a, b) => promotionIndex(a.key) - promotionIndex(b.key));
        return entries.map((t) => {
            let parsed;
            try {
                parsed = JSON.parse(t.value ?? '');
            }
            catch {
                parsed = undefined;
            }
            if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
                throw new UserError(`tag ${t.key} of ${name} ${version} is not the JSON object mlship writes: ${String(t.value).slice(0, 80)}`, { hint: 'Someone edited the tag by hand; fix or delete it in the MLflow UI.' });
            }
            const e = parsed;
            const str = (k) => (typeof e[k] === 'string' ? { [k === 'workflow_run' ? 'runUrl' : k]: e[k] } : {});
            return {
                target: typeof e.target === 'string' ? e.target : '',
                previous: typeof e.previous === 'string' ? e.previous : null,
                ...str('workflow_run'),
                ...str('commit'),
                ...str('actor'),
                ...str('gate'),
                ...str('at'),
            };
        });
    }
    /**
     * Provenance is recorded after the move; failing to record it does not undo a promotion that happened.
     * Each promotion adds its own `mlship.promotion.<n>` tag (history: a later move to an alias never
     * erases the stage move before it; one tag per entry stays under MLflow's 5000-character tag value
     * limit however long the history grows). The flat `mlship.*` tags describe the latest promotion and
     * are all rewritten, empty where it has no value, so none is left over from an earlier one.
     */
    async recordProvenance(name, version, o, previous) {
        const p = o.provenance;
        const latest = [
            [PROVENANCE_TAGS.target, `${o.target.kind}:${o.target.name}`],
            [PROVENANCE_TAGS.previous, previous ?? ''],
            [PROVENANCE_TAGS.runUrl, p.runUrl ?? ''],
            [PROVENANCE_TAGS.commit, p.commit ?? ''],
            [PROVENANCE_TAGS.actor, p.actor ?? ''],
            [PROVENANCE_TAGS.gate, p.gate ?? ''],
        ];
        const entry = JSON.stringify({
            target: `${o.target.kind}:${o.target.name}`,
            previous,
            ...(p.runUrl ? { workflow_run: p.runUrl } : {}),
            ...(p.commit ? { commit: p.commit } : {}),
            ...(p.actor ? { actor: p.actor } : {}),
            ...(p.gate ? { gate: p.gate } : {}),
            at: new Date().toISOString(),
        });
        try {
            const r = await this.client.get('model-versions/get', { name, version });
            const n = 1 + Math.max(0, ...(r.model_version?.tags ?? []).map((t) => promotionIndex(t.key)));
            for (const [key, value] of [[`${PROVENANCE_HISTORY_PREFIX}${n}`, entry], ...latest]) {
                await this.client.post('model-versions/set-tag', { name, version, key, value });
            }
        }
        catch (e) {
            return [`provenance not fully recorded: ${e instanceof UserError ? e.message : String(e)}`];
        }
        return [];
    }
    /** Every version of the model, following `next_page_token`. */
    async *versions(name) {
        let pageToken;
        do {
            const r = await this.client.get('model-versions/search', {
                filter: `name='${name.replace(/'/g, "\\'")}'`,
                max_results: this.searchPage,
                page_token: pageToken,
            });
            yield* r.model_versions ?? [];
            pageToken = r.next_page_token || undefined;
        } while (pageToken);
    }
    describe(name, mv) {
        const stage = mv.current_stage;
        return {
            model: mv.name ?? name,
            version: mv.version ?? '',
            stages: stage && stage !== 'None' ? [stage] : [],
            aliases: mv.aliases ?? [],
            ...(mv.run_id ? { runId: mv.run_id } : {}),
            url: this.url(name, mv.version),
        };
    }
    /** RESOURCE_DOES_NOT_EXIST becomes the caller's own message; every other error passes through. */
    async notFound(p, message, hint) {
        try {
            return await p;
        }
        catch (e) {
            if (e instanceof MlflowApiError && (e.errorCode === 'RESOURCE_DOES_NOT_EXIST' || (e.status === 404 && !e.errorCode)))
                throw new UserError(message, { hint });
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/promote.ts


/**
 * The seed's promote_model.py as a library call, made safe to re-run: pick
 * the version, re-check its metrics, then assign \u2014 only if every threshold
 * passes, never half-way, and not at all when the target already holds it.
 */
async function promote(registry, req) {
    const log = req.log ?? (() => undefined);
    await registry.getModel(req.model);
    const { version, from } = await resolveSource(registry, req.model, req.source);
    log(`Promoting ${req.model} ${version.version} (${from}) to ${describeTarget(req.to)} in the ${registry.kind} registry.`);
    const previous = (await registry.latestVersion(req.model, req.to))?.version ?? null;
    const metrics = req.minMetrics.length ? await registry.versionMetrics(req.model, version.version) : {};
    const gate = req.minMetrics.map((t) => {
        const observed = metrics[t.metric];
        if (observed === undefined) {
            const recorded = Object.keys(metrics).sort();
            throw new UserError(`metric "${t.metric}" is not recorded for ${req.model} ${version.version}, so "${t.source}" cannot be checked.`, {
                where: 'min-metrics',
                hint: recorded.length ? `Recorded metrics: ${recorded.join(', ')}.` : `The version has no recorded metrics (${registry.kind === 'git' ? 'none in its registration tag message' : 'its run logged none'}).`,
            });
        }
        return { threshold: t, observed, passed: compare(observed, t.op, t.value) };
    });
    const base = { registry: registry.kind, model: req.model, version, from, to: req.to, previous, metrics, gate, archived: [], warnings: [] };
    if (gate.some((g) => !g.passed))
        return { ...base, result: 'blocked' };
    if (previous === version.version)
        return { ...base, result: 'already-there' };
    if (req.dryRun)
        return { ...base, result: 'dry-run' };
    const gateLine = gate.map((g) => `${g.threshold.metric} ${formatThreshold(g.threshold)}: ${g.observed}`).join('; ');
    const r = await registry.assign(req.model, version.version, {
        target: req.to,
        expectedHolder: previous,
        archiveExisting: req.archiveExisting,
        provenance: { ...req.provenance, ...(gateLine ? { gate: gateLine } : {}) },
    });
    return { ...base, result: r.changed ? 'promoted' : 'already-there', archived: r.archived, warnings: r.warnings };
}
async function resolveSource(registry, model, source) {
    if ('version' in source)
        return { version: await registry.getVersion(model, source.version), from: `version ${source.version}` };
    if ('latest' in source) {
        const v = await registry.latestVersion(model);
        if (!v)
            throw new UserError(`model "${model}" has no registered versions.`, { hint: 'Register a version first, or name one with version.' });
        return { version: v, from: 'latest registered version' };
    }
    const v = await registry.latestVersion(model, source.from);
    if (!v) {
        throw new UserError(`no version of model "${model}" is in ${describeTarget(source.from)}.`, {
            where: source.from.kind === 'stage' ? 'from-stage' : 'from-alias',
            hint: 'Promote a version there first, or name the version to promote with version.',
        });
    }
    return { version: v, from: describeTarget(source.from) };
}
/** How far a gate result is from its threshold, for the report ("short by 0.03"). */
const promote_gateMargin = (g) => margin(g.observed, g.threshold.op, g.threshold.value);

;// CONCATENATED MODULE: ./packages/registry/src/promotion-report.ts



const round = (x) => (Number.isFinite(x) ? Number(x.toPrecision(6)) : x);
/**
 * promote-model's Report: one check per min-metric (observed vs expected), one
 * for the promotion itself, and a table of what moved where. `data` carries the
 * outcome for machines (documented in actions/promote-model/README.md).
 */
function buildPromotionReport(o, url) {
    const v = `${o.model} ${o.version.version}`;
    const to = describeTarget(o.to);
    const prev = o.previous ?? 'none';
    // "from stage X" says something; "from version 3" only repeats the version.
    const from = o.from.startsWith('stage ') || o.from.startsWith('alias ') ? ` from ${o.from}` : '';
    const checks = o.gate.map((g) => {
        const m = round(gateMargin(g));
        return {
            id: `min_metric:${g.threshold.metric}`,
            title: `Min metric ${g.threshold.metric}`,
            status: g.passed ? 'pass' : 'fail',
            observed: g.observed,
            expected: formatThreshold(g.threshold),
            detail: g.passed
                ? `${g.threshold.metric} ${g.observed} ${formatThreshold(g.threshold)}`
                : Number.isNaN(g.observed)
                    ? `${g.threshold.metric} is NaN for ${v}; it cannot satisfy ${formatThreshold(g.threshold)}`
                    : `${g.threshold.metric} ${g.observed} misses ${formatThreshold(g.threshold)} by ${Math.abs(m)} for ${v}`,
        };
    });
    const promotion = {
        promoted: { status: 'pass', detail: `${to} now holds ${o.version.version} (was ${prev})`, summary: `Promoted ${v}${from} to ${to} (previous: ${prev}).` },
        'already-there': { status: 'pass', detail: `${to} already holds ${o.version.version}; nothing written`, summary: `${v} is already in ${to}; nothing to do.` },
        'dry-run': { status: 'pass', detail: `dry run: would move ${to} from ${prev} to ${o.version.version}`, summary: `Dry run: would promote ${v}${from} to ${to} (previous: ${prev}); nothing was written.` },
        blocked: { status: 'skip', detail: 'not attempted: min-metrics failed', summary: `Blocked: ${v} failed min-metrics; nothing was promoted (${to} still holds ${prev}).` },
    };
    const p = promotion[o.result];
    checks.push({ id: 'promotion', title: `Promote to ${to}`, status: p.status, observed: o.version.version, expected: o.to.name, detail: p.detail });
    for (const w of o.warnings)
        checks.push({ id: 'provenance', title: 'Provenance recorded', status: 'fail', severity: 'warning', detail: w });
    const thresholds = new Map(o.gate.map((g) => [g.threshold.metric, g]));
    const metricRows = Object.keys(o.metrics)
        .sort((a, b) => Number(thresholds.has(b)) - Number(thresholds.has(a)) || a.localeCompare(b))
        .map((k) => {
        const g = thresholds.get(k);
        return [k, o.metrics[k], g ? formatThreshold(g.threshold) : '', g ? (g.passed ? 'pass' : 'fail') : ''];
    });
    return createReport({
        action: 'promote-model',
        title: 'Model promotion',
        summary: p.summary,
        checks,
        tables: [
            {
                title: 'Promotion',
                columns: ['Registry', 'Model', 'Version', 'From', 'To', 'Previous', 'Result', 'Archived'],
                rows: [[o.registry, o.model, o.version.version, o.from, to, prev, o.result, o.archived.join(', ')]],
                folded: false,
            },
            ...(metricRows.length ? [{ title: `Metrics of ${v}`, columns: ['Metric', 'Value', 'Threshold', 'Status'], rows: metricRows, folded: false }] : []),
        ],
        data: {
            registry: o.registry,
            model: o.model,
            version: o.version.version,
            from: o.from,
            to: o.to,
            previous: o.previous,
            result: o.result,
            archived: o.archived,
            metrics: o.metrics,
            url,
        },
    });
}

;// CONCATENATED MODULE: ./packages/registry/src/from-inputs.ts




/**
 * The step inputs that say which registry to talk to, shared by every action
 * that reads or writes one (promote-model, eval-gate's registry baseline,
 * auto-rollback's registry target), so they are spelled and checked one way.
 */
const registryInputs = {
    registry: schemas/* enum */.k5n(['git', 'mlflow']).default('git'),
    'tracking-uri': schemas/* string */.YjP().optional(),
    'mlflow-token': schemas/* string */.YjP().optional(),
    'mlflow-username': schemas/* string */.YjP().optional(),
    'mlflow-password': schemas/* string */.YjP().optional(),
    'github-token': schemas/* string */.YjP().optional(),
    remote: schemas/* string */.YjP().default('origin'),
};
const registrySecrets = (/* unused pure expression or super */ null && (['mlflow-token', 'mlflow-password', 'github-token']));
function openRegistry(inputs, io, cwd = process.cwd()) {
    if (inputs.registry === 'mlflow') {
        const trackingUri = inputs['tracking-uri'];
        if (!trackingUri)
            throw new UserError('input "tracking-uri" is required with registry: mlflow.', { hint: 'Set it to the MLflow server or Databricks workspace URL.' });
        return new MlflowRegistry({
            trackingUri,
            token: inputs['mlflow-token'],
            username: inputs['mlflow-username'],
            password: inputs['mlflow-password'],
            onRetry: (m) => io.warning(m),
        });
    }
    const server = io.env('GITHUB_SERVER_URL');
    const repo = io.env('GITHUB_REPOSITORY');
    return new GitTagRegistry({
        cwd,
        remote: inputs.remote === 'none' ? undefined : inputs.remote,
        token: inputs['github-token'],
        webUrl: server && repo ? `${server}/${repo}` : undefined,
    });
}

;// CONCATENATED MODULE: ./packages/registry/src/index.ts









;// CONCATENATED MODULE: ./packages/rollout/src/rollback/registry.ts


/**
 * Puts the previous version back in the stage/alias it was promoted out of.
 * Reading the holder first makes it idempotent (already there \u2192 nothing
 * written) and careful (a newer promotion since the bad one is not undone);
 * the registry's race check covers the moment between reading and writing.
 */
async function rollbackRegistry(registry, o) {
    const subject = `${o.model} ${describeTarget(o.target)} (${registry.kind} registry)`;
    await registry.getModel(o.model);
    const holder = (await registry.latestVersion(o.model, o.target))?.version ?? null;
    const want = o.previous ?? 'nothing';
    if (holder === o.previous) {
        return { target: 'registry', subject, result: 'already-done', detail: `already holds ${want}; nothing to restore.` };
    }
    if (o.version !== undefined && holder !== o.version) {
        throw new UserError(`${describeTarget(o.target)} of ${o.model} holds ${holder ?? 'nothing'}, not ${o.version} (the version being rolled back): it was changed since, so it is left alone.`, {
            where: 'input "version"',
            hint: 'Roll back by hand if that version is bad too, or re-run with the version now deployed.',
        });
    }
    if (o.previous !== null)
        await registry.getVersion(o.model, o.previous);
    if (o.dryRun)
        return { target: 'registry', subject, result: 'would-roll-back', detail: `would move ${holder ?? 'nothing'} out and restore ${want}.` };
    if (o.previous === null) {
        await registry.unassign(o.model, { target: o.target, expectedHolder: holder, provenance: o.provenance });
    }
    else {
        await registry.assign(o.model, o.previous, { target: o.target, expectedHolder: holder, archiveExisting: true, provenance: o.provenance });
    }
    return { target: 'registry', subject, result: 'rolled-back', detail: `restored ${want} (was ${holder ?? 'nothing'}).` };
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollback/command.ts


/** The values a rollback command template may use, each filled into one argument. */
const COMMAND_PLACEHOLDERS = (/* unused pure expression or super */ null && (['deployment', 'namespace', 'model', 'version', 'previous-version', 'error-rate', 'latency', 'health', 'run-url']));
async function rollbackCommand(argv, values, o) {
    const filled = fillArgv(argv, values);
    const subject = filled[0];
    if (o.dryRun)
        return { target: 'command', subject, result: 'would-roll-back', detail: `would run ${JSON.stringify(filled)}.` };
    o.log(`  ${JSON.stringify(filled)}`);
    const lines = outputLines(await run(filled, { where: 'input "rollback-command"', log: (line) => o.log(`    ${line}`) }));
    return { target: 'command', subject, result: 'rolled-back', detail: `ran ${JSON.stringify(filled)}${lines.length ? `; last line: ${lines.at(-1)}` : ''}.` };
}

;// CONCATENATED MODULE: ./packages/notify/src/webhook.ts

const DEFAULTS = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: 30_000, timeoutMs: 10_000 };
/** Enough of an error body to name the problem (Slack answers with one word) without flooding the log. */
const webhook_MAX_BODY_IN_ERROR = 300;
/** A response that was not 2xx. */
class HttpStatusError extends Error {
    status;
    body;
    retryAfterMs;
    constructor(status, body, retryAfterMs) {
        const text = body.trim().replace(/\s+/g, ' ');
        const shown = text.length > webhook_MAX_BODY_IN_ERROR ? `${text.slice(0, webhook_MAX_BODY_IN_ERROR)}\u2026` : text;
        super(`HTTP ${status}${shown ? `: ${shown}` : ''}`);
        this.status = status;
        this.body = body;
        this.retryAfterMs = retryAfterMs;
    }
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 \u00a710.2.3). */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const date = Date.parse(v);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** 5xx and 429 are the server's problem and may pass; other statuses will not change on a resend. */
const retryableStatus = (status) => status === 429 || status >= 500;
const isErrorLike = (e) => typeof e === 'object' && e !== null && typeof e.message === 'string';
/**
 * One line for the log. Never includes the URL: a webhook URL is a credential.
 */
function describeFailure(e, timeoutMs) {
    const err = e instanceof RetryError ? e.lastError : e;
    if (err instanceof HttpStatusError)
        return err.message;
    if (!isErrorLike(err))
        return String(err);
    if (err.name === 'TimeoutError')
        return `no response within ${timeoutMs} ms`;
    if (err.name === 'AbortError')
        return 'request aborted';
    // undici reports network failures as TypeError('fetch failed') with the socket error as cause.
    const cause = err.cause;
    if (isErrorLike(cause)) {
        const code = typeof cause.code === 'string' && !cause.message.includes(cause.code) ? ` (${cause.code})` : '';
        return `network error: ${cause.message}${code}`;
    }
    return `network error: ${err.message}`;
}
function validUrl(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * POST `body` as JSON to `url`, retrying 5xx, 429 (waiting what Retry-After
 * asks, up to maxDelayMs), timeouts and network errors with exponential
 * backoff, within `attempts` and `maxElapsedMs`. Other 4xx are final. Redirects
 * are not followed (a 301/302 would turn the POST into a GET and lose the
 * message). A timed-out request may still have been delivered, so a retry can
 * duplicate a message \u2014 acceptable for alerts, preferable to losing one.
 * Never throws.
 */
async function webhook_sendWebhook(url, body, options = {}) {
    const target = validUrl(url);
    if (!target)
        return { delivered: false, attempts: 0, error: 'the webhook URL is not a valid http(s) URL' };
    let payload;
    try {
        payload = JSON.stringify(body);
    }
    catch (e) {
        return { delivered: false, attempts: 0, error: `the payload cannot be serialised as JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (payload === undefined)
        return { delivered: false, attempts: 0, error: 'the payload cannot be serialised as JSON' };
    const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
    let attempts = 0;
    let status;
    try {
        await retry(async (attempt) => {
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
            if (res.status < 200 || res.status >= 300)
                throw new HttpStatusError(res.status, text, parseRetryAfter(res.headers.get('retry-after')));
        }, {
            attempts: options.attempts ?? DEFAULTS.attempts,
            baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
            maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
            maxElapsedMs: options.maxElapsedMs ?? DEFAULTS.maxElapsedMs,
            random: options.random,
            shouldRetry: (e) => {
                if (!(e instanceof HttpStatusError))
                    return true;
                if (!retryableStatus(e.status))
                    return false;
                return e.retryAfterMs ?? true;
            },
            onRetry: (e, ctx) => options.onRetry?.({ attempt: ctx.attempt, delayMs: ctx.delayMs, error: describeFailure(e, timeoutMs) }),
        });
        return { delivered: true, attempts, status };
    }
    catch (e) {
        return { delivered: false, attempts, error: describeFailure(e, timeoutMs), ...(status === undefined ? {} : { status }) };
    }
}

;// CONCATENATED MODULE: ./packages/notify/src/slack.ts


const ATTACHMENT_TEXTS = (/* unused pure expression or super */ null && (['fallback', 'pretext', 'title', 'text', 'footer']));
function attachmentPayload(a) {
    const out = { ...a };
    for (const key of ATTACHMENT_TEXTS) {
        const value = a[key];
        if (value !== undefined)
            out[key] = renderSlackText(value);
    }
    if (a.fields)
        out.fields = a.fields.map((f) => ({ ...f, title: renderSlackText(f.title), value: renderSlackText(f.value) }));
    return out;
}
/** A block with its texts rendered: markup as is, the plain text of mrkdwn text objects escaped. */
function blockPayload(value) {
    if (value instanceof SlackMarkup)
        return value.markup;
    if (Array.isArray(value))
        return value.map(blockPayload);
    if (value === null || typeof value !== 'object')
        return value;
    const object = value;
    const out = {};
    for (const [key, v] of Object.entries(object)) {
        out[key] = object.type === 'mrkdwn' && key === 'text' && typeof v === 'string' ? renderSlackText(v) : blockPayload(v);
    }
    return out;
}
/**
 * The JSON body posted for `message`: only the keys that are set, in a fixed
 * order, every text rendered (data escaped, the bot's markup as is).
 */
function slackPayload(message) {
    const payload = { text: renderSlackText(message.text) };
    if (message.blocks?.length)
        payload.blocks = message.blocks.map(blockPayload);
    if (message.attachments?.length)
        payload.attachments = message.attachments.map(attachmentPayload);
    if (message.username)
        payload.username = message.username;
    if (message.icon_emoji)
        payload.icon_emoji = message.icon_emoji;
    return payload;
}
/**
 * Post `message` to a Slack incoming webhook \u2014 the JSON the lessons send with
 * `curl -X POST $SLACK_WEBHOOK -d '{"text": \u2026, "attachments": [{"color": "danger", "fields": [\u2026]}]}'`.
 * Retries as sendWebhook does; a 4xx such as `invalid_payload` or `no_service`
 * is final and its body is in `error`. Never throws.
 */
async function slack_sendSlack(webhookUrl, message, options = {}) {
    const text = message?.text;
    if (!(typeof text === 'string' || text instanceof SlackMarkup) || renderSlackText(text).trim() === '') {
        return { delivered: false, attempts: 0, error: 'the Slack message has no text' };
    }
    return sendWebhook(webhookUrl, slackPayload(message), options);
}

;// CONCATENATED MODULE: ./packages/notify/src/report-message.ts



/** Link to the workflow run, when running on a runner. */
function runUrl(env) {
    const [server, repo, run] = [env('GITHUB_SERVER_URL'), env('GITHUB_REPOSITORY'), env('GITHUB_RUN_ID')];
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
const titles = { 'validate-data': 'Data validation failed in CI pipeline' };
/** A check's line stays readable in chat; cut before escaping, so no entity is cut in half. */
const MAX_DETAIL = 280;
const cut = (text) => (text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}\u2026` : text);
/**
 * seed 000 \u00a76.2's Slack alert ("Data validation failed in CI pipeline" + an
 * attachment), carrying what the seed's could not: which checks failed and why.
 */
function failureMessage(report, link) {
    const failed = failedChecks(report);
    const shown = failed.slice(0, 10);
    // Check ids, details and observed values come from the config and the data: interpolated, so escaped.
    const lines = shown.map((c) => mrkdwn `\u2022 *${cut(c.id)}*: ${cut(c.detail ?? `observed ${c.observed}, expected ${c.expected}`)}`);
    if (failed.length > shown.length)
        lines.push(mrkdwn `\u2026and ${failed.length - shown.length} more`);
    if (link)
        lines.push(slackLink(link, 'Check the data report for details'));
    return {
        text: titles[report.action] ?? `${report.title}: ${report.status.toUpperCase()}`,
        attachments: [
            {
                color: 'danger',
                title: `${failed.length} failed check(s)`,
                ...(link ? { title_link: link } : {}),
                text: new SlackMarkup(lines.map((l) => l.markup).join('\n')),
                fields: [
                    { title: 'Status', value: report.status.toUpperCase(), short: true },
                    { title: 'Failed checks', value: String(failed.length), short: true },
                ],
            },
        ],
    };
}
/** Sends the failure message; a delivery problem is a warning, never a failed step. */
async function notifyReportFailure(webhook, report, io) {
    const result = await sendSlack(webhook, failureMessage(report, runUrl(io.env)));
    if (result.delivered)
        io.info(`Slack notification sent (${result.attempts} attempt(s)).`);
    else
        io.warning(`Slack notification not delivered after ${result.attempts} attempt(s): ${result.error ?? 'unknown error'}`);
    return result.delivered;
}

;// CONCATENATED MODULE: ./packages/notify/src/index.ts





;// CONCATENATED MODULE: ./packages/rollout/src/rollback/webhook.ts


/**
 * Asks another system to roll back (a deploy service, Argo CD, Spinnaker):
 * POSTs `payload` as JSON. The payload carries an idempotency key (the run
 * id), so a receiver can ignore the same request from a re-run.
 */
async function rollbackWebhook(url, payload, o) {
    let host;
    try {
        host = new URL(url).host;
    }
    catch {
        throw new UserError(`"${url}" is not a URL.`, { where: 'input "webhook-url"' });
    }
    if (o.dryRun)
        return { target: 'webhook', subject: host, result: 'would-roll-back', detail: `would POST the rollback request to ${host}.` };
    const r = await sendWebhook(url, payload, { onRetry: (i) => o.onRetry?.(`rollback webhook: ${i.error}; retry ${i.attempt} in ${(i.delayMs / 1000).toFixed(1)} s`), ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) });
    if (!r.delivered)
        throw new UserError(`the rollback webhook at ${host} was not delivered: ${r.error}.`, { where: 'input "webhook-url"', hint: 'Check the URL and that the receiver is up; the other targets still ran.' });
    return { target: 'webhook', subject: host, result: 'rolled-back', detail: `POSTed the rollback request to ${host} (HTTP ${r.status}).` };
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/service-selector.ts


const target = (o) => ({ resource: 'service', name: o.service, namespace: o.namespace, where: o.where });
/** RFC 6901: `~` and `/` inside a key (`app.kubernetes.io/version`) are escaped in a JSON pointer. */
const pointer = (key) => `/spec/selector/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
/** The value the Service's selector gives `label` now. */
async function service_selector_readSelector(o) {
    return (await readWithValue(o)).value;
}
async function readWithValue(o) {
    const obj = await readObject(target(o));
    const selector = (obj.spec?.selector ?? {});
    const value = selector[o.label];
    if (typeof value !== 'string') {
        const shown = Object.entries(selector).map(([k, v]) => `${k}=${String(v)}`).join(', ') || 'none';
        throw new errors/* UserError */.yo(`Service ${o.service} -n ${o.namespace} has no selector label "${o.label}" to switch (selector: ${shown}).`, {
            where: o.where,
            hint: 'Set selector-label to the key whose value tells the blue and green Deployments apart, e.g. version.',
        });
    }
    return { obj, value };
}
/**
 * Sets the selector's `label` to `to`. `allowed` are the values the Service
 * may hold before (blue's and green's): any other value means someone else
 * changed it, and it is left alone. Without `allowed` any value is replaced.
 */
async function service_selector_setSelector(o, to, allowed) {
    const { obj, value } = await readWithValue(o);
    if (value === to)
        return { before: value, changed: false };
    if (allowed && !allowed.includes(value)) {
        throw new errors/* UserError */.yo(`Service ${o.service} -n ${o.namespace} selects ${o.label}=${value}, which is neither ${allowed.map((a) => `${o.label}=${a}`).join(' nor ')}: it was changed by someone else, so it is left alone.`, {
            where: o.where,
            hint: 'Check which Deployment should serve, and switch the Service by hand if needed.',
        });
    }
    await patchObject(target(o), obj, [
        { op: 'test', path: pointer(o.label), value },
        { op: 'replace', path: pointer(o.label), value: to },
    ]);
    return { before: value, changed: true };
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollback/switch-back.ts

/**
 * A blue-green rollback: the Service's selector back to the deployment that
 * served before the switch (still running while blue-green's scale-down-delay
 * keeps it). Idempotent: a Service already selecting it is left as it is.
 */
async function switchBack(o) {
    const subject = `service/${o.service} -n ${o.namespace}`;
    if (o.dryRun) {
        const now = await readSelector(o);
        return { target: 'blue-green', subject, result: now === o.to ? 'already-done' : 'would-roll-back', detail: now === o.to ? `already selects ${o.label}=${o.to}.` : `would switch ${o.label}=${now} \u2192 ${o.to}.` };
    }
    // Whatever the Service selects now (green, normally) is what is rolled back; the patch still tests the value it read.
    const change = await setSelector(o, o.to);
    if (!change.changed)
        return { target: 'blue-green', subject, result: 'already-done', detail: `already selects ${o.label}=${o.to}; nothing to switch back.` };
    o.log(`  ${o.label}: ${change.before} \u2192 ${o.to}`);
    return { target: 'blue-green', subject, result: 'rolled-back', detail: `switched ${o.label}=${change.before} \u2192 ${o.to}.` };
}

;// CONCATENATED MODULE: ./packages/rollout/src/rollback/index.ts








;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/switch.ts





const other = (c) => (c === 'blue' ? 'green' : 'blue');
const SWITCH_PLACEHOLDERS = ['active', 'previous'];
/** `switch-command`: an argv template that must say which colour to activate. */
function parseSwitchCommand(text, where = 'input "switch-command"') {
    const argv = argv_parseArgvTemplate(text, where, SWITCH_PLACEHOLDERS);
    if (!argv.some((a) => a.includes('{{active}}'))) {
        throw new errors/* UserError */.yo('never mentions {{active}}, so it cannot tell which deployment to switch to.', { where, hint: 'Pass the colour as an argument, e.g. ./scripts/switch.sh {{active}}' });
    }
    return argv;
}
function createSwitch(config, log) {
    switch (config.provider) {
        case 'service-selector': {
            const o = { service: config.service, namespace: config.namespace, label: config.label, where: 'input "active-service"' };
            const colorOf = (value) => (value === config.values.blue ? 'blue' : value === config.values.green ? 'green' : undefined);
            return {
                description: `Service ${config.service} -n ${config.namespace} (selector ${config.label})`,
                preflight: async () => {
                    const value = await service_selector_readSelector(o);
                    const color = colorOf(value);
                    if (!color) {
                        throw new errors/* UserError */.yo(`Service ${config.service} -n ${config.namespace} selects ${config.label}=${value}, which is neither blue (${config.values.blue}) nor green (${config.values.green}).`, {
                            where: o.where,
                            hint: 'Set blue to the value the Service selects now and green to the new Deployment\'s value.',
                        });
                    }
                    return color;
                },
                switchTo: async (color) => {
                    const change = await service_selector_setSelector(o, config.values[color], [config.values.blue, config.values.green]);
                    log(change.changed ? `  ${config.label}: ${change.before} \u2192 ${config.values[color]}` : `  ${config.label} is already ${config.values[color]}; nothing patched.`);
                },
            };
        }
        case 'weights': {
            const router = traffic_createRouter(config.traffic, log);
            return {
                description: router.description,
                preflight: async () => {
                    await router.preflight();
                    return undefined;
                },
                switchTo: (color) => router.setCanaryWeight(color === 'green' ? 100 : 0),
            };
        }
        case 'command':
            return {
                description: `the command \`${config.argv.join(' ')}\``,
                preflight: async () => undefined,
                switchTo: async (color) => {
                    const argv = argv_fillArgv(config.argv, { active: config.values[color], previous: config.values[other(color)] });
                    await exec_run(argv, { where: 'input "switch-command"', log: (line) => log(`  ${line}`) });
                },
            };
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/checks.ts

/**
 * Polls `url` (GET) about once a second until it answers 2xx or `timeoutSeconds`
 * have passed; a green that is still starting gets that long to come up.
 */
async function waitHealthy(url, timeoutSeconds, o = {}) {
    const now = o.now ?? (() => Date.now() / 1000);
    const deadline = now() + timeoutSeconds;
    let attempts = 0;
    let last = '';
    for (;;) {
        attempts++;
        const left = Math.max(0.1, deadline - now());
        try {
            const r = await fetch(url, { signal: AbortSignal.any([AbortSignal.timeout(Math.ceil(left * 1000)), ...(o.signal ? [o.signal] : [])]) });
            await r.arrayBuffer();
            if (r.ok)
                return { passed: true, detail: `${url} answered HTTP ${r.status}${attempts > 1 ? ` on attempt ${attempts}` : ''}` };
            last = `HTTP ${r.status}`;
        }
        catch (e) {
            if (o.signal?.aborted)
                throw e;
            last = causeOf(e);
        }
        if (now() >= deadline)
            return { passed: false, detail: `${url} did not answer 2xx within ${timeoutSeconds} s (${attempts} attempt${attempts === 1 ? '' : 's'}; last: ${last})` };
        await sleep(Math.min(1000, Math.max(0, (deadline - now()) * 1000)), o.signal);
    }
}
/** `count` requests one after another; every one must answer `expectedStatus` within the timeout. */
async function smokeRequests(o) {
    const failures = [];
    let ok = 0;
    for (let n = 1; n <= o.count; n++) {
        try {
            const r = await fetch(o.url, {
                method: o.body === undefined ? 'GET' : 'POST',
                ...(o.body === undefined ? {} : { body: o.body, headers: { 'content-type': 'application/json' } }),
                signal: AbortSignal.any([AbortSignal.timeout(o.timeoutSeconds * 1000), ...(o.signal ? [o.signal] : [])]),
            });
            await r.arrayBuffer();
            if (r.status === o.expectedStatus)
                ok++;
            else
                failures.push(`#${n}: HTTP ${r.status}`);
        }
        catch (e) {
            if (o.signal?.aborted)
                throw e;
            failures.push(`#${n}: ${e.name === 'TimeoutError' ? `timed out after ${o.timeoutSeconds} s` : causeOf(e)}`);
        }
    }
    const passed = failures.length === 0;
    const shown = failures.slice(0, 3).join(', ') + (failures.length > 3 ? `, \u2026 ${failures.length - 3} more` : '');
    return {
        passed,
        sent: o.count,
        ok,
        failures,
        detail: passed ? `${ok} of ${o.count} requests to ${o.url} answered HTTP ${o.expectedStatus}` : `${failures.length} of ${o.count} requests to ${o.url} did not answer HTTP ${o.expectedStatus} in time: ${shown}`,
    };
}
/** fetch hides the reason (ECONNREFUSED, a TLS error) in `cause`. */
function causeOf(e) {
    const cause = e.cause;
    if (e.name === 'TimeoutError')
        return 'timed out';
    return cause?.code ?? cause?.message ?? (0,errors/* describeError */.Uc)(e);
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/run.ts






async function runBlueGreen(o) {
    const { plan, sw, log } = o;
    const clock = o.clock ?? engine_realClock;
    const checks = [
        { id: 'health', passed: null, detail: o.health ? 'not reached' : 'not configured (green-health-url)' },
        { id: 'smoke', passed: null, detail: o.smoke ? 'not reached' : 'not configured (smoke-url)' },
        { id: 'preview', passed: null, detail: o.preview ? 'not reached' : 'not configured (preview-metrics)' },
    ];
    const analysis = { step: 1, weight: 100, status: 'not reached', intervals: [] };
    const failedMetrics = new Set();
    let preview;
    const result = (verdict, reason, scaleDown = null) => {
        const switched = verdict !== 'not-switched';
        return { verdict, reason, active: verdict === 'switched' ? 'green' : 'blue', previous: switched ? (verdict === 'switched' ? 'blue' : 'green') : null, checks, preview, analysis, failedMetrics: [...failedMetrics], scaleDown };
    };
    const check = (id) => checks.find((c) => c.id === id);
    const cancelled = () => `cancelled (${(0,errors/* describeError */.Uc)(o.signal?.reason)})`;
    if (o.deploy) {
        log(`Deploying green: ${JSON.stringify(o.deploy)}`);
        await exec_run(o.deploy, { where: 'input "deploy-command"', log: (line) => log(`  ${line}`) });
    }
    let source;
    try {
        // Pre-switch: every check runs against green alone; users stay on blue whatever happens here.
        try {
            if (o.health) {
                const h = await waitHealthy(o.health.url, o.health.timeoutSeconds, { signal: o.signal });
                Object.assign(check('health'), h);
                log(`Green health: ${h.passed ? 'pass' : 'FAIL'} \u2014 ${h.detail}.`);
                if (!h.passed)
                    return notSwitched(`green failed its health check: ${h.detail}.`);
            }
            source = await o.openSource();
            const previewStart = clock.now();
            if (o.smoke) {
                const s = await smokeRequests({ ...o.smoke, signal: o.signal });
                Object.assign(check('smoke'), { passed: s.passed, detail: s.detail });
                log(`Smoke requests: ${s.passed ? 'pass' : 'FAIL'} \u2014 ${s.detail}.`);
                if (!s.passed)
                    return notSwitched(`green failed its smoke requests: ${s.detail}.`);
            }
            if (o.preview) {
                const wait = previewStart + o.preview.seconds - clock.now();
                if (wait > 0)
                    await clock.sleep(wait * 1000, o.signal);
                preview = await checkHealth(source, 'canary', { start: previewStart - o.preview.lead, end: clock.now() }, o.preview.conditions, plan.minRequests);
                const healthy = preview.health === 'healthy';
                const values = preview.conditions.map((c) => `${c.id} ${c.value === null ? 'no data' : Number(c.value.toPrecision(4))}`).join(', ');
                Object.assign(check('preview'), { passed: healthy, detail: `${preview.health} on green's preview traffic (${preview.requests?.requests ?? 'no'} requests; ${values})${preview.reasons.length ? `: ${preview.reasons.join('; ')}` : ''}` });
                log(`Preview metrics: ${healthy ? 'pass' : 'FAIL'} \u2014 ${check('preview').detail}.`);
                // Inconclusive is never a pass: green does not get users on missing data.
                if (!healthy)
                    return notSwitched(`green's preview metrics are ${preview.health}: ${preview.reasons.join('; ')}.`);
            }
        }
        catch (e) {
            if (o.signal?.aborted)
                return notSwitched(`${cancelled()} before the switch.`);
            throw e;
        }
        o.beforeSwitch();
        log(`Switching users to green (${o.values.green}) on ${sw.description}.`);
        await sw.switchTo('green');
        const switchBack = async (reason) => {
            log(`Switching back: ${reason} Users go back to blue (${o.values.blue}) on ${sw.description}.`);
            await sw.switchTo('blue');
            o.settled();
            return result('switched-back', reason);
        };
        const budget = { failedIntervals: 0, anyFail: false };
        try {
            const passed = await judgeStep({
                plan,
                source,
                log,
                clock,
                signal: o.signal,
                step: analysis,
                stepCount: 1,
                budget,
                failedMetrics,
                head: (r, planned) => `[green \u00b7 interval ${r.interval}/${planned}]`,
            });
            if (!passed)
                return await switchBack(`${budget.anyFail ? 'green failed its analysis' : 'green could not be judged'}: ${budgetSpent(budget.failedIntervals, plan.maxFailedIntervals)}`);
        }
        catch (e) {
            if (o.signal?.aborted)
                return await switchBack(`analysis ${cancelled()}.`);
            throw e;
        }
        o.settled();
        log(`Green passed ${plan.intervalsPerStep} interval(s) of ${plan.interval} s and stays active; blue (${o.values.blue}) is the previous deployment.`);
        return result('switched', `green passed its checks and ${plan.intervalsPerStep} analysis interval(s) after the switch.`, await scaleDownBlue(o, clock));
    }
    finally {
        await source?.close();
    }
    function notSwitched(reason) {
        log(`Not switched: ${reason} Users stay on blue (${o.values.blue}).`);
        return result('not-switched', reason);
    }
}
/** Blue is kept for the delay (a switch back stays instant), then scaled down by the command. */
async function scaleDownBlue(o, clock) {
    const done = (detail, failed = false) => ({ detail, failed });
    if (!o.scaleDown.argv)
        return done(`blue (${o.values.blue}) keeps running: no scale-down-command.`);
    if (o.scaleDown.delaySeconds > 0) {
        o.log(`Keeping blue for scale-down-delay ${o.scaleDown.delaySeconds} s.`);
        try {
            await clock.sleep(o.scaleDown.delaySeconds * 1000, o.signal);
        }
        catch (e) {
            if (o.signal?.aborted)
                return done(`blue (${o.values.blue}) keeps running: the job was cancelled during scale-down-delay.`);
            throw e;
        }
    }
    const argv = argv_fillArgv(o.scaleDown.argv, { active: o.values.green, previous: o.values.blue });
    o.log(`Scaling blue down: ${JSON.stringify(argv)}`);
    try {
        await exec_run(argv, { where: 'input "scale-down-command"', log: (line) => o.log(`  ${line}`) });
    }
    catch (e) {
        // Green is live and judged healthy: a failed scale-down leaves blue running, which the report says; it undoes nothing.
        if (!(0,errors/* isUserError */.iU)(e))
            throw e;
        return done(`blue (${o.values.blue}) keeps running: ${(0,errors/* describeError */.Uc)(e)}`, true);
    }
    return done(`blue (${o.values.blue}) scaled down after ${o.scaleDown.delaySeconds} s by ${JSON.stringify(argv)}.`);
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/report.ts


/**
 * The blue-green Report: the verdict, green's pre-switch checks, the switch,
 * one check per metric judged after the switch (canary-check's metric checks,
 * green vs blue), and the analysis intervals.
 */
const TITLES = { health: 'Green health endpoint', smoke: 'Smoke requests to green', preview: "Green's preview metrics" };
function buildBlueGreenReport(plan, r, o) {
    const intervals = r.analysis.intervals;
    const word = { switched: 'green is live', 'switched-back': 'switched back to blue', 'not-switched': 'not switched (blue stays live)' }[r.verdict];
    const checks = [
        { id: 'verdict', title: 'Blue-green verdict', status: r.verdict === 'switched' ? 'pass' : 'fail', observed: r.verdict, expected: 'switched', detail: r.reason },
        ...r.checks.map((c) => ({
            id: `pre-switch.${c.id}`,
            title: TITLES[c.id],
            status: c.passed === null ? 'skip' : c.passed ? 'pass' : 'fail',
            detail: c.detail,
        })),
        {
            id: 'active',
            title: 'Serving users',
            status: r.active === 'green' ? 'pass' : 'fail',
            observed: `${r.active} (${o.values[r.active]})`,
            expected: `green (${o.values.green})`,
            detail: r.previous === null ? `users never left blue on ${o.switchDescription}` : `switched ${r.previous} \u2192 ${r.active} on ${o.switchDescription}`,
        },
        ...(r.analysis.status === 'not reached' ? [] : plan.metrics.map((m) => report_metricCheck(plan, m, intervals))),
    ];
    const inconclusive = intervals.filter((i) => i.verdict === 'inconclusive');
    if (intervals.length) {
        checks.push({
            id: 'data',
            title: 'Enough data to judge',
            status: inconclusive.length === intervals.length ? 'fail' : inconclusive.length ? 'warn' : 'pass',
            observed: `${intervals.length - inconclusive.length} of ${intervals.length} intervals`,
            expected: `\u2265 ${plan.minRequests} green requests per interval`,
            detail: inconclusive.length ? `inconclusive: ${[...new Set(inconclusive.map((i) => i.reason ?? i.metrics.flatMap((m) => m.reasons).join('; ')))].join(' | ')}` : undefined,
        });
    }
    if (r.scaleDown)
        checks.push({ id: 'scale-down', title: 'Blue scaled down', status: r.scaleDown.failed ? 'fail' : 'pass', severity: r.scaleDown.failed ? 'warning' : undefined, detail: r.scaleDown.detail });
    const previewTable = r.preview
        ? [
            {
                title: "Green's preview traffic (before the switch)",
                columns: ['Metric', 'Green', 'Threshold', 'Result'],
                rows: r.preview.conditions.map((c) => [c.id, c.value, threshold_formatThreshold(c.threshold), c.passed === null ? 'no data' : c.passed ? 'pass' : 'fail']),
            },
        ]
        : [];
    return (0,report/* createReport */.LU)({
        action: 'blue-green',
        title: 'Blue-green deployment',
        summary: `Verdict: **${word}** \u2014 ${r.reason} Switch: ${o.switchDescription}; blue = ${o.values.blue}, green = ${o.values.green}; analysis ${plan.intervalsPerStep} interval(s) of ${plan.interval} s after the switch, min-requests ${plan.minRequests}, max-failed-intervals ${plan.maxFailedIntervals}.${r.scaleDown ? ` ${r.scaleDown.detail}` : ''}`,
        checks,
        tables: [...previewTable, ...(intervals.length ? [report_metricsTable(plan, intervals), report_intervalsTable(plan, intervals)] : [])],
        charts: intervalCharts(plan, intervals),
        data: { verdict: r.verdict, reason: r.reason, active: r.active, previous: r.previous, checks: r.checks, failedMetrics: r.failedMetrics, scaleDown: r.scaleDown, intervals },
    });
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/source-inputs.ts


/**
 * Where blue-green reads metrics: canary-check's source inputs with the
 * tracks named for the two deployments (green-metrics-url, blue-metrics-url;
 * the track label's values are the blue and green inputs). Green is read as
 * the canary track and blue as the stable one, so one analysis engine judges both.
 */
const { 'canary-track': _canaryTrack, 'stable-track': _stableTrack, 'canary-metrics-url': _canaryUrl, 'stable-metrics-url': _stableUrl, ...shared } = metricSourceInputs;
const blueGreenSourceInputs = {
    ...shared,
    // Pods of the seed's Deployments carry version: blue / version: green, and so do their series.
    'track-label': schemas/* string */.YjP().default('version'),
    'green-metrics-url': schemas/* string */.YjP().optional(),
    'blue-metrics-url': schemas/* string */.YjP().optional(),
};
const BLUE_GREEN_TRACKS = { canary: 'green', stable: 'blue' };
function toMetricSourceInputs(i) {
    const { 'green-metrics-url': greenUrl, 'blue-metrics-url': blueUrl, blue, green, ...rest } = i;
    return { ...rest, 'canary-track': green, 'stable-track': blue, 'canary-metrics-url': greenUrl, 'stable-metrics-url': blueUrl };
}
/**
 * A scrape source given green's /metrics page only: blue has no data (it
 * serves nobody after the switch anyway), so green is judged on its
 * thresholds alone instead of the engine asking for a page nobody named.
 */
function withoutBlue(source) {
    return {
        requests: (track, window) => (track === 'stable' ? Promise.resolve(null) : source.requests(track, window)),
        read: (metric, track, window) => (track === 'stable' ? Promise.resolve({ value: null }) : source.read(metric, track, window)),
        histogram: (metric, track, window) => (track === 'stable' ? Promise.resolve(null) : source.histogram(metric, track, window)),
        close: () => source.close(),
    };
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/index.ts







;// CONCATENATED MODULE: ./packages/rollout/src/index.ts




















;// CONCATENATED MODULE: ./actions/blue-green/src/action.ts



/** GITHUB_STATE keys the post: step reads (see post.ts). */
const STATE_SWITCH = 'blue-green-switch';
const STATE_SETTLED = 'blue-green-settled';
const action_inputs = schemas/* object */.Ikc({
    'deploy-command': schemas/* string */.YjP().optional(),
    blue: schemas/* string */.YjP().default('blue'),
    green: schemas/* string */.YjP().default('green'),
    'green-health-url': schemas/* string */.YjP().optional(),
    'health-timeout': durationInput().default(60),
    'smoke-url': schemas/* string */.YjP().optional(),
    'smoke-requests': (0,inputs/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(1).max(1000)).default(10),
    'smoke-timeout': durationInput().default(5),
    'smoke-status': (0,inputs/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(100).max(599)).default(200),
    'smoke-body': schemas/* string */.YjP().optional(),
    'preview-metrics': schemas/* string */.YjP().optional(),
    'preview-duration': durationInput().default(60),
    switch: schemas/* enum */.k5n(['service-selector', 'istio', 'gateway-api', 'command']).default('service-selector'),
    'active-service': schemas/* string */.YjP().optional(),
    'selector-label': schemas/* string */.YjP().default('version'),
    'virtual-service': schemas/* string */.YjP().optional(),
    'green-subset': schemas/* string */.YjP().default('green'),
    'blue-subset': schemas/* string */.YjP().default('blue'),
    'http-route': schemas/* string */.YjP().optional(),
    'green-backend': schemas/* string */.YjP().optional(),
    'blue-backend': schemas/* string */.YjP().optional(),
    'switch-command': schemas/* string */.YjP().optional(),
    ...blueGreenSourceInputs,
    metrics: schemas/* string */.YjP().default('error-rate < 0.01, p95-latency < 0.5'),
    'max-increase': schemas/* string */.YjP().default('20%'),
    duration: durationInput().default(300),
    interval: durationInput().default(60),
    'min-requests': (0,inputs/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0)).default(20),
    'max-failed-intervals': (0,inputs/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0)).default(2),
    significance: (0,inputs/* numberInput */.QR)().default(0.05),
    'scale-down-delay': durationInput().default(30),
    'scale-down-command': schemas/* string */.YjP().optional(),
    'fail-on': (0,inputs/* failOnInput */.cR)(),
    'report-path': schemas/* string */.YjP().default('mlship-reports/blue-green'),
});
function need(i, name, hint) {
    const v = i[name];
    if (!v)
        throw new errors/* UserError */.yo(`input "${name}" is required with switch: ${i.switch}.`, { hint });
    return v;
}
function switchConfig(i) {
    const values = { blue: i.blue, green: i.green };
    switch (i.switch) {
        case 'service-selector':
            return {
                provider: 'service-selector',
                service: need(i, 'active-service', 'Name the Service users reach, whose selector picks blue or green, e.g. ml-model.'),
                namespace: need(i, 'namespace', 'The namespace of the Service, e.g. production.'),
                label: i['selector-label'],
                values,
            };
        case 'istio':
            return {
                provider: 'weights',
                traffic: {
                    provider: 'istio',
                    virtualService: need(i, 'virtual-service', 'Name the VirtualService whose route splits the blue and green subsets, e.g. ml-model.'),
                    namespace: need(i, 'namespace', 'The namespace of the VirtualService, e.g. production.'),
                    canarySubset: i['green-subset'],
                    stableSubset: i['blue-subset'],
                    subsetInputs: 'blue-subset/green-subset',
                },
            };
        case 'gateway-api':
            return {
                provider: 'weights',
                traffic: {
                    provider: 'gateway-api',
                    httpRoute: need(i, 'http-route', 'Name the HTTPRoute whose backendRefs send to the blue and green Services.'),
                    namespace: need(i, 'namespace', 'The namespace of the HTTPRoute, e.g. production.'),
                    canaryBackend: need(i, 'green-backend', "The green Service's name in backendRefs."),
                    stableBackend: need(i, 'blue-backend', "The blue Service's name in backendRefs."),
                    backendInputs: 'blue-backend/green-backend',
                },
            };
        case 'command':
            return { provider: 'command', argv: parseSwitchCommand(need(i, 'switch-command', 'e.g. ./scripts/switch.sh {{active}}')), values };
    }
}
function createBlueGreen(options = {}) {
    return (0,action.defineAction)({
        name: 'blue-green',
        inputs: action_inputs,
        secrets: [...metricSourceSecrets],
        async run(i, io) {
            // Its query maps, metric lists and command lists may be YAML.
            await loadYamlParser();
            // Everything a typo could break is checked before green is deployed or any user moves.
            if (i.blue === i.green)
                throw new errors/* UserError */.yo(`blue and green are both "${i.blue}".`, { where: 'input "green"', hint: "Give green the new Deployment's value of selector-label, e.g. green." });
            if (!i['green-health-url'] && !i['smoke-url'] && !i['preview-metrics']) {
                throw new errors/* UserError */.yo('green would get users without any check.', { where: 'input "green-health-url"', hint: "Set green-health-url (e.g. green's /healthz through its preview Service), smoke-url or preview-metrics." });
            }
            const sourceInputs = toMetricSourceInputs(i);
            const queries = parseQueries(sourceInputs);
            const plan = plan_buildJudgingPlan({
                metrics: i.metrics,
                comparison: 'absolute',
                maxIncrease: i['max-increase'],
                stepDuration: i.duration,
                interval: i.interval,
                minRequests: i['min-requests'],
                maxFailedIntervals: i['max-failed-intervals'],
                significance: i.significance,
                resolve: (name, where) => metricKind(name, sourceInputs, queries, where),
                names: { canary: 'green', stable: 'blue' },
            });
            if (plan.interval < 2 * i['scrape-interval']) {
                throw new errors/* UserError */.yo(`interval (${plan.interval} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "interval"', hint: 'Lengthen interval or shorten scrape-interval, so each interval sees at least two readings.' });
            }
            const preview = i['preview-metrics']
                ? { conditions: parseHealthConditions(i['preview-metrics'], sourceInputs, { action: 'blue-green', input: 'preview-metrics', example: '"error-rate < 0.01, p95-latency < 0.5"' }), seconds: i['preview-duration'], lead: i['scrape-interval'] }
                : undefined;
            if (preview && preview.seconds < 2 * i['scrape-interval']) {
                throw new errors/* UserError */.yo(`preview-duration (${preview.seconds} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "preview-duration"', hint: "Lengthen it: green's preview traffic is judged over this long." });
            }
            for (const name of ['health-timeout', 'smoke-timeout'])
                if (!(i[name] > 0))
                    throw new errors/* UserError */.yo('must be more than 0 seconds.', { where: `input "${name}"` });
            const smokeBody = i['smoke-body'];
            if (smokeBody !== undefined) {
                try {
                    JSON.parse(smokeBody);
                }
                catch (e) {
                    throw new errors/* UserError */.yo(`is not JSON: ${e.message}.`, { where: 'input "smoke-body"', hint: 'Give the request body the model expects, e.g. {"features": [1, 2, 3]}.' });
                }
            }
            for (const name of ['green-health-url', 'smoke-url', 'green-metrics-url', 'blue-metrics-url'])
                checkUrl(name, i[name]);
            const deploy = i['deploy-command'] ? argv_parseArgvTemplate(i['deploy-command'], 'input "deploy-command"', []) : undefined;
            const scaleDown = i['scale-down-command'] ? argv_parseArgvTemplate(i['scale-down-command'], 'input "scale-down-command"', SWITCH_PLACEHOLDERS) : undefined;
            const config = switchConfig(i);
            const sw = createSwitch(config, (l) => io.info(l));
            const active = await sw.preflight();
            if (active === 'green') {
                throw new errors/* UserError */.yo(`green (${i['selector-label']}=${i.green}) already serves users on ${sw.description}: there is nothing to switch.`, { where: 'input "green"', hint: 'Give blue the value that serves users now and green the new Deployment\'s value.' });
            }
            const values = { blue: i.blue, green: i.green };
            io.info(`Blue-green: blue (${i.blue}) serves users; green (${i.green}) is checked (${[i['green-health-url'] && 'health', i['smoke-url'] && `${i['smoke-requests']} smoke requests`, preview && 'preview metrics'].filter(Boolean).join(', ')}), then switched on ${sw.description} and judged for ${plan.intervalsPerStep} \u00d7 ${plan.interval} s on ${plan.metrics.map((m) => m.threshold?.source ?? m.name).join(', ')}.`);
            const result = await runBlueGreen({
                plan,
                openSource: async () => {
                    const tracks = i['blue-metrics-url'] || i.source === 'prometheus' ? ['canary', 'stable'] : ['canary'];
                    const source = await createMetricSource(sourceInputs, io, { tracks: [...tracks], trackNames: BLUE_GREEN_TRACKS });
                    try {
                        await preflight_tracks_preflightMetricSource(source, tracks.map((track) => ({ track, name: BLUE_GREEN_TRACKS[track], urlInput: `${BLUE_GREEN_TRACKS[track]}-metrics-url`, url: i[`${BLUE_GREEN_TRACKS[track]}-metrics-url`] })), [...plan.metrics.map((m) => m.kind), ...(preview?.conditions.map((c) => c.metric) ?? [])], { interval: plan.interval, histograms: true });
                    }
                    catch (e) {
                        await source.close();
                        throw e;
                    }
                    return tracks.length === 2 ? source : withoutBlue(source);
                },
                sw,
                values,
                deploy,
                health: i['green-health-url'] ? { url: i['green-health-url'], timeoutSeconds: i['health-timeout'] } : undefined,
                smoke: i['smoke-url'] ? { url: i['smoke-url'], count: i['smoke-requests'], timeoutSeconds: i['smoke-timeout'], expectedStatus: i['smoke-status'], body: smokeBody } : undefined,
                preview,
                scaleDown: { delaySeconds: i['scale-down-delay'], argv: scaleDown },
                log: (l) => io.info(l),
                signal: options.signal,
                // Saved before users move: a cancelled job's post: step switches them back to blue.
                beforeSwitch: () => io.saveState(STATE_SWITCH, JSON.stringify(config)),
                settled: () => io.saveState(STATE_SETTLED, 'true'),
            });
            return {
                report: buildBlueGreenReport(plan, result, { values, switchDescription: sw.description }),
                outputs: { active: values[result.active], previous: result.previous === null ? '' : values[result.previous], verdict: result.verdict },
            };
        },
    });
}
const URL_EXAMPLES = {
    'green-health-url': "green's health endpoint through its preview Service, e.g. http://ml-model-preview.production/healthz",
    'smoke-url': "green's prediction endpoint through its preview Service, e.g. http://ml-model-preview.production/predict",
    'green-metrics-url': "green's /metrics page, e.g. http://ml-model-green.production:8000/metrics",
    'blue-metrics-url': "blue's /metrics page, e.g. http://ml-model-blue.production:8000/metrics",
};
function checkUrl(name, url) {
    if (!url)
        return;
    let ok = false;
    try {
        ok = ['http:', 'https:'].includes(new URL(url).protocol);
    }
    catch {
        ok = false;
    }
    if (!ok)
        throw new errors/* UserError */.yo(`"${url}" is not an http(s) URL.`, { where: `input "${name}"`, hint: `Give ${URL_EXAMPLES[name]}.` });
}
const blueGreen = createBlueGreen();


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
/* harmony export */   QR: () => (/* binding */ numberInput),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   cR: () => (/* binding */ failOnInput)
/* harmony export */ });
/* unused harmony exports booleanInput, describeInputs */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
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
const numberInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((v, ctx) => {
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `expected a number, got "${v}"` });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
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
