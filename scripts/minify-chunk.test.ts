import vm from 'node:vm';
import * as acorn from 'acorn';
import { minifyChunk } from './minify-chunk.js';

// A chunk as webpack writes it for ncc: a module map of ids to parenthesized factories.
const chunk = [
  '/*! licence kept */',
  'export const id = 7;',
  'export const ids = [7];',
  'export const modules = {',
  '',
  '/***/ 1234:',
  '/***/ ((module, exports, require) => {',
  '',
  '// a comment minifying drops',
  'const doubleTheValue = (value) => value * 2;',
  'exports.double = doubleTheValue;',
  '',
  '/***/ }),',
  '',
  '/***/ 99:',
  '/***/ (function(module, exports) {',
  "exports.hello = function hello() { return 'hi'; };",
  'class Greeter {}',
  'exports.Greeter = Greeter;',
  '/***/ })',
  '',
  '};',
].join('\n');

/** The module map a chunk's source defines, its factories run. */
function load(source: string): Record<string, Record<string, unknown>> {
  const modules = vm.runInNewContext(`${source.replace(/export const /g, 'var ')};modules`) as Record<string, (m: unknown, e: object) => void>;
  return Object.fromEntries(Object.entries(modules).map(([k, factory]) => {
    const exports = {};
    factory({}, exports);
    return [k, exports];
  }));
}

/** Whether each function of the module map is written in parentheses. */
function factoriesParenthesized(source: string): boolean[] {
  const ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'module', preserveParens: true }) as unknown as { body: acorn.Node[] };
  const decl = ast.body.find((n) => n.type === 'ExportNamedDeclaration' && (n as unknown as { declaration: { declarations: { id: { name: string } }[] } }).declaration.declarations[0]!.id.name === 'modules');
  const map = (decl as unknown as { declaration: { declarations: { init: { properties: { value: { type: string } }[] } }[] } }).declaration.declarations[0]!.init;
  return map.properties.map((p) => p.value.type === 'ParenthesizedExpression');
}

describe('minifyChunk', () => {
  it('shrinks a chunk and keeps what its modules do, their names and its licence comment', async () => {
    const out = await minifyChunk(chunk, 'dist/x/7.index.js');
    expect(out.length).toBeLessThan(chunk.length * 0.8);
    expect(out).not.toContain('a comment minifying drops');
    expect(out).toContain('/*! licence kept */');
    const before = load(chunk);
    const after = load(out);
    expect((after['1234']!.double as (x: number) => number)(21)).toBe(42);
    expect((after['99']!.hello as () => string)()).toBe((before['99']!.hello as () => string)());
    expect((after['99']!.hello as () => string).name).toBe('hello');
    expect((after['99']!.Greeter as () => void).name).toBe('Greeter');
  });

  it('puts back the parentheses around each module factory, which minifying drops', async () => {
    expect(factoriesParenthesized(chunk)).toEqual([true, true]);
    expect(factoriesParenthesized(await minifyChunk(chunk, 'dist/x/7.index.js'))).toEqual([true, true]);
  });

  it('refuses a file with no module map, naming it', async () => {
    await expect(minifyChunk('export const x = 1;', 'dist/x/odd.js')).rejects.toThrow('dist/x/odd.js: no webpack module map found');
  });

  it('refuses a file it cannot parse, naming it', async () => {
    await expect(minifyChunk('export const = ;', 'dist/x/broken.js')).rejects.toThrow(/^dist\/x\/broken\.js: cannot minify the chunk/);
  });
});
