import { fromOrdinal, isDecimal, isSpace, MONTHS, sameIgnoringCase, toInt, toOrdinal, validDate, WEEKDAYS } from './python-text';

/**
 * Python's `datetime.strptime(value, format)` (CPython 3.11 `_strptime`, C
 * locale, a UTC runner), as a yes/no: whether it returns a datetime or raises.
 * Like CPython, the format becomes a pattern matched from the value's start,
 * case-insensitively, taking the first match in the pattern's own order of
 * alternatives (the match must then end at the value's end; a longer match is
 * not looked for), and the fields are then checked as `datetime` checks them.
 * The search remembers dead ends, so a value costs at most (parts x length x
 * alternatives) steps whatever it holds.
 */
export const STRPTIME_DIRECTIVES = ['a', 'A', 'b', 'B', 'd', 'f', 'H', 'I', 'j', 'm', 'M', 'p', 'S', 'y', 'Y', 'z', 'Z', '%'] as const;

type Part = { kind: 'literal'; ch: string } | { kind: 'space' } | { kind: 'directive'; d: string };

/** A character test from CPython's directive patterns: a literal, an ASCII range, or `\d` (any decimal digit). */
type CharTest = (ch: string) => boolean;
const DIGIT: CharTest = isDecimal;
const range = (lo: string, hi: string): CharTest => (ch) => ch >= lo && ch <= hi && ch.length === 1;
const exact = (c: string): CharTest => (ch) => ch === c;

/** `'3[0-1]'`, `'[1-2]\d'`, `' [1-9]'`: the tiny subset of regex syntax CPython's directive alternatives use. */
function alt(spec: string): CharTest[] {
  const out: CharTest[] = [];
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] === '[') {
      out.push(range(spec[i + 1]!, spec[i + 3]!));
      i += 4;
    } else if (spec[i] === '\\') {
      out.push(DIGIT);
      i++;
    } else out.push(exact(spec[i]!));
  }
  return out;
}

const NUMERIC: Record<string, CharTest[][]> = {
  d: ['3[0-1]', '[1-2]\\d', '0[1-9]', '[1-9]', ' [1-9]'].map(alt),
  H: ['2[0-3]', '[0-1]\\d', '\\d'].map(alt),
  I: ['1[0-2]', '0[1-9]', '[1-9]'].map(alt),
  j: ['36[0-6]', '3[0-5]\\d', '[1-2]\\d\\d', '0[1-9]\\d', '00[1-9]', '[1-9]\\d', '0[1-9]', '[1-9]'].map(alt),
  m: ['1[0-2]', '0[1-9]', '[1-9]'].map(alt),
  M: ['[0-5]\\d', '\\d'].map(alt),
  S: ['6[0-1]', '[0-5]\\d', '\\d'].map(alt),
  y: ['\\d\\d'].map(alt),
  Y: ['\\d\\d\\d\\d'].map(alt),
  // [0-9]{1,6}, greedy: the longest run first.
  f: [6, 5, 4, 3, 2, 1].map((n) => new Array<CharTest>(n).fill(range('0', '9'))),
};

/** Names are tried longest first, as CPython sorts them. */
const byLength = (names: string[]) => [...names].sort((a, b) => b.length - a.length);
const NAMES: Record<string, string[]> = {
  a: byLength(WEEKDAYS.map((w) => w.slice(0, 3))),
  A: byLength(WEEKDAYS),
  b: byLength(MONTHS.map((m) => m.slice(0, 3))),
  B: byLength(MONTHS),
  p: ['am', 'pm'],
  // The runner's zone is UTC, so CPython's set is {utc, gmt}.
  Z: ['utc', 'gmt'],
};

/** Why a format cannot be used, in CPython's words where it has them. */
export class FormatError extends Error {}

function parseFormat(format: string): Part[] {
  const parts: Part[] = [];
  const chars = Array.from(format);
  const seen = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isSpace(ch)) {
      while (i + 1 < chars.length && isSpace(chars[i + 1]!)) i++;
      parts.push({ kind: 'space' });
    } else if (ch === '%') {
      const d = chars[++i];
      if (d === undefined) throw new FormatError(`stray % in format '${format}'`);
      if (!(STRPTIME_DIRECTIVES as readonly string[]).includes(d)) {
        throw new FormatError(`'%${d}' is not a supported directive (supported: ${STRPTIME_DIRECTIVES.map((x) => `%${x}`).join(' ')})`);
      }
      if (d === '%') parts.push({ kind: 'literal', ch: '%' });
      else {
        // CPython names a regex group per directive, and a name used twice does not compile.
        if (seen.has(d)) throw new FormatError(`%${d} appears twice; strptime cannot read a format that repeats a directive`);
        seen.add(d);
        parts.push({ kind: 'directive', d });
      }
    } else parts.push({ kind: 'literal', ch });
  }
  return parts;
}

