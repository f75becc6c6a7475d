#!/usr/bin/env node
// Bundles every action (actions/<name>/src/main.ts → dist/<name>/index.js), the
// CLI (dist/cli/index.js) and the root action's dispatcher (dist/marketplace/) with
// ncc, then regenerates the root action.yml and the published JSON Schemas.
// Bundling only transpiles: `npm test` type-checks the whole tree with tsc once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as acorn from 'acorn';
import { minify } from 'terser';
import { CLI_EMBEDDED_FILE, generateCliEmbedded } from './cli-help.js';
import { generateMarketplace } from './marketplace-action.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const only = process.argv.slice(2);

const targets = fs
  .readdirSync(path.join(root, 'actions'))
  .filter((a) => fs.existsSync(path.join(root, 'actions', a, 'src/main.ts')))
  .map((a) => ({ name: a, entry: `actions/${a}/src/main.ts` }));
targets.push({ name: 'cli', entry: 'packages/cli/src/main.ts' });
// The root action.yml's dispatcher (main and post), for the Marketplace listing: see scripts/marketplace-action.js.
targets.push({ name: 'marketplace', entry: 'packages/marketplace/src/main.ts' });

/**
 * One ncc bundle of `entry` into `outDir` (relative to the root), its chunks minified;
 * prints its size.
 */
async function bundle(entry, outDir) {
  const dir = path.join(root, outDir);
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', dir, '--minify', '--quiet', '--transpile-only', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  let bytes = 0;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) bytes += await minifyFile(path.join(dir, file));
  console.log(`${outDir}  ${(bytes / 1024).toFixed(0)} kB`);
}

/**
 * ncc's --minify reaches only index.js: the chunks its dynamic imports split off come out
 * as webpack wrote them, comments and long names included, about twice their minified
 * size. Every chunk a step loads is read, decoded and hashed against the compile cache on
 * each cold start, so they are minified here with ncc's own settings (names of functions
 * and classes kept for stack traces, licence comments kept). ASCII-only output lets V8
 * hold each source in one byte per character instead of two.
 */
async function minifyFile(file) {
  const { code } = await minify(fs.readFileSync(file, 'utf8'), { module: true, compress: false, mangle: { keep_classnames: true, keep_fnames: true }, format: { ascii_only: true } });
  const out = parenthesizeFactories(code);
  fs.writeFileSync(file, out);
  return out.length;
}

/**
 * Puts back the parentheses webpack writes around each module factory, which minifying
 * drops. V8 compiles a parenthesized function together with its script, and Node writes
 * a chunk's compile cache right after compiling it, so only such functions are in the
 * cache; without them every factory was compiled again on every run (validate-data on a
 * 2,000-row CSV: 184 ms unminified, 206 minified, 166 minified with the parentheses).
 * The module map is the object literal of numeric ids to functions: the entry's `var`,
 * a chunk's `export const modules`.
 */
function parenthesizeFactories(code) {
  const factories = [];
  for (let node of acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' }).body) {
    if (node.type === 'ExportNamedDeclaration') node = node.declaration;
    if (node?.type !== 'VariableDeclaration') continue;
    for (const { init } of node.declarations) {
      const props = init?.type === 'ObjectExpression' ? init.properties : [];
      if (props.length && props.every((p) => p.key?.type === 'Literal' && typeof p.key.value === 'number' && /FunctionExpression$/.test(p.value.type))) factories.push(...props.map((p) => p.value));
    }
  }
  let out = '';
  let at = 0;
  for (const f of factories) {
    out += `${code.slice(at, f.start)}(${code.slice(f.start, f.end)})`;
    at = f.end;
  }
  return out + code.slice(at);
}

for (const t of targets) {
  if (only.length && !only.includes(t.name)) continue;
  // The CLI embeds every action.yml's inputs for its --help (see scripts/cli-help.js).
  if (t.name === 'cli') fs.writeFileSync(path.join(root, CLI_EMBEDDED_FILE), generateCliEmbedded(root));
  fs.rmSync(path.join(root, 'dist', t.name), { recursive: true, force: true });
  await bundle(t.entry, `dist/${t.name}`);
  // An action's post: step (runs.post in action.yml) is a second entry point beside main.
  const post = t.entry.replace(/main\.ts$/, 'post.ts');
  if (post !== t.entry && fs.existsSync(path.join(root, post))) await bundle(post, `dist/${t.name}/post`);
}

// The root action.yml and the dispatcher's table follow every action.yml, whichever bundles were rebuilt.
let marketplace;
try {
  marketplace = generateMarketplace(root);
} catch (e) {
  console.error(`error: ${e.message}`);
  process.exit(1);
}
fs.writeFileSync(path.join(root, 'action.yml'), marketplace.actionYml);
fs.mkdirSync(path.join(root, 'dist/marketplace'), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/marketplace/actions.json'), marketplace.manifest);

// The JSON Schemas editors use for autocompletion are generated from the zod schemas, through
// the CLI bundle: only when it was just rebuilt (a stale one may not know a new action yet).
if (!only.length || only.includes('cli')) {
  fs.mkdirSync(path.join(root, 'schemas'), { recursive: true });
  for (const name of ['validate-data', 'eval-gate', 'pr-checklist']) {
    const schema = execFileSync(process.execPath, [path.join(root, 'dist/cli/index.js'), 'schema', name], { cwd: root });
    fs.writeFileSync(path.join(root, 'schemas', `${name}.config.schema.json`), schema);
  }
}
