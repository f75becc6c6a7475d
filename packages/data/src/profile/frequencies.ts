import type { CategoricalDistribution } from '../stats/distribution';
import type { Cell } from '../table';

/**
 * Value counts, exact up to MAX_CATEGORIES distinct values. Past that the
 * column is not categorical: numeric columns stop counting (their top values
 * say nothing), text columns keep counting the values already seen so the
 * heavy hitters in `top` stay right, and `exact` turns false.
 */
export const MAX_CATEGORIES = 10_000;

export class Frequencies implements CategoricalDistribution {
  private map = new Map<Cell, number>();
  private seen = 0;
  private overflow = false;
  private stopped = false;

  constructor(private readonly keepCountingOnOverflow: boolean) {}

  get count(): number {
    return this.seen;
  }

  get exact(): boolean {
    return !this.overflow;
  }

  add(v: Cell): void {
    if (this.stopped) return;
    this.seen++;
    const n = this.map.get(v);
    if (n !== undefined) {
      this.map.set(v, n + 1);
    } else if (this.map.size < MAX_CATEGORIES) {
      this.map.set(v, 1);
    } else {
      this.overflow = true;
      if (!this.keepCountingOnOverflow) {
        this.stopped = true;
        this.map.clear();
      }
    }
  }

  counts(): ReadonlyMap<string, number> {
    const out = new Map<string, number>();
    for (const [k, n] of this.map) {
      const key = String(k);
      out.set(key, (out.get(key) ?? 0) + n);
    }
    return out;
  }

  /** Most frequent values, ties broken by value ascending (pandas value_counts order is by count). */
  top(n: number): { value: string; count: number }[] {
    return [...this.counts()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, n)
      .map(([value, count]) => ({ value, count }));
  }
}
