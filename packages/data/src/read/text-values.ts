import type { Cell, ColumnKind } from '../table';

/**
 * Typing of text cells (CSV fields, JSON strings), kept close to what
 * `pandas.read_csv` does so that profiles agree with a notebook.
 */

/** pandas' default `na_values` (pandas/_libs/parsers.pyx STR_NA_VALUES). */
export const NA_TOKENS = new Set([
  '', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN',
  '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null',
]);

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|Inf|INF|infinity|Infinity)$/;
const TRUE = new Set(['True', 'TRUE', 'true']);
const FALSE = new Set(['False', 'FALSE', 'false']);
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** For text FLOAT accepted: Number() covers all but pandas' `inf`/`-inf` spellings. */
export const parseFloatToken = (s: string): number => {
  const v = Number(s);
  return v === v ? v : s.charCodeAt(0) === 45 ? -Infinity : Infinity;
};

/**
 * Milliseconds since the epoch; a timestamp without an offset is taken as UTC
 * (pandas keeps it naive), a bare date as its midnight.
 */
export function parseTimestamp(s: string): number | undefined {
  const m = TIMESTAMP.exec(s);
  if (!m) return parseDate(s);
  const [, y, mo, d, h, mi, sec = '0', frac = '', zone] = m;
  const ms = Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +sec) + (frac ? Number(frac) * 1000 : 0);
  if (!validDate(+y!, +mo!, +d!) || +h! > 23 || +mi! > 59 || +sec > 60) return undefined;
  if (!zone || zone === 'Z') return ms;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return ms - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

export function parseDate(s: string): number | undefined {
  const m = DATE.exec(s);
  if (!m || !validDate(+m[1]!, +m[2]!, +m[3]!)) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0);
}

/** A parser per kind: the typed value, or `undefined` when the text is not of that kind. */
export const TEXT_PARSERS: Record<Exclude<ColumnKind, 'binary' | 'nested'>, (s: string) => Cell | undefined> = {
  int: (s) => (INT.test(s) ? Number(s) : undefined),
  float: (s) => (FLOAT.test(s) ? parseFloatToken(s) : undefined),
  decimal: (s) => (FLOAT.test(s) ? parseFloatToken(s) : undefined),
  bool: (s) => (TRUE.has(s) ? true : FALSE.has(s) ? false : undefined),
  date: parseDate,
  timestamp: parseTimestamp,
  string: (s) => s,
};

/** Candidate kinds from the narrowest to the widest; `string` accepts everything. */
const ORDER = ['int', 'float', 'bool', 'date', 'timestamp'] as const;

/**
 * Narrows a column's kind as sample values arrive. Starts with every kind
 * possible and drops those a value does not parse as.
 */
export class KindInference {
  private possible = new Set<(typeof ORDER)[number]>(ORDER);
  private seen = false;

  add(text: string): void {
    this.seen = true;
    for (const k of this.possible) if (TEXT_PARSERS[k](text) === undefined) this.possible.delete(k);
  }

  /** A column that was empty in the sample is read as text, the one kind that cannot reject a later value. */
  get kind(): ColumnKind {
    if (!this.seen) return 'string';
    return ORDER.find((k) => this.possible.has(k)) ?? 'string';
  }
}
