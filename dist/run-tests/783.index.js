export const id = 783;
export const ids = [783,171,448];
export const modules = {

/***/ 2783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTests: () => (/* binding */ runTests)
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
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
// EXTERNAL MODULE: ./packages/core/src/summary.ts + 1 modules
var summary = __webpack_require__(2958);
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

;// CONCATENATED MODULE: ./packages/core/src/workspace-path.ts



/** Whether `p` is `dir` or lies below it (both absolute). */
const isInside = (dir, p) => {
    const r = path.relative(dir, p);
    return r === '' || (r !== '..' && !r.startsWith(`..${path.sep}`) && !path.isAbsolute(r));
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
function workspace_path_refuseLinkOutOfWorkspace(named, where, show = (p) => p) {
    const workspace = process.env.GITHUB_WORKSPACE;
    if (!workspace)
        return;
    const ws = path.resolve(workspace);
    let wsReal = ws;
    try {
        wsReal = fs.realpathSync(ws);
    }
    catch {
        // A workspace that does not exist holds nothing to compare with; the lexical path stands in.
    }
    const from = isInside(ws, named) ? ws : isInside(wsReal, named) ? wsReal : undefined;
    if (from === undefined || isInside(wsReal, fs.realpathSync(named)))
        return;
    // The first component whose real path leaves the workspace is a link: its parent's real path is inside.
    const segments = path.relative(from, named).split(path.sep);
    for (let i = 1; i <= segments.length; i++) {
        const prefix = path.join(from, ...segments.slice(0, i));
        if (isInside(wsReal, fs.realpathSync(prefix)))
            continue;
        throw new UserError(`${show(prefix)} is a link to ${fs.readlinkSync(prefix)}, outside the workspace ${ws}`, {
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
const yaml_parser_yamlParser = yaml.get;

;// CONCATENATED MODULE: ./packages/core/src/config-file.ts







/** `value` is a path to YAML/JSON, or inline YAML when no such file exists and it looks like YAML. */
function readConfigDocument(value, cwd, what) {
    const file = path.resolve(cwd, value);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) {
        refuseLinkOutOfWorkspace(file, `${what} ${value}`, (p) => path.relative(cwd, p) || p);
        return parseConfigDocument(fs.readFileSync(file, 'utf8'), path.relative(cwd, file) || value);
    }
    if (/[\n:{]/.test(value))
        return parseConfigDocument(value, 'inline config');
    throw new UserError(`${what} file "${value}" not found`, { hint: 'Pass a path to a YAML/JSON file (relative to the workspace), or inline YAML.' });
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
        throw new UserError(`invalid YAML: ${message} (column ${e.linePos?.[0]?.col ?? '?'})`, { where: line ? `${source}:${line}` : source, hint: 'Fix the syntax (indentation, quotes, colons).' });
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
        throw new errors/* UserError */.yo(`input "${input}" is "${text}", not a duration`, { hint: 'Write seconds (5400) or with a unit: 90m, 2h, 1h30m.' });
    }
    const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]], 0);
    if (seconds <= 0)
        throw new errors/* UserError */.yo(`input "${input}" must be longer than 0 seconds`, { hint: 'Leave it unset for no timeout.' });
    return seconds;
}

;// CONCATENATED MODULE: ./packages/core/src/process-group.ts
/**
 * A command started with `spawn(\u2026, { detached: true })` leads a process group
 * of its own; these helpers signal the whole group, so a timeout or a cancelled
 * job stops `bash` and every child it started (python, pytest workers), not
 * just the shell.
 */
function signalGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // the group is already gone
    }
}
/**
 * After `timeoutSeconds`, SIGTERM to the group, then SIGKILL `graceSeconds`
 * later for whatever ignored it (a trainer saving a checkpoint gets the grace).
 */
