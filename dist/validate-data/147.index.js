export const id = 147;
export const ids = [147];
export const modules = {

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

/***/ 7447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J_: () => (/* reexport */ RetryError),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  LU: () => (/* reexport */ report/* createReport */.LU),
  QP: () => (/* reexport */ action.defineAction),
  cR: () => (/* reexport */ inputs/* failOnInput */.cR),
  HH: () => (/* reexport */ report/* failedChecks */.HH),
  ZV: () => (/* reexport */ markdown/* formatNumber */.ZV),
  jV: () => (/* reexport */ formatPath),
  K9: () => (/* reexport */ digits/* groupDigits */.K),
  FK: () => (/* reexport */ isInside),
  D7: () => (/* reexport */ loadYamlParser),
  AA: () => (/* reexport */ readConfigDocument),
  ND: () => (/* reexport */ refuseLinkOutOfWorkspace),
  L5: () => (/* reexport */ retry),
  h: () => (/* reexport */ suggestion),
  $r: () => (/* reexport */ validateConfig)
});

// UNUSED EXPORTS: backoffDelay, booleanInput, cliIO, codeBlock, compare, configJsonSchema, describeError, describeInputs, details, didYouMean, effectiveStatus, escapeMarkdown, formatScalar, formatThreshold, forwardCancellation, isUserError, killGroupAfter, margin, markdownTable, mermaidChart, numberInput, overallStatus, parseConfigDocument, parseDuration, parseInputs, parseThreshold, parseThresholdList, renderComment, renderSummary, renderText, runAction, runnerIO, sentences, shouldFail, signalGroup, sleep, statusBadge, terminateGroup, writeFileAtomic, yamlParser

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/report.ts
var report = __webpack_require__(2019);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(5259);
// EXTERNAL MODULE: ./packages/core/src/summary.ts + 1 modules
var summary = __webpack_require__(2958);
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

// EXTERNAL MODULE: ./packages/core/src/on-demand.ts
var on_demand = __webpack_require__(5582);
;// CONCATENATED MODULE: ./packages/core/src/yaml-parser.ts

const yaml = (0,on_demand/* onDemand */.h)(() => __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)), 'YAML was parsed before loadYamlParser() was awaited');
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

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ onDemand)
/* harmony export */ });
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


/***/ }),

/***/ 4330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ tightenOldGenerationPast),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration)
/* harmony export */ });
/* unused harmony exports tightenOldGeneration, TIGHTEN_AT_RSS */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

let held = false;
/**
 * Keeps V8's young generation at the size it has now for the rest of the
 * process (every thread: V8's flags are per process). A scan keeps each
 * batch's cells alive while it profiles them, so scavenges keep finding
 * survivors, and V8 doubles the young generation each time the bytes that
 * survived since the last doubling pass its size: on a table of long
 * high-cardinality text (16 columns, 2M rows) it reached its maximum
 * (134 MB per thread) within a few row groups, a third of the run's peak RSS,
 * and more with worker threads (bench/validate-data/RESULTS.md, 2026-12-06
 * 11:20). Held where it started (2\u201317 MB), it lets those cells move to the
 * old generation after two scavenges, as a larger one would, and the runs
 * measured took no longer.
 *
 * `--max-semi-space-size` is read once, when a thread's heap is set up, so a
 * running process cannot lower it; the growth factor is read at each growth.
 * Only the memory a collection may use changes, never a value counted.
 */
function holdYoungGeneration() {
    if (held)
        return;
    held = true;
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--semi-space-growth-factor=1');
}
let tightened = false;
/**
 * Collects the old generation once it has grown to twice what the last full
 * collection left, instead of V8's own factor of up to four. Each profiling
 * thread has its own heap, and batches of text promoted there die only at a
 * full collection: on two threads the wide text table (5M rows) peaked at
 * 405\u2013436 MB with V8's factor and 316\u2013331 MB with this, for about 7% more CPU
 * (1M-row benchmark file on two threads, 1.30 \u2192 1.40 s; bench/validate-data/RESULTS.md,
 * 2026-12-06 11:20), so threaded scans do it only past TIGHTEN_AT_RSS. One thread
 * stays at V8's factor: it peaked at ~300\u2013320 MB without it, and its time is the
 * slower case already.
 */
