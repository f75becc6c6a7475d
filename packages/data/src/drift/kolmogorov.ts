/**
 * Survival function of the two-sided one-sample Kolmogorov–Smirnov statistic
 * D_n — scipy.stats.kstwo.sf(d, n) — which is what scipy.stats.ks_2samp uses
 * for its method='asymp' p-value (with n = round(n1·n2/(n1+n2))).
 *
 * A port of scipy/stats/_ksstats.py (Simard & L'Ecuyer's choice among the
 * Durbin matrix, Pomeranz recursion, Pelz–Good expansion and the exact
 * one-sided Smirnov sum) and of Cephes' smirnov(). SciPy evaluates the Smirnov
 * sum in double-double arithmetic; here its terms are all positive and
 * summed in log space, which keeps ~1e-12 relative accuracy for n ≤ 10^6 —
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

const clip01 = (p: number) => (p < 0 ? 0 : p > 1 ? 1 : p);
const pick = (cdfProb: number, sfProb: number, cdf: boolean) => clip01(cdf ? cdfProb : sfProb);

function polyval(coeffs: readonly number[], x: number): number {
  let y = 0;
  for (const c of coeffs) y = y * x + c;
  return y;
}

/** log(n! / n^n) by Stirling, with n·log(n) removed up front to avoid cancellation. */
function logNFactorialDivNPowN(n: number): number {
  const rn = 1 / n;
  return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING_COEFFS, rn / n);
}

function matmul(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}

/** Pr(D_n <= d) by Durbin's matrix algorithm as organised by Marsaglia, Tsang & Wang. */
function kolmognDMTW(n: number, d: number, cdf: boolean): number {
  if (d >= 1) return pick(1, 0, cdf);
  const nd = n * d;
  if (nd <= 0.5) return pick(0, 1, cdf);
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

  let H: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) {
    for (let r = i - 1; r < m; r++) H[r * m + i] = w[r - (i - 1)];
  }
  for (let r = 0; r < m; r++) H[r * m] = v[r];
  for (let c = 0; c < m; c++) H[(m - 1) * m + c] = v[m - 1 - c];

  let Hpwr: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) Hpwr[i * m + i] = 1;
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
      for (let i = 0; i < H.length; i++) H[i] /= EP128;
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
  if (expnt !== 0) p = ldexp(p, expnt);
  return pick(p, 1 - p, cdf);
}