function killGroupAfter(pid, o) {
    let timedOut = false;
    let termination;
    const timer = o.timeoutSeconds
        ? setTimeout(() => {
            timedOut = true;
            o.onTimeout?.();
            termination = terminateGroup(pid, o.graceSeconds);
        }, o.timeoutSeconds * 1000)
        : undefined;
    return {
        get timedOut() {
            return timedOut;
        },
        clear() {
            clearTimeout(timer);
            termination?.clear();
        },
    };
}
/**
 * Ends the group now, the way a timeout does: SIGTERM, then SIGKILL
 * `graceSeconds` later (for an early stop the action decides on, e.g. a NaN loss).
 */
function terminateGroup(pid, graceSeconds) {
    signalGroup(pid, 'SIGTERM');
    const killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceSeconds * 1000);
    return { clear: () => clearTimeout(killTimer) };
}
/**
 * A cancelled job sends the action SIGINT, then SIGTERM 7.5 s later (SIGKILL
 * 2.5 s after that): pass them on to the group so the command is not orphaned.
 * Call it before spawning and `attach` the pid after: a loaded runner can run
 * the child's first lines before `spawn` returns, and a signal in that gap
 * would otherwise kill the action by Node's default and orphan the command.
 * Once cancelled, `stop()` keeps absorbing those signals instead of restoring
 * Node's default (exit by signal): the runner's SIGTERM often lands after the
 * command has ended, while the action writes the report that `if: failure()`
 * steps read, and must not cut it short. The runner's SIGKILL stays the backstop.
 */
function forwardCancellation() {
    let received;
    let group;
    let stopped = false;
    const forward = (signal) => () => {
        received = signal;
        if (!stopped)
            signalGroup(group, signal);
    };
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    return {
        get cancelled() {
            return received !== undefined;
        },
        attach(pid) {
            group = pid;
            if (received && !stopped)
                signalGroup(group, received);
        },
        stop() {
            stopped = true;
            if (received)
                return;
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
        },
    };
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts





















// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./actions/run-tests/src/attempt.ts


/** The argv GitHub uses for a `run:` step with this shell (its {0} is a script file; here the script is inline). */
function shellArgv(shell, command) {
    return shell === 'bash' ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', command] : ['sh', '-e', '-c', command];
}
/** Seconds between SIGTERM and SIGKILL when an attempt runs past its timeout. */
const KILL_GRACE_SECONDS = 10;
/**
 * One run of the command in a process group of its own, its output going
 * straight to the step log (inherited stdout/stderr, so it streams live and
 * nothing is buffered here). When it ends, whatever it left running in its
 * group (a test server started with &) is stopped, so a retry starts clean.
 */
async function runAttempt(o) {
    const [bin, ...args] = shellArgv(o.shell, o.command);
    const started = Date.now();
    const cancellation = forwardCancellation();
    const child = (0,external_node_child_process_.spawn)(bin, args, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    cancellation.attach(child.pid);
    const deadline = killGroupAfter(child.pid, { timeoutSeconds: o.timeoutSeconds, graceSeconds: KILL_GRACE_SECONDS, onTimeout: o.onTimeout });
    const ended = await new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, signal: null, error }));
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    deadline.clear();
    cancellation.stop();
    signalGroup(child.pid, deadline.timedOut ? 'SIGKILL' : 'SIGTERM');
    return {
        exitCode: ended.code,
        signal: ended.signal,
        timedOut: deadline.timedOut,
        cancelled: cancellation.cancelled,
        durationSeconds: (Date.now() - started) / 1000,
        spawnError: ended.error ? (ended.error.code === 'ENOENT' ? `${bin} was not found on PATH` : `${bin} could not be started: ${ended.error.message}`) : undefined,
    };
}

;// CONCATENATED MODULE: ./actions/run-tests/src/history.ts
/**
 * Each test's fate across attempts, from the JUnit results of every attempt
 * (1-based, in order; undefined for an attempt without results, e.g. timed out).
 * A test's final state is its state in the last attempt that ran it, so a
 * retry that reruns only the failures (pytest --lf) still counts the others as passed.
 * Flaky: failed (or errored) on some attempt, passed on a later one.
 */
