/**
 * What a worker thread loads before its first row: threads/entry.ts and every
 * module it imports statically. A bundle's thread starts the same file as the
 * main thread, so anything reachable from here is compiled and run in every
 * worker before it reads; @mlship/core's barrel (zod, yaml) and the glob
 * matcher (re2js, picomatch, tinyglobby) were ~1 MB of that, ~60 ms of each
 * thread's start on the 1M-row benchmark. Lazy `import()`s (the parquet
 * decoder) are not followed: they load when a job needs them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The modules reachable from `entry` and the bare specifiers they import, each with the first module importing it. */
function staticGraph(entry: string): { modules: string[]; reached: Map<string, string> } {
  const seen = new Set<string>();
  const reached = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (!spec!.startsWith('.')) {
        if (!reached.has(spec!)) reached.set(spec!, path.relative(path.dirname(entry), file));
        continue;
      }
      const base = path.resolve(path.dirname(file), spec!);
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
      if (!found) throw new Error(`${file}: cannot resolve ${spec}`);
      visit(found);
    }
  };
  visit(entry);
  return { modules: [...seen].map((f) => path.relative(path.dirname(entry), f)), reached };
}

/** The @mlship/core modules a worker may load: leaves that import nothing but Node's builtins. */
const CORE_LEAVES = ['@mlship/core/errors', '@mlship/core/digits', '@mlship/core/builtin'];

it('a worker thread loads only the readers, the profiler, UserError, groupDigits and lazyBuiltin before its job', () => {
  const { modules, reached } = staticGraph(fileURLToPath(new URL('entry.ts', import.meta.url)));
  const outside = [...reached].filter(([spec]) => !spec.startsWith('node:') && !CORE_LEAVES.includes(spec)).map(([spec, by]) => `${spec} (imported by ${by})`);
  expect(outside).toEqual([]);
  // The walk reaches what a worker runs: the column profiler and the CSV and JSONL chunk parser.
  expect(modules).toEqual(expect.arrayContaining(['worker.ts', 'chunk-worker.ts', '../profile/column-group.ts', '../read/open-files.ts', '../read/csv.ts', '../read/jsonl.ts']));
  for (const leaf of CORE_LEAVES) {
    const file = fileURLToPath(new URL(`../../../core/src/${leaf.split('/').pop()}.ts`, import.meta.url));
    expect([leaf, [...fs.readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)].map((m) => m[1]).filter((spec) => !spec!.startsWith('node:'))]).toEqual([leaf, []]);
  }
});
