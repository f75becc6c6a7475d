import { groupDigits, UserError } from '@mlship/core';
import { HashSet53, RowHasher, hashValue } from '../../profile';
import type { CheckSpec } from '../config';
import { field, pass, type RuleFactory, type Verdict } from '../rule';

/**
 * Training rows whose key (whole row, or `key_columns`) also occurs in
 * `test-data`. The test keys are hashed first (columns matched by name, so a
 * different column order does not matter); the training pass then probes them.
 */
export const leakage: RuleFactory<'leakage'> = (spec, ctx) => {
  const test = ctx.testData;
  if (!test) throw new UserError('the leakage check needs a test dataset', { where: ctx.where, hint: 'Set the `test-data` input (or --test-data) to the holdout set.' });
  const names = spec.key_columns ?? ctx.schema.fields.map((f) => f.name);
  const dataIdx = names.map((n) => field(ctx, n, 'key_columns').index);
  const testIdx = names.map((n) => {
    const i = test.schema.fields.findIndex((f) => f.name === n);
    if (i >= 0) return i;
    // Without key_columns every data column is part of the key: say so rather than blame a key the user never wrote.
    if (!spec.key_columns) {
      throw new UserError(`column "${n}" is not in test-data ${test.spec}, so whole rows cannot match`, { where: ctx.where, hint: 'Set key_columns to columns present in both datasets.' });
    }
    throw new UserError(`key_columns: column "${n}" is not in test-data ${test.spec}`, { where: ctx.where, hint: 'Name key columns present in both datasets.' });
  });
  const testKeys = new HashSet53(1 << 16);
  const hit = new HashSet53(1024);
  const hasher = new RowHasher();
  const examples: string[] = [];
  let leaked = 0;
  let testRows = 0;
  const key = (cols: ArrayLike<unknown>[], r: number) => {
    hasher.reset();
    for (const c of cols) hasher.push(hashValue(c[r]));
    return hasher.value;
  };
  return {
    title: 'Train/test leakage',
    async prepare(progress) {
      for await (const batch of test.batches()) {
        const cols = testIdx.map((i) => batch.columns[i]!);
        for (let r = 0; r < batch.numRows; r++) testKeys.add(key(cols, r));
        testRows += batch.numRows;
      }
      progress(`test-data: hashed ${groupDigits(testRows)} rows for the leakage check`);
    },
    observe(batch) {
      const cols = dataIdx.map((i) => batch.columns[i]!);
      for (let r = 0; r < batch.numRows; r++) {
        const h = key(cols, r);
        if (!testKeys.has(h)) continue;
        leaked++;
        hit.add(h);
        if (examples.length < 3) examples.push(keyText(names, cols.map((c) => c[r])));
      }
    },
    evaluate: () => leakageVerdict(spec, { leaked, keys: hit.size, testRows, examples }),
  };
};

/** What a leakage check found: training rows whose key is a test key, how many distinct keys those are, the test rows, up to 3 example keys. */
export interface LeakageCounts {
  leaked: number;
  keys: number;
  testRows: number;
  examples: string[];
}

/** A key as the examples show it: `{id: 7, name: "a"}`. */
export const keyText = (names: string[], values: unknown[]): string => `{${names.map((n, j) => `${n}: ${JSON.stringify(values[j])}`).join(', ')}}`;

export function leakageVerdict(spec: Extract<CheckSpec, { type: 'leakage' }>, c: LeakageCounts): Verdict {
  const names = spec.key_columns;
  return {
    status: pass(c.leaked <= spec.max_rows),
    observed: `${c.leaked} rows`,
    expected: `<= ${spec.max_rows}`,
    detail: c.leaked
      ? `${c.leaked} training rows share their ${names ? 'key' : 'full row'} with ${c.keys} of ${c.testRows} test rows, e.g. ${c.examples.join('; ')}`
      : `no ${names ? `(${names.join(', ')}) key` : 'row'} of ${c.testRows} test rows appears in the training data`,
  };
}
