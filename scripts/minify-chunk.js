// Minifies a bundle's chunk the way ncc minifies its index.js, keeping the module factories
// V8 compiles up front.
//
// ncc's --minify reaches only each bundle's index.js: the chunks its dynamic imports split off
// (where nearly all of an action's code sits) come out as webpack wrote them, comments and long
// names included, about twice their minified size. Every start reads, decodes and hashes each
// chunk it loads against Node's compile cache, and on a VM where a fresh page of memory costs
// ~12 µs that size is time (bench/validate-data/RESULTS.md, 2026-12-07 21:10–22:10).
//
// Minifying drops the parentheses webpack writes around each module factory. V8 compiles a
// parenthesized function together with its script, and Node writes a chunk's compile cache
// right after that compile, so only such functions are in the cache: without the parentheses
// every factory was compiled again on every run, and the minified bundle started slower than
// the unminified one (RESULTS.md, 2026-12-07 11:05–12:45). They are put back here.
import * as acorn from 'acorn';
import { minify } from 'terser';

const PARSE = { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true };

/**
 * `source` minified with ncc's own settings (no compression; names of functions and classes
 * kept for stack traces; licence comments kept), module factories in parentheses.
 */
export async function minifyChunk(source, file) {
  let code;
  try {
    ({ code } = await minify(source, { module: true, compress: false, mangle: { keep_classnames: true, keep_fnames: true } }));
  } catch (e) {
    throw new Error(`${file}: cannot minify the chunk: ${e.message}`);
  }
  return parenthesizeFactories(code, file);
}

/**
 * The module map is an object literal of numeric ids to functions: the entry's `var`, a
 * chunk's `export const modules`. Each of those functions is wrapped in parentheses.
 */
function parenthesizeFactories(code, file) {
  const factories = [];
  for (let node of acorn.parse(code, PARSE).body) {
    if (node.type === 'ExportNamedDeclaration') node = node.declaration;
    if (node?.type !== 'VariableDeclaration') continue;
    for (const { init } of node.declarations) {
      const props = init?.type === 'ObjectExpression' ? init.properties : [];
      if (props.length && props.every((p) => p.key?.type === 'Literal' && typeof p.key.value === 'number' && /FunctionExpression$/.test(p.value.type))) factories.push(...props.map((p) => p.value));
    }
  }
  if (factories.length === 0) throw new Error(`${file}: no webpack module map found to keep its factories compiled up front`);
  let out = '';
  let at = 0;
  for (const f of factories) {
    out += `${code.slice(at, f.start)}(${code.slice(f.start, f.end)})`;
    at = f.end;
  }
  return out + code.slice(at);
}