function classifyTests(attempts) {
    const byId = new Map();
    attempts.forEach((tests, i) => {
        if (!tests)
            return;
        // One attempt may report a test twice (several files, a parametrised name): worst result wins.
        const worst = new Map();
        for (const t of tests) {
            const seen = worst.get(t.id);
            if (!seen || rank[t.status] > rank[seen.status])
                worst.set(t.id, t);
        }
        for (const t of worst.values()) {
            const entry = byId.get(t.id) ?? { failedOn: [], last: t };
            if (t.status === 'failed' || t.status === 'error') {
                entry.failedOn.push(i + 1);
                entry.passedOn = undefined;
            }
            else if (t.status === 'passed' && entry.passedOn === undefined)
                entry.passedOn = i + 1;
            entry.last = t;
            byId.set(t.id, entry);
        }
    });
    const flaky = [];
    const failing = [];
    for (const [id, e] of byId) {
        const finalFailed = e.last.status === 'failed' || e.last.status === 'error';
        if (finalFailed)
            failing.push({ id, failedOn: e.failedOn, message: e.last.message });
        else if (e.failedOn.length && e.last.status === 'passed' && e.passedOn !== undefined)
            flaky.push({ id, failedOn: e.failedOn, passedOn: e.passedOn });
    }
    return { flaky, failing, total: byId.size };
}
const rank = { skipped: 0, passed: 1, failed: 2, error: 3 };

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
;// CONCATENATED MODULE: ./actions/run-tests/src/junit.ts


const parser = new XMLParser/* default */.A({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    alwaysCreateTextNode: true,
    isArray: (name) => ['testsuite', 'testcase', 'failure', 'error', 'skipped'].includes(name),
});
const attr = (n, name) => {
    const v = n[`@_${name}`];
    return v === undefined ? undefined : String(v);
};
const children = (n, name) => (Array.isArray(n[name]) ? n[name] : []);
function firstLine(n) {
    const text = attr(n, 'message') || n['#text'] || attr(n, 'type') || '';
    const line = text.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0);
    return line === undefined ? undefined : line.length > 200 ? `${line.slice(0, 197)}\u2026` : line;
}
/**
 * Test cases of one JUnit XML file as pytest, jest-junit, Maven Surefire and
 * go-junit-report write it: <testsuites> of <testsuite> (nested suites too),
 * or a bare <testsuite> root; a <testcase> is failed/error/skipped by its
 * child element, passed without one. `file` names the file in messages.
 */
