export const id = 4622;
export const ids = [4622,817];
export const modules = {

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

/***/ 74622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFUSION_METRICS: () => (/* reexport */ CONFUSION_METRICS),
  CONVENTIONAL_PROBA_PREFIX: () => (/* reexport */ CONVENTIONAL_PROBA_PREFIX),
  CONVENTIONAL_SCORE_COLUMN: () => (/* reexport */ CONVENTIONAL_SCORE_COLUMN),
  ConfusionMatrix: () => (/* reexport */ ConfusionMatrix),
  LabelSet: () => (/* reexport */ LabelSet),
  MISSING_GROUP: () => (/* reexport */ MISSING_GROUP),
  REGRESSION_METRICS: () => (/* reexport */ REGRESSION_METRICS),
  RankedScores: () => (/* reexport */ RankedScores),
  Xoshiro128: () => (/* reexport */ Xoshiro128),
  accuracy: () => (/* reexport */ accuracy),
  averagePrecisionFromTally: () => (/* reexport */ averagePrecisionFromTally),
  averagedScores: () => (/* reexport */ averagedScores),
  balancedAccuracy: () => (/* reexport */ balancedAccuracy),
  binaryLogLossTerms: () => (/* reexport */ binaryLogLossTerms),
  binaryScoreMetrics: () => (/* reexport */ binaryScoreMetrics),
  binaryScores: () => (/* reexport */ binaryScores),
  brierTerms: () => (/* reexport */ brierTerms),
  buildGateReport: () => (/* reexport */ buildGateReport),
  classificationMetrics: () => (/* reexport */ classificationMetrics),
  confusionMetrics: () => (/* reexport */ confusionMetrics),
  defaultGateConfig: () => (/* reexport */ defaultGateConfig),
  encodeClassification: () => (/* reexport */ encodeClassification),
  fmt: () => (/* reexport */ fmt),
  gateConfigJsonSchema: () => (/* reexport */ gateConfigJsonSchema),
  gateConfigSchema: () => (/* reexport */ gateConfigSchema),
  groupFairness: () => (/* reexport */ groupFairness),
  isBinary: () => (/* reexport */ isBinary),
  isMetricsFile: () => (/* reexport */ isMetricsFile),
  loadGateConfig: () => (/* reexport */ loadGateConfig),
  mcnemar: () => (/* reexport */ mcnemar),
  modelSizeMb: () => (/* reexport */ modelSizeMb),
  multiclassLogLossTerms: () => (/* reexport */ multiclassLogLossTerms),
  normaliseLabel: () => (/* reexport */ normaliseLabel),
  pairedBootstrap: () => (/* reexport */ pairedBootstrap),
  pairedClassification: () => (/* reexport */ pairedClassification),
  pairedRegression: () => (/* reexport */ pairedRegression),
  parseGateConfig: () => (/* reexport */ parseGateConfig),
  perClass: () => (/* reexport */ perClass),
  positives: () => (/* reexport */ positives),
  probeLatency: () => (/* reexport */ probeLatency),
  readLatencySamples: () => (/* reexport */ readLatencySamples),
  readMetricsFile: () => (/* reexport */ readMetricsFile),
  readPredictions: () => (/* reexport */ readPredictions),
  regressionMetrics: () => (/* reexport */ regressionMetrics),
  rocAucFromTally: () => (/* reexport */ rocAucFromTally),
  runGate: () => (/* reexport */ runGate),
  sliceRows: () => (/* reexport */ sliceRows),
  summariseLatency: () => (/* reexport */ summariseLatency),
  take: () => (/* reexport */ take),
  unavailableClassificationMetrics: () => (/* reexport */ unavailableClassificationMetrics),
  unavailableRegressionMetrics: () => (/* reexport */ unavailableRegressionMetrics),
  weightedMean: () => (/* reexport */ weightedMean)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 9 modules
var src = __webpack_require__(31873);
;// CONCATENATED MODULE: ./packages/metrics/src/labels.ts

/**
 * Class labels sorted the way scikit-learn's `unique_labels` sorts them
 * (numbers ascending, strings by code point), so per-class arrays, averages
 * and the confusion matrix line up with scikit-learn's output.
 */
class LabelSet {
    labels;
    index = new Map();
    constructor(values, where) {
        const unique = [...new Set(values)];
        const kinds = new Set(unique.map((v) => (typeof v === 'string' ? 'string' : 'number')));
        if (kinds.size > 1) {
            throw new src/* UserError */.yo('labels mix text and numbers', { where, hint: 'Write every label the same way, e.g. all 0/1 or all "no"/"yes".' });
        }
        this.labels = kinds.has('string')
            ? unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            : unique.sort((a, b) => Number(a) - Number(b));
        this.labels.forEach((l, i) => this.index.set(l, i));
    }
    get size() {
        return this.labels.length;
    }
    code(label) {
        const i = this.index.get(label);
        if (i === undefined)
            throw new Error(`label ${String(label)} is not in the label set`);
        return i;
    }
    has(label) {
        return this.index.has(label);
    }
    encode(values) {
        const out = new Int32Array(values.length);
        for (let i = 0; i < values.length; i++)
            out[i] = this.code(values[i]);
        return out;
    }
}
/** Booleans compare as 0/1, as NumPy does; a label read from CSV as `1.0` is the same class as `1`. */
const normaliseLabel = (v) => (typeof v === 'boolean' ? Number(v) : v);

;// CONCATENATED MODULE: ./packages/metrics/src/confusion.ts
/**
 * A k\u00d7k confusion matrix, rows = true class, columns = predicted class, over
 * one label set (scikit-learn's `confusion_matrix(y_true, y_pred, labels)`).
 * Counts are floats so bootstrap resamples and sample weights use the same code.
 */
class ConfusionMatrix {
    k;
    counts;
    constructor(k) {
        this.k = k;
        this.counts = new Float64Array(k * k);
    }
    static fromCodes(truth, pred, k, weights) {
        const m = new ConfusionMatrix(k);
        const c = m.counts;
        if (weights)
            for (let i = 0; i < truth.length; i++)
                c[truth[i] * k + pred[i]] += weights[i];
        else
            for (let i = 0; i < truth.length; i++)
                c[truth[i] * k + pred[i]]++;
        return m;
    }
    at(t, p) {
        return this.counts[t * this.k + p];
    }
    total() {
        let s = 0;
        for (const v of this.counts)
            s += v;
        return s;
    }
    /** Row sums: how many rows truly are each class. */
    trueCounts() {
        return Array.from({ length: this.k }, (_, t) => {
            let s = 0;
            for (let p = 0; p < this.k; p++)
                s += this.at(t, p);
            return s;
        });
    }
    /** Column sums: how many rows were predicted as each class. */
    predCounts() {
        return Array.from({ length: this.k }, (_, p) => {
            let s = 0;
            for (let t = 0; t < this.k; t++)
                s += this.at(t, p);
            return s;
        });
    }
    diagonal() {
        return Array.from({ length: this.k }, (_, i) => this.at(i, i));
    }
    toRows() {
        return Array.from({ length: this.k }, (_, t) => Array.from({ length: this.k }, (_, p) => this.at(t, p)));
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/classification.ts
const ratio = (a, b) => (b === 0 ? 0 : a / b);
const fScore = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
function accuracy(cm) {
    const total = cm.total();
    return total === 0 ? NaN : cm.diagonal().reduce((s, v) => s + v, 0) / total;
}
function balancedAccuracy(cm) {
    const support = cm.trueCounts();
    const diag = cm.diagonal();
    const recalls = support.flatMap((n, i) => (n > 0 ? [diag[i] / n] : []));
    return recalls.length === 0 ? NaN : recalls.reduce((s, v) => s + v, 0) / recalls.length;
}
function perClass(cm) {
    const support = cm.trueCounts();
    const predicted = cm.predCounts();
    const tp = cm.diagonal();
    const precision = tp.map((t, i) => ratio(t, predicted[i]));
    const recall = tp.map((t, i) => ratio(t, support[i]));
    const present = support.map((n, i) => n + predicted[i] > 0);
    return { precision, recall, f1: precision.map((p, i) => fScore(p, recall[i])), support, present };
}
/** Precision, recall and F1 of one class: scikit-learn's `average='binary'` with `pos_label`. */
function binaryScores(cm, positive) {
    // A positive label absent from both columns scores 0, as scikit-learn does when y has one class.
    if (positive === undefined)
        return { precision: 0, recall: 0, f1: 0 };
    const pc = perClass(cm);
    return { precision: pc.precision[positive], recall: pc.recall[positive], f1: pc.f1[positive] };
}
function averagedScores(cm, average) {
    if (average === 'micro') {
        const tp = cm.diagonal().reduce((s, v) => s + v, 0);
        const total = cm.total();
        const precision = ratio(tp, total);
        const recall = ratio(tp, total);
        return { precision, recall, f1: fScore(precision, recall) };
    }
    const pc = perClass(cm);
    const weights = average === 'macro' ? pc.present.map(Number) : pc.support;
    const wsum = weights.reduce((s, v) => s + v, 0);
    const mean = (xs) => ratio(xs.reduce((s, x, i) => s + x * weights[i], 0), wsum);
    return { precision: mean(pc.precision), recall: mean(pc.recall), f1: mean(pc.f1) };
}

;// CONCATENATED MODULE: ./packages/metrics/src/probabilistic.ts
/**
 * Losses on predicted probabilities, scikit-learn's way: `log_loss` clips to
 * [eps, 1 \u2212 eps] with eps the float64 machine epsilon and renormalises each
 * row; `brier_score_loss` is the mean squared error of the positive-class
 * probability. Per-row losses are returned so a bootstrap can re-weight them
 * without recomputing logarithms.
 */
const EPS = 2.220446049250313e-16;
const clip = (p) => Math.min(Math.max(p, EPS), 1 - EPS);
/** \u2212log P(true class) per row for a binary positive-class probability. */
function binaryLogLossTerms(positive, score) {
    const out = new Float64Array(score.length);
    for (let i = 0; i < score.length; i++) {
        const p1 = clip(score[i]);
        const p0 = clip(1 - p1);
        out[i] = -Math.log((positive[i] ? p1 : p0) / (p0 + p1));
    }
    return out;
}
/** \u2212log P(true class) per row for a probability matrix (one column per class, in label order). */
function multiclassLogLossTerms(truth, columns) {
    const out = new Float64Array(truth.length);
    for (let i = 0; i < truth.length; i++) {
        let sum = 0;
        for (const col of columns)
            sum += clip(col[i]);
        out[i] = -Math.log(clip(columns[truth[i]][i]) / sum);
    }
    return out;
}
function brierTerms(positive, score) {
    const out = new Float64Array(score.length);
    for (let i = 0; i < score.length; i++) {
        const d = (positive[i] ? 1 : 0) - score[i];
        out[i] = d * d;
    }
    return out;
}
/** Weighted mean, as scikit-learn's `_weighted_sum(..., normalize=True)`. */
function weightedMean(terms, weights) {
    let s = 0;
    let w = 0;
    for (let i = 0; i < terms.length; i++) {
        const wi = weights ? weights[i] : 1;
        s += terms[i] * wi;
        w += wi;
    }
    return w === 0 ? NaN : s / w;
}

;// CONCATENATED MODULE: ./packages/metrics/src/ranking.ts
/**
 * Threshold-free binary metrics (ROC AUC, average precision) over scores that
 * have been ranked once. Rows are grouped by distinct score, so ties count as
 * scikit-learn's `_binary_clf_curve` counts them: all rows at one threshold
 * enter together (a tie between a positive and a negative is half a pair).
 */
class RankedScores {
    /** Distinct scores, descending. */
    thresholds;
    /** Row \u2192 position of its score in `thresholds`. */
    rank;
    constructor(scores) {
        const sorted = Float64Array.from(scores).sort();
        let distinct = 0;
        for (let i = 0; i < sorted.length; i++)
            if (i === 0 || sorted[i] !== sorted[i - 1])
                sorted[distinct++] = sorted[i];
        const ascending = sorted.subarray(0, distinct);
        this.thresholds = ascending.slice().reverse();
        this.rank = new Int32Array(scores.length);
        for (let i = 0; i < scores.length; i++)
            this.rank[i] = distinct - 1 - lowerBound(ascending, scores[i]);
    }
    /** Positive and negative weight at each threshold, highest score first. */
    tally(positive, weights) {
        const k = this.thresholds.length;
        const pos = new Float64Array(k);
        const neg = new Float64Array(k);
        for (let i = 0; i < this.rank.length; i++) {
            const w = weights ? weights[i] : 1;
            if (positive[i])
                pos[this.rank[i]] += w;
            else
                neg[this.rank[i]] += w;
        }
        return { pos, neg };
    }
}
function lowerBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Area under the ROC curve by the trapezoidal rule over distinct thresholds; NaN when y has one class (scikit-learn raises). */
function rocAucFromTally(pos, neg) {
    let tp = 0;
    let fp = 0;
    let area = 0;
    for (let i = 0; i < pos.length; i++) {
        const tp1 = tp + pos[i];
        const fp1 = fp + neg[i];
        area += (fp1 - fp) * (tp1 + tp);
        tp = tp1;
        fp = fp1;
    }
    return tp === 0 || fp === 0 ? NaN : area / (2 * tp * fp);
}
/**
 * \u03a3 (R_k \u2212 R_{k\u22121}) \u00b7 P_k over thresholds, highest first \u2014 scikit-learn's
 * step-wise average precision, not the interpolated one. Without positives
 * recall is undefined and scikit-learn returns 0.
 */
function averagePrecisionFromTally(pos, neg) {
    let totalPos = 0;
    for (const v of pos)
        totalPos += v;
    if (totalPos === 0)
        return 0;
    let tp = 0;
    let fp = 0;
    let ap = 0;
    for (let i = 0; i < pos.length; i++) {
        tp += pos[i];
        fp += neg[i];
        if (pos[i] > 0)
            ap += (pos[i] / totalPos) * (tp / (tp + fp));
    }
    return ap;
}

;// CONCATENATED MODULE: ./packages/metrics/src/classification-metrics.ts




/** Metrics computed from the confusion matrix alone, by key. */
function confusionMetrics(cm, binary, positive) {
    const out = { accuracy: accuracy(cm), balanced_accuracy: balancedAccuracy(cm) };
    if (binary) {
        const s = binaryScores(cm, positive);
        out.precision = s.precision;
        out.recall = s.recall;
        out.f1 = s.f1;
    }
    for (const avg of ['macro', 'micro', 'weighted']) {
        const s = averagedScores(cm, avg);
        out[`precision_${avg}`] = s.precision;
        out[`recall_${avg}`] = s.recall;
        out[`f1_${avg}`] = s.f1;
    }
    return out;
}
const isBinary = (d) => d.positive !== undefined;
/** Everything scikit-learn would report for these predictions; NaN where a metric is undefined (one class in y_true). */
function classificationMetrics(d) {
    const cm = ConfusionMatrix.fromCodes(d.truth, d.pred, d.labels.size);
    const out = confusionMetrics(cm, isBinary(d), d.positive);
    if (isBinary(d) && d.score)
        Object.assign(out, binaryScoreMetrics(d.truth, d.positive, d.score));
    else if (!isBinary(d) && d.proba)
        Object.assign(out, multiclassScoreMetrics(d));
    return out;
}
function positives(truth, positive) {
    const out = new Uint8Array(truth.length);
    for (let i = 0; i < truth.length; i++)
        out[i] = truth[i] === positive ? 1 : 0;
    return out;
}
const inUnitInterval = (xs) => {
    for (let i = 0; i < xs.length; i++)
        if (!(xs[i] >= 0 && xs[i] <= 1))
            return false;
    return true;
};
function binaryScoreMetrics(truth, positive, score, ranked = new RankedScores(score)) {
    const isPos = positives(truth, positive);
    const { pos, neg } = ranked.tally(isPos);
    const out = { roc_auc: rocAucFromTally(pos, neg), average_precision: averagePrecisionFromTally(pos, neg) };
    // Losses need probabilities; raw decision scores still rank, so AUC and AP stay.
    if (inUnitInterval(score)) {
        const bothClasses = isPos.includes(1) && isPos.includes(0);
        out.log_loss = bothClasses ? weightedMean(binaryLogLossTerms(isPos, score)) : NaN;
        out.brier_score_loss = weightedMean(brierTerms(isPos, score));
    }
    return out;
}
/** One-vs-rest over the classes present in y_true, as `roc_auc_score(multi_class='ovr')` does. */
function multiclassScoreMetrics(d) {
    const support = new Float64Array(d.labels.size);
    for (const t of d.truth)
        support[t]++;
    const present = [...support.keys()].filter((c) => support[c] > 0);
    if (present.some((c) => !d.proba[c]))
        return {};
    let aucMacro = 0;
    let aucWeighted = 0;
    let apMacro = 0;
    for (const c of present) {
        const { pos, neg } = new RankedScores(d.proba[c]).tally(positives(d.truth, c));
        const auc = rocAucFromTally(pos, neg);
        aucMacro += auc / present.length;
        aucWeighted += (auc * support[c]) / d.truth.length;
        apMacro += averagePrecisionFromTally(pos, neg) / present.length;
    }
    const columns = present.map((c) => d.proba[c]);
    const truthInPresent = Int32Array.from(d.truth, (t) => present.indexOf(t));
    return {
        roc_auc: present.length < 2 ? NaN : aucMacro,
        roc_auc_ovr_weighted: present.length < 2 ? NaN : aucWeighted,
        average_precision: apMacro,
        log_loss: present.length < 2 ? NaN : weightedMean(multiclassLogLossTerms(truthInPresent, columns)),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/regression.ts
/**
 * Regression errors with scikit-learn's definitions: RMSE is \u221aMSE, R\u00b2 is 1.0
 * for a perfect fit of a constant target and 0.0 for an imperfect one
 * (`force_finite=True`), and MAPE divides by max(|y|, float64 eps), so a zero
 * target gives a huge but finite error rather than infinity.
 */
const regression_EPS = 2.220446049250313e-16;
function regressionMetrics(truth, pred, weights) {
    let w = 0;
    let wy = 0;
    for (let i = 0; i < truth.length; i++) {
        const wi = weights ? weights[i] : 1;
        w += wi;
        wy += wi * truth[i];
    }
    const mean = wy / w;
    let abs = 0;
    let sq = 0;
    let pct = 0;
    let tot = 0;
    for (let i = 0; i < truth.length; i++) {
        const wi = weights ? weights[i] : 1;
        const y = truth[i];
        const e = y - pred[i];
        abs += wi * Math.abs(e);
        sq += wi * e * e;
        pct += (wi * Math.abs(e)) / Math.max(Math.abs(y), regression_EPS);
        tot += wi * (y - mean) * (y - mean);
    }
    const mse = sq / w;
    const r2 = tot === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / tot;
    return {
        mean_absolute_error: abs / w,
        mean_squared_error: mse,
        root_mean_squared_error: Math.sqrt(mse),
        r2,
        mean_absolute_percentage_error: pct / w,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/fairness.ts
function groupFairness(groupOf, truth, pred, positive, options) {
    const tallies = new Map();
    for (const g of options.expected ?? [])
        tallies.set(g, { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
    for (let i = 0; i < truth.length; i++) {
        const g = groupOf[i];
        let t = tallies.get(g);
        if (!t)
            tallies.set(g, (t = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 }));
        t.n++;
        const actual = truth[i] === positive;
        const predicted = pred[i] === positive;
        if (actual && predicted)
            t.tp++;
        else if (actual)
            t.fn++;
        else if (predicted)
            t.fp++;
        else
            t.tn++;
    }
    const minSize = Math.max(1, options.minSize ?? 1);
    const groups = [...tallies.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([group, t]) => ({
        group,
        count: t.n,
        selection_rate: rate(t.tp + t.fp, t.n),
        accuracy: rate(t.tp + t.tn, t.n),
        recall: rate(t.tp, t.tp + t.fn),
        true_positive_rate: rate(t.tp, t.tp + t.fn),
        false_positive_rate: rate(t.fp, t.fp + t.tn),
        excluded: t.n < minSize,
    }));
    const compared = groups.filter((g) => !g.excluded);
    const sel = spread(compared.map((g) => g.selection_rate));
    const tpr = spread(compared.map((g) => g.true_positive_rate));
    const fpr = spread(compared.map((g) => g.false_positive_rate));
    return {
        column: options.column,
        groups,
        demographic_parity_difference: sel.max - sel.min,
        demographic_parity_ratio: sel.max === 0 ? NaN : sel.min / sel.max,
        equalized_odds_difference: Math.max(tpr.max - tpr.min, fpr.max - fpr.min),
    };
}
const rate = (a, b) => (b === 0 ? NaN : a / b);
/** Min and max over the defined values; NaN when none is defined (so every difference is NaN). */
function spread(values) {
    const defined = values.filter((v) => !Number.isNaN(v));
    return defined.length === 0 ? { min: NaN, max: NaN } : { min: Math.min(...defined), max: Math.max(...defined) };
}

;// CONCATENATED MODULE: ./packages/metrics/src/slices.ts
function sliceRows(values, minSize) {
    const rows = new Map();
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        let list = rows.get(v);
        if (!list)
            rows.set(v, (list = []));
        list.push(i);
    }
    return [...rows.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([value, list]) => ({ value, rows: Int32Array.from(list), tooSmall: list.length < minSize }));
}
function take(values, rows) {
    const out = new values.constructor(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = values[rows[i]];
    return out;
}

// EXTERNAL MODULE: ./packages/data/src/stats/sorted.ts
var stats_sorted = __webpack_require__(30817);
;// CONCATENATED MODULE: ./packages/metrics/src/latency.ts

function summariseLatency(samples) {
    const sorted = Float64Array.from(samples).sort();
    const n = sorted.length;
    if (n === 0)
        return { count: 0, mean: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN };
    let sum = 0;
    for (const v of sorted)
        sum += v;
    const q = (p) => (0,stats_sorted/* linearQuantile */.r)(n, p, (k) => sorted[k]);
    return { count: n, mean: sum / n, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: sorted[n - 1] };
}

;// CONCATENATED MODULE: ./packages/metrics/src/random.ts
/**
 * The bootstrap's random source: xoshiro128** (Blackman & Vigna) seeded by
 * four outputs of splitmix32 (golden-ratio increment, murmur3 finaliser). A
 * 2^128 \u2212 1 period is plenty for 10^9 draws, every step is 32-bit integer
 * arithmetic, and the golden script reimplements it so resamples can be
 * checked one by one against scikit-learn.
 *
 * State lives in an Int32Array and the hot loops are methods here: as plain
 * fields holding values above 2^31 the state became heap doubles and a draw
 * cost ~70 ns instead of ~3.
 */
class Xoshiro128 {
    s = new Int32Array(4);
    constructor(seed) {
        let state = seed | 0;
        for (let i = 0; i < 4; i++) {
            state = (state + 0x9e3779b9) | 0;
            let z = state;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            this.s[i] = z ^ (z >>> 16);
        }
    }
    /** The next output as a signed 32-bit integer (the same bits as `next()`). */
    nextInt32() {
        const s = this.s;
        const s0 = s[0];
        const s1 = s[1];
        const s2 = s[2] ^ s0;
        const s3 = s[3] ^ s1;
        const m = Math.imul(s1, 5);
        const result = Math.imul((m << 7) | (m >>> 25), 9);
        s[0] = s0 ^ s3;
        s[1] = s1 ^ s2;
        s[2] = s2 ^ (s1 << 9);
        s[3] = (s3 << 11) | (s3 >>> 21);
        return result;
    }
    /** The next output as an unsigned 32-bit integer. */
    next() {
        return this.nextInt32() >>> 0;
    }
    /** Uniform double in [0, 1) with 53 random bits (two outputs, as the Mersenne Twister's genrand_res53). */
    nextDouble() {
        const a = this.next() >>> 5;
        const b = this.next() >>> 6;
        return (a * 67108864 + b) / 9007199254740992;
    }
    /** Uniform integer in [0, n) by masked rejection: unbiased, and at most two draws on average. */
    index(n) {
        const mask = maskFor(n);
        for (;;) {
            const r = (this.nextInt32() & mask) >>> 0;
            if (r < n)
                return r;
        }
    }
    /** n draws from [0, n): counts[codes[i]] += 1 for each drawn i. The same draws as n calls of index(n). */
    countCodes(n, codes, counts) {
        const mask = maskFor(n);
        if (mask < 0)
            throw new RangeError('countCodes supports n <= 2^31');
        for (let i = 0; i < n;) {
            const r = this.nextInt32() & mask;
            if (r < n) {
                counts[codes[r]]++;
                i++;
            }
        }
    }
    /** n draws from [0, n): weights[i] += 1 for each drawn i. */
    countDraws(n, weights) {
        const mask = maskFor(n);
        if (mask < 0)
            throw new RangeError('countDraws supports n <= 2^31');
        for (let i = 0; i < n;) {
            const r = this.nextInt32() & mask;
            if (r < n) {
                weights[r]++;
                i++;
            }
        }
    }
}
/** All-ones mask covering n \u2212 1, as an int32 (\u22121 when n > 2^31). */
const maskFor = (n) => (n <= 1 ? 1 : (2 ** (32 - Math.clz32(n - 1)) - 1) | 0);

;// CONCATENATED MODULE: ./packages/metrics/src/multinomial.ts
/**
 * Exact binomial and multinomial draws, so a bootstrap over count-based
 * metrics can resample the cells of a confusion table instead of the rows:
 * drawing n rows with replacement and counting them per cell is a
 * Multinomial(n, cells / n) draw, and one costs O(cells) instead of O(n).
 *
 * The binomial sampler is NumPy's (numpy/random/src/distributions/distributions.c):
 * inversion when n\u00b7min(p, 1\u2212p) \u2264 30, otherwise BTPE (Kachitvichyanukul &
 * Schmeiser 1988, "Binomial random variate generation"), both exact.
 */
function binomial(rng, n, p) {
    if (n === 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    const r = p <= 0.5 ? p : 1 - p;
    const x = r * n <= 30 ? inversion(rng, n, r) : btpe(rng, n, r);
    return p <= 0.5 ? x : n - x;
}
function inversion(rng, n, p) {
    const q = 1 - p;
    const qn = Math.exp(n * Math.log(q));
    const np = n * p;
    const bound = Math.min(n, np + 10 * Math.sqrt(np * q + 1));
    let x = 0;
    let px = qn;
    let u = rng.nextDouble();
    while (u > px) {
        x++;
        if (x > bound) {
            x = 0;
            px = qn;
            u = rng.nextDouble();
        }
        else {
            u -= px;
            px = ((n - x + 1) * p * px) / (x * q);
        }
    }
    return x;
}
/** Stirling-series correction terms of BTPE's final acceptance test. */
const stirling = (v) => {
    const v2 = v * v;
    return (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320;
};
/** BTPE for p \u2264 0.5 and n\u00b7p > 30: a triangle, two parallelograms and exponential tails over the pmf, with squeeze tests. */
function btpe(rng, n, p) {
    const q = 1 - p;
    const fm = n * p + p;
    const m = Math.floor(fm);
    const p1 = Math.floor(2.195 * Math.sqrt(n * p * q) - 4.6 * q) + 0.5;
    const xm = m + 0.5;
    const xl = xm - p1;
    const xr = xm + p1;
    const c = 0.134 + 20.5 / (15.3 + m);
    let a = (fm - xl) / (fm - xl * p);
    const laml = a * (1 + a / 2);
    a = (xr - fm) / (xr * q);
    const lamr = a * (1 + a / 2);
    const p2 = p1 * (1 + 2 * c);
    const p3 = p2 + c / laml;
    const p4 = p3 + c / lamr;
    const nrq = n * p * q;
    for (;;) {
        const u = rng.nextDouble() * p4;
        let v = rng.nextDouble();
        let y;
        if (u <= p1)
            return Math.floor(xm - p1 * v + u); // the triangle: accepted outright
        if (u <= p2) {
            const x = xl + (u - p1) / c;
            v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
            if (v > 1)
                continue;
            y = Math.floor(x);
        }
        else if (u <= p3) {
            y = Math.floor(xl + Math.log(v) / laml);
            if (y < 0 || v === 0)
                continue;
            v = v * (u - p2) * laml;
        }
        else {
            y = Math.floor(xr - Math.log(v) / lamr);
            if (y > n || v === 0)
                continue;
            v = v * (u - p3) * lamr;
        }
        const k = Math.abs(y - m);
        if (k <= 20 || k >= nrq / 2 - 1) {
            // Explicit pmf ratio f(y)/f(m) by recursion.
            const s = p / q;
            const aa = s * (n + 1);
            let f = 1;
            if (m < y)
                for (let i = m + 1; i <= y; i++)
                    f *= aa / i - s;
            else if (m > y)
                for (let i = y + 1; i <= m; i++)
                    f /= aa / i - s;
            if (v <= f)
                return y;
            continue;
        }
        // Squeeze on log(v), then the Stirling-approximated log pmf ratio.
        const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        const t = (-k * k) / (2 * nrq);
        const logV = Math.log(v);
        if (logV < t - rho)
            return y;
        if (logV > t + rho)
            continue;
        const x1 = y + 1;
        const f1 = m + 1;
        const z = n + 1 - m;
        const w = n - y + 1;
        const bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) + (y - m) * Math.log((w * p) / (x1 * q)) + stirling(f1) + stirling(z) + stirling(x1) + stirling(w);
        if (logV <= bound)
            return y;
    }
}
/**
 * out[j] ~ Multinomial(n, weights / \u03a3weights), by conditional binomials
 * (NumPy's method): cell j gets Binomial(left, w_j / \u03a3_{i\u2265j} w_i). Weights are
 * the observed cell counts, so each ratio is exact.
 */
function multinomial(rng, n, weights, out) {
    let restWeight = 0;
    for (let j = 0; j < weights.length; j++)
        restWeight += weights[j];
    let left = n;
    for (let j = 0; j < weights.length; j++) {
        const w = weights[j];
        if (left === 0 || w === 0) {
            out[j] = 0;
        }
        else if (w >= restWeight) {
            out[j] = left;
            left = 0;
        }
        else {
            const draw = binomial(rng, left, w / restWeight);
            out[j] = draw;
            left -= draw;
        }
        restWeight -= w;
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/bootstrap.ts



function pairedBootstrap(n, metrics, options) {
    const rng = new Xoshiro128(options.seed);
    const diffs = metrics.map(() => new Float64Array(options.resamples));
    const cellCodes = metrics.find((m) => m.cells)?.cells;
    const allCells = metrics.every((m) => m.cells && m.cells.codes === cellCodes?.codes);
    const counts = cellCodes ? new Float64Array(cellCodes.size) : undefined;
    const weights = allCells ? undefined : new Uint32Array(n);
    const step = Math.max(1, Math.round(options.resamples / 10));
    let observed;
    if (allCells && options.cellDraws !== 'rows') {
        observed = new Float64Array(cellCodes.size);
        for (const code of cellCodes.codes)
            observed[code]++;
    }
    for (let r = 0; r < options.resamples; r++) {
        if (observed) {
            multinomial(rng, n, observed, counts);
        }
        else if (allCells) {
            counts.fill(0);
            rng.countCodes(n, cellCodes.codes, counts);
        }
        else {
            weights.fill(0);
            rng.countDraws(n, weights);
            if (counts) {
                counts.fill(0);
                const codes = cellCodes.codes;
                for (let i = 0; i < n; i++)
                    counts[codes[i]] += weights[i];
            }
        }
        metrics.forEach((m, j) => {
            const [cand, base] = m.cells ? m.cells.evaluate(counts) : m.evaluate(weights);
            diffs[j][r] = cand - base;
        });
        if (options.progress && ((r + 1) % step === 0 || r + 1 === options.resamples))
            options.progress(r + 1, options.resamples);
    }
    return metrics.map((m, j) => summarise(m.name, diffs[j], options.confidence));
}
function summarise(metric, differences, confidence) {
    const defined = differences.filter((d) => !Number.isNaN(d)).sort();
    const k = defined.length;
    if (k === 0)
        return { metric, resamples: 0, mean: NaN, std: NaN, lower: NaN, upper: NaN, shareAtOrBelowZero: NaN, differences };
    let sum = 0;
    for (const d of defined)
        sum += d;
    const mean = sum / k;
    let ss = 0;
    for (const d of defined)
        ss += (d - mean) * (d - mean);
    const alpha = (1 - confidence) / 2;
    let notBetter = 0;
    while (notBetter < k && defined[notBetter] <= 0)
        notBetter++;
    return {
        metric,
        resamples: k,
        mean,
        std: k > 1 ? Math.sqrt(ss / (k - 1)) : NaN,
        lower: (0,stats_sorted/* linearQuantile */.r)(k, alpha, (i) => defined[i]),
        upper: (0,stats_sorted/* linearQuantile */.r)(k, 1 - alpha, (i) => defined[i]),
        shareAtOrBelowZero: notBetter / k,
        differences,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/paired.ts






/** The statistics a paired bootstrap can resample, per task. */
const CONFUSION_METRICS = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted'];
const SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score_loss'];
const REGRESSION_METRICS = ['mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'];
/**
 * Paired statistics for candidate and baseline classifiers scored on the same
 * rows (same `truth`, one label set). Confusion metrics share one cell coding
 * (truth, candidate label, baseline label), so their resamples only count cells.
 */
function pairedClassification(names, cand, base) {
    const k = cand.labels.size;
    const binary = isBinary(cand);
    let codes;
    const jointCodes = () => {
        if (!codes) {
            // One byte per row while the cells fit: resampling reads codes at random, and a smaller array stays in cache.
            codes = k * k * k <= 256 ? new Uint8Array(cand.truth.length) : new Int32Array(cand.truth.length);
            for (let i = 0; i < codes.length; i++)
                codes[i] = (cand.truth[i] * k + cand.pred[i]) * k + base.pred[i];
        }
        return codes;
    };
    const cellsFor = (name) => {
        return {
            codes: jointCodes(),
            size: k * k * k,
            evaluate(counts) {
                const [c, b] = [new ConfusionMatrix(k), new ConfusionMatrix(k)];
                for (let t = 0; t < k; t++)
                    for (let pc = 0; pc < k; pc++)
                        for (let pb = 0; pb < k; pb++) {
                            const n = counts[(t * k + pc) * k + pb];
                            c.counts[t * k + pc] += n;
                            b.counts[t * k + pb] += n;
                        }
                return [confusionMetrics(c, binary, cand.positive)[name], confusionMetrics(b, binary, cand.positive)[name]];
            },
        };
    };
    return names.map((name) => {
        if (CONFUSION_METRICS.includes(name)) {
            if (!binary && ['precision', 'recall', 'f1'].includes(name))
                throw notResamplable(name, 'it is defined for binary tasks; use f1_macro or f1_weighted');
            return { name, cells: cellsFor(name) };
        }
        if (!SCORE_METRICS.includes(name))
            throw notResamplable(name, `resamplable metrics: ${[...CONFUSION_METRICS, ...SCORE_METRICS].join(', ')}`);
        if (!binary || !cand.score || !base.score)
            throw notResamplable(name, 'score metrics need binary predictions with a score column for both models');
        const isPos = positives(cand.truth, cand.positive);
        if (name === 'roc_auc' || name === 'average_precision') {
            const [rc, rb] = [new RankedScores(cand.score), new RankedScores(base.score)];
            const f = name === 'roc_auc' ? rocAucFromTally : averagePrecisionFromTally;
            return { name, evaluate: (w) => [rc, rb].map((r) => { const t = r.tally(isPos, w); return f(t.pos, t.neg); }) };
        }
        const terms = name === 'log_loss' ? binaryLogLossTerms : brierTerms;
        const [tc, tb] = [terms(isPos, cand.score), terms(isPos, base.score)];
        return { name, evaluate: (w) => [weightedMean(tc, w), weightedMean(tb, w)] };
    });
}
function pairedRegression(names, truth, cand, base) {
    return names.map((name) => {
        if (!REGRESSION_METRICS.includes(name))
            throw notResamplable(name, `resamplable regression metrics: ${REGRESSION_METRICS.join(', ')}`);
        const key = name;
        return { name, evaluate: (w) => [regressionMetrics(truth, cand, w)[key], regressionMetrics(truth, base, w)[key]] };
    });
}
const notResamplable = (name, why) => new src/* UserError */.yo(`bootstrap.metrics: "${name}" cannot be bootstrapped here \u2014 ${why}`, { where: 'eval-gate config' });

// EXTERNAL MODULE: ./packages/data/src/drift/special.ts
var special = __webpack_require__(56969);
;// CONCATENATED MODULE: ./packages/metrics/src/mcnemar.ts

function mcnemar(b, c) {
    const n = b + c;
    if (n < 25)
        return { b, c, method: 'exact', pValue: n === 0 ? 1 : Math.min(1, 2 * binomialCdfHalf(Math.min(b, c), n)) };
    const statistic = (Math.abs(b - c) - 1) ** 2 / n;
    return { b, c, method: 'chi2-corrected', statistic, pValue: (0,special/* chi2Sf */.wv)(statistic, 1) };
}
/** P(X \u2264 k) for X ~ Binomial(n, 1/2), exact for the small n it is used with. */
function binomialCdfHalf(k, n) {
    let term = 1; // C(n, 0)
    let sum = 1;
    for (let i = 1; i <= k; i++) {
        term = (term * (n - i + 1)) / i;
        sum += term;
    }
    return sum / 2 ** n;
}

// EXTERNAL MODULE: ./packages/data/src/read/index.ts
var read = __webpack_require__(40711);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(50194);
;// CONCATENATED MODULE: ./packages/metrics/src/predictions.ts



/** The column names used by convention, as y_true and y_pred are: scores are never dropped for want of a config mapping. */
const CONVENTIONAL_SCORE_COLUMN = 'y_score';
const CONVENTIONAL_PROBA_PREFIX = 'proba_';
const MISSING_GROUP = '(missing)';
async function readPredictions(spec, options) {
    const ds = await (0,read/* openDataset */.Jp)(spec, { cwd: options.cwd, role: options.role });
    const where = `${options.role} ${spec}`;
    const have = new Set(ds.schema.fields.map((f) => f.name));
    const columns = {
        ...options.columns,
        y_score: options.columns.y_score ?? (have.has(CONVENTIONAL_SCORE_COLUMN) ? CONVENTIONAL_SCORE_COLUMN : undefined),
        proba_prefix: options.columns.proba_prefix ?? ([...have].some((n) => n.startsWith(CONVENTIONAL_PROBA_PREFIX)) ? CONVENTIONAL_PROBA_PREFIX : undefined),
    };
    const need = (name, key, fix = `Set columns.${key} in the eval-gate config to the right name.`) => {
        if (have.has(name))
            return name;
        throw new src/* UserError */.yo(`column "${name}" (${key}) is not in the file`, { where, hint: `Columns: ${[...have].join(', ')}. ${fix}` });
    };
    const wanted = [need(columns.y_true, 'y_true'), need(columns.y_pred, 'y_pred')];
    if (columns.y_score)
        wanted.push(need(columns.y_score, 'y_score'));
    const probaNames = columns.proba_prefix ? [...have].filter((n) => n.startsWith(columns.proba_prefix)) : [];
    if (columns.proba_prefix && probaNames.length === 0 && !columns.y_score) {
        throw new src/* UserError */.yo(`no column starts with "${columns.proba_prefix}" (columns.proba_prefix)`, { where, hint: 'Name probability columns <prefix><label>, or unset proba_prefix.' });
    }
    wanted.push(...probaNames);
    for (const a of options.attributes ?? [])
        if (!wanted.includes(a))
            wanted.push(need(a, 'fairness/slices column', 'Fix the column named in the fairness or slices gates and config.'));
    const data = await readColumns(ds, wanted);
    const labels = (name, key) => data.get(name).map((v, i) => {
        if ((0,table/* isMissing */.b2)(v))
            throw new src/* UserError */.yo(`row ${i + 1}: ${key} ("${name}") is empty`, { where, hint: 'Every scored row needs a true and a predicted label; drop unlabelled rows first.' });
        return normaliseLabel(v);
    });
    const scores = (name) => Float64Array.from(data.get(name), (v, i) => {
        if (typeof v !== 'number' || Number.isNaN(v)) {
            throw new src/* UserError */.yo(`row ${i + 1}: score column "${name}" is ${(0,table/* isMissing */.b2)(v) ? 'empty or NaN' : `not a number (${JSON.stringify(v)})`}`, {
                where,
                hint: 'Scores must be finite numbers on every row; a NaN score usually means the model failed on that input.',
            });
        }
        if (!Number.isFinite(v))
            throw new src/* UserError */.yo(`row ${i + 1}: score column "${name}" is ${v}`, { where, hint: 'Scores must be finite.' });
        return v;
    });
    return {
        source: spec,
        rows: data.get(columns.y_true).length,
        truth: labels(columns.y_true, 'y_true'),
        pred: labels(columns.y_pred, 'y_pred'),
        score: columns.y_score ? scores(columns.y_score) : undefined,
        proba: probaNames.length ? new Map(probaNames.map((n) => [n.slice(columns.proba_prefix.length), scores(n)])) : undefined,
        attributes: new Map((options.attributes ?? []).map((a) => [a, data.get(a).map((v) => ((0,table/* isMissing */.b2)(v) ? MISSING_GROUP : String(v)))])),
    };
}
async function readColumns(ds, names) {
    const order = ds.schema.fields.map((f) => f.name).filter((n) => names.includes(n));
    const out = new Map(order.map((n) => [n, []]));
    for await (const batch of ds.batches({ columns: order })) {
        order.forEach((n, j) => {
            const target = out.get(n);
            const col = batch.columns[j];
            for (let r = 0; r < batch.numRows; r++)
                target.push(col[r]);
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/encode.ts


function encodeClassification(candidate, baseline, positiveLabel) {
    if (baseline)
        assertSameRows(candidate, baseline);
    const where = `predictions ${candidate.source}`;
    const truthLabels = new LabelSet(candidate.truth, where);
    const labels = new LabelSet([...truthLabels.labels, ...candidate.pred, ...(baseline?.pred ?? [])], where);
    const positive = positiveCode(truthLabels, labels, positiveLabel, where);
    const truth = labels.encode(candidate.truth);
    const encode = (p) => ({
        labels,
        truth,
        pred: labels.encode(p.pred),
        positive,
        score: positive === undefined ? undefined : (p.score ?? p.proba?.get(String(labels.labels[positive]))),
        proba: positive === undefined && p.proba ? probaColumns(p, labels, truthLabels) : undefined,
    });
    return { candidate: encode(candidate), baseline: baseline && encode(baseline) };
}
/**
 * Binary when at most two labels occur. The positive label is the configured
 * one, else 1 for 0/1 or \u22121/1 labels (scikit-learn's default pos_label);
 * two text labels need it spelled out, as scikit-learn insists too.
 */
function positiveCode(truthLabels, labels, configured, where) {
    if (configured !== undefined) {
        const want = normaliseLabel(configured);
        const match = truthLabels.labels.find((l) => l === want || String(l) === String(want));
        if (match === undefined) {
            throw new src/* UserError */.yo(`positive_label ${JSON.stringify(configured)} is not a label in y_true (labels: ${truthLabels.labels.map((l) => JSON.stringify(l)).join(', ')})`, {
                where,
                hint: 'Set columns.positive_label to one of the y_true labels.',
            });
        }
        if (labels.size > 2)
            throw new src/* UserError */.yo(`positive_label is set but ${labels.size} labels occur (${labels.labels.join(', ')})`, { where, hint: 'positive_label is for binary tasks; remove it for multiclass.' });
        return labels.code(match);
    }
    if (labels.size > 2)
        return undefined;
    if (labels.labels.every((l) => l === 0 || l === 1) || labels.labels.every((l) => l === -1 || l === 1))
        return labels.has(1) ? labels.code(1) : undefined;
    if (labels.size === 2) {
        throw new src/* UserError */.yo(`labels are ${labels.labels.map((l) => JSON.stringify(l)).join(' and ')}: which one is positive?`, {
            where,
            hint: 'Set columns.positive_label in the eval-gate config.',
        });
    }
    return undefined;
}
function probaColumns(p, labels, truthLabels) {
    const byLabel = new Map([...p.proba].map(([text, col]) => [text, col]));
    for (const text of byLabel.keys()) {
        if (!truthLabels.labels.some((l) => String(l) === text)) {
            throw new src/* UserError */.yo(`probability column for label "${text}" but "${text}" never occurs in y_true`, {
                where: `predictions ${p.source}`,
                hint: `y_true labels: ${truthLabels.labels.join(', ')}. One probability column per y_true class is needed (scikit-learn's roc_auc_score rule).`,
            });
        }
    }
    return labels.labels.map((l) => byLabel.get(String(l)));
}
function assertSameRows(candidate, baseline) {
    if (candidate.rows !== baseline.rows) {
        throw new src/* UserError */.yo(`predictions has ${candidate.rows} rows, baseline-predictions ${baseline.rows}`, {
            where: `baseline-predictions ${baseline.source}`,
            hint: 'Both models must score the same test rows in the same order.',
        });
    }
    for (let i = 0; i < candidate.rows; i++) {
        if (candidate.truth[i] !== baseline.truth[i]) {
            throw new src/* UserError */.yo(`row ${i + 1}: y_true is ${JSON.stringify(baseline.truth[i])} here but ${JSON.stringify(candidate.truth[i])} in predictions`, {
                where: `baseline-predictions ${baseline.source}`,
                hint: 'Both files must list the same test rows in the same order.',
            });
        }
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/unavailable-metrics.ts

const BINARY_SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score_loss'];
const MULTICLASS_SCORE_METRICS = ['roc_auc', 'roc_auc_ovr_weighted', 'average_precision', 'log_loss'];
const LOSSES = new Set(['log_loss', 'brier_score_loss']);
function unavailableClassificationMetrics(d, m) {
    const out = {};
    const classesInTruth = new Set(d.truth).size;
    if (isBinary(d)) {
        const positive = String(d.labels.labels[d.positive]);
        for (const k of BINARY_SCORE_METRICS) {
            if (!d.score)
                out[k] = `no positive-class score: add a y_score column (or proba_${positive}), or set columns.y_score`;
            else if (m[k] === undefined && LOSSES.has(k))
                out[k] = 'the scores are not probabilities (values outside [0, 1]); ROC AUC and average precision use them as a ranking';
        }
    }
    else {
        const present = [...new Set(d.truth)].sort((a, b) => a - b);
        const lacking = present.filter((c) => !d.proba?.[c]).map((c) => String(d.labels.labels[c]));
        for (const k of MULTICLASS_SCORE_METRICS) {
            if (!d.proba)
                out[k] = 'no probability columns: add one proba_<label> column per class, or set columns.proba_prefix';
            else if (lacking.length)
                out[k] = `no probability column for class${lacking.length === 1 ? '' : 'es'} ${lacking.join(', ')} (one per y_true class is needed)`;
        }
    }
    for (const [k, v] of Object.entries(m)) {
        if (Number.isNaN(v) && !out[k])
            out[k] = classesInTruth < 2 ? 'y_true holds a single class, so it is undefined (scikit-learn refuses to compute it)' : 'undefined for these predictions';
    }
    return out;
}
/** Regression metrics only go missing as NaN. */
function unavailableRegressionMetrics(m) {
    return Object.fromEntries(Object.entries(m).flatMap(([k, v]) => (Number.isNaN(v) ? [[k, 'undefined for these predictions']] : [])));
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(12311);
;// CONCATENATED MODULE: ./packages/metrics/src/gate/config.ts


/**
 * The eval-gate config. Gates are thresholds on named quantities, written as
 * `metric op number`:
 *   accuracy >= 0.92                          any candidate metric (scikit-learn names)
 *   latency.p99_ms <= 50                      p50_ms, p95_ms, p99_ms, mean_ms
 *   improvement.accuracy >= 0.005             candidate \u2212 production (production \u2212 candidate for losses)
 *   improvement.accuracy.lower_bound >= 0     the bootstrap interval of that improvement
 *   mcnemar.p_value <= 0.05                   paired test of accuracy
 *   fairness.<column>.demographic_parity_ratio >= 0.8
 *   slices.<column>.<metric> >= 0.8           every slice large enough to score
 *   leakage.rows <= 0                         rows shared by train-data and test-data
 *   model_size_mb <= 500
 * The flat configs/eval_gate.json keys (min_accuracy, \u2026) are accepted as they are.
 */
const label = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const gateObject = schemas/* strictObject */.rej({
    gate: schemas/* string */.YjP().describe('A threshold, e.g. "accuracy >= 0.92".'),
    id: schemas/* string */.YjP().optional().describe('Check id in outputs; the metric path by default.'),
    severity: schemas/* enum */.k5n(['error', 'warning']).default('error').describe('A failed warning gate makes the result `warn` and does not block unless fail-on: warning.'),
});
const gateConfigSchema = schemas/* strictObject */.rej({
    task: schemas/* enum */.k5n(['auto', 'binary', 'multiclass', 'regression']).default('auto').describe('auto: regression when y_true holds non-integer numbers, else classification.'),
    columns: schemas/* strictObject */.rej({
        y_true: schemas/* string */.YjP().default('y_true'),
        y_pred: schemas/* string */.YjP().default('y_pred'),
        y_score: schemas/* string */.YjP().optional().describe('Positive-class score or probability (binary).'),
        proba_prefix: schemas/* string */.YjP().optional().describe('Multiclass probabilities in columns <prefix><label>.'),
        positive_label: label.optional().describe('The positive class for binary metrics; 1 for 0/1 labels.'),
        latency: schemas/* string */.YjP().default('latency_ms').describe('Column of a latency-samples data file, in milliseconds.'),
    })
        .prefault({}),
    gates: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), gateObject])).default([]).describe('Thresholds every model must meet; see the README for the quantities.'),
    bootstrap: schemas/* strictObject */.rej({
        metrics: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Metrics whose improvement gets an interval; the improvement gates\' metrics and the headline metric by default.'),
        resamples: schemas/* number */.aig().int().min(0).max(100000).default(1000).describe('0 turns the bootstrap off.'),
        seed: schemas/* number */.aig().int().min(0).max(0xffffffff).default(42),
        confidence: schemas/* number */.aig().gt(0).lt(1).default(0.95),
    })
        .prefault({}),
    fairness: schemas/* array */.YOg(schemas/* strictObject */.rej({
        column: schemas/* string */.YjP(),
        groups: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Groups that must be present; a missing one is reported as empty.'),
        min_group_size: schemas/* number */.aig().int().min(1).default(30).describe('Smaller groups are reported but not compared.'),
    }))
        .default([]),
    leakage: schemas/* strictObject */.rej({ key_columns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1).describe('Columns that identify an example; whole rows when omitted.') })
        .optional()
        .describe('How train-data and test-data rows are matched for the leakage.rows gate.'),
    slices: schemas/* strictObject */.rej({
        columns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
        min_size: schemas/* number */.aig().int().min(1).default(100),
        metrics: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Metrics per slice; accuracy and f1 (classification) or MAE and RMSE (regression) by default.'),
    })
        .optional(),
});
/** The flat `configs/eval_gate.json` shape: one key per default gate. */
const seedSchema = schemas/* strictObject */.rej({
    min_accuracy: schemas/* number */.aig().min(0).max(1).optional(),
    max_latency_p99_ms: schemas/* number */.aig().positive().optional(),
    min_improvement: schemas/* number */.aig().optional(),
    max_model_size_mb: schemas/* number */.aig().positive().optional(),
});
const seedKeys = Object.keys(seedSchema.shape);
/** The `config` input (a file, or inline YAML/JSON); undefined gives the default gates without loading the YAML parser. */
async function loadGateConfig(value, cwd) {
    if (value === undefined)
        return defaultGateConfig();
    await (0,src/* loadYamlParser */.D7)();
    return fromDocument((0,src/* readConfigDocument */.AA)(value, cwd, 'config'));
}
/** A config from its text, once loadYamlParser() is done. */
function parseGateConfig(text, source) {
    return fromDocument((0,src/* parseConfigDocument */.Tm)(text, source));
}
/** The default gates: accuracy \u2265 0.92, p99 \u2264 50 ms, +0.005 over production, parity \u2265 0.8 (when a group column is configured), no leakage, \u2264 500 MB. */
function defaultGateConfig() {
    const data = gateConfigSchema.parse({});
    const gates = ['accuracy >= 0.92', 'latency.p99_ms <= 50', 'improvement.accuracy >= 0.005', 'leakage.rows <= 0', 'model_size_mb <= 500'];
    return { ...data, source: 'default gates', format: 'default', gates: gates.map((g) => toGate(g, 'default gates')), optionalGates: true };
}
function fromDocument(doc) {
    const raw = doc.value;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new src/* UserError */.yo('expected a mapping with `gates:` (or the eval_gate.json keys min_accuracy, max_latency_p99_ms, min_improvement, max_model_size_mb)', { where: doc.source });
    }
    const obj = raw;
    const hooks = { knownKeys: (parent, path) => knownKeys(parent, path) };
    if (!('gates' in obj) && Object.keys(obj).some((k) => seedKeys.includes(k))) {
        const seed = (0,src/* validateConfig */.$r)(seedSchema, obj, doc.at, hooks);
        const gates = [
            seed.min_accuracy !== undefined && `accuracy >= ${seed.min_accuracy}`,
            seed.max_latency_p99_ms !== undefined && `latency.p99_ms <= ${seed.max_latency_p99_ms}`,
            seed.min_improvement !== undefined && `improvement.accuracy >= ${seed.min_improvement}`,
            seed.max_model_size_mb !== undefined && `model_size_mb <= ${seed.max_model_size_mb}`,
        ].filter((g) => typeof g === 'string');
        return { ...gateConfigSchema.parse({}), source: doc.source, format: 'seed-002', gates: gates.map((g) => toGate(g, doc.source)), optionalGates: false };
    }
    const data = (0,src/* validateConfig */.$r)(gateConfigSchema, obj, doc.at, hooks);
    const gates = data.gates.map((g, i) => toGate(g, doc.at(['gates', i])));
    const seen = new Set();
    gates.forEach((g, i) => {
        if (seen.has(g.id))
            throw new src/* UserError */.yo(`gates[${i}]: id "${g.id}" is used twice`, { where: doc.at(['gates', i]), hint: 'Give one of them an explicit `id:`.' });
        seen.add(g.id);
    });
    return { ...data, source: doc.source, format: 'native', gates, optionalGates: false };
}
function toGate(g, where) {
    const text = typeof g === 'string' ? g : g.gate;
    const t = (0,src/* parseThreshold */.B7)(text, where);
    return { ...t, id: (typeof g === 'string' ? undefined : g.id) ?? t.metric, severity: typeof g === 'string' ? 'error' : g.severity, where };
}
function knownKeys(parent, path) {
    if (parent && !('gates' in parent) && path.length === 0 && Object.keys(parent).some((k) => seedKeys.includes(k)))
        return seedKeys;
    let schema = gateConfigSchema;
    for (const key of path) {
        const inner = unwrap(schema);
        if (inner instanceof schemas/* ZodObject */.bvH)
            schema = inner.shape[key];
        else if (inner instanceof schemas/* ZodArray */.naA)
            schema = inner.element;
        else
            return [];
    }
    const inner = unwrap(schema);
    return inner instanceof schemas/* ZodObject */.bvH ? Object.keys(inner.shape) : [];
}
function unwrap(s) {
    let cur = s;
    for (;;) {
        const def = cur.def;
        if (def.innerType)
            cur = def.innerType;
        else if (def.in)
            cur = def.in;
        else
            return cur;
    }
}
function gateConfigJsonSchema() {
    return (0,src/* configJsonSchema */.Mk)('eval-gate', 'Gates (thresholds on metrics, latency, improvement, fairness, slices, leakage, size), or the flat configs/eval_gate.json keys (min_accuracy, max_latency_p99_ms, min_improvement, max_model_size_mb).', [gateConfigSchema, seedSchema]);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/metrics/src/gate/quantities.ts
/**
 * The names a gate can use, and which direction is "better" for each.
 * Metric keys follow scikit-learn's function names; short aliases people
 * type in thresholds (`auc`, `mae`, `rmse`) map onto them.
 */
const LOWER_IS_BETTER = new Set(['log_loss', 'brier_score_loss', 'mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'mean_absolute_percentage_error']);
const ALIASES = {
    auc: 'roc_auc',
    pr_auc: 'average_precision',
    brier: 'brier_score_loss',
    mae: 'mean_absolute_error',
    mse: 'mean_squared_error',
    rmse: 'root_mean_squared_error',
    mape: 'mean_absolute_percentage_error',
    r2_score: 'r2',
};
const canonicalMetric = (name) => ALIASES[name] ?? name;
const CLASSIFICATION_KEYS = [
    'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1',
    'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted',
    'roc_auc', 'roc_auc_ovr_weighted', 'average_precision', 'log_loss', 'brier_score_loss',
];
const REGRESSION_KEYS = ['mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'];
const METRIC_KEYS = [...CLASSIFICATION_KEYS, ...REGRESSION_KEYS];
const LATENCY_KEYS = ['p50_ms', 'p95_ms', 'p99_ms', 'mean_ms', 'max_ms'];
const FAIRNESS_KEYS = ['demographic_parity_ratio', 'demographic_parity_difference', 'equalized_odds_difference'];
const IMPROVEMENT_PARTS = ['lower_bound', 'upper_bound', 'p_value'];
/** Parses a gate's metric path; returns a reason string when it names nothing we know. */
function parseQuantity(path) {
    const parts = path.split('.');
    const [head, ...rest] = parts;
    const metric = (m) => (m !== undefined && METRIC_KEYS.includes(canonicalMetric(m)) ? canonicalMetric(m) : undefined);
    if (rest.length === 0) {
        if (head === 'model_size_mb')
            return { kind: 'model_size' };
        const m = metric(head);
        return m ? { kind: 'metric', metric: m } : `unknown metric "${head}"`;
    }
    switch (head) {
        case 'latency':
            return rest.length === 1 && LATENCY_KEYS.includes(rest[0]) ? { kind: 'latency', key: rest[0] } : `latency quantities are ${LATENCY_KEYS.map((k) => `latency.${k}`).join(', ')}`;
        case 'improvement': {
            const m = metric(rest[0]);
            if (!m || rest.length > 2 || (rest[1] !== undefined && !IMPROVEMENT_PARTS.includes(rest[1])))
                return `write improvement.<metric>[.${IMPROVEMENT_PARTS.join('|')}]`;
            return { kind: 'improvement', metric: m, part: rest[1] };
        }
        case 'mcnemar':
            return rest.length === 1 && rest[0] === 'p_value' ? { kind: 'mcnemar' } : 'write mcnemar.p_value';
        case 'fairness':
            return rest.length === 2 && FAIRNESS_KEYS.includes(rest[1]) ? { kind: 'fairness', column: rest[0], key: rest[1] } : `write fairness.<column>.<${FAIRNESS_KEYS.join('|')}>`;
        case 'slices': {
            const m = metric(rest[1]);
            return rest.length === 2 && m ? { kind: 'slices', column: rest[0], metric: m } : 'write slices.<column>.<metric>';
        }
        case 'leakage':
            return rest.length === 1 && rest[0] === 'rows' ? { kind: 'leakage' } : 'write leakage.rows';
        default:
            return `unknown quantity "${path}"`;
    }
}
const GATE_HEADS = ['model_size_mb', 'latency', 'improvement', 'mcnemar', 'fairness', 'slices', 'leakage', ...METRIC_KEYS, ...Object.keys(ALIASES)];

;// CONCATENATED MODULE: ./packages/metrics/src/gate/metrics-file.ts




/**
 * A metrics JSON instead of row-level predictions: `{"accuracy": 0.93, ...}`,
 * optionally under a `metrics` key and nested (`{"latency": {"p99_ms": 42}}`
 * is `latency.p99_ms`). What a training job already writes, and what a
 * registry returns for the production version.
 */
const isMetricsFile = (spec) => /\.json$/i.test(spec);
function readMetricsFile(spec, cwd, role) {
    const file = external_node_path_default().resolve(cwd, spec);
    const where = `${role} ${spec}`;
    if (!external_node_fs_default().existsSync(file))
        throw new src/* UserError */.yo('file not found', { where, hint: 'Check the path (relative to the workspace).' });
    (0,src/* refuseLinkOutOfWorkspace */.ND)(file, where, (p) => external_node_path_default().relative(cwd, p) || p);
    let value;
    try {
        value = JSON.parse(external_node_fs_default().readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new src/* UserError */.yo(`invalid JSON: ${e.message}`, { where, hint: 'A metrics file is one JSON object of numbers; row-level predictions belong in .jsonl, .csv or .parquet.' });
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && 'metrics' in value)
        value = value.metrics;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new src/* UserError */.yo('expected a JSON object of metric names to numbers', { where, hint: 'e.g. {"accuracy": 0.93, "f1": 0.88}' });
    const out = flattenMetrics(value);
    if (Object.keys(out).length === 0)
        throw new src/* UserError */.yo('no numeric metrics in the file', { where, hint: 'e.g. {"accuracy": 0.93, "f1": 0.88}' });
    return out;
}
function flattenMetrics(obj, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
        const key = prefix ? `${prefix}.${k}` : canonicalMetric(k);
        if (typeof v === 'number')
            out[key] = v;
        else if (v && typeof v === 'object' && !Array.isArray(v))
            Object.assign(out, flattenMetrics(v, key));
    }
    return out;
}
/** A gate path looked up in a flat metrics object: exact, by alias, or with `.` written as `_` (`latency_p99_ms`). */
function lookupMetric(metrics, key) {
    const dotted = key.split('.').map(canonicalMetric).join('.');
    return metrics[key] ?? metrics[dotted] ?? metrics[dotted.replace(/\./g, '_')];
}

;// CONCATENATED MODULE: ./packages/metrics/src/gate/measurements.ts





/** Latency samples in milliseconds: a data file's column, or a text file with one number per line. */
async function readLatencySamples(spec, column, cwd) {
    const where = `latency-samples ${spec}`;
    if (/\.(txt|log)$/i.test(spec)) {
        const file = external_node_path_default().resolve(cwd, spec);
        if (!external_node_fs_default().existsSync(file))
            throw new src/* UserError */.yo('file not found', { where, hint: 'Check the path (relative to the workspace).' });
        (0,src/* refuseLinkOutOfWorkspace */.ND)(file, where, (p) => external_node_path_default().relative(cwd, p) || p);
        const samples = [];
        external_node_fs_default().readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
            const t = line.trim();
            if (t === '' || t.startsWith('#'))
                return;
            const v = Number(t);
            if (!Number.isFinite(v) || v < 0)
                throw new src/* UserError */.yo(`line ${i + 1}: "${t}" is not a latency in milliseconds`, { where, hint: 'One non-negative number per line.' });
            samples.push(v);
        });
        return withSource(samples, spec, where);
    }
    const ds = await (0,read/* openDataset */.Jp)(spec, { cwd, role: 'latency-samples' });
    if (!ds.schema.fields.some((f) => f.name === column)) {
        throw new src/* UserError */.yo(`column "${column}" is not in the file`, { where, hint: `Columns: ${ds.schema.fields.map((f) => f.name).join(', ')}. Set columns.latency in the config.` });
    }
    const samples = [];
    let row = 0;
    for await (const batch of ds.batches({ columns: [column] })) {
        for (const v of Array.from(batch.columns[0])) {
            row++;
            if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
                throw new src/* UserError */.yo(`row ${row}: latency ${JSON.stringify(v)} is not a non-negative number`, { where, hint: 'Drop failed requests or record them separately.' });
            samples.push(v);
        }
    }
    return withSource(samples, spec, where);
}
function withSource(samples, source, where) {
    if (samples.length === 0)
        throw new src/* UserError */.yo('no latency samples', { where, hint: 'The file must hold at least one measurement.' });
    return { ...summariseLatency(samples), source };
}
/**
 * Times `requests` sequential requests to a model endpoint (after a short
 * warm-up that is not counted), stopping at the time budget. Sequential on
 * purpose: this measures service time, not a load test's queueing.
 */
async function probeLatency(o) {
    const where = `latency-endpoint ${o.url}`;
    const deadline = Date.now() + o.budgetMs;
    const samples = [];
    const init = o.payload === undefined ? { method: 'GET' } : { method: 'POST', body: o.payload, headers: { 'content-type': o.payload.trim().startsWith('{') || o.payload.trim().startsWith('[') ? 'application/json' : 'text/plain' } };
    const warmup = o.warmup ?? 3;
    for (let i = 0; i < warmup + o.requests && Date.now() < deadline; i++) {
        const started = performance.now();
        let res;
        try {
            res = await fetch(o.url, { ...init, signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
            await res.arrayBuffer();
        }
        catch (e) {
            if (Date.now() >= deadline && samples.length > 0)
                break;
            throw new src/* UserError */.yo(`request ${i + 1} failed: ${e.message}`, { where, hint: 'Is the model server up and reachable from the runner?' });
        }
        const ms = performance.now() - started;
        if (!res.ok)
            throw new src/* UserError */.yo(`request ${i + 1} returned HTTP ${res.status}`, { where, hint: 'The endpoint must answer the payload with 2xx; check latency-payload.' });
        if (i >= warmup)
            samples.push(ms);
        if (o.onProgress && samples.length > 0 && samples.length % 100 === 0)
            o.onProgress(`latency: ${samples.length}/${o.requests} requests`);
    }
    if (samples.length === 0)
        throw new src/* UserError */.yo(`no request finished within ${o.budgetMs} ms`, { where, hint: 'Raise latency-timeout or check the endpoint.' });
    return { ...summariseLatency(samples), source: o.url };
}
/** Size of a model file or directory in MiB (2^20 bytes, what `os.path.getsize(p) / 1024 / 1024` gives). */
function modelSizeMb(spec, cwd) {
    const root = external_node_path_default().resolve(cwd, spec);
    if (!external_node_fs_default().existsSync(root))
        throw new src/* UserError */.yo('not found', { where: `model-path ${spec}`, hint: 'Point model-path at the model file or directory the deployment ships.' });
    let bytes = 0;
    const walk = (p) => {
        const st = external_node_fs_default().lstatSync(p);
        if (st.isDirectory())
            for (const e of external_node_fs_default().readdirSync(p))
                walk(external_node_path_default().join(p, e));
        else if (st.isFile())
            bytes += st.size;
    };
    walk(root);
    return bytes / 2 ** 20;
}
/** Rows of train-data that also occur in test-data, with validate-data's leakage check. */
async function leakageCheck(trainData, testData, keyColumns, cwd, progress) {
    // validate-data's checks and scan, loaded only for a gate with train-data and test-data.
    const [{ parseConfig, validateDataset }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(8088), __webpack_require__.e(402), __webpack_require__.e(8147), __webpack_require__.e(9892), __webpack_require__.e(4583)]).then(__webpack_require__.bind(__webpack_require__, 6964)), (0,src/* loadYamlParser */.D7)()]);
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'leakage', ...(keyColumns ? { key_columns: keyColumns } : {}) }] }), 'eval-gate leakage check');
    const outcome = await validateDataset({ data: trainData, testData, config, cwd, progress });
    return outcome.checks[0];
}

;// CONCATENATED MODULE: ./packages/metrics/src/gate/evaluate.ts















/**
 * Runs the whole gate: every gate's path is checked before any file is read,
 * then predictions are scored, compared with production, resampled, split by
 * group and slice, and each gate is judged. A gate whose input is missing is
 * an error (never a silent pass), except in the default config, where gates
 * apply only to what was measured and the rest are listed as skipped.
 */
async function runGate(o) {
    const { config } = o;
    const quantities = new Map(config.gates.map((g) => [g, resolveQuantity(g, config.source)]));
    const fairnessSpecs = [...config.fairness];
    const sliceColumns = new Set(config.slices?.columns ?? []);
    for (const q of quantities.values()) {
        if (q.kind === 'fairness' && !fairnessSpecs.some((f) => f.column === q.column))
            fairnessSpecs.push({ column: q.column, min_group_size: 30 });
        if (q.kind === 'slices')
            sliceColumns.add(q.column);
    }
    const outcome = { task: 'metrics', candidate: {}, unavailable: {}, comparison: [], fairness: [], slices: [], gates: [] };
    let rowLevel;
    if (isMetricsFile(o.predictions)) {
        outcome.candidate = readMetricsFile(o.predictions, o.cwd, 'predictions');
    }
    else {
        rowLevel = await scorePredictions(o, [...new Set([...fairnessSpecs.map((f) => f.column), ...sliceColumns])]);
        Object.assign(outcome, { task: rowLevel.task, rows: rowLevel.rows, candidate: rowLevel.candidate, unavailable: rowLevel.unavailable, positiveLabel: rowLevel.positiveLabel, confusion: rowLevel.confusion });
    }
    if (rowLevel?.baseline) {
        outcome.baseline = rowLevel.baseline.metrics;
        outcome.baselineSource = o.baseline;
    }
    else if (o.baseline && isMetricsFile(o.baseline)) {
        outcome.baseline = readMetricsFile(o.baseline, o.cwd, 'baseline-predictions');
        outcome.baselineSource = o.baseline;
    }
    else if (o.baselineMetrics) {
        outcome.baseline = o.baselineMetrics.values;
        outcome.baselineSource = o.baselineMetrics.source;
    }
    else if (o.baseline) {
        throw new src/* UserError */.yo('baseline-predictions is row-level but predictions is a metrics JSON', { where: `baseline-predictions ${o.baseline}`, hint: 'Give both as row-level files, or the baseline as a metrics JSON too.' });
    }
    const improvementMetrics = [...new Set([...quantities.values()].flatMap((q) => (q.kind === 'improvement' ? [q.metric] : [])))];
    let intervals = new Map();
    if (rowLevel?.baseline && config.bootstrap.resamples > 0) {
        const names = config.bootstrap.metrics ?? [...new Set([...improvementMetrics, headline(rowLevel.task)])];
        const { resamples, seed, confidence } = config.bootstrap;
        o.progress(`bootstrap: ${resamples} paired resamples of ${(0,src/* groupDigits */.K9)(rowLevel.rows)} rows for ${names.join(', ')}`);
        const paired = rowLevel.paired(names);
        const started = Date.now();
        intervals = new Map(pairedBootstrap(rowLevel.rows, paired, { resamples, seed, confidence, progress: (done, total) => done < total && o.progress(`bootstrap: ${done}/${total} resamples (${((Date.now() - started) / 1000).toFixed(1)} s)`) }).map((r) => [r.metric, r]));
        outcome.bootstrap = { resamples, seed, confidence };
    }
    if (rowLevel?.baseline && rowLevel.task !== 'regression')
        outcome.mcnemar = rowLevel.mcnemar();
    outcome.comparison = compareMetrics(outcome.candidate, outcome.baseline, intervals, improvementMetrics);
    for (const spec of fairnessSpecs) {
        if (!rowLevel)
            throw new src/* UserError */.yo(`fairness on "${spec.column}" needs row-level predictions`, { where: config.source, hint: 'Pass predictions as a data file with the group column.' });
        outcome.fairness.push(rowLevel.fairness(spec.column, spec.min_group_size, spec.groups));
    }
    for (const column of sliceColumns) {
        if (!rowLevel)
            throw new src/* UserError */.yo(`slices on "${column}" need row-level predictions`, { where: config.source, hint: 'Pass predictions as a data file with the slice column.' });
        const gated = [...quantities.values()].flatMap((q) => (q.kind === 'slices' && q.column === column ? [q.metric] : []));
        outcome.slices.push(rowLevel.slices(column, config.slices?.min_size ?? 100, config.slices?.metrics, gated));
    }
    if (o.latencySamples)
        outcome.latency = await readLatencySamples(o.latencySamples, config.columns.latency, o.cwd);
    else if (o.latencyProbe) {
        o.progress(`latency: up to ${o.latencyProbe.requests} requests to ${o.latencyProbe.url} within ${Math.round(o.latencyProbe.budgetMs / 1000)} s`);
        outcome.latency = await probeLatency({ ...o.latencyProbe, onProgress: o.progress });
    }
    if (o.modelPath)
        outcome.modelSizeMb = modelSizeMb(o.modelPath, o.cwd);
    if (o.trainData && o.testData)
        outcome.leakage = await leakageCheck(o.trainData, o.testData, config.leakage?.key_columns, o.cwd, o.progress);
    else if (o.trainData || o.testData)
        throw new src/* UserError */.yo('the leakage check needs both train-data and test-data', { hint: `Set ${o.trainData ? 'test-data' : 'train-data'} too, or neither.` });
    outcome.gates = config.gates.map((g) => judge(g, quantities.get(g), outcome, config.optionalGates));
    return outcome;
}
function resolveQuantity(g, source) {
    const q = parseQuantity(g.metric);
    if (typeof q !== 'string')
        return q;
    const head = g.metric.split('.')[0];
    throw new src/* UserError */.yo(`gate "${g.source}": ${q}.${(0,src/* suggestion */.h)(head, GATE_HEADS)}`, { where: g.where ?? source, hint: 'See the eval-gate README for the quantities a gate can use.' });
}
const headline = (task) => (task === 'regression' ? 'root_mean_squared_error' : 'accuracy');
function compareMetrics(candidate, baseline, intervals, alsoShow) {
    const keys = [...new Set([...Object.keys(candidate), ...alsoShow])].filter((k) => candidate[k] !== undefined);
    return keys.map((metric) => {
        const c = candidate[metric];
        const b = baseline ? lookupMetric(baseline, metric) : undefined;
        const sign = LOWER_IS_BETTER.has(metric) ? -1 : 1;
        const row = { metric, candidate: c, baseline: b, improvement: b === undefined ? undefined : sign * (c - b) };
        const iv = intervals.get(metric);
        if (iv) {
            const [lower, upper] = sign > 0 ? [iv.lower, iv.upper] : [-iv.upper, -iv.lower];
            // For a loss, "not better" means the candidate's loss difference is >= 0.
            const pValue = sign > 0 ? iv.shareAtOrBelowZero : 1 - shareBelowZero(iv);
            row.interval = { lower, upper, pValue, resamples: iv.resamples };
        }
        return row;
    });
}
const shareBelowZero = (iv) => {
    let n = 0;
    let k = 0;
    for (const d of iv.differences) {
        if (Number.isNaN(d))
            continue;
        k++;
        if (d < 0)
            n++;
    }
    return k === 0 ? NaN : n / k;
};
function lookup(q, g, o) {
    switch (q.kind) {
        case 'metric': {
            const v = lookupMetric(o.candidate, q.metric);
            const why = o.unavailable[q.metric];
            // A NaN value still fails its gate (judge); the reason says why it is undefined.
            if (v !== undefined)
                return why ? { value: v, detail: why } : { value: v };
            if (why)
                return { missing: `${q.metric} is not computed: ${why}` };
            return { missing: o.task === 'metrics' ? `"${q.metric}" is not in the metrics file` : `${q.metric} is not computed for a ${o.task} task${q.metric.match(/roc_auc|average_precision|log_loss|brier/) ? ' without scores (set columns.y_score or columns.proba_prefix)' : ''}` };
        }
        case 'latency': {
            if (o.latency)
                return { value: o.latency[q.key.replace(/_ms$/, '')], detail: `${o.latency.count} samples from ${o.latency.source}` };
            const v = o.task === 'metrics' ? lookupMetric(o.candidate, `latency.${q.key}`) : undefined;
            return v !== undefined ? { value: v } : { missing: 'no latency measured: set latency-samples or latency-endpoint' };
        }
        case 'improvement': {
            const row = o.comparison.find((c) => c.metric === q.metric);
            if (!o.baseline)
                return { missing: 'no production model to compare with: set baseline-predictions (or a registry baseline)' };
            if (!row || row.improvement === undefined)
                return { missing: `${q.metric} is not known for production (${o.baselineSource})` };
            if (!q.part)
                return { value: row.improvement, detail: intervalText(row) };
            if (!row.interval) {
                return { missing: `no bootstrap interval for ${q.metric}: it needs row-level predictions for both models${o.bootstrap ? ` and ${q.metric} in bootstrap.metrics` : ' and bootstrap.resamples > 0'}` };
            }
            const value = q.part === 'lower_bound' ? row.interval.lower : q.part === 'upper_bound' ? row.interval.upper : row.interval.pValue;
            return { value, detail: intervalText(row) };
        }
        case 'mcnemar':
            return o.mcnemar ? { value: o.mcnemar.pValue, detail: `b=${o.mcnemar.b} rows only the candidate gets right, c=${o.mcnemar.c} only production; ${o.mcnemar.method}` } : { missing: "McNemar's test needs row-level classification predictions for both models" };
        case 'fairness': {
            const f = o.fairness.find((x) => x.column === q.column);
            const value = f[q.key];
            const compared = f.groups.filter((x) => !x.excluded);
            return { value, detail: `${compared.length} groups compared (${compared.map((x) => x.group).join(', ')})` };
        }
        case 'slices': {
            const t = o.slices.find((s) => s.column === q.column);
            const scored = t.rows.filter((r) => !r.tooSmall && !Number.isNaN(r.values[q.metric] ?? NaN));
            if (scored.length === 0)
                return { missing: `no slice of ${q.column} has ${t.minSize}+ rows with ${q.metric} defined` };
            // The slice closest to failing decides.
            const worst = scored.reduce((a, b) => ((0,src/* margin */.Lc)(a.values[q.metric], g.op, g.value) <= (0,src/* margin */.Lc)(b.values[q.metric], g.op, g.value) ? a : b));
            return { value: worst.values[q.metric], detail: `worst slice ${q.column}=${worst.value} (${worst.count} rows) of ${scored.length} scored` };
        }
        case 'leakage': {
            if (!o.leakage)
                return { missing: 'no leakage check: set train-data and test-data' };
            const rows = Number.parseInt(String(o.leakage.observed), 10);
            return { value: rows, detail: o.leakage.detail };
        }
        case 'model_size':
            if (o.modelSizeMb !== undefined)
                return { value: o.modelSizeMb };
            {
                const v = o.task === 'metrics' ? lookupMetric(o.candidate, 'model_size_mb') : undefined;
                return v !== undefined ? { value: v } : { missing: 'no model size: set model-path' };
            }
    }
}
const intervalText = (c) => c.interval ? `${pct(c.interval.lower)}\u2026${pct(c.interval.upper)} bootstrap interval, ${c.interval.resamples} resamples, P(not better) = ${c.interval.pValue.toFixed(3)}` : undefined;
const pct = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;
function judge(g, q, o, optional) {
    const found = lookup(q, g, o);
    if ('missing' in found)
        return { gate: g, status: optional ? 'skip' : 'error', detail: found.missing };
    const { value, detail } = found;
    if (Number.isNaN(value))
        return { gate: g, status: 'fail', observed: value, detail: `${g.metric} is undefined here${detail ? ` (${detail})` : ''}, so the gate cannot pass` };
    const ok = (0,src/* compare */.UD)(value, g.op, g.value);
    const by = Math.abs((0,src/* margin */.Lc)(value, g.op, g.value));
    return {
        gate: g,
        status: ok ? 'pass' : 'fail',
        observed: value,
        detail: ok ? (detail ?? `${fmt(value)} ${g.op} ${g.value}`) : `${fmt(value)} misses ${g.op} ${g.value} by ${fmt(by)}${detail ? ` (${detail})` : ''}`,
    };
}
const fmt = (x) => (Number.isInteger(x) ? String(x) : Math.abs(x) >= 1000 ? x.toFixed(1) : Number(x.toPrecision(4)).toString());
async function scorePredictions(o, attributes) {
    const { columns } = o.config;
    const cand = await readPredictions(o.predictions, { cwd: o.cwd, role: 'predictions', columns, attributes });
    const base = o.baseline && !isMetricsFile(o.baseline) ? await readPredictions(o.baseline, { cwd: o.cwd, role: 'baseline-predictions', columns }) : undefined;
    o.progress(`predictions: ${(0,src/* groupDigits */.K9)(cand.rows)} rows${base ? `, baseline ${(0,src/* groupDigits */.K9)(base.rows)} rows` : ''}`);
    if (cand.rows === 0)
        throw new src/* UserError */.yo('no rows', { where: `predictions ${o.predictions}`, hint: 'The predictions file is empty.' });
    const task = o.config.task === 'auto' ? detectTask(cand) : o.config.task;
    return task === 'regression' ? regressionRowLevel(cand, base, o.predictions) : classificationRowLevel(cand, base, task, columns.positive_label);
}
/** Regression when labels are numbers that are not all integers, or integers with more than 100 distinct values. */
function detectTask(p) {
    const numeric = p.truth.every((v) => typeof v === 'number');
    if (!numeric)
        return 'multiclass';
    if (p.truth.some((v) => !Number.isInteger(v)) || p.pred.some((v) => typeof v === 'number' && !Number.isInteger(v)))
        return 'regression';
    return new Set(p.truth).size > 100 ? 'regression' : 'multiclass';
}
function classificationRowLevel(cand, base, task, positiveLabel) {
    const { candidate, baseline } = encodeClassification(cand, base, positiveLabel);
    if (task === 'binary' && !isBinary(candidate)) {
        throw new src/* UserError */.yo(`task is binary but ${candidate.labels.size} labels occur (${candidate.labels.labels.join(', ')})`, { where: `predictions ${cand.source}`, hint: 'Set task: multiclass, or fix the labels.' });
    }
    const binary = isBinary(candidate);
    const labels = candidate.labels.labels.map(String);
    const subset = (d, rows) => ({ ...d, truth: take(d.truth, rows), pred: take(d.pred, rows), score: d.score && take(d.score, rows), proba: d.proba?.map((c) => c && take(c, rows)) });
    const metrics = classificationMetrics(candidate);
    return {
        task: binary ? 'binary' : 'multiclass',
        rows: cand.rows,
        positiveLabel: binary ? labels[candidate.positive] : undefined,
        candidate: metrics,
        unavailable: unavailableClassificationMetrics(candidate, metrics),
        confusion: { labels, rows: ConfusionMatrix.fromCodes(candidate.truth, candidate.pred, labels.length).toRows() },
        baseline: baseline && { metrics: classificationMetrics(baseline) },
        paired: (names) => pairedClassification(names, candidate, baseline),
        mcnemar() {
            let b = 0;
            let c = 0;
            for (let i = 0; i < candidate.truth.length; i++) {
                const okC = candidate.pred[i] === candidate.truth[i];
                const okB = baseline.pred[i] === candidate.truth[i];
                if (okC && !okB)
                    b++;
                else if (!okC && okB)
                    c++;
            }
            return mcnemar(b, c);
        },
        fairness(column, minSize, expected) {
            if (!binary)
                throw new src/* UserError */.yo(`fairness on "${column}" needs a binary task (selection rate of the positive class), but ${labels.length} labels occur`, { where: `predictions ${cand.source}`, hint: 'Use slices for per-group metrics of a multiclass model.' });
            return groupFairness(cand.attributes.get(column), candidate.truth, candidate.pred, candidate.positive, { column, minSize, expected });
        },
        slices: (column, minSize, chosen, gated) => sliceTable(cand, column, minSize, [...new Set([...(chosen ?? (binary ? ['accuracy', 'f1', 'roc_auc'] : ['accuracy', 'f1_macro'])), ...gated])], (rows) => classificationMetrics(subset(candidate, rows))),
    };
}
function regressionRowLevel(cand, base, source) {
    const numbers = (p, which) => Float64Array.from(p[which], (v, i) => {
        if (typeof v !== 'number')
            throw new src/* UserError */.yo(`row ${i + 1}: ${which === 'truth' ? 'y_true' : 'y_pred'} ${JSON.stringify(v)} is not a number`, { where: `predictions ${source}`, hint: 'A regression task needs numeric labels; set task: multiclass for classes.' });
        return v;
    });
    const truth = numbers(cand, 'truth');
    const pred = numbers(cand, 'pred');
    const basePred = base && numbers(base, 'pred');
    const metricsOf = (t, p) => ({ ...regressionMetrics(t, p) });
    const metrics = metricsOf(truth, pred);
    const unsupported = (what) => () => {
        throw new src/* UserError */.yo(`${what} is for classification; this is a regression task`, { hint: 'Remove the gate, or set task: binary/multiclass.' });
    };
    return {
        task: 'regression',
        rows: cand.rows,
        candidate: metrics,
        unavailable: unavailableRegressionMetrics(metrics),
        baseline: basePred && { metrics: metricsOf(truth, basePred) },
        paired: (names) => pairedRegression(names, truth, pred, basePred),
        mcnemar: unsupported("McNemar's test"),
        fairness: unsupported('fairness'),
        slices: (column, minSize, chosen, gated) => sliceTable(cand, column, minSize, [...new Set([...(chosen ?? ['mean_absolute_error', 'root_mean_squared_error']), ...gated])], (rows) => metricsOf(take(truth, rows), take(pred, rows))),
    };
}
const pick = (m, keys) => Object.fromEntries(keys.map((k) => [k, m[k] ?? NaN]));
/** Rows grouped by `column`, each large-enough slice scored by `score` and narrowed to `metrics`. */
function sliceTable(p, column, minSize, metrics, score) {
    return {
        column,
        minSize,
        metrics,
        rows: sliceRows(p.attributes.get(column), minSize).map((s) => ({
            value: s.value,
            count: s.rows.length,
            tooSmall: s.tooSmall,
            values: s.tooSmall ? {} : pick(score(s.rows), metrics),
        })),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/gate/report.ts



const num = (x) => (x === undefined ? null : Number.isNaN(x) ? 'n/a' : Number(x.toPrecision(6)));
const signed = (x) => (x === undefined ? null : Number.isNaN(x) ? 'n/a' : `${x >= 0 ? '+' : ''}${Number(x.toPrecision(4))}`);
/**
 * The eval-gate Report: one check per gate (observed, threshold, by how
 * much it missed), the candidate-vs-production table with bootstrap
 * intervals, the confusion matrix, fairness and slice tables, and charts of
 * metric deltas and per-group rates.
 */
function buildGateReport(o, config) {
    const checks = o.gates.map((r) => ({
        id: r.gate.id,
        title: gateTitle(r.gate.metric, o),
        status: r.status,
        severity: r.gate.severity,
        observed: r.observed === undefined ? null : num(r.observed),
        expected: `${r.gate.op} ${r.gate.value}`,
        detail: r.detail,
    }));
    if (o.leakage && !o.gates.some((g) => g.gate.metric === 'leakage.rows'))
        checks.push({ ...o.leakage, id: 'leakage', severity: 'warning' });
    const tables = [comparisonTable(o, config, keyMetrics(o, config)), { ...comparisonTable(o, config), title: 'All metrics', folded: true }];
    if (o.mcnemar) {
        const m = o.mcnemar;
        tables.push({
            title: "McNemar's test (accuracy, paired)",
            columns: ['only candidate right', 'only production right', 'method', 'statistic', 'p-value'],
            rows: [[m.b, m.c, m.method, num(m.statistic), num(m.pValue)]],
        });
    }
    if (o.confusion && o.confusion.labels.length <= 12) {
        tables.push({
            title: 'Confusion matrix (rows: true label, columns: predicted)',
            columns: ['', ...o.confusion.labels],
            rows: o.confusion.rows.map((r, i) => [o.confusion.labels[i], ...r]),
        });
    }
    for (const f of o.fairness) {
        tables.push({
            title: `Fairness by ${f.column}: parity ratio ${fmtNum(f.demographic_parity_ratio)}, parity difference ${fmtNum(f.demographic_parity_difference)}, equalized odds difference ${fmtNum(f.equalized_odds_difference)}`,
            columns: ['group', 'rows', 'selection rate', 'accuracy', 'TPR (recall)', 'FPR', 'compared'],
            rows: f.groups.map((g) => [g.group, g.count, num(g.selection_rate), num(g.accuracy), num(g.true_positive_rate), num(g.false_positive_rate), g.excluded ? (g.count === 0 ? 'no rows' : 'too small') : 'yes']),
        });
    }
    for (const s of o.slices) {
        tables.push({
            title: `Slices by ${s.column} (min ${s.minSize} rows)`,
            columns: [s.column, 'rows', ...s.metrics],
            rows: s.rows.map((r) => [r.value, r.count, ...s.metrics.map((m) => (r.tooSmall ? 'too small' : num(r.values[m])))]),
            folded: s.rows.length > 8,
        });
    }
    const measured = [];
    if (o.latency)
        measured.push(['latency (ms)', `p50 ${fmt(o.latency.p50)} \u00b7 p95 ${fmt(o.latency.p95)} \u00b7 p99 ${fmt(o.latency.p99)} \u00b7 max ${fmt(o.latency.max)}`, `${o.latency.count} samples, ${o.latency.source}`]);
    if (o.modelSizeMb !== undefined)
        measured.push(['model size', `${fmt(o.modelSizeMb)} MiB`, '']);
    if (o.leakage)
        measured.push(['train/test leakage', String(o.leakage.observed), o.leakage.detail ?? '']);
    if (measured.length)
        tables.push({ title: 'Measurements', columns: ['what', 'value', 'source'], rows: measured });
    const unavailable = Object.entries(o.unavailable);
    if (unavailable.length)
        tables.push({ title: 'Metrics not computed (null in metrics-json)', columns: ['metric', 'why'], rows: unavailable });
    const failed = o.gates.filter((g) => g.status === 'fail' || g.status === 'error');
    // A severity: warning gate warns; only error gates block (fail-on: warning turns warnings into a failed step, not into blockers).
    const blocking = failed.filter((g) => g.gate.severity === 'error');
    const warned = failed.filter((g) => g.gate.severity === 'warning');
    const summary = `${o.rows !== undefined ? `${(0,src/* groupDigits */.K9)(o.rows)} predictions, ${o.task}${o.positiveLabel !== undefined ? ` (positive label ${o.positiveLabel})` : ''}` : 'metrics file'}` +
        `${o.baselineSource ? `, compared with production (${o.baselineSource})` : ''}. ` +
        (blocking.length ? `Blocked by ${blocking.map((g) => g.gate.id).join(', ')}.` : passSummary(o.gates.filter((g) => g.status === 'pass').length)) +
        (warned.length ? ` Warning${warned.length === 1 ? '' : 's'} from ${warned.map((g) => g.gate.id).join(', ')}.` : '');
    return (0,src/* createReport */.LU)({
        action: 'eval-gate',
        title: `Model evaluation gate: ${blocking.length ? 'BLOCKED' : warned.length ? 'PASSED WITH WARNINGS' : 'PASSED'}`,
        summary,
        checks,
        tables,
        charts: charts(o, config),
        data: { task: o.task, rows: o.rows, metrics: o.candidate, unavailable: o.unavailable, baseline: o.baseline, comparison: o.comparison, mcnemar: o.mcnemar, fairness: o.fairness, slices: o.slices, latency: o.latency, model_size_mb: o.modelSizeMb, bootstrap: o.bootstrap, config: { source: config.source, format: config.format } },
    });
}
const passSummary = (n) => (n === 0 ? 'No gate was measured.' : n === 1 ? 'The one gate passes.' : `All ${n} gates pass.`);
const fmtNum = (x) => (Number.isNaN(x) ? 'n/a' : fmt(x));
/** The metrics worth a glance: the gated ones and the usual headline set for the task. */
function keyMetrics(o, config) {
    const headline = o.task === 'regression' ? ['mean_absolute_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'] : ['accuracy', 'balanced_accuracy', 'f1', 'f1_macro', 'roc_auc', 'average_precision', 'log_loss'];
    const gated = config.gates.flatMap((g) => {
        const q = parseQuantity(g.metric);
        return typeof q !== 'string' && (q.kind === 'metric' || q.kind === 'improvement') ? [q.metric] : [];
    });
    return new Set([...gated, ...headline]);
}
function gateTitle(metric, o) {
    const q = parseQuantity(metric);
    if (typeof q === 'string')
        return metric;
    const level = `${Math.round((o.bootstrap?.confidence ?? 0.95) * 100)}% interval`;
    switch (q.kind) {
        case 'metric':
            return q.metric;
        case 'latency':
            return `Latency ${q.key.replace('_ms', '')} (ms)`;
        case 'improvement':
            return `Improvement in ${q.metric} over production${q.part === 'lower_bound' ? `, ${level} lower bound` : q.part === 'upper_bound' ? `, ${level} upper bound` : q.part === 'p_value' ? ', P(not better)' : ''}`;
        case 'mcnemar':
            return "McNemar's test p-value";
        case 'fairness':
            return `${q.key.replace(/_/g, ' ')} by ${q.column}`;
        case 'slices':
            return `${q.metric} in every ${q.column} slice`;
        case 'leakage':
            return 'Train/test leakage (rows)';
        case 'model_size':
            return 'Model size (MiB)';
    }
}
function comparisonTable(o, config, only) {
    const thresholds = new Map();
    for (const g of config.gates) {
        const [head, metric, part] = g.metric.split('.');
        const [key, text] = head === 'improvement' ? [canonicalMetric(metric), `${part ?? '\u0394'} ${g.op} ${g.value}`] : [canonicalMetric(g.metric), `${g.op} ${g.value}`];
        thresholds.set(key, [thresholds.get(key), text].filter(Boolean).join('; '));
    }
    const statusOf = (metric) => {
        const mine = o.gates.filter((r) => canonicalMetric(r.gate.metric) === metric || r.gate.metric.startsWith(`improvement.${metric}`));
        if (mine.length === 0)
            return '';
        return mine.every((r) => r.status === 'pass') ? '\u2705' : mine.some((r) => r.status === 'fail' || r.status === 'error') ? '\u274c' : '\u2796';
    };
    const level = o.bootstrap ? `${Math.round(o.bootstrap.confidence * 100)}% CI` : 'CI';
    return {
        title: o.baseline ? 'Candidate vs production' : 'Candidate metrics',
        columns: o.baseline ? ['metric', 'candidate', 'production', 'improvement', level, 'threshold', 'status'] : ['metric', 'value', 'threshold', 'status'],
        folded: only === undefined,
        rows: o.comparison.filter((c) => !only || only.has(c.metric)).map((c) => o.baseline
            ? [c.metric, num(c.candidate), num(c.baseline), signed(c.improvement), c.interval ? `${signed(c.interval.lower)} \u2026 ${signed(c.interval.upper)}` : null, thresholds.get(c.metric) ?? null, statusOf(c.metric)]
            : [c.metric, num(c.candidate), thresholds.get(c.metric) ?? null, statusOf(c.metric)]),
    };
}
function charts(o, config) {
    const out = [];
    const key = keyMetrics(o, config);
    const deltas = o.comparison.filter((c) => key.has(c.metric) && c.improvement !== undefined && Number.isFinite(c.improvement));
    if (deltas.length) {
        out.push({ title: 'Improvement over production', kind: 'bar', x: deltas.map((c) => c.metric), yLabel: 'improvement', series: [{ name: 'improvement', values: deltas.map((c) => c.improvement) }] });
    }
    for (const f of o.fairness) {
        const groups = f.groups.filter((g) => g.count > 0);
        out.push({
            title: `Selection rate and accuracy by ${f.column}`,
            kind: 'bar',
            x: groups.map((g) => g.group),
            yLabel: 'rate',
            yRange: [0, 1],
            series: [
                { name: 'selection rate', values: groups.map((g) => g.selection_rate) },
                { name: 'accuracy', values: groups.map((g) => g.accuracy) },
            ],
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/gate/index.ts






;// CONCATENATED MODULE: ./packages/metrics/src/index.ts




















/***/ })

};
