#!/usr/bin/env node
// The CLI is the same ncc bundle CI checks in dist/, so `npx mlship` runs exactly what the actions run.
import '../../../dist/cli/index.js';
