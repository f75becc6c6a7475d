import type { DataFile, Dataset } from '../table';
import { openFiles, type OpenFilesOptions } from './open-files';
import { resolveDataFiles } from './resolve';

export { sniffDelimiter, type CsvOptions } from './csv';
export { hivePartitions } from './resolve';

export interface OpenOptions extends OpenFilesOptions {
  /** Told the files once they are resolved, before any is opened (the progress line's total). */
  onFiles?: (files: DataFile[]) => void;
}

/** Opens a file, directory or glob as one dataset (openFiles, once the spec is resolved to its files). */
export async function openDataset(spec: string, options: OpenOptions): Promise<Dataset> {
  const files = await resolveDataFiles(spec, options.cwd, options.role);
  options.onFiles?.(files);
  return openFiles(files, spec, options);
}
