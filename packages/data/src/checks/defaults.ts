import { fromLegacy } from './legacy';
import type { LoadedConfig } from './load';

/** Without a `config`, the seed 002 validator's defaults run: the checks a team gets for free. */
export function defaultConfig(): LoadedConfig {
  return { source: 'default checks', format: 'seed-002', checksFor: (columns) => fromLegacy({}, columns) };
}
