import type * as Yaml from 'yaml';

let parser: typeof Yaml | undefined;

/**
 * Loads the YAML library that config files, query maps and argument lists are
 * read with. It is 290 kB of a bundle and 10-15 ms of every cold start on the
 * bench VM (bench/validate-data/RESULTS.md), which a run given no YAML need not
 * pay, so it is a chunk of its own, loaded by whoever is about to read some: a
 * config loader, or an action's run before it parses its inputs.
 */
export async function loadYamlParser(): Promise<void> {
  parser ??= await import('yaml');
}

/** The YAML library, once loaded; a caller that forgot to load it is a bug, reported as one rather than as a config error. */
export function yamlParser(): typeof Yaml {
  if (!parser) throw new Error('internal error: YAML was parsed before loadYamlParser() was awaited');
  return parser;
}
