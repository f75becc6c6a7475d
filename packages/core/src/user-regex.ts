import type { RE2JS } from 're2js';
import { UserError } from './errors';
import { regexEngine } from './regex-engine';

export { loadRegexEngine } from './regex-engine';

/**
 * A regular expression written by a user (a config's pattern, an action input)
 * that will meet data. JavaScript's RegExp backtracks: `^(a+)+$` against
 * `'a'*32 + '!'` takes hours, and one such row holds the job until it times out.
 * RE2 (here re2js) runs in time linear in the input, and refuses the constructs
 * that need backtracking rather than running them slowly.
 *
 * Kept out of the package index (imported as `@mlship/core/user-regex`) so that
 * only the bundles that take user patterns carry the engine, and that loaded
 * only once `loadRegexEngine()` has been awaited.
 */
export interface UserRegex {
  readonly source: string;
  /** True when the pattern matches anywhere in `text` (Python's `re.search`, RegExp's `test`). */
  test(text: string): boolean;
}

export interface UserRegexOptions {
  /** What holds the pattern, as the user knows it: `check "regex:email" pattern`, `input "mask-keys"`. */
  what: string;
  /** The file and key path, when there is one. */
  where?: string;
  caseInsensitive?: boolean;
}

const LOOKAROUND_HINT = 'Match the text itself, or split it into a pattern that must match and one that must not (in a data check: a regex and a not_regex check on the same column).';
const SYNTAX_HINT = 'Patterns use RE2 syntax (https://github.com/google/re2/wiki/Syntax), which runs in time linear in the value.';

/** A construct RE2 refuses, named as the user would look it up, with what to write instead. */
function unsupported(error: string, input: string, pattern: string): { construct: string; hint: string } | undefined {
  if (/^\\[1-9]/.test(input)) return { construct: `a backreference (${input.slice(0, 2)})`, hint: 'Spell out the repeated text.' };
  if (input === '\\k' || (input === '(?P' && pattern.includes('(?P='))) return { construct: 'a named backreference', hint: 'Spell out the repeated text.' };
  if (input.startsWith('(?=') || input.startsWith('(?!')) return { construct: `a lookahead (${input.slice(0, 3)}…))`, hint: LOOKAROUND_HINT };
  if (input.startsWith('(?<=') || input.startsWith('(?<!')) return { construct: `a lookbehind (${input.slice(0, 4)}…))`, hint: LOOKAROUND_HINT };
  if (input.startsWith('(?>')) return { construct: 'an atomic group ((?>…))', hint: 'Write a plain group (?:…): RE2 never backtracks, so it needs no atomic groups.' };
  if (input.startsWith('(?(')) return { construct: 'a conditional group ((?(…)…|…))', hint: 'Write the alternatives as separate patterns.' };
  if (error.includes('nested repetition') && input.endsWith('+')) return { construct: `a possessive quantifier (${input})`, hint: 'Drop the trailing +: RE2 never backtracks, so a plain quantifier does the same.' };
  if (input.startsWith('(?#')) return { construct: 'a comment group ((?#…))', hint: 'Remove the comment.' };
  if (input === '\\u' || input === '\\U') return { construct: `the escape ${input}`, hint: 'Write a code point as \\x{e9} (hex digits in braces).' };
  if (input === '\\Z') return { construct: 'the end-of-text escape \\Z', hint: 'Write \\z (end of text) or $.' };
  return undefined;
}

export interface RegexRefusal {
  /** Reads after the pattern: `uses a lookahead ((?=…)), which … cannot run`. */
  problem: string;
  hint: string;
}

function compileOrExplain(pattern: string, flags: number): RE2JS | RegexRefusal {
  const { RE2JS, RE2JSSyntaxException } = regexEngine();
  try {
    return RE2JS.compile(pattern, flags);
  } catch (e) {
    if (!(e instanceof RE2JSSyntaxException)) throw e;
    const input = e.input ?? '';
    const known = unsupported(e.error, input, pattern);
    if (known) return { problem: `uses ${known.construct}, which the linear-time regular expression engine (RE2 syntax) cannot run`, hint: known.hint };
    return { problem: `is not a valid regular expression: ${e.error}${input ? ` at ${JSON.stringify(input)}` : ''}`, hint: SYNTAX_HINT };
  }
}

/** Why `pattern` cannot be run, or undefined when it can: for a config read before its checks are compiled. */
export function regexRefusal(pattern: string): RegexRefusal | undefined {
  const r = compileOrExplain(pattern, 0);
  return r instanceof regexEngine().RE2JS ? undefined : r;
}

/** Compiles `pattern` once, for many values; a pattern RE2 cannot run is a UserError naming what holds it and the construct. */
export function compileUserRegex(pattern: string, options: UserRegexOptions): UserRegex {
  const { RE2JS } = regexEngine();
  const re = compileOrExplain(pattern, options.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  if (!(re instanceof RE2JS)) throw new UserError(`${options.what} ${JSON.stringify(pattern)} ${re.problem}`, { where: options.where, hint: re.hint });
  return { source: pattern, test: (text) => re.test(text) };
}
