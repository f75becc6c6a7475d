import { HashSet53, RowHasher, hashValue } from '../../profile';
import { isMissing } from '../../table';
import { field, pass, type RuleFactory } from '../rule';

/** GX expect_column_values_to_be_unique / compound_columns: rows whose key repeats an earlier one; all-null keys are ignored. */
export const unique: RuleFactory<'unique'> = (spec, ctx) => {
  const indices = spec.columns.map((c) => field(ctx, c, 'columns').index);
  const seen = new HashSet53(1 << 16);
  const hasher = new RowHasher();
  let repeats = 0;
  let keys = 0;
  return {
    title: `Unique: ${spec.columns.join(' + ')}`,
    observe(batch) {
      const cols = indices.map((i) => batch.columns[i]!);
      for (let r = 0; r < batch.numRows; r++) {
        if (cols.every((c) => isMissing(c[r]))) continue;
        hasher.reset();
        for (const c of cols) hasher.push(hashValue(c[r]));
        keys++;
        if (!seen.add(hasher.value)) repeats++;
      }
    },
    evaluate: () => ({
      status: pass(repeats === 0),
      observed: `${repeats} repeated`,
      expected: 'no repeats',
      detail: repeats ? `${repeats} of ${keys} non-null keys repeat an earlier row` : `${keys} keys, all unique`,
    }),
  };
};
