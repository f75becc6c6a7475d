export const id = 6651;
export const ids = [6651];
export const modules = {

/***/ 26651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateData: () => (/* binding */ validateData)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7875);
/* harmony import */ var _mlship_data__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40086);
/* harmony import */ var _mlship_data__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33370);
/* harmony import */ var _mlship_data__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28694);
/* harmony import */ var _mlship_data__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15926);
/* harmony import */ var _mlship_data__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79766);
/* harmony import */ var _mlship_notify__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76460);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12311);




const validateData = (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'validate-data',
    inputs: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        config: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        parameters: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        reference: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        'test-data': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        engine: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(_mlship_data__WEBPACK_IMPORTED_MODULE_3__/* .ENGINES */ .u).default('local'),
        connection: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        table: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        query: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        'memory-limit': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
        'fail-on': (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .failOnInput */ .cR)(),
        'report-path': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().default('mlship-reports/validate-data'),
        'slack-webhook': zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().url().optional(),
    }),
    secrets: ['slack-webhook', 'connection'],
    async run(inputs, io) {
        const parameters = inputs.parameters ? (0,_mlship_data__WEBPACK_IMPORTED_MODULE_4__/* .loadParameters */ .p0)(inputs.parameters) : undefined;
        if (parameters && !inputs.config)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('parameters is set without config; it fills the {"$PARAMETER": \u2026} values of a Great Expectations suite', { hint: 'Set config to the suite, or remove parameters.' });
        const config = inputs.config ? await (0,_mlship_data__WEBPACK_IMPORTED_MODULE_4__/* .loadConfig */ .Z9)(inputs.config, process.cwd(), { parameters }) : (0,_mlship_data__WEBPACK_IMPORTED_MODULE_5__/* .defaultConfig */ .s)();
        const outcome = await (0,_mlship_data__WEBPACK_IMPORTED_MODULE_6__/* .validateDataset */ .pw)({
            data: inputs.data,
            engine: engineOptions(inputs),
            config,
            reference: inputs.reference,
            testData: inputs['test-data'],
            progress: (line) => io.info(line),
        });
        const report = (0,_mlship_data__WEBPACK_IMPORTED_MODULE_7__/* .buildValidationReport */ .s)(outcome);
        if (inputs['slack-webhook'] && (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .failedChecks */ .HH)(report).length > 0) {
            await (0,_mlship_notify__WEBPACK_IMPORTED_MODULE_1__/* .notifyReportFailure */ .U1)(inputs['slack-webhook'], report, io);
        }
        return { report };
    },
});
/** engine: local reads the files on the runner; any other engine's inputs are only read by that engine. */
function engineOptions(inputs) {
    if (inputs.engine === 'local') {
        const stray = ['connection', 'table', 'query', 'memory-limit'].find((k) => inputs[k] !== undefined);
        if (stray)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${stray} is set but engine is local, which reads data on the runner`, { hint: `Set engine (${_mlship_data__WEBPACK_IMPORTED_MODULE_3__/* .ENGINES */ .u.filter((e) => e !== 'local').join(', ')}), or remove ${stray}.` });
        if (inputs.data === undefined)
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('input "data" is required with engine local', { hint: 'Give the dataset to validate (a file, a directory or a glob), or set engine with table or query.' });
        return undefined;
    }
    return { name: inputs.engine, connection: inputs.connection, table: inputs.table, query: inputs.query, memoryLimit: inputs['memory-limit'] };
}


/***/ }),

/***/ 28694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* harmony import */ var _legacy__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78047);

/** Without a `config`, the flat shape's defaults run (1,000 rows, 5 % nulls, 1 % duplicates, 1 % per class): the checks a team gets for free. */
function defaultConfig() {
    return { source: 'default checks', format: 'seed-002', checksFor: (columns) => (0,_legacy__WEBPACK_IMPORTED_MODULE_0__/* .fromLegacy */ .G)({}, columns) };
}


/***/ }),

/***/ 79766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ buildValidationReport)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7875);

const fmtValue = (v) => {
    if (v === undefined || v === null)
        return null;
    if (typeof v === 'number' || typeof v === 'string')
        return v;
    return String(v);
};
/** A config's shape as the summary names it: by what the file holds, not by the format id report consumers match on. */
const shapeName = { native: 'native', 'seed-002': 'flat threshold keys', 'great-expectations': 'Great Expectations suite' };
const isTemporal = (c) => c.kind === 'timestamp' || c.kind === 'date';
/** Epoch milliseconds back to what the user wrote: a date or an ISO timestamp. */
const asInstant = (c, ms) => new Date(ms).toISOString().slice(0, c.kind === 'date' ? 10 : undefined);
function asDuration(ms) {
    const units = [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]];
    const [unit, size] = units.find(([, size]) => Math.abs(ms) >= size) ?? ['ms', 1];
    return `${Number((ms / size).toPrecision(3))} ${unit}`;
}
function profileTable(columns) {
    const value = (c, v) => (typeof v === 'number' && isTemporal(c) ? asInstant(c, v) : fmtValue(v));
    const top = (c) => {
        // When every value is distinct the "top" values are just the first ones seen.
        if (c.distinctExact && c.distinct > 1 && c.distinct === c.count - c.nulls)
            return 'all distinct';
        return c.topValues
            .map((t) => {
            const shown = isTemporal(c) && /^-?\d+(\.\d+)?$/.test(t.value) ? asInstant(c, Number(t.value)) : t.value;
            return `${shown.length > 24 ? shown.slice(0, 24) + '\u2026' : shown} (${t.count})`;
        })
            .join(', ');
    };
    return {
        title: `Column profile (${columns.length} columns)`,
        columns: ['Column', 'Type', 'Nulls', 'Null %', 'Min', 'Max', 'Mean', 'Std', 'Distinct', 'Top values'],
        rows: columns.map((c) => [
            c.name,
            c.kind,
            c.nulls,
            c.nullPercent,
            value(c, c.min),
            value(c, c.max),
            value(c, c.mean),
            typeof c.std === 'number' && isTemporal(c) ? asDuration(c.std) : fmtValue(c.std),
            `${c.distinct}${c.distinctExact ? '' : ' (approx.)'}`,
            top(c),
        ]),
    };
}
/** What a SQL engine ran, folded under the report: every statement, with the engine's regex flavour and quantile method. */
function engineSql(e) {
    const head = `-- engine ${e.name}, ${e.source}; regex: ${e.notes.regex}; quantiles: ${e.notes.quantiles}; every value is bound as a parameter, never part of the SQL text`;
    return { title: `SQL run on ${e.name} (${e.statements.length} statements)`, text: [head, ...e.statements.map((s) => `-- ${s.purpose}, ${(s.ms / 1000).toFixed(2)} s\n${s.sql};`)].join('\n\n') };
}
/** The validate-data Report: a PASS/FAIL row per check, the profile folded under it, null % and drift charts. */
function buildValidationReport(o) {
    const { profile } = o;
    const charts = [
        {
            title: 'Null % per column',
            kind: 'bar',
            x: profile.columns.map((c) => c.name),
            yLabel: 'null %',
            yRange: [0, Math.max(5, Math.ceil(Math.max(...profile.columns.map((c) => c.nullPercent), 0)))],
            series: [{ name: 'null %', values: profile.columns.map((c) => c.nullPercent) }],
        },
        ...o.extras.flatMap((e) => e.charts ?? []),
    ];
    const tables = [...o.extras.flatMap((e) => e.tables ?? []), profileTable(profile.columns)];
    const mb = (o.dataset.bytes / 1e6).toFixed(1);
    return (0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .createReport */ .LU)({
        action: 'validate-data',
        title: 'Data Validation Report',
        summary: `\`${o.dataset.spec}\`: ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K9)(profile.rows)} rows \u00d7 ${o.dataset.columns} columns ${o.engine && !o.dataset.files ? `on engine ${o.engine.name}` : `in ${o.dataset.files} ${o.dataset.format} file(s) (${mb} MB)${o.engine ? ` on engine ${o.engine.name}` : ''}`}, ${profile.duplicateRows} duplicate rows; checks from ${o.configSource} (${shapeName[o.configFormat]}); ${(o.elapsedMs / 1000).toFixed(2)} s.`,
        checks: o.checks,
        ...(o.engine ? { texts: [engineSql(o.engine)] } : {}),
        tables,
        charts,
        data: {
            dataset: o.dataset,
            profile,
            referenceProfile: o.referenceProfile,
            results: o.results,
            ...Object.assign({}, ...o.extras.map((e) => e.data ?? {})),
        },
    });
}


