import fs from 'node:fs/promises';
import path from 'node:path';

/** Writes via a temp file and rename, so a reader never sees half a report. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, content);
  await fs.rename(tmp, file);
}
