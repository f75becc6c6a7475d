import picomatch from 'picomatch';
import type { RE2JS } from 're2js';
import { regexEngine } from './regex-engine';

export { loadRegexEngine } from './regex-engine';

/**
 * Globs with picomatch's syntax and meaning, matched in time linear in the
 * path. picomatch compiles a glob to a backtracking JavaScript RegExp:
 * `**\/a*a*a*a*a*a*b` against a 10,000-character name of a's takes minutes,
 * and changed paths in a pull request are the author's to choose. Here
 * picomatch's regular expression runs on RE2 (re2js) instead.
 *
 * RE2 has no lookaround, which picomatch uses for one rule: a wildcard does
 * not match a segment starting with a dot (unless `dot`), nor `.` or `..`.
 * That rule is applied by marking instead: the leading dot of each such path
 * segment, and of each pattern segment that spells it literally, becomes a
 * character no wildcard matches. picomatch's `(?=.)` (a wildcard segment is
 * not empty) needs no lookahead for file paths: they are not empty and do not
 * end with `/` (such a path matches nothing, or only a negated glob).
 *
 * One difference from picomatch remains, for a path no file has: `.*` at the
 * top level matches the path `..` in picomatch (though `a/.*` does not match
 * `a/..`); here neither does.
 *
 * Kept out of the package index (imported as `@mlship/core/glob`) so that
 * only the bundles that match globs carry picomatch and the engine, and that
 * loaded only once `loadRegexEngine()` has been awaited.
 */
export interface GlobOptions {
  /** Wildcards match segments starting with a dot (picomatch `dot`). */
  dot?: boolean;
  /** An unclosed `[` is an error rather than a literal (picomatch `strictBrackets`). */
  strictBrackets?: boolean;
  /** `**`, `*` and `?` match line breaks in names (picomatch `flags: 's'`). */
  dotAll?: boolean;
}

export interface GlobMatcher {
  (path: string): boolean;
  /** The RE2 expression the glob runs as, after picomatch's translation. */
  readonly regex: RE2JS;
}

/** A glob picomatch accepts but RE2 cannot run: `problem` reads after the pattern, `hint` says what to write. */
export class GlobRefusal extends Error {
  constructor(
    readonly problem: string,
    readonly hint: string,
  ) {
    super(problem);
  }
}

// Lone surrogates, which no UTF-8 file name decodes to: HIDDEN starts a dot
// segment a wildcard may not match, DOT_SEGMENT starts `.` and `..`, which
// not even a pattern segment starting with a literal dot (`.*`) matches.
const HIDDEN = '\udfff';
const DOT_SEGMENT = '\udffe';
const MARKS = HIDDEN + DOT_SEGMENT;

// picomatch's spellings of the dot rule (with `dot: true`, which leaves only the `.`/`..` part).
const DOT_SEGMENT_LOOKAHEADS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?!\\.{0,1}(?:\\/|$))'];
const NONEMPTY_LOOKAHEAD = '(?=.)';

/** Whether `pattern` is a glob (has wildcards, braces, classes or extglobs, or is negated) rather than a literal path. */
export function isGlobPattern(pattern: string): boolean {
  const scan = picomatch.scan(pattern);
  return scan.isGlob || scan.negated;
}

/**
 * Compiles `pattern` (a picomatch glob, `!` in front negating it) to a
 * linear-time matcher of `/`-separated paths. Throws picomatch's own error for
 * an invalid glob and a GlobRefusal for one RE2 cannot run (a `!(…)` extglob).
 */
export function compileGlob(pattern: string, options: GlobOptions = {}): GlobMatcher {
  let negated = false;
  let body = pattern;
  // picomatch's negation: leading `!`s, each flipping the result; `!(` starts an extglob.
  while (body.startsWith('!') && body[1] !== '(') {
    negated = !negated;
    body = body.slice(1);
  }
  const dot = options.dot ?? false;
  const re = picomatch.makeRe(markPattern(body, dot), { dot: true, strictBrackets: options.strictBrackets });
  const regex = regexEngine().RE2JS.compile(toRe2(re.source, options.dotAll ?? false));
  const match = (path: string): boolean => {
    if (path === '' || path.endsWith('/')) return negated;
    // picomatch negates with `^(?!…).*$`, whose `.` stops at a line break unless dotAll.
    if (negated && !options.dotAll && /[\n\r\u2028\u2029]/.test(path)) return false;
    // picomatch's own shortcut: a path equal to the glob matches it.
    const hit = path === body || regex.test(markPath(path, dot));
    return hit !== negated;
  };
  return Object.assign(match, { regex });
}