/** End positions a directive can match at `at`, in CPython's order of preference. */
function ends(d: string, v: readonly string[], at: number): number[] {
  const numeric = NUMERIC[d];
  if (numeric) {
    return numeric.filter((tests) => at + tests.length <= v.length && tests.every((t, k) => t(v[at + k]!))).map((tests) => at + tests.length);
  }
  const names = NAMES[d];
  if (names) return names.filter((n) => at + n.length <= v.length && Array.from(n).every((c, k) => sameIgnoringCase(v[at + k]!, c))).map((n) => at + n.length);
  return d === 'z' ? offsetEnds(v, at) : [];
}

/** `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)`, greedy parts tried present-first. */
function offsetEnds(v: readonly string[], at: number): number[] {
  const out: number[] = [];
  const isMin = (i: number) => i + 1 < v.length && range('0', '5')(v[i]!) && DIGIT(v[i + 1]!);
  if ((v[at] === '+' || v[at] === '-') && at + 2 < v.length && DIGIT(v[at + 1]!) && DIGIT(v[at + 2]!)) {
    for (const colon of [true, false]) {
      const m = at + 3 + (colon ? 1 : 0);
      if (colon && v[at + 3] !== ':') continue;
      if (!isMin(m)) continue;
      const afterMin = m + 2;
      for (const colon2 of [true, false]) {
        const s = afterMin + (colon2 ? 1 : 0);
        if (colon2 && v[afterMin] !== ':') continue;
        if (!isMin(s)) continue;
        const afterSec = s + 2;
        if (v[afterSec] === '.') {
          let n = 0;
          while (n < 6 && afterSec + 1 + n < v.length && DIGIT(v[afterSec + 1 + n]!)) n++;
          for (let k = n; k >= 1; k--) out.push(afterSec + 1 + k);
        }
        out.push(afterSec);
      }
      out.push(afterMin);
    }
  }
  if (v[at] === 'Z') out.push(at + 1);
  return out;
}

export interface Strptime {
  /** Whether `datetime.strptime(value, format)` returns rather than raises ValueError. */
  parses(value: string): boolean;
}

export function compileStrptime(format: string): Strptime {
  const parts = parseFormat(format);
  return { parses: (value) => parses(parts, value) };
}

function parses(parts: Part[], value: string): boolean {
  const v = Array.from(value);
  const spans: [number, number][] = new Array(parts.length);
  const dead = new Set<number>();
  const width = v.length + 1;
  const search = (p: number, at: number): number => {
    if (p === parts.length) return at;
    const key = p * width + at;
    if (dead.has(key)) return -1;
    const part = parts[p]!;
    let options: number[];
    if (part.kind === 'literal') options = at < v.length && sameIgnoringCase(v[at]!, part.ch) ? [at + 1] : [];
    else if (part.kind === 'space') {
      let e = at;
      while (e < v.length && isSpace(v[e]!)) e++;
      options = [];
      for (let k = e; k > at; k--) options.push(k);
    } else options = ends(part.d, v, at);
    for (const e of options) {
      spans[p] = [at, e];
      const end = search(p + 1, e);
      if (end >= 0) return end;
    }
    dead.add(key);
    return -1;
  };
  const end = search(0, 0);
  if (end !== v.length) return false;
  try {
    return fieldsValid(parts, fieldsOf(parts, spans, v));
  } catch (e) {
    // int() of a slice that is not all digits ("+0530:00" read as +05 30 ":0"): a ValueError in CPython.
    if (e instanceof RangeError) return false;
    throw e;
  }
}

function fieldsOf(parts: Part[], spans: [number, number][], v: string[]): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  parts.forEach((part, i) => {
    if (part.kind === 'directive') fields.set(part.d, v.slice(spans[i]![0], spans[i]![1]));
  });
  return fields;
}

