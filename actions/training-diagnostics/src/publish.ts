import type { ActionIO } from '@mlship/core';
import { uploadArtifact } from '@mlship/github';

/** Uploads the diagnostics; a missing artifact runtime or a failed upload is a notice, never a failed step. */
export async function uploadDiagnostics(io: ActionIO, name: string, files: string[], rootDirectory: string): Promise<string | undefined> {
  const result = await uploadArtifact({ name, files, rootDirectory, log: io, env: io.env });
  if (result.uploaded) {
    io.info(`training-diagnostics: uploaded artifact "${name}"${result.size !== undefined ? ` (${result.size} bytes)` : ''}`);
    return name;
  }
  io.annotate('notice', result.reason, { title: 'training-diagnostics: artifact' });
  return undefined;
}
