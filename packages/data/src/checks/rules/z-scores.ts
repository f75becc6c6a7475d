import { UserError, formatNumber } from '@mlship/core';
import { isMissing, isNumericKind, type Cell } from '../../table';
import { field, pass, PARTIAL_UNEXPECTED, percent, type RuleFactory } from '../rule';
import { mostlyVerdict } from './values';
import { FloatValues, meanStd } from './float-values';

/**
 * GX expect_column_value_z_scores_to_be_less_than: z = (x - mean) / std with
 * pandas' mean and sample std (ddof=1) of the non-null values. Both are known
 * only after the pass, so the column's values are kept (8 bytes each) and
 * judged at the end, in reading order. A std of 0 or of one value makes every
 * z infinite or not a number, which fails, as in GX.
 */
export const zScoresBelow: RuleFactory<'z_scores_below'> = (spec, ctx) => {
  const { field: f, index } = field(ctx, spec.column);
  if (!isNumericKind(f.kind)) throw new UserError(`column: "${spec.column}" is ${f.kind}, z_scores_below needs a numeric column`, { where: ctx.where });
  const values = new FloatValues();
  const under = spec.double_sided ? (z: number) => Math.abs(z) < Math.abs(spec.threshold) : (z: number) => z < spec.threshold;
  const expected = `${spec.double_sided ? `|z| < ${Math.abs(spec.threshold)}` : `z < ${spec.threshold}`}${spec.mostly < 1 ? ` for at least ${formatNumber(spec.mostly * 100)}% of non-null rows` : ''}`;
  return {
    title: `z-scores: ${spec.column}`,
    observe(batch) {
      const col = batch.columns[index]!;
      for (let i = 0; i < batch.numRows; i++) {
        const v = col[i]!;
        if (!isMissing(v)) values.push(v as number);
      }
    },
    evaluate: (results) => {
      const a = values.values;
      const { mean, std } = meanStd(a);
      let bad = 0;
      const partial: Cell[] = [];
      for (let i = 0; i < a.length; i++) {
        if (under((a[i]! - mean) / std)) continue;
        bad++;
        if (partial.length < PARTIAL_UNEXPECTED) partial.push(a[i]!);
      }
      const rows = results.profile.rows;
      return {
        result: { element_count: rows, missing_count: rows - a.length, unexpected_count: bad, unexpected_percent: percent(bad, a.length), partial_unexpected_list: partial },
        status: pass(mostlyVerdict(a.length, bad, spec.mostly).ok),
        observed: `${bad} outside`,
        expected,
        detail: `mean ${formatNumber(mean)}, std ${formatNumber(std)}; ${bad} of ${a.length} values${bad ? `, e.g. ${partial.slice(0, 5).map((v) => formatNumber(v as number)).join(', ')}` : ''}`,
      };
    },
  };
};
