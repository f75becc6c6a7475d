import os from 'node:os';
import { UserError } from '@mlship/core';

export const THREADS_ENV = 'MLSHIP_THREADS';

/**
 * Threads to profile with, from MLSHIP_THREADS: unset or empty for every core
 * (`auto`), a whole number ≥ 1 for exactly that many, 1 for the single-threaded scan.
 */
export function threadsSetting(env: NodeJS.ProcessEnv = process.env): number | 'auto' {
  const raw = env[THREADS_ENV]?.trim();
  if (!raw) return 'auto';
  if (!/^[1-9][0-9]{0,3}$/.test(raw)) {
    throw new UserError(`${THREADS_ENV} must be a whole number of threads of 1 or more, not "${raw}"`, {
      hint: `Unset it to profile on every core (${os.availableParallelism()} here), or set 1 for a single thread.`,
    });
  }
  return Number(raw);
}

/**
 * Threads (the main one counted) for `bytes` of data: `auto` takes every core
 * from `minBytes` on and one thread below it; a number is taken as it is.
 */
export function threadsFor(setting: number | 'auto', bytes: number, minBytes: number): number {
  return setting === 'auto' ? (bytes >= minBytes ? os.availableParallelism() : 1) : setting;
}

/**
 * Columns split into `parties` groups of about equal cost: the costliest
 * column first, each to the group with the least so far (ties to the lowest
 * group), party 0 (the main thread) starting with `head` (its own work of
 * combining the row hashes) and every other with `start` (a worker thread
 * loads the bundle before its first batch). Deterministic: the same costs give the same split.
 * Every group's indices ascend; a group may be empty only when there are
 * fewer columns than parties.
 */
export function partitionColumns(costs: readonly number[], parties: number, head = 0, start = 0): number[][] {
  const load = Array.from({ length: parties }, (_, p) => (p === 0 ? head : start));
  const groups: number[][] = Array.from({ length: parties }, () => []);
  const order = costs.map((c, i) => [c, i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (const [cost, column] of order) {
    let best = 0;
    for (let p = 1; p < parties; p++) if (load[p]! < load[best]!) best = p;
    groups[best]!.push(column);
    load[best]! += cost;
  }
  return groups.map((g) => g.sort((x, y) => x - y));
}
