import type { CategoricalDistribution, NumericDistribution } from '../stats/distribution';
import type { Batch, Schema } from '../table';
import { ColumnProfiler, type ColumnProfile } from './column';
import { DistinctRows, type DistinctRowsOptions } from './distinct-rows';
import { ColumnGroup } from './column-group';
import { foldRowLanes, type RowLanes } from './row-lanes';
import { holdYoungGeneration } from './heap-growth';

export interface TableProfile {
  rows: number;
  /** Rows equal to an earlier row (pandas `duplicated().sum()`, NaN equal to NaN). */
  duplicateRows: number;
  columns: ColumnProfile[];
}

/**
 * Profiles a table one batch at a time: every cell is hashed once, and the
 * hash feeds both the column's distinct counter and the row hash used for
 * duplicate detection (row-lanes.ts: a sum over columns, so columns profiled
 * in other threads give the same row hashes). Memory stays bounded: sketches
 * per column, and the row hashes in a bounded buffer that spills to
 * temporary files.
 * `dispose` removes those files when the scan fails before `finish`.
 */
export class TableProfiler {
  private readonly columns: ColumnProfiler[];
  private readonly all: ColumnGroup;
  private readonly rowsSeen: DistinctRows;
  private rows = 0;
  private rowHashes = new Float64Array(0);

  constructor(
    readonly schema: Schema,
    options: DistinctRowsOptions = {},
  ) {
    // Batches live while they are profiled: without this, the young generation grows to its maximum (heap-growth.ts).
    holdYoungGeneration();
    this.all = new ColumnGroup(schema.fields, schema.fields.map((_, i) => i));
    this.columns = [...this.all.profilers];
    this.rowsSeen = new DistinctRows(options);
  }

  add(batch: Batch): void {
    this.addRows([this.all.add(batch)], batch.numRows);
  }

  /**
   * Rows whose columns were profiled in groups elsewhere (worker threads):
   * every group's share of the same n row hashes, together covering each column once.
   */
  addRows(parts: readonly RowLanes[], n: number): void {
    if (this.rowHashes.length < n) this.rowHashes = new Float64Array(n);
    foldRowLanes(parts, this.rowHashes, n);
    this.rowsSeen.addAll(this.rowHashes, n);
    this.rows += n;
  }

  /** Column `index`'s statistics, gathered by a ColumnGroup elsewhere, in place of this profiler's own. */
  adopt(index: number, profiler: ColumnProfiler): void {
    this.columns[index] = profiler;
  }

  numeric(column: string): NumericDistribution | undefined {
    return this.column(column)?.numeric();
  }

  categorical(column: string): CategoricalDistribution | undefined {
    return this.column(column)?.categorical();
  }

  finish(): TableProfile {
    return { rows: this.rows, duplicateRows: this.rows - this.rowsSeen.count(), columns: this.columns.map((c) => c.finish()) };
  }

  dispose(): void {
    this.rowsSeen.dispose();
  }

  private column(name: string): ColumnProfiler | undefined {
    return this.columns.find((c) => c.field.name === name);
  }
}