function tightenOldGeneration() {
    if (tightened)
        return;
    tightened = true;
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--heap-growing-percent=100');
}
/**
 * Resident memory (all threads) from which a scan on several threads tightens the old
 * generation. Below it V8's own factor stands: the memory it lets grow matters only
 * on large tables, and its fewer full collections are time on every table. Tightened
 * from the start, the 1M-row benchmark files on two threads took 1.80 s (CSV) and 1.24 s
 * (parquet), from this mark 1.68 s and 1.15 s; the 5M-row wide text table, which needs
 * it, peaked at 368 MB from this mark and 424 MB never tightened
 * (bench/validate-data/RESULTS.md, 2026-12-06 18:00\u201319:10 section).
 */
const TIGHTEN_AT_RSS = 288 << 20;
/** tightenOldGeneration once the process's resident memory reaches `mark`; true when this call did it. */
function tightenOldGenerationPast(mark = TIGHTEN_AT_RSS) {
    if (tightened || process.memoryUsage.rss() < mark)
        return false;
    tightenOldGeneration();
    return true;
}


/***/ }),

/***/ 7432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ TEXT_AUTO_MIN_BYTES),
/* harmony export */   k: () => (/* binding */ chunkParsers)
/* harmony export */ });
/* harmony import */ var _profile_heap_growth__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4330);
/* harmony import */ var _entry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8088);
/* harmony import */ var _plan__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3905);
/* harmony import */ var _protocol__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9802);




/**
 * Below this many bytes `auto` parses a text file in the reading thread. A
 * worker thread starts in ~0.1 s, and an 8 MB file (~80k rows) is read in about that.
 */
const TEXT_AUTO_MIN_BYTES = 8 << 20;
/**
 * CSV records and JSONL lines parsed on worker threads while the reading
 * thread profiles: one worker fewer than the threads allowed (MLSHIP_THREADS,
 * every core when unset). The workers start with the first file worth them
 * and serve every file after it (each file's parse is defined once per
 * worker), until `dispose`. Undefined when no thread can start (a bundle
 * whose entry does not register, the library under tests) or one thread is
 * asked for.
 */
function chunkParsers(options = {}) {
    const setting = options.threads ?? (0,_plan__WEBPACK_IMPORTED_MODULE_0__/* .threadsSetting */ .Wr)();
    const spawn = (0,_entry__WEBPACK_IMPORTED_MODULE_1__/* .workerSpawn */ .q)(options.spawn);
    if (!spawn || setting === 1)
        return undefined;
    const shared = sharedWorkers(spawn);
    return {
        workersFor: (bytes) => (0,_plan__WEBPACK_IMPORTED_MODULE_0__/* .threadsFor */ .vd)(setting, bytes, TEXT_AUTO_MIN_BYTES) - 1,
        open: (job, workers) => shared.pool(job, workers),
        dispose: () => shared.dispose(),
    };
}
/**
 * Chunks a started worker holds at most. The main thread hands chunks out only
 * between the batches it profiles (~25 ms each), so with two a worker ran dry
 * and sat idle for 0.9 s of a 2.2 s run on the 1M-row benchmark CSV.
 */
