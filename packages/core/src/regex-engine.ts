import { onDemand } from './on-demand';

const re2js = onDemand(() => import('re2js'), 'a pattern was compiled before loadRegexEngine() was awaited');

/**
 * Loads re2js, the linear-time engine behind user patterns and globs. It is
 * 260 kB of a bundle and ~13 ms of a cold start, which a run without a config
 * or a glob (validate-data on one file) need not pay, so it is a chunk of its
 * own, loaded by whoever is about to compile a pattern: a config loader, a
 * glob resolver, an action's run.
 */
export const loadRegexEngine = re2js.load;

/** re2js, once loaded. */
export const regexEngine = re2js.get;
