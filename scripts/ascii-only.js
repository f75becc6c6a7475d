// Rewrites a bundle file's non-ASCII characters as \u escapes, without changing what it does.
//
// Node reads an ES module's source as UTF-8. A file with even one non-ASCII character (a
// "≤" in a message, a "—" in a comment) becomes a two-byte string: decoding it is slower,
// and so is every parse of it, up front and each time a function is first called. On the
// validate-data bundle that was 13 ms of a 300 ms run on a 2,000-row CSV
// (bench/validate-data/RESULTS.md, 2026-12-07 13:40–16:40).
//
// Escapes are written only where the language reads them as the character they replace:
// string literals, untagged template text, regular expressions and comments. Anything else
// (an identifier, the text of a template whose tag may read it raw, a line continuation) is refused, naming the
// file and line, and the result is parsed again to check that every string and template
// still has the same value.
import * as acorn from 'acorn';

const NON_ASCII = /[^\x00-\x7f]/g;
const PARSE = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true };

// Tags known to read only the cooked strings (`parts[i]`, never `parts.raw`), whose templates are escaped like untagged ones.
const COOKED_TAGS = new Set(['mrkdwn']);

const hex = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Each node of `ast`, with its parent. */
function walk(node, visit, parent = null) {
  visit(node, parent);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) c && typeof c.type === 'string' && walk(c, visit, node);
    else if (child && typeof child.type === 'string') walk(child, visit, node);
  }
}

/** The values a rewrite must keep: every string literal's and every template element's, in order. */
function values(ast) {
  const out = [];
  walk(ast, (n) => {
    if (n.type === 'Literal' && typeof n.value === 'string') out.push(n.value);
    if (n.type === 'TemplateElement') out.push(n.value.cooked);
  });
  return out;
}

/** `source` with every non-ASCII character escaped; throws naming `file` and the line where it cannot be. */
export function asciiOnly(source, file) {
  if (!/[^\x00-\x7f]/.test(source)) return source;
  const where = (at) => `${file}:${source.slice(0, at).split('\n').length}`;
  const ranges = [];
  let ast;
  try {
    ast = acorn.parse(source, { ...PARSE, onComment: (block, text, start, end) => ranges.push({ start, end, kind: 'comment' }) });
  } catch (e) {
    throw new Error(`${file}: cannot parse the bundle to make it ASCII-only: ${e.message}`);
  }
  // A tagged template is visited before its text (the walk is pre-order).
  const tagged = new Set();
  walk(ast, (n, parent) => {
    if (n.type === 'TaggedTemplateExpression' && !(n.tag.type === 'Identifier' && COOKED_TAGS.has(n.tag.name))) tagged.add(n.quasi);
    if (n.type === 'Literal' && (typeof n.value === 'string' || n.regex)) ranges.push({ start: n.start, end: n.end, kind: 'literal' });
    if (n.type === 'TemplateElement') ranges.push({ start: n.start, end: n.end, kind: tagged.has(parent) ? 'raw' : 'literal' });
  });
  ranges.sort((a, b) => a.start - b.start);

  let out = '';
  let at = 0;
  NON_ASCII.lastIndex = 0;
  let r = 0;
  for (let m = NON_ASCII.exec(source); m; m = NON_ASCII.exec(source)) {
    while (r < ranges.length && ranges[r].end <= m.index) r++;
    const range = ranges[r];
    if (!range || range.start > m.index) {
      // Between tokens: whitespace (a no-break space in a dependency) is any whitespace, a line separator any line break.
      if (!/\s/.test(m[0])) throw new Error(`${where(m.index)}: a non-ASCII character outside any string, template, regular expression or comment (in an identifier?); write it as an escape in the source`);
      out += source.slice(at, m.index) + (m[0] === '\u2028' || m[0] === '\u2029' ? '\n' : ' ');
      at = m.index + 1;
      continue;
    }
    if (range.kind === 'raw') throw new Error(`${where(m.index)}: a non-ASCII character in a tagged template, whose tag reads the raw text; write it as \${'…'} in the source`);
    let start = m.index;
    if (range.kind === 'literal') {
      let slashes = 0;
      while (source[start - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 1) {
        // An escaped character (`\≤`) is the character itself, except a line continuation.
        if (m[0] === '\u2028' || m[0] === '\u2029') throw new Error(`${where(m.index)}: a line continuation with U+${m[0].charCodeAt(0).toString(16).toUpperCase()}; remove it in the source`);
        start--;
      }
    }
    out += source.slice(at, start) + hex(m[0]);
    at = m.index + 1;
  }
  out += source.slice(at);

  const before = values(ast);
  const after = values(acorn.parse(out, PARSE));
  const differs = before.findIndex((v, i) => v !== after[i]);
  if (differs >= 0 || before.length !== after.length) throw new Error(`${file}: escaping changed a string's value (${JSON.stringify(before[differs])}); report this as a bug in scripts/ascii-only.js`);
  return out;
}
