export const id = 402;
export const ids = [402];
export const modules = {

/***/ 65436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ sum),
/* harmony export */   q: () => (/* binding */ alignCategories)
/* harmony export */ });
/** Line both sides up over the union of their categories (a category missing on one side counts 0 there). */
function alignCategories(reference, current) {
    const refCounts = reference.counts();
    const curCounts = current.counts();
    const categories = [];
    for (const [k, c] of refCounts)
        if (c > 0)
            categories.push(k);
    for (const [k, c] of curCounts)
        if (c > 0 && !(refCounts.get(k) > 0))
            categories.push(k);
    return {
        categories,
        reference: categories.map((k) => Math.max(0, refCounts.get(k) ?? 0)),
        current: categories.map((k) => Math.max(0, curCounts.get(k) ?? 0)),
    };
}
const sum = (xs) => xs.reduce((s, x) => s + x, 0);


/***/ }),

/***/ 19063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ assertNotEmpty),
/* harmony export */   kI: () => (/* binding */ isEmptyDistributionError),
/* harmony export */   mh: () => (/* binding */ EmptyDistributionError)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31873);

/**
 * A drift statistic was asked to compare against a side with no non-missing
 * values. There is no honest number to report (a p-value of 1 would read as
 * "no drift"), so the functions throw this instead; it is a UserError because
 * the fix is in the data \u2014 its `.line` renders as one sentence.
 */
class EmptyDistributionError extends _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
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
function assertNotEmpty(statistic, reference, current) {
    if (!(reference.count > 0))
        throw new EmptyDistributionError(statistic, 'reference');
    if (!(current.count > 0))
        throw new EmptyDistributionError(statistic, 'current');
}


/***/ }),

/***/ 78299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CN: () => (/* binding */ kstwoSf),
/* harmony export */   Mn: () => (/* binding */ kolmogn),
/* harmony export */   of: () => (/* binding */ smirnovSf)
/* harmony export */ });
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


/***/ }),

/***/ 74026:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ ksFromStatistic),
/* harmony export */   X: () => (/* binding */ ksTwoSample)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19063);
/* harmony import */ var _kolmogorov__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78299);


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
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('ks', reference, current);
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
    const pValue = (0,_kolmogorov__WEBPACK_IMPORTED_MODULE_1__/* .kstwoSf */ .CN)(d, Math.max(1, roundHalfEven(en)));
    return { statistic: d, pValue: Number.isNaN(pValue) ? 1 : pValue };
}


/***/ }),

/***/ 77606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ psiTerm),
/* harmony export */   E0: () => (/* binding */ PSI_EPSILON),
/* harmony export */   H9: () => (/* binding */ psiCategorical),
/* harmony export */   UY: () => (/* binding */ quantileEdges),
/* harmony export */   js: () => (/* binding */ psi),
/* harmony export */   o8: () => (/* binding */ binShares)
/* harmony export */ });
/* harmony import */ var _categories__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65436);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19063);


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
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('psi', reference, current);
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
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('psi', reference, current);
    const aligned = (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .alignCategories */ .q)(reference, current);
    const refTotal = (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .sum */ .c)(aligned.reference);
    const curTotal = (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .sum */ .c)(aligned.current);
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('psi', { count: refTotal }, { count: curTotal });
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


/***/ }),

/***/ 24470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ withProgress),
/* harmony export */   u6: () => (/* binding */ realProgressClock),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports PROGRESS_EVERY_MS, progressLine, formatDuration */
/* harmony import */ var _mlship_core_digits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15259);
/* harmony import */ var _read_meter__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79650);


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
        parts.push(`${(0,_mlship_core_digits__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K)(s.rows)} rows (${(0,_mlship_core_digits__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K)(Math.round(seconds > 0 ? s.rows / seconds : 0))} rows/s)`);
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
        return await (0,_read_meter__WEBPACK_IMPORTED_MODULE_1__/* .metered */ .F)(meter, work);
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


/***/ })

};
