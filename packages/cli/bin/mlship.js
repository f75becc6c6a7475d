#!/usr/bin/env node
// The CLI is the same ncc bundle CI checks in dist/, so `mlship` runs exactly what the actions run:
// an installed package carries a copy in its own dist/ (made by prepack), a clone runs the repository's dist/cli.
import fs from 'node:fs';

const packed = new URL('../dist/index.js', import.meta.url);
await import(fs.existsSync(packed) ? packed.href : new URL('../../../dist/cli/index.js', import.meta.url).href);
