/**
 * Changed paths are the pull request author's to choose, so rule globs run on
 * @mlship/core/glob's linear-time matcher: a name built to make a backtracking
 * glob regex take minutes gets its answer at once, and is matched as picomatch
 * would match it.
 */
import { loadYamlParser, parseConfigDocument } from '@mlship/core';
import { userErrorLine } from '@mlship/core/testing';
import { evaluateRules } from './checklist';
import { parseChecklistDocument } from './config';
import { loadRegexEngine } from '@mlship/core/glob';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

const parse = (yaml: string) => parseChecklistDocument(parseConfigDocument(yaml, 'checklist.yml'));

describe('rule globs against hostile changed paths', () => {
  it('**/a*a*a*a*a*a*b against a 10,000-character name answers, and still matches what it should', () => {
    const rule = parse('rules:\n  - title: Hostile\n    paths: ["**/a*a*a*a*a*a*b"]\n    paths-ignore: ["**/a*a*a*a*a*a*c"]\n    items: [x]\n').rules.find((r) => r.title === 'Hostile')!;
    const long = 'a'.repeat(10_000);
    expect(rule.match!(long)).toBe(false);
    expect(rule.match!(`src/${long}`)).toBe(false);
    expect(rule.match!(`src/${long}b`)).toBe(true);
    expect(evaluateRules([rule], [long, `.github/${long}b`]).map((s) => s.files)).toEqual([[`.github/${long}b`]]);
  });

  it('dotfiles, braces and paths-ignore keep their picomatch meaning', () => {
    const rule = parse('rules:\n  - title: CI\n    paths: [".github/**", "{src,lib}/**/*.{ts,js}"]\n    paths-ignore: ["**/*.test.ts"]\n    items: [x]\n').rules.find((r) => r.title === 'CI')!;
    expect(['.github/workflows/ci.yml', 'src/a.ts', 'lib/x/y.js', 'src/a.test.ts', 'docs/a.ts', 'src/.hidden/a.ts'].map(rule.match!)).toEqual([true, true, true, false, false, true]);
  });

  it('a negated extglob is refused with one line naming the rule, the glob and what to write instead', () => {
    expect(userErrorLine(() => parse('rules:\n  - title: A\n    paths: ["src/!(*.md)"]\n    items: [x]\n'))).toBe(
      'checklist.yml:3: rule "A": glob "src/!(*.md)" uses a negated extglob !(…), which the linear-time matcher cannot run. List the paths to leave out under paths-ignore.',
    );
  });
});
