// `npm pack` / `npm publish` lifecycle: the tarball carries its own copy of the committed
// CLI bundle (dist/cli of the repository, chunks included) in dist/, so an install has no
// dependencies and no workspace links, and the repository's LICENSE beside it. The copies
// are removed after packing: in a clone the bin keeps running the repository's dist/cli,
// which CI checks against the sources.
import fs from 'node:fs';
import path from 'node:path';

const pkg = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const repo = path.resolve(pkg, '../..');
const copies = [
  { from: path.join(repo, 'dist/cli'), to: path.join(pkg, 'dist'), missing: `${path.join(repo, 'dist/cli')}/index.js is missing. Run \`npm run build -- cli\` at the repository root first.`, check: 'index.js' },
  { from: path.join(repo, 'LICENSE'), to: path.join(pkg, 'LICENSE'), missing: `${path.join(repo, 'LICENSE')} is missing: the package says MIT and must ship the license text.` },
];

for (const c of copies) fs.rmSync(c.to, { recursive: true, force: true });
if (process.argv[2] === 'add') {
  for (const c of copies) {
    if (!fs.existsSync(c.check ? path.join(c.from, c.check) : c.from)) {
      for (const done of copies) fs.rmSync(done.to, { recursive: true, force: true });
      console.error(`error: ${c.missing}`);
      process.exit(1);
    }
    fs.cpSync(c.from, c.to, { recursive: true });
  }
}
