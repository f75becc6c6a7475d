export const id = 7491;
export const ids = [7491,817];
export const modules = {

/***/ 26651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validateData: () => (/* binding */ validateData)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);
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
        const parameters = inputs.parameters ? await (0,_mlship_data__WEBPACK_IMPORTED_MODULE_4__/* .loadParameters */ .p0)(inputs.parameters) : undefined;
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

/***/ 56969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ gammaincc),
/* harmony export */   S$: () => (/* binding */ gammainc),
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
/**
 * Special functions behind the chi-square p-value, ported from the Cephes code
 * SciPy ships (igam.c, lanczos.c, unity.c) so the numbers agree with
 * scipy.special.gammaincc / scipy.stats.chi2.sf to ~1e-13 rather than "roughly".
 *
 * One deliberate departure: Cephes switches to Temme's uniform asymptotic
 * expansion when a is large and x \u2248 a. We stay with the power series and the
 * continued fraction there (with a higher iteration cap), which converge in
 * O(\u221aa) terms and keep the same accuracy for every a a chi-square test with a
 * few thousand categories produces; the golden tests pin that region.
 */
const MACHEP = 1.11022302462515654042e-16; // 2^-53
const MAXLOG = 7.09782712893383996732e2; // log(DBL_MAX)
const EULER = 0.577215664901532860606512090082402431;
/** Past the Cephes cap (2000): without the asymptotic branch, a \u2248 x \u2248 1e6 needs a few thousand terms. */
const MAXITER = 20000;
const BIG = 4.503599627370496e15;
const BIGINV = 2.22044604925031308085e-16;
// Boost's Lanczos approximation (N=13, G\u22486.0247) as SciPy carries it: highest degree first.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_EXPG_SCALED_NUM = [
    0.006061842346248906525783753964555936883222, 0.5098416655656676188125178644804694509993, 19.51992788247617482847860966235652136208,
    449.9445569063168119446858607650988409623, 6955.999602515376140356310115515198987526, 75999.29304014542649875303443598909137092,
    601859.6171681098786670226533699352302507, 3481712.15498064590882071018964774556468, 14605578.08768506808414169982791359218571,
    43338889.32467613834773723740590533316085, 86363131.28813859145546927288977868422342, 103794043.1163445451906271053616070238554,
    56906521.91347156388090791033559122686859,
];
const LANCZOS_EXPG_SCALED_DENOM = [1, 66, 1925, 32670, 357423, 2637558, 13339535, 45995730, 105258076, 150917976, 120543840, 39916800, 0];
/** Rational function num(x)/den(x), coefficients highest degree first; evaluated in 1/x past |x| > 1 so it cannot overflow. */
function ratevl(x, num, den) {
    const M = num.length - 1;
    const N = den.length - 1;
    if (Math.abs(x) > 1) {
        const y = 1 / x;
        let n = num[M];
        for (let i = M - 1; i >= 0; i--)
            n = n * y + num[i];
        let d = den[N];
        for (let i = N - 1; i >= 0; i--)
            d = d * y + den[i];
        return Math.pow(x, N - M) * (n / d);
    }
    let n = num[0];
    for (let i = 1; i <= M; i++)
        n = n * x + num[i];
    let d = den[0];
    for (let i = 1; i <= N; i++)
        d = d * x + den[i];
    return n / d;
}
const lanczosSumExpgScaled = (x) => ratevl(x, LANCZOS_EXPG_SCALED_NUM, LANCZOS_EXPG_SCALED_DENOM);
/** log \u0393(x) for x > 0 (Lanczos; absolute error ~1e-16 near the roots at 1 and 2, relative elsewhere). */
function logGamma(x) {
    if (!(x > 0))
        return x === 0 ? Infinity : NaN;
    if (x === Infinity)
        return Infinity;
    // Below 1/2 the Lanczos sum loses digits; shift up one step.
    if (x < 0.5)
        return logGamma(x + 1) - Math.log(x);
    const zgh = x + LANCZOS_G - 0.5;
    return (x - 0.5) * (Math.log(zgh) - 1) + Math.log(lanczosSumExpgScaled(x));
}
/** \u03b6(n) for integer n \u2265 2 by Euler\u2013Maclaurin (10 direct terms + Bernoulli tail), exact to rounding. */
function zetaInt(n) {
    const N = 10;
    let s = 0;
    for (let k = N - 1; k >= 1; k--)
        s += Math.pow(k, -n);
    // Tail \u03a3_{k\u2265N} k^-n = N^(1-n)/(n-1) + N^-n/2 + \u03a3 B_2j/(2j)! \u00b7 n(n+1)\u2026(n+2j-2) \u00b7 N^(-n-2j+1)
    const B = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6];
    let tail = Math.pow(N, 1 - n) / (n - 1) + Math.pow(N, -n) / 2;
    let rising = n; // n(n+1)\u2026(n+2j-2)
    let fact = 2; // (2j)!
    for (let j = 1; j <= B.length; j++) {
        tail += (B[j - 1] / fact) * rising * Math.pow(N, -n - 2 * j + 1);
        rising *= (n + 2 * j - 1) * (n + 2 * j);
        fact *= (2 * j + 1) * (2 * j + 2);
    }
    return s + tail;
}
let zetaTable;
/** log \u0393(1+x) without the cancellation of forming 1+x: Taylor series in x near 0 (as Cephes' lgam1p). */
function logGamma1p(x) {
    if (Math.abs(x) <= 0.5) {
        zetaTable ??= Array.from({ length: 43 }, (_, n) => (n >= 2 ? zetaInt(n) : NaN));
        let res = -EULER * x;
        let xfac = -x;
        for (let n = 2; n < 42; n++) {
            xfac *= -x;
            const coeff = (zetaTable[n] * xfac) / n;
            res += coeff;
            if (Math.abs(coeff) < MACHEP * Math.abs(res))
                break;
        }
        return res;
    }
    if (Math.abs(x - 1) < 0.5)
        return Math.log(x) + logGamma1p(x - 1);
    return logGamma(x + 1);
}
/** log(1+x) \u2212 x, by its series where log1p(x) \u2212 x would cancel. */
function log1pmx(x) {
    if (Math.abs(x) < 0.5) {
        let xfac = x;
        let res = 0;
        for (let n = 2; n < MAXITER; n++) {
            xfac *= -x;
            const term = xfac / n;
            res += term;
            if (Math.abs(term) < MACHEP * Math.abs(res))
                break;
        }
        return res;
    }
    return Math.log1p(x) - x;
}
/** x^a e^-x / \u0393(a), kept accurate when a and x are both large and close (Cephes igam_fac). */
function igamFac(a, x) {
    if (Math.abs(a - x) > 0.4 * Math.abs(a)) {
        const ax = a * Math.log(x) - x - logGamma(a);
        return ax < -MAXLOG ? 0 : Math.exp(ax);
    }
    const fac = a + LANCZOS_G - 0.5;
    let res = Math.sqrt(fac / Math.E) / lanczosSumExpgScaled(a);
    if (a < 200 && x < 200) {
        res *= Math.exp(a - x) * Math.pow(x / fac, a);
    }
    else {
        const num = x - a - LANCZOS_G + 0.5;
        res *= Math.exp(a * log1pmx(num / fac) + (x * (0.5 - LANCZOS_G)) / fac);
    }
    return res;
}
/** P(a, x) by DLMF 8.11.4. */
function igamSeries(a, x) {
    const ax = igamFac(a, x);
    if (ax === 0)
        return 0;
    let r = a;
    let c = 1;
    let ans = 1;
    for (let i = 0; i < MAXITER; i++) {
        r += 1;
        c *= x / r;
        ans += c;
        if (c <= MACHEP * ans)
            break;
    }
    return (ans * ax) / a;
}
/** Q(a, x) by DLMF 8.7.3, for small x where 1 \u2212 P would cancel. */
function igamcSeries(a, x) {
    let fac = 1;
    let sum = 0;
    for (let n = 1; n < MAXITER; n++) {
        fac *= -x / n;
        const term = fac / (a + n);
        sum += term;
        if (Math.abs(term) <= MACHEP * Math.abs(sum))
            break;
    }
    const logx = Math.log(x);
    const term = -Math.expm1(a * logx - logGamma1p(a));
    return term - Math.exp(a * logx - logGamma(a)) * sum;
}
/** Q(a, x) by the continued fraction DLMF 8.9.2 (Legendre), for x > a. */
function igamcContinuedFraction(a, x) {
    const ax = igamFac(a, x);
    if (ax === 0)
        return 0;
    let y = 1 - a;
    let z = x + y + 1;
    let c = 0;
    let pkm2 = 1;
    let qkm2 = x;
    let pkm1 = x + 1;
    let qkm1 = z * x;
    let ans = pkm1 / qkm1;
    for (let i = 0; i < MAXITER; i++) {
        c += 1;
        y += 1;
        z += 2;
        const yc = y * c;
        const pk = pkm1 * z - pkm2 * yc;
        const qk = qkm1 * z - qkm2 * yc;
        let t = 1;
        if (qk !== 0) {
            const r = pk / qk;
            t = Math.abs((ans - r) / r);
            ans = r;
        }
        pkm2 = pkm1;
        pkm1 = pk;
        qkm2 = qkm1;
        qkm1 = qk;
        // The convergents grow without bound; rescale all four together (the ratio is what matters).
        if (Math.abs(pk) > BIG) {
            pkm2 *= BIGINV;
            pkm1 *= BIGINV;
            qkm2 *= BIGINV;
            qkm1 *= BIGINV;
        }
        if (t <= MACHEP)
            break;
    }
    return ans * ax;
}
/**
 * Regularized upper incomplete gamma function Q(a, x) = \u0393(a, x) / \u0393(a),
 * i.e. scipy.special.gammaincc(a, x). NaN for a < 0, x < 0 or NaN input.
 */