/** p·2^e without overflowing the intermediate power when e is far outside ±1023. */
function ldexp(p: number, e: number): number {
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

function pomeranzJ1J2(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const ip1div2 = Math.floor((i + 1) / 2);
    const ip1mod2 = (i + 1) % 2;
    if (ip1mod2 === 0) {
      if (ip1div2 === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = ip1div2 - 1 - ll - roundf - 1;
        j2 = ip1div2 + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = ip1div2 - 1 - ll - 1;
      j2 = ip1div2 + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Python slice semantics (negative indices count from the end, bounds clamp), as the NumPy original relies on. */
function pySlice(arr: Float64Array, start: number, stop: number): Float64Array {
  const len = arr.length;
  const norm = (i: number) => (i < 0 ? Math.max(len + i, 0) : Math.min(i, len));
  const s = norm(start);
  const e = norm(stop);
  return e > s ? arr.subarray(s, e) : new Float64Array(0);
}

function convolve(a: Float64Array, b: Float64Array): Float64Array {
  if (a.length === 0 || b.length === 0) return new Float64Array(0);
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    for (let j = 0; j < b.length; j++) out[i + j] += ai * b[j];
  }
  return out;
}

/** Pr(D_n <= x) by the Pomeranz recursion (1974). */
function kolmognPomeranz(n: number, x: number, cdf: boolean): number {
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
      for (const vv of V1) if (vv > max) max = vv;
      // Rescale to stay clear of underflow.
      if (max > 0 && max < EM128) {
        for (let q = 0; q < V1.length; q++) V1[q] *= EP128;
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
  if (expnt !== 0) ans = ldexp(ans, expnt);
  return pick(ans, 1 - ans, cdf);
}

/** Pelz–Good (1976) approximation to Pr(D_n <= x), for small x·√n. */
function kolmognPelzGood(n: number, x: number, cdf: boolean): number {
  if (x <= 0) return pick(0, 1, cdf);
  if (x >= 1) return pick(1, 0, cdf);
  const z = Math.sqrt(n) * x;
  const zsquared = z ** 2;
  const zthree = z ** 3;
  const zfour = z ** 4;
  const zsix = z ** 6;
  const qlog = -PI_SQUARED / 8 / zsquared;
  if (qlog < MIN_LOG) return pick(0, 1, cdf);
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
    for (let i = 0; i < 4; i++) K[i] = K[i] * qpower + coeffs[i];
  }
  const divisors = [z, 6 * zfour, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) K[i] = (K[i] * q * SQRT2PI) / divisors[i];

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
  for (let i = 0; i < 4; i++) K[i] /= Math.pow(n, i / 2);
  if (!cdf) {
    for (let i = 0; i < 4; i++) K[i] *= -1;
    K[0] += 1;
  }
  return K[0] + K[1] + K[2] + K[3];
}

/** a·b exactly as hi + lo (Dekker's product; no FMA in JS). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const split = (v: number): [number, number] => {
    const c = 134217729 * v; // 2^27 + 1
    const hi = c - (c - v);
    return [hi, v - hi];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/**
 * One-sided Smirnov survival function Pr(D_n^+ >= x) — scipy.special.smirnov(n, x).
 * Cephes' special cases, then the Birnbaum–Tingey sum
 *   x · Σ_{v=0}^{⌊n(1−x)⌋} C(n,v) (x + v/n)^(v−1) (1 − x − v/n)^(n−v),
 * whose terms are positive, so summing them in log space loses nothing to cancellation.
 */
export function smirnovSf(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;

  // floor(n·x) and the remainder, exactly: D is usually a ratio of counts, so n·x sits on or next to an integer.
  const [nxHi, nxLo] = twoProduct(n, x);
  let nxfl = Math.floor(nxHi);
  let alpha: number;
  if (nxfl === nxHi && nxLo < 0) {
    nxfl -= 1;
    alpha = 1 + nxLo;
  } else {
    alpha = nxHi - nxfl + nxLo;
  }
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) n1mxfl -= 1;

  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
    // x <= 1/n: cdf = x (1+x)^(n-1)
    return clip01(1 - x * Math.exp((n - 1) * Math.log1p(x)));
  }
  if (-2 * n * x * x < CEPHES_MINLOG) return 0;
  if (nxfl >= n - 1) return clip01(Math.pow(1 - x, n));
  if (n > SMIRNOV_MAX_COMPUTE_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
  }

  // log A_v with A_v = C(n,v) (x+v/n)^(v-1) (1-x-v/n)^(n-v); x + v/n = (nxfl + v + alpha)/n keeps n·x exact.
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
    if (Number.isNaN(ref)) ref = logA;
    if (logA - ref > 600) {
      sum *= Math.exp(ref - logA);
      ref = logA;
    }
    const a = Math.exp(logA - ref);
    sum += a;
    if (a !== 0) {
      if (4 * (nTerms - v) * a < DBL_EPSILON * sum && v !== nTerms - 1) break;
    } else if (v > vmid) {
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
 * Pr(D_n <= x) (cdf) or Pr(D_n > x) (sf) for the two-sided one-sample KS statistic —
 * scipy.stats.kstwo.cdf/sf(x, n). n must be a positive integer.
 */
export function kolmogn(n: number, x: number, cdf = true): number {
  if (Number.isNaN(n) || Number.isNaN(x)) return NaN;
  if (!Number.isInteger(n) || n <= 0) return NaN;
  if (x >= 1) return pick(1, 0, cdf);
  if (x <= 0) return pick(0, 1, cdf);
  const t = n * x;
  if (t <= 1) {
    // Ruben–Gambino: 1/2n <= x <= 1/n
    if (t <= 0.5) return pick(0, 1, cdf);
    let prob: number;
    if (n <= 140) {
      prob = 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * (2 * t - 1);
    } else {
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

  // The CDF and SF switch methods at different nx².
  if (!cdf) {
    if (nxsquared >= 370) return 0;
    if (nxsquared >= 2.2) return clip01(2 * smirnovSf(n, x));
  }
  let cdfprob: number;
  if (nxsquared >= 18) cdfprob = 1;
  else if (n <= 100000 && n * x ** 1.5 <= 1.4) cdfprob = kolmognDMTW(n, x, true);
  else cdfprob = kolmognPelzGood(n, x, true);
  return pick(cdfprob, 1 - cdfprob, cdf);
}

/** scipy.stats.kstwo.sf(d, n): Pr(D_n > d). */
export function kstwoSf(d: number, n: number): number {
  if (!(Number.isInteger(n) && n >= 1) || Number.isNaN(d)) return NaN;
  // rv_continuous answers 1 at and below the support's lower end 1/(2n) without calling _sf.
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  return kolmogn(n, d, false);
}
