export const id = 874;
export const ids = [874,171,448];
export const modules = {

/***/ 1874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createShadowCheck: () => (/* binding */ createShadowCheck),
  shadowCheck: () => (/* binding */ shadowCheck)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(7447);
;// CONCATENATED MODULE: ./packages/rollout/src/source.ts

/**
 * The source could not answer at all (server unreachable after retries, an
 * answer that is not Prometheus'): unlike `null`, this says nothing about the
 * service's health. Judges decide whether to abort or count the interval as
 * inconclusive; it is a UserError, so uncaught it ends the step with its line.
 */
class source_MetricSourceUnavailable extends src/* UserError */.yo {
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
            throw new src/* UserError */.yo(`"${options.url}" is not a URL.`, { where: 'input "prometheus-url"', hint: 'Give the Prometheus server root, e.g. http://prometheus.monitoring:9090.' });
        }
        if (base.protocol !== 'http:' && base.protocol !== 'https:') {
            throw new src/* UserError */.yo(`"${options.url}" is not an http(s) URL.`, { where: 'input "prometheus-url"', hint: 'Give the Prometheus server root, e.g. http://prometheus.monitoring:9090.' });
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
        return new src/* UserError */.yo(`query "${name}" returns a ${type}, not a number per evaluation time: ${query}`, { hint: 'Write a query that yields an instant vector or scalar.' });
    }
    async call(endpoint, form, name) {
        const attempts = this.options.attempts ?? 4;
        try {
            return await (0,src/* retry */.L5)(() => this.post(endpoint, form), {
                attempts,
                baseDelayMs: this.options.baseDelayMs ?? 500,
                maxDelayMs: 8_000,
                shouldRetry: (e) => e instanceof HttpFailure && e.retryable,
                onRetry: (e, ctx) => this.options.onRetry?.(`Prometheus ${endpoint} for "${name}" failed (${e.message}); retry ${ctx.attempt} of ${attempts - 1} in ${(ctx.delayMs / 1000).toFixed(1)} s.`),
            });
        }
        catch (e) {
            const last = e instanceof src/* RetryError */.J_ ? e.lastError : e;
            const tries = e instanceof src/* RetryError */.J_ ? ` (${e.attempts} attempt${e.attempts === 1 ? '' : 's'})` : '';
            if (last instanceof src/* UserError */.yo)
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
                    return reject(new src/* UserError */.yo(`TLS to Prometheus at ${this.options.url} failed: ${e.message} (${e.code}).`, { hint: 'Pass the CA that signed its certificate as prometheus-ca (a PEM file).' }));
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
            throw new src/* UserError */.yo(`Prometheus at ${this.options.url} refused the request (HTTP ${status}).`, { hint: 'Set prometheus-token (bearer) or prometheus-username/prometheus-password (basic auth) from secrets.' });
        }
        if (parsed?.status === 'success' && parsed.data && status >= 200 && status < 300)
            return parsed.data;
        if (parsed?.status === 'error' && (status === 400 || status === 422)) {
            // bad_data (parse errors) and execution errors are the query's fault: retrying cannot help.
            throw new src/* UserError */.yo(`Prometheus rejected the query (${parsed.errorType}: ${parsed.error}): ${query}`, { hint: 'Fix the PromQL in the queries input; try it in the Prometheus UI first.' });
        }
        const detail = parsed?.error ? `${parsed.errorType}: ${parsed.error}` : text.trim().replace(/\s+/g, ' ').slice(0, 200);
        if (status >= 500 || status === 429)
            throw new HttpFailure(`HTTP ${status}${detail ? ` ${detail}` : ''}`, true, status);
        if (status === 404) {
            throw new src/* UserError */.yo(`no Prometheus API at ${this.options.url} (HTTP 404 for /api/v1/).`, { where: 'input "prometheus-url"', hint: 'Give the server root, without /api/v1 or /graph, e.g. http://prometheus:9090.' });
        }
        throw new src/* UserError */.yo(`Prometheus at ${this.options.url} gave an answer that is not the HTTP API's (HTTP ${status}${detail ? `: ${detail}` : ''}).`, { where: 'input "prometheus-url"', hint: 'Check the URL points at Prometheus (or a compatible API such as Thanos or Mimir).' });
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
function histogram_alignBuckets(canary, stable) {
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
            throw new src/* UserError */.yo(`query "${name}" uses the unknown placeholder {{${m[1]}}}.${(0,src/* suggestion */.h)(m[1], PLACEHOLDERS)}`, {
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
            throw new src/* UserError */.yo(`query "${name}" uses {{${key}}}, which has no value here.`, {
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
                throw new src/* UserError */.yo(`query "${bucketName}" returns a series without a usable le label (${JSON.stringify(s.labels)}): ${query}`, { hint: 'It must return one series per bucket bound, e.g. sum by (le) (increase(my_latency_bucket[{{interval}}])).' });
            }
            if (buckets.some((b) => b.upperBound === upperBound)) {
                throw new src/* UserError */.yo(`query "${bucketName}" returns several series for le="${s.labels.le}", so it has no single count per bucket: ${query}`, { hint: 'Aggregate by le only: sum by (le) (...).' });
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
            throw new src/* UserError */.yo(`query "${name}" reads no histogram (no <name>_bucket series), so its latency cannot be compared with stable request by request.`, {
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
            throw new src/* UserError */.yo(`query "${name}" returns ${count} series, so it has no single value: ${query}`, { hint: 'Aggregate it, e.g. sum(...) or sum by (le) (...) inside histogram_quantile.' });
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
                throw new src/* UserError */.yo(`"${url}" is not an http(s) URL.`, { where: `input "${track}-metrics-url"`, hint: 'Give the service\'s metrics page, e.g. http://model-canary.prod:8080/metrics.' });
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
            throw new src/* UserError */.yo(`the custom query "${metric.name ?? metric.query}" needs Prometheus.`, { hint: 'Set source: prometheus and prometheus-url, or judge only built-in metrics (error-rate, request-rate, p95-latency, \u2026).' });
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
            throw new src/* UserError */.yo(`no metrics URL for the ${track} track.`, { where: `input "${track}-metrics-url"`, hint: `Set ${track}-metrics-url to its /metrics page (source: scrape), or use source: prometheus.` });
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
    const seconds = parseDuration(v);
    if (seconds === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration; write seconds (300) or with a unit (300s, 5m, 1h)` });
        return core/* NEVER */.tm;
    }
    return seconds;
});
function parseDuration(text) {
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
    const doc = (0,src/* readConfigDocument */.AA)(inputs.queries, cwd, 'queries');
    const where = doc.source === 'inline config' ? 'input "queries"' : doc.source;
    if (typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) {
        throw new src/* UserError */.yo('expected a map of metric name \u2192 PromQL template.', { where, hint: 'e.g. queries: "error-rate: sum(rate(errors_total{track=\\"{{track}}\\"}[{{interval}}])) / \u2026"' });
    }
    const out = {};
    for (const [name, template] of Object.entries(doc.value)) {
        if (typeof template !== 'string' || template.trim() === '') {
            throw new src/* UserError */.yo(`query "${name}" must be a PromQL string, got ${JSON.stringify(template)}.`, { where: doc.source === 'inline config' ? where : doc.at([name]) });
        }
        if (!/^[A-Za-z_][\w.-]*$/.test(name))
            throw new src/* UserError */.yo(`"${name}" is not a usable metric name (letters, digits, _ . -).`, { where: doc.source === 'inline config' ? where : doc.at([name]) });
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
            throw new src/* UserError */.yo(`metric "${name}" is a custom PromQL query, which needs Prometheus.`, { where, hint: 'Set source: prometheus and prometheus-url, or judge built-in metrics only.' });
        }
        return { kind: 'query', query, name };
    }
    const known = [...BUILTIN_METRICS, ...Object.keys(queries).filter((q) => !OVERRIDABLE.includes(q))];
    throw new src/* UserError */.yo(`unknown metric "${name}".${(0,src/* suggestion */.h)(name, known)}`, {
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
            throw new src/* UserError */.yo('input "prometheus-url" is required with source: prometheus.', { hint: 'Set it to the server root, e.g. http://prometheus.monitoring:9090.' });
        if (inputs['prometheus-token'] && (inputs['prometheus-username'] || inputs['prometheus-password'])) {
            throw new src/* UserError */.yo('both a bearer token and basic-auth credentials were given for Prometheus.', { hint: 'Set prometheus-token or prometheus-username/prometheus-password, not both.' });
        }
        if (inputs['prometheus-timeout'] <= 0)
            throw new src/* UserError */.yo('must be more than 0 seconds.', { where: 'input "prometheus-timeout"' });
        if (inputs['scrape-interval'] <= 0)
            throw new src/* UserError */.yo('must be more than 0 seconds.', { where: 'input "scrape-interval"' });
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
        throw new src/* UserError */.yo('must be more than 0 seconds.', { where: 'input "scrape-interval"' });
    if (inputs.queries?.trim())
        throw new src/* UserError */.yo('PromQL queries need Prometheus; source: scrape computes the built-in metrics itself.', { where: 'input "queries"', hint: 'Set source: prometheus and prometheus-url, or remove queries.' });
    const urls = {};
    const names = options.trackNames ?? { canary: 'canary', stable: 'stable' };
    for (const track of options.tracks) {
        const url = inputs[`${track}-metrics-url`];
        if (!url) {
            throw new src/* UserError */.yo(`input "${names[track]}-metrics-url" is required with source: scrape.`, { hint: `Set it to the ${names[track]} service's /metrics page, or use source: prometheus with prometheus-url.` });
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
        throw new src/* UserError */.yo(`cannot read the CA file "${file}": ${e.code ?? e.message}.`, { where: 'input "prometheus-ca"', hint: 'Give the path of a PEM file in the workspace.' });
    }
    if (!pem.includes('-----BEGIN CERTIFICATE-----'))
        throw new src/* UserError */.yo(`"${file}" holds no PEM certificate.`, { where: 'input "prometheus-ca"', hint: 'It should contain -----BEGIN CERTIFICATE----- blocks.' });
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
                throw new src/* UserError */.yo(`cannot read the ${t.name} metrics at ${t.url}: ${first.error}.`, { where: `input "${t.urlInput}"`, hint: 'Check the URL and that the service is up and reachable from the runner.' });
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

const plan_CANARY_NAMES = { canary: 'canary', stable: 'stable' };
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
        throw new UserError(`"${text}" is not an increase.`, { where, hint: 'Write an amount in the metric\'s unit (0.005) or a percentage of stable\'s value (20%); not negative.' });
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
    const doc = /^-\s|^\[/.test(trimmed) ? parseConfigDocument(trimmed, 'inline config') : readConfigDocument(trimmed, cwd, 'metrics');
    const inline = doc.source === 'inline config';
    const at = (path) => (inline ? `input "metrics" ${path.map((p) => `[${p}]`).join('')}` : doc.at(path));
    if (!Array.isArray(doc.value))
        throw new UserError('expected a list of metrics.', { where: inline ? 'input "metrics"' : doc.source, hint: 'e.g. "- error-rate < 0.01" and "- p95-latency < 0.5", one per line.' });
    return doc.value.map((item, i) => {
        if (typeof item === 'string')
            return metricLine(item, at([i]));
        if (item && typeof item === 'object' && !Array.isArray(item)) {
            const o = item;
            const unknownKey = Object.keys(o).find((k) => !['metric', 'threshold', 'max-increase'].includes(k));
            if (unknownKey)
                throw new UserError(`unknown key "${unknownKey}".`, { where: at([i, unknownKey]), hint: 'A metric takes metric, threshold (e.g. "< 0.01") and max-increase (e.g. "20%").' });
            if (typeof o.metric !== 'string' || !/^[A-Za-z_][\w.-]*$/.test(o.metric))
                throw new UserError('needs a metric name, e.g. metric: p95-latency.', { where: at([i, 'metric']) });
            const line = { name: o.metric, where: at([i]) };
            if (o.threshold !== undefined)
                line.threshold = parseThreshold(`${o.metric} ${String(o.threshold)}`, at([i, 'threshold']));
            if (o['max-increase'] !== undefined)
                line.maxIncrease = parseTolerance(String(o['max-increase']), at([i, 'max-increase']));
            return line;
        }
        throw new UserError(`expected a threshold like "error-rate < 0.01" or a map, got ${JSON.stringify(item)}.`, { where: at([i]) });
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
        throw new UserError(`must be more than 0 seconds, got ${p.stepDuration}.`, { where: 'input "duration"', hint: 'Analysis time per traffic step, e.g. 5m.' });
    if (!(p.interval > 0))
        throw new UserError(`must be more than 0 seconds, got ${p.interval}.`, { where: 'input "interval"', hint: 'How often metrics are judged, e.g. 1m.' });
    if (p.interval > p.stepDuration) {
        throw new UserError(`interval (${p.interval} s) is longer than duration (${p.stepDuration} s).`, { where: 'input "interval"', hint: 'Each step is judged in intervals; make interval at most duration.' });
    }
    if (!(p.significance > 0 && p.significance < 1))
        throw new UserError(`must be between 0 and 1 (exclusive), got ${p.significance}.`, { where: 'input "significance"', hint: 'e.g. 0.05.' });
    checkFirst();
    const defaultTolerance = parseTolerance(p.maxIncrease);
    const lines = parseMetricLines(p.metrics, p.cwd);
    if (lines.length === 0)
        throw new UserError('lists no metric.', { where: 'input "metrics"', hint: 'e.g. "error-rate < 0.01" and "p95-latency < 0.5", one per line.' });
    const seen = new Set();
    const metrics = lines.map((line) => {
        if (seen.has(line.name))
            throw new UserError(`metric "${line.name}" is listed twice.`, { where: line.where, hint: 'Give each metric one line.' });
        seen.add(line.name);
        if (p.comparison === 'absolute' && !line.threshold) {
            throw new UserError(`metric "${line.name}" has no threshold, which comparison: absolute needs.`, { where: line.where, hint: `Write e.g. "${line.name} < 0.01", or set comparison: relative to judge it against stable.` });
        }
        const kind = p.resolve(line.name, line.where);
        if (kind.kind === 'request-rate' && !line.threshold) {
            throw new UserError(`metric "${line.name}" needs a threshold: the request rate follows the traffic weight, so it is never compared with stable.`, {
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
        names: p.names ?? plan_CANARY_NAMES,
    };
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
        if (e instanceof MetricSourceUnavailable)
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
    if (m.threshold && !compare(c.value, m.threshold.op, m.threshold.value)) {
        failed = true;
        obs.reasons.push(`${n.canary} ${m.name} ${interval_fmt(c.value)} breaks ${m.threshold.source}`);
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
                obs.note = `${m.name} ${interval_fmt(c.value)} vs ${interval_fmt(s.value)} is interpolated inside a histogram bucket; the buckets do not show the ${n.canary}'s requests slower than ${interval_fmt(limit)} beyond p${+(m.kind.quantile * 100).toFixed(6)}`;
            }
        }
        const significant = obs.pValue === null ? null : obs.pValue < plan.significance;
        const fails = plan.comparison === 'relative' ? exceeded && significant !== false : exceeded && significant === true;
        if (fails) {
            failed = true;
            const p = obs.pValue === null ? '' : `, p = ${interval_fmtP(obs.pValue)} < ${plan.significance}`;
            obs.reasons.push(`${n.canary} ${m.name} worse than ${n.stable} by ${interval_fmt(worseBy)} (allowed ${m.maxIncrease.source}${p})`);
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
const interval_fmt = (n) => (n === 0 ? '0' : Math.abs(n) >= 1000 || Math.abs(n) < 0.001 ? n.toPrecision(3) : String(Number(n.toPrecision(4))));
const interval_fmtP = (p) => (p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2))));

;// CONCATENATED MODULE: ./packages/rollout/src/analysis/engine.ts



const engine_realClock = {
    now: () => Date.now() / 1000,
    sleep: src/* sleep */.yy,
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
            if (!(await engine_judgeStep({ plan, source, log, clock, signal: o.signal, step, stepCount: steps.length, budget, failedMetrics }))) {
                return await stop(budget.anyFail ? 'rollback' : 'inconclusive', engine_budgetSpent(budget.failedIntervals, plan.maxFailedIntervals));
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
const engine_budgetSpent = (failed, max) => `${failed} failed or inconclusive interval${failed === 1 ? '' : 's'}, more than max-failed-intervals ${max}.`;
/**
 * Judges intervals of real time at the step's current traffic until
 * `intervalsPerStep` of them passed (true), or the failure budget runs out
 * (false). As in Flagger, a failed or inconclusive interval does not count
 * towards the step: each miss adds one more interval, and counts against
 * `max-failed-intervals` over the whole analysis.
 */
async function engine_judgeStep(o) {
    const { plan, step, budget } = o;
    step.status = 'inconclusive';
    let passes = 0;
    let planned = plan.intervalsPerStep;
    for (let i = 1; passes < plan.intervalsPerStep; i++) {
        const start = o.clock.now();
        await o.clock.sleep(plan.interval * 1000, o.signal);
        const end = o.clock.now();
        const r = await judgeInterval(plan, o.source, { step: step.step, weight: step.weight, interval: i, window: { start, end } });
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
    const value = (v) => (v === null ? 'n/a' : m.metric === 'error-rate' ? engine_pct(v) : latency ? `${fmt(v)} s` : fmt(v));
    const name = latency ? `p${latency[1]}` : m.metric;
    const [c, s] = latency ? ['', ''] : [`${names.canary} `, `${names.stable} `];
    return m.stable === null ? `${name} ${c}${value(m.canary)}` : `${name} ${c}${value(m.canary)} vs ${s}${value(m.stable)}`;
}
const engine_pct = (v) => `${Number((v * 100).toPrecision(3))}%`;

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
        charts: report_intervalCharts(plan, intervals),
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
    const expected = [m.threshold ? formatThreshold(m.threshold) : null, versusStable].filter(Boolean).join('; ');
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
            tested ? `${fmtP(minP)} (${m.test === 'two-proportion' ? 'two-proportion z' : 'Mann\u2013Whitney U'})` : null,
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
            return [`${show(m, o.canary) ?? 'n/a'} / ${show(m, o.stable) ?? 'n/a'}`, o.pValue === null ? null : fmtP(o.pValue)];
        });
        const window = `${new Date(i.window.start * 1000).toISOString().slice(11, 19)}\u2013${new Date(i.window.end * 1000).toISOString().slice(11, 19)}`;
        return [`${i.step} (${i.weight}%)`, i.interval, window, counts(i.canary), counts(i.stable), ...cells, i.reason ? `inconclusive: ${i.reason}` : i.verdict];
    });
    return { title: `All ${intervals.length} intervals`, columns, rows };
}
/** Line charts of the two tracks' error rate and latencies, interval by interval. */
function report_intervalCharts(plan, intervals) {
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
        const doc = (0,src/* yamlParser */.$z)().parseDocument(t);
        const value = doc.errors.length ? undefined : doc.toJS();
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
            throw new src/* UserError */.yo('is not a list of strings.', { where, hint: `e.g. ${JSON.stringify(['./script.sh', ...placeholders.map((p) => `{{${p}}}`)])}.` });
        }
        argv = value.map(String);
    }
    else
        argv = splitWords(t, where);
    if (argv.length === 0)
        throw new src/* UserError */.yo('is an empty command.', { where, hint: `e.g. ./script.sh ${placeholders.map((p) => `{{${p}}}`).join(' ')}` });
    for (const m of argv.join(' ').matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!placeholders.includes(m[1])) {
            throw new src/* UserError */.yo(`has an unknown placeholder {{${m[1]}}}.${(0,src/* suggestion */.h)(m[1], placeholders)}`, { where, hint: `Placeholders: ${placeholders.map((p) => `{{${p}}}`).join(', ')}.` });
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
        throw new src/* UserError */.yo(`has an unclosed ${quote} quote.`, { where, hint: 'Close the quote, or write the command as a YAML list.' });
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
        throw new src/* UserError */.yo('is an empty command.', { where: o.where });
    // @actions/exec splits its first argument like a command line; quoting keeps a path with spaces one word.
    const quoted = `"${program.replace(/(["\\])/g, '\\$1')}"`;
    let result;
    try {
        result = await (0,exec/* getExecOutput */.H)(quoted, args, { silent: true, ignoreReturnCode: true });
    }
    catch (e) {
        throw new src/* UserError */.yo(`cannot run ${program}: ${e.message.split('\n')[0]}`, { where: o.where, hint: `Install ${program} on the runner or put it on PATH.` });
    }
    if (result.exitCode !== 0) {
        const stderr = exec_outputLines(result.stderr);
        const last = stderr[stderr.length - 1] ?? result.stdout.trim().split('\n').pop() ?? '';
        throw new src/* UserError */.yo(`${[program, ...args].join(' ').slice(0, 200)} exited with ${result.exitCode}${last ? `: ${last}` : ''}`, { where: o.where });
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
const fillWeights = (argv, canary) => fillArgv(argv, { canary: String(canary), stable: String(100 - canary) });
class command_CommandRouter {
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
        await run(argv, { where: 'input "traffic-command"', log: (line) => this.log(`  ${line}`) });
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/traffic/kubectl-object.ts


async function kubectl_object_readObject(t) {
    const text = await exec_run(['kubectl', 'get', t.resource, t.name, '-n', t.namespace, '-o', 'json'], { where: t.where });
    try {
        return JSON.parse(text);
    }
    catch {
        throw new src/* UserError */.yo(`kubectl get ${t.resource} ${t.name} did not print JSON.`, { where: t.where });
    }
}
/** Applies `ops` to the object as `read` saw it; the patch is rejected if the object changed since. */
async function kubectl_object_patchObject(t, read, ops) {
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
        const obj = await kubectl_object_readObject(this.target);
        return { obj, found: this.destinations(obj.spec ?? {}) };
    }
    async preflight() {
        await this.read();
    }
    async setCanaryWeight(canary) {
        const { obj, found } = await this.read();
        // `add` sets a member whether or not a weight was written before (`replace` needs one).
        await kubectl_object_patchObject(this.target, obj, found.map((d) => ({ op: 'add', path: d.path, value: d.role === 'canary' ? canary : 100 - canary })));
    }
}
/** Istio VirtualService: `spec.http[].route[].destination.subset` (seed 000 section 4.2's 95/5). */
class kubernetes_IstioRouter extends KubectlRouter {
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
            throw new src/* UserError */.yo(`http[${i}] of VirtualService ${this.o.virtualService} also routes to other destinations, so its weights cannot be split between "${this.o.stableSubset}" and "${this.o.canarySubset}" alone.`, { where: this.where });
        });
        if (out.length === 0) {
            throw new src/* UserError */.yo(`VirtualService ${this.o.virtualService} -n ${this.o.namespace} has no http route with both subset "${this.o.stableSubset}" and subset "${this.o.canarySubset}"${this.o.host ? ` of host ${this.o.host}` : ''} (subsets found: ${[...seen].join(', ') || 'none'}).`, { where: this.where, hint: `Set ${this.o.subsetInputs ?? 'stable-subset/canary-subset'} to the subset names of its DestinationRule.` });
        }
        return out;
    }
}
/** Gateway API HTTPRoute: `spec.rules[].backendRefs[].weight` of the two Services. */
class kubernetes_GatewayApiRouter extends KubectlRouter {
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
            throw new src/* UserError */.yo(`rules[${i}] of HTTPRoute ${this.o.httpRoute} also sends traffic to other backends, so its weights cannot be split between "${this.o.stableBackend}" and "${this.o.canaryBackend}" alone.`, { where: this.where });
        });
        if (out.length === 0) {
            throw new src/* UserError */.yo(`HTTPRoute ${this.o.httpRoute} -n ${this.o.namespace} has no rule with both backend "${this.o.stableBackend}" and backend "${this.o.canaryBackend}" (backends found: ${[...seen].join(', ') || 'none'}).`, { where: this.where, hint: `Set ${this.o.backendInputs ?? 'stable-backend/canary-backend'} to the Service names in its backendRefs.` });
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
async function health_checkHealth(source, track, window, conditions, minRequests) {
    const requests = await source.requests(track, window);
    const results = [];
    for (const c of conditions) {
        const { value } = await source.read(c.metric, track, window);
        results.push({ id: c.id ?? c.threshold.metric, threshold: c.threshold, value, passed: value === null ? null : (0,src/* compare */.UD)(value, c.threshold.op, c.threshold.value) });
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
        throw new src/* UserError */.yo(`query "latency-buckets" is read by canary-check only: ${o.action} judges thresholds, not histograms.`, { where: 'input "queries"', hint: 'Remove it, or override p95-latency (or another pNN-latency) to change how latency is measured.' });
    }
    const thresholds = (0,src/* parseThresholdList */.b2)(text, where);
    if (thresholds.length === 0)
        throw new src/* UserError */.yo('has no thresholds, so nothing would be checked.', { where, hint: `e.g. ${o.example}.` });
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
class registry_RaceError extends src/* UserError */.yo {
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
class client_MlflowApiError extends src/* UserError */.yo {
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
        throw new UserError(`Service ${o.service} -n ${o.namespace} has no selector label "${o.label}" to switch (selector: ${shown}).`, {
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
        throw new UserError(`Service ${o.service} -n ${o.namespace} selects ${o.label}=${value}, which is neither ${allowed.map((a) => `${o.label}=${a}`).join(' nor ')}: it was changed by someone else, so it is left alone.`, {
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
const SWITCH_PLACEHOLDERS = (/* unused pure expression or super */ null && (['active', 'previous']));
/** `switch-command`: an argv template that must say which colour to activate. */
function parseSwitchCommand(text, where = 'input "switch-command"') {
    const argv = parseArgvTemplate(text, where, SWITCH_PLACEHOLDERS);
    if (!argv.some((a) => a.includes('{{active}}'))) {
        throw new UserError('never mentions {{active}}, so it cannot tell which deployment to switch to.', { where, hint: 'Pass the colour as an argument, e.g. ./scripts/switch.sh {{active}}' });
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
                    const value = await readSelector(o);
                    const color = colorOf(value);
                    if (!color) {
                        throw new UserError(`Service ${config.service} -n ${config.namespace} selects ${config.label}=${value}, which is neither blue (${config.values.blue}) nor green (${config.values.green}).`, {
                            where: o.where,
                            hint: 'Set blue to the value the Service selects now and green to the new Deployment\'s value.',
                        });
                    }
                    return color;
                },
                switchTo: async (color) => {
                    const change = await setSelector(o, config.values[color], [config.values.blue, config.values.green]);
                    log(change.changed ? `  ${config.label}: ${change.before} \u2192 ${config.values[color]}` : `  ${config.label} is already ${config.values[color]}; nothing patched.`);
                },
            };
        }
        case 'weights': {
            const router = createRouter(config.traffic, log);
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
                    const argv = fillArgv(config.argv, { active: config.values[color], previous: config.values[other(color)] });
                    await run(argv, { where: 'input "switch-command"', log: (line) => log(`  ${line}`) });
                },
            };
    }
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/checks.ts

/**
 * Polls `url` (GET) about once a second until it answers 2xx or `timeoutSeconds`
 * have passed; a green that is still starting gets that long to come up.
 */
async function checks_waitHealthy(url, timeoutSeconds, o = {}) {
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
async function checks_smokeRequests(o) {
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
    return cause?.code ?? cause?.message ?? describeError(e);
}

;// CONCATENATED MODULE: ./packages/rollout/src/blue-green/run.ts






async function runBlueGreen(o) {
    const { plan, sw, log } = o;
    const clock = o.clock ?? realClock;
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
    const cancelled = () => `cancelled (${describeError(o.signal?.reason)})`;
    if (o.deploy) {
        log(`Deploying green: ${JSON.stringify(o.deploy)}`);
        await run(o.deploy, { where: 'input "deploy-command"', log: (line) => log(`  ${line}`) });
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
    const argv = fillArgv(o.scaleDown.argv, { active: o.values.green, previous: o.values.blue });
    o.log(`Scaling blue down: ${JSON.stringify(argv)}`);
    try {
        await run(argv, { where: 'input "scale-down-command"', log: (line) => o.log(`  ${line}`) });
    }
    catch (e) {
        // Green is live and judged healthy: a failed scale-down leaves blue running, which the report says; it undoes nothing.
        if (!isUserError(e))
            throw e;
        return done(`blue (${o.values.blue}) keeps running: ${describeError(e)}`, true);
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
        ...(r.analysis.status === 'not reached' ? [] : plan.metrics.map((m) => metricCheck(plan, m, intervals))),
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
                rows: r.preview.conditions.map((c) => [c.id, c.value, formatThreshold(c.threshold), c.passed === null ? 'no data' : c.passed ? 'pass' : 'fail']),
            },
        ]
        : [];
    return createReport({
        action: 'blue-green',
        title: 'Blue-green deployment',
        summary: `Verdict: **${word}** \u2014 ${r.reason} Switch: ${o.switchDescription}; blue = ${o.values.blue}, green = ${o.values.green}; analysis ${plan.intervalsPerStep} interval(s) of ${plan.interval} s after the switch, min-requests ${plan.minRequests}, max-failed-intervals ${plan.maxFailedIntervals}.${r.scaleDown ? ` ${r.scaleDown.detail}` : ''}`,
        checks,
        tables: [...previewTable, ...(intervals.length ? [metricsTable(plan, intervals), intervalsTable(plan, intervals)] : [])],
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




















;// CONCATENATED MODULE: ./packages/data/src/stats/sorted.ts
/** Index of the first element > x in an ascending array (the count of elements <= x). */
function upperBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * pandas' default ('linear') quantile of n values, `at(k)` giving the k-th
 * smallest. On an order statistic (or between equal ones) the answer is that
 * value: a + (b - a) * 0 would be NaN next to an infinity (NumPy 1.24 does
 * return NaN there, e.g. the median of [1, 2, inf]).
 */
function linearQuantile(n, q, at) {
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    const a = at(lo);
    const b = at(Math.min(lo + 1, n - 1));
    const t = pos - lo;
    return t === 0 || a === b ? a : a + (b - a) * t;
}

;// CONCATENATED MODULE: ./packages/data/src/drift/exact.ts

/**
 * An exact NumericDistribution over every value (NaN = missing, dropped).
 * Meant for small columns and reference sets; memory is one Float64Array.
 * quantile() reproduces numpy.quantile(method='linear') to the last bit, because
 * PSI bin edges come from it and a tie sitting exactly on an edge moves a whole
 * block of rows between bins.
 */
function exactNumeric(values) {
    const all = Array.from(values).filter((v) => !Number.isNaN(v));
    const sorted = Float64Array.from(all).sort();
    const n = sorted.length;
    let distinct;
    return {
        count: n,
        exact: true,
        cdf: (x) => (n === 0 || Number.isNaN(x) ? 0 : upperBound(sorted, x) / n),
        quantile: (q) => {
            if (n === 0 || Number.isNaN(q))
                return NaN;
            const virtual = (n - 1) * Math.min(1, Math.max(0, q));
            if (virtual >= n - 1)
                return sorted[n - 1];
            const prev = Math.floor(virtual);
            const a = sorted[prev];
            const b = sorted[prev + 1];
            const t = virtual - prev;
            const diff = b - a;
            // numpy's _lerp: interpolate from the nearer end so t = 1 returns b exactly.
            return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        },
        support: () => {
            if (!distinct) {
                let k = 0;
                const out = new Float64Array(n);
                for (let i = 0; i < n; i++)
                    if (i === 0 || sorted[i] !== sorted[i - 1])
                        out[k++] = sorted[i];
                distinct = out.slice(0, k);
            }
            return distinct;
        },
    };
}
/** An exact CategoricalDistribution; null/undefined are missing, everything else counts under String(value). */
function exactCategorical(values) {
    const counts = new Map();
    let n = 0;
    for (const v of values) {
        if (v === null || v === undefined)
            continue;
        const key = String(v);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        n++;
    }
    return { count: n, exact: true, counts: () => counts };
}
/** An exact CategoricalDistribution from counts already tallied (zero and negative counts are dropped). */
function categoricalFromCounts(counts) {
    const map = new Map();
    let n = 0;
    for (const [k, c] of counts) {
        if (!(c > 0))
            continue;
        map.set(k, (map.get(k) ?? 0) + c);
        n += c;
    }
    return { count: n, exact: true, counts: () => map };
}

;// CONCATENATED MODULE: ./packages/data/src/drift/errors.ts

/**
 * A drift statistic was asked to compare against a side with no non-missing
 * values. There is no honest number to report (a p-value of 1 would read as
 * "no drift"), so the functions throw this instead; it is a UserError because
 * the fix is in the data \u2014 its `.line` renders as one sentence.
 */
class EmptyDistributionError extends src/* UserError */.yo {
    statistic;
    side;
    constructor(statistic, side) {
        super(`${statistic}: the ${side} data has no non-missing values to compare`, {
            hint: 'Drift needs at least one value on each side; check that the column is populated in both datasets.',
        });
        this.statistic = statistic;
        this.side = side;
    }
}
const isEmptyDistributionError = (e) => e instanceof EmptyDistributionError;
function errors_assertNotEmpty(statistic, reference, current) {
    if (!(reference.count > 0))
        throw new EmptyDistributionError(statistic, 'reference');
    if (!(current.count > 0))
        throw new EmptyDistributionError(statistic, 'current');
}

;// CONCATENATED MODULE: ./packages/data/src/drift/kolmogorov.ts
/**
 * Survival function of the two-sided one-sample Kolmogorov\u2013Smirnov statistic
 * D_n \u2014 scipy.stats.kstwo.sf(d, n) \u2014 which is what scipy.stats.ks_2samp uses
 * for its method='asymp' p-value (with n = round(n1\u00b7n2/(n1+n2))).
 *
 * A port of scipy/stats/_ksstats.py (Simard & L'Ecuyer's choice among the
 * Durbin matrix, Pomeranz recursion, Pelz\u2013Good expansion and the exact
 * one-sided Smirnov sum) and of Cephes' smirnov(). SciPy evaluates the Smirnov
 * sum in double-double arithmetic; here its terms are all positive and
 * summed in log space, which keeps ~1e-12 relative accuracy for n \u2264 10^6 \u2014
 * far inside what a p-value needs, and inside the golden tests' 1e-9.
 */
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const DBL_EPSILON = 2 ** -52;
/** Cephes MINLOG = log(2^-1075): exp() of anything below is 0. */
const CEPHES_MINLOG = -7.451332191019412076235e2;
const SMIRNOV_MAX_COMPUTE_N = 1000000;
// Stirling coefficients B_2j/(2j)/(2j-1), j = 8..1.
const STIRLING_COEFFS = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
    7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
const clip01 = (p) => (p < 0 ? 0 : p > 1 ? 1 : p);
const pick = (cdfProb, sfProb, cdf) => clip01(cdf ? cdfProb : sfProb);
function polyval(coeffs, x) {
    let y = 0;
    for (const c of coeffs)
        y = y * x + c;
    return y;
}
/** log(n! / n^n) by Stirling, with n\u00b7log(n) removed up front to avoid cancellation. */
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING_COEFFS, rn / n);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    }
    return out;
}
/** Pr(D_n <= d) by Durbin's matrix algorithm as organised by Marsaglia, Tsang & Wang. */
function kolmognDMTW(n, d, cdf) {
    if (d >= 1)
        return pick(1, 0, cdf);
    const nd = n * d;
    if (nd <= 0.5)
        return pick(0, 1, cdf);
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j; // may underflow; harmless
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    // Multiply by n!/n^n, rescaling so the running product stays normal.
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p = ldexp(p, expnt);
    return pick(p, 1 - p, cdf);
}
/** p\u00b72^e without overflowing the intermediate power when e is far outside \u00b11023. */
function ldexp(p, e) {
    while (e > 1000) {
        p *= 2 ** 1000;
        e -= 1000;
    }
    while (e < -1000) {
        p *= 2 ** -1000;
        e += 1000;
    }
    return p * 2 ** e;
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Python slice semantics (negative indices count from the end, bounds clamp), as the NumPy original relies on. */
function pySlice(arr, start, stop) {
    const len = arr.length;
    const norm = (i) => (i < 0 ? Math.max(len + i, 0) : Math.min(i, len));
    const s = norm(start);
    const e = norm(stop);
    return e > s ? arr.subarray(s, e) : new Float64Array(0);
}
function convolve(a, b) {
    if (a.length === 0 || b.length === 0)
        return new Float64Array(0);
    const out = new Float64Array(a.length + b.length - 1);
    for (let i = 0; i < a.length; i++) {
        const ai = a[i];
        for (let j = 0; j < b.length; j++)
            out[i + j] += ai * b[j];
    }
    return out;
}
/** Pr(D_n <= x) by the Pomeranz recursion (1974). */
function kolmognPomeranz(n, x, cdf) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            const conv = convolve(pySlice(V0, k1 - V0s, k1 - V0s + ln2), pySlice(pwrs, 0, ln2));
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            const chunk = pySlice(conv, convStart, convStart + convLen);
            V1.set(chunk.subarray(0, Math.max(0, Math.min(convLen, V1.length))));
            let max = -Infinity;
            for (const vv of V1)
                if (vv > max)
                    max = vv;
            // Rescale to stay clear of underflow.
            if (max > 0 && max < EM128) {
                for (let q = 0; q < V1.length; q++)
                    V1[q] *= EP128;
                expnt -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ldexp(ans, expnt);
    return pick(ans, 1 - ans, cdf);
}
/** Pelz\u2013Good (1976) approximation to Pr(D_n <= x), for small x\u00b7\u221an. */
function kolmognPelzGood(n, x, cdf) {
    if (x <= 0)
        return pick(0, 1, cdf);
    if (x >= 1)
        return pick(1, 0, cdf);
    const z = Math.sqrt(n) * x;
    const zsquared = z ** 2;
    const zthree = z ** 3;
    const zfour = z ** 4;
    const zsix = z ** 6;
    const qlog = -PI_SQUARED / 8 / zsquared;
    if (qlog < MIN_LOG)
        return pick(0, 1, cdf);
    let q = Math.exp(qlog);
    const k1a = -zsquared;
    const k1b = PI_SQUARED / 4;
    const k2a = 6 * zsix + 2 * zfour;
    const k2b = ((2 * zfour - 5 * zsquared) * PI_SQUARED) / 4;
    const k2c = (PI_FOUR * (1 - 2 * zsquared)) / 16;
    const k3d = (PI_SIX * (5 - 30 * zsquared)) / 64;
    const k3c = (PI_FOUR * (-60 * zsquared + 212 * zfour)) / 16;
    const k3b = (PI_SQUARED * (135 * zfour - 96 * zsix)) / 4;
    const k3a = -30 * zsix - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    // Horner scheme over the odd terms c_i q^(i^2).
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const msquared = m ** 2;
        const mfour = m ** 4;
        const msix = m ** 6;
        const qpower = Math.pow(q, 8 * k);
        const coeffs = [1, k1a + k1b * msquared, k2a + k2b * msquared + k2c * mfour, k3a + k3b * msquared + k3c * mfour + k3d * msix];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const divisors = [z, 6 * zfour, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    // The sums over all integers k for K_2 and K_3.
    q = Math.exp(-PI_SQUARED / 2 / zsquared);
    const sqrt3z = SQRT3 * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const ksquared = k ** 2;
        const kspi = Math.PI * k;
        const qp = q ** ksquared;
        k2extra += ksquared * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qp;
    }
    K[2] += k2extra * ((PI_SQUARED * SQRT2PI) / (-36 * zthree));
    K[3] += k3extra * ((PI_SQUARED * SQRT2PI) / (216 * zsix));
    for (let i = 0; i < 4; i++)
        K[i] /= Math.pow(n, i / 2);
    if (!cdf) {
        for (let i = 0; i < 4; i++)
            K[i] *= -1;
        K[0] += 1;
    }
    return K[0] + K[1] + K[2] + K[3];
}
/** a\u00b7b exactly as hi + lo (Dekker's product; no FMA in JS). */
function twoProduct(a, b) {
    const p = a * b;
    const split = (v) => {
        const c = 134217729 * v; // 2^27 + 1
        const hi = c - (c - v);
        return [hi, v - hi];
    };
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
/**
 * One-sided Smirnov survival function Pr(D_n^+ >= x) \u2014 scipy.special.smirnov(n, x).
 * Cephes' special cases, then the Birnbaum\u2013Tingey sum
 *   x \u00b7 \u03a3_{v=0}^{\u230an(1\u2212x)\u230b} C(n,v) (x + v/n)^(v\u22121) (1 \u2212 x \u2212 v/n)^(n\u2212v),
 * whose terms are positive, so summing them in log space loses nothing to cancellation.
 */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    // floor(n\u00b7x) and the remainder, exactly: D is usually a ratio of counts, so n\u00b7x sits on or next to an integer.
    const [nxHi, nxLo] = twoProduct(n, x);
    let nxfl = Math.floor(nxHi);
    let alpha;
    if (nxfl === nxHi && nxLo < 0) {
        nxfl -= 1;
        alpha = 1 + nxLo;
    }
    else {
        alpha = nxHi - nxfl + nxLo;
    }
    if (alpha >= 1) {
        nxfl += 1;
        alpha = 0;
    }
    let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        n1mxfl -= 1;
    if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
        // x <= 1/n: cdf = x (1+x)^(n-1)
        return clip01(1 - x * Math.exp((n - 1) * Math.log1p(x)));
    }
    if (-2 * n * x * x < CEPHES_MINLOG)
        return 0;
    if (nxfl >= n - 1)
        return clip01(Math.pow(1 - x, n));
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
        return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
    }
    // log A_v with A_v = C(n,v) (x+v/n)^(v-1) (1-x-v/n)^(n-v); x + v/n = (nxfl + v + alpha)/n keeps n\u00b7x exact.
    const nTerms = n1mxfl + 1;
    const vmid = Math.floor(n / 2);
    let logC = 0; // log C(n, v), accumulated as a scaled product to bound rounding growth
    let cMan = 1;
    let cExp = 0;
    let ref = NaN;
    let sum = 0;
    for (let v = 0; v < nTerms; v++) {
        const t1x = (nxfl + v + alpha) / n;
        const logT2 = t1x < 0.5 ? Math.log1p(-t1x) : Math.log((n - nxfl - v - alpha) / n);
        const logA = v === 0 ? n * Math.log1p(-x) - Math.log(x) : logC + (v - 1) * Math.log(t1x) + (n - v) * logT2;
        if (Number.isNaN(ref))
            ref = logA;
        if (logA - ref > 600) {
            sum *= Math.exp(ref - logA);
            ref = logA;
        }
        const a = Math.exp(logA - ref);
        sum += a;
        if (a !== 0) {
            if (4 * (nTerms - v) * a < DBL_EPSILON * sum && v !== nTerms - 1)
                break;
        }
        else if (v > vmid) {
            break;
        }
        cMan *= (n - v) / (v + 1);
        if (cMan > 2 ** 512 || cMan < 2 ** -512) {
            const e = Math.floor(Math.log2(cMan));
            cMan *= 2 ** -e;
            cExp += e;
        }
        logC = Math.log(cMan) + cExp * Math.LN2;
    }
    return clip01(Math.exp(Math.log(x) + Math.log(sum) + ref));
}
/**
 * Pr(D_n <= x) (cdf) or Pr(D_n > x) (sf) for the two-sided one-sample KS statistic \u2014
 * scipy.stats.kstwo.cdf/sf(x, n). n must be a positive integer.
 */
function kolmogn(n, x, cdf = true) {
    if (Number.isNaN(n) || Number.isNaN(x))
        return NaN;
    if (!Number.isInteger(n) || n <= 0)
        return NaN;
    if (x >= 1)
        return pick(1, 0, cdf);
    if (x <= 0)
        return pick(0, 1, cdf);
    const t = n * x;
    if (t <= 1) {
        // Ruben\u2013Gambino: 1/2n <= x <= 1/n
        if (t <= 0.5)
            return pick(0, 1, cdf);
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else {
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        }
        return pick(prob, 1 - prob, cdf);
    }
    if (t >= n - 1) {
        const prob = 2 * (1 - x) ** n;
        return pick(1 - prob, prob, cdf);
    }
    if (x >= 0.5) {
        const prob = 2 * smirnovSf(n, x);
        return pick(1 - prob, prob, cdf);
    }
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693) {
            const prob = kolmognDMTW(n, x, true);
            return pick(prob, 1 - prob, cdf);
        }
        if (nxsquared <= 4) {
            const prob = kolmognPomeranz(n, x, true);
            return pick(prob, 1 - prob, cdf);
        }
        const prob = 2 * smirnovSf(n, x);
        return pick(1 - prob, prob, cdf);
    }
    // The CDF and SF switch methods at different nx\u00b2.
    if (!cdf) {
        if (nxsquared >= 370)
            return 0;
        if (nxsquared >= 2.2)
            return clip01(2 * smirnovSf(n, x));
    }
    let cdfprob;
    if (nxsquared >= 18)
        cdfprob = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdfprob = kolmognDMTW(n, x, true);
    else
        cdfprob = kolmognPelzGood(n, x, true);
    return pick(cdfprob, 1 - cdfprob, cdf);
}
/** scipy.stats.kstwo.sf(d, n): Pr(D_n > d). */
function kstwoSf(d, n) {
    if (!(Number.isInteger(n) && n >= 1) || Number.isNaN(d))
        return NaN;
    // rv_continuous answers 1 at and below the support's lower end 1/(2n) without calling _sf.
    if (d <= 0.5 / n)
        return 1;
    if (d >= 1)
        return 0;
    return kolmogn(n, d, false);
}

;// CONCATENATED MODULE: ./packages/data/src/drift/ks.ts


/** numpy.round: halves go to the even neighbour (0.5 \u2192 0, 2.5 \u2192 2). */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/**
 * Two-sample Kolmogorov\u2013Smirnov test.
 *
 * D is evaluated at every point of both supports (the empirical CDFs only step
 * there, so that is the exact supremum when both sides are exact). The p-value
 * is SciPy's method='asymp': kstwo.sf(D, round(n\u00b7m/(n+m))) \u2014 the exact
 * one-sample distribution at the effective size, not the kstwobign limit.
 *
 * Degenerate input: identical samples give D = 0, p = 1. When n\u00b7m/(n+m) rounds
 * to 0 (one value on each side) SciPy returns NaN; we use an effective size of 1,
 * which gives p = 1 for D < 1 and p = 0 for D = 1. Throws EmptyDistributionError
 * when either side has no values.
 */
function ksTwoSample(reference, current) {
    errors_assertNotEmpty('ks', reference, current);
    const a = reference.support();
    const b = current.support();
    let d = 0;
    let i = 0;
    let j = 0;
    // Merge-walk the two ascending supports so each distinct point is visited once.
    while (i < a.length || j < b.length) {
        let x;
        if (j >= b.length || (i < a.length && a[i] <= b[j])) {
            x = a[i];
            if (j < b.length && b[j] === x)
                j++;
            i++;
        }
        else {
            x = b[j];
            j++;
        }
        const diff = Math.abs(reference.cdf(x) - current.cdf(x));
        if (diff > d)
            d = diff;
    }
    return ksFromStatistic(d, reference.count, current.count);
}
/** The test from D and both sample sizes: what an engine that computed D itself needs. */
function ksFromStatistic(statistic, nReference, nCurrent) {
    const d = Math.min(1, statistic);
    const [m, n] = nReference >= nCurrent ? [nReference, nCurrent] : [nCurrent, nReference];
    const en = (m * n) / (m + n);
    const pValue = kstwoSf(d, Math.max(1, roundHalfEven(en)));
    return { statistic: d, pValue: Number.isNaN(pValue) ? 1 : pValue };
}

;// CONCATENATED MODULE: ./packages/data/src/drift/psi.ts


/**
 * Floor for a bin's share before taking ln(actual/expected): 1e-4, the usual
 * choice (0.01%). An empty bin then contributes a large but finite term instead
 * of Infinity. Shares below the floor are raised to it; the shares are not
 * renormalised afterwards.
 */
const PSI_EPSILON = 1e-4;
/** One PSI term, (a \u2212 e)\u00b7ln(a/e), on floored shares. */
function psiTerm(expected, actual) {
    const e = Math.max(expected, PSI_EPSILON);
    const a = Math.max(actual, PSI_EPSILON);
    return (a - e) * Math.log(a / e);
}
/**
 * Bin edges at the reference's quantiles 1/k \u2026 (k\u22121)/k, deduplicated (ties and
 * constant columns collapse bins rather than leave empty ones), non-finite
 * edges dropped. The bins are (\u2212\u221e, e1], (e1, e2], \u2026, (e_last, +\u221e).
 */
function quantileEdges(reference, bins = 10) {
    if (!Number.isInteger(bins) || bins < 1)
        throw new RangeError(`psi: bins must be a positive integer, got ${bins}`);
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const e = reference.quantile(i / bins);
        if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1]))
            edges.push(e);
    }
    return edges;
}
/** Shares of `dist` in each bin, from cdf() differences (so the same code serves exact and sketched distributions). */
function binShares(dist, edges) {
    const cdfs = [0, ...edges.map((e) => dist.cdf(e)), 1];
    const shares = [];
    for (let i = 1; i < cdfs.length; i++) {
        const share = cdfs[i] - cdfs[i - 1];
        // A sketch's CDF can dip by a rounding hair (or, if broken, answer NaN): neither may reach a report.
        shares.push(share > 0 ? share : 0);
    }
    return shares;
}
/**
 * Population Stability Index of `current` against `reference`:
 * \u03a3 (actual \u2212 expected)\u00b7ln(actual/expected) over the reference's quantile bins.
 * Identical data gives 0; a constant reference gives two bins, (\u2212\u221e, c] and (c, +\u221e).
 * Throws EmptyDistributionError when either side has no values.
 */
function psi(reference, current, options = {}) {
    errors_assertNotEmpty('psi', reference, current);
    const edges = quantileEdges(reference, options.bins ?? 10);
    const expected = binShares(reference, edges);
    const actual = binShares(current, edges);
    const bins = expected.map((e, i) => ({
        lower: i === 0 ? -Infinity : edges[i - 1],
        upper: i === edges.length ? Infinity : edges[i],
        expected: e,
        actual: actual[i],
    }));
    let value = 0;
    for (const b of bins)
        value += psiTerm(b.expected, b.actual);
    return { value, bins };
}
/**
 * PSI over categories (each category its own bin) on the union of both sides'
 * categories; a category seen on one side only gets the epsilon floor on the other.
 * A single shared category gives 0. Throws EmptyDistributionError when either side is empty.
 */
function psiCategorical(reference, current) {
    assertNotEmpty('psi', reference, current);
    const aligned = alignCategories(reference, current);
    const refTotal = sum(aligned.reference);
    const curTotal = sum(aligned.current);
    assertNotEmpty('psi', { count: refTotal }, { count: curTotal });
    const bins = aligned.categories.map((category, i) => ({
        category,
        expected: aligned.reference[i] / refTotal,
        actual: aligned.current[i] / curTotal,
    }));
    let value = 0;
    for (const b of bins)
        value += psiTerm(b.expected, b.actual);
    return { value, bins };
}

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/agreement.ts

/** The label of requests whose segment neither log holds. */
const NO_SEGMENT = '(none)';
function compareLogs(live, shadow, o) {
    let matched = 0;
    let agreements = 0;
    let scoreMissing = 0;
    const liveScores = [];
    const shadowScores = [];
    const bySegment = new Map();
    for (const [id, l] of live.byId) {
        const s = shadow.byId.get(id);
        if (!s)
            continue;
        matched++;
        // A missing prediction on either side is a disagreement: the user would not have got the live answer.
        const same = l.prediction !== null && l.prediction === s.prediction;
        if (same)
            agreements++;
        if (o.scores) {
            if (Number.isNaN(l.score) || Number.isNaN(s.score))
                scoreMissing++;
            else {
                liveScores.push(l.score);
                shadowScores.push(s.score);
            }
        }
        if (o.segments) {
            const segment = l.segment ?? s.segment ?? NO_SEGMENT;
            const g = bySegment.get(segment) ?? { matched: 0, disagreements: 0 };
            g.matched++;
            if (!same)
                g.disagreements++;
            bySegment.set(segment, g);
        }
    }
    const disagreements = matched - agreements;
    let score = null;
    if (liveScores.length > 0) {
        const reference = exactNumeric(liveScores);
        const current = exactNumeric(shadowScores);
        const ks = ksTwoSample(reference, current);
        score = { count: liveScores.length, liveMean: mean(liveScores), shadowMean: mean(shadowScores), psi: psi(reference, current).value, ksStatistic: ks.statistic, ksPValue: ks.pValue };
    }
    const segments = o.segments
        ? [...bySegment]
            .map(([segment, g]) => ({ segment, ...g, rate: g.disagreements / g.matched, share: disagreements ? g.disagreements / disagreements : 0 }))
            .sort((a, b) => b.disagreements - a.disagreements || b.rate - a.rate || (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0))
        : null;
    return {
        matched,
        liveOnly: live.byId.size - matched,
        shadowOnly: shadow.byId.size - matched,
        agreements,
        disagreements,
        agreement: matched ? agreements / matched : null,
        score,
        scoreMissing,
        segments,
    };
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/mirror.ts




/** `mirror-percentage`: 0\u2013100, fractions allowed (Istio's mirrorPercentage is a double). */
function parseMirrorPercentage(text, where = 'input "mirror-percentage"') {
    const t = text.trim().replace(/%$/, '');
    const n = /^(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : NaN;
    if (!(n >= 0 && n <= 100))
        throw new src/* UserError */.yo(`"${text}" is not a percentage within 0\u2013100.`, { where, hint: 'The share of live requests copied to the shadow, e.g. 100 (every request) or 10.' });
    return n;
}
/** `mirror: command`: an argv template with `{{percent}}`, run with the percentage to mirror and with 0 to remove the mirror. */
function parseMirrorCommand(text, where = 'input "mirror-command"') {
    const argv = argv_parseArgvTemplate(text, where, ['percent']);
    if (!argv.some((a) => /\{\{\s*percent\s*\}\}/.test(a))) {
        throw new src/* UserError */.yo('never mentions {{percent}}, so it cannot set or remove the mirror.', { where, hint: 'Pass the percentage as an argument, e.g. ./scripts/set-mirror.sh {{percent}}' });
    }
    return argv;
}
class NoMirror {
    changes = false;
    description = 'no mirror provider (the traffic is already mirrored)';
    async preflight() { }
    async start() { }
    async remove() { }
}
class CommandMirror {
    argv;
    log;
    changes = true;
    description;
    constructor(argv, log) {
        this.argv = argv;
        this.log = log;
        this.description = `the command \`${argv.join(' ')}\``;
    }
    /** A command cannot be asked whether it would work; parseMirrorCommand already checked its shape. */
    async preflight() { }
    async start(percent) {
        await this.run(percent);
    }
    async remove() {
        await this.run(0);
    }
    async run(percent) {
        await exec_run(argv_fillArgv(this.argv, { percent: String(percent) }), { where: 'input "mirror-command"', log: (line) => this.log(`  ${line}`) });
    }
}
/**
 * Istio VirtualService: every http route that sends to the live subset gets
 * `mirror: {host, subset: shadow}` and `mirrorPercentage: {value}`; removing
 * takes exactly those two fields away again. A route that already mirrors
 * somewhere is refused rather than overwritten (and later removed).
 */
class IstioMirror {
    o;
    changes = true;
    description;
    target;
    constructor(o) {
        this.o = o;
        this.description = `VirtualService ${o.virtualService} -n ${o.namespace}`;
        this.target = { resource: 'virtualservice', name: o.virtualService, namespace: o.namespace, where: 'input "virtual-service"' };
    }
    routes(spec) {
        return Array.isArray(spec?.http) ? spec.http : [];
    }
    isOurs(h) {
        return h.mirror?.subset === this.o.shadowSubset && (this.o.host === undefined || h.mirror.host === this.o.host);
    }
    /** The http routes to mirror, each with the host the shadow's copy goes to. */
    live(spec) {
        const seen = new Set();
        const out = [];
        this.routes(spec).forEach((h, index) => {
            const destinations = (Array.isArray(h.route) ? h.route : []).map((r) => r.destination ?? {});
            for (const d of destinations)
                if (d.subset)
                    seen.add(d.subset);
            const live = destinations.find((d) => d.subset === this.o.liveSubset);
            if (!live)
                return;
            if (h.mirror && !this.isOurs(h)) {
                throw new src/* UserError */.yo(`http[${index}] of VirtualService ${this.o.virtualService} already mirrors to ${h.mirror.host ?? '?'}${h.mirror.subset ? ` subset ${h.mirror.subset}` : ''}; shadow-check will not overwrite another mirror.`, {
                    where: this.target.where,
                    hint: 'Remove that mirror first, or set mirror: none if it already copies traffic to the shadow.',
                });
            }
            const host = this.o.host ?? live.host;
            if (!host)
                throw new src/* UserError */.yo(`http[${index}] of VirtualService ${this.o.virtualService} routes to subset "${this.o.liveSubset}" without a host.`, { where: this.target.where, hint: 'Set mirror-host to the shadow Service host.' });
            out.push({ index, host });
        });
        if (out.length === 0) {
            throw new src/* UserError */.yo(`VirtualService ${this.o.virtualService} -n ${this.o.namespace} has no http route to subset "${this.o.liveSubset}" (subsets found: ${[...seen].join(', ') || 'none'}).`, {
                where: this.target.where,
                hint: 'Set live-subset to the subset of the live model in its DestinationRule.',
            });
        }
        return out;
    }
    async preflight() {
        this.live((await kubectl_object_readObject(this.target)).spec);
    }
    async start(percent) {
        const obj = await kubectl_object_readObject(this.target);
        const ops = this.live(obj.spec).flatMap(({ index, host }) => [
            // `add` replaces a member that exists (our own mirror from an earlier, interrupted run).
            { op: 'add', path: `/spec/http/${index}/mirror`, value: { host, subset: this.o.shadowSubset } },
            { op: 'add', path: `/spec/http/${index}/mirrorPercentage`, value: { value: percent } },
        ]);
        await kubectl_object_patchObject(this.target, obj, ops);
    }
    async remove() {
        const obj = await kubectl_object_readObject(this.target);
        const ops = this.routes(obj.spec).flatMap((h, index) => this.isOurs(h) ? [{ op: 'remove', path: `/spec/http/${index}/mirror` }, ...('mirrorPercentage' in h ? [{ op: 'remove', path: `/spec/http/${index}/mirrorPercentage` }] : [])] : []);
        if (ops.length)
            await kubectl_object_patchObject(this.target, obj, ops);
    }
}
function createMirror(config, log) {
    switch (config.provider) {
        case 'none':
            return new NoMirror();
        case 'command':
            return new CommandMirror(config.argv, log);
        case 'istio':
            return new IstioMirror(config);
    }
}

;// CONCATENATED MODULE: ./packages/data/src/table.ts
const isNumericKind = (kind) => kind === 'int' || kind === 'float' || kind === 'decimal';
const isTemporalKind = (kind) => kind === 'timestamp' || kind === 'date';
/** null, undefined and NaN are "missing", matching pandas.isnull. */
const isMissing = (v) => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
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
var read_source = __webpack_require__(6814);
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
            sources.push(await (await Promise.all(/* import() */[__webpack_require__.e(447), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 3247))).openParquet(file, abs));
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
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
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
var dist = __webpack_require__(3382);
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
const confine_target = (link) => promises_default().readlink(link);
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
            throw new src/* UserError */.yo(`${at.show(link)} is a link loop (it points to ${await confine_target(link)})`, { where: at.where, hint: 'Replace the link with the file or directory it should point to.' });
        throw new src/* UserError */.yo(`cannot follow the link ${at.show(link)} (${code ?? e.message})`, { where: at.where });
    }
}
const danglingLink = async (link, at) => new src/* UserError */.yo(`${at.show(link)} is a link to ${await confine_target(link)}, which does not exist`, { where: at.where, hint: 'Remove the link or restore the file it points to.' });
const linkOutOfDataset = async (link, root, at) => new src/* UserError */.yo(`${at.show(link)} is a link to ${await confine_target(link)}, outside the dataset ${at.show(root)}`, { where: at.where, hint: HINT_OUT });
const linkLoop = async (link, at) => new src/* UserError */.yo(`${at.show(link)} is a link loop: it points to ${await confine_target(link)}, a directory that contains it`, { where: at.where, hint: 'Remove the link; a dataset directory cannot contain itself.' });
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
var file_formats = __webpack_require__(2100);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./packages/data/src/read/remote-files.ts
var remote_files = __webpack_require__(5591);
;// CONCATENATED MODULE: ./packages/data/src/read/remote.ts





/**
 * Data in object storage, read through a local copy: `s3://bucket/key` (one
 * object), `s3://bucket/prefix/` (every object under it, as a directory) and
 * `https://\u2026` (one object, e.g. a presigned URL) are downloaded to a temporary
 * directory under RUNNER_TEMP, and the local path goes to the ordinary readers.
 * The S3 client is loaded only when an s3:// location is read, so bundles that
 * never read one do not carry it.
 */

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
/** Whether `spec` names a URL rather than a local path, glob or directory. */
const isRemoteSpec = (spec) => SCHEME.test(spec.trim());
const REFUSED_HINT = 'Object storage is read from s3:// URLs (AWS S3, or an S3-compatible store such as MinIO, Cloudflare R2, Ceph or Google Cloud Storage with HMAC keys, through AWS_ENDPOINT_URL_S3) or from an https:// URL such as a presigned or signed URL.';
/** The location `spec` names, or undefined for a local path. Schemes that cannot be read are refused here. */
function parseRemote(spec, where) {
    const url = spec.trim();
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    if (scheme === undefined)
        return undefined;
    if (scheme === 'http' || scheme === 'https') {
        if (!URL.canParse(url))
            throw new src/* UserError */.yo(`"${(0,remote_files/* showRemote */.GT)(url)}" is not a valid URL.`, { where, hint: 'Give the full URL of the object, e.g. a presigned URL.' });
        return { scheme: 'http', url };
    }
    if (scheme === 's3') {
        const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/is.exec(url);
        const bucket = m?.[1] ?? '';
        // S3's bucket naming rules (lower case, digits, dots, hyphens; 3\u201363 characters).
        if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
            throw new src/* UserError */.yo(`"${url}" does not name a valid bucket ("${bucket}").`, { where, hint: 'Write s3://bucket/key for one object or s3://bucket/prefix/ for every object under a prefix; bucket names are 3\u201363 lower-case letters, digits, dots and hyphens.' });
        }
        const key = m?.[2] ?? '';
        return { scheme: 's3', url, bucket, key, directory: key === '' || key.endsWith('/') };
    }
    const gcs = scheme === 'gs' ? ' Google Cloud Storage is read through its S3-compatible XML API: s3://bucket/key with AWS_ENDPOINT_URL_S3=https://storage.googleapis.com and an HMAC key as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or a signed https:// URL.' : '';
    throw new src/* UserError */.yo(`"${(0,remote_files/* showRemote */.GT)(url)}": ${scheme}:// locations cannot be read.${gcs}`, { where, hint: REFUSED_HINT });
}
/**
 * Checks that the location can be read (credentials, access, the bucket)
 * without downloading it. A location with nothing there yet throws RemoteMissing.
 */
async function checkRemote(location, options) {
    if (location.scheme === 's3')
        return (await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 7572))).checkS3(location, options);
    return (await __webpack_require__.e(/* import() */ 886).then(__webpack_require__.bind(__webpack_require__, 1886))).checkHttp(location.url, options);
}
/** Downloads the location to a fresh directory under RUNNER_TEMP (or the system's temp directory). */
async function downloadRemote(location, options) {
    const root = process.env.RUNNER_TEMP || external_node_os_default().tmpdir();
    const dir = await promises_default().mkdtemp(external_node_path_default().join(root, 'mlship-remote-'));
    const cleanup = () => promises_default().rm(dir, { recursive: true, force: true });
    try {
        const got = location.scheme === 's3' ? await (await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(572)]).then(__webpack_require__.bind(__webpack_require__, 7572))).downloadS3(location, dir, options) : await (await __webpack_require__.e(/* import() */ 886).then(__webpack_require__.bind(__webpack_require__, 1886))).downloadHttp(location.url, dir, options);
        return { ...got, shown: (0,remote_files/* showRemote */.GT)(location.url), cleanup };
    }
    catch (e) {
        await cleanup();
        throw e;
    }
}
/**
 * Runs `read` on a local copy of `spec` (or on `spec` itself when it is a
 * local path) and removes the copy afterwards, whatever `read` does.
 */
async function withLocalCopy(spec, options, read) {
    const location = parseRemote(spec, options.where);
    if (!location)
        return read(spec.trim(), spec.trim());
    const copy = await downloadRemote(location, options);
    try {
        return await read(copy.path, copy.shown);
    }
    finally {
        await copy.cleanup();
    }
}
const isRemoteMissing = (e) => e instanceof remote_files/* RemoteMissing */.lm;

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/predictions.ts





/** Text a prediction or id compares by: numbers in JavaScript's shortest form, booleans as true/false. */
const key = (v) => (isMissing(v) ? null : typeof v === 'string' ? v : String(v));
/** The remote location `spec` names, or undefined for a local path; an empty spec or a scheme that cannot be read is refused. */
function parseLogLocation(spec, where) {
    const trimmed = spec.trim();
    if (trimmed === '')
        throw new src/* UserError */.yo('is empty.', { where, hint: 'Give the path of the predictions log (a file, directory or glob), an s3:// URL or an https:// URL.' });
    return parseRemote(trimmed, where);
}
/**
 * The log at `local` as a dataset with its columns checked, or why it cannot
 * be judged (not there, empty). Messages name it as `shown`: the path as
 * given, or the URL a local copy was downloaded from.
 */
async function openLog(local, shown, columns, where, cwd) {
    if (!/[*?[{]/.test(local) && !external_node_fs_default().existsSync(external_node_path_default().resolve(cwd, local)))
        return { spec: shown, missing: `${shown} does not exist` };
    let dataset;
    try {
        dataset = await openDataset(local, { cwd, role: where });
    }
    catch (e) {
        // A local copy's temporary path means nothing to the user: its messages name the URL.
        const rename = (text) => (shown.endsWith('/') ? text.replaceAll(`${local}${(external_node_path_default()).sep}`, shown) : text).replaceAll(local, shown);
        const named = local === shown || !(0,src/* isUserError */.iU)(e) ? e : new src/* UserError */.yo(rename(e.message), { where: e.details.where && rename(e.details.where), hint: e.details.hint });
        // An empty file or directory, or a glob matching nothing, is a log nobody wrote yet, like a missing file.
        if ((0,src/* isUserError */.iU)(named) && /matches no files|holds no data files|the file is empty|^no rows/.test(named.message))
            return { spec: shown, missing: `${shown}: ${named.message}` };
        throw named;
    }
    const fields = new Map(dataset.schema.fields.map((f) => [f.name, f]));
    const need = (input, name) => {
        const f = fields.get(name);
        if (!f)
            throw new src/* UserError */.yo(`${shown} has no column "${name}" (columns: ${[...fields.keys()].join(', ') || 'none'}).`, { where: `input "${input}"`, hint: `Name the column the log keeps it in.` });
        return f;
    };
    need('id-column', columns.id);
    need('prediction-column', columns.prediction);
    if (columns.scoreRequired || fields.has(columns.score)) {
        const f = need('score-column', columns.score);
        if (!isNumericKind(f.kind))
            throw new src/* UserError */.yo(`column "${columns.score}" of ${shown} holds ${f.kind} values, not numbers.`, { where: 'input "score-column"', hint: 'The score is the model\u2019s numeric output (a probability, a regression value).' });
    }
    if (columns.segment !== undefined)
        need('segment-column', columns.segment);
    return dataset;
}
/**
 * Before anything is mirrored: a log that is already there must have the
 * columns asked for, so a misnamed column fails now rather than after the
 * mirrored period. A log not written yet is fine here. A remote log is only
 * checked for access (credentials, bucket, permissions), not downloaded: it
 * may be large, and it is read in full after the mirrored period.
 */
async function preflightLog(spec, columns, where, options = {}) {
    const remote = parseLogLocation(spec, where);
    if (!remote) {
        await openLog(spec.trim(), spec.trim(), columns, where, options.cwd ?? process.cwd());
        return;
    }
    await checkRemote(remote, { where, log: options.log }).catch((e) => {
        if (!isRemoteMissing(e))
            throw e;
    });
}
async function readPredictions(spec, columns, where, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const remote = parseLogLocation(spec, where);
    if (!remote)
        return readLog(spec.trim(), spec.trim(), columns, where, cwd);
    let copy;
    try {
        copy = await downloadRemote(remote, { where, log: options.log });
    }
    catch (e) {
        // Nothing there (no such key, an empty prefix) is a log nobody wrote, as a missing local file is.
        if (isRemoteMissing(e))
            return { spec: (0,remote_files/* showRemote */.GT)(remote.url), missing: e.message };
        throw e;
    }
    try {
        return await readLog(copy.path, copy.shown, columns, where, cwd);
    }
    finally {
        await copy.cleanup();
    }
}
async function readLog(local, shown, columns, where, cwd) {
    const dataset = await openLog(local, shown, columns, where, cwd);
    if ('missing' in dataset)
        return dataset;
    const score = dataset.schema.fields.some((f) => f.name === columns.score) ? columns.score : undefined;
    // The same column may play two parts (a segment that is the prediction): each is read once.
    const read = [...new Set([columns.id, columns.prediction, score, columns.segment].filter((c) => c !== undefined))];
    const log = { spec: shown, hasScore: score !== undefined, rows: 0, byId: new Map(), duplicates: 0, missingIds: 0 };
    // Batches hold the asked-for columns in the dataset's column order.
    const order = dataset.schema.fields.map((f) => f.name).filter((n) => read.includes(n));
    for await (const batch of dataset.batches({ columns: read })) {
        const col = (name) => (name === undefined ? undefined : batch.columns[order.indexOf(name)]);
        const [ids, predictions, scores, segments] = [col(columns.id), col(columns.prediction), col(score), col(columns.segment)];
        for (let r = 0; r < batch.numRows; r++) {
            log.rows++;
            const id = key(ids[r]);
            if (id === null) {
                log.missingIds++;
                continue;
            }
            if (log.byId.has(id)) {
                log.duplicates++;
                continue;
            }
            const s = scores?.[r];
            log.byId.set(id, { prediction: key(predictions[r]), score: typeof s === 'number' ? s : NaN, segment: segments ? key(segments[r]) : null });
        }
    }
    if (log.rows === 0)
        return { spec: shown, missing: `${shown} holds no rows` };
    return log;
}
const isUnreadable = (log) => 'missing' in log;

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/thresholds.ts

/**
 * The `thresholds` input: limits on how the shadow's answers compare with the
 * live model's, written as every mlship threshold is (`agreement >= 0.97,
 * score_psi < 0.1, score_ks_pvalue > 0.01`).
 */
const AGREEMENT_METRICS = {
    agreement: 'share of matched requests given the same prediction',
    disagreement: 'share of matched requests given a different prediction',
    score_psi: 'PSI of the shadow scores against the live scores',
    score_ks: 'KS statistic D between the live and shadow scores',
    score_ks_pvalue: 'two-sample KS p-value of the live and shadow scores',
};
const SCORE_METRICS = ['score_psi', 'score_ks', 'score_ks_pvalue'];
function parseAgreementThresholds(text, where = 'input "thresholds"') {
    const list = (0,src/* parseThresholdList */.b2)(text, where);
    if (list.length === 0)
        throw new src/* UserError */.yo('has no thresholds, so the predictions would not be judged.', { where, hint: 'e.g. "agreement >= 0.97, score_psi < 0.1".' });
    const seen = new Set();
    return list.map((t) => {
        if (!(t.metric in AGREEMENT_METRICS)) {
            throw new src/* UserError */.yo(`unknown metric "${t.metric}".${(0,src/* suggestion */.h)(t.metric, Object.keys(AGREEMENT_METRICS))}`, { where, hint: `Use ${Object.keys(AGREEMENT_METRICS).join(', ')}; the shadow's error rate and latency go in metrics.` });
        }
        if (seen.has(t.metric))
            throw new src/* UserError */.yo(`metric "${t.metric}" is listed twice.`, { where, hint: 'Give each metric one threshold.' });
        seen.add(t.metric);
        return t;
    });
}
/** Whether a threshold is on the scores: then both logs must hold score-column. */
const needsScores = (thresholds) => thresholds.some((t) => SCORE_METRICS.includes(t.metric));
/** The metric's value; null when it cannot be computed (no matched request, no scores). */
function agreementValue(a, metric) {
    switch (metric) {
        case 'agreement':
            return a.agreement;
        case 'disagreement':
            return a.matched ? a.disagreements / a.matched : null;
        case 'score_psi':
            return a.score?.psi ?? null;
        case 'score_ks':
            return a.score?.ksStatistic ?? null;
        case 'score_ks_pvalue':
            return a.score?.ksPValue ?? null;
    }
}
const judgeThresholds = (a, thresholds) => thresholds.map((threshold) => {
    const value = agreementValue(a, threshold.metric);
    return { threshold, value, passed: value === null ? null : (0,src/* compare */.UD)(value, threshold.op, threshold.value) };
});

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/verdict.ts


function judgeShadow(j) {
    const failures = [];
    const unjudged = [];
    const failedMetrics = [];
    if (j.cancelled)
        unjudged.push(`the run was cancelled (${j.cancelled}) before the mirror period ended`);
    if (j.health.health === 'unhealthy') {
        for (const c of j.health.conditions.filter((x) => x.passed === false))
            failedMetrics.push(c.id);
        failures.push(`the shadow ${j.health.reasons.filter((r) => /breaks/.test(r)).join('; ')}`);
    }
    else if (j.health.health === 'inconclusive')
        unjudged.push(`the shadow's metrics cannot be judged: ${j.health.reasons.join('; ')}`);
    for (const log of [j.live, j.shadow])
        if (isUnreadable(log))
            unjudged.push(`${log === j.live ? 'live' : 'shadow'} predictions log: ${log.missing}`);
    if (j.agreement && j.agreement.matched < j.minMatched)
        unjudged.push(`${j.agreement.matched} request(s) are in both predictions logs, fewer than min-matched ${j.minMatched}`);
    if (j.agreement && j.agreement.matched >= j.minMatched) {
        for (const t of j.thresholds) {
            if (t.passed === false) {
                failedMetrics.push(t.threshold.metric);
                failures.push(`${t.threshold.metric} ${formatValue(t.value)} breaks ${t.threshold.source}`);
            }
            else if (t.passed === null)
                unjudged.push(`${t.threshold.metric} cannot be computed (${t.threshold.metric.startsWith('score') ? 'no matched request has a score in both logs' : 'no matched request'})`);
        }
    }
    if (failures.length)
        return { verdict: 'reject', reasons: [...failures, ...unjudged], failedMetrics };
    if (unjudged.length)
        return { verdict: 'inconclusive', reasons: unjudged, failedMetrics };
    return { verdict: 'promote', reasons: ['the shadow met every metric and agreement threshold'], failedMetrics };
}
const formatValue = (v) => (v === 0 ? '0' : Math.abs(v) < 0.001 ? v.toPrecision(3) : String(Number(v.toPrecision(4))));
/** What would have changed for users, in one sentence. */
function userImpact(a) {
    if (!a || a.matched === 0)
        return 'No request is in both predictions logs, so what users would have seen cannot be told.';
    const n = groupDigits(a.matched);
    if (a.disagreements === 0)
        return `Every one of the ${n} mirrored requests would have received the same prediction.`;
    const pct = `${Number(((a.disagreements / a.matched) * 100).toPrecision(3))}%`;
    const top = a.segments?.[0];
    const where = top && top.disagreements > 0 && a.segments.length > 1 ? `; most in segment ${top.segment} (${top.disagreements} of ${a.disagreements})` : '';
    return `${pct} of requests (${groupDigits(a.disagreements)} of ${n} mirrored) would have received a different prediction${where}.`;
}

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/report.ts



const verdictWord = { promote: 'promote', reject: 'reject', inconclusive: 'inconclusive (not promoted)' };
function buildShadowReport(run, j, outcome) {
    const a = j.agreement;
    const checks = [
        { id: 'verdict', title: 'Shadow verdict', status: outcome.verdict === 'promote' ? 'pass' : 'fail', observed: outcome.verdict, expected: 'promote', detail: `${outcome.reasons.join('; ')}.` },
        {
            id: 'shadow-traffic',
            title: 'Shadow traffic',
            status: j.health.requests !== null && j.health.requests.requests >= run.minRequests ? 'pass' : 'fail',
            observed: j.health.requests?.requests ?? null,
            expected: `\u2265 ${run.minRequests} requests`,
            detail: j.health.requests === null ? 'no request data for the shadow' : undefined,
        },
        ...j.health.conditions.map((c) => ({
            id: `metric.${c.id}`,
            title: `Shadow ${c.id}`,
            status: c.passed === null ? 'skip' : c.passed ? 'pass' : 'fail',
            observed: c.value === null ? null : formatValue(c.value),
            expected: (0,src/* formatThreshold */.B6)(c.threshold),
            detail: c.passed === null ? `no data for ${c.id}` : undefined,
        })),
        {
            id: 'predictions',
            title: 'Requests in both predictions logs',
            status: a && a.matched >= j.minMatched ? 'pass' : 'fail',
            observed: a?.matched ?? null,
            expected: `\u2265 ${j.minMatched} (min-matched)`,
            detail: [j.live, j.shadow].filter(isUnreadable).map((l) => l.missing).join('; ') || undefined,
        },
        ...j.thresholds.map((t) => ({
            id: `agreement.${t.threshold.metric}`,
            title: t.threshold.metric,
            status: t.passed === null ? 'skip' : t.passed ? 'pass' : 'fail',
            observed: t.value === null ? null : formatValue(t.value),
            expected: (0,src/* formatThreshold */.B6)(t.threshold),
            detail: t.passed === null ? 'not computable: no matched requests (or no scores on both sides)' : undefined,
        })),
    ];
    const skipped = [j.live, j.shadow].filter((l) => !isUnreadable(l) && (l.duplicates > 0 || l.missingIds > 0));
    if (skipped.length) {
        checks.push({
            id: 'predictions.unjoinable',
            title: 'Log rows left out of the join',
            status: 'warn',
            detail: skipped.map((l) => `${l.spec}: ${l.duplicates} repeated request id(s) (the first row counts), ${l.missingIds} row(s) without a request id`).join('; '),
        });
    }
    const tables = [logsTable(j)];
    if (a?.score) {
        tables.push({
            title: 'Score distribution, live vs shadow (matched requests)',
            columns: ['Requests with both scores', 'Live mean', 'Shadow mean', 'PSI', 'KS D', 'KS p-value', 'Without a score'],
            rows: [[a.score.count, formatValue(a.score.liveMean), formatValue(a.score.shadowMean), formatValue(a.score.psi), formatValue(a.score.ksStatistic), formatValue(a.score.ksPValue), a.scoreMissing]],
        });
    }
    const charts = [];
    if (a?.segments?.length) {
        tables.push({
            title: 'Disagreements by segment',
            folded: false,
            columns: ['Segment', 'Matched requests', 'Different prediction', 'Rate', 'Share of all disagreements'],
            rows: a.segments.map((s) => [s.segment, s.matched, s.disagreements, report_pct(s.rate), report_pct(s.share)]),
        });
        const top = a.segments.slice(0, 20);
        charts.push({ title: `Disagreement % by segment${a.segments.length > top.length ? ` (${top.length} of ${a.segments.length} segments with most disagreements)` : ''}`, kind: 'bar', x: top.map((s) => s.segment), yLabel: 'different prediction %', series: [{ name: 'disagreement', values: top.map((s) => s.rate * 100) }] });
    }
    return (0,src/* createReport */.LU)({
        action: 'shadow-check',
        title: 'Shadow analysis',
        summary: `Verdict: **${verdictWord[outcome.verdict]}** \u2014 ${outcome.reasons.join('; ')}. ${userImpact(a)} ${run.mirror ? `Mirror: ${run.percent}% of live requests on ${run.mirror}` : 'Mirror: set outside this step (mirror: none)'}, judged over ${Math.round(run.seconds)} s; the live model answered every request.`,
        checks,
        tables,
        charts,
        data: { verdict: outcome.verdict, reasons: outcome.reasons, impact: userImpact(a), failedMetrics: outcome.failedMetrics, mirror: run, agreement: a, thresholds: j.thresholds.map((t) => ({ metric: t.threshold.metric, threshold: t.threshold.source, value: t.value, passed: t.passed })), health: j.health },
    });
}
const report_pct = (v) => `${Number((v * 100).toPrecision(3))}%`;
function logsTable(j) {
    const a = j.agreement;
    const row = (name, log, only) => isUnreadable(log) ? [name, log.spec, null, null, null, null, null, log.missing] : [name, log.spec, log.rows, log.byId.size, log.duplicates, log.missingIds, log.hasScore ? 'yes' : 'no', only ?? null];
    return {
        title: 'Predictions logs, joined on request id',
        folded: false,
        columns: ['Log', 'Path', 'Rows', 'Request ids', 'Repeated ids (first row kept)', 'Rows without id', 'Score column', `Only in this log (${a?.matched ?? 0} in both)`],
        rows: [row('live', j.live, a?.liveOnly), row('shadow', j.shadow, a?.shadowOnly)],
    };
}

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/source-inputs.ts



/**
 * The metric-source inputs as shadow-check names them: only the shadow is
 * read (its errors and latency), through the shared metric layer's `canary`
 * track, so `shadow-metrics-url` and `shadow-track` stand in for the canary's
 * and nothing about a stable track is asked for.
 */
const { 'canary-track': source_inputs_canaryTrack, 'stable-track': source_inputs_stableTrack, 'canary-metrics-url': source_inputs_canaryUrl, 'stable-metrics-url': source_inputs_stableUrl, ...source_inputs_shared } = metricSourceInputs;
const shadowSourceInputs = {
    ...source_inputs_shared,
    'shadow-track': schemas/* string */.YjP().default('shadow'),
    'shadow-metrics-url': schemas/* string */.YjP().optional(),
};
/** The shared inputs the metric layer reads, with the shadow as its canary track. */
function source_inputs_toMetricSourceInputs(i) {
    const url = i['shadow-metrics-url'];
    if (i.source === 'scrape' && url !== undefined && !/^https?:\/\//i.test(url.trim())) {
        throw new src/* UserError */.yo(`"${url}" is not an http(s) URL.`, { where: 'input "shadow-metrics-url"', hint: "Give the shadow service's metrics page, e.g. http://model-shadow.prod:8080/metrics." });
    }
    return { ...i, 'canary-track': i['shadow-track'], 'stable-track': 'stable', 'canary-metrics-url': url, 'stable-metrics-url': undefined };
}
/** What the shared metric layer's messages call its tracks here. */
const SHADOW_TRACK_NAMES = { canary: 'shadow', stable: 'live' };

;// CONCATENATED MODULE: ./packages/rollout/src/shadow/index.ts








;// CONCATENATED MODULE: ./actions/shadow-check/src/state.ts
/** GITHUB_STATE keys shared by the main step and the post: step (kept apart so the post bundle stays small). */
const STATE_MIRROR = 'shadow-mirror';
const STATE_REMOVED = 'shadow-mirror-removed';

;// CONCATENATED MODULE: ./actions/shadow-check/src/action.ts





const inputs = schemas/* object */.Ikc({
    ...shadowSourceInputs,
    metrics: schemas/* string */.YjP().default('error-rate < 0.01, p95-latency < 0.5'),
    duration: durationInput().default(300),
    'mirror-percentage': schemas/* string */.YjP().default('100'),
    'min-requests': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(0)).default(20),
    mirror: schemas/* enum */.k5n(['none', 'command', 'istio']).default('none'),
    'mirror-command': schemas/* string */.YjP().optional(),
    'virtual-service': schemas/* string */.YjP().optional(),
    'live-subset': schemas/* string */.YjP().default('stable'),
    'shadow-subset': schemas/* string */.YjP().default('shadow'),
    'mirror-host': schemas/* string */.YjP().optional(),
    'live-predictions': schemas/* string */.YjP(),
    'shadow-predictions': schemas/* string */.YjP(),
    'id-column': schemas/* string */.YjP().default('request_id'),
    'prediction-column': schemas/* string */.YjP().default('prediction'),
    'score-column': schemas/* string */.YjP().default('score'),
    'segment-column': schemas/* string */.YjP().optional(),
    thresholds: schemas/* string */.YjP().default('agreement >= 0.97, score_psi < 0.1'),
    'min-matched': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(1)).default(100),
    'fail-on': (0,src/* failOnInput */.cR)(),
    'report-path': schemas/* string */.YjP().default('mlship-reports/shadow-check'),
});
function mirrorConfig(i) {
    const need = (name, hint) => {
        const v = i[name];
        if (!v)
            throw new src/* UserError */.yo(`input "${name}" is required with mirror: ${i.mirror}.`, { hint });
        return v;
    };
    switch (i.mirror) {
        case 'none':
            return { provider: 'none' };
        case 'command':
            return { provider: 'command', argv: parseMirrorCommand(need('mirror-command', 'e.g. ./scripts/set-mirror.sh {{percent}}')) };
        case 'istio':
            return {
                provider: 'istio',
                virtualService: need('virtual-service', 'Name the VirtualService that routes to the live model, e.g. ml-model.'),
                namespace: need('namespace', 'The namespace of the VirtualService, e.g. production.'),
                liveSubset: i['live-subset'],
                shadowSubset: i['shadow-subset'],
                ...(i['mirror-host'] ? { host: i['mirror-host'] } : {}),
            };
    }
}
function createShadowCheck(options = {}) {
    return (0,src/* defineAction */.QP)({
        name: 'shadow-check',
        inputs,
        secrets: [...metricSourceSecrets],
        async run(i, io) {
            // Its query maps, metric lists and command lists may be YAML.
            await (0,src/* loadYamlParser */.D7)();
            const conditions = parseHealthConditions(i.metrics, i, { action: 'shadow-check', input: 'metrics', example: '"error-rate < 0.01, p95-latency < 0.5"' });
            const percent = parseMirrorPercentage(i['mirror-percentage']);
            const thresholds = parseAgreementThresholds(i.thresholds);
            const columns = {
                id: i['id-column'],
                prediction: i['prediction-column'],
                score: i['score-column'],
                scoreRequired: needsScores(thresholds),
                ...(i['segment-column'] ? { segment: i['segment-column'] } : {}),
            };
            // A presigned URL's query is its credential: masked wherever the runner might echo it.
            for (const spec of [i['live-predictions'], i['shadow-predictions']]) {
                const query = /^https?:\/\/[^?#]*(\?[^#]+)/i.exec(spec.trim())?.[1];
                if (query)
                    io.setSecret(query);
            }
            const logOptions = { log: (line) => io.info(line) };
            await preflightLog(i['live-predictions'], columns, 'input "live-predictions"', logOptions);
            await preflightLog(i['shadow-predictions'], columns, 'input "shadow-predictions"', logOptions);
            if (!(i.duration > 0))
                throw new src/* UserError */.yo(`must be more than 0 seconds, got ${i.duration}.`, { where: 'input "duration"', hint: 'How long the shadow gets mirrored traffic, e.g. 10m.' });
            // A rate needs two readings of the counters inside the mirrored period.
            if (i.duration < 2 * i['scrape-interval']) {
                throw new src/* UserError */.yo(`duration (${i.duration} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "duration"', hint: 'Lengthen duration, or shorten scrape-interval.' });
            }
            const config = mirrorConfig(i);
            const mirror = createMirror(config, (l) => io.info(l));
            const source = await createMetricSource(source_inputs_toMetricSourceInputs(i), io, { tracks: ['canary'], trackNames: SHADOW_TRACK_NAMES });
            try {
                await preflight_tracks_preflightMetricSource(source, [{ track: 'canary', name: 'shadow', urlInput: 'shadow-metrics-url', url: i['shadow-metrics-url'] }], conditions.map((c) => c.metric), { interval: i.duration });
                await mirror.preflight();
                io.info(`Shadow analysis: ${mirror.changes ? `mirroring ${percent}% of live requests to the shadow on ${mirror.description}` : 'observe only (mirror: none \u2014 the traffic is already mirrored)'} for ${i.duration} s; the live model answers every request. Shadow metrics ${conditions.map((c) => c.threshold.source).join(', ')}; agreement ${thresholds.map((t) => t.source).join(', ')}.`);
                // Saved before the mirror is set: a cancelled job's post: step removes it.
                if (mirror.changes)
                    io.saveState(STATE_MIRROR, JSON.stringify(config));
                let cancelled;
                let start = Date.now() / 1000;
                try {
                    await mirror.start(percent);
                    start = Date.now() / 1000;
                    if (mirror.changes)
                        io.info(`Mirror set: ${percent}% of live requests are copied to the shadow.`);
                    await (0,src/* sleep */.yy)(i.duration * 1000, options.signal).catch((e) => {
                        if (!options.signal?.aborted)
                            throw e;
                        cancelled = (0,src/* describeError */.Uc)(options.signal.reason);
                    });
                }
                finally {
                    // Whatever happened, the shadow must not keep receiving copies (the CLI has no post: step).
                    if (mirror.changes) {
                        await mirror.remove().then(() => {
                            io.saveState(STATE_REMOVED, 'true');
                            io.info(`Mirror removed from ${mirror.description}.`);
                        }, (e) => io.warning(`could not remove the mirror (${(0,src/* describeError */.Uc)(e)}); the post: step will try again.`));
                    }
                }
                const mirrored = { start, end: Date.now() / 1000 };
                if (cancelled)
                    io.info(`Stopping: the run was cancelled (${cancelled}); judging what was mirrored so far.`);
                const health = await health_checkHealth(source, 'canary', mirrored, conditions, i['min-requests']).catch((e) => {
                    if (!(e instanceof source_MetricSourceUnavailable))
                        throw e;
                    return { health: 'inconclusive', requests: null, conditions: [], reasons: [`metrics unavailable: ${e.line}`] };
                });
                const live = await readPredictions(i['live-predictions'], columns, 'input "live-predictions"', logOptions);
                const shadow = await readPredictions(i['shadow-predictions'], columns, 'input "shadow-predictions"', logOptions);
                const agreement = isUnreadable(live) || isUnreadable(shadow) ? null : compareLogs(live, shadow, { scores: live.hasScore && shadow.hasScore, segments: columns.segment !== undefined });
                const judged = agreement ? judgeThresholds(agreement, thresholds) : thresholds.map((threshold) => ({ threshold, value: null, passed: null }));
                const judgement = { health, live, shadow, agreement, thresholds: judged, minMatched: i['min-matched'], cancelled };
                const outcome = judgeShadow(judgement);
                io.info(`${outcome.verdict === 'promote' ? 'Promote' : outcome.verdict === 'reject' ? 'Reject' : 'Inconclusive'}: ${outcome.reasons.join('; ')}. ${userImpact(agreement)}`);
                const report = buildShadowReport({ mirror: mirror.changes ? mirror.description : null, percent, seconds: mirrored.end - mirrored.start, minRequests: i['min-requests'] }, judgement, outcome);
                return {
                    report,
                    outputs: {
                        verdict: outcome.verdict,
                        agreement: String(agreement?.agreement ?? ''),
                        impact: userImpact(agreement),
                        'failed-metrics': JSON.stringify(outcome.failedMetrics),
                        'segments-json': JSON.stringify(agreement?.segments ?? []),
                    },
                };
            }
            finally {
                await source.close();
            }
        },
    });
}
const shadowCheck = createShadowCheck();


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

/***/ 198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ lazyBuiltin)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
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

/***/ 7447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J_: () => (/* reexport */ RetryError),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  UD: () => (/* reexport */ compare),
  LU: () => (/* reexport */ report/* createReport */.LU),
  QP: () => (/* reexport */ action.defineAction),
  Uc: () => (/* reexport */ errors/* describeError */.Uc),
  cR: () => (/* reexport */ inputs/* failOnInput */.cR),
  B6: () => (/* reexport */ formatThreshold),
  FK: () => (/* reexport */ isInside),
  iU: () => (/* reexport */ errors/* isUserError */.iU),
  D7: () => (/* reexport */ loadYamlParser),
  QR: () => (/* reexport */ inputs/* numberInput */.QR),
  b2: () => (/* reexport */ parseThresholdList),
  AA: () => (/* reexport */ readConfigDocument),
  ND: () => (/* reexport */ refuseLinkOutOfWorkspace),
  L5: () => (/* reexport */ retry),
  yy: () => (/* reexport */ sleep),
  h: () => (/* reexport */ suggest_suggestion),
  $z: () => (/* reexport */ yamlParser)
});

// UNUSED EXPORTS: backoffDelay, booleanInput, cliIO, codeBlock, configJsonSchema, describeInputs, details, didYouMean, effectiveStatus, escapeMarkdown, failedChecks, formatNumber, formatPath, formatScalar, forwardCancellation, groupDigits, killGroupAfter, margin, markdownTable, mermaidChart, overallStatus, parseConfigDocument, parseDuration, parseInputs, parseThreshold, renderComment, renderSummary, renderText, runAction, runnerIO, sentences, shouldFail, signalGroup, statusBadge, terminateGroup, validateConfig, writeFileAtomic

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


/***/ }),

/***/ 4470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports realProgressClock, PROGRESS_EVERY_MS, progressLine, withProgress, formatDuration */


const realProgressClock = {
    now: () => Date.now(),
    every(ms, tick) {
        const timer = setInterval(tick, ms);
        timer.unref();
        return () => clearInterval(timer);
    },
};
const PROGRESS_EVERY_MS = 5000;
/**
 * One progress line: share of the bytes read, rows per second and the time
 * left, estimated from the bytes (a row count is unknown until the end, and
 * while one long line is read no row finishes but bytes still come in).
 */
function progressLine(s) {
    const share = s.totalBytes > 0 ? Math.min(1, s.bytes / s.totalBytes) : 0;
    const parts = [`${s.role}: ${s.phase === 'schema' ? 'column types pass, ' : ''}${Math.floor(share * 100)}% of ${formatBytes(s.totalBytes)} read`];
    const seconds = s.elapsedMs / 1000;
    if (s.rows !== undefined)
        parts.push(`${groupDigits(s.rows)} rows (${groupDigits(Math.round(seconds > 0 ? s.rows / seconds : 0))} rows/s)`);
    if (share >= 1)
        parts.push('finishing');
    else
        parts.push(share > 0 ? `about ${formatDuration((s.elapsedMs * (1 - share)) / share)} left${s.phase === 'schema' ? ' in this pass' : ''}` : 'time left not known yet');
    return parts.join(', ');
}
/**
 * Runs `work` (a pass over a dataset's files) printing a progress line every
 * 5 s from a timer, so the line comes while the reader waits inside one long
 * line as much as between batches; nothing is added per row.
 */
async function withProgress(o, work) {
    const clock = o.clock ?? realProgressClock;
    const meter = { bytes: 0 };
    const started = clock.now();
    const stop = clock.every(PROGRESS_EVERY_MS, () => o.log(progressLine({ role: o.role, phase: o.phase, bytes: meter.bytes, totalBytes: o.totalBytes(), rows: o.rows?.(), elapsedMs: clock.now() - started })));
    try {
        return await metered(meter, work);
    }
    finally {
        stop();
    }
}
function formatBytes(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(1)} GB`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)} MB`;
    if (n >= 1e3)
        return `${(n / 1e3).toFixed(1)} kB`;
    return `${n} bytes`;
}
function formatDuration(ms) {
    const s = Math.max(1, Math.round(ms / 1000));
    if (s < 60)
        return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m} min ${s % 60} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
}


/***/ }),

/***/ 2100:
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

/***/ 9650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ countBytes)
/* harmony export */ });
/* unused harmony export metered */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
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

/***/ 5591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BQ: () => (/* binding */ localFileName),
/* harmony export */   GT: () => (/* binding */ showRemote),
/* harmony export */   M: () => (/* binding */ DownloadProgress),
/* harmony export */   SI: () => (/* binding */ saveStream),
/* harmony export */   lm: () => (/* binding */ RemoteMissing),
/* harmony export */   yX: () => (/* binding */ localPathFor)
/* harmony export */ });
/* unused harmony export LARGE_DOWNLOAD_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7447);
/* harmony import */ var _read_progress__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4470);






/**
 * What the remote readers share: where a downloaded object lands, how its
 * bytes reach the disk, and the progress lines of a long download.
 */
/** The object or prefix is not there (yet): the caller decides whether that is an error or an inconclusive read. */
class RemoteMissing extends _mlship_core__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo {
}
/**
 * A URL as it may be printed: a presigned URL's query is its credential
 * (X-Amz-Signature, X-Amz-Credential, a SAS token) and a `user:password@`
 * is one too, so neither is ever shown.
 */
function showRemote(url) {
    const m = /^(https?:\/\/)([^/?#]*@)?([^?#]*)([?#].*)?$/i.exec(url.trim());
    if (!m)
        return url.trim();
    return `${m[1]}${m[2] ? '***@' : ''}${m[3]}${m[4] ? '?\u2026' : ''}`;
}
/** Objects at least this large (in all) get progress lines as they download. */
const LARGE_DOWNLOAD_BYTES = 64 * 1024 * 1024;
/**
 * Progress of one download of `total` bytes (undefined when the server does
 * not say): a line at each quarter, or every `largeBytes` when the size is
 * unknown. Counted in bytes, not time, so the lines are the same on every run.
 */
class DownloadProgress {
    shown;
    total;
    options;
    bytes = 0;
    next;
    step;
    constructor(shown, total, options) {
        this.shown = shown;
        this.total = total;
        this.options = options;
        const large = options.largeBytes ?? LARGE_DOWNLOAD_BYTES;
        this.step = total === undefined ? large : total >= large ? total / 4 : Infinity;
        this.next = this.step;
    }
    add(n) {
        this.bytes += n;
        while (this.bytes >= this.next && (this.total === undefined || this.next < this.total)) {
            const share = this.total === undefined ? '' : `${Math.round((this.next / this.total) * 100)}% \u2014 `;
            this.options.log?.(`Downloading ${this.shown}: ${share}${(0,_read_progress__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(this.bytes)}${this.total === undefined ? '' : ` of ${(0,_read_progress__WEBPACK_IMPORTED_MODULE_5__/* .formatBytes */ .z3)(this.total)}`}`);
            this.next += this.step;
        }
    }
}
/** Streams `body` to `file` chunk by chunk (never the whole object in memory), counting into `progress`. */
async function saveStream(body, file, progress) {
    let bytes = 0;
    const count = new node_stream__WEBPACK_IMPORTED_MODULE_2__.Transform({
        transform(chunk, _enc, done) {
            bytes += chunk.length;
            progress.add(chunk.length);
            done(null, chunk);
        },
    });
    await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(body, count, node_fs__WEBPACK_IMPORTED_MODULE_0___default().createWriteStream(file));
    return bytes;
}
/**
 * Where an object under a prefix lands inside `dir`: its key after the
 * prefix. A key that would leave the directory or name no file (`a/../../x`,
 * `a//b`) is refused, since object keys are free text and the files are read
 * from the runner's disk.
 */
function localPathFor(dir, relative, shown, where) {
    const segments = relative.split('/');
    if (relative === '' || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0'))) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`object "${relative}" under ${shown} cannot be saved as a file (an empty, "." or ".." path segment, or a backslash).`, { where, hint: 'Rename the object, or name a prefix that holds only the log files.' });
    }
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ...segments);
}
/**
 * A downloaded object's file name, with the characters a glob would read
 * (`*?[]{}()!`) replaced: the copy is opened as a path, and its extension is
 * all the readers need from the name.
 */
const localFileName = (name) => name.replace(/[*?[\]{}()!]/g, '_');


/***/ }),

/***/ 6814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ BATCH_ROWS),
/* harmony export */   MG: () => (/* binding */ missingFor),
/* harmony export */   QW: () => (/* binding */ describeStreamError),
/* harmony export */   Uq: () => (/* binding */ openText),
/* harmony export */   b4: () => (/* binding */ newColumn),
/* harmony export */   jX: () => (/* binding */ INFER_ROWS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlship_core_builtin__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(198);
/* harmony import */ var _meter__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9650);
/* harmony import */ var _file_formats__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2100);





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