/** The path with the leading dot of each segment a wildcard may not match replaced by its mark. */
function markPath(path: string, dot: boolean): string {
  if (!path.includes('.')) return path;
  return path
    .split('/')
    .map((seg) => (seg === '.' || seg === '..' ? DOT_SEGMENT + seg.slice(1) : !dot && seg.startsWith('.') ? HIDDEN + seg.slice(1) : seg))
    .join('/');
}

/**
 * The glob with each dot that starts a segment literally replaced by the
 * mark markPath gives the same path segment: `.github/**`, `{.env,src}/*`, `@(.a|b)`. Brace
 * and extglob alternatives start where their group starts.
 */
function markPattern(glob: string, dot: boolean): string {
  let out = '';
  let atStart = true;
  const groups: boolean[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '\\' && i + 1 < glob.length) {
      const next = glob[i + 1]!;
      out += next === '.' && atStart ? (mark(glob, i + 1, dot) ?? c + next) : c + next;
      i++;
      atStart = false;
    } else if (c === '.' && atStart) {
      out += mark(glob, i, dot) ?? c;
      atStart = false;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      const end = close < 0 ? i : close;
      out += glob.slice(i, end + 1);
      i = end;
      atStart = false;
    } else if (c === '{' || c === '(' || ('@!*+?'.includes(c) && glob[i + 1] === '(')) {
      const open = c === '{' || c === '(' ? c : c + '(';
      groups.push(atStart);
      out += open;
      i += open.length - 1;
    } else if ((c === ',' || c === '|') && groups.length > 0) {
      out += c;
      atStart = groups[groups.length - 1]!;
    } else if ((c === '}' || c === ')') && groups.length > 0) {
      groups.pop();
      out += c;
      atStart = false;
    } else {
      out += c;
      atStart = c === '/';
    }
  }
  return out;
}

/** The mark markPath gives a path segment spelled as the pattern segment starting with the dot at `i`; undefined when it keeps its dot. */
function mark(glob: string, i: number, dot: boolean): string | undefined {
  let j = i + 1;
  if (glob[j] === '.') j++;
  if (j >= glob.length || '/,|})'.includes(glob[j]!)) return DOT_SEGMENT;
  return dot ? undefined : HIDDEN;
}

/**
 * picomatch's regular expression (compiled with `dot: true`) as RE2 syntax:
 * the dot-segment lookaheads go (the marks do their work), wildcards and
 * negated classes leave the marks out, and any other lookaround is refused.
 */
function toRe2(source: string, dotAll: boolean): string {
  let s = source;
  for (const look of DOT_SEGMENT_LOOKAHEADS) s = s.split(look).join('');
  s = s.split(NONEMPTY_LOOKAHEAD).join('');
  let out = '';
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      // picomatch escapes a mark in some places; RE2 takes only punctuation escaped.
      const next = s[i + 1] ?? '';
      out += MARKS.includes(next) && next !== '' ? next : c + next;
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      if (s[i + 1] === '^') {
        out += '[^' + MARKS;
        i++;
      } else out += c;
      // A `]` right after the opening is a member, not the end.
      if (s[i + 1] === ']') out += s[++i];
    } else if (c === '.') {
      out += dotAll ? `[^${MARKS}]` : `[^\\n\\r\\x{2028}\\x{2029}${MARKS}]`;
    } else if (c === '(' && s[i + 1] === '?' && (s[i + 2] === '=' || s[i + 2] === '!' || s[i + 2] === '<')) {
      throw new GlobRefusal('uses a negated extglob !(…), which the linear-time matcher cannot run', 'Name the files to match rather than the ones to leave out.');
    } else out += c;
  }
  return out;
}
