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

const TRUE = new Set(['True', 'TRUE', 'true']);
const FALSE = new Set(['False', 'FALSE', 'false']);
const INFINITY = /^[+-]?(?:inf|Inf|INF|infinity|Infinity)$/;
/** Every NA token is at most this long, so longer text skips the set lookup. */
const NA_MAX_LENGTH = 8;

/**
 * Cheap rejections first: every NA token starts with one of `# - 1 < N n`,
 * and those starting with `-` or `1` continue with `1 N n` or `.`, which
 * spares most numbers the set lookup.
 */
export function isNaToken(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (n > NA_MAX_LENGTH) return false;
  const c0 = s.charCodeAt(0);
  if (c0 === 45 || c0 === 49) {
    const c1 = s.charCodeAt(1);
    if (c1 !== 49 && c1 !== 78 && c1 !== 110 && c1 !== 46) return false;
  } else if (c0 !== 35 && c0 !== 60 && c0 !== 78 && c0 !== 110) return false;
  return NA_TOKENS.has(s);
}

/*
 * The parsers below run once per CSV cell, so they scan characters instead of
 * running a regular expression and building Dates: on the 1M-row bench file
 * that took reading from 2.4 s to under 1 s.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;

/** `[+-]?\d+` as pandas reads an int64 column. */
export function parseIntText(s: string): number | undefined {
  const n = s.length;
  let i = s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return undefined;
  for (; i < n; i++) if (!isDigit(s.charCodeAt(i))) return undefined;
  return Number(s);
}

/**
 * `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?` plus pandas' inf spellings.
 * Number() does the conversion; the checks around it turn away what Number()
 * accepts but pandas keeps as text (surrounding spaces, 0x/0o/0b literals).
 */
export function parseFloatText(s: string): number | undefined {
  const v = +s;
  const c0 = s.charCodeAt(0);
  if (v !== v || v === Infinity || v === -Infinity) {
    if (!INFINITY.test(s)) return v !== v ? undefined : isDigit(s.charCodeAt(s.length - 1)) ? v : undefined;
    return c0 === 45 ? -Infinity : Infinity;
  }
  const last = s.charCodeAt(s.length - 1);
  if (!(isDigit(last) || last === 46) || !(isDigit(c0) || c0 === 46 || c0 === 43 || c0 === 45)) return undefined;
  if (c0 === 48 && s.length > 2) {
    const c1 = s.charCodeAt(1) | 32;
    if (c1 === 120 || c1 === 111 || c1 === 98) return undefined; // 0x, 0o, 0b
  }
  return v;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Reads `len` digits at `at`, or -1. */
function digitsAt(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

/** `YYYY-MM-DD` → epoch milliseconds of its midnight UTC. */
export function parseDate(s: string): number | undefined {
  if (s.length !== 10) return undefined;
  return dateAt(s);
}

function dateAt(s: string): number | undefined {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = digitsAt(s, 0, 4);
  const m = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  if (y < 0 || m < 0 || d < 0 || !validDate(y, m, d)) return undefined;
  return daysFromCivil(y, m, d) * 86_400_000;
}

/**
 * `YYYY-MM-DD[T ]HH:MM[:SS[.fff…]][Z|±HH[:]MM]` → epoch milliseconds. A
 * timestamp without an offset is taken as UTC (pandas keeps it naive); a bare
 * date is its midnight.
 */
export function parseTimestamp(s: string): number | undefined {
  const n = s.length;
  if (n === 10) return dateAt(s);
  if (n < 16) return undefined;
  const day = dateAt(s);
  const sep = s.charCodeAt(10);
  if (day === undefined || (sep !== 84 && sep !== 32) || s.charCodeAt(13) !== 58) return undefined;
  const h = digitsAt(s, 11, 2);
  const mi = digitsAt(s, 14, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  let ms = day + h * 3_600_000 + mi * 60_000;
  let i = 16;
  if (i < n && s.charCodeAt(i) === 58) {
    const sec = digitsAt(s, i + 1, 2);
    if (sec < 0 || sec > 60) return undefined;
    ms += sec * 1000;
    i += 3;
    if (i < n && s.charCodeAt(i) === 46) {
      const start = ++i;
      while (i < n && isDigit(s.charCodeAt(i))) i++;
      if (i === start) return undefined;
      ms += Number(`0.${s.slice(start, i)}`) * 1000;
    }
  }
  if (i === n) return ms;
  const z = s.charCodeAt(i);
  if (z === 90) return i + 1 === n ? ms : undefined;
  if (z !== 43 && z !== 45) return undefined;
  const oh = digitsAt(s, i + 1, 2);
  const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
  const om = digitsAt(s, i + 3 + colon, 2);
  if (oh < 0 || om < 0 || i + 5 + colon !== n) return undefined;
  return ms - (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= DAYS_IN_MONTH[m - 1]! + (leap ? 1 : 0);
}

/** A parser per kind: the typed value, or `undefined` when the text is not of that kind. */
export const TEXT_PARSERS: Record<Exclude<ColumnKind, 'binary' | 'nested'>, (s: string) => Cell | undefined> = {
  int: parseIntText,
  float: parseFloatText,
  decimal: parseFloatText,
  bool: (s) => (TRUE.has(s) ? true : FALSE.has(s) ? false : undefined),
  date: parseDate,
  timestamp: parseTimestamp,
  string: (s) => s,
};

/** Candidate kinds from the narrowest to the widest; `string` accepts everything. */
const ORDER = ['int', 'float', 'bool', 'date', 'timestamp'] as const;

/** A KindInference as data, to cross threads. */
export interface KindState {
  possible: (typeof ORDER)[number][];
  seen: boolean;
}

/**
 * Narrows a column's kind as sample values arrive. Starts with every kind
 * possible and drops those a value does not parse as.
 */
export class KindInference {
  /** In ORDER's order. An array, not a Set: `add` runs per sampled value before V8 optimizes it, where a Set's forEach allocated a closure per value. */
  private possible: (typeof ORDER)[number][] = [...ORDER];
  private seen = false;

  static fromState(s: KindState): KindInference {
    const k = new KindInference();
    k.possible = ORDER.filter((o) => s.possible.includes(o));
    k.seen = s.seen;
    return k;
  }

  toState(): KindState {
    return { possible: [...this.possible], seen: this.seen };
  }

  /** What both saw: the kinds neither ruled out. */
  merge(other: KindInference): void {
    this.possible = this.possible.filter((k) => other.possible.includes(k));
    this.seen ||= other.seen;
  }

  add(text: string): void {
    this.seen = true;
    const possible = this.possible;
    let kept = 0;
    for (let i = 0; i < possible.length; i++) {
      const k = possible[i]!;
      if (TEXT_PARSERS[k](text) !== undefined) possible[kept++] = k;
    }
    possible.length = kept;
  }

  /** A column that was empty in the sample is read as text, the one kind that cannot reject a later value. */
  get kind(): ColumnKind {
    if (!this.seen) return 'string';
    return this.possible[0] ?? 'string';
  }
}