const WORKER_ROOM = 4;
/** The workers of one run, started as files need them; each file's chunks go to started ones with room, the least loaded. */
function sharedWorkers(spawn) {
    const slots = [];
    let seq = 0;
    let jobs = 0;
    let broken;
    let parsedChunks = 0;
    let waiters = [];
    const changed = () => {
        const w = waiters;
        waiters = [];
        for (const f of w)
            f();
    };
    const start = () => {
        const slot = { party: undefined, ready: false, waiting: new Map() };
        slot.party = spawn({ kind: 'chunks' }, {
            message: (m) => {
                if (m.t === 'ready')
                    slot.ready = true;
                else if (m.t === 'parsed' || m.t === 'refused') {
                    const pending = slot.waiting.get(m.seq);
                    slot.waiting.delete(m.seq);
                    if (m.t === 'parsed') {
                        // Parsed chunks wait in this heap until laid out in batches, and each worker's heap holds its own:
                        // on the benchmark CSV, tightened from the start, peak RSS went 275\u2013340 \u2192 256\u2013283 MB (1M and 5M rows)
                        // for 8\u201310% more time, so only past the mark (an RSS read every 8 chunks).
                        if ((parsedChunks++ & 7) === 0)
                            (0,_profile_heap_growth__WEBPACK_IMPORTED_MODULE_2__/* .tightenOldGenerationPast */ .$o)();
                        pending?.resolve(m.result);
                    }
                    else
                        pending?.reject((0,_protocol__WEBPACK_IMPORTED_MODULE_3__/* .fromWorker */ .tZ)(m.error));
                }
                changed();
            },
            failure: (e) => {
                broken ??= e;
                slot.ready = false;
                for (const p of slot.waiting.values())
                    p.reject(e);
                slot.waiting.clear();
                changed();
            },
        });
        return slot;
    };
    const room = (s) => (s.ready && !broken ? WORKER_ROOM - s.waiting.size : 0);
    return {
        pool(job, workers) {
            while (slots.length < workers)
                slots.push(start());
            const mine = slots.slice(0, workers);
            const id = jobs++;
            const defined = new Set();
            return {
                free: () => mine.reduce((sum, s) => sum + Math.max(0, room(s)), 0),
                parse(chunk) {
                    const to = mine.reduce((a, b) => (room(b) > room(a) ? b : a));
                    if (!defined.has(to)) {
                        to.party.post({ t: 'define', id, job });
                        defined.add(to);
                    }
                    const n = seq++;
                    return new Promise((resolve, reject) => {
                        to.waiting.set(n, { resolve: resolve, reject });
                        to.party.post({ t: 'chunk', seq: n, job: id, chunk }, [chunk.bytes.buffer]);
                    });
                },
                changed: () => new Promise((r) => waiters.push(r)),
                // The workers stay for the next file; they drop this one's parse.
                close: async () => {
                    for (const s of defined)
                        s.party.post({ t: 'forget', id });
                },
            };
        },
        async dispose() {
            await Promise.all(slots.splice(0).map((s) => s.party.stop()));
        },
    };
}


/***/ }),

/***/ 3905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ THREADS_ENV),
/* harmony export */   Wr: () => (/* binding */ threadsSetting),
/* harmony export */   oJ: () => (/* binding */ partitionColumns),
/* harmony export */   vd: () => (/* binding */ threadsFor)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7447);


const THREADS_ENV = 'MLSHIP_THREADS';
/**
 * Threads to profile with, from MLSHIP_THREADS: unset or empty for every core
 * (`auto`), a whole number \u2265 1 for exactly that many, 1 for the single-threaded scan.
 */
