import type { CategoricalDistribution, NumericDistribution } from '../stats/distribution';
import { upperBound } from '../stats/sorted';


/**
 * An exact NumericDistribution over every value (NaN = missing, dropped).
 * Meant for small columns and reference sets; memory is one Float64Array.
 * quantile() reproduces numpy.quantile(method='linear') to the last bit, because
 * PSI bin edges come from it and a tie sitting exactly on an edge moves a whole
 * block of rows between bins.
 */
export function exactNumeric(values: Iterable<number> | ArrayLike<number>): NumericDistribution {
  const all = Array.from(values as ArrayLike<number>).filter((v) => !Number.isNaN(v));
  const sorted = Float64Array.from(all).sort();
  const n = sorted.length;
  let distinct: Float64Array | undefined;
  return {
    count: n,
    exact: true,
    cdf: (x: number) => (n === 0 || Number.isNaN(x) ? 0 : upperBound(sorted, x) / n),
    quantile: (q: number) => {
      if (n === 0 || Number.isNaN(q)) return NaN;
      const virtual = (n - 1) * Math.min(1, Math.max(0, q));
      if (virtual >= n - 1) return sorted[n - 1];
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
        for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out[k++] = sorted[i];
        distinct = out.slice(0, k);
      }
      return distinct;
    },
  };
}

/** An exact CategoricalDistribution; null/undefined are missing, everything else counts under String(value). */
export function exactCategorical(values: Iterable<string | number | boolean | bigint | null | undefined>): CategoricalDistribution {
  const counts = new Map<string, number>();
  let n = 0;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const key = String(v);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    n++;
  }
  return { count: n, exact: true, counts: () => counts };
}

/** An exact CategoricalDistribution from counts already tallied (zero and negative counts are dropped). */
export function categoricalFromCounts(counts: Iterable<readonly [string, number]>): CategoricalDistribution {
  const map = new Map<string, number>();
  let n = 0;
  for (const [k, c] of counts) {
    if (!(c > 0)) continue;
    map.set(k, (map.get(k) ?? 0) + c);
    n += c;
  }
  return { count: n, exact: true, counts: () => map };
}
