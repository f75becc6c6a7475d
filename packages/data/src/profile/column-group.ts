import type { Batch, Field } from '../table';
import { ColumnProfiler } from './column';
import { hashColumn } from './hash';
import { addColumnTerms, newRowLanes, type RowLanes } from './row-lanes';

/**
 * Some of a table's columns profiled together: the whole table in the
 * single-threaded scan, a worker thread's share in the partitioned one. Each
 * batch gives back the group's share of the row hashes (row-lanes.ts), which
 * the table adds up with the other groups' shares.
 */
export class ColumnGroup {
  readonly profilers: ColumnProfiler[];
  private hashes = new Float64Array(0);
  private lanes: RowLanes = newRowLanes(0);

  /**
   * @param indices each field's index in the table's schema (the key of its row-hash terms)
   * @param freshLanes a new lanes buffer per batch, for lanes handed to another thread (transferred, so not reusable)
   */
  constructor(
    fields: readonly Field[],
    readonly indices: readonly number[],
    private readonly freshLanes = false,
  ) {
    this.profilers = fields.map((f) => new ColumnProfiler(f));
  }

  /** `batch.columns[j]` holds the column at `indices[j]`. */
  add(batch: Batch): RowLanes {
    const n = batch.numRows;
    if (this.freshLanes || this.lanes.a.length < n) this.lanes = newRowLanes(n);
    else {
      this.lanes.a.fill(0, 0, n);
      this.lanes.b.fill(0, 0, n);
    }
    if (this.hashes.length < n) this.hashes = new Float64Array(n);
    const h = this.hashes;
    for (let j = 0; j < this.profilers.length; j++) {
      const values = batch.columns[j]!;
      const profiler = this.profilers[j]!;
      const raw = batch.raw?.[j];
      const coded = batch.coded?.[j];
      if (raw) profiler.addRaw(raw, h, n);
      else if (!coded || !profiler.addCoded(coded, h, n)) {
        hashColumn(values, h, n);
        profiler.add(values, h, n);
      }
      addColumnTerms(h, this.indices[j]!, this.lanes, n);
    }
    return this.lanes;
  }
}
