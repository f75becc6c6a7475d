import type { GitHubLog } from './client';

export interface UploadArtifact {
  name: string;
  /** Files to upload (absolute, or relative to the working directory). */
  files: string[];
  /** The directory the artifact's paths are relative to. */
  rootDirectory: string;
  retentionDays?: number;
  log?: GitHubLog;
  /** Environment to read the runtime token from; default process.env. */
  env?: (name: string) => string | undefined;
}

export type UploadArtifactResult = { uploaded: true; id?: number; size?: number } | { uploaded: false; reason: string };

/**
 * Uploads a workflow artifact with @actions/artifact. Never throws: outside a
 * runner (no ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL), on GHES, or when
 * the upload fails, it returns the reason, which the caller prints as a
 * notice — a report that could not be attached must not fail the step.
 */
export async function uploadArtifact(p: UploadArtifact): Promise<UploadArtifactResult> {
  const env = p.env ?? ((n: string) => process.env[n]);
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((n) => !env(n));
  if (missing.length) {
    return { uploaded: false, reason: `artifact "${p.name}" not uploaded: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set (artifacts need a GitHub Actions runner; the files stay in ${p.rootDirectory})` };
  }
  try {
    // Loaded on demand: the artifact client pulls in the Azure blob SDK, which
    // every run that does not upload would pay for at start-up.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const res = await client.uploadArtifact(p.name, p.files, p.rootDirectory, p.retentionDays ? { retentionDays: p.retentionDays } : {});
    p.log?.debug?.(`artifact "${p.name}" uploaded: id ${res.id}, ${res.size} bytes`);
    return { uploaded: true, id: res.id, size: res.size };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { uploaded: false, reason: `artifact "${p.name}" not uploaded: ${message.split('\n')[0]}` };
  }
}