/** CPython's `_strptime` after the match: fields in pattern order, then `datetime(...)`'s own checks. */
function fieldsValid(parts: Part[], fields: Map<string, string[]>): boolean {
  let year: number | undefined;
  let month = 1;
  let day = 1;
  let second = 0;
  let julian: number | undefined;
  let offsetMicros = 0;
  const text = (d: string) => fields.get(d)!.join('').toLowerCase();
  for (const part of parts) {
    if (part.kind !== 'directive') continue;
    const raw = fields.get(part.d)!;
    switch (part.d) {
      case 'y': {
        const y = toInt(raw);
        year = y <= 68 ? y + 2000 : y + 1900;
        break;
      }
      case 'Y':
        year = toInt(raw);
        break;
      case 'm':
        month = toInt(raw);
        break;
      case 'B':
        month = MONTHS.indexOf(text('B')) + 1;
        break;
      case 'b':
        month = MONTHS.findIndex((m) => m.startsWith(text('b'))) + 1;
        break;
      case 'd':
        day = toInt(raw.filter((c) => c !== ' '));
        break;
      case 'S':
        second = toInt(raw);
        break;
      case 'j':
        julian = toInt(raw);
        break;
      case 'z': {
        const z = raw.join('');
        if (z === 'Z') break;
        let compact = z;
        if (compact[3] === ':') {
          compact = compact.slice(0, 3) + compact.slice(4);
          if (compact.length > 5) {
            if (compact[5] !== ':') return false; // "Inconsistent use of : in %z"
            compact = compact.slice(0, 5) + compact.slice(6);
          }
        }
        const c = Array.from(compact);
        const seconds = toInt(c.slice(1, 3)) * 3600 + toInt(c.slice(3, 5)) * 60 + (c.length > 5 ? toInt(c.slice(5, 7)) : 0);
        const fraction = c.length > 8 ? toInt(Array.from(c.slice(8).join('').padEnd(6, '0'))) : 0;
        offsetMicros = seconds * 1e6 + fraction;
        break;
      }
      default:
        // H, I, M, f, a, A, p, Z: any matched value is a valid field (a weekday is not checked against the date).
        break;
    }
  }
  // CPython checks Feb 29 without a year in 1904, then builds the datetime in 1900, which has no Feb 29.
  const leapFix = year === undefined && month === 2 && day === 29;
  let y = year ?? (leapFix ? 1904 : 1900);
  if (julian === undefined) {
    if (!validDate(y, month, day)) return false;
  } else {
    if (y < 1 || y > 9999) return false;
    const date = fromOrdinal(julian - 1 + toOrdinal(y, 1, 1));
    if (!date) return false;
    [y, month, day] = date;
  }
  if (leapFix) y = 1900;
  if (!validDate(y, month, day)) return false;
  // datetime() takes seconds 0..59 (the pattern lets 60 and 61 through), timezone() an offset under a day.
  return second <= 59 && Math.abs(offsetMicros) < 86_400e6;
}

/**
 * `datetime.strftime(now, format)` for a naive `now`, as GX calls it to vet a
 * format: GX refuses a format unless `strptime(strftime(now, f), f)` works, which
 * rules out `%z` and `%Z` (a naive time formats them as nothing).
 */
export function strftimeNaive(format: string, now: Date): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const y = now.getUTCFullYear();
  const mo = now.getUTCMonth() + 1;
  const d = now.getUTCDate();
  const h = now.getUTCHours();
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const wd = WEEKDAYS[(now.getUTCDay() + 6) % 7]!;
  const out: Record<string, string> = {
    a: cap(wd.slice(0, 3)),
    A: cap(wd),
    b: cap(MONTHS[mo - 1]!.slice(0, 3)),
    B: cap(MONTHS[mo - 1]!),
    d: pad(d),
    f: pad(now.getUTCMilliseconds() * 1000, 6),
    H: pad(h),
    I: pad(h % 12 === 0 ? 12 : h % 12),
    j: pad(toOrdinal(y, mo, d) - toOrdinal(y, 1, 1) + 1, 3),
    m: pad(mo),
    M: pad(now.getUTCMinutes()),
    p: h < 12 ? 'AM' : 'PM',
    S: pad(now.getUTCSeconds()),
    y: pad(y % 100),
    Y: String(y),
    z: '',
    Z: '',
    '%': '%',
  };
  return format.replace(/%(.)/gsu, (all, c: string) => out[c] ?? all);
}