function gammaincc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || x < 0 || a < 0)
        return NaN;
    if (a === 0)
        return x > 0 ? 0 : NaN;
    if (x === 0)
        return 1;
    if (a === Infinity)
        return x === Infinity ? NaN : 1;
    if (x === Infinity)
        return 0;
    // Cephes' choice of method by region (minus the asymptotic expansion; see the file comment).
    if (x > 1.1)
        return x < a ? 1 - igamSeries(a, x) : igamcContinuedFraction(a, x);
    if (x <= 0.5)
        return -0.4 / Math.log(x) < a ? 1 - igamSeries(a, x) : igamcSeries(a, x);
    return x * 1.1 < a ? 1 - igamSeries(a, x) : igamcSeries(a, x);
}
/** Regularized lower incomplete gamma function P(a, x) = 1 \u2212 Q(a, x), i.e. scipy.special.gammainc. */
function gammainc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || x < 0 || a < 0)
        return NaN;
    if (a === 0)
        return x > 0 ? 1 : NaN;
    if (x === 0)
        return 0;
    if (a === Infinity)
        return x === Infinity ? NaN : 0;
    if (x === Infinity)
        return 1;
    if (x > 1 && x > a)
        return 1 - gammaincc(a, x);
    return igamSeries(a, x);
}
/** Survival function of the chi-square distribution with `dof` degrees of freedom: scipy.stats.chi2.sf(x, dof). */
function chi2Sf(x, dof) {
    if (!(dof > 0))
        return NaN;
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 1;
    return gammaincc(dof / 2, x / 2);
}


/***/ }),

/***/ 30817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ upperBound),
/* harmony export */   r: () => (/* binding */ linearQuantile)
/* harmony export */ });
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
var src = __webpack_require__(31873);
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
