import { fromLegacy } from './legacy';
import type { LoadedConfig } from './load';

/** Without a `config`, the flat shape's defaults run (1,000 rows, 5 % nulls, 1 % duplicates, 1 % per class): the checks a team gets for free. */
export function defaultConfig(): LoadedConfig {
  return { source: 'default checks', format: 'seed-002', checksFor: (columns) => fromLegacy({}, columns) };
}
