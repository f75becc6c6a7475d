import type { Batch, Cell, Schema } from '../table';
import { TableProfiler } from '../profile';
import type { MultiVerdict, Rule, Verdict } from './rule';
import type { RowPredicate } from './row-condition';

type Compiled = Omit<Rule, 'spec' | 'id' | 'title'> & { title?: string };

/**
 * Runs a rule on the rows its row_condition selects. The rule sees filtered
 * batches and, at the end, the profile of those rows alone (its own profiler),
 * so profile-based checks (nulls, mean, quantiles, row count) and row-level ones
 * judge the same rows. Only checks with a condition pay for this.
 */
export function onRowsWhere(rule: Compiled, schema: Schema, predicate: RowPredicate, condition: string): Compiled {
  const profiler = new TableProfiler(schema);
  let kept = 0;
  return {
    ...rule,
    observe(batch: Batch) {
      const rows: number[] = [];
      for (let r = 0; r < batch.numRows; r++) if (predicate(batch.columns, r)) rows.push(r);
      if (rows.length === 0) return;
      kept += rows.length;
      const filtered: Batch = { numRows: rows.length, columns: batch.columns.map((c) => rows.map((r) => c[r]!) as Cell[]) };
      profiler.add(filtered);
      rule.observe?.(filtered);
    },
    evaluate(results) {
      try {
        const profile = profiler.finish();
        return whereVerdict(rule.evaluate({ ...results, profile, profiler }), condition, kept);
      } finally {
        profiler.dispose();
      }
    },
  };
}

/** A verdict on the rows a condition selects says so: the condition after what was expected, the rows kept after the detail. */
export function whereVerdict<V extends Verdict | MultiVerdict>(v: V, condition: string, kept: number): V {
  const where = ` where ${condition}`;
  return isMulti(v) ? v : { ...v, expected: `${v.expected ?? ''}${where}`, detail: `${v.detail ?? ''} (${kept} row${kept === 1 ? '' : 's'}${where})` };
}

const isMulti = (v: Verdict | MultiVerdict): v is MultiVerdict => 'checks' in v;
