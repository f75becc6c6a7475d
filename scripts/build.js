#!/usr/bin/env node
// Bundles every action (actions/<name>/src/main.ts → dist/<name>/index.js), the
// CLI (dist/cli/index.js) and the root action's dispatcher (dist/marketplace/) with
// ncc (chunks minified, source made ASCII-only), then regenerates the root action.yml and the published JSON Schemas.
// Bundling only transpiles: `npm test` type-checks the whole tree with tsc once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { asciiOnly } from './ascii-only.js';
import { minifyChunk } from './minify-chunk.js';
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

/** One ncc bundle of `entry` into `outDir` (relative to the root); prints its size. */
async function bundle(entry, outDir) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', path.join(root, outDir), '--minify', '--quiet', '--transpile-only', '--target', 'es2022'], { cwd: root, stdio: 'inherit' });
  let bytes = 0;
  // Smaller and ASCII-only source loads faster (see minify-chunk.js and ascii-only.js).
  for (const file of fs.readdirSync(path.join(root, outDir)).filter((f) => f.endsWith('.js'))) {
    const name = path.join(outDir, file);
    const out = asciiOnly(await minifyChunk(fs.readFileSync(path.join(root, name), 'utf8'), name), name);
    fs.writeFileSync(path.join(root, name), out);
    bytes += out.length;
  }
  console.log(`${outDir}  ${(bytes / 1024).toFixed(0)} kB`);
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
