import { UserError } from '@mlship/core';
import { nodeChildProcess } from '@mlship/core/builtin';
import type { ChangedFile, ChangeSource } from './changes';

export interface GitChangeSource extends ChangeSource {
  /** Top directory of the work tree the refs were read from. */
  root: string;
  baseSha: string;
  headSha: string;
  /** The commit the diff starts from: where head branched off base, as GitHub compares a pull request. */
  mergeBase: string;
}

interface GitFailure {
  code: number | string | null;
  stderr: string;
}

/** git with an argument vector (never a shell: refs and paths are data), prompts off, messages in English. */
function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    nodeChildProcess().execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code ?? null;
        if (code === 'ENOENT') return reject(new UserError('git is not installed (not on PATH).', { hint: 'Install git, or run without base/head to read the pull request through the GitHub API.' }));
        reject({ code, stderr: String(stderr || error.message) } satisfies GitFailure);
      },
    );
  });
}

const isFailure = (e: unknown): e is GitFailure => typeof e === 'object' && e !== null && 'stderr' in e && !(e instanceof Error);
const gitLine = (e: GitFailure) => e.stderr.trim().split('\n').at(-1) ?? '';

/** At most `n` git processes at once: a change with many .dvc files must not fork a hundred at a time. */
function limiter(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

async function resolveCommit(input: 'base' | 'head', ref: string, root: string): Promise<string> {
  if (ref.startsWith('-')) throw new UserError(`input "${input}" is ${JSON.stringify(ref)}, which git would read as an option.`, { hint: 'Give a branch, tag or commit, e.g. main or origin/main.' });
  try {
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root)).trim();
  } catch (e) {
    if (!isFailure(e)) throw e;
    throw new UserError(`input "${input}": no commit ${JSON.stringify(ref)} in the git repository ${root}.`, {
      hint: `Check the name (git branch -a lists them) or fetch it first (git fetch origin ${ref.replace(/^origin\//, '')}); on a runner, check out with fetch-depth: 0.`,
    });
  }
}

const STATUS: Record<string, ChangedFile['status']> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };

/**
 * `git diff --name-status -z` output as files: NUL-separated fields, so any
 * byte a path may hold (spaces, newlines, non-ASCII) arrives as it is. Renames
 * and copies carry a score (`R087`) and two paths, old then new.
 */
export function parseNameStatus(out: string): ChangedFile[] {
  const fields = out.split('\0');
  if (fields.at(-1) === '') fields.pop();
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length; ) {
    const code = fields[i++]!;
    const status = STATUS[code[0] ?? ''];
    if (!status) throw new Error(`git diff --name-status: unexpected status ${JSON.stringify(code)}`);
    if (status === 'renamed' || status === 'copied') {
      const from = fields[i++]!;
      files.push({ filename: fields[i++]!, status, previous_filename: from });
    } else files.push({ filename: fields[i++]!, status });
  }
  return files;
}

/**
 * The changes a pull request from `head` into `base` would show, read from the
 * local repository: the diff from their merge base to head (three dots, like
 * GitHub's files list, so commits that landed on base after head branched off
 * are not in it), and file contents at the base and head commits.
 */
export async function gitChanges(o: { cwd: string; base: string; head: string }): Promise<GitChangeSource> {
  let root: string;
  try {
    root = (await git(['rev-parse', '--show-toplevel'], o.cwd)).trim();
  } catch (e) {
    if (!isFailure(e)) throw e;
    throw new UserError(`${o.cwd} is not inside a git repository, so base and head cannot be compared.`, { hint: 'Run it in a clone of the repository (on a runner: actions/checkout with fetch-depth: 0).' });
  }
  if (!root) throw new UserError(`${o.cwd} is inside a bare git repository, which has no work tree to preview.`, { hint: 'Run it in a clone with a work tree.' });
  const [baseSha, headSha] = await Promise.all([resolveCommit('base', o.base, root), resolveCommit('head', o.head, root)]);
  let mergeBase: string;
  try {
    mergeBase = (await git(['merge-base', baseSha, headSha], root)).trim();
  } catch (e) {
    if (!isFailure(e)) throw e;
    throw new UserError(`inputs "base" and "head": ${JSON.stringify(o.base)} and ${JSON.stringify(o.head)} have no common ancestor in this clone.`, {
      hint: 'In a shallow clone fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow); unrelated branches cannot be compared.',
    });
  }
  const limit = limiter(8);
  return {
    root,
    baseSha,
    headSha,
    mergeBase,
    baseRef: o.base,
    headRef: o.head,
    async listFiles() {
      // --no-relative: a user's diff.relative setting must not cut the paths down to the current directory.
      const out = await git(['diff', '--name-status', '-z', '--find-renames', '--find-copies', '--no-relative', '--no-ext-diff', mergeBase, headSha, '--'], root);
      const files = parseNameStatus(out);
      return { files, capped: false, changedFiles: files.length };
    },
    // The base side is the merge base's tree, not base's tip: the same snapshot the file list was diffed from.
    readFile: (side, path) => limit(() => readBlob(root, side === 'base' ? mergeBase : headSha, path)),
  };
}

async function readBlob(root: string, commit: string, path: string): Promise<string | null> {
  const spec = `${commit}:${path}`;
  try {
    return await git(['cat-file', 'blob', spec], root);
  } catch (e) {
    if (!isFailure(e)) throw e;
    // Absent on that side, or not a file there (a directory, a submodule): nothing to read, as the contents API says.
    const type = await git(['cat-file', '-t', spec], root).then((t) => t.trim(), () => null);
    if (type === null || type !== 'blob') return null;
    throw new Error(`git cat-file blob ${spec} failed: ${gitLine(e)}`);
  }
}
