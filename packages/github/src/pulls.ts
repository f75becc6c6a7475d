import type { GitHub } from './client';

/** GitHub's list-pull-request-files endpoint returns at most this many files. */
export const PR_FILES_LIMIT = 3000;
const PER_PAGE = 100;

export interface PullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  previous_filename?: string;
}

export interface PullRequestFiles {
  files: PullRequestFile[];
  /** True when the pull request changes more files than the API lists (3000). */
  capped: boolean;
  /** The pull request's own count of changed files, when known. */
  changedFiles?: number;
}

export interface PullRequestInfo {
  number: number;
  state: string;
  title: string;
  author: string;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  changedFiles: number;
  labels: string[];
  htmlUrl: string;
  /** Head repository's full name (differs from the base for a fork). */
  headRepo?: string;
}

export async function getPullRequest(gh: GitHub, p: { owner: string; repo: string; number: number }): Promise<PullRequestInfo> {
  const { data } = await gh.rest.pulls.get({ owner: p.owner, repo: p.repo, pull_number: p.number });
  return {
    number: data.number,
    state: data.state,
    title: data.title,
    author: data.user?.login ?? '',
    headSha: data.head.sha,
    headRef: data.head.ref,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    changedFiles: data.changed_files,
    labels: data.labels.map((l) => l.name),
    htmlUrl: data.html_url,
    headRepo: data.head.repo?.full_name,
  };
}

const toFile = (f: { filename: string; status: string; additions: number; deletions: number; changes: number; previous_filename?: string }): PullRequestFile => ({
  filename: f.filename,
  status: f.status as PullRequestFile['status'],
  additions: f.additions,
  deletions: f.deletions,
  changes: f.changes,
  ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
});

/**
 * The files a pull request changes, from the API (no checkout, so it is safe
 * under pull_request_target). With the pull request's `changed_files` known,
 * the pages are fetched concurrently (the client's limiter bounds how many
 * run at once); without it, or if the count was stale, the Link header is
 * followed page by page. GitHub lists at most 3000 files: `capped` says when
 * a pull request has more.
 */
export async function listPullRequestFiles(gh: GitHub, p: { owner: string; repo: string; number: number; changedFiles?: number }): Promise<PullRequestFiles> {
  const params = { owner: p.owner, repo: p.repo, pull_number: p.number, per_page: PER_PAGE };
  let files: PullRequestFile[];
  if (p.changedFiles !== undefined && p.changedFiles > PER_PAGE) {
    const pages = Math.ceil(Math.min(p.changedFiles, PR_FILES_LIMIT) / PER_PAGE);
    const results = await Promise.all(Array.from({ length: pages }, (_, i) => gh.rest.pulls.listFiles({ ...params, page: i + 1 })));
    files = results.flatMap((r) => r.data.map(toFile));
    const last = results[results.length - 1]!;
    // The count was stale (a push between the two calls): follow the Link header from the last page.
    if (/rel="next"/.test(last.headers.link ?? '')) {
      let page = pages + 1;
      for (;;) {
        const r = await gh.rest.pulls.listFiles({ ...params, page });
        files.push(...r.data.map(toFile));
        if (!/rel="next"/.test(r.headers.link ?? '')) break;
        page++;
      }
    }
  } else {
    files = (await gh.paginate(gh.rest.pulls.listFiles, params)).map(toFile);
  }
  const capped = p.changedFiles !== undefined ? p.changedFiles > files.length && files.length >= PR_FILES_LIMIT : files.length >= PR_FILES_LIMIT;
  return { files, capped, ...(p.changedFiles !== undefined ? { changedFiles: p.changedFiles } : {}) };
}
