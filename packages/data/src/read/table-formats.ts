import fs from 'node:fs/promises';
import path from 'node:path';

/** A directory that is a lakehouse table rather than a set of files. */
export type TableFormat = 'delta' | 'iceberg';

export const TABLE_FORMAT_NAMES: Record<TableFormat, string> = { delta: 'a Delta Lake table', iceberg: 'an Iceberg table' };

const isDir = (p: string) =>
  fs.stat(p).then(
    (s) => s.isDirectory(),
    () => false,
  );

/**
 * Delta Lake keeps its transaction log in `_delta_log/`; Iceberg its table
 * metadata in `metadata/*.metadata.json`. Their data directories hold every
 * version's files, rows later deleted or rewritten included, so a table read
 * as plain files counts the wrong rows.
 */
export async function tableFormatOf(dir: string): Promise<TableFormat | undefined> {
  if (await isDir(path.join(dir, '_delta_log'))) return 'delta';
  const metadata = path.join(dir, 'metadata');
  if (await isDir(metadata)) {
    const names = await fs.readdir(metadata).catch(() => [] as string[]);
    if (names.some((n) => n.endsWith('.metadata.json'))) return 'iceberg';
  }
  return undefined;
}
