import { onDemand } from './on-demand';

const yaml = onDemand(() => import('yaml'), 'YAML was parsed before loadYamlParser() was awaited');

/**
 * Loads the YAML library that config files, query maps and argument lists are
 * read with. It is 290 kB of a bundle and 10-15 ms of every cold start on the
 * bench VM (bench/validate-data/RESULTS.md), which a run given no YAML need not
 * pay, so it is a chunk of its own, loaded by whoever is about to read some: a
 * config loader, or an action's run before it parses its inputs.
 */
export const loadYamlParser = yaml.load;

/** The YAML library, once loaded. */
export const yamlParser = yaml.get;