function parseJUnit(xml, file) {
    const valid = fxp/* XMLValidator */.iI.validate(xml);
    if (valid !== true) {
        throw new errors/* UserError */.yo(`is not well-formed XML: ${valid.err.msg}`, { where: `${file}:${valid.err.line}`, hint: 'The test run may have been cut off while writing it; check the test runner\'s JUnit options.' });
    }
    const doc = parser.parse(xml);
    const rootName = Object.keys(doc).find((k) => k !== '?xml' && !k.startsWith('#'));
    if (rootName !== 'testsuites' && rootName !== 'testsuite') {
        throw new errors/* UserError */.yo(`is not a JUnit XML report: its root element is <${rootName ?? 'none'}>, expected <testsuites> or <testsuite>`, { where: file, hint: 'Point junit at the JUnit XML the test runner writes (pytest --junitxml, jest-junit, Surefire, go-junit-report).' });
    }
    const root = doc[rootName];
    const suites = rootName === 'testsuite' ? root : children((root ?? {}), 'testsuite');
    const out = [];
    const walk = (suite) => {
        for (const tc of children(suite, 'testcase')) {
            const classname = attr(tc, 'classname') || attr(tc, 'class') || attr(suite, 'name') || '';
            const name = attr(tc, 'name') ?? '';
            const failure = children(tc, 'failure')[0];
            const error = children(tc, 'error')[0];
            const status = failure ? 'failed' : error ? 'error' : children(tc, 'skipped').length ? 'skipped' : 'passed';
            const problem = failure ?? error;
            out.push({ id: `${classname}::${name}`, status, ...(problem ? { message: firstLine(problem) } : {}) });
        }
        for (const nested of children(suite, 'testsuite'))
            walk(nested);
    };
    for (const s of suites)
        walk(s);
    return out;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./actions/run-tests/src/junit-files.ts



/** The `junit` input: one path or glob per line (not commas: a glob like reports/{unit,e2e}.xml holds them). */
const junitPatterns = (input) => input
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const signature = (file) => {
    try {
        const s = external_node_fs_default().statSync(file);
        return `${s.ino}:${s.size}:${s.mtimeMs}`;
    }
    catch {
        return undefined;
    }
};
async function matchJUnit(patterns, cwd) {
    return (await (0,dist/* glob */.TI)(patterns, { cwd, absolute: true, onlyFiles: true })).sort();
}
async function snapshotJUnit(patterns, cwd) {
    const files = await matchJUnit(patterns, cwd);
    return new Map(files.map((f) => [f, signature(f) ?? '']));
}
/** Files matching now: those the attempt wrote (new or changed) and those left untouched from before it. */
async function collectJUnit(patterns, cwd, before) {
    const written = [];
    const stale = [];
    for (const f of await matchJUnit(patterns, cwd))
        (before.get(f) === signature(f) ? stale : written).push(f);
    return { written, stale };
}
/** Copies an attempt's files under `<reportDir>/attempt-<n>/`, keeping their path below the working directory. */
function keepCopies(files, cwd, dir) {
    return files.map((f) => {
        const rel = external_node_path_default().relative(cwd, f);
        const target = external_node_path_default().join(dir, rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? external_node_path_default().basename(f) : rel);
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
        external_node_fs_default().copyFileSync(f, target);
        return target;
    });
}

;// CONCATENATED MODULE: ./actions/run-tests/src/report.ts

function describeOutcome(o) {
    if (o.spawnError)
        return o.spawnError;
    if (o.timedOut)
        return `timed out (${o.signal ?? `exit ${o.exitCode}`})`;
    if (o.cancelled)
        return `cancelled (${o.signal ?? `exit ${o.exitCode}`})`;
    if (o.signal)
        return `killed by ${o.signal}`;
    return `exit ${o.exitCode}`;
}
const list = (ns) => ns.join(', ');
const counts = (tests) => {
    const failed = tests.filter((t) => t.status === 'failed' || t.status === 'error').length;
    return `${tests.length - failed} passed, ${failed} failed`;
};
function buildReport(s) {
    const last = s.attempts[s.attempts.length - 1];
    const passed = !!last?.passed && !s.problem;
    const retried = passed && s.attempts.length > 1;
    const checks = [];
    if (s.problem) {
        checks.push({ id: 'junit', title: 'JUnit results', status: 'error', detail: s.problem.message, location: s.problem.file ? { file: s.problem.file, line: s.problem.line } : undefined });
    }
    checks.push({
        id: 'tests',
        title: 'Tests pass',
        status: s.problem ? 'skip' : passed ? 'pass' : 'fail',
        severity: 'error',
        observed: last ? (last.tests ? `${counts(last.tests)} (${describeOutcome(last.outcome)})` : describeOutcome(last.outcome)) : null,
        expected: 'exit 0, no failed test',
        detail: passed
            ? undefined
            : s.failing.length
                ? `still failing after ${s.attempts.length} attempt${s.attempts.length === 1 ? '' : 's'}: ${s.failing.map((t) => t.id).join(', ')}`
                : last
                    ? `attempt ${last.n} of ${s.maxAttempts}: ${last.note ?? describeOutcome(last.outcome)}`
                    : undefined,
    });
    checks.push({
        id: 'flaky',
        title: 'Passed without a retry',
        status: s.problem ? 'skip' : retried || s.flaky.length ? 'fail' : 'pass',
        severity: 'warning',
        observed: last ? `attempt ${last.n} of ${s.maxAttempts}` : null,
        expected: 'attempt 1',
        detail: s.flaky.length
            ? `needed a retry: ${s.flaky.map((t) => t.id).join(', ')}`
            : retried
                ? s.junit
                    ? 'the command failed, then passed on a retry, but no test failed in the JUnit files (a crash, a setup step or a coverage gate?)'
                    : 'the command failed, then passed on a retry; without junit the tests that needed it are unknown'
                : undefined,
    });
    const tables = [];
    if (s.flaky.length) {
        tables.push({ title: 'Tests that needed a retry', columns: ['Test', 'Failed on attempt(s)', 'Passed on attempt'], rows: s.flaky.map((t) => [t.id, list(t.failedOn), t.passedOn]), folded: false });
    }
    if (s.failing.length) {
        tables.push({ title: 'Failing tests', columns: ['Test', 'Failed on attempt(s)', 'Message'], rows: s.failing.map((t) => [t.id, list(t.failedOn), t.message ?? '']), folded: false });
    }
    tables.push({
        title: 'Attempts',
        columns: s.junit ? ['Attempt', 'Result', 'Exit code', 'Duration (s)', 'Tests', 'JUnit files'] : ['Attempt', 'Result', 'Exit code', 'Duration (s)'],
        rows: s.attempts.map((a) => {
            const row = [a.n, a.passed ? 'passed' : `failed${a.note ? `: ${a.note}` : ''}`, a.outcome.exitCode === null ? describeOutcome(a.outcome) : a.outcome.exitCode, Number((0,markdown/* formatNumber */.ZV)(a.outcome.durationSeconds))];
            return s.junit ? [...row, a.tests ? counts(a.tests) : '', a.junitFiles.join(', ')] : row;
        }),
        folded: false,
    });
    const verdict = s.problem
        ? `Stopped after attempt ${last?.n ?? 0} of ${s.maxAttempts}: the JUnit results could not be read.`
        : passed
            ? retried
                ? `Passed on attempt ${last.n} of ${s.maxAttempts}, after ${s.attempts.length - 1} failed attempt${s.attempts.length > 2 ? 's' : ''}: the suite is flaky.`
                : `Passed on the first attempt.`
            : `Failed on all ${s.attempts.length} attempt${s.attempts.length === 1 ? '' : 's'}.`;
    const scope = s.problem ? 'No test results are reported.' : s.junit ? `${s.total} test${s.total === 1 ? '' : 's'} in the JUnit files.` : 'No junit input: only attempt-level results are known, not which tests failed or needed a retry.';
    return (0,report/* createReport */.LU)({
        action: 'run-tests',
        title: 'Tests',
        summary: `${verdict} ${scope}`,
        checks,
        tables,
        data: {
            attempts: s.attempts.map((a) => ({ attempt: a.n, passed: a.passed, exitCode: a.outcome.exitCode, signal: a.outcome.signal, timedOut: a.outcome.timedOut, durationSeconds: a.outcome.durationSeconds, junitFiles: a.junitFiles, copies: a.copies, note: a.note ?? null })),
            flakyTests: s.flaky,
            failedTests: s.failing,
            junit: s.junit,
        },
    });
}

;// CONCATENATED MODULE: ./actions/run-tests/src/action.ts









const runTests = (0,action.defineAction)({
    name: 'run-tests',
    inputs: schemas/* object */.Ikc({
        command: schemas/* string */.YjP(),
        shell: schemas/* enum */.k5n(['bash', 'sh']).default('bash'),
        retries: (0,inputs/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0).max(10)).default(0),
        'retry-delay': (0,inputs/* numberInput */.QR)().pipe(schemas/* number */.aig().min(0).max(3600)).default(5),
        junit: schemas/* string */.YjP().optional(),
        timeout: schemas/* string */.YjP().optional(),
        'working-directory': schemas/* string */.YjP().default('.'),
        'fail-on': (0,inputs/* failOnInput */.cR)(),
        'report-path': schemas/* string */.YjP().default('mlship-reports/run-tests'),
    }),
    async run(inputs, io) {
        const cwd = external_node_path_default().resolve(inputs['working-directory']);
        if (!external_node_fs_default().existsSync(cwd) || !external_node_fs_default().statSync(cwd).isDirectory()) {
            throw new errors/* UserError */.yo(`input "working-directory" is "${inputs['working-directory']}", which is not a directory`, { hint: 'Check out the repository first, or fix the path.' });
        }
        if (!inputs.command.trim())
            throw new errors/* UserError */.yo('input "command" is empty', { hint: 'Give the test command, e.g. `command: pytest tests/ --junitxml=reports/junit.xml`.' });
        const timeoutSeconds = inputs.timeout === undefined ? undefined : parseDuration(inputs.timeout, 'timeout');
        const patterns = inputs.junit ? junitPatterns(inputs.junit) : undefined;
        if (patterns && patterns.length === 0)
            throw new errors/* UserError */.yo('input "junit" holds no path', { hint: 'Give the JUnit XML path or glob, e.g. reports/junit-*.xml.' });
        const reportDir = external_node_path_default().resolve(inputs['report-path']);
        const maxAttempts = inputs.retries + 1;
        const attempts = [];
        const results = [];
        let problem;
        for (let n = 1; n <= maxAttempts; n++) {
            const before = patterns ? await snapshotJUnit(patterns, cwd) : undefined;
            io.info(`run-tests: attempt ${n} of ${maxAttempts}${timeoutSeconds ? ` (timeout ${timeoutSeconds}s)` : ''}`);
            const outcome = await runAttempt({
                shell: inputs.shell,
                command: inputs.command,
                cwd,
                env: { ...process.env, MLSHIP_ATTEMPT: String(n), MLSHIP_MAX_ATTEMPTS: String(maxAttempts) },
                timeoutSeconds,
                onTimeout: () => io.warning(`run-tests: attempt ${n} ran past ${timeoutSeconds}s; stopping its process group`),
            });
            const record = { n, outcome, passed: false, junitFiles: [], copies: [] };
            attempts.push(record);
            let tests;
            if (patterns && before) {
                const { written, stale } = await collectJUnit(patterns, cwd, before);
                for (const f of stale)
                    io.warning(`run-tests: ignored ${external_node_path_default().relative(cwd, f)}: attempt ${n} did not write it (it was there before)`);
                record.junitFiles = written.map((f) => external_node_path_default().relative(cwd, f));
                record.copies = keepCopies(written, cwd, external_node_path_default().join(reportDir, `attempt-${n}`)).map((f) => external_node_path_default().relative(reportDir, f));
                if (written.length === 0) {
                    record.note = `wrote no JUnit file (${describeOutcome(outcome)})`;
                    // A passing command without results is a wrong junit path, never "0 tests"; a failing one may have
                    // stopped before the tests ran (a dependency download), which is what a retry is for.
                    if (outcome.exitCode === 0)
                        problem = { message: noJUnitMessage(n, patterns, cwd, outcome) };
                }
                else {
                    try {
                        tests = written.flatMap((f) => parseJUnit(external_node_fs_default().readFileSync(f, 'utf8'), external_node_path_default().relative(process.cwd(), f) || f));
                    }
                    catch (e) {
                        if (!(0,errors/* isUserError */.iU)(e))
                            throw e;
                        const at = /^(.*):(\d+)$/.exec(e.details.where ?? '');
                        problem = { message: e.line, file: at ? at[1] : e.details.where, line: at ? Number(at[2]) : undefined };
                    }
                }
            }
            record.tests = tests;
            results.push(tests);
            const failedTests = tests?.filter((t) => t.status === 'failed' || t.status === 'error').length ?? 0;
            if (outcome.exitCode === 0 && failedTests > 0)
                record.note = `exit 0, but the JUnit files report ${failedTests} failed test${failedTests === 1 ? '' : 's'}`;
            record.passed = !problem && outcome.exitCode === 0 && !outcome.timedOut && failedTests === 0;
            io.info(`run-tests: attempt ${n} ${record.passed ? 'passed' : 'failed'} (${describeOutcome(outcome)}, ${outcome.durationSeconds.toFixed(1)}s)${tests ? `: ${tests.length} tests, ${failedTests} failed` : ''}`);
            if (record.passed || problem || outcome.cancelled || n === maxAttempts)
                break;
            // The next attempt must write its own results: a file left from this one would be read as the retry's.
            for (const f of patterns ? record.junitFiles.map((f) => external_node_path_default().resolve(cwd, f)) : [])
                external_node_fs_default().rmSync(f, { force: true });
            await wait(io, inputs['retry-delay']);
        }
        const last = attempts[attempts.length - 1];
        if (patterns && !problem && results.every((r) => r === undefined))
            problem = { message: noJUnitMessage(last.n, patterns, cwd, last.outcome, attempts.length) };
        const { flaky, failing, total } = classifyTests(results);
        const report = buildReport({ attempts, maxAttempts, junit: !!patterns, flaky, failing, total, problem });
        return {
            report,
            outputs: { attempts: String(attempts.length), 'flaky-tests': JSON.stringify(flaky.map((t) => t.id)), 'failed-tests': JSON.stringify(failing.map((t) => t.id)) },
        };
    },
});
function noJUnitMessage(n, patterns, cwd, outcome, of) {
    const which = of && of > 1 ? `none of the ${of} attempts wrote a file` : `attempt ${n} (${describeOutcome(outcome)}) wrote no file`;
    return `${which} matching junit "${patterns.join(', ')}" in ${external_node_path_default().relative(process.cwd(), cwd) || '.'}; fix the path, or make the test command write JUnit XML there (e.g. pytest --junitxml=reports/junit.xml)`;
}
async function wait(io, seconds) {
    if (seconds <= 0)
        return;
    io.info(`run-tests: retrying in ${seconds}s`);
    await new Promise((r) => setTimeout(r, seconds * 1000));
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
/* harmony import */ var _summary__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2958);






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

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   kQ: () => (/* binding */ formatScalar),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Escapes text that came from data or PR authors so it renders literally in
 * GitHub-flavoured markdown tables and cannot inject HTML, mentions or links.
 */
