export const id = 7727;
export const ids = [7727];
export const modules = {

/***/ 7727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTests: () => (/* binding */ runTests)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
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
    const cancellation = (0,src/* forwardCancellation */.Zu)();
    const child = (0,external_node_child_process_.spawn)(bin, args, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    cancellation.attach(child.pid);
    const deadline = (0,src/* killGroupAfter */.Oj)(child.pid, { timeoutSeconds: o.timeoutSeconds, graceSeconds: KILL_GRACE_SECONDS, onTimeout: o.onTimeout });
    const ended = await new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, signal: null, error }));
        child.once('exit', (code, signal) => resolve({ code, signal }));
    });
    deadline.clear();
    cancellation.stop();
    (0,src/* signalGroup */.i8)(child.pid, deadline.timedOut ? 'SIGKILL' : 'SIGTERM');
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

// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 23 modules
var XMLParser = __webpack_require__(41143);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(75824);
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
        throw new src/* UserError */.yo(`is not well-formed XML: ${valid.err.msg}`, { where: `${file}:${valid.err.line}`, hint: 'The test run may have been cut off while writing it; check the test runner\'s JUnit options.' });
    }
    const doc = parser.parse(xml);
    const rootName = Object.keys(doc).find((k) => k !== '?xml' && !k.startsWith('#'));
    if (rootName !== 'testsuites' && rootName !== 'testsuite') {
        throw new src/* UserError */.yo(`is not a JUnit XML report: its root element is <${rootName ?? 'none'}>, expected <testsuites> or <testsuite>`, { where: file, hint: 'Point junit at the JUnit XML the test runner writes (pytest --junitxml, jest-junit, Surefire, go-junit-report).' });
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
var dist = __webpack_require__(73382);
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
            const row = [a.n, a.passed ? 'passed' : `failed${a.note ? `: ${a.note}` : ''}`, a.outcome.exitCode === null ? describeOutcome(a.outcome) : a.outcome.exitCode, Number((0,src/* formatNumber */.ZV)(a.outcome.durationSeconds))];
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
    return (0,src/* createReport */.LU)({
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









const runTests = (0,src/* defineAction */.QP)({
    name: 'run-tests',
    inputs: schemas/* object */.Ikc({
        command: schemas/* string */.YjP(),
        shell: schemas/* enum */.k5n(['bash', 'sh']).default('bash'),
        retries: (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0).max(10)).default(0),
        'retry-delay': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(0).max(3600)).default(5),
        junit: schemas/* string */.YjP().optional(),
        timeout: schemas/* string */.YjP().optional(),
        'working-directory': schemas/* string */.YjP().default('.'),
        'fail-on': (0,src/* failOnInput */.cR)(),
        'report-path': schemas/* string */.YjP().default('mlship-reports/run-tests'),
    }),
    async run(inputs, io) {
        const cwd = external_node_path_default().resolve(inputs['working-directory']);
        if (!external_node_fs_default().existsSync(cwd) || !external_node_fs_default().statSync(cwd).isDirectory()) {
            throw new src/* UserError */.yo(`input "working-directory" is "${inputs['working-directory']}", which is not a directory`, { hint: 'Check out the repository first, or fix the path.' });
        }
        if (!inputs.command.trim())
            throw new src/* UserError */.yo('input "command" is empty', { hint: 'Give the test command, e.g. `command: pytest tests/ --junitxml=reports/junit.xml`.' });
        const timeoutSeconds = inputs.timeout === undefined ? undefined : (0,src/* parseDuration */.E9)(inputs.timeout, 'timeout');
        const patterns = inputs.junit ? junitPatterns(inputs.junit) : undefined;
        if (patterns && patterns.length === 0)
            throw new src/* UserError */.yo('input "junit" holds no path', { hint: 'Give the JUnit XML path or glob, e.g. reports/junit-*.xml.' });
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
                        if (!(0,src/* isUserError */.iU)(e))
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


/***/ })

};
