import type { GitHub } from './client';
import { readRepoFile } from './contents';
import { listPullRequestFiles, type PullRequestFile } from './pulls';

/** One changed path, in the shape of GitHub's pull-request files list (which both sources produce). */
export type ChangedFile = Pick<PullRequestFile, 'filename' | 'status' | 'previous_filename'>;

export interface ChangeList {
  files: ChangedFile[];
  /** True when the source lists fewer files than the change has (GitHub's 3000-file limit). */
  capped: boolean;
  /** How many files the change touches, listed or not. */
  changedFiles: number;
}

/**
 * Where a pull request's changes come from: GitHub's API (no checkout, safe
 * under pull_request_target) or a local git repository (a preview before
 * pushing). Rules, rendering and .dvc diffing read only this.
 */
export interface ChangeSource {
  /** Branch or ref names as a reader knows them, for the comment's heading. */
  baseRef: string;
  headRef: string;
  listFiles(): Promise<ChangeList>;
  /** A file's text on one side of the change; `null` when the path does not exist there. */
  readFile(side: 'base' | 'head', path: string): Promise<string | null>;
}

/** A pull request's changes through the API: its files list and the contents API at the base and head SHAs. */
export function pullRequestChanges(
  gh: GitHub,
  p: { owner: string; repo: string; number: number; changedFiles: number; baseSha: string; headSha: string; baseRef: string; headRef: string },
): ChangeSource {
  return {
    baseRef: p.baseRef,
    headRef: p.headRef,
    async listFiles() {
      const listed = await listPullRequestFiles(gh, { owner: p.owner, repo: p.repo, number: p.number, changedFiles: p.changedFiles });
      return { files: listed.files, capped: listed.capped, changedFiles: p.changedFiles };
    },
    readFile: (side, path) => readRepoFile(gh, { owner: p.owner, repo: p.repo, path, ref: side === 'base' ? p.baseSha : p.headSha }),
  };
}
