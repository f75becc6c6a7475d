export const id = 6964;
export const ids = [6964,817,4583];
export const modules = {

/***/ 58157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ exactCategorical),
/* harmony export */   RN: () => (/* binding */ categoricalFromCounts),
/* harmony export */   v: () => (/* binding */ exactNumeric)
/* harmony export */ });
/* harmony import */ var _stats_sorted__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30817);

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
        cdf: (x) => (n === 0 || Number.isNaN(x) ? 0 : (0,_stats_sorted__WEBPACK_IMPORTED_MODULE_0__/* .upperBound */ .K)(sorted, x) / n),
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

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ColumnGroup: () => (/* reexport */ column_group/* ColumnGroup */.o),
  ColumnProfiler: () => (/* reexport */ column/* ColumnProfiler */.k),
  CountedDistribution: () => (/* reexport */ frequencies/* CountedDistribution */.TU),
  DistinctCounter: () => (/* reexport */ distinct/* DistinctCounter */.$),
  DistinctRows: () => (/* reexport */ distinct_rows/* DistinctRows */.K),
  ENGINES: () => (/* reexport */ validate/* ENGINES */.ug),
  EXACT_DISTINCT: () => (/* reexport */ distinct/* EXACT_DISTINCT */.j),
  EXACT_LIMIT: () => (/* reexport */ quantiles/* EXACT_LIMIT */.C),
  EmptyDistributionError: () => (/* reexport */ errors/* EmptyDistributionError */.mh),
  Frequencies: () => (/* reexport */ frequencies/* Frequencies */.RI),
  HashSet53: () => (/* reexport */ hash/* HashSet53 */.HI),
  MAX_CATEGORIES: () => (/* reexport */ frequencies/* MAX_CATEGORIES */.Uy),
  Moments: () => (/* reexport */ moments/* Moments */.W),
  PROFILE_QUANTILES: () => (/* reexport */ column/* PROFILE_QUANTILES */.X),
  PSI_EPSILON: () => (/* reexport */ psi/* PSI_EPSILON */.E0),
  QuantileSketch: () => (/* reexport */ quantiles/* QuantileSketch */.w),
  ROWS_IN_MEMORY: () => (/* reexport */ distinct_rows/* ROWS_IN_MEMORY */.y),
  RowHasher: () => (/* reexport */ hash/* RowHasher */.ae),
  TableProfiler: () => (/* reexport */ profile_table/* TableProfiler */.Y),
  addColumnTerms: () => (/* reexport */ row_lanes/* addColumnTerms */.R_),
  alignCategories: () => (/* reexport */ categories/* alignCategories */.q),
  binShares: () => (/* reexport */ psi/* binShares */.o8),
  buildValidationReport: () => (/* reexport */ report/* buildValidationReport */.s),
  categoricalFromCounts: () => (/* reexport */ exact/* categoricalFromCounts */.RN),
  checkId: () => (/* reexport */ load/* checkId */.ij),
  checkTypes: () => (/* reexport */ config/* checkTypes */.OE),
  chi2Sf: () => (/* reexport */ special/* chi2Sf */.wv),
  chiSquare: () => (/* reexport */ chi_square/* chiSquare */.U),
  configSchemas: () => (/* reexport */ config/* configSchemas */.Jq),
  defaultConfig: () => (/* reexport */ defaults/* defaultConfig */.s),
  exactCategorical: () => (/* reexport */ exact/* exactCategorical */.GC),
  exactNumeric: () => (/* reexport */ exact/* exactNumeric */.v),
  fmix: () => (/* reexport */ hash/* fmix */.jr),
  fold: () => (/* reexport */ hash/* fold */.AU),
  foldRowLanes: () => (/* reexport */ row_lanes/* foldRowLanes */.Jk),
  gammainc: () => (/* reexport */ special/* gammainc */.S$),
  gammaincc: () => (/* reexport */ special/* gammaincc */.Fx),
  hashAsciiBytes: () => (/* reexport */ hash/* hashAsciiBytes */.pP),
  hashColumn: () => (/* reexport */ hash/* hashColumn */.by),
  hashRow: () => (/* reexport */ hash/* hashRow */.vK),
  hashValue: () => (/* reexport */ hash/* hashValue */.gg),
  hivePartitions: () => (/* reexport */ read/* hivePartitions */.yA),
  isCheckType: () => (/* reexport */ config/* isCheckType */.zo),
  isEmptyDistributionError: () => (/* reexport */ errors/* isEmptyDistributionError */.kI),
  isMissing: () => (/* reexport */ table/* isMissing */.b2),
  isNumericKind: () => (/* reexport */ table/* isNumericKind */.kw),
  isTemporalKind: () => (/* reexport */ table/* isTemporalKind */.PB),
  jensenShannon: () => (/* reexport */ jensen_shannon/* jensenShannon */.fy),
  jensenShannonBinned: () => (/* reexport */ jensen_shannon/* jensenShannonBinned */.PE),
  jensenShannonDistance: () => (/* reexport */ jensen_shannon/* jensenShannonDistance */.M$),
  kolmogn: () => (/* reexport */ kolmogorov/* kolmogn */.Mn),
  ksFromStatistic: () => (/* reexport */ ks/* ksFromStatistic */.D),
  ksTwoSample: () => (/* reexport */ ks/* ksTwoSample */.X),
  kstwoSf: () => (/* reexport */ kolmogorov/* kstwoSf */.CN),
  linearQuantile: () => (/* reexport */ sorted/* linearQuantile */.r),
  loadConfig: () => (/* reexport */ load/* loadConfig */.Z9),
  loadConfigSupport: () => (/* reexport */ load/* loadConfigSupport */.y$),
  loadParameters: () => (/* reexport */ load/* loadParameters */.p0),
  logGamma: () => (/* reexport */ special/* logGamma */.SX),
  mix: () => (/* reexport */ hash/* mix */.jh),
  nativeConfigSchema: () => (/* reexport */ config/* nativeConfigSchema */.HQ),
  newRowLanes: () => (/* reexport */ row_lanes/* newRowLanes */.y1),
  openDataset: () => (/* reexport */ read/* openDataset */.Jp),
  parseConfig: () => (/* reexport */ load/* parseConfig */.o4),
  psi: () => (/* reexport */ psi/* psi */.js),
  psiCategorical: () => (/* reexport */ psi/* psiCategorical */.H9),
  psiTerm: () => (/* reexport */ psi/* psiTerm */.$J),
  quantileEdges: () => (/* reexport */ psi/* quantileEdges */.UY),
  scan: () => (/* reexport */ validate/* scan */.SQ),
  smirnovSf: () => (/* reexport */ kolmogorov/* smirnovSf */.of),
  sniffDelimiter: () => (/* reexport */ read/* sniffDelimiter */.yM),
  upperBound: () => (/* reexport */ sorted/* upperBound */.K),
  validateDataset: () => (/* reexport */ validate/* validateDataset */.pw),
  validationConfigJsonSchema: () => (/* reexport */ config/* validationConfigJsonSchema */.Fg)
});

// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(50194);
// EXTERNAL MODULE: ./packages/data/src/checks/config.ts
var config = __webpack_require__(76838);
// EXTERNAL MODULE: ./packages/data/src/checks/load.ts + 6 modules
var load = __webpack_require__(33370);
// EXTERNAL MODULE: ./packages/data/src/checks/defaults.ts
var defaults = __webpack_require__(28694);
// EXTERNAL MODULE: ./packages/data/src/validate.ts
var validate = __webpack_require__(15926);
// EXTERNAL MODULE: ./packages/data/src/report.ts
var report = __webpack_require__(79766);
// EXTERNAL MODULE: ./packages/data/src/drift/psi.ts
var psi = __webpack_require__(77606);
// EXTERNAL MODULE: ./packages/data/src/drift/ks.ts
var ks = __webpack_require__(74026);
// EXTERNAL MODULE: ./packages/data/src/drift/chi-square.ts
var chi_square = __webpack_require__(62598);
// EXTERNAL MODULE: ./packages/data/src/drift/jensen-shannon.ts
var jensen_shannon = __webpack_require__(81335);
// EXTERNAL MODULE: ./packages/data/src/drift/exact.ts
var exact = __webpack_require__(58157);
// EXTERNAL MODULE: ./packages/data/src/drift/categories.ts
var categories = __webpack_require__(65436);
// EXTERNAL MODULE: ./packages/data/src/drift/errors.ts
var errors = __webpack_require__(19063);
// EXTERNAL MODULE: ./packages/data/src/drift/special.ts
var special = __webpack_require__(56969);
// EXTERNAL MODULE: ./packages/data/src/drift/kolmogorov.ts
var kolmogorov = __webpack_require__(78299);
;// CONCATENATED MODULE: ./packages/data/src/drift/index.ts










// EXTERNAL MODULE: ./packages/data/src/profile/column.ts
var column = __webpack_require__(38060);
// EXTERNAL MODULE: ./packages/data/src/profile/table.ts
var profile_table = __webpack_require__(45392);
// EXTERNAL MODULE: ./packages/data/src/profile/hash.ts
var hash = __webpack_require__(37774);
// EXTERNAL MODULE: ./packages/data/src/profile/quantiles.ts + 1 modules
var quantiles = __webpack_require__(79435);
// EXTERNAL MODULE: ./packages/data/src/profile/distinct.ts
var distinct = __webpack_require__(1138);
// EXTERNAL MODULE: ./packages/data/src/profile/frequencies.ts
var frequencies = __webpack_require__(13454);
// EXTERNAL MODULE: ./packages/data/src/profile/moments.ts
var moments = __webpack_require__(17613);
// EXTERNAL MODULE: ./packages/data/src/profile/distinct-rows.ts
var distinct_rows = __webpack_require__(99902);
// EXTERNAL MODULE: ./packages/data/src/profile/column-group.ts
var column_group = __webpack_require__(22818);
// EXTERNAL MODULE: ./packages/data/src/profile/row-lanes.ts
var row_lanes = __webpack_require__(59170);
;// CONCATENATED MODULE: ./packages/data/src/profile/index.ts











// EXTERNAL MODULE: ./packages/data/src/read/index.ts
var read = __webpack_require__(40711);
// EXTERNAL MODULE: ./packages/data/src/stats/sorted.ts
var sorted = __webpack_require__(30817);
;// CONCATENATED MODULE: ./packages/data/src/index.ts













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


/***/ })

};
