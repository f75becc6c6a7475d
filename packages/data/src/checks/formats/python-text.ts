/**
 * Character classes as Python's `str` methods and `re` (Unicode patterns) see
 * them, for the readers that port Python's date parsing. Text is handled as
 * code points, as Python indexes it.
 */

/** `str.isspace()`: Unicode White_Space plus the ASCII separators \x1c-\x1f (not U+FEFF, unlike JS `\s`). */
export function isSpace(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const LETTER = /^\p{L}$/u;
const DECIMAL = /^\p{Nd}$/u;

/** `str.isalpha()`: the Unicode letter categories (ASCII answered without the regex, as most text is). */
export function isAlpha(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return LETTER.test(ch);
}

/** A decimal digit of any script (`re`'s `\d`, what `int()` reads). */
export function isDecimal(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 0x30 && c <= 0x39;
  return DECIMAL.test(ch);
}

/**
 * The value of a decimal digit of any script: Unicode keeps each script's digits
 * as runs of ten from zero, so the value is the distance from the run's start, mod 10.
 */
export function digitValue(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  let start = c;
  while (DECIMAL.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

/** `int(text)` for a run of decimal digits (Python also takes a sign, blanks and `_`, which no caller passes). */
export function toInt(chars: readonly string[]): number {
  if (chars.length === 0 || !chars.every(isDecimal)) throw new RangeError(`invalid literal for int(): ${chars.join('')}`);
  return chars.reduce((n, ch) => n * 10 + digitValue(ch), 0);
}

/** Python's IGNORECASE comparison of two characters (simple case folding both ways). */
export const sameIgnoringCase = (a: string, b: string): boolean => a === b || a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();

export const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** `calendar.monthrange(y, m)[1]`. */
export const daysInMonth = (y: number, m: number): number => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** Whether `datetime.date(y, m, d)` can be built. */
export const validDate = (y: number, m: number, d: number): boolean => y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** Days from 0001-01-01 (ordinal 1), as `date.toordinal()`. */
export function toOrdinal(y: number, m: number, d: number): number {
  const py = y - 1;
  let days = py * 365 + Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400);
  for (let i = 1; i < m; i++) days += daysInMonth(y, i);
  return days + d;
}

/** `date.fromordinal(n)` as [y, m, d], or undefined past 9999-12-31 or before 0001-01-01. */
export function fromOrdinal(n: number): [number, number, number] | undefined {
  if (n < 1 || n > toOrdinal(9999, 12, 31)) return undefined;
  let y = Math.floor(n / 365.2425) + 1;
  while (toOrdinal(y, 1, 1) > n) y--;
  while (y < 9999 && toOrdinal(y + 1, 1, 1) <= n) y++;
  let rest = n - toOrdinal(y, 1, 1) + 1;
  let m = 1;
  while (rest > daysInMonth(y, m)) rest -= daysInMonth(y, m++);
  return [y, m, rest];
}

/** `date.weekday()`: Monday 0 … Sunday 6. */
export const weekday = (y: number, m: number, d: number): number => (toOrdinal(y, m, d) + 6) % 7;

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
