import { formatNumber } from '@mlship/core';
import { HashSet53, RowHasher, hashValue } from '../../profile';
import type { Cell } from '../../table';
import { field, pass, PARTIAL_UNEXPECTED, percent, type RuleFactory } from '../rule';
import { ignoredRow, type RowIgnore } from './ignore-rows';

/**
 * GX expect_column_values_to_be_unique / expect_compound_columns_to_be_unique.
 * As in GX, every row of a repeated key is unexpected (pandas' duplicated(keep=False)),
 * not only the repeats after the first; `mostly` is judged over the rows kept
 * after `ignore_row_if`. A second set remembers which keys already repeated, so
 * that count needs no per-key counter.
 */
export const unique: RuleFactory<'unique'> = (spec, ctx) => {
  const indices = spec.columns.map((c) => field(ctx, c, 'columns').index);
  const seen = new HashSet53(1 << 16);
  const repeated = new HashSet53(1 << 10);
  const hasher = new RowHasher();
  // One column: a null is never a key (GX's column map skips nulls whatever ignore_row_if says).
  const ignore: RowIgnore = spec.columns.length === 1 ? 'any_value_is_missing' : spec.ignore_row_if;
  let repeats = 0;
  let groups = 0;
  let keys = 0;
  let rows = 0;
  // GX lists every row of a repeated key. One pass learns that a key repeats at its second
  // row, so the first row's value is listed then, next to the second: the same values as
  // GX's list, in the order the repeats were found.
  const partial: unknown[] = [];
  const valueAt = (cols: ArrayLike<Cell>[], r: number) => (cols.length === 1 ? cols[0]![r]! : Object.fromEntries(spec.columns.map((name, j) => [name, cols[j]![r] ?? null])));
  return {
    title: `Unique: ${spec.columns.join(' + ')}`,
    observe(batch) {
      const cols = indices.map((i) => batch.columns[i]!);
      rows += batch.numRows;
      for (let r = 0; r < batch.numRows; r++) {
        if (ignoredRow(ignore, cols, r)) continue;
        hasher.reset();
        for (const c of cols) hasher.push(hashValue(c[r]));
        keys++;
        if (!seen.add(hasher.value)) {
          repeats++;
          const first = repeated.add(hasher.value);
          if (first) groups++;
          for (let n = first ? 2 : 1; n > 0 && partial.length < PARTIAL_UNEXPECTED; n--) partial.push(valueAt(cols, r));
        }
      }
    },
    evaluate: () => {
      const unexpected = repeats + groups;
      const ok = keys === 0 || (keys - unexpected) / keys >= spec.mostly;
      return {
        result: { element_count: rows, missing_count: rows - keys, unexpected_count: unexpected, unexpected_percent: percent(unexpected, keys), partial_unexpected_list: partial },
        status: pass(ok),
        observed: `${repeats} repeated`,
        expected: spec.mostly < 1 ? `>= ${formatNumber(spec.mostly * 100)}% of rows with a unique key` : 'no repeats',
        detail: repeats
          ? `${unexpected} of ${keys} rows share their key with another row (${formatNumber(percent(unexpected, keys))}%; ${repeats} repeat an earlier row)`
          : `${keys} keys, all unique`,
      };
    },
  };
};
