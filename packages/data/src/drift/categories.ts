import type { CategoricalDistribution } from '../stats/distribution';

export interface AlignedCounts {
  /** Union of categories with a positive count on either side: the reference's order, then categories new in current. */
  categories: string[];
  reference: number[];
  current: number[];
}

/** Line both sides up over the union of their categories (a category missing on one side counts 0 there). */
export function alignCategories(reference: CategoricalDistribution, current: CategoricalDistribution): AlignedCounts {
  const refCounts = reference.counts();
  const curCounts = current.counts();
  const categories: string[] = [];
  for (const [k, c] of refCounts) if (c > 0) categories.push(k);
  for (const [k, c] of curCounts) if (c > 0 && !(refCounts.get(k)! > 0)) categories.push(k);
  return {
    categories,
    reference: categories.map((k) => Math.max(0, refCounts.get(k) ?? 0)),
    current: categories.map((k) => Math.max(0, curCounts.get(k) ?? 0)),
  };
}

export const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
