export const id = 524;
export const ids = [524,171,448];
export const modules = {

/***/ 5524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  promoteModel: () => (/* binding */ promoteModel)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(6215);
;// CONCATENATED MODULE: ./packages/notify/src/webhook.ts

const DEFAULTS = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: 30_000, timeoutMs: 10_000 };
/** Enough of an error body to name the problem (Slack answers with one word) without flooding the log. */
const MAX_BODY_IN_ERROR = 300;
/** A response that was not 2xx. */
class HttpStatusError extends Error {
    status;
    body;
    retryAfterMs;
    constructor(status, body, retryAfterMs) {
        const text = body.trim().replace(/\s+/g, ' ');
        const shown = text.length > MAX_BODY_IN_ERROR ? `${text.slice(0, MAX_BODY_IN_ERROR)}\u2026` : text;
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





;// CONCATENATED MODULE: ./packages/registry/src/registry.ts

const describeTarget = (t) => `${t.kind} "${t.name}"`;
/** The target changed between reading it and writing to it: someone else promoted concurrently. */
class RaceError extends src/* UserError */.yo {
    constructor(model, target, expected, actual) {
        super(`${describeTarget(target)} of ${model} changed while promoting: expected ${expected ?? 'nothing'} there, found ${actual ?? 'nothing'}.`, {
            hint: 'Another promotion ran concurrently; nothing was written. Re-run the step to gate and promote against the current state.',
        });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/registry/src/git/exec.ts

/** A git command that exited non-zero; `stderr` is git's own explanation. */
class GitCommandError extends Error {
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
function runGit(args, opts) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd: opts.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', ...opts.env },
            maxBuffer: 256 * 1024 * 1024,
            timeout: opts.timeoutMs ?? 120_000,
            encoding: 'utf8',
        }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code ?? null;
                reject(new GitCommandError(args, code, stderr || error.message));
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
function tokenAuthEnv(remoteUrl, token) {
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
const isValidArtifactName = (s) => artifactRe.test(s);
const isValidStageName = (s) => nameRe.test(s);
const isValidVersion = (s) => versionRe.test(s);
/** `1.2.0` and `v1.2.0` both mean the tag `name@v1.2.0`. */
const normalizeVersion = (s) => (/^\d/.test(s) ? `v${s}` : s);
function parseTagName(tag) {
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
function formatTagName(artifact, event, counter) {
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
function compareSemver(a, b) {
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
function formatTagMessage(headline, meta) {
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
function parseTagMessage(message) {
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
function buildState(name, records) {
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
function versionsInStage(state, stage) {
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
const holderOf = (state, stage) => versionsInStage(state, stage)[0] ?? null;
function latestRegistered(state) {
    const active = [...state.versions.values()].filter((v) => v.active).map((v) => v.version);
    return active.sort(compareSemver).at(-1) ?? null;
}
function stagesOf(state, version) {
    return [...state.stages.keys()].filter((s) => versionsInStage(state, s).includes(version)).sort();
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
class GitTagRegistry {
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
            throw new src/* UserError */.yo(`model "${name}" not found in the git registry: the repository has no ${formatTagName(name, { action: 'register', version: 'v\u2026' })} tags.`, {
                hint: this.opts.remote ? `Check the model name; tags are read from remote "${this.opts.remote}".` : 'Check the model name, or register a version first (git tag -a \u2026).',
            });
        }
        if (state.deprecated)
            throw new src/* UserError */.yo(`model "${name}" is deprecated in the git registry (tag ${name}@deprecated).`, { hint: 'Deprecated models cannot be promoted.' });
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
            throw new src/* UserError */.yo(`"${name}" is not a valid GTO artifact name.`, { hint: "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit." });
        const v = normalizeVersion(version);
        if (!isValidVersion(v))
            throw new src/* UserError */.yo(`"${version}" is not a semantic version.`, { hint: 'The git registry names versions like v1.2.0.' });
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
            throw new src/* UserError */.yo(`${others[0]} would stay the version of ${describeTarget(o.target)}: it is newer than ${v} and archive-existing is false.`, {
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
            throw new src/* UserError */.yo(`${describeTarget(target)} is not a valid GTO stage name.`, { hint: "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit (e.g. prod, Production, champion)." });
        }
        return target.name;
    }
    version(name, version, state) {
        const v = normalizeVersion(version);
        const found = state.versions.get(v);
        if (!found?.active) {
            const known = [...state.versions.values()].filter((x) => x.active).map((x) => x.version).sort(compareSemver).slice(-5);
            throw new src/* UserError */.yo(`version ${v} of model "${name}" not found in the git registry${found ? ' (it was deregistered)' : ''}.`, {
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
                throw new src/* UserError */.yo(`the repository has no remote "${this.opts.remote}".`, { where: this.opts.cwd, hint: 'Set `remote` to one of `git remote` (actions/checkout creates "origin"), or to none to work on local tags only.' });
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
        return new src/* UserError */.yo(`could not ${what} remote "${this.opts.remote}": ${last.replace(/^fatal: /, '')}`, {
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
                throw new src/* UserError */.yo('not a git repository, so there is no git registry here.', { where: this.opts.cwd, hint: 'Check out the repository first (actions/checkout with fetch-depth: 0), or use registry: mlflow.' });
            }
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/mlflow/client.ts

/** MLflow's error body: `{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "\u2026"}` (databricks.proto ErrorCode). */
class MlflowApiError extends src/* UserError */.yo {
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
class TransientError extends Error {
}
const client_MAX_BODY_IN_ERROR = 300;
/**
 * A small MLflow REST 2.0 client: JSON in, JSON out, credentials on every
 * request, retries for 5xx / 429 / timeouts / connection errors, and every
 * failure turned into one UserError line (an MlflowApiError for answers).
 */
class MlflowClient {
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
            throw new src/* UserError */.yo(`tracking-uri "${opts.trackingUri}" is not an http(s) URL.`, { hint: 'Give the MLflow server or Databricks workspace URL, e.g. https://mlflow.example.com.' });
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
            return await (0,src/* retry */.L5)(async () => {
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
                    throw new MlflowApiError(res.status, err.code, err.message, endpoint, this.host);
                }
                try {
                    return (text.trim() === '' ? {} : JSON.parse(text));
                }
                catch {
                    throw new src/* UserError */.yo(`MLflow ${endpoint} at ${this.host} answered HTTP ${res.status} with a body that is not JSON: ${errorText(text)}`, {
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
            if (e instanceof src/* RetryError */.J_ || e instanceof TransientError) {
                const last = e instanceof src/* RetryError */.J_ ? e.lastError.message : e.message;
                const attempts = e instanceof src/* RetryError */.J_ ? e.attempts : 1;
                throw new src/* UserError */.yo(`MLflow ${endpoint} at ${this.host} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${last}`, {
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
    return t.length > client_MAX_BODY_IN_ERROR ? `${t.slice(0, client_MAX_BODY_IN_ERROR)}\u2026` : t;
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
const ACTIVE_STAGES = ['staging', 'production'];
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
class MlflowRegistry {
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
            throw new src/* UserError */.yo(`version ${version} of model "${name}" has no run_id, so it has no run metrics to check.`, { hint: 'Register versions from a run (mlflow.register_model("runs:/<run_id>/model", \u2026)), or drop min-metrics.' });
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
                throw new src/* UserError */.yo(`version ${newest} would stay the version of ${describeTarget(o.target)}: it is newer than ${version} and archive-existing is false.`, {
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
                throw new src/* UserError */.yo(`tag ${t.key} of ${name} ${version} is not the JSON object mlship writes: ${String(t.value).slice(0, 80)}`, { hint: 'Someone edited the tag by hand; fix or delete it in the MLflow UI.' });
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
            return [`provenance not fully recorded: ${e instanceof src/* UserError */.yo ? e.message : String(e)}`];
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
                throw new src/* UserError */.yo(message, { hint });
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
            throw new src/* UserError */.yo(`metric "${t.metric}" is not recorded for ${req.model} ${version.version}, so "${t.source}" cannot be checked.`, {
                where: 'min-metrics',
                hint: recorded.length ? `Recorded metrics: ${recorded.join(', ')}.` : `The version has no recorded metrics (${registry.kind === 'git' ? 'none in its registration tag message' : 'its run logged none'}).`,
            });
        }
        return { threshold: t, observed, passed: (0,src/* compare */.UD)(observed, t.op, t.value) };
    });
    const base = { registry: registry.kind, model: req.model, version, from, to: req.to, previous, metrics, gate, archived: [], warnings: [] };
    if (gate.some((g) => !g.passed))
        return { ...base, result: 'blocked' };
    if (previous === version.version)
        return { ...base, result: 'already-there' };
    if (req.dryRun)
        return { ...base, result: 'dry-run' };
    const gateLine = gate.map((g) => `${g.threshold.metric} ${(0,src/* formatThreshold */.B6)(g.threshold)}: ${g.observed}`).join('; ');
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
            throw new src/* UserError */.yo(`model "${model}" has no registered versions.`, { hint: 'Register a version first, or name one with version.' });
        return { version: v, from: 'latest registered version' };
    }
    const v = await registry.latestVersion(model, source.from);
    if (!v) {
        throw new src/* UserError */.yo(`no version of model "${model}" is in ${describeTarget(source.from)}.`, {
            where: source.from.kind === 'stage' ? 'from-stage' : 'from-alias',
            hint: 'Promote a version there first, or name the version to promote with version.',
        });
    }
    return { version: v, from: describeTarget(source.from) };
}
/** How far a gate result is from its threshold, for the report ("short by 0.03"). */
const gateMargin = (g) => (0,src/* margin */.Lc)(g.observed, g.threshold.op, g.threshold.value);

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
            expected: (0,src/* formatThreshold */.B6)(g.threshold),
            detail: g.passed
                ? `${g.threshold.metric} ${g.observed} ${(0,src/* formatThreshold */.B6)(g.threshold)}`
                : Number.isNaN(g.observed)
                    ? `${g.threshold.metric} is NaN for ${v}; it cannot satisfy ${(0,src/* formatThreshold */.B6)(g.threshold)}`
                    : `${g.threshold.metric} ${g.observed} misses ${(0,src/* formatThreshold */.B6)(g.threshold)} by ${Math.abs(m)} for ${v}`,
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
        return [k, o.metrics[k], g ? (0,src/* formatThreshold */.B6)(g.threshold) : '', g ? (g.passed ? 'pass' : 'fail') : ''];
    });
    return (0,src/* createReport */.LU)({
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
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
const registrySecrets = ['mlflow-token', 'mlflow-password', 'github-token'];
function openRegistry(inputs, io, cwd = process.cwd()) {
    if (inputs.registry === 'mlflow') {
        const trackingUri = inputs['tracking-uri'];
        if (!trackingUri)
            throw new src/* UserError */.yo('input "tracking-uri" is required with registry: mlflow.', { hint: 'Set it to the MLflow server or Databricks workspace URL.' });
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









;// CONCATENATED MODULE: ./actions/promote-model/src/action.ts





const promoteModel = (0,src/* defineAction */.QP)({
    name: 'promote-model',
    inputs: schemas/* object */.Ikc({
        ...registryInputs,
        'model-name': schemas/* string */.YjP(),
        version: schemas/* string */.YjP().optional(),
        'from-stage': schemas/* string */.YjP().optional(),
        'from-alias': schemas/* string */.YjP().optional(),
        'to-stage': schemas/* string */.YjP().optional(),
        'to-alias': schemas/* string */.YjP().optional(),
        'min-metrics': schemas/* string */.YjP().default('accuracy >= 0.85'),
        'archive-existing': (0,src/* booleanInput */.tE)().default(true),
        'dry-run': (0,src/* booleanInput */.tE)().default(false),
        environment: schemas/* string */.YjP().optional(),
        'environment-url': schemas/* string */.YjP().url().optional(),
        'fail-on': (0,src/* failOnInput */.cR)(),
        'report-path': schemas/* string */.YjP().default('mlship-reports/promote-model'),
    }),
    secrets: [...registrySecrets],
    async run(inputs, io) {
        const source = pickSource(inputs.version, inputs['from-stage'], inputs['from-alias']);
        const to = exactlyOne('to', { 'to-stage': inputs['to-stage'] && { kind: 'stage', name: inputs['to-stage'] }, 'to-alias': inputs['to-alias'] && { kind: 'alias', name: inputs['to-alias'] } });
        const minMetrics = inputs['min-metrics'].trim().toLowerCase() === 'none' ? [] : (0,src/* parseThresholdList */.b2)(inputs['min-metrics'], 'min-metrics');
        const registry = openRegistry(inputs, io);
        if (inputs.environment && !inputs['github-token']) {
            throw new src/* UserError */.yo(`environment "${inputs.environment}" needs github-token to record the deployment`, { hint: 'Pass github-token: ${{ github.token }} with permissions: deployments: write, or drop environment.' });
        }
        const deployment = inputs.environment && !inputs['dry-run']
            ? await (await __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 9231))).startDeployment(io, {
                action: 'promote-model',
                token: inputs['github-token'],
                environment: inputs.environment,
                description: `${inputs['model-name']} to ${to.kind} ${to.name}`,
                payload: { model: inputs['model-name'], target: to, registry: inputs.registry },
                logUrl: runUrl(io.env),
            })
            : undefined;
        let outcome;
        try {
            outcome = await promote(registry, {
                model: inputs['model-name'],
                source,
                to,
                minMetrics,
                archiveExisting: inputs['archive-existing'],
                dryRun: inputs['dry-run'],
                provenance: { runUrl: runUrl(io.env), commit: io.env('GITHUB_SHA'), actor: eventActor(io) },
                log: (line) => io.info(line),
            });
        }
        catch (e) {
            await deployment?.finish('error', `promotion failed: ${e.message}`.slice(0, 140));
            throw e;
        }
        if (deployment) {
            const moved = `${outcome.model} ${outcome.version.version} in ${to.kind} ${to.name}`;
            if (outcome.result === 'blocked')
                await deployment.finish('failure', `${outcome.model} ${outcome.version.version} blocked by the metric gate`);
            else
                await deployment.finish('success', outcome.previous && outcome.previous !== outcome.version.version ? `${moved} (was ${outcome.previous})` : moved, inputs['environment-url']);
        }
        if (outcome.result === 'already-there')
            io.annotate('notice', `${outcome.model} ${outcome.version.version} is already in ${to.kind} "${to.name}"; nothing to do.`, { title: 'promote-model' });
        const url = registry.url(outcome.model, outcome.version.version);
        return {
            report: buildPromotionReport(outcome, url),
            outputs: { version: outcome.version.version, 'previous-version': outcome.previous ?? '', 'registry-url': url },
        };
    },
});
function pickSource(version, fromStage, fromAlias) {
    return exactlyOne('from', {
        version: version && (version === 'latest' ? { latest: true } : { version }),
        'from-stage': fromStage && { from: { kind: 'stage', name: fromStage } },
        'from-alias': fromAlias && { from: { kind: 'alias', name: fromAlias } },
    });
}
/** Exactly one of a group of mutually exclusive inputs. */
function exactlyOne(group, given) {
    const set = Object.entries(given).filter(([, v]) => v);
    const names = Object.keys(given).map((n) => `"${n}"`);
    if (set.length !== 1) {
        throw new src/* UserError */.yo(`${set.length === 0 ? 'none' : set.map(([n]) => `"${n}"`).join(' and ')} given; ${group === 'to' ? 'say where to promote to with' : 'pick the version with'} exactly one of ${names.join(', ')}.`, {
            hint: 'Fix the `with:` block of this step (or the matching --flag).',
        });
    }
    return set[0][1];
}
/** Who triggered the run, from the event payload (GITHUB_EVENT_PATH), for provenance. */
function eventActor(io) {
    const file = io.env('GITHUB_EVENT_PATH');
    if (!file)
        return undefined;
    try {
        const login = JSON.parse(external_node_fs_default().readFileSync(file, 'utf8')).sender?.login;
        return typeof login === 'string' ? login : undefined;
    }
    catch {
        return undefined;
    }
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

/***/ 6215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J_: () => (/* reexport */ RetryError),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  tE: () => (/* reexport */ inputs/* booleanInput */.tE),
  UD: () => (/* reexport */ compare),
  LU: () => (/* reexport */ report/* createReport */.LU),
  QP: () => (/* reexport */ action.defineAction),
  cR: () => (/* reexport */ inputs/* failOnInput */.cR),
  B6: () => (/* reexport */ formatThreshold),
  Lc: () => (/* reexport */ margin),
  b2: () => (/* reexport */ parseThresholdList),
  L5: () => (/* reexport */ retry)
});

// UNUSED EXPORTS: backoffDelay, cliIO, codeBlock, configJsonSchema, describeError, describeInputs, details, didYouMean, effectiveStatus, escapeMarkdown, failedChecks, formatNumber, formatPath, formatScalar, forwardCancellation, groupDigits, isInside, isUserError, killGroupAfter, loadYamlParser, markdownTable, mermaidChart, numberInput, overallStatus, parseConfigDocument, parseDuration, parseInputs, parseThreshold, readConfigDocument, refuseLinkOutOfWorkspace, renderComment, renderSummary, renderText, runAction, runnerIO, sentences, shouldFail, signalGroup, sleep, statusBadge, suggestion, terminateGroup, validateConfig, writeFileAtomic, yamlParser

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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
/* harmony export */   cR: () => (/* binding */ failOnInput),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony exports numberInput, describeInputs */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);


const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** The YAML 1.2 core-schema booleans that core.getBooleanInput accepts, and nothing else. */
const booleanInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((v, ctx) => {
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
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
