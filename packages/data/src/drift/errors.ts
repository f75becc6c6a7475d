import { UserError } from '@mlship/core';

export type DriftSide = 'reference' | 'current';

/**
 * A drift statistic was asked to compare against a side with no non-missing
 * values. There is no honest number to report (a p-value of 1 would read as
 * "no drift"), so the functions throw this instead; it is a UserError because
 * the fix is in the data — its `.line` renders as one sentence.
 */
export class EmptyDistributionError extends UserError {
  constructor(
    readonly statistic: string,
    readonly side: DriftSide,
  ) {
    super(`${statistic}: the ${side} data has no non-missing values to compare`, {
      hint: 'Drift needs at least one value on each side; check that the column is populated in both datasets.',
    });
  }
}

export const isEmptyDistributionError = (e: unknown): e is EmptyDistributionError => e instanceof EmptyDistributionError;

export function assertNotEmpty(statistic: string, reference: { count: number }, current: { count: number }): void {
  if (!(reference.count > 0)) throw new EmptyDistributionError(statistic, 'reference');
  if (!(current.count > 0)) throw new EmptyDistributionError(statistic, 'current');
}
