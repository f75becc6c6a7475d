import vm from 'node:vm';
import { asciiOnly } from './ascii-only.js';

const escape = (source: string): string => asciiOnly(source, 'dist/x/1.index.js');
/** What a script evaluates to. */
const run = (source: string): unknown => vm.runInNewContext(source);

describe('asciiOnly', () => {
  it('leaves ASCII source as it is', () => {
    const source = 'const a = "plain"; // ok\n';
    expect(escape(source)).toBe(source);
  });

  it('escapes strings, templates, regular expressions and comments, keeping every value', () => {
    const source = [
      '// a ≤ b — “quoted”',
      "const s = 'x ≤ y', d = \"→\", astral = '𝔸';",
      'const t = `${s} × ${d}`;',
      'const plain = /^[≤≥]+$/.test("≤≥"), unicode = /^𝔸$/u.test("𝔸"), cls = /^[𝔸]$/u.test("𝔸");',
      'const identity = "\\≤";',
      '[s, d, astral, t, plain, unicode, cls, identity]',
    ].join('\n');
    const out = escape(source);
    expect(out).not.toMatch(/[^\x00-\x7f]/);
    expect(out).toContain('\\u2264');
    expect(run(out)).toEqual(run(source));
    expect(run(out)).toEqual(['x ≤ y', '→', '𝔸', 'x ≤ y × →', true, true, true, '≤']);
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
  });

  it('treats an odd run of backslashes before the character as an escape, an even one as literal backslashes', () => {
    const source = 'const a = "\\\\≤", b = "\\\\\\≤"; [a, b]';
    expect(run(escape(source))).toEqual(['\\≤', '\\≤']);
  });

  it('escapes a template tagged by a tag that reads the cooked strings only', () => {
    const source = 'const mrkdwn = (parts, ...v) => parts[0] + v[0] + parts[1]; mrkdwn`• ${1}…`';
    expect(run(escape(source))).toBe('• 1…');
  });

  it('refuses a template whose tag may read the raw text, naming the file and line', () => {
    expect(() => escape('const a = 1;\nString.raw`≤`')).toThrow('dist/x/1.index.js:2: a non-ASCII character in a tagged template');
  });

  it('refuses a non-ASCII identifier', () => {
    expect(() => escape('const π = 3;')).toThrow('dist/x/1.index.js:1: a non-ASCII character outside any string');
  });

  it('rewrites non-ASCII whitespace between tokens as ASCII whitespace', () => {
    const source = 'const a =\u00a0{};\u2028const b = 2; [a, b]';
    const out = escape(source);
    expect(out).toBe('const a = {};\nconst b = 2; [a, b]');
  });

  it('refuses a line continuation made of a line separator', () => {
    expect(() => escape('const a = "x\\\u2028y";')).toThrow('line continuation with U+2028');
  });

  it('refuses source it cannot parse', () => {
    expect(() => escape('const ≤ = ;')).toThrow('dist/x/1.index.js: cannot parse the bundle');
  });
});
