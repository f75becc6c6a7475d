import { userErrorLine } from './testing';
import { compileUserRegex, regexRefusal, loadRegexEngine } from './user-regex';

beforeAll(loadRegexEngine);

const compile = (p: string) => compileUserRegex(p, { what: 'check "regex:name" pattern', where: 'checks.yml: checks[0] (regex)' });
const line = (p: string) => userErrorLine(() => compile(p));

describe('compileUserRegex', () => {
  it('searches anywhere in the value, as Python re.search and GX match_regex do', () => {
    expect(compile('b').test('abc')).toBe(true);
    expect(compile('^b').test('abc')).toBe(false);
    expect(compile('').test('anything')).toBe(true);
  });

  it('keeps Python named groups, inline flags and Unicode classes', () => {
    expect(compile('^(?P<year>\\d{4})-(?P<month>\\d{2})$').test('2024-05')).toBe(true);
    expect(compile('(?i)^abc$').test('ABC')).toBe(true);
    expect(compile('(?s)a.b').test('a\nb')).toBe(true);
    expect(compile('a.b').test('a\nb')).toBe(false);
    expect(compile('^\\p{L}+$').test('été')).toBe(true);
    expect(compile('^caf\\x{e9}$').test('café')).toBe(true);
    expect(compileUserRegex('secret', { what: 'input "mask-keys"', caseInsensitive: true }).test('DB_SECRET')).toBe(true);
  });

  it.each([
    ['^(a)\\1$', 'a backreference \\(\\\\1\\)'],
    ['(?P<x>a)(?P=x)', 'a named backreference'],
    ['(?<x>a)\\k<x>', 'a named backreference'],
    ['foo(?=bar)', 'a lookahead \\(\\(\\?=…\\)\\)'],
    ['foo(?!bar)', 'a lookahead \\(\\(\\?!…\\)\\)'],
    ['(?<=foo)bar', 'a lookbehind \\(\\(\\?<=…\\)\\)'],
    ['(?<!foo)bar', 'a lookbehind \\(\\(\\?<!…\\)\\)'],
    ['(?>a+)b', 'an atomic group \\(\\(\\?>…\\)\\)'],
    ['a++b', 'a possessive quantifier \\(\\+\\+\\)'],
    ['a{2}+b', 'a possessive quantifier \\(\\{2\\}\\+\\)'],
    ['(a)?(?(1)b|c)', 'a conditional group \\(\\(\\?\\(…\\)…\\|…\\)\\)'],
    ['abc\\Z', 'the end-of-text escape \\\\Z'],
    ['caf\\u00e9', 'the escape \\\\u'],
  ])('refuses %j with one line naming the check, the pattern and the construct', (pattern, construct) => {
    const l = line(pattern);
    expect(l).toMatch(new RegExp(`^checks\\.yml: checks\\[0\\] \\(regex\\): check "regex:name" pattern ${JSON.stringify(pattern).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} uses ${construct}, which the linear-time regular expression engine \\(RE2 syntax\\) cannot run\\. \\S`));
    expect(l).not.toContain('\n');
  });

  it('refuses a malformed pattern with what RE2 found and where', () => {
    expect(line('[ab')).toBe('checks.yml: checks[0] (regex): check "regex:name" pattern "[ab" is not a valid regular expression: missing closing ] at "[ab". Patterns use RE2 syntax (https://github.com/google/re2/wiki/Syntax), which runs in time linear in the value.');
  });

  it('regexRefusal answers without throwing, for configs read before their checks are compiled', () => {
    expect(regexRefusal('^a.*$')).toBeUndefined();
    expect(regexRefusal('(?=a)')?.problem).toMatch(/^uses a lookahead/);
  });
});