function escapeMarkdown(text) {
    return text
        // Only what changes meaning inline: emphasis, code, links/images, table pipes, strikethrough.
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
function formatScalar(value) {
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
function markdownTable(columns, rows) {
    const head = `| ${columns.map(escapeMarkdown).join(' | ')} |`;
    const sep = `| ${columns.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${r.map((v) => escapeMarkdown(formatScalar(v))).join(' | ')} |`);
    return [head, sep, ...body].join('\n');
}
function details(summary, body) {
    return `<details><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
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

/***/ 2958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: renderComment, renderText, statusBadge

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
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
    const out = [`## ${badge[report.status]} ${(0,markdown/* escapeMarkdown */.FV)(report.title)}`];
    if (report.summary)
        out.push(report.summary);
    if (report.checks.length) {
        const order = { error: 0, fail: 1, warn: 2, pass: 3, skip: 4 };
        const checks = [...report.checks].sort((a, b) => order[(0,src_report/* effectiveStatus */.Gw)(a)] - order[(0,src_report/* effectiveStatus */.Gw)(b)]);
        out.push((0,markdown/* markdownTable */.Qj)(['Status', 'Check', 'Observed', 'Expected', 'Detail'], checks.map((c) => [badge[(0,src_report/* effectiveStatus */.Gw)(c)], `${c.title} (${c.id})`, (0,markdown/* formatScalar */.kQ)(c.observed), (0,markdown/* formatScalar */.kQ)(c.expected), c.detail ?? ''])));
    }
    for (const chart of report.charts)
        out.push(mermaidChart(chart));
    for (const t of report.tables) {
        const table = (0,markdown/* markdownTable */.Qj)(t.columns, t.rows);
        out.push(t.folded === false ? `### ${(0,markdown/* escapeMarkdown */.FV)(t.title)}\n\n${table}` : (0,markdown/* details */.zH)(t.title, table));
    }
    for (const b of report.texts ?? []) {
        const block = (0,markdown/* codeBlock */.DV)(b.text);
        out.push(b.folded === false ? `### ${(0,markdown/* escapeMarkdown */.FV)(b.title)}\n\n${block}` : (0,markdown/* details */.zH)(b.title, block));
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
