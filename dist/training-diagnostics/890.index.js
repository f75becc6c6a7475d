export const id = 890;
export const ids = [890,171,448];
export const modules = {

/***/ 80890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainingDiagnostics: () => (/* binding */ trainingDiagnostics)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(74883);
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





// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/argv.ts

/**
 * Splits the `command` input into argv the way a POSIX shell splits words \u2014
 * single quotes literal, double quotes with \" \\ \$ \` escapes, backslash
 * outside quotes, `#` comments \u2014 and then runs it with no shell at all.
 *
 * What a shell would do *beyond* splitting (pipes, `&&`, redirections,
 * `$VAR`, `$(\u2026)`, globs) cannot happen here, so rather than pass `&&` or
 * `$LR` to the program as a literal word, those are rejected with a hint: run
 * a script on purpose (`command: bash train.sh`) when shell features are wanted.
 */
function splitCommand(command) {
    const words = [];
    let word = '';
    let inWord = false;
    const fail = (what, hint) => {
        throw new src/* UserError */.yo(`input "command" ${what}`, { hint });
    };
    const shellOnly = (c) => fail(`uses the shell syntax "${c}", but the command runs without a shell (inputs are never interpolated into one)`, 'Put the pipeline in a script and run it deliberately, e.g. `command: bash train.sh`, or quote the character if it is meant literally.');
    for (let i = 0; i < command.length; i++) {
        const c = command[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            continue;
        }
        if (c === '#' && !inWord) {
            while (i < command.length && command[i] !== '\n')
                i++;
            continue;
        }
        if (c === "'") {
            const end = command.indexOf("'", i + 1);
            if (end < 0)
                fail('has an unterminated single quote', "Close the quote: `python train.py --name 'run 1'`.");
            word += command.slice(i + 1, end);
            inWord = true;
            i = end;
            continue;
        }
        if (c === '"') {
            inWord = true;
            let j = i + 1;
            for (; j < command.length && command[j] !== '"'; j++) {
                const d = command[j];
                if (d === '\\' && j + 1 < command.length) {
                    const next = command[j + 1];
                    if (next === '\n') {
                        j++;
                        continue;
                    }
                    if ('"\\$`'.includes(next)) {
                        word += next;
                        j++;
                        continue;
                    }
                    word += d;
                    continue;
                }
                if (d === '$' || d === '`')
                    shellOnly(d === '$' ? '$' : '`');
                word += d;
            }
            if (j >= command.length)
                fail('has an unterminated double quote', 'Close the quote: `python train.py --name "run 1"`.');
            i = j;
            continue;
        }
        if (c === '\\') {
            if (i + 1 >= command.length)
                fail('ends with a lone backslash', 'Remove it, or write \\\\ for a literal backslash.');
            const next = command[++i];
            // Backslash-newline is a line continuation, as in sh.
            if (next !== '\n') {
                word += next;
                inWord = true;
            }
            continue;
        }
        if ('|&;<>()$`*?'.includes(c))
            shellOnly(c);
        if (c === '~' && !inWord)
            shellOnly('~');
        word += c;
        inWord = true;
    }
    if (inWord)
        words.push(word);
    if (words.length === 0)
        fail('is empty', 'Give the training command, e.g. `command: python train.py --epochs 10`.');
    return words;
}
/** argv back to one line a person can paste into sh (for logs and the summary). */
function quoteArgv(argv) {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/log-tail.ts

/** How much of a log is kept for classification: enough for a long traceback and the lines before it. */
const TAIL_BYTES = 256 * 1024;
const MAX_LINE = 2000;
/** The last `limit` bytes of a stream, in bounded memory however long the command runs. */
class TailBuffer {
    limit;
    chunks = [];
    /** Index of the oldest chunk still kept: dropping by index keeps a push O(1) with many small chunks. */
    head = 0;
    size = 0;
    total = 0;
    constructor(limit = TAIL_BYTES) {
        this.limit = limit;
    }
    push(chunk) {
        this.total += chunk.length;
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size - this.chunks[this.head].length >= this.limit)
            this.size -= this.chunks[this.head++].length;
        if (this.head > 1024 && this.head * 2 > this.chunks.length) {
            this.chunks = this.chunks.slice(this.head);
            this.head = 0;
        }
    }
    bytes() {
        const all = Buffer.concat(this.chunks.slice(this.head));
        return all.length > this.limit ? all.subarray(all.length - this.limit) : all;
    }
    get truncated() {
        return this.total > this.limit;
    }
}
/** Reads only the last `limit` bytes of a file, however large it is. */
function readFileTail(file, limit = TAIL_BYTES) {
    const fd = external_node_fs_default().openSync(file, 'r');
    try {
        const totalBytes = external_node_fs_default().fstatSync(fd).size;
        const length = Math.min(limit, totalBytes);
        const bytes = Buffer.alloc(length);
        let read = 0;
        while (read < length) {
            const n = external_node_fs_default().readSync(fd, bytes, read, length - read, totalBytes - length + read);
            if (n === 0)
                break;
            read += n;
        }
        return { bytes: bytes.subarray(0, read), totalBytes };
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
const GITHUB_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
// CSI/OSC escape sequences (colours, cursor moves) that tools print to terminals.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/**
 * Bytes to readable lines: invalid UTF-8 and control bytes become U+FFFD, ANSI
 * colours go, a carriage-return progress bar keeps its last state, a line that
 * is mostly binary becomes a placeholder, and a line cut by the tail window is
 * dropped so a half line cannot be mistaken for evidence.
 */
function toLines(bytes, truncated, totalBytes = bytes.length) {
    const text = bytes.toString('utf8');
    let lines = text.split('\n');
    if (truncated && lines.length > 1)
        lines = lines.slice(1);
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    let binaryLines = 0;
    // A log downloaded from GitHub prefixes every line with its time; rules anchored at the line start must not see it.
    const stamped = lines.length > 0 && lines.filter((l) => GITHUB_TIMESTAMP.test(l)).length >= lines.length / 2;
    const out = lines.map((raw) => {
        if (stamped)
            raw = raw.replace(GITHUB_TIMESTAMP, '');
        let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.includes('\r'))
            line = line.slice(line.lastIndexOf('\r') + 1);
        line = line.replace(ANSI, '');
        const bad = (line.match(CONTROL)?.length ?? 0) + (line.match(/\uFFFD/g)?.length ?? 0);
        if (line.length >= 8 && bad / line.length > 0.3) {
            binaryLines++;
            return `[binary data: ${Buffer.byteLength(raw)} bytes]`;
        }
        line = line.replace(CONTROL, '\uFFFD');
        return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}\u2026 [${line.length - MAX_LINE} more characters]` : line;
    });
    return { lines: out, totalBytes, truncated, binaryLines };
}
function readLogTail(file, limit = TAIL_BYTES) {
    const { bytes, totalBytes } = readFileTail(file, limit);
    return toLines(bytes, totalBytes > bytes.length, totalBytes);
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/nan-loss.ts


/**
 * Lines that say the *loss* is NaN or \u00b1inf, as trainers print them:
 * `loss: nan`, `loss=inf`, `loss: -inf`, Keras' `- loss: nan`, a Hugging Face
 * Trainer dict `{'loss': nan, 'grad_norm': \u2026}` or `'eval_loss': nan`, a
 * PyTorch Lightning progress bar `train_loss=nan` / `train_loss_step=nan`,
 * Lightning's EarlyStopping `val_loss = nan is not finite`, `Loss is NaN`,
 * `nan loss detected`, `loss 2.3 \u2026 loss nan`.
 *
 * They are strict on purpose, because they can stop a running job: between
 * the word loss and its `=`/`:` only quotes, brackets or spaces may stand, so
 * `loss: 0.41, grad_norm: nan` is not a NaN loss (an inf gradient norm is what
 * fp16 loss scaling skips every so often), and `nan`/`inf` must be whole words
 * (`nanoseconds`, `info`, `finance` never match).
 */
const NAN_LOSS_LINE = [
    /(?:\b|_)loss(?:_(?:step|epoch))?\b['"\])]?\s*[=:]\s*['"]?(?:tensor\()?[-+]?(?:nan|inf(?:inity)?)\b/i,
    /\b(?:train_|val_|total_)?loss\s+[-+]?(?:nan|inf)\b/i,
    /\bLoss is (?:nan|inf)/i,
    /\bnan loss\b|\bloss (?:is|became|went) [-+]?(?:nan|inf)/i,
    /\bloss returned in `?training_step`? is [-+]?(?:nan|inf)/i,
];
const isNanLossLine = (line) => NAN_LOSS_LINE.some((p) => p.test(line));
/** A partial line longer than this is not a log line anyone prints; it is dropped rather than kept growing. */
const MAX_PARTIAL = 64 * 1024;
/**
 * Splits one output stream into lines as they arrive and reports the first
 * that says the loss went NaN/inf. `\r` ends a line too: tqdm and Lightning
 * progress bars redraw with carriage returns and may not print a newline
 * until the epoch ends. UTF-8 split across chunks is decoded whole.
 */
class NanLossWatcher {
    onNanLoss;
    decoder = new external_node_string_decoder_.StringDecoder('utf8');
    partial = '';
    found = false;
    constructor(onNanLoss) {
        this.onNanLoss = onNanLoss;
    }
    push(chunk) {
        if (this.found)
            return;
        const text = this.partial + this.decoder.write(chunk);
        const parts = text.split(/\r\n|\r|\n/);
        this.partial = parts.pop() ?? '';
        if (this.partial.length > MAX_PARTIAL)
            this.partial = '';
        for (const raw of parts) {
            const line = raw.replace(ANSI, '');
            if (line && isNanLossLine(line)) {
                this.found = true;
                this.onNanLoss(line.trim());
                return;
            }
        }
    }
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/rules.ts

const rules = [
    {
        cause: 'timeout',
        title: 'Training timed out',
        seed: { failure: '\ud559\uc2b5 \uc2dc\uac04 \ucd08\uacfc (training timeout)', reason: '\ub370\uc774\ud130 \ud06c\uae30 \uc99d\uac00 (the data grew)', remedy: '\uc0d8\ud50c\ub9c1, \ubcd1\ub82c\ud654, \ud0c0\uc784\uc544\uc6c3 \uc99d\uac00 (sample, parallelise, raise the timeout)' },
        remedy: 'The data grew past what fits in the time budget: train on a sample in CI (e.g. `--max-rows`/a data subset on pull requests), parallelise (more DataLoader workers, multi-GPU/DDP), or raise the `timeout` input and the job\'s `timeout-minutes`.',
        outcome: (o) => o.timedOut,
    },
    {
        cause: 'cancelled',
        title: 'Job cancelled',
        remedy: 'The run was cancelled while training (by hand, by a newer push under `concurrency: cancel-in-progress`, or by the job\'s `timeout-minutes`) and the signal was passed to the command. If it was the job timeout, give the action a `timeout` shorter than `timeout-minutes` so a slow run is diagnosed as a timeout instead.',
        outcome: (o) => o.cancelled === true,
    },
    {
        cause: 'cuda-oom',
        title: 'CUDA out of memory',
        seed: { failure: '\uba54\ubaa8\ub9ac \ubd80\uc871 (out of memory)', reason: '\ubaa8\ub378/\ub370\uc774\ud130 \ud06c\uae30 (model/data size)', remedy: 'Runner \uc2a4\ud399 \uc5c5\uadf8\ub808\uc774\ub4dc, \ubc30\uce58 \ucc98\ub9ac (bigger runner, batch processing)' },
        remedy: 'The model and batch do not fit in GPU memory: lower the batch size (keep the effective batch with gradient accumulation), use mixed precision (`torch.autocast`) or gradient checkpointing, set `PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True` when reserved \u226b allocated (fragmentation), or move the job to a runner with a larger GPU.',
        patterns: [
            /CUDA out of memory/i,
            /\bOutOfMemoryError\b/,
            /CUBLAS_STATUS_ALLOC_FAILED/,
            /CUDA error: out of memory/i,
            /cudaErrorMemoryAllocation/,
            /RESOURCE_EXHAUSTED: Out of memory while trying to allocate/i,
            /\bOOM when allocating tensor\b/,
        ],
    },
    {
        cause: 'nccl',
        title: 'NCCL (multi-GPU communication) error',
        remedy: 'A collective between GPUs failed or hung: rerun with `NCCL_DEBUG=INFO` (and `TORCH_DISTRIBUTED_DEBUG=DETAIL`) to see which rank and transport broke; check every rank runs the same code path (a rank that skips a collective hangs the rest); on hosts without working P2P/InfiniBand try `NCCL_P2P_DISABLE=1` / `NCCL_IB_DISABLE=1`; raise the process group `timeout` only if a rank is legitimately slow (e.g. data loading on rank 0).',
        patterns: [
            /\bNCCL error\b/i,
            /\bncclSystemError\b|\bncclInternalError\b|\bncclUnhandledCudaError\b|\bncclInvalidUsage\b|\bncclRemoteError\b/,
            /ProcessGroupNCCL.*(?:Watchdog|timeout|Timeout|caught collective operation timeout)/,
            /\bDistBackendError\b/,
            /NCCL WARN/,
        ],
    },
    {
        cause: 'disk-full',
        title: 'Disk full',
        remedy: 'The runner ran out of disk: clean caches before training (`docker system prune -af`, `pip cache purge`, old checkpoints, `dvc gc`), write checkpoints and datasets to a larger volume (set `TMPDIR`, `HF_HOME`, the DVC cache dir), keep fewer checkpoints, or use a runner with a bigger disk.',
        patterns: [/No space left on device/i, /\bENOSPC\b/, /\[Errno 28\]/, /Disk quota exceeded/i, /\bEDQUOT\b/],
    },
    {
        cause: 'dvc-pull',
        title: 'DVC pull failed',
        seed: { failure: '\ub370\uc774\ud130 pull \uc2e4\ud328 (data pull failed)', reason: 'DVC \uc778\uc99d \ub9cc\ub8cc (DVC credentials expired)', remedy: 'Secrets \uac31\uc2e0, \ud1a0\ud070 rotation (renew the secrets, rotate the token)' },
        remedy: 'DVC could not read the remote \u2014 usually expired or missing credentials: renew the storage secrets (e.g. `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`, `GDRIVE_CREDENTIALS_DATA`, Azure connection string) in the repository settings and rotate the token; check `dvc remote list` points at the bucket the credentials can read, and that every needed file was `dvc push`ed.',
        patterns: [
            /ERROR: failed to pull data from the cloud/i,
            /\bdvc\b.*(?:pull|fetch).*(?:fail|error)/i,
            /ERROR: unexpected error - .*(?:credentials|Forbidden|403|AccessDenied|ExpiredToken)/i,
            /Unable to locate credentials/i,
            /\bExpiredToken\b|The provided token has expired|InvalidAccessKeyId|SignatureDoesNotMatch/,
            /ERROR: failed to (?:pull|fetch|download)/i,
            /ERROR: configuration error - .*remote/i,
        ],
    },
    {
        cause: 'image-pull',
        title: 'Container image pull failed',
        seed: { failure: '\ubc30\ud3ec \uc2e4\ud328 (deployment failed)', reason: '\uc774\ubbf8\uc9c0 pull \uc624\ub958 (image pull error)', remedy: 'Registry \uc778\uc99d \ud655\uc778, \ud0dc\uadf8 \uac80\uc99d (check registry auth, verify the tag)' },
        remedy: 'The image could not be pulled: check the registry login (`docker/login-action` with a token that can read the package; `imagePullSecrets` in Kubernetes) and verify the tag exists (`docker manifest inspect <image>:<tag>`) \u2014 a tag built by a failed or skipped job is the usual cause of `manifest unknown`.',
        patterns: [
            /\bErrImagePull\b/,
            /\bImagePullBackOff\b/,
            /manifest unknown/i,
            /manifest for .* not found/i,
            /pull access denied/i,
            /Error response from daemon: (?:pull|Get|Head) /i,
            /failed to (?:pull|resolve) (?:image|reference)/i,
            /unauthorized: authentication required/i,
        ],
    },
    {
        cause: 'missing-module',
        title: 'Missing Python module',
        remedy: 'A package the code imports is not installed in this environment: add it to requirements.txt / pyproject (pinned), install in the same interpreter that runs training (`python -m pip install -r requirements.txt`), and for a local package run from the repo root or `pip install -e .`. A CUDA-extension import error usually means a torch/CUDA version mismatch.',
        patterns: [/^\s*ModuleNotFoundError: /, /^\s*ImportError: /, /No module named ['"]?[\w.]+/],
    },
    {
        cause: 'nan-loss',
        title: 'Loss became NaN/inf',
        remedy: 'Training diverged: lower the learning rate or add warm-up, clip gradients (`torch.nn.utils.clip_grad_norm_`), check the data for NaN/inf and zero-variance features (validate-data), use a loss that is numerically stable (`BCEWithLogitsLoss`, log-softmax) and keep fp16 loss scaling on (`GradScaler`); `torch.autograd.set_detect_anomaly(True)` finds the first bad op.',
        // The loss lines that can also stop a running job (stop-on-nan), plus anomaly-detection messages that only explain a failure.
        patterns: [...NAN_LOSS_LINE, /\bNaN or Inf found in input tensor\b/i, /Function '\w+' returned nan values/, /detected (?:nan|inf) (?:in|loss)/i],
    },
    {
        cause: 'gpu-stall',
        title: 'GPUs stalled',
        remedy: 'Every GPU sat idle for the whole stall window while the command kept running, so it was stopped instead of burning GPU hours. Usual reasons: a hung collective (one rank stuck or dead: rerun with `NCCL_DEBUG=INFO` and `TORCH_DISTRIBUTED_DEBUG=DETAIL`, and `py-spy dump --pid <pid>` on a live run shows where each process waits), a starved input pipeline (more DataLoader `num_workers`, `pin_memory=True`, data on local disk instead of a network mount), or waiting on something else (a download, a lock, a prompt). If start-up (loading data, compiling) legitimately keeps the GPUs idle longer, raise `stall-minutes`.',
    },
    {
        cause: 'gpu-unavailable',
        title: 'GPUs unavailable',
        remedy: 'The job did not get the GPUs it needs: check that the `runs-on` labels select only runners with enough GPUs (e.g. a `gpu-4x` label), that no other job or stray process holds them, and that the NVIDIA driver works on the runner (`nvidia-smi` must list every GPU; after a driver update, reboot or reload the kernel module). In a container job, pass the GPUs in (`options: --gpus all`).',
        patterns: [/No CUDA GPUs are available/i, /Found no NVIDIA driver on your system/i, /NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/i, /CUDA driver initialization failed/i],
    },
    {
        cause: 'host-oom',
        title: 'Killed by the host OOM killer',
        seed: { failure: '\uba54\ubaa8\ub9ac \ubd80\uc871 (out of memory)', reason: '\ubaa8\ub378/\ub370\uc774\ud130 \ud06c\uae30 (model/data size)', remedy: 'Runner \uc2a4\ud399 \uc5c5\uadf8\ub808\uc774\ub4dc, \ubc30\uce58 \ucc98\ub9ac (bigger runner, batch processing)' },
        remedy: 'The process ran out of host RAM and the kernel killed it (SIGKILL, exit 137): process the data in batches or stream it (chunked reads, a memory-mapped dataset) instead of loading it whole, lower DataLoader `num_workers`/`prefetch_factor` (each worker copies the dataset), or move the job to a runner with more memory.',
        patterns: [/Out of memory: Killed process/i, /oom-kill:/i, /^\s*MemoryError\b/, /\bKilled\s*$/, /std::bad_alloc/, /Cannot allocate memory/i],
        outcome: (o) => o.oomKilled === true || o.exitCode === 137 || o.signal === 'SIGKILL',
    },
    {
        cause: 'flaky-test',
        title: 'Tests failed (possibly nondeterministic)',
        seed: { failure: '\ud14c\uc2a4\ud2b8 \ubd88\uc548\uc815 (flaky tests)', reason: '\ub79c\ub364 \uc2dc\ub4dc \ubbf8\uace0\uc815 (random seed not fixed)', remedy: 'PYTHONHASHSEED, numpy seed \uace0\uc815 (fix PYTHONHASHSEED and the numpy seed)' },
        remedy: 'If the same test passes on a rerun, the randomness is not pinned: set `PYTHONHASHSEED=0` in the job env and fix every seed at the start of each test and of training (`random.seed`, `np.random.seed`, `torch.manual_seed`, `torch.cuda.manual_seed_all`; `torch.use_deterministic_algorithms(True)` for GPU ops); compare metrics with a tolerance instead of exact equality.',
        // pytest's own lines only: an AssertionError in training code is a bug, not flakiness.
        patterns: [/^=+ .*\b\d+ failed\b.* =+$/, /^FAILED [^\s]+::/],
    },
];
const unknownRule = {
    cause: 'unknown',
    title: 'Unclassified failure',
    remedy: 'No known failure pattern was found in the log; read the last lines of the log below, and rerun with more logging (e.g. `PYTHONFAULTHANDLER=1`, `NCCL_DEBUG=INFO`, `CUDA_LAUNCH_BLOCKING=1`).',
};
const ruleFor = (cause) => rules.find((r) => r.cause === cause) ?? unknownRule;

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/classify.ts

const describeOutcome = (o) => {
    if (o.timedOut)
        return 'the command ran past the timeout and was killed';
    if (o.oomKilled)
        return `the cgroup's oom_kill counter went up (exit ${o.exitCode ?? o.signal})`;
    if (o.signal)
        return `killed by ${o.signal}`;
    return o.exitCode === null ? 'no known exit status, and no known pattern in the log' : `exit code ${o.exitCode}`;
};
/**
 * Decides the cause, strongest evidence first: a timeout (we killed it); the
 * exception that ended the process (its `Type: message` line); how the process
 * ended (137/SIGKILL is the OOM killer's signature); then any known line in
 * the tail, in the rules' order.
 */
function classify(lines, outcome, traceback) {
    const seen = new Map();
    for (const rule of rules) {
        if (!rule.patterns)
            continue;
        for (let i = lines.length - 1; i >= 0 && !seen.has(rule.cause); i--) {
            if (rule.patterns.some((p) => p.test(lines[i])))
                seen.set(rule.cause, lines[i].trim());
        }
    }
    const decide = (rule, evidence) => ({
        cause: rule.cause,
        title: rule.title,
        remedy: rule.remedy,
        seed: rule.seed,
        evidence,
        alsoSeen: [...seen.keys()].filter((c) => c !== rule.cause),
    });
    if (outcome.decided)
        return decide(ruleFor(outcome.decided.cause), outcome.decided.evidence);
    const timeout = rules.find((r) => r.cause === 'timeout');
    if (outcome.timedOut)
        return decide(timeout, describeOutcome(outcome));
    if (outcome.cancelled)
        return decide(rules.find((r) => r.cause === 'cancelled'), `the job was cancelled; the command ended by ${outcome.signal ?? `exit ${outcome.exitCode}`}`);
    if (traceback && traceback.type !== 'UnfinishedTraceback') {
        const line = traceback.message ? `${traceback.type}: ${traceback.message}` : traceback.type;
        const rule = rules.find((r) => r.patterns?.some((p) => p.test(line)));
        if (rule)
            return decide(rule, line);
    }
    const byOutcome = rules.find((r) => r.cause !== 'timeout' && r.cause !== 'cancelled' && r.outcome?.(outcome));
    // A CUDA OOM message beats the exit status: torchrun's agent kills the other ranks with SIGKILL.
    if (byOutcome && !seen.has('cuda-oom'))
        return decide(byOutcome, seen.get(byOutcome.cause) ?? describeOutcome(outcome));
    for (const rule of rules) {
        const evidence = seen.get(rule.cause);
        if (evidence !== undefined)
            return decide(rule, evidence);
    }
    return decide(unknownRule, describeOutcome(outcome));
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/data/src/table.ts
const isNumericKind = (kind) => kind === 'int' || kind === 'float' || kind === 'decimal';
const isTemporalKind = (kind) => kind === 'timestamp' || kind === 'date';
/** null, undefined and NaN are "missing", matching pandas.isnull. */
const isMissing = (v) => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./packages/core/src/digits.ts
/**
 * A whole number with its thousands grouped, `1,234,567`, as
 * `toLocaleString('en-US')` writes it: that call loads ICU's number formats,
 * ~25 ms of a run's start. Other numbers go to it.
 */
function groupDigits(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
}

;// CONCATENATED MODULE: ./packages/data/src/read/line-cap.ts

/**
 * The longest line (CSV record, JSONL line) a text reader holds before
 * refusing the file. A reader keeps an unfinished line in memory, so without
 * a bound one 300 MB line \u2014 a file without newlines, a runaway quoted field \u2014
 * takes gigabytes and minutes before anything is said.
 */
const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
/** A line passed the cap; `line` is where it starts (1-based). */
class LineTooLongError extends Error {
    line;
    maxBytes;
    constructor(line, maxBytes) {
        super(`line ${line} is longer than ${describeBytes(maxBytes)}`);
        this.line = line;
        this.maxBytes = maxBytes;
    }
}
const lineTooLongHint = (maxBytes) => `Look for an unclosed quote or missing line breaks there, or raise read.max_line_bytes (now ${maxBytes}).`;
function describeBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${groupDigits(n / (1024 * 1024))} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${groupDigits(n / 1024)} KiB`;
    return `${groupDigits(n)} bytes`;
}
/**
 * The text of a line not finished yet. Chunks without a newline cannot end a
 * line, so they are kept as a list rather than concatenated and rescanned per
 * chunk (which made one long line quadratic in time and garbage); their UTF-8
 * size is counted so the cap is checked as each chunk arrives, before the next
 * one is read.
 */
class PendingLine {
    maxBytes;
    pieces = [];
    /** An upper bound of the pieces' UTF-8 size, made exact when it passes the cap. */
    bytes = 0;
    /** Text of at most this many UTF-16 units is within the cap whatever it holds (3 UTF-8 bytes per unit at most). */
    safeUnits;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
        this.safeUnits = Math.floor(maxBytes / 3);
    }
    /** Throws when `s[start, end)`, a line completed within one chunk, is over the cap. */
    check(s, start, end, line) {
        if (Buffer.byteLength(s.slice(start, end)) > this.maxBytes)
            throw new LineTooLongError(line, this.maxBytes);
    }
    get isEmpty() {
        return this.pieces.length === 0;
    }
    /** Adds text holding no newline; throws when the line now passes the cap. */
    append(text, line) {
        if (text === '')
            return;
        this.pieces.push(text);
        this.bytes += text.length * 3 <= this.maxBytes ? text.length * 3 : Buffer.byteLength(text);
        if (this.bytes > this.maxBytes) {
            this.bytes = this.pieces.reduce((s, p) => s + Buffer.byteLength(p), 0);
            if (this.bytes > this.maxBytes)
                throw new LineTooLongError(line, this.maxBytes);
        }
    }
    /** The held text followed by `next` (one copy, not two), emptied. */
    take(next = '') {
        if (next !== '')
            this.pieces.push(next);
        const text = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
        this.pieces = [];
        this.bytes = 0;
        return text;
    }
}

;// CONCATENATED MODULE: ./packages/data/src/read/csv-tokenizer.ts

/**
 * An RFC 4180 tokenizer fed with text chunks. csv-parse took 1.6\u00d7 as long to
 * split a 200k-row file as pandas needed to read *and* profile it
 * (bench/validate-data/RESULTS.md has the numbers), so records are split here:
 * a line without a quote character is one `String.split`, and only lines
 * with quotes go through the character loop (doubled quotes, delimiters and
 * newlines inside quotes).
 *
 * Blank lines are skipped (as pandas and csv-parse `skip_empty_lines` do);
 * a quote inside an unquoted field is kept literally (as pandas does).
 *
 * A record with quotes that spans chunks is scanned once: what it holds so
 * far (its fields, the field in progress as slices of the chunks) stays in
 * `open`, and the next chunk resumes the scan where the last one stopped.
 * Joining the record and rescanning it from its start on every chunk made a
 * quoted field of many lines quadratic in time.
 *
 * The options a user may set cost nothing when unset: `skipLines` is checked
 * once per chunk, `comment` is one branch per line, and the `whitespace`
 * delimiter (pandas' `sep=r"\s+"`) has its own record splitter.
 */
class CsvSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;
/** The delimiter value meaning "runs of blanks and tabs". */
const WHITESPACE = 'whitespace';
const isBlank = (c) => c === SPACE || c === TAB;
const BLANKS = /[ \t]+/;
class CsvTokenizer {
    delimiter;
    onRecord;
    pending;
    /** The record with quotes being scanned; `open.pending` while it spans chunks. */
    open = new OpenRecord();
    /** Line number (1-based) where the next record starts. */
    line = 1;
    first;
    cr = false;
    skip;
    comment;
    ws;
    onLine;
    constructor(delimiter, onRecord, options = {}) {
        this.delimiter = delimiter;
        this.onRecord = onRecord;
        this.pending = new PendingLine(options.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES);
        this.skip = options.skipLines ?? 0;
        this.comment = options.comment;
        this.first = options.fileStart ?? true;
        this.ws = delimiter === WHITESPACE;
        this.onLine = this.ws ? undefined : options.onLine;
        this.open.reset(this.ws ? BETWEEN_FIELDS : FIELD_START);
    }
    /** The line the next record (or the one still open) starts on. */
    get nextLine() {
        return this.line;
    }
    push(text) {
        if (this.first) {
            this.first = false;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        // A CR ending a chunk is read with the next one: whether it ends a line depends on what follows.
        if (this.cr)
            text = '\r' + text;
        this.cr = text.charCodeAt(text.length - 1) === CR;
        if (this.cr)
            text = text.slice(0, -1);
        if (text === '')
            return;
        if (this.open.pending) {
            const next = this.resume(text, false);
            if (next < 0 || next >= text.length)
                return;
            text = text.slice(next);
        }
        // No record ends without a newline: such a chunk is only held, not rescanned.
        if (text.indexOf('\n') < 0)
            return this.pending.append(text, this.line);
        this.pending.append(this.consume(this.pending.take(text), false), this.line);
    }
    end() {
        let tail = this.cr ? '\r' : '';
        this.cr = false;
        if (this.open.pending) {
            const next = this.resume(tail, true);
            tail = next >= 0 && next < tail.length ? tail.slice(next) : '';
        }
        this.consume(this.pending.take(tail), true);
    }
    /** Feeds `text` to the record left open by the last chunk; returns where the record ended in it, or -1. */
    resume(text, final) {
        const r = this.open;
        const line = this.line;
        const before = r.bytes;
        const next = this.scanRecord(text, 0, final);
        // Its UTF-8 size without the newline ending it, as PendingLine counts a line.
        const bytes = before + Buffer.byteLength(next < 0 ? text : text.slice(0, Math.max(0, next - 1)));
        if (bytes > this.pending.maxBytes)
            throw new LineTooLongError(line, this.pending.maxBytes);
        if (next < 0)
            r.bytes = bytes;
        return next;
    }
    /** Emits every complete record in `s`; returns the unconsumed tail. */
    consume(s, final) {
        const n = s.length;
        const d = this.delimiter;
        let pos = 0;
        if (this.skip > 0) {
            pos = this.skipLines(s, final);
            if (this.skip > 0)
                return s.slice(pos);
        }
        let nextQuote = s.indexOf('"', pos);
        if (nextQuote < 0)
            nextQuote = n;
        while (pos < n) {
            let nl = s.indexOf('\n', pos);
            if (nl < 0) {
                if (!final)
                    break;
                nl = n;
            }
            if (nextQuote < pos) {
                nextQuote = s.indexOf('"', pos);
                if (nextQuote < 0)
                    nextQuote = n;
            }
            if (nl - pos > this.pending.safeUnits)
                this.pending.check(s, pos, nl, this.line);
            if (nextQuote >= nl) {
                let end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
                if (this.comment !== undefined) {
                    const k = s.indexOf(this.comment, pos);
                    if (k >= 0 && k < end)
                        end = k;
                }
                if (end > pos) {
                    if (this.onLine)
                        this.onLine(s, pos, end, this.line);
                    else if (!this.ws)
                        this.onRecord(s.slice(pos, end).split(d), this.line);
                    else {
                        const text = s.slice(pos, end).replace(/^[ \t]+|[ \t]+$/g, '');
                        if (text.length > 0)
                            this.onRecord(text.split(BLANKS), this.line);
                    }
                }
                this.line++;
                pos = nl + 1;
                continue;
            }
            const line = this.line;
            const next = this.scanRecord(s, pos, final);
            if (next < 0) {
                // The record stays open: the next chunk resumes it (see `resume`).
                const r = this.open;
                r.pending = true;
                r.bytes = Buffer.byteLength(s.slice(pos));
                if (r.bytes > this.pending.maxBytes)
                    throw new LineTooLongError(line, this.pending.maxBytes);
                return '';
            }
            if (next - pos > this.pending.safeUnits)
                this.pending.check(s, pos, next - 1, line);
            pos = next;
        }
        return pos >= n ? '' : s.slice(pos);
    }
    /** Drops up to `skip` whole lines from the start of `s`; returns where the rest begins. */
    skipLines(s, final) {
        let pos = 0;
        while (this.skip > 0 && pos < s.length) {
            const nl = s.indexOf('\n', pos);
            if (nl < 0 && !final)
                break;
            pos = nl < 0 ? s.length : nl + 1;
            this.skip--;
            this.line++;
        }
        return pos;
    }
    /**
     * Scans the record with quotes that starts (or, resumed, continues) at `i`
     * of `s`. Returns the position after the record, or -1 when `s` ends inside
     * it: the record's state is then kept in `open`, so the next chunk resumes
     * where this one stopped instead of the record being rescanned from its start.
     */
    scanRecord(s, i, final) {
        const r = this.open;
        const n = s.length;
        const ws = this.ws;
        const dc = this.delimiter.charCodeAt(0);
        const comment = this.comment;
        let from = i;
        for (;;) {
            switch (r.at) {
                case FIELD_START: {
                    if (i >= n && !final)
                        return -1;
                    if (ws) {
                        const c = s.charCodeAt(i);
                        if (comment !== undefined && s[i] === comment)
                            r.at = COMMENT;
                        else if (c === QUOTE)
                            r.at = QUOTED;
                        else
                            r.at = UNQUOTED;
                    }
                    else
                        r.at = s.charCodeAt(i) === QUOTE ? QUOTED : UNQUOTED;
                    if (r.at === QUOTED)
                        i++;
                    from = i;
                    continue;
                }
                case UNQUOTED: {
                    if (ws) {
                        // Up to a blank, the end of the line or a comment. A CR is a line end before a LF or at the
                        // end of the file; `push` keeps a chunk's last CR for the next chunk, so one left at the end of
                        // a chunk is followed by another CR.
                        let j = i;
                        while (j < n) {
                            const c = s.charCodeAt(j);
                            if (isBlank(c) || c === LF || (c === CR && (j + 1 < n ? s.charCodeAt(j + 1) === LF : final)) || (comment !== undefined && s[j] === comment))
                                break;
                            j++;
                        }
                        if (j >= n && !final) {
                            r.hold(s, from, n);
                            return -1;
                        }
                        r.fields.push(r.take(s, from, j));
                        r.at = BETWEEN_FIELDS;
                        i = j;
                        continue;
                    }
                    const nl = s.indexOf('\n', i);
                    const lineEnd = nl < 0 ? n : nl;
                    const dEnd = s.indexOf(this.delimiter, i);
                    const cEnd = comment === undefined ? -1 : s.indexOf(comment, i);
                    if (cEnd >= 0 && cEnd < lineEnd && (dEnd < 0 || cEnd < dEnd)) {
                        const text = r.take(s, from, cEnd);
                        if (r.fields.length > 0 || text.length > 0)
                            r.fields.push(text);
                        r.at = COMMENT;
                        i = cEnd;
                        continue;
                    }
                    if (dEnd >= 0 && dEnd < lineEnd) {
                        r.fields.push(r.take(s, from, dEnd));
                        r.at = FIELD_START;
                        i = dEnd + 1;
                        continue;
                    }
                    if (nl < 0 && !final) {
                        r.hold(s, from, n);
                        return -1;
                    }
                    const text = r.take(s, from, lineEnd);
                    r.fields.push(text.charCodeAt(text.length - 1) === CR ? text.slice(0, -1) : text);
                    return this.endRecord(lineEnd);
                }
                case QUOTED: {
                    const k = s.indexOf('"', i);
                    if (k < 0) {
                        if (final)
                            throw new CsvSyntaxError('a quoted field is never closed', this.line);
                        r.hold(s, from, n);
                        return -1;
                    }
                    if (k + 1 >= n && !final) {
                        // Closing, or the first of a pair: the next chunk says.
                        r.hold(s, from, k);
                        r.at = QUOTE_END;
                        return -1;
                    }
                    if (s.charCodeAt(k + 1) === QUOTE) {
                        // A doubled quote: the text up to and with one of the pair.
                        r.hold(s, from, k + 1);
                        from = i = k + 2;
                        continue;
                    }
                    this.closeQuoted(r.take(s, from, k));
                    i = k + 1;
                    continue;
                }
                case QUOTE_END: {
                    if (i >= n && !final)
                        return -1;
                    if (s.charCodeAt(i) === QUOTE) {
                        // The quote that ended the last chunk and this one are a pair.
                        r.text += '"';
                        r.at = QUOTED;
                        from = i = i + 1;
                        continue;
                    }
                    this.closeQuoted(r.take(s, i, i));
                    continue;
                }
                case AFTER_QUOTE: {
                    if (i >= n) {
                        if (!final)
                            return -1;
                        return this.endRecord(n);
                    }
                    const c = s.charCodeAt(i);
                    if (ws) {
                        if (isBlank(c) || c === LF || (c === CR && (i + 1 < n ? s.charCodeAt(i + 1) === LF : final)) || (comment !== undefined && s[i] === comment)) {
                            r.at = BETWEEN_FIELDS;
                            continue;
                        }
                        throw this.afterQuote(s[i]);
                    }
                    if (c === dc) {
                        r.at = FIELD_START;
                        i++;
                        continue;
                    }
                    if (c === LF)
                        return this.endRecord(i);
                    if (c === CR && s.charCodeAt(i + 1) === LF)
                        return this.endRecord(i + 1);
                    if (comment !== undefined && s[i] === comment) {
                        r.at = COMMENT;
                        continue;
                    }
                    throw this.afterQuote(s[i]);
                }
                case BETWEEN_FIELDS: {
                    // Between fields of the whitespace layout: blanks, then the line's end or the next field.
                    while (i < n && isBlank(s.charCodeAt(i)))
                        i++;
                    if (i >= n) {
                        if (!final)
                            return -1;
                        return this.endRecord(n);
                    }
                    const c = s.charCodeAt(i);
                    if (c === LF)
                        return this.endRecord(i);
                    if (c === CR && (i + 1 < n ? s.charCodeAt(i + 1) === LF : final))
                        return this.endRecord(i + 1 < n ? i + 1 : i);
                    r.at = FIELD_START;
                    continue;
                }
                case COMMENT: {
                    const nl = s.indexOf('\n', i);
                    if (nl >= 0)
                        return this.endRecord(nl);
                    if (final)
                        return this.endRecord(n);
                    return -1;
                }
            }
        }
    }
    closeQuoted(value) {
        const r = this.open;
        r.newlines += countNewlines(value);
        r.fields.push(value);
        r.at = AFTER_QUOTE;
    }
    afterQuote(ch) {
        return new CsvSyntaxError(`unexpected ${JSON.stringify(ch)} after a closing quote (a quote inside a field must be doubled: "")`, this.line + this.open.newlines);
    }
    /** Emits the open record, which ends at `end` (its newline, or the text's end); returns the position after it. */
    endRecord(end) {
        const r = this.open;
        if (r.fields.length > 0)
            this.onRecord(r.fields, this.line);
        this.line += r.newlines + 1;
        r.reset(this.ws ? BETWEEN_FIELDS : FIELD_START);
        return end + 1;
    }
}
/** Where a record with quotes stands in its scan; kept across chunks while the record is open. */
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A chunk ended on a quote inside a quoted field: the closing quote, or the first of a doubled pair. */
const QUOTE_END = 3;
const AFTER_QUOTE = 4;
/** The whitespace layout's separator (and the blanks before the first field). */
const BETWEEN_FIELDS = 5;
const COMMENT = 6;
/**
 * The record being scanned: its finished fields, the held text of the field
 * in progress (slices of the chunks it spans, concatenated: V8 joins them
 * once, when the field is used), and its UTF-8 size so far for the record cap.
 */
class OpenRecord {
    at = FIELD_START;
    fields = [];
    /** The field in progress before the current chunk's part (and its doubled quotes undone). */
    text = '';
    newlines = 0;
    bytes = 0;
    /** Whether a record is open across chunks (not just being scanned within one). */
    pending = false;
    hold(s, from, to) {
        if (to > from)
            this.text += s.slice(from, to);
    }
    /** The field in progress, ending at `s[to]`. */
    take(s, from, to) {
        const text = this.text + s.slice(from, to);
        this.text = '';
        return text;
    }
    reset(at) {
        this.at = at;
        this.fields = [];
        this.text = '';
        this.newlines = 0;
        this.bytes = 0;
        this.pending = false;
    }
}
function countNewlines(s) {
    let k = 0;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1))
        k++;
    return k;
}

;// CONCATENATED MODULE: ./packages/data/src/read/csv-layout.ts

const CANDIDATES = [',', '\t', ';', '|', WHITESPACE];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const isNumberText = (s) => NUMBER.test(s.trim());
/**
 * The prefix's complete lines as the tokenizer will see them: the first
 * `skip` lines dropped, comments cut, blank lines left out.
 */
function dataLines(prefix, skip, comment) {
    const lines = prefix.split(/\r?\n/);
    if (lines.length > 1)
        lines.pop(); // possibly cut off mid-line
    return lines
        .slice(skip)
        .map((l) => (comment !== undefined && l.includes(comment) ? l.slice(0, l.indexOf(comment)) : l))
        .filter((l) => l.trim().length > 0)
        .slice(0, 20);
}
/** Fields of one line (quotes ignored: an estimate for messages, not the tokenizer). */
const splitLine = (line, delimiter) => delimiter === WHITESPACE ? line.trim().split(/[ \t]+/) : line.split(delimiter);
const delimiterOption = (d) => (d === WHITESPACE ? 'delimiter: whitespace' : `delimiter: ${JSON.stringify(d)}`);
const delimiterName = (d) => (d === WHITESPACE ? 'runs of blanks' : JSON.stringify(d));
const nameList = (n) => `[${Array.from({ length: Math.min(n, 3) }, (_, i) => `c${i + 1}`).join(', ')}${n > 3 ? ', \u2026' : ''}]`;
/**
 * The message for a first record whose field count differs from the lines
 * after it, when those lines agree among themselves: the first line is a
 * count line or a title, not the header. Undefined when the lines do not agree.
 */
function preambleMessage(lines, delimiter, firstCount, secondLine) {
    const rest = lines.slice(1).map((l) => splitLine(l, delimiter).length);
    if (rest.length === 0 || rest.some((c) => c !== rest[0]) || rest[0] === firstCount)
        return undefined;
    const noHeader = secondLine.every(isNumberText);
    const fix = noHeader
        ? `set read.csv { skip_rows: 1, header: false, names: ${nameList(rest[0])} } (the next line is data, so name the ${rest[0]} columns)`
        : 'set read.csv { skip_rows: 1 } to skip it (the next line becomes the header)';
    return `line 1 has ${firstCount} field${firstCount === 1 ? '' : 's'} but the lines after it have ${rest[0]}: it is not a header row (a count line or a title?). To read the file, ${fix}.`;
}
/** A header row whose names start with numbers reads like a count line or data. */
function headerNote(file, header, line) {
    if (header.length === 0 || !isNumberText(header[0]))
        return undefined;
    const numeric = header.filter(isNumberText);
    const all = numeric.length === header.length;
    const fix = all
        ? `If it is data, set read.csv { header: false, names: ${nameList(header.length)} }.`
        : `If it is a count line with no header after it, set read.csv { skip_rows: 1, header: false, names: ${nameList(header.length)} }; if a header follows it, set { skip_rows: 1 }.`;
    return {
        id: 'csv_header',
        title: 'CSV header row looks like data',
        file: file.path,
        line,
        detail: `line ${line} was read as the header, which names columns ${numeric.slice(0, 5).join(', ')}${numeric.length > 5 ? ', \u2026' : ''}: names that are numbers suggest it is ${all ? 'data' : 'a count line'}, not a header. ${fix}`,
    };
}
/** One column, although the first lines split into more fields on another delimiter. */
function oneColumnNote(file, lines, used) {
    if (lines.length === 0)
        return undefined;
    for (const d of CANDIDATES) {
        if (d === used)
            continue;
        const counts = lines.map((l) => splitLine(l, d).length);
        // Free text has blanks in every line too; blank-separated data has the same count on each.
        const fits = d === WHITESPACE ? counts.every((c) => c > 1 && c === counts[0]) : counts.every((c) => c > 1);
        if (fits) {
            const lo = Math.min(...counts);
            const hi = Math.max(...counts);
            const fields = lo === hi ? `${lo} fields` : `${lo} to ${hi} fields`;
            return {
                id: 'csv_one_column',
                title: 'CSV read as one column',
                file: file.path,
                detail: `the file parsed into one column, but its first lines split into ${fields} on ${delimiterName(d)}. Set read.csv { ${delimiterOption(d)} } if that is its delimiter.`,
            };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/data/src/read/source.ts
var read_source = __webpack_require__(36814);
;// CONCATENATED MODULE: ./packages/data/src/read/chunked.ts



/**
 * Cuts a byte stream into chunks of whole records of about `target` bytes
 * (more when a record is longer). Each chunk is a fresh buffer of its own, so
 * it can be transferred to another thread.
 */
class RecordChunker {
    ends;
    target;
    pieces = [];
    size = 0;
    /** Bytes of `pieces` up to the last record end; 0 when none ends in them. */
    whole = 0;
    constructor(ends, target) {
        this.ends = ends;
        this.target = target;
    }
    /** Bytes held that do not yet end a record. */
    get openBytes() {
        return this.size - this.whole;
    }
    /** Takes the next bytes; returns the chunks of at least `target` bytes of whole records they complete. */
    push(bytes) {
        const out = [];
        for (let at = 0; at < bytes.length; at += this.target) {
            const piece = at === 0 && bytes.length <= this.target ? bytes : bytes.subarray(at, at + this.target);
            const end = this.ends.scan(piece);
            this.pieces.push(piece);
            if (end >= 0)
                this.whole = this.size + end;
            this.size += piece.length;
            if (this.whole >= this.target)
                out.push(this.take(this.whole));
        }
        return out;
    }
    /** What is left: the last records, possibly without a final newline; undefined when nothing is. */
    rest() {
        return this.size > 0 ? this.take(this.size) : undefined;
    }
    take(length) {
        const out = new Uint8Array(length);
        let at = 0;
        let k = 0;
        for (; k < this.pieces.length && at < length; k++) {
            const p = this.pieces[k];
            const part = Math.min(p.length, length - at);
            out.set(part === p.length ? p : p.subarray(0, part), at);
            at += part;
            if (part < p.length) {
                this.pieces = [p.subarray(part), ...this.pieces.slice(k + 1)];
                this.size -= length;
                this.whole = 0;
                return out;
            }
        }
        this.pieces = this.pieces.slice(k);
        this.size -= length;
        this.whole = 0;
        return out;
    }
}
/**
 * Chunks in file order, each parsed by a worker or by this thread. Workers
 * take the earliest chunks as they have room (several each: this thread
 * hands them out only between batches it profiles). This thread parses the
 * next chunk in order itself when no worker has taken it (none has started
 * yet), and the latest one no worker has taken when the next is still being
 * parsed elsewhere, up to HERE_SHARE.
 */
class ChunkQueue {
    pool;
    here;
    entries = [];
    parsedHere = 0;
    sentAway = 0;
    constructor(pool, here) {
        this.pool = pool;
        this.here = here;
    }
    get length() {
        return this.entries.length;
    }
    add(chunk) {
        this.entries.push({ chunk, sent: false });
        this.dispatch();
    }
    /** The next chunk's outcome, in file order. */
    async next() {
        const head = this.entries[0];
        for (;;) {
            this.dispatch();
            if (head.outcome) {
                this.entries.shift();
                return head.outcome;
            }
            const own = head.sent ? (this.parsedHere < this.sentAway * HERE_SHARE ? this.entries.findLast((e) => !e.sent) : undefined) : head;
            if (own) {
                own.sent = true;
                this.parsedHere++;
                try {
                    own.outcome = { ok: this.here(own.chunk) };
                }
                catch (error) {
                    own.outcome = { error };
                }
                continue;
            }
            await this.pool.changed();
        }
    }
    dispatch() {
        for (let free = this.pool.free(); free > 0; free--) {
            const e = this.entries.find((x) => !x.sent);
            if (!e)
                return;
            e.sent = true;
            this.sentAway++;
            this.pool.parse(e.chunk).then((ok) => (e.outcome = { ok }), (error) => (e.outcome = { error }));
        }
    }
}
/**
 * Chunks this thread may parse while the next one is still being parsed
 * elsewhere, per chunk sent to a worker: it also profiles every row. On the
 * 1M-row benchmark CSV (two threads) 0.2\u20130.35 took 1.99\u20132.02 s, none 2.10 s,
 * no limit 2.11\u20132.17 s (bench/validate-data/RESULTS.md).
 */
const HERE_SHARE = 0.25;
/**
 * Chunks of about this size go to the workers: a few thousand rows of a
 * typical table, small enough that this thread can parse one while it waits
 * without holding up its own batches.
 */
const CHUNK_BYTES = 1 << 18;
/**
 * Every chunk's result in file order, the records parsed by `workers`
 * threads and this one a chunk at a time; the first failure in file order
 * is the one thrown, with its line. This thread reads the bytes and cuts
 * them at record ends.
 */
async function* chunkResults(read, parsers, workers) {
    const chunker = new RecordChunker(read.ends, parsers.chunkBytes ?? CHUNK_BYTES);
    const maxOpen = (read.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES) + 2;
    const pool = parsers.open(read.job, workers);
    parsers.started?.(read.file, workers);
    const queue = new ChunkQueue(pool, read.here);
    // Chunks cut ahead of the one being used: enough that a worker finds one waiting while this thread parses the last.
    const ahead = 4 * workers + 4;
    let first = true;
    let lineBase = 0;
    const send = (bytes, final, cut = false) => {
        queue.add({ bytes, first, final, cut });
        first = false;
    };
    const next = async () => {
        const done = await queue.next();
        if ('error' in done)
            throw read.refusal(done.error, lineBase);
        lineBase += done.ok.lines;
        return done.ok;
    };
    const stream = (0,read_source/* openText */.Uq)(read.abs, new external_node_stream_.PassThrough());
    const pieces = stream[Symbol.asyncIterator]();
    try {
        let readError;
        for (;;) {
            let piece;
            try {
                piece = await pieces.next();
            }
            catch (e) {
                // A read or gunzip error comes after every chunk already cut: theirs are met first, as on one thread.
                readError = e;
                break;
            }
            if (piece.done) {
                const last = chunker.rest();
                if (last)
                    send(last, true);
                break;
            }
            for (const chunk of chunker.push(piece.value))
                send(chunk, false);
            if (chunker.openBytes > maxOpen) {
                send(chunker.rest(), false, true);
                break;
            }
            while (queue.length >= ahead)
                yield await next();
        }
        while (queue.length > 0)
            yield await next();
        if (readError !== undefined)
            throw read.refusal(readError, 0);
    }
    finally {
        stream.destroy();
        await pool.close();
    }
}
/**
 * Chunks' rows laid out in batches of BATCH_ROWS, the last one shorter: the
 * batches the reading thread makes alone, so every statistic downstream
 * (some are summed per batch) is unchanged.
 */
async function* rebatched(kinds, chunks) {
    let cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
    let filled = 0;
    for await (const { n, columns } of chunks) {
        for (let from = 0; from < n;) {
            const take = Math.min(n - from, read_source/* BATCH_ROWS */.B8 - filled);
            for (let j = 0; j < cols.length; j++) {
                const src = columns[j];
                const dst = cols[j];
                if (dst instanceof Float64Array)
                    dst.set(src.subarray(from, from + take), filled);
                else
                    for (let r = 0; r < take; r++)
                        dst[filled + r] = src[from + r];
            }
            from += take;
            filled += take;
            if (filled === read_source/* BATCH_ROWS */.B8) {
                yield { numRows: filled, columns: cols };
                cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
                filled = 0;
            }
        }
    }
    if (filled > 0)
        yield { numRows: filled, columns: cols.map((c) => c.slice(0, filled)) };
}
/**
 * Columns of a chunk's rows, filled one row at a time without knowing how
 * many there are: float columns double when full (a count of the chunk's
 * newlines up front cost more than the copies), and are cut to size at the end.
 */
class GrowingColumns {
    columns;
    n = 0;
    capacity = 1024;
    constructor(kinds) {
        this.columns = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, this.capacity));
    }
    /** Makes room for one more row; returns its index. */
    next() {
        if (this.n === this.capacity) {
            this.capacity *= 2;
            this.columns = this.columns.map((c) => {
                if (!(c instanceof Float64Array))
                    return c;
                const wider = new Float64Array(this.capacity);
                wider.set(c);
                return wider;
            });
        }
        return this.n++;
    }
    rows(lines) {
        const n = this.n;
        return { n, lines, columns: this.columns.map((c) => (c.length === n ? c : c.slice(0, n))) };
    }
}

;// CONCATENATED MODULE: ./packages/data/src/read/row-errors.ts




const fixRow = 'Fix that row (quote fields that contain the delimiter) or set read.csv.delimiter.';
/**
 * A record the file cannot be read past, by its line. Kept apart from the
 * UserError it becomes because a parsing worker counts lines from its chunk's
 * start: the reading thread shifts `line` before the message is made.
 */
class RowError extends Error {
    line;
    rest;
    hint;
    constructor(line, 
    /** The message after `line N`. */
    rest, hint) {
        super(`line ${line}${rest}`);
        this.line = line;
        this.rest = rest;
        this.hint = hint;
    }
}
/** The tokenizer's and the line cap's errors as RowErrors; undefined for anything else. */
function asRowError(e) {
    if (e instanceof RowError)
        return e;
    if (e instanceof LineTooLongError)
        return new RowError(e.line, ` is longer than ${describeBytes(e.maxBytes)}.`, lineTooLongHint(e.maxBytes));
    if (e instanceof CsvSyntaxError)
        return new RowError(e.line, `: ${e.message}.`, fixRow);
    return undefined;
}
/** Any failure while reading a text file as the one line a user sees (a row's error at `lineOffset` more lines). */
function textError(e, file, lineOffset = 0) {
    if (e instanceof errors/* UserError */.yo)
        return e;
    const row = asRowError(e);
    if (row)
        return new errors/* UserError */.yo(`line ${row.line + lineOffset}${row.rest}`, { where: file.path, hint: row.hint });
    const why = (0,read_source/* describeStreamError */.QW)(e);
    return why ? new errors/* UserError */.yo(why, { where: file.path }) : e;
}

;// CONCATENATED MODULE: ./packages/data/src/read/text-values.ts
/**
 * Typing of text cells (CSV fields, JSON strings), kept close to what
 * `pandas.read_csv` does so that profiles agree with a notebook.
 */
/** pandas' default `na_values` (pandas/_libs/parsers.pyx STR_NA_VALUES). */
const NA_TOKENS = new Set([
    '', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN',
    '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null',
]);
const TRUE = new Set(['True', 'TRUE', 'true']);
const FALSE = new Set(['False', 'FALSE', 'false']);
const INFINITY = /^[+-]?(?:inf|Inf|INF|infinity|Infinity)$/;
/** Every NA token is at most this long, so longer text skips the set lookup. */
const NA_MAX_LENGTH = 8;
/**
 * Cheap rejections first: every NA token starts with one of `# - 1 < N n`,
 * and those starting with `-` or `1` continue with `1 N n` or `.`, which
 * spares most numbers the set lookup.
 */
function isNaToken(s) {
    const n = s.length;
    if (n === 0)
        return true;
    if (n > NA_MAX_LENGTH)
        return false;
    const c0 = s.charCodeAt(0);
    if (c0 === 45 || c0 === 49) {
        const c1 = s.charCodeAt(1);
        if (c1 !== 49 && c1 !== 78 && c1 !== 110 && c1 !== 46)
            return false;
    }
    else if (c0 !== 35 && c0 !== 60 && c0 !== 78 && c0 !== 110)
        return false;
    return NA_TOKENS.has(s);
}
/*
 * The parsers below run once per CSV cell, so they scan characters instead of
 * running a regular expression and building Dates: on the 1M-row bench file
 * that took reading from 2.4 s to under 1 s.
 */
const isDigit = (c) => c >= 48 && c <= 57;
/** `[+-]?\d+` as pandas reads an int64 column. */
function parseIntText(s) {
    const n = s.length;
    let i = s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45 ? 1 : 0;
    if (i === n)
        return undefined;
    for (; i < n; i++)
        if (!isDigit(s.charCodeAt(i)))
            return undefined;
    return Number(s);
}
/**
 * `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?` plus pandas' inf spellings.
 * Number() does the conversion; the checks around it turn away what Number()
 * accepts but pandas keeps as text (surrounding spaces, 0x/0o/0b literals).
 */
function parseFloatText(s) {
    const v = +s;
    const c0 = s.charCodeAt(0);
    if (v !== v || v === Infinity || v === -Infinity) {
        if (!INFINITY.test(s))
            return v !== v ? undefined : isDigit(s.charCodeAt(s.length - 1)) ? v : undefined;
        return c0 === 45 ? -Infinity : Infinity;
    }
    const last = s.charCodeAt(s.length - 1);
    if (!(isDigit(last) || last === 46) || !(isDigit(c0) || c0 === 46 || c0 === 43 || c0 === 45))
        return undefined;
    if (c0 === 48 && s.length > 2) {
        const c1 = s.charCodeAt(1) | 32;
        if (c1 === 120 || c1 === 111 || c1 === 98)
            return undefined; // 0x, 0o, 0b
    }
    return v;
}
/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** Reads `len` digits at `at`, or -1. */
function digitsAt(s, at, len) {
    let v = 0;
    for (let i = at; i < at + len; i++) {
        const c = s.charCodeAt(i);
        if (!isDigit(c))
            return -1;
        v = v * 10 + (c - 48);
    }
    return v;
}
/** `YYYY-MM-DD` \u2192 epoch milliseconds of its midnight UTC. */
function parseDate(s) {
    if (s.length !== 10)
        return undefined;
    return dateAt(s);
}
function dateAt(s) {
    if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return undefined;
    const y = digitsAt(s, 0, 4);
    const m = digitsAt(s, 5, 2);
    const d = digitsAt(s, 8, 2);
    if (y < 0 || m < 0 || d < 0 || !validDate(y, m, d))
        return undefined;
    return daysFromCivil(y, m, d) * 86_400_000;
}
/**
 * `YYYY-MM-DD[T ]HH:MM[:SS[.fff\u2026]][Z|\u00b1HH[:]MM]` \u2192 epoch milliseconds. A
 * timestamp without an offset is taken as UTC (pandas keeps it naive); a bare
 * date is its midnight.
 */
function parseTimestamp(s) {
    const n = s.length;
    if (n === 10)
        return dateAt(s);
    if (n < 16)
        return undefined;
    const day = dateAt(s);
    const sep = s.charCodeAt(10);
    if (day === undefined || (sep !== 84 && sep !== 32) || s.charCodeAt(13) !== 58)
        return undefined;
    const h = digitsAt(s, 11, 2);
    const mi = digitsAt(s, 14, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59)
        return undefined;
    let ms = day + h * 3_600_000 + mi * 60_000;
    let i = 16;
    if (i < n && s.charCodeAt(i) === 58) {
        const sec = digitsAt(s, i + 1, 2);
        if (sec < 0 || sec > 60)
            return undefined;
        ms += sec * 1000;
        i += 3;
        if (i < n && s.charCodeAt(i) === 46) {
            const start = ++i;
            while (i < n && isDigit(s.charCodeAt(i)))
                i++;
            if (i === start)
                return undefined;
            ms += Number(`0.${s.slice(start, i)}`) * 1000;
        }
    }
    if (i === n)
        return ms;
    const z = s.charCodeAt(i);
    if (z === 90)
        return i + 1 === n ? ms : undefined;
    if (z !== 43 && z !== 45)
        return undefined;
    const oh = digitsAt(s, i + 1, 2);
    const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
    const om = digitsAt(s, i + 3 + colon, 2);
    if (oh < 0 || om < 0 || i + 5 + colon !== n)
        return undefined;
    return ms - (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(y, m, d) {
    if (m < 1 || m > 12 || d < 1)
        return false;
    const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0);
}
/** A parser per kind: the typed value, or `undefined` when the text is not of that kind. */
const TEXT_PARSERS = {
    int: parseIntText,
    float: parseFloatText,
    decimal: parseFloatText,
    bool: (s) => (TRUE.has(s) ? true : FALSE.has(s) ? false : undefined),
    date: parseDate,
    timestamp: parseTimestamp,
    string: (s) => s,
};
/** Candidate kinds from the narrowest to the widest; `string` accepts everything. */
const ORDER = ['int', 'float', 'bool', 'date', 'timestamp'];
/**
 * Narrows a column's kind as sample values arrive. Starts with every kind
 * possible and drops those a value does not parse as.
 */
class KindInference {
    /** In ORDER's order. An array, not a Set: `add` runs per sampled value before V8 optimizes it, where a Set's forEach allocated a closure per value. */
    possible = [...ORDER];
    seen = false;
    static fromState(s) {
        const k = new KindInference();
        k.possible = ORDER.filter((o) => s.possible.includes(o));
        k.seen = s.seen;
        return k;
    }
    toState() {
        return { possible: [...this.possible], seen: this.seen };
    }
    /** What both saw: the kinds neither ruled out. */
    merge(other) {
        this.possible = this.possible.filter((k) => other.possible.includes(k));
        this.seen ||= other.seen;
    }
    add(text) {
        this.seen = true;
        const possible = this.possible;
        let kept = 0;
        for (let i = 0; i < possible.length; i++) {
            const k = possible[i];
            if (TEXT_PARSERS[k](text) !== undefined)
                possible[kept++] = k;
        }
        possible.length = kept;
    }
    /** A column that was empty in the sample is read as text, the one kind that cannot reject a later value. */
    get kind() {
        if (!this.seen)
            return 'string';
        return this.possible[0] ?? 'string';
    }
}

;// CONCATENATED MODULE: ./packages/data/src/read/csv-records.ts




/**
 * Writes records' values into columns, one row at a time: the field count
 * checked, NA tokens as the column's missing value, the rest parsed by the
 * column's kind. The same code in the reading thread and in a parsing worker,
 * so both refuse the same row with the same line. `record` takes a record
 * split into fields; `line` one without quotes where it lies in the text.
 */
function recordWriters(layout, delimiter) {
    const { fields, index } = layout;
    const parsers = index.map((i) => TEXT_PARSERS[fields[i].kind]);
    const missing = index.map((i) => (0,read_source/* missingFor */.MG)(fields[i].kind));
    const width = fields.length;
    const record = (record, line, cols, row) => {
        if (record.length !== width)
            throw raggedRow(line, record.length, width);
        for (let j = 0; j < index.length; j++) {
            const text = record[index[j]];
            let v;
            if (isNaToken(text))
                v = missing[j];
            else if ((v = parsers[j](text)) === undefined)
                throw badValue(line, fields[index[j]], text);
            cols[j][row] = v;
        }
    };
    return { record, line: lineWriter(layout, delimiter, parsers, missing, record) };
}
const TEXT = 0;
const INT = 1;
const DECIMAL = 2;
/** Exact powers of ten: 10^k for k \u2264 22 is a double without rounding. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/**
 * The record writer for a record without quotes given as `text[start, end)`:
 * the fields are read where they are, so a number needs no string of its own
 * (a string a field, and the array of them, were most of what parsing a
 * numeric CSV allocated). Every value equals the split record's; anything but
 * the plain forms below (and every failure) goes through `write` itself, so a
 * refused row reads the same.
 */
function lineWriter(layout, delimiter, parsers, missing, write) {
    const { fields, index } = layout;
    const width = fields.length;
    const target = new Int32Array(width).fill(-1);
    index.forEach((f, j) => (target[f] = j));
    const modes = index.map((i) => {
        const kind = fields[i].kind;
        return kind === 'int' ? INT : kind === 'float' || kind === 'decimal' ? DECIMAL : TEXT;
    });
    const slow = (text, start, end, line, cols, row) => write(text.slice(start, end).split(delimiter), line, cols, row);
    return (text, start, end, line, cols, row) => {
        let from = start;
        for (let f = 0;; f++) {
            let to = text.indexOf(delimiter, from);
            if (to < 0 || to > end)
                to = end;
            if (f >= width)
                return slow(text, start, end, line, cols, row);
            const j = target[f];
            if (j >= 0) {
                const mode = modes[j];
                let v = mode === TEXT || to === from ? undefined : plainNumber(text, from, to, mode === INT);
                if (v === undefined) {
                    const s = text.slice(from, to);
                    if (isNaToken(s))
                        v = missing[j];
                    else if ((v = parsers[j](s)) === undefined)
                        return slow(text, start, end, line, cols, row);
                }
                cols[j][row] = v;
            }
            if (to === end)
                return f + 1 === width ? undefined : slow(text, start, end, line, cols, row);
            from = to + 1;
        }
    };
}
/**
 * `-?\d+` (int) or `-?\d+(\.\d+)?` (decimal) of at most 15 digits, else
 * undefined. Fifteen digits are an integer below 2^53 and 10^k is exact for
 * k \u2264 22, so the one division rounds once: the double Number() gives.
 */
function plainNumber(s, from, to, integer) {
    let i = from;
    const negative = s.charCodeAt(i) === 45;
    if (negative)
        i++;
    const first = i;
    let m = 0;
    let point = -1;
    for (; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c >= 48 && c <= 57)
            m = m * 10 + (c - 48);
        else if (c === 46 && point < 0 && !integer)
            point = i;
        else
            return undefined;
    }
    const digits = to - first - (point < 0 ? 0 : 1);
    if (digits === 0 || digits > 15 || point === first || point === to - 1)
        return undefined;
    const v = point < 0 ? m : m / POW10[to - 1 - point];
    return negative ? -v : v;
}
function raggedRow(line, got, expected) {
    return new RowError(line, ` has ${got} field${got === 1 ? '' : 's'}, the first row has ${expected}.`, fixRow);
}
function badValue(line, field, text) {
    const origin = field.sourceType === 'inferred' ? `inferred from the first ${groupDigits(read_source/* INFER_ROWS */.jX)} rows` : 'declared in read.csv.types';
    return new RowError(line, `, column "${field.name}": ${JSON.stringify(text.slice(0, 40))} is not ${article(field.kind)} ${field.kind} (${origin}).`, `Declare the column's type under read.csv.types, e.g. { "${field.name}": "string" }.`);
}
const article = (kind) => (/^[aeiou]/.test(kind) ? 'an' : 'a');

;// CONCATENATED MODULE: ./packages/data/src/read/record-ends.ts
const record_ends_QUOTE = 34;
const record_ends_LF = 10;
const record_ends_CR = 13;
/** Where the scan stands between two bytes, as the tokenizer would (csv-tokenizer.ts). */
var At;
(function (At) {
    /** A record's first field starts here. */
    At[At["RecordStart"] = 0] = "RecordStart";
    /** A later field starts here (after a delimiter). */
    At[At["FieldStart"] = 1] = "FieldStart";
    /** Inside an unquoted field: a quote here is text. */
    At[At["Unquoted"] = 2] = "Unquoted";
    At[At["Quoted"] = 3] = "Quoted";
    /** Just after a quote inside a quoted field: it closed the field, or a second quote follows. */
    At[At["QuoteSeen"] = 4] = "QuoteSeen";
    /** A closing quote then CR: a LF ends the record. */
    At[At["AfterQuoteCr"] = 5] = "AfterQuoteCr";
})(At || (At = {}));
/**
 * Finds where records end in a CSV byte stream, so whole records can be
 * parsed apart (chunked.ts, each chunk by its own tokenizer). A LF ends a record
 * unless it is inside a quoted field; a quote opens one only at a field's
 * start (elsewhere it is text, as the tokenizer and pandas keep it). The
 * bytes between quotes are skipped with indexOf, so a file without quotes
 * costs a few native searches a megabyte.
 *
 * For the layouts the tokenizer reads with one-byte delimiters and no
 * comment character; after a syntax error (text after a closing quote) the
 * position is only a guess, and the chunk holding the error reports it first.
 */
class RecordBoundaries {
    delimiter;
    at = At.RecordStart;
    skip;
    bom;
    /** `firstLine`: the line the first record starts on (after skipped and blank lines), as the tokenizer counts. */
    constructor(delimiter, firstLine = 1) {
        this.delimiter = delimiter;
        this.skip = firstLine - 1;
        this.bom = true;
    }
    /**
     * Scans the next bytes of the stream; returns the offset in `b` just after
     * the last LF that ends a record, or -1 when none does.
     */
    scan(b) {
        const n = b.length;
        let i = 0;
        let last = -1;
        if (this.bom) {
            if (n === 0)
                return -1;
            this.bom = false;
            if (n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
                i = 3;
        }
        // No record ends in the lines before the first one: the chunk that starts the file holds the header.
        while (this.skip > 0 && i < n) {
            const nl = b.indexOf(record_ends_LF, i);
            if (nl < 0)
                return -1;
            i = nl + 1;
            this.skip--;
        }
        const d = this.delimiter;
        while (i < n) {
            switch (this.at) {
                case At.RecordStart:
                case At.FieldStart:
                case At.Unquoted: {
                    const q = b.indexOf(record_ends_QUOTE, i);
                    const to = q < 0 ? n : q;
                    // Every LF before the next quote ends a record.
                    if (to > i) {
                        const nl = b.lastIndexOf(record_ends_LF, to - 1);
                        if (nl >= i)
                            last = nl + 1;
                        const c = b[to - 1];
                        this.at = c === record_ends_LF ? At.RecordStart : c === d ? At.FieldStart : At.Unquoted;
                    }
                    if (q < 0)
                        return last;
                    this.at = this.at === At.Unquoted ? At.Unquoted : At.Quoted;
                    i = q + 1;
                    continue;
                }
                case At.Quoted: {
                    const q = b.indexOf(record_ends_QUOTE, i);
                    if (q < 0)
                        return last;
                    this.at = At.QuoteSeen;
                    i = q + 1;
                    continue;
                }
                case At.QuoteSeen: {
                    const c = b[i];
                    if (c === record_ends_QUOTE)
                        this.at = At.Quoted;
                    else if (c === d)
                        this.at = At.FieldStart;
                    else if (c === record_ends_LF) {
                        this.at = At.RecordStart;
                        last = i + 1;
                    }
                    else
                        this.at = c === record_ends_CR ? At.AfterQuoteCr : At.Unquoted;
                    i++;
                    continue;
                }
                case At.AfterQuoteCr: {
                    if (b[i] === record_ends_LF) {
                        this.at = At.RecordStart;
                        last = i + 1;
                        i++;
                    }
                    else
                        this.at = At.Unquoted;
                    continue;
                }
            }
        }
        return last;
    }
}
/** JSON Lines: every LF ends a record (JSON text holds no raw newline). */
class LineEnds {
    scan(b) {
        const nl = b.lastIndexOf(record_ends_LF);
        return nl < 0 ? -1 : nl + 1;
    }
}

;// CONCATENATED MODULE: ./packages/data/src/read/csv-parallel.ts






/**
 * A chunk's records as columns, with line numbers counted from the chunk's
 * start (the reading thread shifts them). A RowError or the tokenizer's
 * errors are thrown as they are.
 */
function parseCsvChunk(job, chunk) {
    const out = new GrowingColumns(job.layout.index.map((i) => job.layout.fields[i].kind));
    const { record: write, line: writeLine } = recordWriters(job.layout, job.delimiter);
    let skipHeader = chunk.first && job.header;
    const tokenizer = new CsvTokenizer(job.delimiter, (record, line) => {
        if (skipHeader)
            skipHeader = false;
        else {
            const row = out.next(); // first: it may widen the columns
            write(record, line, out.columns, row);
        }
    }, {
        skipLines: chunk.first ? job.skipLines : 0,
        maxRecordBytes: job.maxRecordBytes,
        fileStart: chunk.first,
        onLine: (text, start, end, line) => {
            if (skipHeader)
                skipHeader = false;
            else {
                const row = out.next();
                writeLine(text, start, end, line, out.columns, row);
            }
        },
    });
    tokenizer.push(new TextDecoder().decode(chunk.bytes));
    if (chunk.cut)
        throw new LineTooLongError(tokenizer.nextLine, job.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES);
    if (chunk.final)
        tokenizer.end();
    return out.rows(tokenizer.nextLine - 1);
}
/**
 * The CSV file's batches, its records parsed by `workers` threads and this
 * one a chunk at a time, cut where records end (RecordBoundaries): the same
 * batches, values and first error (with its line) as the reading thread
 * gives alone.
 */
function parallelCsvBatches(file, abs, job, firstLine, parsers, workers) {
    const kinds = job.layout.index.map((i) => job.layout.fields[i].kind);
    const chunks = chunkResults({
        file,
        abs,
        ends: new RecordBoundaries(job.delimiter.charCodeAt(0), firstLine),
        job: { kind: 'csv', ...job },
        here: (chunk) => parseCsvChunk(job, chunk),
        refusal: (e, lineOffset) => textError(e, file, lineOffset),
        maxRecordBytes: job.maxRecordBytes,
    }, parsers, workers);
    return rebatched(kinds, chunks);
}

;// CONCATENATED MODULE: ./packages/data/src/read/csv.ts









const DELIMITERS = [',', '\t', ';', '|'];
/**
 * RFC 4180 CSV, streamed. Column kinds come from the first 10,000 rows unless
 * declared; a later value that does not fit is an error naming the line, not
 * a silent change of type.
 */
async function openCsv(file, abs, options = {}, parsers) {
    // Sniffing is the first read of the file: a gzip error there must be the same UserError as later.
    let prefixText;
    const prefix = () => (prefixText ??= readPrefix(abs, 1 << 16).catch((e) => Promise.reject(textError(e, file))));
    const skip = options.skip_rows ?? 0;
    const lines = async () => dataLines(await prefix(), skip, options.comment);
    const delimiter = options.delimiter ?? (/\.tsv(\.gz)?$/i.test(abs) ? '\t' : sniffDelimiter((await lines()).join('\n') + '\n'));
    const header = options.header ?? true;
    const layout = { skipLines: skip, comment: options.comment };
    // Exactly the header and the first INFER_ROWS rows: the tokenizer hands over a whole
    // chunk's records (a 1 MiB chunk can hold 100k rows), and what is inferred, and so
    // whether a late value is an error, must not depend on how wide the lines are.
    const limit = read_source/* INFER_ROWS */.jX + (header ? 1 : 0);
    const sample = [];
    let firstLine = 0;
    let second;
    try {
        for await (const _ of records(file, abs, delimiter, layout, options.maxLineBytes, (fields, line) => {
            if (sample.length === 0)
                firstLine = line;
            else if (fields.length !== sample[0].length) {
                if (sample.length === 1)
                    second = fields;
                throw raggedRow(line, fields.length, sample[0].length);
            }
            if (sample.length < limit)
                sample.push(fields);
        })) {
            if (sample.length >= limit)
                break;
        }
    }
    catch (e) {
        // The first line disagreeing with every line after it is a preamble (sklearn's count line), not a broken row.
        const preamble = second && header ? preambleMessage(await lines(), delimiter, sample[0].length, second) : undefined;
        throw preamble ? new errors/* UserError */.yo(preamble.replace(/^line 1 /, `line ${firstLine} `), { where: file.path }) : e;
    }
    if (sample.length === 0) {
        throw new errors/* UserError */.yo('no rows (only blank lines)', { where: file.path, hint: skip || options.comment ? 'Check read.csv.skip_rows and read.csv.comment, or regenerate the file.' : 'Regenerate the file.' });
    }
    const names = header ? columnNames(sample[0]) : (options.names ?? sample[0].map((_, i) => String(i)));
    if (names.length !== sample[0].length) {
        throw new errors/* UserError */.yo(`read.csv.names lists ${names.length} name${names.length === 1 ? '' : 's'} but line ${firstLine} has ${sample[0].length} field${sample[0].length === 1 ? '' : 's'}.`, {
            where: file.path,
            hint: 'List one name per field (or check read.csv.delimiter and read.csv.skip_rows).',
        });
    }
    const notes = [];
    const headerWarning = header ? headerNote(file, sample[0], firstLine) : undefined;
    if (headerWarning)
        notes.push(headerWarning);
    const oneColumn = names.length === 1 ? oneColumnNote(file, await lines(), delimiter) : undefined;
    if (oneColumn)
        notes.push(oneColumn);
    const fields = inferFields(names, header ? sample.slice(1) : sample, options.types);
    // The closures below share this function's scope with the record callback
    // above, so the returned source would keep the sample (up to 10,000 rows, or
    // one 60 MB field) for the whole read.
    sample.length = 0;
    second = undefined;
    const unknown = Object.keys(options.types ?? {}).filter((n) => !names.includes(n));
    if (unknown.length) {
        throw new errors/* UserError */.yo(`read.csv.types names column "${unknown[0]}", which is not ${header ? 'in the header' : 'a column'}`, { where: file.path, hint: `Columns: ${names.join(', ')}.` });
    }
    // Records are parsed on other threads where the file is worth it and its chunks can be found
    // without the tokenizer: a one-byte delimiter, no comment character (it can hide a quote).
    const workers = parsers && options.comment === undefined && delimiter !== WHITESPACE && delimiter.charCodeAt(0) < 0x80 ? parsers.workersFor(file.sizeBytes) : 0;
    return {
        file,
        fields,
        notes,
        batches: (columns) => {
            const wanted = { fields, index: columns.map((c) => fields.findIndex((f) => f.name === c)) };
            if (workers > 0) {
                const job = { delimiter, skipLines: skip, header, layout: wanted, maxRecordBytes: options.maxLineBytes };
                return parallelCsvBatches(file, abs, job, firstLine, parsers, workers);
            }
            return readBatches(file, abs, delimiter, layout, header, wanted, options.maxLineBytes);
        },
    };
}
function inferFields(names, body, types) {
    return names.map((name, i) => {
        const declared = types?.[name];
        if (declared)
            return { name, kind: declared, sourceType: `declared ${declared}` };
        const inference = new KindInference();
        // Indexed: this runs before V8 optimizes it, where for-of allocated a result object per row.
        for (let r = 0; r < body.length; r++) {
            const text = body[r][i];
            if (!isNaToken(text))
                inference.add(text);
        }
        return { name, kind: inference.kind, sourceType: 'inferred' };
    });
}
async function* readBatches(file, abs, delimiter, layout, header, wanted, maxLineBytes) {
    const { record: write, line: writeLine } = recordWriters(wanted, delimiter);
    const kinds = wanted.index.map((i) => wanted.fields[i].kind);
    const ready = [];
    let cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
    let n = 0;
    let row = header ? -1 : 0;
    const written = () => {
        if (++n === read_source/* BATCH_ROWS */.B8) {
            ready.push({ numRows: n, columns: cols });
            cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
            n = 0;
        }
    };
    const onRecord = (record, line) => {
        if (row++ < 0)
            return;
        write(record, line, cols, n);
        written();
    };
    const onLine = (text, start, end, line) => {
        if (row++ < 0)
            return;
        writeLine(text, start, end, line, cols, n);
        written();
    };
    for await (const _ of records(file, abs, delimiter, { ...layout, onLine }, maxLineBytes, onRecord)) {
        yield* ready;
        ready.length = 0;
    }
    yield* ready;
    if (n > 0)
        yield { numRows: n, columns: cols.map((c) => c.slice(0, n)) };
}
/**
 * Feeds the file through the tokenizer, calling `onRecord` for each record,
 * and yields after each chunk so the caller can hand out what is finished
 * (or stop reading by breaking out of the loop).
 */
async function* records(file, abs, delimiter, layout, maxRecordBytes, onRecord) {
    const tokenizer = new CsvTokenizer(delimiter, onRecord, { ...layout, maxRecordBytes });
    const stream = (0,read_source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
    const decoder = new TextDecoder();
    try {
        for await (const chunk of stream) {
            tokenizer.push(decoder.decode(chunk, { stream: true }));
            yield;
        }
        tokenizer.push(decoder.decode());
        tokenizer.end();
    }
    catch (e) {
        throw textError(e, file);
    }
    finally {
        stream.destroy();
    }
}
/**
 * pandas' names for empty and repeated headers (`Unnamed: 0`, `a.1`), so configs
 * written against pandas match. As pandas' C parser (parsers.pyx `_get_header`)
 * does: only an empty name is unnamed (a space is a name); named columns are
 * deduplicated before unnamed ones; a suffix already in the header is skipped,
 * so `a,a.1,a` gives `a, a.1, a.2` (it gave two `a.1`, and one column was lost).
 */
function columnNames(headerRow) {
    const names = headerRow.map((raw, i) => (raw === '' ? `Unnamed: ${i}` : raw));
    const order = [...names.keys()].sort((i, j) => Number(headerRow[i] === '') - Number(headerRow[j] === '') || i - j);
    const counts = new Map();
    for (const i of order) {
        const base = names[i];
        let name = base;
        let count = counts.get(base) ?? 0;
        while (count > 0) {
            counts.set(base, count + 1);
            name = `${base}.${count}`;
            count = names.includes(name) ? count + 1 : (counts.get(name) ?? 0);
        }
        names[i] = name;
        counts.set(name, count + 1);
    }
    return names;
}
/**
 * Picks the candidate that splits the first complete lines into the same,
 * largest number of fields (quoted sections ignored).
 */
function sniffDelimiter(prefix) {
    const lines = prefix.split(/\r?\n/).slice(0, 20);
    if (lines.length > 1)
        lines.pop(); // possibly cut off mid-line
    const count = (line, d) => {
        let inQuotes = false;
        let k = 0;
        for (const ch of line) {
            if (ch === '"')
                inQuotes = !inQuotes;
            else if (ch === d && !inQuotes)
                k++;
        }
        return k;
    };
    let best = ',';
    let bestCount = 0;
    for (const d of DELIMITERS) {
        const counts = lines.filter((l) => l.length > 0).map((l) => count(l, d));
        const consistent = counts.length > 0 && counts.every((c) => c === counts[0]);
        if (consistent && counts[0] > bestCount) {
            best = d;
            bestCount = counts[0];
        }
    }
    return best;
}
/** The first `bytes` bytes of the (gunzipped) text. */
async function readPrefix(abs, bytes) {
    const sink = (0,read_source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of sink) {
            chunks.push(chunk);
            size += chunk.length;
            if (size >= bytes)
                break;
        }
    }
    finally {
        sink.destroy();
    }
    return Buffer.concat(chunks).subarray(0, bytes).toString('utf8');
}

;// CONCATENATED MODULE: ./packages/data/src/read/json-depth.ts
/**
 * The deepest nesting a JSONL value may have. JSON.parse itself copes with any
 * depth, but turning a nested value into JSON text (JSON.stringify, which is
 * how nested values are compared) recurses once per level and overflows the
 * stack somewhere past ten thousand; real records stay far below a thousand.
 */
const MAX_JSON_DEPTH = 1000;
const json_depth_QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/**
 * Whether `text` opens more than `max` arrays/objects inside one another,
 * brackets inside strings not counted. A value that deep needs at least
 * 2 \u00d7 (max + 1) characters, so shorter lines \u2014 nearly all \u2014 are not scanned.
 */
function nestsDeeperThan(text, max = MAX_JSON_DEPTH) {
    if (text.length < 2 * (max + 1))
        return false;
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === BACKSLASH)
                i++;
            else if (c === json_depth_QUOTE)
                inString = false;
        }
        else if (c === json_depth_QUOTE)
            inString = true;
        else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            if (++depth > max)
                return true;
        }
        else if (c === CLOSE_BRACKET || c === CLOSE_BRACE)
            depth--;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/data/src/read/jsonl.ts










/**
 * JSON Lines, one object per line. Keys may appear late or be missing in some
 * rows (as `pandas.read_json(lines=True)` allows), so the schema comes from a
 * first pass over every line; the second pass then cannot meet a surprise.
 */
async function openJsonl(file, abs, maxLineBytes = DEFAULT_MAX_LINE_BYTES, parsers) {
    // Both passes parse every line: on other threads too when the file is worth it.
    const workers = parsers?.workersFor(file.sizeBytes) ?? 0;
    const columns = new Map();
    let rows = 0;
    if (workers > 0) {
        for await (const part of chunkResults(jsonlRead(file, abs, { kind: 'jsonl-schema', maxRecordBytes: maxLineBytes }), parsers, workers)) {
            rows += part.rows;
            // Chunks arrive in file order, so first-seen order is the file's.
            for (const [key, state] of part.columns) {
                const inf = columns.get(key);
                if (inf)
                    inf.merge(ValueInference.fromState(state));
                else
                    columns.set(key, ValueInference.fromState(state));
            }
        }
    }
    else {
        for await (const row of readRows(file, abs, maxLineBytes)) {
            rows++;
            inferRow(columns, row);
        }
    }
    if (rows === 0)
        throw new errors/* UserError */.yo('no rows (only blank lines)', { where: file.path, hint: 'Regenerate the file.' });
    const fields = [...columns].map(([name, inf]) => ({ name, kind: inf.kind, sourceType: `inferred from JSON ${inf.describe()}` }));
    return {
        file,
        fields,
        batches: (wanted) => {
            if (workers === 0)
                return jsonl_readBatches(file, abs, fields, wanted, maxLineBytes);
            const kinds = wanted.map((c) => fields.find((f) => f.name === c).kind);
            const job = { kind: 'jsonl-rows', wanted, kinds, maxRecordBytes: maxLineBytes };
            return rebatched(kinds, chunkResults(jsonlRead(file, abs, job), parsers, workers));
        },
    };
}
function inferRow(columns, row) {
    for (const key in row) {
        let inf = columns.get(key);
        if (!inf)
            columns.set(key, (inf = new ValueInference()));
        inf.add(row[key]);
    }
}
function jsonlRead(file, abs, job) {
    return {
        file,
        abs,
        ends: new LineEnds(),
        job,
        here: (chunk) => parseJsonlChunk(job, chunk),
        refusal: (e, lineOffset) => textError(e, file, lineOffset),
        maxRecordBytes: job.maxRecordBytes,
    };
}
/**
 * One chunk of whole lines, for either pass, with line numbers counted from
 * the chunk's start (the reading thread shifts them).
 */
function parseJsonlChunk(job, chunk) {
    const maxBytes = job.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES;
    const cap = new PendingLine(maxBytes);
    const text = new TextDecoder().decode(chunk.bytes);
    const lines = text.split('\n');
    // A chunk ends with its last line's newline, but perhaps the file's last; a cut chunk ends in
    // the line past the cap, which the lines before it are read before.
    if (chunk.cut || !chunk.final || lines[lines.length - 1] === '')
        lines.pop();
    const each = (onRow) => {
        lines.forEach((raw, i) => {
            const row = parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, i + 1, chunk.first && i === 0, cap);
            if (row)
                onRow(row);
        });
        if (chunk.cut)
            throw new LineTooLongError(lines.length + 1, maxBytes);
    };
    if (job.kind === 'jsonl-schema') {
        const columns = new Map();
        let rows = 0;
        each((row) => {
            rows++;
            inferRow(columns, row);
        });
        return { lines: lines.length, rows, columns: [...columns].map(([k, inf]) => [k, inf.toState()]) };
    }
    const convert = job.kinds.map(converter);
    const out = new GrowingColumns(job.kinds);
    each((row) => {
        const r = out.next();
        for (let j = 0; j < job.wanted.length; j++)
            out.columns[j][r] = convert[j](row[job.wanted[j]]);
    });
    return out.rows(lines.length);
}
async function* jsonl_readBatches(file, abs, fields, wanted, maxLineBytes) {
    const kinds = wanted.map((c) => fields.find((f) => f.name === c).kind);
    const convert = kinds.map(converter);
    let cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
    let n = 0;
    for await (const row of readRows(file, abs, maxLineBytes)) {
        for (let j = 0; j < wanted.length; j++)
            cols[j][n] = convert[j](row[wanted[j]]);
        if (++n === read_source/* BATCH_ROWS */.B8) {
            yield { numRows: n, columns: cols };
            cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
            n = 0;
        }
    }
    if (n > 0)
        yield { numRows: n, columns: cols.map((c) => c.slice(0, n)) };
}
function converter(kind) {
    const missing = (0,read_source/* missingFor */.MG)(kind);
    switch (kind) {
        case 'int':
        case 'float':
        case 'bool':
            return (v) => (v === null || v === undefined ? missing : v);
        case 'date':
        case 'timestamp': {
            const parse = TEXT_PARSERS[kind];
            return (v) => (typeof v === 'string' ? parse(v) : missing);
        }
        case 'nested':
            return (v) => (v === null || v === undefined ? null : JSON.stringify(v));
        default:
            return (v) => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));
    }
}
/** What JSON types a key held; strings are further tried as dates and timestamps. Order-free, so chunks' inferences merge. */
class ValueInference {
    types = new Set();
    allIntegers = true;
    strings = new KindInference();
    static fromState(s) {
        const v = new ValueInference();
        v.types = new Set(s.types);
        v.allIntegers = s.allIntegers;
        v.strings = KindInference.fromState(s.strings);
        return v;
    }
    toState() {
        return { types: [...this.types], allIntegers: this.allIntegers, strings: this.strings.toState() };
    }
    merge(other) {
        for (const t of other.types)
            this.types.add(t);
        this.allIntegers &&= other.allIntegers;
        this.strings.merge(other.strings);
    }
    add(v) {
        if (v === null || v === undefined)
            return;
        if (typeof v === 'number') {
            this.types.add('number');
            if (!Number.isInteger(v))
                this.allIntegers = false;
        }
        else if (typeof v === 'boolean')
            this.types.add('bool');
        else if (typeof v === 'string') {
            this.types.add('string');
            this.strings.add(v);
        }
        else
            this.types.add('nested');
    }
    get kind() {
        if (this.types.size !== 1)
            return 'string'; // mixed or always null: text holds any value
        const [only] = this.types;
        if (only === 'number')
            return this.allIntegers ? 'int' : 'float';
        if (only === 'bool')
            return 'bool';
        if (only === 'nested')
            return 'nested';
        const k = this.strings.kind;
        return k === 'date' || k === 'timestamp' ? k : 'string';
    }
    describe() {
        return [...this.types].join('/') || 'null';
    }
}
/**
 * One line as an object, or undefined when it is blank; a line that is not a
 * JSON object is a RowError naming it. `fileStart`: the file's first line,
 * where a byte-order mark is dropped.
 */
