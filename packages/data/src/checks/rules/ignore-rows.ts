import { isMissing, type Cell } from '../../table';

/**
 * GX's ignore_row_if: which rows a check over several columns leaves out before
 * it counts anything. Left-out rows are neither judged nor in `mostly`'s base;
 * GX's pandas engine drops them with `dropna(how="all" | "any")` over the checked columns.
 */
export const ROW_IGNORES = ['all_values_are_missing', 'any_value_is_missing', 'never'] as const;
export type RowIgnore = (typeof ROW_IGNORES)[number];

/** A column pair spells the same three rules its own way; GX before 0.16 also took `never` for `neither`. */
export const PAIR_IGNORES = ['both_values_are_missing', 'either_value_is_missing', 'neither'] as const;
export type PairIgnore = (typeof PAIR_IGNORES)[number];
export const pairIgnore: Record<PairIgnore, RowIgnore> = { both_values_are_missing: 'all_values_are_missing', either_value_is_missing: 'any_value_is_missing', neither: 'never' };

export function ignoredRow(rule: RowIgnore, cols: readonly ArrayLike<Cell>[], r: number): boolean {
  if (rule === 'never') return false;
  return rule === 'all_values_are_missing' ? cols.every((c) => isMissing(c[r])) : cols.some((c) => isMissing(c[r]));
}
