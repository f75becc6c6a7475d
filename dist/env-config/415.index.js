export const id = 415;
export const ids = [415,171,448];
export const modules = {

/***/ 9415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  envConfig: () => (/* binding */ envConfig)
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
const suggest_suggestion = (word, candidates) => {
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
function workspace_path_refuseLinkOutOfWorkspace(named, where, show = (p) => p) {
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





















// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8816);
;// CONCATENATED MODULE: ./actions/env-config/src/flatten.ts

/**
 * A key as a shell identifier part, by yq's rules (encoder_shellvariables.go):
 * Unicode NFKD (so `\u00e9` keeps its `e`), characters outside printable ASCII
 * dropped, every other character that is not a letter, digit or `_` becomes `_`.
 */
function shellKey(key) {
    let out = '';
    for (const ch of key.normalize('NFKD')) {
        const c = ch.codePointAt(0);
        if (/[A-Za-z0-9_]/.test(ch))
            out += ch;
        else if (c >= 32 && c <= 126)
            out += '_';
    }
    return out;
}
/** yq prepends `_` to a top-level key that does not start with a letter or `_` (e.g. `2fa`), so the name stays valid. */
const rootName = (key) => (/^[A-Za-z_]/.test(key) ? key : `_${key}`);
/** Reads a config file's text into its leaves; `source` names the file in every message. Needs loadYamlParser() first. */
function flattenConfig(text, source) {
    const { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } = yamlParser();
    const lines = new LineCounter();
    const all = parseAllDocuments(text, { lineCounter: lines });
    const docs = all.filter((d) => d.contents !== null);
    if (docs.length > 1) {
        throw new errors/* UserError */.yo(`holds ${docs.length} YAML documents (separated by ---); only one can be exported`, { where: source, hint: "Keep one environment's settings in one document, one file per environment." });
    }
    // Syntax errors as file:line, worded as for every other config file mlship reads (it throws on the first).
    if (all.some((d) => d.errors.length))
        parseConfigDocument(text, source);
    const doc = docs[0];
    if (!doc)
        throw new errors/* UserError */.yo('the config file is empty', { where: source, hint: "Write the environment's settings as a YAML mapping, e.g. `model: {batch_size: 64}`." });
    const lineOf = (n) => {
        const range = n?.range;
        return range ? lines.linePos(range[0]).line : undefined;
    };
    const root = doc.contents;
    if (!isMap(root)) {
        const what = isSeq(root) ? 'a list' : 'a single value';
        throw new errors/* UserError */.yo(`the top level is ${what}, not a mapping of keys`, { where: `${source}:${lineOf(root) ?? 1}`, hint: 'Write the settings as keys, e.g. `model: {batch_size: 64}`; variables are named after the key path.' });
    }
    const out = { leaves: [], empty: [] };
    const walk = (node, name, keyPath, line) => {
        const resolved = isAlias(node) ? node.resolve(doc) : node;
        if (isMap(resolved)) {
            if (resolved.items.length === 0)
                out.empty.push({ keyPath, line });
            for (const pair of resolved.items) {
                if (!isPair(pair) || !isScalar(pair.key)) {
                    throw new errors/* UserError */.yo(`${keyPath ? `${keyPath}: ` : ''}a key that is not a plain value (a list or mapping used as a key) cannot name a variable`, { where: `${source}:${lineOf(pair.key) ?? line}`, hint: 'Use text keys.' });
                }
                const raw = String(pair.key.source ?? pair.key.value ?? '');
                if (raw === '<<') {
                    throw new errors/* UserError */.yo(`${keyPath ? `${keyPath}: ` : ''}the merge key "<<" is not supported (yq would export it as a variable named "__\u2026")`, { where: `${source}:${lineOf(pair.key) ?? line}`, hint: 'Write the merged keys out in this mapping.' });
                }
                const part = shellKey(raw);
                walk(pair.value, name === '' ? rootName(part) : `${name}_${part}`, keyPath ? `${keyPath}.${raw}` : raw, lineOf(pair.key) ?? line);
            }
            return;
        }
        if (isSeq(resolved)) {
            if (resolved.items.length === 0)
                out.empty.push({ keyPath, line });
            resolved.items.forEach((item, i) => walk(item, `${name}_${i}`, `${keyPath}[${i}]`, lineOf(item) ?? line));
            return;
        }
        if (resolved === null || resolved === undefined || (isScalar(resolved) && resolved.value === null)) {
            out.leaves.push({ name, keyPath, value: '', isNull: true, line });
            return;
        }
        if (isScalar(resolved)) {
            out.leaves.push({ name, keyPath, value: String(resolved.source ?? resolved.value), isNull: false, line });
            return;
        }
        throw new errors/* UserError */.yo(`${keyPath}: unsupported YAML node`, { where: `${source}:${line}` });
    };
    walk(root, '', '', 1);
    return out;
}

;// CONCATENATED MODULE: ./actions/env-config/src/locate.ts



const EXTENSIONS = ['.yaml', '.yml'];
/** The environments a directory offers: its *.yaml / *.yml files, by name. */
function listEnvironments(dir) {
    if (!external_node_fs_default().existsSync(dir) || !external_node_fs_default().statSync(dir).isDirectory())
        return [];
    return external_node_fs_default().readdirSync(dir)
        .filter((f) => EXTENSIONS.includes(external_node_path_default().extname(f)) && external_node_fs_default().statSync(external_node_path_default().join(dir, f)).isFile())
        .map((f) => f.slice(0, -external_node_path_default().extname(f).length))
        .sort();
}
/**
 * `environment` + `directory`, or an explicit `file`: exactly one of the two ways. The file
 * found is the checkout's, so on a runner a link out of the workspace is refused before its
 * values could be exported.
 */
function locateConfig(o) {
    const found = findConfig(o);
    const shown = (p) => external_node_path_default().relative(o.cwd, p) || p;
    workspace_path_refuseLinkOutOfWorkspace(found.file, `config ${shown(found.file)}`, shown);
    return found;
}
function findConfig(o) {
    if (o.environment && o.file) {
        throw new errors/* UserError */.yo('inputs "environment" and "file" are both given; give one of them', { hint: 'environment reads <directory>/<environment>.yaml; file reads that path.' });
    }
    if (o.file) {
        const file = external_node_path_default().resolve(o.cwd, o.file);
        if (!external_node_fs_default().existsSync(file) || !external_node_fs_default().statSync(file).isFile()) {
            throw new errors/* UserError */.yo(`input "file": ${o.file} not found (looked in ${o.cwd})`, { hint: 'Check out the repository first (actions/checkout), or fix the path.' });
        }
        return { file, environment: external_node_path_default().basename(file).replace(/\.(ya?ml|json)$/i, '') };
    }
    if (!o.environment) {
        throw new errors/* UserError */.yo('neither "environment" nor "file" is given', { hint: 'Give environment (e.g. production, read from configs/environments/production.yaml) or file.' });
    }
    // The name becomes a path: refuse anything that could leave the directory.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(o.environment) || o.environment.includes('..')) {
        throw new errors/* UserError */.yo(`input "environment" is "${o.environment}", which is not an environment name`, { hint: 'Use letters, digits, ., _ and - (e.g. production); use file for a path.' });
    }
    const dir = external_node_path_default().resolve(o.cwd, o.directory);
    if (!external_node_fs_default().existsSync(dir) || !external_node_fs_default().statSync(dir).isDirectory()) {
        throw new errors/* UserError */.yo(`input "directory": ${o.directory} is not a directory (looked in ${o.cwd})`, { hint: 'Check out the repository first (actions/checkout), or set directory to where the <environment>.yaml files are.' });
    }
    const found = EXTENSIONS.map((ext) => external_node_path_default().join(dir, o.environment + ext)).filter((f) => external_node_fs_default().existsSync(f) && external_node_fs_default().statSync(f).isFile());
    if (found.length > 1) {
        throw new errors/* UserError */.yo(`both ${external_node_path_default().join(o.directory, `${o.environment}.yaml`)} and ${external_node_path_default().join(o.directory, `${o.environment}.yml`)} exist`, { hint: 'Keep one of them, or pick one with file.' });
    }
    if (found.length === 0) {
        const known = listEnvironments(dir);
        const listed = known.length ? `environments in ${o.directory}: ${known.join(', ')}.` : `${o.directory} holds no .yaml or .yml files.`;
        throw new errors/* UserError */.yo(`${external_node_path_default().join(o.directory, `${o.environment}.yaml`)} not found; ${listed}${suggest_suggestion(o.environment, known)}`, { hint: 'Add the file, or fix environment.' });
    }
    return { file: found[0], environment: o.environment };
}

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
const regex_engine_regexEngine = re2js.get;

;// CONCATENATED MODULE: ./packages/core/src/user-regex.ts



const LOOKAROUND_HINT = 'Match the text itself, or split it into a pattern that must match and one that must not (in a data check: a regex and a not_regex check on the same column).';
const SYNTAX_HINT = 'Patterns use RE2 syntax (https://github.com/google/re2/wiki/Syntax), which runs in time linear in the value.';
/** A construct RE2 refuses, named as the user would look it up, with what to write instead. */
function unsupported(error, input, pattern) {
    if (/^\\[1-9]/.test(input))
        return { construct: `a backreference (${input.slice(0, 2)})`, hint: 'Spell out the repeated text.' };
    if (input === '\\k' || (input === '(?P' && pattern.includes('(?P=')))
        return { construct: 'a named backreference', hint: 'Spell out the repeated text.' };
    if (input.startsWith('(?=') || input.startsWith('(?!'))
        return { construct: `a lookahead (${input.slice(0, 3)}\u2026))`, hint: LOOKAROUND_HINT };
    if (input.startsWith('(?<=') || input.startsWith('(?<!'))
        return { construct: `a lookbehind (${input.slice(0, 4)}\u2026))`, hint: LOOKAROUND_HINT };
    if (input.startsWith('(?>'))
        return { construct: 'an atomic group ((?>\u2026))', hint: 'Write a plain group (?:\u2026): RE2 never backtracks, so it needs no atomic groups.' };
    if (input.startsWith('(?('))
        return { construct: 'a conditional group ((?(\u2026)\u2026|\u2026))', hint: 'Write the alternatives as separate patterns.' };
    if (error.includes('nested repetition') && input.endsWith('+'))
        return { construct: `a possessive quantifier (${input})`, hint: 'Drop the trailing +: RE2 never backtracks, so a plain quantifier does the same.' };
    if (input.startsWith('(?#'))
        return { construct: 'a comment group ((?#\u2026))', hint: 'Remove the comment.' };
    if (input === '\\u' || input === '\\U')
        return { construct: `the escape ${input}`, hint: 'Write a code point as \\x{e9} (hex digits in braces).' };
    if (input === '\\Z')
        return { construct: 'the end-of-text escape \\Z', hint: 'Write \\z (end of text) or $.' };
    return undefined;
}
function compileOrExplain(pattern, flags) {
    const { RE2JS, RE2JSSyntaxException } = regex_engine_regexEngine();
    try {
        return RE2JS.compile(pattern, flags);
    }
    catch (e) {
        if (!(e instanceof RE2JSSyntaxException))
            throw e;
        const input = e.input ?? '';
        const known = unsupported(e.error, input, pattern);
        if (known)
            return { problem: `uses ${known.construct}, which the linear-time regular expression engine (RE2 syntax) cannot run`, hint: known.hint };
        return { problem: `is not a valid regular expression: ${e.error}${input ? ` at ${JSON.stringify(input)}` : ''}`, hint: SYNTAX_HINT };
    }
}
/** Why `pattern` cannot be run, or undefined when it can: for a config read before its checks are compiled. */
function regexRefusal(pattern) {
    const r = compileOrExplain(pattern, 0);
    return r instanceof regexEngine().RE2JS ? undefined : r;
}
/** Compiles `pattern` once, for many values; a pattern RE2 cannot run is a UserError naming what holds it and the construct. */
function compileUserRegex(pattern, options) {
    const { RE2JS } = regex_engine_regexEngine();
    const re = compileOrExplain(pattern, options.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    if (!(re instanceof RE2JS))
        throw new errors/* UserError */.yo(`${options.what} ${JSON.stringify(pattern)} ${re.problem}`, { where: options.where, hint: re.hint });
    return { source: pattern, test: (text) => re.test(text) };
}

;// CONCATENATED MODULE: ./actions/env-config/src/masking.ts

const DEFAULT_MASK_KEYS = 'secret|token|password|passwd|api_key|apikey|access_key|private|credential|auth|dsn|connection_string';
/**
 * Shapes that are credentials whatever key holds them. Each is specific
 * enough not to fire on ordinary settings (a URL without user:password@,
 * a hostname, a model name).
 */
const CREDENTIAL_PATTERNS = [
    { kind: 'URL with user:password@', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/i },
    { kind: 'private key', pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/ },
    { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
    { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/ },
    { kind: 'Slack webhook', pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9/_-]+/ },
    { kind: 'Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
];
/**
 * mask-keys meets every variable name of the config file, which a pull request
 * can edit: it runs on the linear-time engine, so no name can stall the step.
 */
function compileMaskKeys(source) {
    return compileUserRegex(source, { what: 'input "mask-keys"', caseInsensitive: true });
}
/** Why a value is masked: its key name matched mask-keys, or it has a credential's shape; undefined when it is shown. */
function maskReason(name, value, keys) {
    if (value === '')
        return undefined;
    const credential = CREDENTIAL_PATTERNS.find((c) => c.pattern.test(value))?.kind;
    const byKey = keys.test(name);
    return byKey || credential ? { byKey, credential } : undefined;
}
/**
 * The strings to register with the runner's masker. It masks log lines one
 * at a time, so a multi-line value (a PEM key) is registered whole and line by line.
 */
function secretsOf(value) {
    const lines = value.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
    return [...new Set([value, ...(lines.length > 1 ? lines : [])])];
}

;// CONCATENATED MODULE: ./actions/env-config/src/report.ts

/** Long values are cut in the table; the variable itself holds all of it. */
const shown = (v) => (v.length > 120 ? `${v.slice(0, 117)}\u2026` : v);
function buildReport(r) {
    const nulls = r.variables.filter((v) => v.isNull);
    const credentials = r.variables.filter((v) => v.credential);
    const masked = r.variables.filter((v) => v.masked).length;
    const checks = [
        {
            id: 'exported',
            title: 'Variables exported',
            status: r.variables.length ? 'pass' : 'fail',
            severity: 'error',
            observed: r.variables.length,
            expected: '>= 1',
            detail: r.variables.length ? `${masked} masked` : `${r.source} has no value to export (only empty lists or mappings)`,
            location: r.variables.length ? undefined : { file: r.source },
        },
        {
            id: 'null_values',
            title: 'Null values',
            status: nulls.length ? 'fail' : 'pass',
            severity: 'warning',
            observed: nulls.length,
            expected: 0,
            detail: nulls.length ? `exported as empty strings: ${nulls.map((v) => `${v.keyPath} (line ${v.line})`).join(', ')}` : undefined,
            location: nulls[0] ? { file: r.source, line: nulls[0].line } : undefined,
        },
        {
            id: 'empty_collections',
            title: 'Empty lists and mappings',
            status: r.empty.length ? 'fail' : 'pass',
            severity: 'warning',
            observed: r.empty.length,
            expected: 0,
            detail: r.empty.length ? `nothing exported for: ${r.empty.map((e) => `${e.keyPath} (line ${e.line})`).join(', ')}` : undefined,
            location: r.empty[0] ? { file: r.source, line: r.empty[0].line } : undefined,
        },
        {
            id: 'committed_credentials',
            title: 'Credentials in the config file',
            status: credentials.length ? 'fail' : 'pass',
            severity: 'warning',
            observed: credentials.length,
            expected: 0,
            detail: credentials.length
                ? `masked, but committed to the repository: ${credentials.map((v) => `${v.keyPath} (${v.credential}, line ${v.line})`).join(', ')}; keep them in GitHub secrets and pass them with env:`
                : undefined,
            location: credentials[0] ? { file: r.source, line: credentials[0].line } : undefined,
        },
    ];
    return (0,report/* createReport */.LU)({
        action: 'env-config',
        title: `Environment config: ${r.environment}`,
        summary: `${r.variables.length} variable${r.variables.length === 1 ? '' : 's'} from \`${r.source}\` exported to the following steps${r.copiedTo ? `; the file was copied to \`${r.copiedTo}\`` : ''}.`,
        checks,
        tables: [
            {
                title: 'Exported variables',
                columns: ['Variable', 'Value', 'Key', 'Line'],
                rows: r.variables.map((v) => [v.envName, v.masked ? '***' : shown(v.value), v.keyPath, v.line]),
                folded: false,
            },
        ],
        data: {
            environment: r.environment,
            file: r.source,
            copiedTo: r.copiedTo ?? null,
            variables: r.variables.map((v) => ({ name: v.envName, key: v.keyPath, line: v.line, masked: v.masked, null: v.isNull, ...(v.masked ? {} : { value: v.value }) })),
        },
    });
}

;// CONCATENATED MODULE: ./actions/env-config/src/variables.ts

/**
 * Names a runner, a shell or a language runtime reads to decide what runs
 * and how: a config file must never be able to set them for later steps
 * (PATH or LD_PRELOAD pointing into the workspace runs attacker code).
 * Compared case-insensitively, because Windows runners treat `path` as PATH.
 */
const PROTECTED = new Set([
    'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'ENV', 'BASH_ENV', 'IFS', 'PS4', 'PROMPT_COMMAND', 'SHELLOPTS', 'BASHOPTS', 'CDPATH', 'GLOBIGNORE', 'TMPDIR', 'CI',
    'LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT', 'GCONV_PATH',
    'NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'NPM_CONFIG_USERCONFIG',
    'PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PYTHONUSERBASE', 'PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL',
    'PERL5OPT', 'PERL5LIB', 'PERLLIB', 'RUBYOPT', 'RUBYLIB', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'DOTNET_STARTUP_HOOKS',
    'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_EXEC_PATH', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_TEMPLATE_DIR', 'GIT_PROXY_COMMAND', 'GIT_EXTERNAL_DIFF',
    'SSL_CERT_FILE', 'SSL_CERT_DIR', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY',
]);
const PROTECTED_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_', 'LD_', 'DYLD_', 'BASH_FUNC_', 'GIT_CONFIG'];
function isProtectedName(name) {
    const upper = name.toUpperCase();
    return PROTECTED.has(upper) || PROTECTED_PREFIXES.some((p) => upper.startsWith(p));
}
function checkPrefix(prefix) {
    if (prefix === undefined)
        return '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) {
        throw new errors/* UserError */.yo(`input "prefix" is "${prefix}", which cannot start a variable name`, { hint: 'Use letters, digits and _ only, starting with a letter or _, e.g. CFG_.' });
    }
    return prefix;
}
/** Final names for every leaf; refuses protected names and two keys that would land on one name. */
function nameVariables(leaves, o) {
    const byName = new Map();
    const out = [];
    for (const leaf of leaves) {
        const envName = o.prefix + (o.case === 'upper' ? leaf.name.toUpperCase() : leaf.name);
        if (isProtectedName(envName)) {
            throw new errors/* UserError */.yo(`key "${leaf.keyPath}" would set ${envName}, which controls how later steps run; it is never exported`, {
                where: `${o.source}:${leaf.line}`,
                hint: 'Rename the key, or namespace every variable with the prefix input (e.g. prefix: CFG_).',
            });
        }
        // Windows runners (and `case: upper`) cannot tell Model_x from model_x apart either.
        const seen = byName.get(envName.toUpperCase());
        if (seen) {
            throw new errors/* UserError */.yo(`keys "${seen.keyPath}" (line ${seen.line}) and "${leaf.keyPath}" would both set ${envName}`, {
                where: `${o.source}:${leaf.line}`,
                hint: 'Rename one of the keys: names join the key path with _ and replace other characters with _.',
            });
        }
        const v = { ...leaf, envName };
        byName.set(envName.toUpperCase(), v);
        out.push(v);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/env-config/src/action.ts










const envConfig = (0,action.defineAction)({
    name: 'env-config',
    inputs: schemas/* object */.Ikc({
        environment: schemas/* string */.YjP().optional(),
        directory: schemas/* string */.YjP().default('configs/environments'),
        file: schemas/* string */.YjP().optional(),
        prefix: schemas/* string */.YjP().optional(),
        case: schemas/* enum */.k5n(['keep', 'upper']).default('keep'),
        'copy-to': schemas/* string */.YjP().optional(),
        'mask-keys': schemas/* string */.YjP().default(DEFAULT_MASK_KEYS),
        'fail-on': (0,inputs/* failOnInput */.cR)(),
        'report-path': schemas/* string */.YjP().default('mlship-reports/env-config'),
    }),
    async run(inputs, io) {
        const cwd = process.cwd();
        const prefix = checkPrefix(inputs.prefix);
        await Promise.all([loadRegexEngine(), loadYamlParser()]);
        const maskKeys = compileMaskKeys(inputs['mask-keys']);
        const { file, environment } = locateConfig({ environment: inputs.environment, directory: inputs.directory, file: inputs.file, cwd });
        const source = external_node_path_default().relative(cwd, file) || file;
        const text = external_node_fs_default().readFileSync(file, 'utf8');
        const { leaves, empty } = flattenConfig(text, source);
        // Everything is named and checked before anything is exported: a refused key exports nothing.
        const named = nameVariables(leaves, { prefix, case: inputs.case, source });
        const variables = named.map((v) => {
            const reason = maskReason(v.name, v.value, maskKeys);
            return { ...v, masked: reason !== undefined, credential: reason?.credential };
        });
        // Masks go out before any line that could carry a value.
        for (const v of variables)
            if (v.masked)
                for (const s of secretsOf(v.value))
                    io.setSecret(s);
        let copiedTo;
        if (inputs['copy-to']) {
            const target = external_node_path_default().resolve(cwd, inputs['copy-to']);
            if (target === file)
                throw new errors/* UserError */.yo(`input "copy-to" is the config file itself (${source})`, { hint: 'Copy it somewhere else, e.g. config.yaml, or drop copy-to.' });
            if (external_node_fs_default().existsSync(target) && external_node_fs_default().statSync(target).isDirectory())
                throw new errors/* UserError */.yo(`input "copy-to": ${inputs['copy-to']} is a directory`, { hint: 'Give the file name to write, e.g. config.yaml.' });
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(target), { recursive: true });
            external_node_fs_default().copyFileSync(file, target);
            copiedTo = external_node_path_default().relative(cwd, target) || target;
        }
        for (const v of variables)
            io.exportVariable(v.envName, v.value);
        io.info(`env-config: exported ${variables.length} variable${variables.length === 1 ? '' : 's'} from ${source}${copiedTo ? ` (copied to ${copiedTo})` : ''}:`);
        for (const v of variables)
            io.info(`  ${v.envName}=${v.masked ? '***' : v.value.split('\n')[0]}${!v.masked && v.value.includes('\n') ? ' \u2026' : ''}`);
        const result = { environment, source, variables, empty, copiedTo };
        return {
            report: buildReport(result),
            outputs: { 'config-path': file, environment, variables: JSON.stringify(variables.map((v) => v.envName)) },
        };
    },
});


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