function parseLine(text, line, fileStart, cap) {
    if (fileStart)
        text = text.replace(/^\ufeff/, '');
    if (text.length > cap.safeUnits)
        cap.check(text, 0, text.length, line);
    if (text.trim() === '')
        return undefined;
    if (nestsDeeperThan(text)) {
        throw new RowError(line, ` nests deeper than ${groupDigits(MAX_JSON_DEPTH)} levels of arrays and objects.`, 'Flatten that record, or store the deep part as a JSON string.');
    }
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw new RowError(line, ` is not valid JSON (${e.message}).`, 'Each line must be one JSON object.');
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        throw new RowError(line, ` is ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 20)}, not a JSON object.`, 'Each line must be one JSON object.');
    }
    return v;
}
/** Every non-blank line parsed as an object; the error names the line. */
async function* readRows(file, abs, maxLineBytes) {
    const stream = (0,read_source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
    const rest = new PendingLine(maxLineBytes);
    let line = 0;
    const next = (text) => parseLine(text, ++line, line === 1, rest);
    try {
        const decoder = new TextDecoder();
        for await (const chunk of stream) {
            const decoded = decoder.decode(chunk, { stream: true });
            // A chunk without a newline ends no line: held (and measured against the cap), not re-split.
            if (decoded.indexOf('\n') < 0) {
                rest.append(decoded, line + 1);
                continue;
            }
            const lines = rest.take(decoded).split('\n');
            rest.append(lines.pop(), line + lines.length + 1);
            for (const l of lines) {
                const row = next(l.endsWith('\r') ? l.slice(0, -1) : l);
                if (row)
                    yield row;
            }
        }
        rest.append(decoder.decode(), line + 1);
        const last = next(rest.take());
        if (last)
            yield last;
    }
    catch (e) {
        throw textError(e, file);
    }
    finally {
        stream.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/data/src/read/open-files.ts






/**
 * Opens resolved files as one dataset. Every file's schema is read up front
 * (parquet footers, the first CSV rows) so a mismatch fails before any long
 * read; columns are the union over the files, in first-seen order, with hive
 * partition keys last, as pyarrow.dataset orders them. `spec` names the
 * dataset in messages.
 */
async function openFiles(files, spec, options) {
    const sources = [];
    for (const file of files) {
        const abs = external_node_path_default().resolve(options.cwd, file.path);
        // The parquet decoder and its codecs are a third of the bundle: loaded only when a parquet file is read.
        if (file.format === 'parquet')
            sources.push(await (await Promise.all(/* import() */[__webpack_require__.e(447), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 63247))).openParquet(file, abs));
        else if (file.format === 'csv')
            sources.push(await openCsv(file, abs, { ...options.csv, maxLineBytes: options.maxLineBytes }, options.chunkParsers));
        else
            sources.push(await openJsonl(file, abs, options.maxLineBytes, options.chunkParsers));
    }
    const fields = unifyFields(sources, `${options.role} ${spec}`);
    const partitionKeys = Object.keys(files[0].partitions);
    for (const key of partitionKeys) {
        if (fields.some((f) => f.name === key)) {
            throw new errors/* UserError */.yo(`partition key "${key}" is also a column inside the files`, { where: `${options.role} ${spec}`, hint: 'Rename the directory key or the column.' });
        }
        fields.push({ name: key, kind: 'string', sourceType: 'hive partition' });
    }
    return {
        spec,
        files,
        schema: { fields },
        notes: sources.flatMap((s) => s.notes ?? []),
        async *batches(opts) {
            const wanted = opts?.columns ? fields.filter((f) => opts.columns.includes(f.name)) : fields;
            for (const source of sources)
                yield* sourceBatches(source, wanted, opts?.rawText === true);
        },
    };
}
/** A file's batches laid out as the dataset's columns: cast where its kind is narrower, nulls where it lacks the column. */
async function* sourceBatches(source, wanted, rawText) {
    const own = new Map(source.fields.map((f) => [f.name, f]));
    const read = wanted.filter((f) => own.has(f.name)).map((f) => f.name);
    const readIndex = new Map(read.map((name, i) => [name, i]));
    // A column the file does not hold is one value repeated, so the same array serves
    // every batch of its size (as the parquet reader refills its own).
    const constant = new Map();
    const repeated = (name, value, n) => {
        let column = constant.get(name);
        if (column?.length !== n)
            constant.set(name, (column = new Array(n).fill(value)));
        return column;
    };
    for await (const batch of source.batches(read, { rawText })) {
        const columns = wanted.map((f) => {
            const partition = source.file.partitions[f.name];
            if (partition !== undefined && !own.has(f.name))
                return repeated(f.name, partition, batch.numRows);
            const i = readIndex.get(f.name);
            if (i === undefined)
                return repeated(f.name, (0,read_source/* missingFor */.MG)(f.kind), batch.numRows);
            const values = batch.columns[i];
            const ownKind = own.get(f.name).kind;
            return f.kind === 'string' && ownKind !== 'string' ? Array.from(values, (v) => asText(v, ownKind)) : values;
        });
        // A column's codes and bytes hold while it is passed on as read (the file's own column, not cast).
        const asRead = (per) => per && wanted.map((f, j) => (columns[j] === batch.columns[readIndex.get(f.name) ?? -1] ? per[readIndex.get(f.name)] : undefined));
        // (Only text is raw, and text is never cast.)
        yield { numRows: batch.numRows, columns, coded: asRead(batch.coded), raw: asRead(batch.raw) };
    }
}
/** Numbers, dates and flags need no cast when files disagree (they widen as numbers); text does. */
const asText = (v, from) => {
    if (v === null || (typeof v === 'number' && Number.isNaN(v)))
        return null;
    if (isTemporalKind(from))
        return new Date(v).toISOString().slice(0, from === 'date' ? 10 : undefined);
    return String(v);
};
function unifyFields(sources, where) {
    const out = [];
    const byName = new Map();
    for (const s of sources) {
        for (const f of s.fields) {
            const seen = byName.get(f.name);
            if (!seen) {
                const copy = { ...f };
                byName.set(f.name, { field: copy, from: s.file.path });
                out.push(copy);
                continue;
            }
            const merged = widen(seen.field.kind, f.kind);
            if (merged === undefined) {
                throw new errors/* UserError */.yo(`column "${f.name}" is ${f.kind} in ${s.file.path} but ${seen.field.kind} in ${seen.from}`, {
                    where,
                    hint: 'Every file of a dataset needs compatible column types; rewrite the odd file.',
                });
            }
            if (merged !== seen.field.kind)
                seen.field.sourceType = `${seen.field.sourceType}, widened to ${merged}`;
            seen.field.kind = merged;
        }
    }
    return out;
}
function widen(a, b) {
    if (a === b)
        return a;
    if (isNumericKind(a) && isNumericKind(b))
        return a === 'int' ? b : b === 'int' ? a : 'float';
    if ((a === 'date' && b === 'timestamp') || (a === 'timestamp' && b === 'date'))
        return 'timestamp';
    // Text formats infer per file; one file's "1, 2" next to another's "a, b" is a text column.
    if (a === 'string' || b === 'string')
        return 'string';
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/on-demand.ts
var on_demand = __webpack_require__(5582);
;// CONCATENATED MODULE: ./packages/core/src/regex-engine.ts

const re2js = (0,on_demand/* onDemand */.h)(() => __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)), 'a pattern was compiled before loadRegexEngine() was awaited');
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

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(73382);
;// CONCATENATED MODULE: ./packages/data/src/read/confine.ts


/**
 * Where a dataset may lead. A pull request controls the files under `data/`, so a
 * link in them (`ln -s ../../.git/config data/train/p2.csv`) would make the data
 * gate read the runner's files into report.json. Links are followed only while
 * their real path stays inside the dataset's root (and the named root inside the
 * workspace); every check runs on the path before it is opened or listed.
 */
const HINT_OUT = 'Replace the link with the file itself, or name the real location directly; links that leave the named data are refused so that a pull request cannot make the step read other files on the runner (such as .git/config).';
/** The link's own text, as `ls -l` shows it; the message names where it points as the user wrote it. */
const target = (link) => promises_default().readlink(link);
/**
 * The real path of a link met while walking a dataset, or undefined when it dangles.
 * A loop is refused here: whatever the link is named, it can never be read.
 */
async function followLink(link, at) {
    try {
        return await promises_default().realpath(link);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ELOOP')
            throw new src/* UserError */.yo(`${at.show(link)} is a link loop (it points to ${await target(link)})`, { where: at.where, hint: 'Replace the link with the file or directory it should point to.' });
        throw new src/* UserError */.yo(`cannot follow the link ${at.show(link)} (${code ?? e.message})`, { where: at.where });
    }
}
const danglingLink = async (link, at) => new src/* UserError */.yo(`${at.show(link)} is a link to ${await target(link)}, which does not exist`, { where: at.where, hint: 'Remove the link or restore the file it points to.' });
const linkOutOfDataset = async (link, root, at) => new src/* UserError */.yo(`${at.show(link)} is a link to ${await target(link)}, outside the dataset ${at.show(root)}`, { where: at.where, hint: HINT_OUT });
const linkLoop = async (link, at) => new src/* UserError */.yo(`${at.show(link)} is a link loop: it points to ${await target(link)}, a directory that contains it`, { where: at.where, hint: 'Remove the link; a dataset directory cannot contain itself.' });
const readTwice = (again, first, at) => new src/* UserError */.yo(`${at.show(again)} and ${at.show(first)} are the same file or directory (one is reached through a link), so its rows would be read twice`, { where: at.where, hint: 'Remove the link, or point the data at one of the two paths.' });
/**
 * The named root's real path. It may be a link (`data/latest -> v3`), but a root
 * named inside the workspace must stay in it (see refuseLinkOutOfWorkspace).
 */
async function realRoot(root, at) {
    (0,src/* refuseLinkOutOfWorkspace */.ND)(root, at.where, at.show);
    return promises_default().realpath(root);
}

// EXTERNAL MODULE: ./packages/data/src/read/file-formats.ts
var file_formats = __webpack_require__(92100);
;// CONCATENATED MODULE: ./packages/data/src/read/table-formats.ts


const TABLE_FORMAT_NAMES = { delta: 'a Delta Lake table', iceberg: 'an Iceberg table' };
const isDir = (p) => promises_default().stat(p).then((s) => s.isDirectory(), () => false);
/**
 * Delta Lake keeps its transaction log in `_delta_log/`; Iceberg its table
 * metadata in `metadata/*.metadata.json`. Their data directories hold every
 * version's files, rows later deleted or rewritten included, so a table read
 * as plain files counts the wrong rows.
 */
async function tableFormatOf(dir) {
    if (await isDir(external_node_path_default().join(dir, '_delta_log')))
        return 'delta';
    const metadata = external_node_path_default().join(dir, 'metadata');
    if (await isDir(metadata)) {
        const names = await promises_default().readdir(metadata).catch(() => []);
        if (names.some((n) => n.endsWith('.metadata.json')))
            return 'iceberg';
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/data/src/read/walk.ts




/**
 * The files below a dataset root, as paths through the root as named (so hive
 * keys and messages follow the user's names), sorted. Files and directories whose
 * names start with `.` or `_` (`_SUCCESS`, `_delta_log/`, `.crc`) are not data,
 * as in pyarrow.dataset, and are never looked at. A link is followed only when its
 * real path stays inside the root's real path, checked before it is opened or
 * listed; each real file and directory is reached once, so a link loop ends the
 * walk with one line instead of running forever.
 */
async function walkDataset(root, rootReal, rules, at) {
    const files = [];
    /** Real path \u2192 the path it was first reached by. */
    const reached = new Map([[rootReal, root]]);
    const visit = async (dir, dirReal, relDir) => {
        const listed = await promises_default().readdir(dir, { withFileTypes: true }).catch((e) => {
            throw new src/* UserError */.yo(`cannot list ${at.show(dir)} (${e.code ?? e.message})`, { where: at.where, hint: 'Check that the job can read every directory of the dataset.' });
        });
        const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (entry.name.startsWith('.') || entry.name.startsWith('_'))
                continue;
            const abs = external_node_path_default().join(dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            let real = external_node_path_default().join(dirReal, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                const followed = await followLink(abs, at);
                if (followed === undefined) {
                    if (rules.keep(rel))
                        throw await danglingLink(abs, at);
                    continue;
                }
                real = followed;
                const stat = await promises_default().stat(real);
                isDir = stat.isDirectory();
                isFile = stat.isFile();
                const wanted = isDir ? rules.descend(rel) : rules.keep(rel);
                if (!wanted)
                    continue;
                if (!(0,src/* isInside */.FK)(rootReal, real))
                    throw await linkOutOfDataset(abs, root, at);
                if (isDir && (0,src/* isInside */.FK)(real, dirReal))
                    throw await linkLoop(abs, at);
            }
            if (isDir) {
                if (!rules.descend(rel))
                    continue;
                const first = reached.get(real);
                if (first !== undefined)
                    throw readTwice(abs, first, at);
                reached.set(real, abs);
                await visit(abs, real, rel);
            }
            else if (rules.keep(rel)) {
                if (!isFile)
                    throw new src/* UserError */.yo(`${at.show(abs)} is not a regular file`, { where: at.where, hint: 'A dataset holds regular files only; move pipes, sockets and devices out of it.' });
                const first = reached.get(real);
                if (first !== undefined)
                    throw readTwice(abs, first, at);
                reached.set(real, abs);
                files.push(abs);
            }
        }
    };
    await visit(root, rootReal, '');
    return files.sort();
}

;// CONCATENATED MODULE: ./packages/data/src/read/resolve.ts









const KNOWN = 'Data must be .parquet, .csv, .tsv or .jsonl (optionally .csv.gz / .jsonl.gz).';
/**
 * Turns what the user passed \u2014 a file, a directory (read recursively, hive
 * partitions included) or a glob \u2014 into the sorted list of data files.
 */
async function resolveDataFiles(spec, cwd, role) {
    const where = `${role} ${spec}`;
    const trimmed = spec.trim();
    if (!trimmed)
        throw new src/* UserError */.yo(`no ${role} path given`, { where: role, hint: 'Pass a file, directory or glob.' });
    const at = { show: (abs) => rel(cwd, abs), where };
    let base;
    let paths;
    if ((0,dist/* isDynamicPattern */.ey)(trimmed)) {
        const pattern = trimmed.replace(/\\/g, '/');
        await loadRegexEngine();
        base = external_node_path_default().resolve(cwd, globBase(pattern));
        // A base that is missing (or a file) matches nothing, as a glob over it would.
        const baseStat = await promises_default().stat(base).catch((e) => {
            if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
                return undefined;
            throw new src/* UserError */.yo(`cannot read ${rel(cwd, base)} (${e.code ?? e.message})`, { where });
        });
        const baseReal = baseStat?.isDirectory() ? await realRoot(base, at) : undefined;
        paths = baseReal === undefined ? [] : await walkDataset(base, baseReal, globRules(external_node_path_default().relative(base, external_node_path_default().resolve(cwd, pattern)).split((external_node_path_default()).sep).join('/'), where), at);
        if (paths.length === 0) {
            throw new src/* UserError */.yo('the pattern matches no files', { where, hint: 'Check the path relative to the working directory; quote the glob so the shell does not expand it.' });
        }
        const unknown = paths.find((p) => !(0,file_formats/* formatOf */.b)(p));
        if (unknown)
            throw new src/* UserError */.yo(`${rel(cwd, unknown)} is not a data file`, { where, hint: `${KNOWN} Narrow the pattern, e.g. **/*.parquet.` });
    }
    else {
        const abs = external_node_path_default().resolve(cwd, trimmed);
        const stat = await promises_default().stat(abs).catch((e) => {
            if (e.code === 'ENOENT')
                throw new src/* UserError */.yo('no such file or directory', { where, hint: 'Check the path relative to the working directory (and that the data was downloaded, e.g. by `dvc pull`).' });
            if (e.code === 'ELOOP')
                throw new src/* UserError */.yo(`${trimmed} is a link loop`, { where, hint: 'Replace the link with the file or directory it should point to.' });
            throw new src/* UserError */.yo(`cannot read (${e.code ?? e.message})`, { where });
        });
        const real = await realRoot(abs, at);
        if (stat.isDirectory()) {
            const table = await tableFormatOf(abs);
            if (table) {
                throw new src/* UserError */.yo(`${trimmed} is ${TABLE_FORMAT_NAMES[table]}: its data files hold rows that later versions deleted or rewrote, so reading them as files would count the wrong rows`, {
                    where,
                    hint: 'Use engine: duckdb, which reads the current snapshot of the table, or export the snapshot to parquet and validate that.',
                });
            }
            base = abs;
            paths = await walkDataset(abs, real, { keep: (p) => (0,file_formats/* formatOf */.b)(p) !== undefined, descend: () => true }, at);
            if (paths.length === 0)
                throw new src/* UserError */.yo('the directory holds no data files', { where, hint: KNOWN });
        }
        else {
            base = external_node_path_default().dirname(abs);
            paths = [abs];
        }
    }
    const files = await Promise.all(paths.map((p) => describeFile(p, base, cwd)));
    const formats = [...new Set(files.map((f) => f.format))];
    if (formats.length > 1) {
        throw new src/* UserError */.yo(`mixes ${formats.join(' and ')} files`, { where, hint: 'Point at one format, e.g. a glob ending in *.parquet.' });
    }
    checkPartitionKeys(files, where);
    return files;
}
async function describeFile(abs, base, cwd) {
    const shown = rel(cwd, abs);
    const stat = await promises_default().stat(abs);
    const format = (0,file_formats/* formatOf */.b)(abs) ?? (await sniffFormat(abs));
    if (!format)
        throw new src/* UserError */.yo('unknown file type', { where: shown, hint: KNOWN });
    if (stat.size === 0)
        throw new src/* UserError */.yo('the file is empty', { where: shown, hint: 'Regenerate it, or remove it from the dataset.' });
    return { path: shown, format, sizeBytes: stat.size, mtimeMs: stat.mtimeMs, partitions: hivePartitions(external_node_path_default().relative(base, external_node_path_default().dirname(abs))) };
}
/** An explicitly named file without a known extension is identified by parquet's magic bytes. */
async function sniffFormat(abs) {
    const fh = await promises_default().open(abs, 'r');
    try {
        const { buffer, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0);
        return bytesRead === 4 && buffer.toString('latin1') === 'PAR1' ? 'parquet' : undefined;
    }
    finally {
        await fh.close();
    }
}
/** `year=2024/month=05` \u2192 { year: '2024', month: '05' }; values are URL-decoded as Hive writes them. */
function hivePartitions(relDir) {
    const out = {};
    for (const seg of relDir.split(/[\\/]/)) {
        const eq = seg.indexOf('=');
        if (eq <= 0)
            continue;
        const value = decodeURIComponent(seg.slice(eq + 1));
        out[decodeURIComponent(seg.slice(0, eq))] = value;
    }
    return out;
}
function checkPartitionKeys(files, where) {
    const keysOf = (f) => Object.keys(f.partitions).join('/');
    const first = keysOf(files[0]);
    const odd = files.find((f) => keysOf(f) !== first);
    if (odd) {
        throw new src/* UserError */.yo(`${odd.path} is partitioned by "${keysOf(odd) || 'nothing'}" but ${files[0].path} by "${first || 'nothing'}"`, {
            where,
            hint: 'Every file of a partitioned dataset needs the same key=value directories.',
        });
    }
}
/**
 * The part of a glob after its base directory, as walk rules: a file is kept when it
 * matches; a directory is entered only when it can lead to a match, so `*.csv`
 * never lists the subdirectories. Braces and extglobs may hold a `/`, so they are
 * not split into segments and every directory is entered.
 */
function globRules(rest, where) {
    // Linear-time matching: a directory's file names are not the config author's to choose.
    const compile = (glob) => {
        try {
            return compileGlob(glob);
        }
        catch (e) {
            if (e instanceof GlobRefusal)
                throw new src/* UserError */.yo(`the pattern ${e.problem}`, { where, hint: e.hint });
            throw e;
        }
    };
    const keep = compile(rest);
    if (/[{(]/.test(rest))
        return { keep, descend: () => true };
    const segs = rest.split('/');
    const globstar = segs.findIndex((s) => s.includes('**'));
    const prefixes = segs.map((_, i) => compile(segs.slice(0, i + 1).join('/')));
    return {
        keep,
        descend(relDir) {
            const depth = relDir.split('/').length;
            if (globstar >= 0 && depth > globstar)
                return true;
            return depth < segs.length && prefixes[depth - 1](relDir);
        },
    };
}
/** The directory part of a glob before its first wildcard segment. */
function globBase(pattern) {
    const segs = pattern.split('/');
    const i = segs.findIndex((s) => (0,dist/* isDynamicPattern */.ey)(s));
    return segs.slice(0, i < 0 ? segs.length - 1 : i).join('/') || '.';
}
const rel = (cwd, abs) => {
    const r = external_node_path_default().relative(cwd, abs);
    return r && !r.startsWith('..') && !external_node_path_default().isAbsolute(r) ? r : abs;
};

;// CONCATENATED MODULE: ./packages/data/src/read/index.ts




/** Opens a file, directory or glob as one dataset (openFiles, once the spec is resolved to its files). */
async function openDataset(spec, options) {
    const files = await resolveDataFiles(spec, options.cwd, options.role);
    options.onFiles?.(files);
    return openFiles(files, spec, options);
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/data-stats.ts


const JSON_DATE_NAME = /(?:_at|_time)$|^timestamp|^(?:modified|date|datetime)$/i;
/**
 * pandas' default dtype for a column of this kind, as read_csv, read_json(lines=True)
 * and read_parquet give it. pandas has no nullable defaults: an int column with a
 * missing value becomes float64, a bool one object (float64 from JSON), read_csv
 * parses no dates, and an all-empty text column is float64. The CSV and JSONL
 * mappings are checked against pandas (src/__golden__); parquet follows pyarrow's
 * to_pandas defaults, not checked here (no pyarrow on the test machine).
 */
function pandasDtype(field, nulls, rows, format) {
    const kind = field.kind;
    const text = format !== 'parquet';
    if (text && rows > 0 && nulls === rows)
        return 'float64';
    switch (kind) {
        case 'int': {
            if (nulls > 0)
                return 'float64';
            // Parquet names its physical type first: `INT32`, `INT32 INTEGER`, `INT64`.
            const bits = format === 'parquet' ? /^INT(8|16|32)\b/.exec(field.sourceType)?.[1] : undefined;
            return bits ? `int${bits}` : 'int64';
        }
        case 'float':
            return format === 'parquet' && field.sourceType.startsWith('FLOAT') ? 'float32' : 'float64';
        case 'decimal':
            return text ? 'float64' : 'object';
        case 'bool':
            // read_json turns true/false/null into 1.0/0.0/NaN; read_csv and parquet keep Python objects.
            return nulls === 0 ? 'bool' : format === 'jsonl' ? 'float64' : 'object';
        case 'timestamp':
        case 'date':
            if (format === 'parquet')
                return kind === 'timestamp' ? 'datetime64[ns]' : 'object';
            // read_json parses dates only in columns named like dates (its keep_default_dates rule); read_csv never.
            return format === 'jsonl' && JSON_DATE_NAME.test(field.name) ? 'datetime64[ns]' : 'object';
        default:
            return 'object';
    }
}
/** Streams the dataset once with @mlship/data's readers, counting rows and missing cells, within `budgetMs`. */
async function computeDataStats(spec, cwd, budgetMs) {
    let dataset;
    try {
        dataset = await openDataset(spec, { cwd, role: 'data-path' });
    }
    catch (e) {
        return { ok: false, error: (0,src/* describeError */.Uc)(e) };
    }
    const fields = dataset.schema.fields;
    const nulls = new Array(fields.length).fill(0);
    let rows = 0;
    let partial = false;
    const deadline = Date.now() + budgetMs;
    try {
        for await (const batch of dataset.batches()) {
            for (let c = 0; c < fields.length; c++) {
                const col = batch.columns[c];
                let n = 0;
                for (let i = 0; i < batch.numRows; i++)
                    if (isMissing(col[i]))
                        n++;
                nulls[c] += n;
            }
            rows += batch.numRows;
            if (Date.now() > deadline) {
                partial = true;
                break;
            }
        }
    }
    catch (e) {
        return { ok: false, error: (0,src/* describeError */.Uc)(e) };
    }
    const format = dataset.files[0].format;
    return {
        ok: true,
        stats: {
            rows,
            columns: fields.map((f) => f.name),
            null_counts: Object.fromEntries(fields.map((f, i) => [f.name, nulls[i]])),
            dtypes: Object.fromEntries(fields.map((f, i) => [f.name, pandasDtype(f, nulls[i], rows, format)])),
            files: dataset.files.length,
            ...(partial ? { partial: true } : {}),
        },
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/cleanup-report.ts

const mib = (n) => (n === null ? 'n/a' : `${n} MiB`);
/** Memory used per GPU before and after the cleanup, by GPU index. */
function perGpu(r) {
    const indexes = [...new Set([...(r.memoryBefore ?? []), ...(r.memoryAfter ?? [])].map((g) => g.index))].sort((a, b) => a - b);
    return indexes.map((index) => {
        const before = r.memoryBefore?.find((g) => g.index === index);
        const after = r.memoryAfter?.find((g) => g.index === index);
        const g = (before ?? after);
        return { index, name: g.name, before: before?.memoryUsedMiB ?? null, after: after?.memoryUsedMiB ?? null, total: g.memoryTotalMiB };
    });
}
/** One line per GPU for the step log. */
const memoryLines = (r) => perGpu(r).map((g) => `GPU ${g.index} (${g.name}): ${mib(g.before)} used before the cleanup, ${mib(g.after)} after, of ${mib(g.total)}`);
/**
 * The cleanup's Report. Its one check fails only with severity warning: a
 * cleanup step runs under `if: always()` after the job's outcome is decided,
 * and a leftover process it cannot end is worth a warning, not a red job.
 */
function buildCleanupReport(r) {
    const killed = r.processes.filter((p) => p.verdict === 'killed');
    const survived = r.processes.filter((p) => p.verdict === 'survived');
    const check = {
        id: 'gpu-cleanup',
        title: 'GPU processes left by this job',
        status: r.problems.length ? 'fail' : 'pass',
        severity: 'warning',
        observed: r.remaining === null ? 'could not be listed' : `${killed.length} ended, ${survived.length} survived, ${r.processes.length - killed.length - survived.length} left alone (not this job's)`,
        expected: 'none left running',
        detail: r.problems.length ? r.problems.join('; ') : undefined,
    };
    const tables = [];
    if (r.processes.length) {
        tables.push({
            title: `GPU compute processes (${r.processes.length})`,
            columns: ['pid', 'process', 'GPU memory MiB', 'action', 'why'],
            rows: r.processes.map((p) => [p.pid, p.name, p.usedMemoryMiB, p.verdict, p.reason]),
            folded: false,
        });
    }
    const memory = perGpu(r);
    if (memory.length) {
        tables.push({ title: 'GPU memory used', columns: ['GPU', 'name', 'before MiB', 'after MiB', 'total MiB'], rows: memory.map((g) => [g.index, g.name, g.before, g.after, g.total]), folded: false });
    }
    const title = killed.length
        ? `GPU cleanup: ended ${killed.length} process${killed.length === 1 ? '' : 'es'} left by this job`
        : survived.length
            ? 'GPU cleanup: a process of this job survived'
            : 'GPU cleanup: nothing of this job was left on the GPUs';
    return (0,src/* createReport */.LU)({
        action: 'training-diagnostics',
        title,
        summary: r.processes.length === 0 && r.remaining !== null ? 'No process holds a GPU.' : undefined,
        checks: [check],
        tables,
        data: { cleanup: r },
    });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/nvidia-smi.ts



/** The one query this action makes; its CSV columns, in order. */
const GPU_QUERY_ARGS = ['--query-gpu=index,name,utilization.gpu,memory.used,memory.total', '--format=csv,noheader,nounits'];
const numberOrNull = (s) => {
    const n = Number(s);
    return s === '' || !Number.isFinite(n) ? null : n;
};
/**
 * `nvidia-smi --format=csv,noheader,nounits` prints one line per GPU, fields
 * joined by ", ", with `[N/A]` or `[Not Supported]` where a value is missing.
 * Lines that do not have the five fields (a driver warning) are skipped.
 */
function parseGpuCsv(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const fields = raw.split(',').map((f) => f.trim());
        if (fields.length !== 5)
            continue;
        const [index, name, util, used, total] = fields;
        if (!/^\d+$/.test(index))
            continue;
        out.push({ index: Number(index), name, utilization: numberOrNull(util), memoryUsedMiB: numberOrNull(used), memoryTotalMiB: numberOrNull(total) });
    }
    return out;
}
/** The executable's path when it is on PATH, found the way execvp would. */
function findOnPath(command, envPath) {
    for (const dir of (envPath ?? '').split((external_node_path_default()).delimiter)) {
        if (!dir)
            continue;
        const candidate = external_node_path_default().join(dir, command);
        try {
            external_node_fs_default().accessSync(candidate, (external_node_fs_default()).constants.X_OK);
            if (external_node_fs_default().statSync(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}
/**
 * Runs nvidia-smi once, bounded by `timeoutMs` however it misbehaves.
 *
 * A wedged driver makes nvidia-smi hang in the kernel, and a wrapper script
 * may leave a child holding the pipe open after it is killed, so waiting for
 * 'close' (what execFile does) could wait forever. The tool runs in a process
 * group of its own; on timeout the whole group gets SIGKILL and the answer is
 * given at once, whether or not the pipes ever close.
 */
function runNvidiaSmi(nvidiaSmi, args, timeoutMs, env = process.env) {
    return new Promise((resolve) => {
        let settled = false;
        const out = [];
        const err = [];
        let size = 0;
        const child = (0,external_node_child_process_.spawn)(nvidiaSmi, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
        const finish = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(r);
        };
        const killGroup = () => {
            try {
                if (child.pid)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
                // already gone
            }
        };
        const timer = setTimeout(() => {
            killGroup();
            child.stdout.destroy();
            child.stderr.destroy();
            finish({ ok: false, reason: `nvidia-smi did not answer within ${timeoutMs / 1000} s (a hung driver or GPU?)` });
        }, timeoutMs);
        const collect = (into) => (chunk) => {
            size += chunk.length;
            if (size <= 1 << 20)
                into.push(chunk);
        };
        child.stdout.on('data', collect(out));
        child.stderr.on('data', collect(err));
        child.once('error', (e) => finish({ ok: false, reason: `nvidia-smi could not be started: ${e.code ?? e.message}` }));
        child.once('close', (code, signal) => {
            const stdout = Buffer.concat(out).toString('utf8');
            if (code === 0)
                return finish({ ok: true, stdout });
            const said = (Buffer.concat(err).toString('utf8').trim() || stdout.trim()).split(/\r?\n/)[0]?.slice(0, 300) ?? '';
            finish({ ok: false, reason: `nvidia-smi ${signal ? `was killed by ${signal}` : `exited with ${code}`}${said ? `: ${said}` : ''}` });
        });
    });
}
/** nvidia-smi's own words (and exit code 6) when the driver works but sees no GPU. */
const NO_DEVICES = /No devices were found/i;
/** The GPUs nvidia-smi lists now; an empty list when it says there are none. */
async function listGpus(nvidiaSmi, timeoutMs, env = process.env) {
    const r = await runNvidiaSmi(nvidiaSmi, GPU_QUERY_ARGS, timeoutMs, env);
    if (!r.ok)
        return NO_DEVICES.test(r.reason) ? { ok: true, gpus: [] } : r;
    const gpus = parseGpuCsv(r.stdout);
    if (gpus.length)
        return { ok: true, gpus };
    if (NO_DEVICES.test(r.stdout))
        return { ok: true, gpus: [] };
    return { ok: false, reason: `nvidia-smi printed no GPU line${r.stdout.trim() ? `: ${r.stdout.trim().split(/\r?\n/)[0].slice(0, 300)}` : ''}` };
}
/** Runs the query once; undefined when nvidia-smi fails or says nothing usable within `timeoutMs`. */
async function queryGpus(nvidiaSmi, timeoutMs, env = process.env) {
    const r = await listGpus(nvidiaSmi, timeoutMs, env);
    return r.ok && r.gpus.length ? r.gpus : undefined;
}
/**
 * Samples every `intervalSeconds` while the command runs, one query at a time
 * (a hung driver must not pile up nvidia-smi processes), each bounded by
 * `timeoutMs`. Memory is bounded: past `maxSamples` every other sample is
 * dropped and the spacing doubles.
 */
class GpuSampler {
    nvidiaSmi;
    intervalSeconds;
    startedAt;
    timeoutMs;
    hooks;
    maxSamples;
    samples = [];
    failures = 0;
    timer;
    inFlight;
    stopped = false;
    keepEvery = 1;
    tick = 0;
    constructor(nvidiaSmi, intervalSeconds, startedAt, timeoutMs, hooks = {}, maxSamples = 2048) {
        this.nvidiaSmi = nvidiaSmi;
        this.intervalSeconds = intervalSeconds;
        this.startedAt = startedAt;
        this.timeoutMs = timeoutMs;
        this.hooks = hooks;
        this.maxSamples = maxSamples;
    }
    start() {
        this.schedule(0);
    }
    async stop() {
        this.stopped = true;
        if (this.timer)
            clearTimeout(this.timer);
        await this.inFlight;
    }
    schedule(delayMs) {
        if (this.stopped)
            return;
        this.timer = setTimeout(() => {
            this.inFlight = this.sample().finally(() => {
                this.inFlight = undefined;
                this.schedule(this.intervalSeconds * 1000);
            });
        }, delayMs);
        this.timer.unref();
    }
    async sample() {
        const t = (Date.now() - this.startedAt) / 1000;
        const r = await listGpus(this.nvidiaSmi, this.timeoutMs, this.hooks.env);
        if (!r.ok || !r.gpus.length) {
            this.failures++;
            this.hooks.onFailure?.(t, r.ok ? 'nvidia-smi lists no GPU' : r.reason);
            return;
        }
        const sample = { t, gpus: r.gpus };
        this.hooks.onSample?.(sample);
        if (this.tick++ % this.keepEvery !== 0)
            return;
        this.samples.push(sample);
        if (this.samples.length > this.maxSamples) {
            const kept = this.samples.filter((_, i) => i % 2 === 0);
            this.samples.splice(0, this.samples.length, ...kept);
            this.keepEvery *= 2;
        }
    }
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/compute-apps.ts

/** The process query the cleanup makes; its CSV columns, in order. */
const COMPUTE_APPS_ARGS = ['--query-compute-apps=pid,process_name,used_memory', '--format=csv,noheader,nounits'];
/**
 * Reads `--query-compute-apps` output in any of its formats: with or without
 * the header line (`pid, process_name, used_gpu_memory [MiB]`), with or
 * without units (`15000 MiB`), `[N/A]` fields, and nothing at all \u2014 or, from
 * some drivers, the line `No running processes found` \u2014 when no process uses
 * a GPU. A process name may itself hold ", ", so pid is the first field and
 * memory the last.
 */
function parseComputeApps(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const fields = raw.split(',').map((f) => f.trim());
        if (fields.length < 3 || !/^\d+$/.test(fields[0]))
            continue;
        const memory = /^(\d+)(?:\s*MiB)?$/.exec(fields[fields.length - 1]);
        out.push({ pid: Number(fields[0]), name: fields.slice(1, -1).join(', '), usedMemoryMiB: memory ? Number(memory[1]) : null });
    }
    return out;
}
async function listComputeApps(nvidiaSmi, timeoutMs, env = process.env) {
    const r = await runNvidiaSmi(nvidiaSmi, COMPUTE_APPS_ARGS, timeoutMs, env);
    return r.ok ? { ok: true, apps: parseComputeApps(r.stdout) } : r;
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/gpu-cleanup.ts



/**
 * The variable the runner puts in the environment of every process a job
 * starts (`github_<uuid>`, one value per job), and reads back from each
 * process's environment when the job ends to find and kill its orphans.
 * Matching on it ties a process to *this* job and no other: not to another
 * job of the same run on the same machine (GITHUB_RUN_ID would), nor to
 * something the machine's owner started by hand.
 */
const JOB_MARKER = 'RUNNER_TRACKING_ID';
/** A process's real uid, from /proc; undefined when it is not visible here. */
function procUid(pid) {
    try {
        const uid = /^Uid:\s+(\d+)/m.exec(external_node_fs_default().readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
        return uid === undefined ? undefined : Number(uid);
    }
    catch {
        return undefined;
    }
}
/**
 * The job marker in the environment a process was started with (what
 * /proc/<pid>/environ holds, and what the runner itself reads); null when
 * that cannot be read, undefined when the variable is absent.
 */
function procMarker(pid) {
    try {
        const environ = external_node_fs_default().readFileSync(`/proc/${pid}/environ`, 'latin1');
        return environ.split('\0').find((e) => e.startsWith(`${JOB_MARKER}=`))?.slice(JOB_MARKER.length + 1);
    }
    catch {
        return null;
    }
}
/** This process and every ancestor up to init: the action, the runner's worker and listener. */
function selfAndAncestors() {
    const out = new Set([process.pid]);
    let pid = process.ppid;
    while (pid > 1 && !out.has(pid)) {
        out.add(pid);
        try {
            const stat = external_node_fs_default().readFileSync(`/proc/${pid}/stat`, 'utf8');
            pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        }
        catch {
            break;
        }
    }
    out.add(1);
    return out;
}
/** Dead, or a zombie whose resources (its CUDA context with them) are already released. */
function processGone(pid) {
    try {
        const stat = external_node_fs_default().readFileSync(`/proc/${pid}/stat`, 'utf8');
        const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        return state === 'Z' || state === 'X';
    }
    catch {
        return true;
    }
}
/** Polls until every pid is gone or `ms` pass; returns those still running. */
async function waitGone(pids, ms) {
    const until = Date.now() + ms;
    let left = pids.filter((p) => !processGone(p));
    while (left.length && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        left = left.filter((p) => !processGone(p));
    }
    return left;
}
const signal = (pid, sig) => {
    try {
        process.kill(pid, sig);
    }
    catch {
        // exited in between
    }
};
/** After SIGKILL the kernel needs a moment to tear a process down; one stuck longer is in uninterruptible sleep (a wedged driver). */
const AFTER_SIGKILL_MS = 5000;
/**
 * Lists the GPU compute processes and kills the ones this job left behind.
 *
 * The rule, so that a cleanup step can never hurt anything but this job's own
 * leftovers: a process is killed only when it runs as this action's user, its
 * environment carries this job's RUNNER_TRACKING_ID, and it is neither this
 * action nor one of its ancestors (the runner). Everything else \u2014 other
 * users' processes, other jobs', processes started by hand or as services,
 * pids not visible in this PID namespace \u2014 is listed and left alone. Without
 * a RUNNER_TRACKING_ID nothing is killed. Kills are SIGTERM, then SIGKILL
 * after the grace period.
 */
async function cleanupGpuProcesses(o) {
    const problems = [];
    const marker = o.marker || null;
    const gpusBefore = await listGpus(o.nvidiaSmi, o.timeoutMs, o.env);
    if (!gpusBefore.ok)
        problems.push(`GPU memory could not be read before the cleanup: ${gpusBefore.reason}`);
    const apps = await listComputeApps(o.nvidiaSmi, o.timeoutMs, o.env);
    if (!apps.ok) {
        problems.push(`the GPU compute processes could not be listed: ${apps.reason}`);
        return { marker, memoryBefore: gpusBefore.ok ? gpusBefore.gpus : null, memoryAfter: null, processes: [], remaining: null, problems };
    }
    const protectedPids = selfAndAncestors();
    const uid = process.getuid?.();
    let untied = false;
    const processes = apps.apps.map((a) => {
        const p = { pid: a.pid, name: a.name, usedMemoryMiB: a.usedMemoryMiB };
        const left = (reason) => ({ ...p, verdict: 'left', reason });
        if (protectedPids.has(a.pid))
            return left('this action or the runner running it');
        const owner = procUid(a.pid);
        if (owner === undefined)
            return left('not visible here (another PID namespace, e.g. a container, or already exited)');
        if (uid !== undefined && owner !== uid)
            return left(`runs as uid ${owner}, not as this job's uid ${uid}`);
        const theirs = procMarker(a.pid);
        if (theirs === null)
            return left('its environment cannot be read');
        if (!marker) {
            untied = true;
            return left(`${JOB_MARKER} is not set here, so no process can be tied to this job`);
        }
        if (theirs !== marker)
            return left(theirs ? 'started by another job' : `not started by a job (no ${JOB_MARKER})`);
        return { ...p, verdict: 'killed', reason: 'left behind by this job' };
    });
    const targets = processes.filter((p) => p.verdict === 'killed');
    if (untied) {
        problems.push(`${JOB_MARKER} is not set in this step's environment, so no GPU process could be tied to this job and none was killed (run the cleanup as a step of the job that trained)`);
    }
    if (targets.length) {
        o.log(`training-diagnostics: SIGTERM to ${targets.length} GPU process(es) left by this job: ${targets.map((t) => `${t.pid} (${t.name})`).join(', ')}`);
        for (const t of targets)
            signal(t.pid, 'SIGTERM');
        let left = await waitGone(targets.map((t) => t.pid), o.graceSeconds * 1000);
        const needed = new Set(left);
        if (left.length) {
            o.log(`training-diagnostics: SIGKILL to ${left.join(', ')}, still running ${o.graceSeconds}s after SIGTERM`);
            for (const pid of left)
                signal(pid, 'SIGKILL');
            left = await waitGone(left, AFTER_SIGKILL_MS);
        }
        for (const t of targets) {
            t.reason = `left behind by this job; ended by ${needed.has(t.pid) ? 'SIGKILL' : 'SIGTERM'}`;
            if (left.includes(t.pid)) {
                t.verdict = 'survived';
                t.reason = 'still running after SIGKILL (stuck in the kernel, e.g. in the GPU driver)';
                problems.push(`GPU process ${t.pid} (${t.name}) of this job survived SIGKILL; the GPU may need a reset (nvidia-smi --gpu-reset) or the runner a reboot`);
            }
        }
    }
    const gpusAfter = await listGpus(o.nvidiaSmi, o.timeoutMs, o.env);
    if (!gpusAfter.ok)
        problems.push(`GPU memory could not be read after the cleanup: ${gpusAfter.reason}`);
    const after = await listComputeApps(o.nvidiaSmi, o.timeoutMs, o.env);
    if (!after.ok)
        problems.push(`the GPU compute processes could not be listed after the cleanup: ${after.reason}`);
    return {
        marker,
        memoryBefore: gpusBefore.ok ? gpusBefore.gpus : null,
        memoryAfter: gpusAfter.ok ? gpusAfter.gpus : null,
        processes,
        remaining: after.ok ? after.apps : null,
        problems,
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/cleanup-mode.ts



/**
 * mode: cleanup, for an `if: always()` step at the end of a GPU job. Every
 * problem goes into the report's one warning-severity check (and from there
 * into one warning annotation): the job's result was decided by the steps before.
 */
async function runCleanup(o, io) {
    const env = process.env;
    const nvidiaSmi = findOnPath('nvidia-smi', env.PATH);
    let result;
    if (!nvidiaSmi) {
        result = { marker: env[JOB_MARKER] || null, memoryBefore: null, memoryAfter: null, processes: [], remaining: null, problems: ['nvidia-smi is not on PATH, so GPU processes cannot be listed (is this a GPU runner?)'] };
    }
    else {
        result = await cleanupGpuProcesses({ nvidiaSmi, marker: env[JOB_MARKER], timeoutMs: o.probeTimeoutSeconds * 1000, graceSeconds: o.killGraceSeconds, env, log: (l) => io.info(l) });
    }
    for (const p of result.processes)
        io.info(`training-diagnostics: GPU process ${p.pid} (${p.name}, ${p.usedMemoryMiB ?? '[N/A]'} MiB): ${p.verdict} \u2014 ${p.reason}`);
    if (result.remaining !== null && result.processes.length === 0)
        io.info('training-diagnostics: no process holds a GPU');
    for (const line of memoryLines(result))
        io.info(`training-diagnostics: ${line}`);
    return { report: buildCleanupReport(result) };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/diagnostics.ts
const PEAK_RSS_METHOD = 'max over 500 ms polls of the summed VmRSS of every process descending from the command or in its process group (/proc/<pid>/status), or the largest single VmHWM if higher';
function environmentOf(py, gpuSnapshot) {
    const fromTorch = py.gpus.map((g) => ({ index: g.index, name: g.name, memory_total_mib: g.memory_total_mib, source: 'torch' }));
    const fromSmi = (gpuSnapshot ?? []).map((g) => ({ index: g.index, name: g.name, memory_total_mib: g.memoryTotalMiB, source: 'nvidia-smi' }));
    const gpus = fromTorch.length ? fromTorch : fromSmi;
    return {
        torch_version: py.torch_version,
        cuda_available: py.cuda_available,
        cuda_version: py.cuda_version,
        gpu_count: py.cuda_available ? py.gpu_count : fromTorch.length || (py.torch_version === null ? fromSmi.length : 0),
        gpus,
        numpy_version: py.numpy_version,
        pandas_version: py.pandas_version,
        python_executable: py.python_executable,
        notes: py.notes,
    };
}
function summariseGpuSamples(samples, intervalSeconds) {
    if (!samples.length)
        return null;
    const byIndex = new Map();
    for (const s of samples) {
        for (const g of s.gpus) {
            let e = byIndex.get(g.index);
            if (!e)
                byIndex.set(g.index, (e = { name: g.name, util: [], mem: [], total: g.memoryTotalMiB }));
            if (g.utilization !== null)
                e.util.push(g.utilization);
            if (g.memoryUsedMiB !== null)
                e.mem.push(g.memoryUsedMiB);
        }
    }
    const mean = (v) => (v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10 : null);
    const max = (v) => (v.length ? Math.max(...v) : null);
    return {
        interval_seconds: intervalSeconds,
        samples: samples.length,
        per_gpu: [...byIndex.entries()]
            .sort(([a], [b]) => a - b)
            .map(([index, e]) => ({ index, name: e.name, mean_utilization: mean(e.util), max_utilization: max(e.util), peak_memory_used_mib: max(e.mem), memory_total_mib: e.total })),
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/gpu-preflight.ts

/**
 * Before a long GPU job starts: are there as many GPUs as it asks for? A job
 * that lands on the wrong runner (a label matching a smaller machine, a GPU
 * that fell off the bus, a driver that no longer loads) would otherwise run
 * on fewer GPUs or on the CPU for hours before anyone notices.
 */
async function checkGpuCount(nvidiaSmi, required, timeoutMs, env = process.env) {
    if (!nvidiaSmi) {
        return {
            required,
            gpus: null,
            ok: false,
            problem: `gpu-count is ${required} but nvidia-smi is not on PATH on this runner, so it has no usable NVIDIA GPU: the job landed on a runner without the NVIDIA driver \u2014 check the runner labels in runs-on (in a container job, also pass the GPUs in with options: --gpus all)`,
        };
    }
    const r = await listGpus(nvidiaSmi, timeoutMs, env);
    if (!r.ok) {
        return {
            required,
            gpus: null,
            ok: false,
            problem: `gpu-count is ${required} but nvidia-smi failed on this runner (${r.reason}): the NVIDIA driver is not working \u2014 run nvidia-smi on the runner and fix the driver, or check the runner labels in runs-on`,
        };
    }
    if (r.gpus.length >= required)
        return { required, gpus: r.gpus, ok: true };
    const names = r.gpus.length ? r.gpus.map((g) => g.name).join(', ') : 'No devices were found';
    return {
        required,
        gpus: r.gpus,
        ok: false,
        problem: `gpu-count is ${required} but nvidia-smi lists ${r.gpus.length} GPU${r.gpus.length === 1 ? '' : 's'} on this runner (${names}): the job landed on a runner with fewer GPUs \u2014 check the runner labels in runs-on`,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./actions/training-diagnostics/src/host.ts


function osName() {
    try {
        const release = external_node_fs_default().readFileSync('/etc/os-release', 'utf8');
        const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1];
        if (pretty)
            return pretty;
    }
    catch {
        // not Linux, or a minimal container
    }
    return `${external_node_os_default().type()} ${external_node_os_default().release()}`;
}
function memAvailable() {
    try {
        const kb = /^MemAvailable:\s+(\d+) kB$/m.exec(external_node_fs_default().readFileSync('/proc/meminfo', 'utf8'))?.[1];
        if (kb)
            return Number(kb) * 1024;
    }
    catch {
        // no /proc
    }
    return external_node_os_default().freemem();
}
function hostFacts(workspace) {
    const cpus = external_node_os_default().cpus();
    let disk;
    try {
        const s = external_node_fs_default().statfsSync(workspace);
        disk = { free: s.bavail * s.bsize, total: s.blocks * s.bsize };
    }
    catch {
        disk = undefined;
    }
    return {
        os: osName(),
        kernel: external_node_os_default().release(),
        arch: external_node_os_default().arch(),
        cpu_model: cpus[0]?.model.trim() || null,
        cpu_count: typeof (external_node_os_default()).availableParallelism === 'function' ? external_node_os_default().availableParallelism() : cpus.length,
        memory_total_bytes: external_node_os_default().totalmem(),
        memory_available_bytes: memAvailable(),
        disk_free_bytes: disk?.free ?? null,
        disk_total_bytes: disk?.total ?? null,
        disk_path: workspace,
    };
}
function runnerFacts(env, labels) {
    return {
        name: env('RUNNER_NAME') ?? null,
        os: env('RUNNER_OS') ?? null,
        arch: env('RUNNER_ARCH') ?? null,
        environment: env('RUNNER_ENVIRONMENT') ?? null,
        labels,
        workflow: env('GITHUB_WORKFLOW') ?? null,
        job: env('GITHUB_JOB') ?? null,
        run_id: env('GITHUB_RUN_ID') ?? null,
        run_attempt: env('GITHUB_RUN_ATTEMPT') ?? null,
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/python-probe.ts

// Prints one JSON object; every import is optional, so a missing torch gives nulls, not a failure.
const PROBE = `
import json, sys
out = {"python_version": sys.version, "python_executable": sys.executable, "torch_version": None, "cuda_available": None,
       "cuda_version": None, "gpu_count": 0, "gpus": [], "numpy_version": None, "pandas_version": None, "notes": []}
for mod in ("numpy", "pandas"):
    try:
        out[mod + "_version"] = __import__(mod).__version__
    except Exception as e:
        out["notes"].append("%s: %s" % (mod, type(e).__name__))
try:
    import torch
    out["torch_version"] = torch.__version__
    out["cuda_available"] = bool(torch.cuda.is_available())
    if out["cuda_available"]:
        out["cuda_version"] = torch.version.cuda
        out["gpu_count"] = torch.cuda.device_count()
        for i in range(out["gpu_count"]):
            p = torch.cuda.get_device_properties(i)
            out["gpus"].append({"index": i, "name": p.name, "memory_total_mib": round(p.total_memory / 1048576)})
except Exception as e:
    out["notes"].append("torch: %s: %s" % (type(e).__name__, e))
print(json.dumps(out))
`;
const empty = (note) => ({
    python_version: null,
    python_executable: null,
    torch_version: null,
    cuda_available: null,
    cuda_version: null,
    gpu_count: 0,
    gpus: [],
    numpy_version: null,
    pandas_version: null,
    notes: [note],
});
/** Runs `python -c PROBE`, killed after `timeoutMs` (importing torch with a wedged driver can hang). */
function probePython(python, env, cwd, timeoutMs) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(python, ['-c', PROBE], { env, cwd, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 }, (err, stdout) => {
            if (err) {
                const e = err;
                if (e.code === 'ENOENT')
                    return resolve(empty(`${python} not found on PATH`));
                if (e.killed)
                    return resolve(empty(`${python} did not answer within ${timeoutMs / 1000}s`));
                return resolve(empty(`${python} failed: ${String(err.message).split('\n')[0]}`));
            }
            const line = stdout.trim().split('\n').pop() ?? '';
            try {
                const facts = JSON.parse(line);
                resolve(facts);
            }
            catch {
                resolve(empty(`${python} printed no probe result`));
            }
        });
    });
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/redact.ts
/**
 * Keeps secrets out of the diagnostics JSON, the artifact and the PR comment.
 * The runner masks registered secrets in the step log only; text this action
 * uploads or posts is not masked by anyone else, and a training log can print
 * a token (an echoed env, a URL with credentials, a library's debug line).
 */
/** Names of variables worth having when debugging a training job. */
const RELEVANT = [
    /^PYTORCH_/, /^TORCH_/, /^CUDA_/, /^NCCL_/, /^CUDNN_/, /^NVIDIA_/, /^TF_(?!CLI_)/, /^XLA_/, /^JAX_/, /^HF_/, /^TRANSFORMERS_/, /^TOKENIZERS_/,
    /^ACCELERATE_/, /^DEEPSPEED_/, /^OMP_/, /^MKL_/, /^OPENBLAS_/, /^KMP_/, /^PYTHON/, /^WANDB_/, /^MLFLOW_/, /^DVC_/,
    /^(?:MASTER_ADDR|MASTER_PORT|WORLD_SIZE|RANK|LOCAL_RANK|LOCAL_WORLD_SIZE|NODE_RANK|GROUP_RANK)$/,
    /^(?:LD_LIBRARY_PATH|VIRTUAL_ENV|CONDA_PREFIX|CONDA_DEFAULT_ENV|TMPDIR)$/,
];
const SECRET_NAME = /(?:TOKEN(?!IZER)|SECRET|PASSWORD|PASSWD|PASS$|(?<!OLD)PWD$|API_?KEY|ACCESS_KEY|PRIVATE|CREDENTIAL|AUTH|SESSION|COOKIE|SIGNATURE|DSN|_KEY$|^KEY$)/i;
const REDACTED = '***';
const isSecretName = (name) => SECRET_NAME.test(name) && name !== 'PWD';
/**
 * A value that says nothing secret, and blanking it would blank every path,
 * counter and flag in a log: a path, a number, a boolean or null, a tokenizer's
 * special token (`<pad>`, `</s>`, `[CLS]`, `<|endoftext|>`) or a reference to
 * another variable (`$HF_TOKEN`).
 */
const plainValue = (v) => /^(?:\/[\w.@+-]*)+\/?$|^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$|^(?:true|false|none|null|nil)$|^<\/?\|?[\w-]{1,20}\|?>$|^\[[A-Z_]{2,12}\]$|^\$\{?\w+\}?$/i.test(v);
const PEM = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
const PEM_END = /-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
/** Shapes of well-known credentials, recognised wherever they appear. */
const SECRET_VALUES = [
    /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, // GitHub tokens
    /\bgithub_pat_[A-Za-z0-9_]{22,}\b/g,
    /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, // AWS access key ids
    /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, // Slack
    /\bhf_[A-Za-z0-9]{30,}\b/g, // Hugging Face
    /\bsk-[A-Za-z0-9_-]{20,}\b/g, // OpenAI-style keys
    /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, // JWTs
    // A whole block, on one line or several; a block the text ends inside is blanked to the end.
    new RegExp(`${PEM.source}[\\s\\S]*?(?:${PEM_END.source}(?:\\\\n)?|$)`, 'g'),
];
/** Credentials recognised by what precedes them: `$1` is kept, `$2` becomes ***. */
const AFTER_NAME = [
    // A Slack incoming-webhook (or workflow trigger) URL is itself the credential.
    /\b(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[\w/-]+/g,
    // AWS secret access keys: 40 base64 characters after their name, `=`/`:` or a space apart (`aws configure set`).
    /\b((?:aws_?)?secret_?access_?key["']?(?:\s*[:=]\s*|\s+)["']?)([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
    // Weights & Biases keys on the login command line, in wandb.login(key=\u2026), and in the netrc it writes.
    /\b(wandb\s+login\b[^\n]*?\s)((?:local-)?[0-9a-f]{40})\b/gi,
    /\b(wandb\.login\([^)\n]*?\bkey\s*=\s*["'])([^"'\n]+)/g,
    /\b(machine\s+\S+\s+login\s+\S+\s+password\s+)(\S+)/g,
];
/** `scheme://user:password@host` \u2192 `scheme://user:***@host`. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)@/gi;
/** Credentials in HTTP headers as curl -v, urllib3's debug output or a printed dict show them; the scheme word is kept. */
const HEADER = /\b((?:proxy-)?authorization|x-api-key|api-key|x-auth-token|private-token|x-goog-api-key)(["']?\s*[:=]\s*["']?)((?:bearer|basic|token|digest|bot)\s+)?([^\s"',\\]+)/gi;
/** `Bearer <token>` anywhere (a token has a digit: "the bearer of this checkpoint" is prose). */
const BEARER = /\b(bearer\s+)(?=[\w.~+/-]*\d)[\w.~+/-]{8,}=*/gi;
/** Names whose value is a credential: \u2026token, \u2026secret, \u2026password, api/access/secret/private\u2026key; `*_KEY` in env-style upper case. */
const NAME = String.raw `[\w.-]*?(?:token|secret|password|passwd|passphrase|credentials?|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|signing[_-]?key|encryption[_-]?key|client[_-]?key|master[_-]?key|_key)`;
/**
 * `name=value`, `name: value`, `"name": "value"`, `export NAME='value'`,
 * `\"name\": \"value\"` (JSON inside a string): the value, quoted (spaces and
 * all) or up to a delimiter, becomes ***.
 */
const ASSIGNMENT = new RegExp(String.raw `(?<![\w.-])(${NAME})(\\?["']?\s*[:=]\s*)(?:"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'|(\\?["']?)([^\s"'\x60,;\\}\])]+))`, 'gi');
/** `--hub-token value`, `--password value` on a logged command line. */
const FLAG = new RegExp(String.raw `(--${NAME.replace('_key)', '-key)')}(?:\s+|=))([^\s"'-][^\s"']*)`, 'gi');
/** A generic `_key` is a credential only as an upper-case environment variable: `sort_key: timestamp` is a column. */
const GENERIC_KEY = /(?:^|[^a-z])key$/i;
const SPECIFIC_KEY = /(?:api|access|secret|private|signing|encryption|client|master)[_-]?key$/i;
function assignment(m, name, sep, dq, sq, lead, bare) {
    const value = dq ?? sq ?? bare ?? '';
    if (value.startsWith(REDACTED) || plainValue(value))
        return m;
    if (GENERIC_KEY.test(name) && !SPECIFIC_KEY.test(name) && !/^[A-Z0-9_]+$/.test(name))
        return m;
    if (dq !== undefined)
        return `${name}${sep}"${REDACTED}"`;
    if (sq !== undefined)
        return `${name}${sep}'${REDACTED}'`;
    return `${name}${sep}${lead ?? ''}${REDACTED}`;
}
/**
 * A redactor that also replaces the literal values of secret-looking
 * variables in `env` (six characters or more, so `RANK=0` cannot blank out
 * every zero in a log; a multi-line value line by line, as a log prints it).
 */
function createRedactor(env) {
    const literals = Object.entries(env)
        .filter(([k, v]) => v !== undefined && isSecretName(k))
        .flatMap(([, v]) => [v, ...v.split(/\r?\n/).map((l) => l.trim())])
        .filter((v) => v.length >= 6 && !plainValue(v))
        .sort((a, b) => b.length - a.length);
    return (text) => {
        let out = text;
        for (const lit of literals)
            if (out.includes(lit))
                out = out.split(lit).join(REDACTED);
        for (const re of SECRET_VALUES)
            out = out.replace(re, REDACTED);
        for (const re of AFTER_NAME)
            out = out.replace(re, `$1${REDACTED}`);
        out = out.replace(URL_CREDENTIALS, (m, head, value) => (value === REDACTED ? m : `${head}${REDACTED}@`));
        out = out.replace(HEADER, (m, name, sep, scheme, value) => (value === REDACTED ? m : `${name}${sep}${scheme ?? ''}${REDACTED}`));
        out = out.replace(BEARER, `$1${REDACTED}`);
        out = out.replace(FLAG, (m, head, value) => (value.startsWith(REDACTED) || plainValue(value) ? m : `${head}${REDACTED}`));
        out = out.replace(ASSIGNMENT, assignment);
        return out;
    };
}
/**
 * Redacts a log read as lines. A PEM private key spans lines, which a
 * line-at-a-time redactor would see only as base64 noise after its BEGIN
 * line; here every line from BEGIN to END is blanked \u2014 from the first line
 * when the tail begins inside a block (its BEGIN was cut off), and to the last
 * when the log ends inside one.
 */
function redactLines(lines, redact) {
    const firstBegin = lines.findIndex((l) => PEM.test(l));
    const firstEnd = lines.findIndex((l) => PEM_END.test(l));
    let inKey = firstEnd >= 0 && (firstBegin < 0 || firstEnd < firstBegin);
    return lines.map((line) => {
        if (inKey) {
            const end = PEM_END.exec(line);
            if (!end)
                return REDACTED;
            inKey = false;
            const rest = line.slice(end.index + end[0].length);
            return REDACTED + (rest ? redact(rest) : '');
        }
        const begin = PEM.exec(line);
        if (begin && !PEM_END.test(line.slice(begin.index))) {
            inKey = true;
            return redact(line.slice(0, begin.index)) + REDACTED;
        }
        return redact(line);
    });
}
/** The relevant variables, sorted by name, secret-looking ones redacted. */
function relevantEnv(env, redact) {
    const out = {};
    for (const name of Object.keys(env).sort()) {
        const value = env[name];
        if (value === undefined || !RELEVANT.some((re) => re.test(name)))
            continue;
        out[name] = isSecretName(name) ? REDACTED : redact(value);
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/render.ts

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const formatBytes = (n) => n === null || n === undefined ? 'n/a' : n >= GiB ? `${(n / GiB).toFixed(1)} GiB` : n >= MiB ? `${(n / MiB).toFixed(0)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(0)} KiB` : `${n} B`;
function formatDuration(seconds) {
    if (seconds === null)
        return 'n/a';
    if (seconds < 60)
        return `${seconds.toFixed(1)} s`;
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = Math.round(seconds % 60);
    return h ? `${h} h ${m} min` : `${m} min ${s} s`;
}
/** How the process ended, in a few words: `exit 137`, `SIGKILL`, `timed out (SIGTERM)`. */
function describeEnd(run) {
    if (run.stopped_early)
        return `stopped early: ${run.stopped_early.cause}${run.signal ? ` (${run.signal})` : ''}`;
    if (run.timed_out)
        return `timed out${run.signal ? ` (${run.signal})` : ''}`;
    if (run.cancelled)
        return `cancelled${run.signal ? ` (${run.signal})` : ''}`;
    if (run.signal)
        return `killed by ${run.signal}`;
    if (run.exit_code === null)
        return run.mode === 'collect' ? 'not known (collect mode)' : 'did not start';
    return `exit ${run.exit_code}`;
}
const CHART_POINTS = 48;
/** Utilisation and memory per GPU over the run, each chart bucketed to at most 48 points (the busiest reading of a bucket). */
function gpuCharts(samples) {
    if (samples.length === 0)
        return [];
    const indexes = [...new Set(samples.flatMap((s) => s.gpus.map((g) => g.index)))].sort((a, b) => a - b);
    const buckets = Math.min(CHART_POINTS, samples.length);
    const per = samples.length / buckets;
    const x = [];
    const util = indexes.map(() => []);
    const mem = indexes.map(() => []);
    for (let b = 0; b < buckets; b++) {
        const slice = samples.slice(Math.floor(b * per), Math.max(Math.floor((b + 1) * per), Math.floor(b * per) + 1));
        x.push(clock(slice[0].t, samples[samples.length - 1].t));
        indexes.forEach((idx, k) => {
            const readings = slice.flatMap((s) => s.gpus.filter((g) => g.index === idx));
            util[k].push(Math.max(0, ...readings.map((g) => g.utilization ?? 0)));
            mem[k].push(Math.max(0, ...readings.map((g) => g.memoryUsedMiB ?? 0)));
        });
    }
    const total = Math.max(...samples.flatMap((s) => s.gpus.map((g) => g.memoryTotalMiB ?? 0)), ...mem.flat(), 1);
    const name = (idx) => `GPU ${idx}`;
    // A GPU that never reports utilisation ([N/A]: MIG slices, some vGPUs) would draw a false flat zero.
    const reports = indexes.map((idx) => samples.some((s) => s.gpus.some((g) => g.index === idx && g.utilization !== null)));
    const charts = [];
    if (reports.some(Boolean)) {
        charts.push({ title: 'GPU utilisation (%)', kind: 'line', x, yLabel: '%', yRange: [0, 100], series: indexes.flatMap((idx, k) => (reports[k] ? [{ name: name(idx), values: util[k] }] : [])) });
    }
    charts.push({ title: 'GPU memory used (MiB)', kind: 'line', x, yLabel: 'MiB', yRange: [0, total], series: indexes.map((idx, k) => ({ name: name(idx), values: mem[k] })) });
    return charts;
}
/** Elapsed time as an axis label: seconds for a short run, m:ss, then h:mm. */
const clock = (t, span) => {
    if (span < 120)
        return `${t.toFixed(span < 10 ? 1 : 0)}s`;
    const s = Math.round(t);
    return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
/** The Report behind the job summary, report.json and the outputs. */
function buildReport({ d, classification, samples, lastLines, failed }) {
    const end = describeEnd(d.run);
    const collect = d.run.mode === 'collect';
    const notStarted = d.gpu_check?.passed === false;
    const check = {
        id: 'training',
        title: collect ? 'Failed training step' : 'Training command',
        status: notStarted ? 'skip' : failed ? 'fail' : 'pass',
        // After the fact, the job has already failed; diagnosing it should not fail a second step.
        ...(collect ? { severity: 'warning' } : {}),
        observed: notStarted ? 'not started' : end,
        expected: collect ? null : 'exit 0',
        detail: classification && !notStarted ? `${classification.title} (${classification.cause})` : undefined,
    };
    const checks = [];
    if (d.gpu_check) {
        const g = d.gpu_check;
        checks.push({
            id: 'gpus',
            title: 'GPUs on this runner',
            // Not a training failure: the job is on the wrong machine, or the machine is broken.
            status: g.passed ? 'pass' : 'error',
            observed: g.found === null ? 'nvidia-smi unavailable' : `${g.found} GPU${g.found === 1 ? '' : 's'}`,
            expected: `>= ${g.required} (gpu-count)`,
            detail: g.problem ?? undefined,
        });
    }
    checks.push(check);
    const summary = [];
    const stop = d.run.stopped_early;
    if (stop) {
        summary.push(`**Stopped early** after ${formatDuration(stop.elapsed_seconds)}: ${(0,src/* escapeMarkdown */.FV)(stop.reason)}${stop.line ? ` \u2014 ${inlineCode(stop.line)}` : ''}. The command's process group got SIGTERM (then SIGKILL after kill-grace) instead of running on.`);
    }
    if (failed && classification) {
        summary.push(`**Cause:** ${(0,src/* escapeMarkdown */.FV)(classification.title)} (\`${classification.cause}\`) \u2014 evidence: ${inlineCode(classification.evidence)}`);
        summary.push(`**Remedy:** ${classification.remedy}`);
        if (classification.seed)
            summary.push(`<sub>Known CI/CD failure: ${(0,src/* escapeMarkdown */.FV)(classification.seed.failure)} \u00b7 ${(0,src/* escapeMarkdown */.FV)(classification.seed.reason)} \u2192 ${(0,src/* escapeMarkdown */.FV)(classification.seed.remedy)}</sub>`);
        if (classification.alsoSeen.length)
            summary.push(`Also seen in the log: ${classification.alsoSeen.map((c) => `\`${c}\``).join(', ')}.`);
    }
    else if (!failed) {
        summary.push(`The command finished in ${formatDuration(d.run.duration_seconds)} with peak RSS ${formatBytes(d.run.peak_rss_bytes)}${d.gpu_utilization ? `; ${d.gpu_utilization.samples} GPU samples` : ''}.`);
    }
    const errorLine = d.error ? `${d.error.type}: ${d.error.message}` : undefined;
    if (errorLine && errorLine !== classification?.evidence && d.error.message !== classification?.evidence)
        summary.push(`**Error:** ${inlineCode(errorLine)}`);
    const tables = [runTable(d), hostTable(d)];
    const stats = d.data_stats;
    if ('rows' in stats) {
        tables.push({
            title: `Data stats: ${stats.rows} rows \u00d7 ${stats.columns.length} columns${stats.partial ? ' (partial: time budget ran out)' : ''}`,
            columns: ['column', 'dtype', 'nulls', 'null %'],
            rows: stats.columns.map((c) => [c, stats.dtypes[c], stats.null_counts[c], stats.rows ? Number(((stats.null_counts[c] / stats.rows) * 100).toFixed(2)) : 0]),
            folded: stats.columns.length > 15,
        });
    }
    else if ('error' in stats) {
        tables.push({ title: 'Data stats', columns: ['problem'], rows: [[stats.error]], folded: false });
    }
    if (d.gpu_utilization) {
        tables.push({
            title: `GPU utilisation (${d.gpu_utilization.samples} samples every ${d.gpu_utilization.interval_seconds} s)`,
            columns: ['GPU', 'name', 'mean util %', 'max util %', 'peak memory MiB', 'total MiB'],
            rows: d.gpu_utilization.per_gpu.map((g) => [g.index, g.name, g.mean_utilization, g.max_utilization, g.peak_memory_used_mib, g.memory_total_mib]),
            folded: false,
        });
    }
    const env = Object.entries(d.env_vars);
    if (env.length)
        tables.push({ title: `Environment variables (${env.length})`, columns: ['name', 'value'], rows: env });
    const texts = [];
    if (d.error?.traceback)
        texts.push({ title: `Traceback: ${d.error.type}`, text: keepEnd(d.error.traceback, SUMMARY_TRACEBACK_BUDGET) });
    if (failed && lastLines.length)
        texts.push({ title: `Last ${lastLines.length} log lines`, text: lastLines.join('\n') });
    const title = notStarted
        ? `Training not started: ${classification?.title ?? 'GPUs unavailable'}`
        : stop
            ? `Training stopped early: ${classification?.title ?? stop.cause}`
            : failed
                ? `Training failed: ${classification?.title ?? 'unknown cause'}`
                : 'Training succeeded';
    return (0,src/* createReport */.LU)({
        action: 'training-diagnostics',
        title,
        summary: summary.join('\n\n'),
        checks,
        tables,
        charts: gpuCharts(samples),
        texts,
        data: { diagnostics: d },
    });
}
function runTable(d) {
    const rows = [
        ['command', d.run.command ?? '(collect mode)'],
        ['ended', describeEnd(d.run)],
        ['duration', formatDuration(d.run.duration_seconds)],
        ['peak RSS (process tree)', formatBytes(d.run.peak_rss_bytes)],
    ];
    if (d.run.oom_killed !== null)
        rows.push(['cgroup OOM kill', d.run.oom_killed ? 'yes' : 'no']);
    if (d.run.stopped_early)
        rows.push(['stopped early', `${d.run.stopped_early.reason} (after ${formatDuration(d.run.stopped_early.elapsed_seconds)})`]);
    if (d.gpu_check)
        rows.push(['gpu-count', `${d.gpu_check.required} required, ${d.gpu_check.found ?? 'none'} listed by nvidia-smi${d.gpu_check.names.length ? ` (${d.gpu_check.names.join(', ')})` : ''}`]);
    if (d.run.log_file)
        rows.push(['log', `${d.run.log_file} (${formatBytes(d.run.log_bytes)})`]);
    return { title: 'Run', columns: ['', ''], rows, folded: false };
}
function hostTable(d) {
    const h = d.host;
    const e = d.environment;
    const rows = [
        ['runner', [d.runner.name, d.runner.os, d.runner.arch].filter(Boolean).join(' \u00b7 ') || 'n/a'],
        ['runner labels', d.runner.labels.join(', ') || 'n/a'],
        ['OS / kernel', `${h.os} / ${h.kernel}`],
        ['CPU', `${h.cpu_count} \u00d7 ${h.cpu_model ?? 'unknown'}`],
        ['RAM total / available', `${formatBytes(h.memory_total_bytes)} / ${formatBytes(h.memory_available_bytes)}`],
        ['disk free (workspace)', h.disk_free_bytes === null ? 'n/a' : `${formatBytes(h.disk_free_bytes)} of ${formatBytes(h.disk_total_bytes)}`],
        ['python', d.python_version?.split('\n')[0] ?? 'not found'],
        ['torch / CUDA', e.torch_version ? `${e.torch_version} / ${e.cuda_available ? `CUDA ${e.cuda_version}` : 'no CUDA'}` : 'torch not installed'],
    ];
    for (const g of e.gpus)
        rows.push([`GPU ${g.index}`, `${g.name}, ${g.memory_total_mib ?? '?'} MiB (${g.source})`]);
    if (!e.gpus.length)
        rows.push(['GPUs', 'none found']);
    return { title: 'Host and GPU', columns: ['', ''], rows, folded: false };
}
/** A value from a log as inline code: backticks in it cannot close the span, nor newlines break the line. */
function inlineCode(text) {
    const flat = text.replace(/\s*\r?\n\s*/g, ' ').slice(0, 500);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
    const ticks = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${flat}${pad}${ticks}`;
}
const TRACEBACK_BUDGET = 30_000;
const SUMMARY_TRACEBACK_BUDGET = 100_000;
/** The end of a long text, where a traceback's error is, with a note of what was cut. */
function keepEnd(text, budget) {
    return text.length <= budget ? text : `\u2026 ${text.length - budget} characters cut \u2026\n${text.slice(text.length - budget)}`;
}
const TAIL_LINES_IN_COMMENT = 30;
/**
 * The sticky PR comment: seed 000's "Training Failed" comment (error, data
 * stats, full traceback folded) plus cause, remedy and the run's vital signs.
 * The traceback keeps its end (where the error is) when it must be cut.
 */
function commentBody(input) {
    const { d, classification, failed } = input;
    const out = [];
    if (!failed) {
        out.push('## \u2705 Training succeeded');
        out.push(`Finished in ${formatDuration(d.run.duration_seconds)}, peak RSS ${formatBytes(d.run.peak_rss_bytes)}. The earlier failure report is resolved.`);
    }
    else {
        const verb = d.gpu_check?.passed === false ? 'not started' : d.run.stopped_early ? 'stopped early' : 'failed';
        out.push(`## \u274c Training ${verb}: ${(0,src/* escapeMarkdown */.FV)(classification?.title ?? 'unknown cause')}`);
        const stop = d.run.stopped_early;
        if (stop)
            out.push(`**Stopped early** after ${formatDuration(stop.elapsed_seconds)}: ${(0,src/* escapeMarkdown */.FV)(stop.reason)}${stop.line ? ` \u2014 ${inlineCode(stop.line)}` : ''}`);
        // Without a traceback the error is the cause's evidence again; say it once.
        if (d.error && (d.error.traceback || d.error.message !== classification?.evidence))
            out.push(`**Error:** ${inlineCode(`${d.error.type}: ${d.error.message}`)}`);
        if (classification) {
            out.push(`**Cause:** ${(0,src/* escapeMarkdown */.FV)(classification.title)} (\`${classification.cause}\`), from ${inlineCode(classification.evidence)}`);
            out.push(`**Remedy:** ${classification.remedy}`);
        }
        // A command that never started has no vitals; the cause line says why.
        if (verb !== 'not started')
            out.push(`**Run:** ${(0,src/* escapeMarkdown */.FV)(describeEnd(d.run))} after ${formatDuration(d.run.duration_seconds)} \u00b7 peak RSS ${formatBytes(d.run.peak_rss_bytes)}${d.gpu_utilization ? ` \u00b7 GPU util max ${d.gpu_utilization.per_gpu.map((g) => `${g.max_utilization ?? '?'}%`).join('/')}` : ''}`);
    }
    const stats = d.data_stats;
    if ('rows' in stats) {
        const withNulls = stats.columns.filter((c) => stats.null_counts[c] > 0);
        out.push(`**Data Stats:**\n- Rows: ${stats.rows}${stats.partial ? ' (partial)' : ''}\n- Columns: ${stats.columns.length}\n- Columns with nulls: ${withNulls.length ? withNulls.slice(0, 10).map((c) => `${(0,src/* escapeMarkdown */.FV)(c)} (${stats.null_counts[c]})`).join(', ') + (withNulls.length > 10 ? `, \u2026 ${withNulls.length - 10} more` : '') : 'none'}`);
    }
    else if ('error' in stats) {
        out.push(`**Data Stats:** could not be read: ${(0,src/* escapeMarkdown */.FV)(stats.error)}`);
    }
    if (failed && d.error?.traceback) {
        const tb = keepEnd(d.error.traceback, TRACEBACK_BUDGET);
        out.push(`<details>\n<summary>Full Traceback</summary>\n\n${(0,src/* codeBlock */.DV)(tb)}\n\n</details>`);
    }
    if (failed && input.lastLines.length) {
        const lines = input.lastLines.slice(-TAIL_LINES_IN_COMMENT);
        out.push(`<details>\n<summary>Last ${lines.length} log lines</summary>\n\n${(0,src/* codeBlock */.DV)(lines.join('\n'))}\n\n</details>`);
    }
    const links = [input.runUrl ? `[workflow run](${input.runUrl})` : '', input.artifact ? `diagnostics artifact \`${input.artifact.replace(/`/g, "'")}\`` : ''].filter(Boolean);
    if (links.length)
        out.push(`<sub>mlship training-diagnostics \u00b7 ${links.join(' \u00b7 ')}</sub>`);
    return out.join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/gpu-stall.ts
/**
 * Decides that training stalled when every GPU's utilisation stays at or
 * below `threshold` percent for `seconds`, measured between the sample
 * timestamps \u2014 not by counting samples, since a slow nvidia-smi stretches the
 * spacing and thinning drops samples.
 *
 * Only readings can show a stall. A failed query, or a GPU that reports no
 * utilisation (`[N/A]`: MIG slices, some vGPUs), says nothing about whether
 * the GPUs were busy, so it ends the idle stretch instead of extending it:
 * the job is never stopped on missing evidence.
 */
class StallDetector {
    seconds;
    threshold;
    since;
    max = 0;
    constructor(seconds, threshold) {
        this.seconds = seconds;
        this.threshold = threshold;
    }
    /** Feeds one reading; returns the stall once it has lasted long enough. */
    sample(s) {
        const utils = s.gpus.map((g) => g.utilization);
        const idle = utils.length > 0 && utils.every((u) => u !== null && u <= this.threshold);
        if (!idle) {
            this.since = undefined;
            return undefined;
        }
        const peak = Math.max(...utils);
        if (this.since === undefined) {
            this.since = s.t;
            this.max = peak;
        }
        else {
            this.max = Math.max(this.max, peak);
        }
        const lasted = s.t - this.since;
        return lasted >= this.seconds ? { seconds: lasted, maxUtilization: this.max, since: this.since, gpus: utils.length } : undefined;
    }
    /** A query that failed: the stretch of idle readings is broken. */
    gap() {
        this.since = undefined;
    }
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/process-tree.ts

/**
 * Peak resident memory of a command's whole process tree, measured by polling
 * /proc (Linux only; elsewhere the peak stays null).
 *
 * Why polling: the command is usually a launcher (bash \u2192 python \u2192 DataLoader
 * workers, torchrun \u2192 one process per rank), so its own VmHWM says little, and
 * getrusage(RUSAGE_CHILDREN) is not available from Node and reports only the
 * largest single descendant. Each poll sums VmRSS over every process that
 * descends from the command (by PPid) or shares its process group, and the
 * peak is the largest such sum. Each process's VmHWM (its own high-water
 * mark) is also kept: a spike shorter than the poll interval still shows up
 * there, so the reported peak is max(largest sum, largest single VmHWM).
 */
class ProcessTreeMemory {
    rootPid;
    intervalMs;
    peakTreeBytes = 0;
    peakSingleBytes = 0;
    polls = 0;
    timer;
    supported = external_node_fs_default().existsSync('/proc/self/status');
    constructor(rootPid, intervalMs = 500) {
        this.rootPid = rootPid;
        this.intervalMs = intervalMs;
    }
    get peakBytes() {
        if (!this.supported || this.polls === 0)
            return null;
        return Math.max(this.peakTreeBytes, this.peakSingleBytes);
    }
    start() {
        if (!this.supported)
            return;
        this.poll();
        this.timer = setInterval(() => this.poll(), this.intervalMs);
        this.timer.unref();
    }
    /** One last poll before the process is reaped would be ideal; the exit handler calls this first. */
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
    poll() {
        const procs = listProcesses();
        const rootPgid = procs.get(this.rootPid)?.pgid;
        if (rootPgid === undefined)
            return;
        const children = new Map();
        for (const p of procs.values()) {
            const list = children.get(p.ppid);
            if (list)
                list.push(p.pid);
            else
                children.set(p.ppid, [p.pid]);
        }
        const tree = new Set();
        const stack = [this.rootPid];
        while (stack.length) {
            const pid = stack.pop();
            if (tree.has(pid))
                continue;
            tree.add(pid);
            stack.push(...(children.get(pid) ?? []));
        }
        // Orphans re-parented to init keep the group the action created for the command.
        for (const p of procs.values())
            if (p.pgid === rootPgid)
                tree.add(p.pid);
        let sum = 0;
        for (const pid of tree) {
            const mem = readMemory(pid);
            if (!mem)
                continue;
            sum += mem.rss;
            if (mem.hwm > this.peakSingleBytes)
                this.peakSingleBytes = mem.hwm;
        }
        this.polls++;
        if (sum > this.peakTreeBytes)
            this.peakTreeBytes = sum;
    }
}
function listProcesses() {
    const out = new Map();
    let entries;
    try {
        entries = external_node_fs_default().readdirSync('/proc');
    }
    catch {
        return out;
    }
    for (const name of entries) {
        if (!/^\d+$/.test(name))
            continue;
        try {
            const stat = external_node_fs_default().readFileSync(`/proc/${name}/stat`, 'utf8');
            // The command name is in parentheses and may itself hold spaces or ')'.
            const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
            out.set(Number(name), { pid: Number(name), ppid: Number(rest[1]), pgid: Number(rest[2]) });
        }
        catch {
            // exited between readdir and read
        }
    }
    return out;
}
function readMemory(pid) {
    try {
        const status = external_node_fs_default().readFileSync(`/proc/${pid}/status`, 'utf8');
        const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
        return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
    }
    catch {
        return undefined;
    }
}
/** The cgroup v2 `oom_kill` counter of this process's cgroup, to tell an OOM kill from any other SIGKILL. */
function readOomKillCount() {
    try {
        const cgroup = external_node_fs_default().readFileSync('/proc/self/cgroup', 'utf8');
        const rel = /^0::(.*)$/m.exec(cgroup)?.[1];
        if (rel === undefined)
            return undefined;
        const events = external_node_fs_default().readFileSync(`/sys/fs/cgroup${rel.trim()}/memory.events`, 'utf8');
        const n = /^oom_kill (\d+)$/m.exec(events)?.[1];
        return n === undefined ? undefined : Number(n);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/run-command.ts








/**
 * Runs the command with no shell, in a process group of its own, its output
 * streamed live and teed to the log file.
 *
 * child_process.spawn rather than @actions/exec: exec resolves with the exit
 * code only (a signal death comes back as a bare non-zero code, so SIGKILL
 * and `exit 137` look the same and the signal is lost), it never exposes the
 * pid (needed to poll the process tree's memory), and it cannot start the
 * command as a group leader, without which a timeout kills `bash` but leaves
 * its python children running.
 */
async function runCommand(o) {
    const tail = new TailBuffer();
    const log = external_node_fs_default().createWriteStream(o.logFile, { flags: 'w' });
    const startedAt = Date.now();
    const oomBefore = readOomKillCount();
    const cancellation = (0,src/* forwardCancellation */.Zu)();
    const child = (0,external_node_child_process_.spawn)(o.argv[0], o.argv.slice(1), { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    cancellation.attach(child.pid);
    const closed = new Promise((r) => child.once('close', () => r()));
    const memory = child.pid ? new ProcessTreeMemory(child.pid) : undefined;
    memory?.start();
    // When the step log or the log file cannot keep up, stop reading the pipes
    // (the trainer then blocks on a full pipe) rather than buffer its output
    // without bound in this process; read again once both have drained.
    let waiting = 0;
    const drained = () => {
        if (--waiting === 0) {
            child.stdout.resume();
            child.stderr.resume();
        }
    };
    const onData = (chunk) => {
        tail.push(chunk);
        let full = 0;
        if (!log.write(chunk)) {
            full++;
            log.once('drain', drained);
        }
        if (!o.out(chunk, drained))
            full++;
        if (full) {
            if (waiting === 0) {
                child.stdout.pause();
                child.stderr.pause();
            }
            waiting += full;
        }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const deadline = (0,src/* killGroupAfter */.Oj)(child.pid, {
        timeoutSeconds: o.timeoutSeconds,
        graceSeconds: o.killGraceSeconds,
        onTimeout: () => o.progress(`training-diagnostics: the command ran past timeout ${o.timeoutSeconds}s; sending SIGTERM to its process group (SIGKILL after ${o.killGraceSeconds}s)`),
    });
    // Early stops end the group the way the timeout does; a timeout or a cancel that came first wins.
    let stopped;
    let termination;
    const stopEarly = (s) => {
        if (stopped || deadline.timedOut || cancellation.cancelled)
            return;
        stopped = s;
        deadline.clear();
        o.progress(`training-diagnostics: ${s.reason} after ${s.atSeconds.toFixed(1)} s; stopping the command early: SIGTERM to its process group (SIGKILL after ${o.killGraceSeconds}s)`);
        termination = (0,src/* terminateGroup */.TK)(child.pid, o.killGraceSeconds);
    };
    const elapsed = () => (Date.now() - startedAt) / 1000;
    const stall = o.stall ? new StallDetector(o.stall.seconds, o.stall.utilization) : undefined;
    let stallOffSaid = false;
    const stallOff = (why) => {
        if (stallOffSaid)
            return;
        stallOffSaid = true;
        o.warn?.(`training-diagnostics: stall detection is off: ${why}; the command is never stopped for a stall the action cannot see`);
    };
    const gpu = o.nvidiaSmi && child.pid
        ? new GpuSampler(o.nvidiaSmi, o.gpuIntervalSeconds, startedAt, (o.probeTimeoutSeconds ?? 30) * 1000, {
            env: o.env,
            onSample: (sample) => {
                if (!stall)
                    return;
                const blind = sample.gpus.find((g) => g.utilization === null);
                if (blind)
                    stallOff(`GPU ${blind.index} (${blind.name}) reports no utilisation ([N/A], e.g. a MIG slice or a vGPU)`);
                const found = stall.sample(sample);
                if (found) {
                    stopEarly({
                        cause: 'gpu-stall',
                        reason: `every GPU (${found.gpus}) stayed at or below ${o.stall.utilization}% utilisation for ${found.seconds.toFixed(1)} s (highest seen ${found.maxUtilization}%)`,
                        stall: found,
                        atSeconds: sample.t,
                    });
                }
            },
            onFailure: (_t, reason) => {
                if (!stall)
                    return;
                stall.gap();
                stallOff(`nvidia-smi failed (${reason})`);
            },
        })
        : undefined;
    gpu?.start();
    if (o.stopOnNanLoss) {
        for (const stream of [child.stdout, child.stderr]) {
            const watcher = new NanLossWatcher((line) => stopEarly({ cause: 'nan-loss', reason: 'the loss became NaN/inf', line, atSeconds: elapsed() }));
            stream.on('data', (chunk) => watcher.push(chunk));
        }
    }
    const heartbeat = setInterval(() => {
        const mins = ((Date.now() - startedAt) / 60000).toFixed(0);
        const rss = memory?.peakBytes;
        o.progress(`training-diagnostics: still running after ${mins} min${rss ? `, peak RSS so far ${(rss / 2 ** 20).toFixed(0)} MiB` : ''}`);
    }, 10 * 60 * 1000);
    heartbeat.unref();
    const ended = await new Promise((resolve) => {
        child.once('error', (error) => resolve({ code: null, signal: null, error }));
        child.once('exit', (code, signal) => {
            memory?.stop();
            resolve({ code, signal });
        });
    });
    // A cancelled job's leader can be gone while a worker that ignores SIGINT (bash does that to `&` jobs) runs on:
    // give it the runner's next signal now rather than leave it orphaned.
    if (cancellation.cancelled)
        (0,src/* signalGroup */.i8)(child.pid, 'SIGTERM');
    // 'exit' can come before the pipes are drained; wait for them (bounded, a grandchild may hold them open).
    let drainTimer;
    await Promise.race([closed, new Promise((r) => (drainTimer = setTimeout(r, 2000)))]);
    clearTimeout(drainTimer);
    if (deadline.timedOut || stopped || cancellation.cancelled)
        (0,src/* signalGroup */.i8)(child.pid, 'SIGKILL');
    deadline.clear();
    termination?.clear();
    clearInterval(heartbeat);
    cancellation.stop();
    await gpu?.stop();
    await new Promise((r) => log.end(r));
    const oomAfter = readOomKillCount();
    return {
        exitCode: ended.code,
        signal: ended.signal,
        timedOut: deadline.timedOut,
        cancelled: cancellation.cancelled,
        oomKilled: oomBefore === undefined || oomAfter === undefined ? undefined : oomAfter > oomBefore,
        durationSeconds: (Date.now() - startedAt) / 1000,
        peakRssBytes: memory?.peakBytes ?? null,
        gpuSamples: gpu?.samples ?? [],
        gpuFailures: gpu?.failures ?? 0,
        tail,
        spawnError: ended.error ? describeSpawnError(ended.error, o.argv[0]) : undefined,
        stoppedEarly: stopped,
    };
}
function describeSpawnError(e, program) {
    if (e.code === 'ENOENT')
        return `"${program}" was not found on PATH or in the working directory`;
    if (e.code === 'EACCES')
        return `"${program}" is not executable (chmod +x it, or run it through its interpreter: bash ${program})`;
    return `"${program}" could not be started: ${e.message}`;
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/traceback.ts
const traceback_HEADER = 'Traceback (most recent call last):';
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const FRAME = /^ {2}File "(.+)", line (\d+)(?:, in (.+))?$/;
/** Python 3.11+'s ^^^^ / ~~~~ markers under a source line. */
const MARKER = /^\s+[~^]+\s*$/;
// Whatever line follows the frames is the exception: built-in, dotted (`torch.OutOfMemoryError`) or user-defined.
const EXCEPTION = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
const CHAIN = /^(During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)$/;
function lastTraceback(lines) {
    let at = -1;
    for (let i = lines.length - 1; i >= 0; i--) {
        if (lines[i].includes(traceback_HEADER)) {
            at = i;
            break;
        }
    }
    if (at < 0)
        return headlessTraceback(lines);
    const prefix = lines[at].slice(0, lines[at].indexOf(traceback_HEADER));
    const strip = prefixStripper(prefix);
    // Walk back over chained blocks so the text shows the whole story.
    let start = at;
    for (;;) {
        const before = strip(lines[start - 2] ?? '');
        const chainAt = CHAIN.test(strip(lines[start - 1] ?? '').trim()) ? start - 1 : CHAIN.test(before.trim()) ? start - 2 : -1;
        if (chainAt < 0)
            break;
        let prev = -1;
        for (let i = chainAt - 1; i >= Math.max(0, chainAt - 400); i--) {
            if (strip(lines[i]).startsWith(traceback_HEADER)) {
                prev = i;
                break;
            }
        }
        if (prev < 0)
            break;
        start = prev;
    }
    const frames = [];
    let type;
    let message = '';
    let end = at;
    for (let i = at + 1; i < lines.length; i++) {
        const line = strip(lines[i]);
        // Frames, source lines under a frame, the ^^^^ markers of Python 3.11+, elided recursion.
        if (collectFrame(frames, line) || line.startsWith('    ') || MARKER.test(line) || line.trim() === '' || /^\s+\.\.\.|^\s*\[Previous line repeated/.test(line)) {
            end = i;
            continue;
        }
        const exc = EXCEPTION.exec(line.trim());
        if (exc && !line.startsWith(' ')) {
            type = exc[1];
            message = (exc[2] ?? '').trim();
            end = i;
        }
        break;
    }
    if (type === undefined) {
        // A traceback cut off by the kill: the frames are still worth showing.
        type = 'UnfinishedTraceback';
        message = 'the log ends inside a traceback (the process was killed while printing it, or the log was truncated)';
    }
    const text = lines
        .slice(start, end + 1)
        .map(strip)
        .join('\n');
    return { type, message, frames, text };
}
/** A `File "\u2026", line N` line becomes a frame (true); the first source line under the last frame becomes its code. */
function collectFrame(frames, line) {
    const m = FRAME.exec(line);
    if (m) {
        frames.push({ file: m[1], line: Number(m[2]), function: m[3] ?? '<module>' });
        return true;
    }
    const last = frames.at(-1);
    if (last && last.code === undefined && line.startsWith('    ') && !MARKER.test(line))
        last.code = line.trim();
    return false;
}
function prefixStripper(prefix) {
    if (prefix === '')
        return (l) => l;
    if (TIMESTAMP.test(prefix)) {
        const rest = prefix.replace(TIMESTAMP, '');
        return (l) => {
            const t = l.replace(TIMESTAMP, '');
            return rest && t.startsWith(rest) ? t.slice(rest.length) : t;
        };
    }
    return (l) => (l.startsWith(prefix) ? l.slice(prefix.length) : l.startsWith(prefix.trimEnd()) ? l.slice(prefix.trimEnd().length) : l);
}
/**
 * A traceback whose header fell outside the log tail (a 2 MB recursion
 * traceback, read from its end): the frames at the end of the tail followed
 * by the exception line.
 */
function headlessTraceback(lines) {
    let last = lines.length - 1;
    while (last >= 0 && lines[last].trim() === '')
        last--;
    const exc = last >= 0 ? EXCEPTION.exec(lines[last].trim()) : null;
    if (!exc || lines[last].startsWith(' '))
        return undefined;
    let first = last;
    const inFrames = (l) => FRAME.test(l) || l.startsWith('    ') || MARKER.test(l) || /^\s*\[Previous line repeated/.test(l);
    while (first > 0 && inFrames(lines[first - 1]))
        first--;
    const block = lines.slice(first, last);
    if (!block.some((l) => FRAME.test(l)))
        return undefined;
    const frames = [];
    for (const line of block)
        collectFrame(frames, line);
    return {
        type: exc[1],
        message: (exc[2] ?? '').trim(),
        frames,
        text: ['Traceback (most recent call last):', '  \u2026 (the start of this traceback is before the part of the log that was read)', ...lines.slice(first, last + 1)].join('\n'),
    };
}

;// CONCATENATED MODULE: ./actions/training-diagnostics/src/action.ts




















/** Lines of the log tail kept in the artifact (redacted) and shown in the summary. */
const TAIL_FILE_LINES = 500;
const SUMMARY_LINES = 60;
const DATA_BUDGET_MS = 120_000;
/** The run record of a command the action did not run (mode collect, or refused before it started). */
const notRun = {
    mode: 'collect',
    command: null,
    exit_code: null,
    signal: null,
    timed_out: false,
    cancelled: false,
    oom_killed: null,
    duration_seconds: null,
    peak_rss_bytes: null,
    peak_rss_method: null,
    log_file: null,
    log_bytes: null,
    stopped_early: null,
};
const trainingDiagnostics = (0,src/* defineAction */.QP)({
    name: 'training-diagnostics',
    inputs: schemas/* object */.Ikc({
        mode: schemas/* enum */.k5n(['run', 'collect', 'cleanup']).default('run'),
        command: schemas/* string */.YjP().optional(),
        'working-directory': schemas/* string */.YjP().default('.'),
        timeout: schemas/* string */.YjP().optional(),
        'kill-grace': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(0).max(3600)).default(10),
        'gpu-sample-interval': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(0.2).max(3600)).default(5),
        'gpu-count': (0,src/* numberInput */.QR)()
            .pipe(schemas/* number */.aig().int({ message: 'must be a whole number of GPUs, e.g. 4' }).min(1, { message: 'must be at least 1 (leave it empty for no GPU check)' }).max(1024))
            .optional(),
        'stop-on-nan': (0,src/* booleanInput */.tE)().default(false),
        'stall-minutes': (0,src/* numberInput */.QR)()
            .pipe(schemas/* number */.aig().gt(0, { message: 'must be more than 0 minutes (leave it empty to turn stall detection off)' }).max(10080, { message: 'must be at most 10080 minutes (a week)' }))
            .optional(),
        'stall-utilization': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(0, { message: 'must be a percentage from 0 to 100' }).max(100, { message: 'must be a percentage from 0 to 100' })).default(5),
        'log-file': schemas/* string */.YjP().optional(),
        'exit-code': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0).max(255)).optional(),
        'data-path': schemas/* string */.YjP().optional(),
        python: schemas/* string */.YjP().default('python3'),
        'probe-timeout': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().min(1).max(600)).default(30),
        'runner-labels': schemas/* string */.YjP().optional(),
        'upload-artifact': (0,src/* booleanInput */.tE)().default(true),
        'artifact-name': schemas/* string */.YjP().default('training-diagnostics'),
        comment: (0,src/* booleanInput */.tE)().default(true),
        'github-token': schemas/* string */.YjP().default('${{ github.token }}'),
        'fail-on': (0,src/* failOnInput */.cR)(),
        'report-path': schemas/* string */.YjP().default('mlship-reports/training-diagnostics'),
    }),
    secrets: ['github-token'],
    async run(inputs, io) {
        const cwd = external_node_path_default().resolve(inputs['working-directory']);
        if (!external_node_fs_default().existsSync(cwd) || !external_node_fs_default().statSync(cwd).isDirectory()) {
            throw new src/* UserError */.yo(`input "working-directory" is "${inputs['working-directory']}", which is not a directory`, { hint: 'Check out the repository first, or fix the path.' });
        }
        const timeoutSeconds = inputs.timeout === undefined ? undefined : (0,src/* parseDuration */.E9)(inputs.timeout, 'timeout');
        refuseInputsOfOtherModes(inputs);
        if (inputs.mode === 'cleanup')
            return runCleanup({ probeTimeoutSeconds: inputs['probe-timeout'], killGraceSeconds: inputs['kill-grace'] }, io);
        const stallSeconds = inputs['stall-minutes'] === undefined ? undefined : inputs['stall-minutes'] * 60;
        if (stallSeconds !== undefined && stallSeconds < inputs['gpu-sample-interval']) {
            throw new src/* UserError */.yo(`input "stall-minutes" is ${inputs['stall-minutes']} (${stallSeconds} s), shorter than gpu-sample-interval (${inputs['gpu-sample-interval']} s)`, {
                hint: 'A stall is judged between nvidia-smi samples: raise stall-minutes or lower gpu-sample-interval.',
            });
        }
        const reportDir = external_node_path_default().resolve(inputs['report-path']);
        const env = process.env;
        const redact = createRedactor(env);
        const nvidiaSmi = findOnPath('nvidia-smi', env.PATH);
        let tail;
        let run;
        let samples = [];
        let gpuCheck;
        let argv = [];
        if (inputs.mode === 'run') {
            if (inputs['exit-code'] !== undefined)
                throw new src/* UserError */.yo('input "exit-code" is for mode: collect', { hint: 'In mode: run the action records the exit code itself; remove exit-code.' });
            if (!inputs.command)
                throw new src/* UserError */.yo('input "command" is required in mode: run', { hint: 'Give the training command, e.g. `command: python train.py --epochs 10` (or use mode: collect after a step of your own).' });
            argv = splitCommand(inputs.command);
            // Before anything starts: a job on the wrong runner must not begin a six-hour run on too few GPUs.
            if (inputs['gpu-count'] !== undefined)
                gpuCheck = await checkGpuCount(nvidiaSmi, inputs['gpu-count'], inputs['probe-timeout'] * 1000, env);
            if (stallSeconds !== undefined && !nvidiaSmi)
                io.warning('training-diagnostics: stall detection is off: nvidia-smi is not on PATH, so GPU utilisation cannot be seen; the command is never stopped for a stall the action cannot see');
        }
        if (inputs.mode === 'run' && gpuCheck?.ok === false) {
            tail = { lines: [], totalBytes: 0, truncated: false, binaryLines: 0 };
            run = { ...notRun, mode: 'run', command: redact(quoteArgv(argv)) };
        }
        else if (inputs.mode === 'run') {
            const logFile = external_node_path_default().resolve(cwd, inputs['log-file'] ?? external_node_path_default().join(io.tempDir(), `training-${env.GITHUB_RUN_ID ?? 'local'}-${external_node_crypto_default().randomBytes(4).toString('hex')}.log`));
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(logFile), { recursive: true });
            const watching = [inputs['stop-on-nan'] ? 'stops early on a NaN/inf loss' : '', stallSeconds !== undefined && nvidiaSmi ? `stops early when every GPU stays at or below ${inputs['stall-utilization']}% for ${stallSeconds} s` : ''].filter(Boolean);
            io.info(`training-diagnostics: running ${quoteArgv(argv)}${timeoutSeconds ? ` (timeout ${timeoutSeconds}s)` : ''}; output is teed to ${logFile}${nvidiaSmi ? `; sampling nvidia-smi every ${inputs['gpu-sample-interval']}s` : '; nvidia-smi not on PATH, no GPU samples'}${watching.length ? `; ${watching.join('; ')}` : ''}`);
            let lastByte = 10;
            const r = await runCommand({
                argv,
                cwd,
                env,
                logFile,
                timeoutSeconds,
                killGraceSeconds: inputs['kill-grace'],
                nvidiaSmi,
                gpuIntervalSeconds: inputs['gpu-sample-interval'],
                probeTimeoutSeconds: inputs['probe-timeout'],
                stopOnNanLoss: inputs['stop-on-nan'],
                stall: stallSeconds === undefined ? undefined : { seconds: stallSeconds, utilization: inputs['stall-utilization'] },
                warn: (line) => io.warning(line),
                out: (chunk, drained) => {
                    lastByte = chunk[chunk.length - 1] ?? lastByte;
                    const ok = process.stdout.write(chunk);
                    if (!ok)
                        process.stdout.once('drain', drained);
                    return ok;
                },
                progress: (line) => io.info(line),
            });
            // Our own lines (and ::error:: commands) must start on a line of their own.
            if (lastByte !== 10)
                process.stdout.write('\n');
            if (r.spawnError)
                throw new src/* UserError */.yo(`input "command": ${r.spawnError}`, { hint: 'Use the program name as it is on PATH, or a path relative to working-directory.' });
            tail = toLines(r.tail.bytes(), r.tail.truncated, r.tail.total);
            samples = r.gpuSamples;
            const stoppedEarly = r.stoppedEarly;
            if (r.gpuFailures && !samples.length)
                io.warning(`training-diagnostics: nvidia-smi is on PATH but ${r.gpuFailures} quer${r.gpuFailures === 1 ? 'y' : 'ies'} failed \u2014 is the driver loaded and matching the NVIDIA libraries? Run \`nvidia-smi\` on the runner.`);
            run = {
                mode: 'run',
                command: redact(quoteArgv(argv)),
                exit_code: r.exitCode,
                signal: r.signal,
                timed_out: r.timedOut,
                cancelled: r.cancelled,
                oom_killed: r.oomKilled ?? null,
                duration_seconds: Math.round(r.durationSeconds * 1000) / 1000,
                peak_rss_bytes: r.peakRssBytes,
                peak_rss_method: r.peakRssBytes === null ? null : PEAK_RSS_METHOD,
                log_file: logFile,
                log_bytes: r.tail.total,
                stopped_early: stoppedEarly
                    ? { cause: stoppedEarly.cause, reason: stoppedEarly.reason, line: stoppedEarly.line === undefined ? null : redact(stoppedEarly.line).slice(0, 500), elapsed_seconds: Math.round(stoppedEarly.atSeconds * 1000) / 1000 }
                    : null,
            };
        }
        else {
            if (inputs.command)
                throw new src/* UserError */.yo('input "command" is for mode: run', { hint: 'In mode: collect the action reads log-file after your own step failed; remove command, or use mode: run.' });
            if (timeoutSeconds !== undefined)
                throw new src/* UserError */.yo('input "timeout" is for mode: run', { hint: 'Set timeout-minutes on the training step instead, or use mode: run.' });
            let logFile;
            if (inputs['log-file']) {
                logFile = external_node_path_default().resolve(cwd, inputs['log-file']);
                if (!external_node_fs_default().existsSync(logFile) || !external_node_fs_default().statSync(logFile).isFile()) {
                    throw new src/* UserError */.yo(`input "log-file": ${inputs['log-file']} does not exist`, {
                        hint: 'Write the training output to it in the failed step, e.g. `python train.py 2>&1 | tee train.log` with `shell: bash` (pipefail keeps the exit code).',
                    });
                }
                tail = readLogTail(logFile);
            }
            else {
                tail = { lines: [], totalBytes: 0, truncated: false, binaryLines: 0 };
            }
            run = { ...notRun, mode: 'collect', exit_code: inputs['exit-code'] ?? null, log_file: logFile ?? null, log_bytes: logFile ? tail.totalBytes : null };
        }
        const failed = run.timed_out || run.exit_code !== 0 || run.stopped_early !== null;
        // As lines, not one by one: a private key printed to the log spans several.
        const lines = redactLines(tail.lines, redact);
        const traceback = lastTraceback(lines);
        const decided = gpuCheck?.ok === false
            ? { cause: 'gpu-unavailable', evidence: gpuCheck.problem }
            : run.stopped_early
                ? { cause: run.stopped_early.cause, evidence: run.stopped_early.line ?? run.stopped_early.reason }
                : undefined;
        const classification = failed
            ? classify(lines, { exitCode: run.exit_code, signal: run.signal, timedOut: run.timed_out, oomKilled: run.oom_killed ?? undefined, cancelled: run.cancelled, decided }, traceback)
            : undefined;
        io.info('training-diagnostics: collecting diagnostics (python, GPUs, host, data)');
        const [python, gpuSnapshot, data] = await Promise.all([
            probePython(inputs.python, env, cwd, inputs['probe-timeout'] * 1000),
            nvidiaSmi ? (samples.length ? Promise.resolve(samples[samples.length - 1].gpus) : queryGpus(nvidiaSmi, inputs['probe-timeout'] * 1000)) : Promise.resolve(undefined),
            inputs['data-path'] ? computeDataStats(inputs['data-path'], cwd, DATA_BUDGET_MS) : Promise.resolve(undefined),
        ]);
        if (data && !data.ok)
            io.warning(`training-diagnostics: data stats for ${inputs['data-path']} could not be computed: ${data.error}`);
        const labels = (inputs['runner-labels'] ?? env.RUNNER_LABELS ?? '').split(',').map((l) => l.trim()).filter(Boolean);
        const d = {
            timestamp: new Date().toISOString(),
            python_version: python.python_version,
            environment: environmentOf(python, gpuSnapshot),
            data_stats: data === undefined ? {} : data.ok ? data.stats : { error: data.error },
            error: failed
                ? traceback
                    ? { type: traceback.type, message: traceback.message, traceback: traceback.text, frames: traceback.frames }
                    : { type: errorType(run, gpuCheck), message: classification.evidence, traceback: '', frames: [] }
                : null,
            cause: classification
                ? {
                    id: classification.cause,
                    title: classification.title,
                    remedy: classification.remedy,
                    evidence: classification.evidence,
                    also_seen: classification.alsoSeen,
                    seed_troubleshooting_row: classification.seed ?? null,
                    ...(classification.cause === 'unknown' ? { last_lines: lines.slice(-20) } : {}),
                }
                : null,
            run,
            gpu_check: gpuCheck
                ? { required: gpuCheck.required, found: gpuCheck.gpus?.length ?? null, names: gpuCheck.gpus?.map((g) => g.name) ?? [], passed: gpuCheck.ok, problem: gpuCheck.problem ?? null }
                : null,
            gpu_utilization: summariseGpuSamples(samples, inputs['gpu-sample-interval']),
            host: hostFacts(cwd),
            runner: runnerFacts(io.env, labels),
            env_vars: relevantEnv(env, redact),
        };
        const diagnosticsPath = external_node_path_default().join(reportDir, 'training_diagnostics.json');
        const tailPath = external_node_path_default().join(reportDir, 'training-log-tail.txt');
        await (0,src/* writeFileAtomic */.Zf)(diagnosticsPath, JSON.stringify(d, null, 2) + '\n');
        await (0,src/* writeFileAtomic */.Zf)(tailPath, lines.slice(-TAIL_FILE_LINES).join('\n') + (lines.length ? '\n' : ''));
        const lastLines = lines.slice(-SUMMARY_LINES);
        let artifact;
        // GitHub and artifact clients load only when there is something to publish: they dominate the cold start.
        if (failed && inputs['upload-artifact'])
            artifact = await (await __webpack_require__.e(/* import() */ 900).then(__webpack_require__.bind(__webpack_require__, 11900))).uploadDiagnostics(io, inputs['artifact-name'], [diagnosticsPath, tailPath], reportDir);
        if (inputs.comment) {
            const body = commentBody({ d, classification, samples, lastLines, failed, runUrl: runUrl(io.env), artifact });
            // The comment as posted (or as it would be, outside a pull request): readable without GitHub.
            await (0,src/* writeFileAtomic */.Zf)(external_node_path_default().join(reportDir, 'comment.md'), body);
            // The CLI gets the default unexpanded; GITHUB_TOKEN from the environment stands in for it there.
            const token = inputs['github-token'] === '${{ github.token }}' ? env.GITHUB_TOKEN : inputs['github-token'];
            // A failure creates or updates the comment; a success only updates one an earlier failure left
            // (a PR that never failed gets no comment). Nothing here fails the step: the summary is the diagnosis.
            const { postStickyComment } = await __webpack_require__.e(/* import() */ 84).then(__webpack_require__.bind(__webpack_require__, 96084));
            await postStickyComment(io, { action: 'training-diagnostics', key: `training-diagnostics:${inputs['artifact-name']}`, token, body, mode: failed ? 'upsert' : 'update-only' });
        }
        if (tail.binaryLines)
            io.info(`training-diagnostics: ${tail.binaryLines} line(s) of the log were binary data and are shown as placeholders`);
        return {
            report: buildReport({ d, classification, samples, lastLines, failed }),
            outputs: {
                cause: classification?.cause ?? 'none',
                'diagnostics-path': diagnosticsPath,
                'exit-code': run.exit_code === null ? '' : String(run.exit_code),
                'log-path': run.log_file ?? '',
            },
        };
    },
});
/** What ended the run, when no Python traceback says it better. */
function errorType(run, gpuCheck) {
    if (gpuCheck?.ok === false)
        return 'GpuUnavailable';
    if (run.stopped_early)
        return 'StoppedEarly';
    return run.timed_out ? 'Timeout' : run.signal ? 'Signal' : 'ProcessExit';
}
/** An input that only means something in another mode is refused, never silently ignored. */
function refuseInputsOfOtherModes(inputs) {
    const runOnly = [
        ['gpu-count', inputs['gpu-count'] !== undefined],
        ['stop-on-nan', inputs['stop-on-nan']],
        ['stall-minutes', inputs['stall-minutes'] !== undefined],
    ];
    if (inputs.mode === 'collect') {
        for (const [name, set] of runOnly) {
            if (set)
                throw new src/* UserError */.yo(`input "${name}" is for mode: run`, { hint: 'In mode: collect the command has already ended; set it on a step with mode: run, or remove it.' });
        }
    }
    if (inputs.mode === 'cleanup') {
        const notHere = [
            ['command', inputs.command !== undefined],
            ['timeout', inputs.timeout !== undefined],
            ['log-file', inputs['log-file'] !== undefined],
            ['exit-code', inputs['exit-code'] !== undefined],
            ['data-path', inputs['data-path'] !== undefined],
            ...runOnly,
        ];
        for (const [name, set] of notHere) {
            if (set)
                throw new src/* UserError */.yo(`input "${name}" is not used in mode: cleanup`, { hint: 'mode: cleanup only lists and ends GPU processes this job left behind; remove the input from this step.' });
        }
    }
}


/***/ }),

/***/ 55171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defineAction: () => (/* binding */ defineAction),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _fs_atomic__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48162);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97276);
/* harmony import */ var _report__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22019);
/* harmony import */ var _summary__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22958);






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

/***/ 60198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ lazyBuiltin)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
/**
 * A Node builtin loaded at its first use instead of when the bundle starts.
 * Each costs 2\u20133 ms to load on a cold start (worker_threads and zlib on the
 * runner's Node 24), which a run that starts no thread and inflates nothing,
 * such as validate-data on a small CSV, need not pay.
 */
function lazyBuiltin(name) {
    let loaded;
    return () => (loaded ??= load(name));
}


/***/ }),

/***/ 37638:
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

/***/ 48162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Writes via a temp file and rename, so a reader never sees half a report. */
async function writeFileAtomic(file, content) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(tmp, content);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rename(tmp, file);
}


/***/ }),

/***/ 74883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yo: () => (/* reexport */ errors/* UserError */.yo),
  tE: () => (/* reexport */ inputs/* booleanInput */.tE),
  DV: () => (/* reexport */ markdown/* codeBlock */.DV),
  LU: () => (/* reexport */ report/* createReport */.LU),
  QP: () => (/* reexport */ action.defineAction),
  Uc: () => (/* reexport */ errors/* describeError */.Uc),
  FV: () => (/* reexport */ markdown/* escapeMarkdown */.FV),
  cR: () => (/* reexport */ inputs/* failOnInput */.cR),
  Zu: () => (/* reexport */ forwardCancellation),
  FK: () => (/* reexport */ isInside),
  Oj: () => (/* reexport */ killGroupAfter),
  QR: () => (/* reexport */ inputs/* numberInput */.QR),
  E9: () => (/* reexport */ parseDuration),
  ND: () => (/* reexport */ workspace_path_refuseLinkOutOfWorkspace),
  i8: () => (/* reexport */ signalGroup),
  TK: () => (/* reexport */ terminateGroup),
  Zf: () => (/* reexport */ fs_atomic/* writeFileAtomic */.Z)
});

// UNUSED EXPORTS: RetryError, backoffDelay, cliIO, compare, configJsonSchema, describeInputs, details, didYouMean, effectiveStatus, failedChecks, formatNumber, formatPath, formatScalar, formatThreshold, groupDigits, isUserError, loadYamlParser, margin, markdownTable, mermaidChart, overallStatus, parseConfigDocument, parseInputs, parseThreshold, parseThresholdList, readConfigDocument, renderComment, renderSummary, renderText, retry, runAction, runnerIO, sentences, shouldFail, sleep, statusBadge, suggestion, validateConfig, yamlParser

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/report.ts
var report = __webpack_require__(22019);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
// EXTERNAL MODULE: ./packages/core/src/summary.ts + 1 modules
var summary = __webpack_require__(22958);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(97276);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(55171);
// EXTERNAL MODULE: ./packages/core/src/runner-io.ts
var runner_io = __webpack_require__(51448);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
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
var fs_atomic = __webpack_require__(48162);
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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

// EXTERNAL MODULE: ./packages/core/src/on-demand.ts
var on_demand = __webpack_require__(5582);
;// CONCATENATED MODULE: ./packages/core/src/yaml-parser.ts

const yaml = (0,on_demand/* onDemand */.h)(() => __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19)), 'YAML was parsed before loadYamlParser() was awaited');
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






















/***/ }),

/***/ 97276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ numberInput),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   cR: () => (/* binding */ failOnInput),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony export describeInputs */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88532);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);


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

/***/ 12712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   kQ: () => (/* binding */ formatScalar),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export formatNumber */
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

/***/ 22019:
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

/***/ 51448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerIO: () => (/* binding */ runnerIO)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



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

/***/ 22958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: renderComment, renderText, statusBadge

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(12712);
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
var src_report = __webpack_require__(22019);
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

/***/ 92100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isGzipped),
/* harmony export */   b: () => (/* binding */ formatOf)
/* harmony export */ });
/** `.csv.gz` and `.jsonl.gz` are read through gunzip; parquet compresses inside the file. */
const EXTENSIONS = [
    ['.parquet', 'parquet'],
    ['.parq', 'parquet'],
    ['.pq', 'parquet'],
    ['.csv', 'csv'],
    ['.tsv', 'csv'],
    ['.csv.gz', 'csv'],
    ['.tsv.gz', 'csv'],
    ['.jsonl', 'jsonl'],
    ['.ndjson', 'jsonl'],
    ['.jsonl.gz', 'jsonl'],
    ['.ndjson.gz', 'jsonl'],
];
const formatOf = (file) => {
    const lower = file.toLowerCase();
    return EXTENSIONS.find(([suffix]) => lower.endsWith(suffix))?.[1];
};
const isGzipped = (file) => file.toLowerCase().endsWith('.gz');


/***/ }),

/***/ 79650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ countBytes)
/* harmony export */ });
/* unused harmony export metered */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);