/***/ }),

/***/ 76460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U1: () => (/* reexport */ notifyReportFailure),
  Vp: () => (/* reexport */ runUrl),
  pY: () => (/* reexport */ sendSlack),
  ae: () => (/* reexport */ sendWebhook)
});

// UNUSED EXPORTS: SlackMarkup, escapeSlack, failureMessage, mrkdwn, parseRetryAfter, renderSlackText, slackLink, slackPayload

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(7875);
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
    const err = e instanceof src/* RetryError */.J_ ? e.lastError : e;
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
async function sendWebhook(url, body, options = {}) {
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
        await (0,src/* retry */.L5)(async (attempt) => {
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

;// CONCATENATED MODULE: ./packages/notify/src/mrkdwn.ts
/**
 * Slack text: what is data and what is the bot's own markup.
 *
 * Slack reads `<\u2026>` in any message text as a control sequence \u2014 `<!channel>`
 * and `<!here>` notify everyone, `<@U123>` mentions a person, `<url|label>`
 * is a link \u2014 and `&` starts an entity. A value from a dataset, a config or a
 * log that reaches a message unescaped would speak in the bot's voice: ping a
 * channel, or show "Fix here" linking anywhere. Slack's rule
 * (https://api.slack.com/reference/surfaces/formatting#escaping) is to replace
 * exactly `&`, `<` and `>` with `&amp;`, `&lt;` and `&gt;`; Slack shows them as
 * the characters again, and nothing else may be entity-encoded.
 *
 * Markdown emphasis in data (`*bold*`, `_italic_`, `~strike~`, backticks) is
 * left as written, on purpose: it changes how a value looks, never who is
 * notified or where a click goes, and Slack has no escape for it \u2014 the only way
 * to stop it is to insert invisible characters, which would change the value a
 * reader copies out of the alert (a regex `^a.*b$`, a column `user_id_hash`).
 *
 * So every plain string in a message is data and is escaped when the payload is
 * built; the bot's own links and emphasis are `SlackMarkup`, made by `mrkdwn`
 * and `slackLink`, which escape what is interpolated into them.
 */
/** Text that is Slack markup on purpose; sent as it is. */
class SlackMarkup {
    markup;
    constructor(markup) {
        this.markup = markup;
    }
    toString() {
        return this.markup;
    }
}
/** `&`, `<`, `>` as Slack's entities: the value shows as written and controls nothing. */
const escapeSlack = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The text as it goes on the wire: markup unchanged, anything else escaped. */
const renderSlackText = (text) => (text instanceof SlackMarkup ? text.markup : escapeSlack(String(text)));
/**
 * Markup with data in it: the template's literal parts are the bot's own
 * markup; every interpolated value is escaped unless it is SlackMarkup itself.
 *
 *     mrkdwn`\u2022 *${check.id}*: ${check.detail}`
 */
function mrkdwn(parts, ...values) {
    let out = parts[0] ?? '';
    values.forEach((v, i) => {
        out += (typeof v === 'number' ? String(v) : renderSlackText(v)) + (parts[i + 1] ?? '');
    });
    return new SlackMarkup(out);
}
/**
 * The bot's own link, `<url|label>`. The label is data and escaped; in the URL,
 * `|` (which would end it early) is percent-encoded and `& < >` escaped as in
 * any text. Only http(s) URLs become links: anything else (a `javascript:` URL
 * from a misconfigured server variable, say) is shown as escaped text beside
 * the label, where it can be read but not clicked.
 */
function slackLink(url, label) {
    let href;
    try {
        const u = new URL(url);
        if (u.protocol === 'https:' || u.protocol === 'http:')
            href = u.href;
    }
    catch {
        href = undefined;
    }
    if (href === undefined)
        return new SlackMarkup(`${escapeSlack(label)} (${escapeSlack(url)})`);
    return new SlackMarkup(`<${escapeSlack(href.replace(/\|/g, '%7C'))}|${escapeSlack(label)}>`);
}

;// CONCATENATED MODULE: ./packages/notify/src/slack.ts


const ATTACHMENT_TEXTS = ['fallback', 'pretext', 'title', 'text', 'footer'];
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
async function sendSlack(webhookUrl, message, options = {}) {
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
    const failed = (0,src/* failedChecks */.HH)(report);
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






/***/ })

};
