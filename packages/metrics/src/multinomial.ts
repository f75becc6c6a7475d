import type { Xoshiro128 } from './random';

/**
 * Exact binomial and multinomial draws, so a bootstrap over count-based
 * metrics can resample the cells of a confusion table instead of the rows:
 * drawing n rows with replacement and counting them per cell is a
 * Multinomial(n, cells / n) draw, and one costs O(cells) instead of O(n).
 *
 * The binomial sampler is NumPy's (numpy/random/src/distributions/distributions.c):
 * inversion when n·min(p, 1−p) ≤ 30, otherwise BTPE (Kachitvichyanukul &
 * Schmeiser 1988, "Binomial random variate generation"), both exact.
 */
export function binomial(rng: Xoshiro128, n: number, p: number): number {
  if (n === 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const r = p <= 0.5 ? p : 1 - p;
  const x = r * n <= 30 ? inversion(rng, n, r) : btpe(rng, n, r);
  return p <= 0.5 ? x : n - x;
}

function inversion(rng: Xoshiro128, n: number, p: number): number {
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
    } else {
      u -= px;
      px = ((n - x + 1) * p * px) / (x * q);
    }
  }
  return x;
}

/** Stirling-series correction terms of BTPE's final acceptance test. */
const stirling = (v: number) => {
  const v2 = v * v;
  return (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320;
};

/** BTPE for p ≤ 0.5 and n·p > 30: a triangle, two parallelograms and exponential tails over the pmf, with squeeze tests. */
function btpe(rng: Xoshiro128, n: number, p: number): number {
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
    let y: number;
    if (u <= p1) return Math.floor(xm - p1 * v + u); // the triangle: accepted outright
    if (u <= p2) {
      const x = xl + (u - p1) / c;
      v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
      if (v > 1) continue;
      y = Math.floor(x);
    } else if (u <= p3) {
      y = Math.floor(xl + Math.log(v) / laml);
      if (y < 0 || v === 0) continue;
      v = v * (u - p2) * laml;
    } else {
      y = Math.floor(xr - Math.log(v) / lamr);
      if (y > n || v === 0) continue;
      v = v * (u - p3) * lamr;
    }
    const k = Math.abs(y - m);
    if (k <= 20 || k >= nrq / 2 - 1) {
      // Explicit pmf ratio f(y)/f(m) by recursion.
      const s = p / q;
      const aa = s * (n + 1);
      let f = 1;
      if (m < y) for (let i = m + 1; i <= y; i++) f *= aa / i - s;
      else if (m > y) for (let i = y + 1; i <= m; i++) f /= aa / i - s;
      if (v <= f) return y;
      continue;
    }
    // Squeeze on log(v), then the Stirling-approximated log pmf ratio.
    const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const t = (-k * k) / (2 * nrq);
    const logV = Math.log(v);
    if (logV < t - rho) return y;
    if (logV > t + rho) continue;
    const x1 = y + 1;
    const f1 = m + 1;
    const z = n + 1 - m;
    const w = n - y + 1;
    const bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) + (y - m) * Math.log((w * p) / (x1 * q)) + stirling(f1) + stirling(z) + stirling(x1) + stirling(w);
    if (logV <= bound) return y;
  }
}

/**
 * out[j] ~ Multinomial(n, weights / Σweights), by conditional binomials
 * (NumPy's method): cell j gets Binomial(left, w_j / Σ_{i≥j} w_i). Weights are
 * the observed cell counts, so each ratio is exact.
 */
export function multinomial(rng: Xoshiro128, n: number, weights: ArrayLike<number>, out: Float64Array): void {
  let restWeight = 0;
  for (let j = 0; j < weights.length; j++) restWeight += weights[j]!;
  let left = n;
  for (let j = 0; j < weights.length; j++) {
    const w = weights[j]!;
    if (left === 0 || w === 0) {
      out[j] = 0;
    } else if (w >= restWeight) {
      out[j] = left;
      left = 0;
    } else {
      const draw = binomial(rng, left, w / restWeight);
      out[j] = draw;
      left -= draw;
    }
    restWeight -= w;
  }
}