const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/**
 * Runs `work` with `meter` counting every byte the readers take from disk
 * while it runs. The readers report through `countBytes` rather than a
 * parameter threaded through every reader: a long read is many nested
 * generators, and the count must move while one long line is still being
 * read, before any row is finished.
 */
const metered = (meter, work) => current.run(meter, work);
/** Adds `n` bytes to the meter of the read in progress, if any. */
function countBytes(n) {
    const meter = current.getStore();
    if (meter)
        meter.bytes += n;
}


/***/ }),

/***/ 36814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ BATCH_ROWS),
/* harmony export */   MG: () => (/* binding */ missingFor),
/* harmony export */   QW: () => (/* binding */ describeStreamError),
/* harmony export */   Uq: () => (/* binding */ openText),
/* harmony export */   b4: () => (/* binding */ newColumn),
/* harmony export */   jX: () => (/* binding */ INFER_ROWS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlship_core_builtin__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60198);
/* harmony import */ var _meter__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79650);
/* harmony import */ var _file_formats__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92100);





const zlib = (0,_mlship_core_builtin__WEBPACK_IMPORTED_MODULE_2__/* .lazyBuiltin */ .q)('node:zlib');
/** Rows per batch for the text formats; parquet batches are its row groups. */
const BATCH_ROWS = 16_384;
/** Rows the text readers look at to infer column kinds. */
const INFER_ROWS = 10_000;
/** Kinds whose batch columns are Float64Array, missing values as NaN (pandas' float64 with NaN). */
const FLOAT_BACKED = new Set(['int', 'float', 'decimal', 'date', 'timestamp']);
const newColumn = (kind, n) => FLOAT_BACKED.has(kind) ? new Float64Array(n) : new Array(n);
/** Missing for a column of this kind: NaN in a float-backed column, null otherwise. */
const missingFor = (kind) => (FLOAT_BACKED.has(kind) ? NaN : null);
/**
 * The file's bytes, gunzipped when the name ends in .gz, piped into `into`.
 * `pipeline` forwards a read or gunzip error to `into`, so the consumer's
 * iteration rejects instead of hanging.
 */
function openText(abs, into, range) {
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(abs, { end: range?.end, highWaterMark: 1 << 20 });
    // Per 1 MiB chunk, not per row: progress moves during one long line too.
    source.on('data', (chunk) => (0,_meter__WEBPACK_IMPORTED_MODULE_3__/* .countBytes */ .T)(chunk.length));
    const noop = () => { };
    if ((0,_file_formats__WEBPACK_IMPORTED_MODULE_4__/* .isGzipped */ .W)(abs))
        (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(source, zlib().createGunzip(), into, noop);
    else
        (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(source, into, noop);
    return into;
}
/** Makes `gunzip`'s "incorrect header check" say what it means. */
const describeStreamError = (e) => e.code?.startsWith('Z_') ? `not valid gzip data (${e.message})` : e.code ? `cannot read the file (${e.code})` : undefined;


/***/ })

};