function threadsSetting(env = process.env) {
    const raw = env[THREADS_ENV]?.trim();
    if (!raw)
        return 'auto';
    if (!/^[1-9][0-9]{0,3}$/.test(raw)) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${THREADS_ENV} must be a whole number of threads of 1 or more, not "${raw}"`, {
            hint: `Unset it to profile on every core (${node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism()} here), or set 1 for a single thread.`,
        });
    }
    return Number(raw);
}
/**
 * Threads (the main one counted) for `bytes` of data: `auto` takes every core
 * from `minBytes` on and one thread below it; a number is taken as it is.
 */
function threadsFor(setting, bytes, minBytes) {
    return setting === 'auto' ? (bytes >= minBytes ? node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism() : 1) : setting;
}
/**
 * Columns split into `parties` groups of about equal cost: the costliest
 * column first, each to the group with the least so far (ties to the lowest
 * group), party 0 (the main thread) starting with `head` (its own work of
 * combining the row hashes) and every other with `start` (a worker thread
 * loads the bundle before its first batch). Deterministic: the same costs give the same split.
 * Every group's indices ascend; a group may be empty only when there are
 * fewer columns than parties.
 */
function partitionColumns(costs, parties, head = 0, start = 0) {
    const load = Array.from({ length: parties }, (_, p) => (p === 0 ? head : start));
    const groups = Array.from({ length: parties }, () => []);
    const order = costs.map((c, i) => [c, i]).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (const [cost, column] of order) {
        let best = 0;
        for (let p = 1; p < parties; p++)
            if (load[p] < load[best])
                best = p;
        groups[best].push(column);
        load[best] += cost;
    }
    return groups.map((g) => g.sort((x, y) => x - y));
}


/***/ }),

/***/ 8757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ columnCosts),
/* harmony export */   d9: () => (/* binding */ profileThreads),
/* harmony export */   ed: () => (/* binding */ profileInThreads),
/* harmony export */   pz: () => (/* binding */ columnGroups),
/* harmony export */   tE: () => (/* binding */ AUTO_MIN_BYTES)
/* harmony export */ });
/* unused harmony export WORKER_START_COST */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _profile_column__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7482);
/* harmony import */ var _profile_column_group__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2818);
/* harmony import */ var _profile_heap_growth__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4330);
/* harmony import */ var _read_meter__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9650);
/* harmony import */ var _entry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8088);
/* harmony import */ var _plan__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3905);
/* harmony import */ var _protocol__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9802);








/**
 * Below this many bytes of data `auto` stays in one thread: a worker's first
 * batch comes ~0.25 s after the main thread's, and on files of 7.7 and 15 MB
 * two threads were slower than one, on 38 MB faster (bench/validate-data/RESULTS.md).
 */
const AUTO_MIN_BYTES = 32 << 20;
/** Batches a party may run ahead of the combined row hashes: bounds the shares held in memory. */
const WINDOW = 3;
/**
 * The threads to profile `ds` on (the main thread counted), or 1 for the
 * single-threaded scan: parquet only (its columns decode apart), no row-level
 * rule (they need whole rows in the main thread), at most one thread a column.
 */
function profileThreads(ds, rowRules, options = {}) {
    const setting = options.threads ?? (0,_plan__WEBPACK_IMPORTED_MODULE_1__/* .threadsSetting */ .Wr)();
    const spawn = (0,_entry__WEBPACK_IMPORTED_MODULE_2__/* .workerSpawn */ .q)(options.spawn);
    if (!spawn || rowRules > 0 || ds.files.some((f) => f.format !== 'parquet'))
        return undefined;
    const bytes = ds.files.reduce((s, f) => s + f.sizeBytes, 0);
    const parties = Math.min((0,_plan__WEBPACK_IMPORTED_MODULE_1__/* .threadsFor */ .vd)(setting, bytes, AUTO_MIN_BYTES), ds.schema.fields.length);
    return parties > 1 ? { parties, spawn, start: options.workerStartCost ?? WORKER_START_COST } : undefined;
}
/**
 * Per-row and per-byte cost of profiling a column, relative (calibrated on
 * bench/validate-data's files, see RESULTS.md): hashing, counting and
 * sketching a value by kind, plus decoding its bytes.
 */
const ROW_COST = { string: 3, binary: 3, nested: 3, bool: 1 };
const NUMBER_ROW_COST = 2;
const BYTE_COST = 0.1;
/** The main thread's own work per row: adding up the row-hash shares and the duplicate-row set. */
const COMBINE_ROW_COST = 1;
/**
 * How far behind the main thread a worker is by the end of its first batch:
 * it opens the data ~30 ms later (it starts early, threads/warm.ts) and
 * compiles its optimized code in place, so its first batch takes ~100-170 ms
 * longer. ~0.19 s, as much as ~3.5M rows of weight 1 (a numeric column of 1M
 * rows, weight 2, takes ~0.11 s). 3.5M moves the 1M-row benchmark file's
 * cheapest column to the main thread (2-5% less time, zstd); 4M also moved the
 * 5M-row files' split, two incompressible columns to the main thread, which
 * then peaked 33 MB higher for no time (bench/validate-data/RESULTS.md,
 * 2026-12-06 21:00 and 2026-12-07 02:20 sections).
 */
const WORKER_START_COST = 3_500_000;
/** Each column's estimated cost, from the footers: rows by the kind's weight plus decoded bytes. */
async function columnCosts(ds, cwd) {
    // Loaded with the parquet reader, as read/index.ts loads it: a bundle keeps the footer code in that chunk only.
    const { parquetColumnBytes } = await Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(420)]).then(__webpack_require__.bind(__webpack_require__, 1420));
    const { rows, bytes } = await parquetColumnBytes(ds.files.map((file) => ({ file, abs: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file.path) })));
    const costs = ds.schema.fields.map((f) => rows * (ROW_COST[f.kind] ?? NUMBER_ROW_COST) + (bytes.get(f.name) ?? 0) * BYTE_COST);
    return { costs, head: rows * COMBINE_ROW_COST };
}
/**
 * The columns of each thread that has any, the main thread's first (it may
 * have none: it still adds up the row hashes): a worker whose head start
 * outweighs every column it could take is not started. One group left means
 * the table is too little work to share.
 */
function columnGroups(costs, head, plan) {
    return (0,_plan__WEBPACK_IMPORTED_MODULE_1__/* .partitionColumns */ .oJ)(costs, plan.parties, head, plan.start).filter((g, p) => p === 0 || g.length > 0);
}
/**
 * Profiles `ds` into `profiler` on one thread a group of columns
 * (columnGroups): each thread reads and decodes only its columns, and each
 * column's profiler sees the same values in the same order as in the
 * single-threaded scan, so its statistics (sketches included) are the same,
 * with no merge. The duplicate-row count takes every thread's share of each
 * row's hash (row-lanes.ts), added up here in batch order. The main thread
 * profiles the first group itself.
 *
 * A failure anywhere stops every thread; of several, the one in the earliest
 * batch (then the first column) is thrown, the one the single-threaded scan
 * would have met first.
 */
async function profileInThreads(ds, opened, profiler, plan, onRows) {
    const fields = ds.schema.fields;
    const { groups } = plan;
    const parties = groups.length;
    const own = new _profile_column_group__WEBPACK_IMPORTED_MODULE_3__/* .ColumnGroup */ .o(groups[0].map((i) => fields[i]), groups[0], true);
    const slots = new Map();
    const last = new Array(parties).fill(-1);
    const states = new Array(parties).fill(undefined);
    const ended = new Array(parties).fill(false);
    let combined = 0;
    let failure;
    let pendingBytes = 0;
    let wake;
    const changed = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const next = () => new Promise((r) => (wake = r));
    const workers = [];
    const fail = (party, seq, error) => {
        ended[party] = true;
        const column = columnNamed(error, fields.map((f) => f.name)) ?? groups[party][0] ?? 0;
        if (!failure || seq < failure.seq || (seq === failure.seq && column < failure.column))
            failure = { seq, column, error };
        changed();
    };
    const deliver = (party, seq, n, lanes) => {
        let slot = slots.get(seq);
        if (!slot)
            slots.set(seq, (slot = { n, parts: [] }));
        if (slot.n !== n)
            return fail(party, seq, new Error(`profiling threads disagree on batch ${seq}: ${slot.n} rows in one, ${n} in another`));
        slot.parts.push(lanes);
        last[party] = seq;
        while ((slot = slots.get(combined)) && slot.parts.length === parties) {
            profiler.addRows(slot.parts, slot.n);
            onRows(slot.n);
            slots.delete(combined);
            for (const w of workers)
                w.post({ t: 'ack', seq: combined });
            combined++;
        }
        changed();
    };
    const settled = () => ended.every((e, p) => e || (failure !== undefined && last[p] >= failure.seq));
    const flushBytes = () => {
        (0,_read_meter__WEBPACK_IMPORTED_MODULE_4__/* .countBytes */ .T)(pendingBytes);
        pendingBytes = 0;
    };
    try {
        for (let p = 1; p < parties; p++) {
            const job = { ...opened, files: ds.files, columns: groups[p], window: WINDOW };
            workers.push(plan.spawn({ kind: 'columns', ...job }, {
                message: (m) => {
                    if (m.t === 'rows') {
                        pendingBytes += m.bytes;
                        deliver(p, m.seq, m.n, { a: m.a, b: m.b });
                    }
                    else if (m.t === 'done') {
                        pendingBytes += m.bytes;
                        states[p] = m.columns;
                        ended[p] = true;
                        changed();
                    }
                    else if (m.t === 'error') {
                        fail(p, m.seq, (0,_protocol__WEBPACK_IMPORTED_MODULE_5__/* .fromWorker */ .tZ)(m.error));
                    }
                },
                failure: (e) => fail(p, last[p] + 1, e),
            }));
        }
        let seq = 0;
        try {
            for await (const batch of ds.batches({ columns: groups[0].map((i) => fields[i].name), rawText: true })) {
                flushBytes();
                // Each thread's heap holds its promoted batches until a full collection (profile/heap-growth.ts).
                (0,_profile_heap_growth__WEBPACK_IMPORTED_MODULE_6__/* .tightenOldGenerationPast */ .$o)();
                deliver(0, seq, batch.numRows, own.add(batch));
                seq++;
                if (failure && seq > failure.seq)
                    break;
                while (seq - combined > WINDOW && !failure)
                    await next();
            }
            ended[0] = true;
            changed();
        }
        catch (e) {
            fail(0, seq, e instanceof Error ? e : new Error(String(e)));
        }
        while (!settled()) {
            await next();
            flushBytes();
        }
        flushBytes();
        if (failure)
            throw failure.error;
        if (slots.size > 0 || combined !== seq)
            throw new Error(`profiling threads ended at different batches: ${combined} combined of ${seq}`);
        own.profilers.forEach((c, j) => profiler.adopt(groups[0][j], c));
        for (let p = 1; p < parties; p++)
            states[p].forEach((s, j) => profiler.adopt(groups[p][j], _profile_column__WEBPACK_IMPORTED_MODULE_7__/* .ColumnProfiler */ .k.fromState(fields[groups[p][j]], s)));
    }
    finally {
        await Promise.all(workers.map((w) => w.stop()));
    }
}
/** The schema index of the column a reader's error names (`column "x"`), if it names one. */
function columnNamed(e, names) {
    const m = /column "([^"]*)"/.exec(e.message);
    const i = m ? names.indexOf(m[1]) : -1;
    return i >= 0 ? i : undefined;
}


/***/ }),

/***/ 8147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   endWarmThreads: () => (/* reexport safe */ _spawn__WEBPACK_IMPORTED_MODULE_6__.a_),
/* harmony export */   fileOfInput: () => (/* binding */ fileOfInput),
/* harmony export */   likelyThreads: () => (/* binding */ likelyThreads),
/* harmony export */   warmWorkersFor: () => (/* binding */ warmWorkersFor),
/* harmony export */   warmWorkersForInput: () => (/* binding */ warmWorkersForInput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _read_file_formats__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2100);
/* harmony import */ var _chunk_pool__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7432);
/* harmony import */ var _entry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8088);
/* harmony import */ var _plan__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3905);
/* harmony import */ var _profile_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8757);
/* harmony import */ var _spawn__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2594);








/**
 * Threads (the main one counted) the data will likely get, by the measure each
 * path decides on: parquet split by column (all the files' bytes), CSV/JSONL
 * parsed in chunks (file by file, so the largest file); one for a mix.
 */
function likelyThreads(files, setting) {
    const parquet = files.every((f) => f.format === 'parquet');
    if (files.length === 0 || (!parquet && files.some((f) => f.format === 'parquet')))
        return 1;
    const sizes = files.map((f) => f.sizeBytes);
    return parquet ? (0,_plan__WEBPACK_IMPORTED_MODULE_2__/* .threadsFor */ .vd)(setting, sizes.reduce((a, b) => a + b, 0), _profile_threads__WEBPACK_IMPORTED_MODULE_3__/* .AUTO_MIN_BYTES */ .tE) : (0,_plan__WEBPACK_IMPORTED_MODULE_2__/* .threadsFor */ .vd)(setting, Math.max(...sizes), _chunk_pool__WEBPACK_IMPORTED_MODULE_4__/* .TEXT_AUTO_MIN_BYTES */ .h);
}
/**
 * Starts the worker threads the data will likely get as soon as its files are
 * known. A check that needs whole rows may still keep parquet on one thread;
 * the threads no job took end with the run.
 */
function warmWorkersFor(files, options = {}) {
    const entry = (0,_entry__WEBPACK_IMPORTED_MODULE_5__/* .profileWorkerEntry */ .M)();
    if (options.spawn || !entry)
        return;
    (0,_spawn__WEBPACK_IMPORTED_MODULE_6__/* .warmThreads */ .rd)(entry, likelyThreads(files, options.threads ?? (0,_plan__WEBPACK_IMPORTED_MODULE_2__/* .threadsSetting */ .Wr)()) - 1);
}
/**
 * The step's data input when it is one parquet, CSV or JSONL file named as it
 * is, for the local engine; undefined for anything else (a directory, a glob,
 * a remote URL, a SQL engine), which only resolving the data can size.
 */
function fileOfInput(data, engine, cwd = process.cwd()) {
    const file = data?.trim();
    if (!file || (engine && engine !== 'local'))
        return undefined;
    const format = (0,_read_file_formats__WEBPACK_IMPORTED_MODULE_7__/* .formatOf */ .b)(file);
    const stat = format && node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), { throwIfNoEntry: false });
    return format && stat?.isFile() ? { format, sizeBytes: stat.size } : undefined;
}
/**
 * warmWorkersFor from the step's data input, before the command that reads it
 * is even loaded (its config schemas and readers, ~50 ms on a runner's two
 * cores). Data it cannot size waits for warmWorkersFor on the resolved files,
 * which tops the warm threads up to what they need.
 */
function warmWorkersForInput(data, engine, cwd = process.cwd()) {
    const file = fileOfInput(data, engine, cwd);
    if (!file)
        return;
    try {
        warmWorkersFor([file]);
    }
    catch {
        // A malformed MLSHIP_THREADS: the run itself refuses it, in one line, once its report can say so.
    }
}



/***/ })

};
