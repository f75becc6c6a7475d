import type { CategoricalDistribution, NumericDistribution } from '../stats/distribution';
import type { Batch, Schema } from '../table';
import { ColumnProfiler, type ColumnProfile } from './column';
import { DistinctRows, type DistinctRowsOptions } from './distinct-rows';
import { RowHasher, hashColumn } from './hash';

export interface TableProfile {
  rows: number;
  /** Rows equal to an earlier row (pandas `duplicated().sum()`, NaN equal to NaN). */
  duplicateRows: number;
  columns: ColumnProfile[];
}

/**
 * Profiles a table one batch at a time: every cell is hashed once, and the
 * hash feeds both the column's distinct counter and the row hash used for
 * duplicate detection. Memory stays bounded: sketches per column, and the
 * distinct row hashes in a bounded set that spills to temporary files.
 * `dispose` removes those files when the scan fails before `finish`.
 */
export class TableProfiler {
  private readonly columns: ColumnProfiler[];
  private readonly rowsSeen: DistinctRows;
  private rows = 0;
  private hashes: Float64Array[] = [];
  private rowHashes = new Float64Array(0);

  constructor(
    readonly schema: Schema,
    options: DistinctRowsOptions = {},
  ) {
    this.columns = schema.fields.map((f) => new ColumnProfiler(f));
    this.rowsSeen = new DistinctRows(options);
  }

  add(batch: Batch): void {
    const n = batch.numRows;
    const width = this.columns.length;
    for (let c = 0; c < width; c++) {
      let h = this.hashes[c];
      if (!h || h.length < n) h = this.hashes[c] = new Float64Array(n);
      const values = batch.columns[c]!;
      hashColumn(values, h, n);
      this.columns[c]!.add(values, h, n);
    }
    if (this.rowHashes.length < n) this.rowHashes = new Float64Array(n);
    const rows = this.rowHashes;
    const row = new RowHasher();
    for (let i = 0; i < n; i++) {
      row.reset();
      for (let c = 0; c < width; c++) row.push(this.hashes[c]![i]!);
      rows[i] = row.value;
    }
    this.rowsSeen.addAll(rows, n);
    this.rows += n;
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
