import type { DataFile } from '../table';
import { parquetFile } from './parquet-file';
import { readFooter } from './parquet-footer';

/**
 * Uncompressed bytes of each top-level column over the files' row groups,
 * from their footers (nothing else is read): what decoding a column costs,
 * for splitting columns between threads.
 */
export async function parquetColumnBytes(files: { file: DataFile; abs: string }[]): Promise<{ rows: number; bytes: Map<string, number> }> {
  const bytes = new Map<string, number>();
  let rows = 0;
  for (const { file, abs } of files) {
    const metadata = await readFooter(file, await parquetFile(abs), {});
    rows += Number(metadata.num_rows);
    for (const group of metadata.row_groups) {
      for (const chunk of group.columns) {
        const meta = chunk.meta_data;
        if (!meta) continue;
        const name = meta.path_in_schema[0]!;
        bytes.set(name, (bytes.get(name) ?? 0) + Number(meta.total_uncompressed_size));
      }
    }
  }
  return { rows, bytes };
}
