import { isNumericKind, type Field } from '../table';
import type { Dialect } from './dialect';

/**
 * A column as every statement reads it: the local reader's normalisation
 * (table.ts), so both engines count and compare the same values. Numbers as
 * doubles (int64 past 2^53 rounds, as in pandas), floating NaN as missing,
 * dates and timestamps as epoch milliseconds, anything else as text.
 */
export function valueExpr(d: Dialect, f: Field): string {
  const c = d.quote(f.name);
  if (f.kind === 'float') return d.nanToNull(d.cast(c, 'double'));
  if (isNumericKind(f.kind)) return d.cast(c, 'double');
  if (f.kind === 'timestamp' || f.kind === 'date') return d.epochMs(c, f.kind);
  // Text as text whatever the engine's type (uuid, time, char(n) are read as text too).
  if (f.kind === 'binary' || f.kind === 'nested' || f.kind === 'string') return d.cast(c, 'text');
  return c;
}

/** Whether the profile keeps moments and quantiles for the column (numbers and instants), as the local profiler does. */
export const isMeasured = (f: Field): boolean => isNumericKind(f.kind) || f.kind === 'timestamp' || f.kind === 'date';

/** Columns whose values are counted (top values, class balance); the local profiler counts no binary or nested values either. */
export const isCounted = (f: Field): boolean => f.kind !== 'binary' && f.kind !== 'nested';

/** The order ties between equally frequent values are listed in: ascending, text by code point. */
export const orderExpr = (d: Dialect, f: Field, expr: string): string => (f.kind === 'string' ? d.codePointOrder(expr) : expr);
