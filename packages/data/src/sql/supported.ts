import { UserError } from '@mlship/core';
import type { CheckSpec } from '../checks/config';
import { checkId } from '../checks/load';

/**
 * The checks compiled to SQL. Those judged from the profile run the local
 * rule's own verdict on the profile the engine computed; the row-level ones
 * (values_between, values_in_set, regex, unique) are counted by the engine.
 */
export const PROFILE_TYPES = [
  'row_count',
  'columns',
  'column_count',
  'column_exists',
  'column_type',
  'null_percent',
  'not_null',
  'duplicates',
  'class_balance',
  'min_between',
  'max_between',
  'mean_between',
  'std_between',
  'quantile_between',
  'freshness',
] as const satisfies readonly CheckSpec['type'][];

export const ENGINE_TYPES: readonly CheckSpec['type'][] = [...PROFILE_TYPES, 'values_between', 'values_in_set', 'regex', 'unique', 'leakage', 'drift'];

/**
 * Refuses, before anything runs, each check the engine cannot judge: one line
 * naming the check and the engine. Nothing is skipped.
 */
export function assertCompiled(specs: CheckSpec[], engine: string, source: string): void {
  specs.forEach((spec, i) => {
    const where = `${source}: checks[${i}] (${spec.type})`;
    const id = checkId(spec);
    if (!ENGINE_TYPES.includes(spec.type)) {
      throw new UserError(`check "${id}" (${spec.type}) is not compiled for engine ${engine}`, { where, hint: `Engine ${engine} runs ${ENGINE_TYPES.join(', ')}; use engine: local for the others.` });
    }
    if (spec.type === 'freshness' && !spec.column) {
      throw new UserError(`check "${id}" (freshness) needs column on engine ${engine}: there are no files whose modification time it could read`, { where, hint: 'Name the timestamp column the freshness is read from.' });
    }
  });
}
