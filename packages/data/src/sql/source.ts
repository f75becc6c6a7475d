import type { TableFormat } from '../read/table-formats';
import type { Schema } from '../table';
import type { Bindings, Dialect } from './dialect';

/**
 * What the data is, as the FROM clause of every statement: a table (its name
 * quoted part by part), the user's own query (run as a subquery, inside a
 * read-only transaction where the engine has one), or files DuckDB reads itself
 * (their paths bound as values).
 */
/** A relation a statement reads, with its columns: the data, the reference or the test rows. */
export interface Side {
  source: SqlSource;
  schema: Schema;
}

export interface SqlSource {
  /** For the report and messages: `table public.events`, `query`, `data/*.parquet`. */
  readonly label: string;
  from(b: Bindings, d: Dialect): string;
}

export function tableSource(name: string): SqlSource {
  // schema.table (or catalog.schema.table): a dot separates parts, as in SQL; each part is quoted on its own.
  const parts = name.split('.');
  return { label: `table ${name}`, from: (_b, d) => parts.map((p) => d.quote(p)).join('.') };
}

export function querySource(query: string): SqlSource {
  const text = query.trim().replace(/;\s*$/, '');
  return { label: 'query', from: (_b, d) => `(${text}) AS ${d.quote('mlship_source')}` };
}

export type FileFormat = 'parquet' | 'csv' | 'jsonl';

/** Files (local paths, or s3:// gs:// https:// URLs and their globs) read by DuckDB's own readers. */
export function filesSource(label: string, paths: string[], format: FileFormat, hivePartitioned: boolean): SqlSource {
  return {
    label,
    from(b) {
      const list = `[${paths.map((p) => b.bind(p, 'text')).join(', ')}]`;
      // Partition values stay text, as the local reader adds them.
      const hive = hivePartitioned ? ', hive_partitioning = true, hive_types_autocast = false' : '';
      if (format === 'parquet') return `read_parquet(${list}${hive})`;
      if (format === 'csv') return `read_csv(${list}${hive})`;
      return `read_json(${list}, format = 'newline_delimited'${hive})`;
    },
  };
}

/** A local Delta Lake or Iceberg table, read at its current snapshot by DuckDB's delta or iceberg extension (the path bound as a value). */
export function lakeTableSource(label: string, dir: string, format: TableFormat): SqlSource {
  return { label, from: (b) => `${format === 'delta' ? 'delta_scan' : 'iceberg_scan'}(${b.bind(dir, 'text')})` };
}
