import { daysInMonth, isAlpha, isDecimal, isSpace, MONTHS, toInt, toOrdinal, validDate, WEEKDAYS } from './python-text';

/**
 * Whether `dateutil.parser.parse(value)` (dateutil 2.8, default options: not
 * fuzzy, month before day, no tzinfos) returns a datetime, which is what Great
 * Expectations' expect_column_values_to_be_dateutil_parseable asks. This is a
 * port of dateutil's lexer (`_timelex`) and parser (`parser._parse`,
 * `_parse_numeric_token`, `_ymd.resolve_ymd`, `_build_naive`), kept in
 * dateutil's order so a case can be followed line by line in its source; only
 * the bookkeeping dateutil needs for fuzzy parsing and for building time zones
 * (which never makes parse raise) is left out.
 *
 * Like dateutil, missing fields come from `today` (a bare "31" is the 31st of
 * this month, so it depends on the month) and two-digit years are read within
 * 50 years of `today`'s year.
 */
export interface Today {
  year: number;
  month: number;
  day: number;
}

export function todayUtc(now: number): Today {
  const d = new Date(now);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** What dateutil raises and parse() passes on: the value is not a date. */
class NotADate extends Error {}
const fail = (): never => {
  throw new NotADate();
};

// Python counts code points; most text has no surrogate pairs, where that is the JS length.
const SURROGATE = /[\uD800-\uDFFF]/;
const cpLen = (s: string) => (SURROGATE.test(s) ? Array.from(s).length : s.length);
const slice = (s: string, a: number, b?: number) => (SURROGATE.test(s) ? Array.from(s).slice(a, b) : s.slice(a, b).split(''));

function lookup(groups: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  groups.forEach((names, i) => names.forEach((n) => m.set(n, i)));
  return m;
}
const JUMP = new Set([' ', '.', ',', ';', '-', '/', "'", 'at', 'on', 'and', 'ad', 'm', 't', 'of', 'st', 'nd', 'rd', 'th']);
const WEEKDAY = lookup(WEEKDAYS.map((w) => [w.slice(0, 3), w]));
const MONTH = lookup(MONTHS.map((m) => (m === 'september' ? ['sep', 'sept', m] : [m.slice(0, 3), m])));
const HMS = lookup([
  ['h', 'hour', 'hours'],
  ['m', 'minute', 'minutes'],
  ['s', 'second', 'seconds'],
]);
const AMPM = lookup([
  ['am', 'a'],
  ['pm', 'p'],
]);
const UTCZONE = ['UTC', 'GMT', 'Z', 'z'];
const lower = (s: string) => s.toLowerCase();
const jump = (t: string) => JUMP.has(lower(t));
const weekdayOf = (t: string) => WEEKDAY.get(lower(t));
const monthOf = (t: string | undefined) => (t === undefined ? fail() : MONTH.has(lower(t)) ? MONTH.get(lower(t))! + 1 : undefined);
const hmsOf = (t: string) => HMS.get(lower(t));
const ampmOf = (t: string) => AMPM.get(lower(t));
const isUtcZone = (t: string) => ['utc', 'gmt', 'z'].includes(lower(t));

/** `_timelex.split`: runs of letters, of digits (with `.`/`,` decimals) and single other characters. */
export function timelex(text: string): string[] {
  const chars = Array.from(text).filter((c) => c !== '\0');
  const out: string[] = [];
  const stack: string[] = [];
  let i = 0;
  const isword = isAlpha;
  const isnum = isDecimal;
  for (;;) {
    if (stack.length) {
      out.push(stack.shift()!);
      continue;
    }
    if (i >= chars.length) break;
    let seenLetters = false;
    let token = '';
    let state: '' | 'a' | '0' | 'a.' | '0.' = '';
    while (i < chars.length) {
      const c = chars[i++]!;
      if (!state) {
        token = c;
        if (isword(c)) state = 'a';
        else if (isnum(c)) state = '0';
        else {
          if (isSpace(c)) token = ' ';
          break;
        }
      } else if (state === 'a') {
        seenLetters = true;
        if (isword(c)) token += c;
        else if (c === '.') {
          token += c;
          state = 'a.';
        } else {
          i--;
          break;
        }
      } else if (state === '0') {
        if (isnum(c)) token += c;
        else if (c === '.' || (c === ',' && cpLen(token) >= 2)) {
          token += c;
          state = '0.';
        } else {
          i--;
          break;
        }
      } else if (state === 'a.') {
        seenLetters = true;
        if (c === '.' || isword(c)) token += c;
        else if (isnum(c) && token.endsWith('.')) {
          token += c;
          state = '0.';
        } else {
          i--;
          break;
        }
      } else {
        if (c === '.' || isnum(c)) token += c;
        else if (isword(c) && token.endsWith('.')) {
          token += c;
          state = 'a.';
        } else {
          i--;
          break;
        }
      }
    }
    const dots = token.split('.').length - 1;
    if ((state === 'a.' || state === '0.') && (seenLetters || dots > 1 || token.endsWith('.') || token.endsWith(','))) {
      const parts = token.split(/([.,])/);
      token = parts[0]!;
      for (const p of parts.slice(1)) if (p) stack.push(p);
    }
    if (state === '0.' && !token.includes('.')) token = token.replaceAll(',', '.');
    out.push(token);
  }
  return out;
}

/** `float(token)` succeeds: digits with at most one point, or nan/inf/infinity (which `_to_decimal` then refuses). */
const ASCII_NUMBER = /^[0-9]+(\.[0-9]*)?$/;
const NUMBER = /^(\p{Nd}+(\.\p{Nd}*)?|\.\p{Nd}+)$/u;

function floatable(t: string): boolean {
  return ASCII_NUMBER.test(t) || NUMBER.test(t) || /^(nan|inf|infinity)$/i.test(t);
}

/** `Decimal(token)` when finite, as a number; dateutil raises ValueError otherwise. */
function toDecimal(t: string | undefined): number {
  if (t === undefined) return fail();
  if (ASCII_NUMBER.test(t)) return Number(t);
  if (!NUMBER.test(t)) return fail();
  const [whole, frac = ''] = t.split('.');
  const w = whole ? toInt(Array.from(whole)) : 0;
  return frac ? w + toInt(Array.from(frac)) / 10 ** cpLen(frac) : w;
}

/** Python's `int()` of a token or a slice of one: digits only. */
const ASCII_DIGITS = /^[0-9]+$/;
const int = (s: string | string[] | undefined): number => {
  if (s === undefined) return fail();
  if (typeof s === 'string' && ASCII_DIGITS.test(s)) return Number(s);
  const chars = typeof s === 'string' ? Array.from(s) : s;
  if (chars.length === 0 || !chars.every(isDecimal)) return fail();
  return toInt(chars);
};

/** `str.isdigit()` for a whole token (decimal digits; other Unicode digits are refused by `int()` anyway). */
const isDigits = (s: string) => ASCII_DIGITS.test(s) || (s.length > 0 && Array.from(s).every(isDecimal));

/** `_ymd`: the numbers read so far that may be a year, a month or a day. */
class Ymd {
  values: number[] = [];
  centurySpecified = false;
  ystridx?: number;
  mstridx?: number;
  dstridx?: number;

  get length() {
    return this.values.length;
  }

  /** Python indexing, negative indices counting from the end. */
  at(i: number): number {
    const v = this.values[i < 0 ? this.values.length + i : i];
    return v === undefined ? fail() : v;
  }

  couldBeDay(value: number): boolean {
    if (this.dstridx !== undefined) return false;
    if (this.mstridx === undefined) return value >= 1 && value <= 31;
    const month = this.at(this.mstridx);
    if (month < 1 || month > 12) return fail();
    if (this.ystridx === undefined) return value >= 1 && value <= daysInMonth(2000, month);
    return value >= 1 && value <= daysInMonth(this.at(this.ystridx), month);
  }

  /** A token's text (`"05"`, `"2019"`) or a number (a Decimal, or a month from its name). */
  append(val: string | number, label?: 'M' | 'Y'): void {
    if (typeof val === 'string') {
      if (isDigits(val) && cpLen(val) > 2) {
        this.centurySpecified = true;
        if (label !== undefined && label !== 'Y') fail();
        label = 'Y';
      }
    } else if (val > 100) {
      this.centurySpecified = true;
      if (label !== undefined && label !== 'Y') fail();
      label = 'Y';
    }
    this.values.push(typeof val === 'string' ? int(val) : Math.trunc(val));
    const idx = this.values.length - 1;
    if (label === 'M') {
      if (this.mstridx !== undefined) fail();
      this.mstridx = idx;
    } else if (label === 'Y') {
      if (this.ystridx !== undefined) fail();
      this.ystridx = idx;
    }
  }

  resolve(): [number | undefined, number | undefined, number | undefined] {
    const strids: Record<string, number> = {};
    if (this.ystridx !== undefined) strids.y = this.ystridx;
    if (this.mstridx !== undefined) strids.m = this.mstridx;
    if (this.dstridx !== undefined) strids.d = this.dstridx;
    const known = Object.keys(strids).length;
    const n = this.length;
    if ((n === known && known > 0) || (n === 3 && known === 2)) {
      if (n === 3 && known === 2) {
        const missing = [0, 1, 2].find((x) => !Object.values(strids).includes(x))!;
        const key = ['y', 'm', 'd'].find((k) => !(k in strids))!;
        strids[key] = missing;
      }
      const get = (k: string) => (k in strids ? this.at(strids[k]!) : undefined);
      return [get('y'), get('m'), get('d')];
    }
    let year: number | undefined;
    let month: number | undefined;
    let day: number | undefined;
    const m = this.mstridx;
    const v = (i: number) => this.at(i);
    if (n > 3) fail();
    else if (n === 1 || (m !== undefined && n === 2)) {
      let other: number;
      if (m !== undefined) {
        month = v(m);
        other = v(m - 1);
      } else other = v(0);
      if (n > 1 || m === undefined) {
        if (other > 31) year = other;
        else day = other;
      }
    } else if (n === 2) {
      if (v(0) > 31) [year, month] = [v(0), v(1)];
      else if (v(1) > 31) [month, year] = [v(0), v(1)];
      else [month, day] = [v(0), v(1)];
    } else if (n === 3) {
      if (m === 0) {
        if (v(1) > 31) [month, year, day] = [v(0), v(1), v(2)];
        else [month, day, year] = [v(0), v(1), v(2)];
      } else if (m === 1) {
        if (v(0) > 31) [year, month, day] = [v(0), v(1), v(2)];
        else [day, month, year] = [v(0), v(1), v(2)];
      } else if (m === 2) {
        if (v(1) > 31) [day, year, month] = [v(0), v(1), v(2)];
        else [year, day, month] = [v(0), v(1), v(2)];
      } else if (v(0) > 31 || this.ystridx === 0) [year, month, day] = [v(0), v(1), v(2)];
      else if (v(0) > 12) [day, month, year] = [v(0), v(1), v(2)];
      else [month, day, year] = [v(0), v(1), v(2)];
    }
    return [year, month, day];
  }
}

interface Result {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  second?: number;
  microsecond?: number;
  tzname?: string;
  tzoffset?: number;
  ampm?: number;
  centurySpecified?: boolean;
}

/** `_could_be_tzname`; after an explicit offset dateutil asks it with no offset, to read "+0530 (IST)". */
const couldBeTzname = (res: Result, token: string, ignoreOffset = false) =>
  res.hour !== undefined && res.tzname === undefined && (ignoreOffset || res.tzoffset === undefined) && cpLen(token) <= 5 && (/^[A-Z]+$/.test(token) || UTCZONE.includes(token));

const adjustAmpm = (hour: number, ampm: number) => (hour < 12 && ampm === 1 ? hour + 12 : hour === 12 && ampm === 0 ? 0 : hour);

function parseMinSec(value: number): [number, number | undefined] {
  const minute = Math.trunc(value);
  const rest = value % 1;
  return [minute, rest ? Math.trunc(60 * rest) : undefined];
}

function parseMs(value: string): [number, number] {
  if (!value.includes('.')) return [int(value), 0];
  const parts = value.split('.');
  if (parts.length !== 2) fail();
  return [int(parts[0]!), int(slice(parts[1]!.padEnd(6, '0'), 0, 6))];
}

function findHmsIdx(idx: number, tokens: string[]): number | undefined {
  const n = tokens.length;
  if (idx + 1 < n && hmsOf(tokens[idx + 1]!) !== undefined) return idx + 1;
  if (idx + 2 < n && tokens[idx + 1] === ' ' && hmsOf(tokens[idx + 2]!) !== undefined) return idx + 2;
  if (idx > 0 && hmsOf(tokens[idx - 1]!) !== undefined) return idx - 1;
  if (1 < idx && idx === n - 1 && tokens[idx - 1] === ' ' && hmsOf(tokens[idx - 2]!) !== undefined) return idx - 2;
  return undefined;
}

function assignHms(res: Result, valueRepr: string, hms: number): void {
  const value = toDecimal(valueRepr);
  if (hms === 0) {
    res.hour = Math.trunc(value);
    if (value % 1) res.minute = Math.trunc(60 * (value % 1));
  } else if (hms === 1) [res.minute, res.second] = parseMinSec(value);
  else [res.second, res.microsecond] = parseMs(valueRepr);
}

function parseNumericToken(tokens: string[], idx: number, ymd: Ymd, res: Result): number {
  const valueRepr = tokens[idx]!;
  let value = toDecimal(valueRepr);
  const lenLi = cpLen(valueRepr);
  const n = tokens.length;
  const s = valueRepr;
  if (ymd.length === 3 && (lenLi === 2 || lenLi === 4) && res.hour === undefined && (idx + 1 >= n || (tokens[idx + 1] !== ':' && hmsOf(tokens[idx + 1]!) === undefined))) {
    res.hour = int(slice(s, 0, 2));
    if (lenLi === 4) res.minute = int(slice(s, 2));
  } else if (lenLi === 6 || (lenLi > 6 && Array.from(s).indexOf('.') === 6)) {
    if (ymd.length === 0 && !s.includes('.')) {
      ymd.append(slice(s, 0, 2).join(''));
      ymd.append(slice(s, 2, 4).join(''));
      ymd.append(slice(s, 4).join(''));
    } else {
      res.hour = int(slice(s, 0, 2));
      res.minute = int(slice(s, 2, 4));
      [res.second, res.microsecond] = parseMs(slice(s, 4).join(''));
    }
  } else if (lenLi === 8 || lenLi === 12 || lenLi === 14) {
    ymd.append(slice(s, 0, 4).join(''), 'Y');
    ymd.append(slice(s, 4, 6).join(''));
    ymd.append(slice(s, 6, 8).join(''));
    if (lenLi > 8) {
      res.hour = int(slice(s, 8, 10));
      res.minute = int(slice(s, 10, 12));
      if (lenLi > 12) res.second = int(slice(s, 12));
    }
  } else if (findHmsIdx(idx, tokens) !== undefined) {
    const hmsIdx = findHmsIdx(idx, tokens)!;
    let hms: number;
    if (hmsIdx > idx) {
      hms = hmsOf(tokens[hmsIdx]!)!;
      idx = hmsIdx;
    } else hms = hmsOf(tokens[hmsIdx]!)! + 1;
    // dateutil's _parse_hms gives hms 3 for a unit word before the number ("s 5"), which _assign_hms ignores.
    if (hms <= 2) assignHms(res, valueRepr, hms);
  } else if (idx + 2 < n && tokens[idx + 1] === ':') {
    res.hour = Math.trunc(value);
    value = toDecimal(tokens[idx + 2]);
    [res.minute, res.second] = parseMinSec(value);
    if (idx + 4 < n && tokens[idx + 3] === ':') {
      [res.second, res.microsecond] = parseMs(tokens[idx + 4]!);
      idx += 2;
    }
    idx += 2;
  } else if (idx + 1 < n && ['-', '/', '.'].includes(tokens[idx + 1]!)) {
    const sep = tokens[idx + 1];
    ymd.append(valueRepr);
    if (idx + 2 < n && !jump(tokens[idx + 2]!)) {
      if (isDigits(tokens[idx + 2]!)) ymd.append(tokens[idx + 2]!);
      else {
        const month = monthOf(tokens[idx + 2]);
        if (month === undefined) fail();
        ymd.append(month!, 'M');
      }
      if (idx + 3 < n && tokens[idx + 3] === sep) {
        const month = monthOf(tokens[idx + 4]);
        if (month !== undefined) ymd.append(month, 'M');
        else ymd.append(tokens[idx + 4]!);
        idx += 2;
      }
      idx += 1;
    }
    idx += 1;
  } else if (idx + 1 >= n || jump(tokens[idx + 1]!)) {
    if (idx + 2 < n && ampmOf(tokens[idx + 2]!) !== undefined) {
      res.hour = adjustAmpm(Math.trunc(value), ampmOf(tokens[idx + 2]!)!);
      idx += 1;
    } else ymd.append(value);
    idx += 1;
  } else if (ampmOf(tokens[idx + 1]!) !== undefined && value >= 0 && value < 24) {
    res.hour = adjustAmpm(Math.trunc(value), ampmOf(tokens[idx + 1]!)!);
    idx += 1;
  } else if (ymd.couldBeDay(value)) ymd.append(value);
  else fail();
  return idx;
}

/** `parser._parse` with fuzzy off: the fields found, or a throw where dateutil gives up. */
function parseFields(text: string, thisYear: number): Result {
  const res: Result = {};
  const l = timelex(text);
  const ymd = new Ymd();
  const n = l.length;
  const tok = (i: number) => (i < n ? l[i]! : fail());
  let i = 0;
  while (i < n) {
    const t = l[i]!;
    if (floatable(t)) i = parseNumericToken(l, i, ymd, res);
    else if (weekdayOf(t) !== undefined) res.weekday = weekdayOf(t);
    else if (monthOf(t) !== undefined) {
      ymd.append(monthOf(t)!, 'M');
      if (i + 1 < n) {
        if (l[i + 1] === '-' || l[i + 1] === '/') {
          const sep = l[i + 1];
          ymd.append(tok(i + 2));
          if (i + 3 < n && l[i + 3] === sep) {
            ymd.append(tok(i + 4));
            i += 2;
          }
          i += 2;
        } else if (i + 4 < n && l[i + 1] === ' ' && l[i + 3] === ' ' && lower(l[i + 2]!) === 'of') {
          if (isDigits(l[i + 4]!)) ymd.append(String(convertYear(int(l[i + 4]), false, thisYear)), 'Y');
          i += 4;
        }
      }
    } else if (ampmOf(t) !== undefined) {
      if (res.hour === undefined || res.hour < 0 || res.hour > 12) fail();
      res.hour = adjustAmpm(res.hour!, ampmOf(t)!);
      res.ampm = ampmOf(t);
    } else if (couldBeTzname(res, t)) {
      res.tzname = t;
      res.tzoffset = t === 'utc' || t === 'gmt' || t === 'z' ? 0 : undefined;
      if (i + 1 < n && (l[i + 1] === '+' || l[i + 1] === '-')) {
        // "UTC+3" means three hours behind UTC (POSIX), so dateutil flips the sign.
        l[i + 1] = l[i + 1] === '+' ? '-' : '+';
        res.tzoffset = undefined;
        if (isUtcZone(t)) res.tzname = undefined;
      }
    } else if (res.hour !== undefined && (t === '+' || t === '-')) {
      const signal = t === '+' ? 1 : -1;
      const next = tok(i + 1);
      const lenLi = cpLen(next);
      let hourOffset: number;
      let minOffset: number;
      if (lenLi === 4) {
        hourOffset = int(slice(next, 0, 2));
        minOffset = int(slice(next, 2));
      } else if (i + 2 < n && l[i + 2] === ':') {
        hourOffset = int(next);
        minOffset = int(tok(i + 3));
        i += 2;
      } else if (lenLi <= 2) {
        hourOffset = int(slice(next, 0, 2));
        minOffset = 0;
      } else return fail();
      res.tzoffset = signal * (hourOffset * 3600 + minOffset * 60);
      if (i + 5 < n && jump(l[i + 2]!) && l[i + 3] === '(' && l[i + 5] === ')' && cpLen(l[i + 4]!) >= 3 && couldBeTzname(res, l[i + 4]!, true)) {
        res.tzname = l[i + 4];
        i += 4;
      }
      i += 1;
    } else if (!jump(t)) fail();
    i += 1;
  }
  const [year, month, day] = ymd.resolve();
  res.centurySpecified = ymd.centurySpecified;
  res.year = year;
  res.month = month;
  res.day = day;
  if (res.year !== undefined) res.year = convertYear(res.year, res.centurySpecified, thisYear);
  if ((res.tzoffset === 0 && !res.tzname) || res.tzname === 'Z' || res.tzname === 'z') {
    res.tzname = 'UTC';
    res.tzoffset = 0;
  }
  return res;
}

function convertYear(year: number, centurySpecified: boolean, thisYear: number): number {
  if (year < 100 && !centurySpecified) {
    year += Math.floor(thisYear / 100) * 100;
    if (year >= thisYear + 50) year -= 100;
    else if (year < thisYear - 50) year += 100;
  }
  return year;
}

/** `parser.parse(value)` returns rather than raising ValueError or OverflowError. */
export function dateutilParses(value: string, today: Today): boolean {
  let res: Result;
  try {
    res = parseFields(value, today.year);
  } catch (e) {
    if (e instanceof NotADate) return false;
    throw e;
  }
  const fields = [res.year, res.month, res.day, res.weekday, res.hour, res.minute, res.second, res.microsecond, res.tzname, res.tzoffset, res.ampm];
  if (fields.every((f) => f === undefined)) return false; // "String does not contain a date"
  // _build_naive: default.replace(**found), with the default day clipped to the month when no day was found.
  const year = res.year ?? today.year;
  const month = res.month ?? today.month;
  if (month < 1 || month > 12) return false;
  const day = res.day ?? Math.min(today.day, year >= 1 && year <= 9999 ? daysInMonth(year, month) : 31);
  if (!validDate(year, month, day)) return false;
  if (!inRange(res.hour, 23) || !inRange(res.minute, 59) || !inRange(res.second, 59) || !inRange(res.microsecond, 999_999)) return false;
  if (res.weekday !== undefined && !res.day) {
    // relativedelta(weekday=…) moves forward to that weekday; past 9999-12-31 Python raises OverflowError.
    const ord = toOrdinal(year, month, day);
    const ahead = (res.weekday - ((ord + 6) % 7) + 7) % 7;
    if (ord + ahead > toOrdinal(9999, 12, 31)) return false;
  }
  return true;
}

const inRange = (v: number | undefined, max: number) => v === undefined || (v >= 0 && v <= max);
