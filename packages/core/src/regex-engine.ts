import type * as Re2js from 're2js';

let engine: typeof Re2js | undefined;

/**
 * Loads re2js, the linear-time engine behind user patterns and globs. It is
 * 260 kB of a bundle and ~13 ms of a cold start, which a run without a config
 * or a glob (validate-data on one file) need not pay, so it is a chunk of its
 * own, loaded by whoever is about to compile a pattern: a config loader, a
 * glob resolver, an action's run.
 */
export async function loadRegexEngine(): Promise<void> {
  engine ??= await import('re2js');
}

/** re2js, once loaded; a caller that forgot to load it is a bug, reported as one rather than matching nothing. */
export function regexEngine(): typeof Re2js {
  if (!engine) throw new Error('internal error: a pattern was compiled before loadRegexEngine() was awaited');
  return engine;
}
