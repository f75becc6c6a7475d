// @ts-check
/**
 * The git operations of a release, run as real `git` processes in the
 * repository the release is cut from. The remote's refs are read with
 * `git ls-remote`, so a stale local tag never decides anything.
 */
import { spawnSync } from 'node:child_process';
import { ReleaseError } from './errors.js';

/**
 * @param {string} cwd
 * @param {string[]} args
 * @param {{ allowExit?: number[] }} [opts]
 * @returns {{ status: number, stdout: string, stderr: string }}
 */
function git(cwd, args, opts = {}) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.error) throw new ReleaseError(`cannot run git (${r.error.message}): install git and make sure it is on PATH`);
  const status = r.status ?? 1;
  if (status !== 0 && !(opts.allowExit ?? []).includes(status)) {
    const why = (r.stderr || r.stdout).trim().split('\n').filter(Boolean).pop() ?? `exit ${status}`;
    throw new ReleaseError(`git ${args.join(' ')} failed in ${cwd}: ${why}`);
  }
  return { status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Every tag on the remote and the commit it points to (annotated tags peeled).
 * @param {string} cwd
 * @param {string} remote
 * @returns {Map<string, string>}
 */
export function remoteTags(cwd, remote) {
  const tags = new Map();
  const peeled = new Map();
  for (const line of git(cwd, ['ls-remote', '--tags', remote]).stdout.split('\n')) {
    const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+?)(\^\{\})?$/.exec(line);
    if (!m) continue;
    (m[3] ? peeled : tags).set(m[2], m[1]);
  }
  for (const [name, sha] of peeled) tags.set(name, sha);
  return tags;
}

/**
 * The branch the remote's HEAD names (GitHub's default branch).
 * @param {string} cwd
 * @param {string} remote
 */
export function defaultBranch(cwd, remote) {
  const m = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(git(cwd, ['ls-remote', '--symref', remote, 'HEAD']).stdout);
  if (!m?.[1]) throw new ReleaseError(`the remote "${remote}" names no default branch (its HEAD is not a branch): pass --default-branch <name>`);
  return m[1];
}

/**
 * Fetches `branch` from the remote so the ancestry check sees its newest commit,
 * through FETCH_HEAD so no ref is left behind in the maintainer's clone.
 * @param {string} cwd
 * @param {string} remote
 * @param {string} branch
 * @returns {string} the commit at the tip of the remote branch
 */
export function fetchBranch(cwd, remote, branch) {
  git(cwd, ['fetch', '--quiet', '--no-tags', remote, `refs/heads/${branch}`]);
  return resolveCommit(cwd, 'FETCH_HEAD');
}

/**
 * Fetches the remote's tag, so its commit is present locally even in a shallow
 * or single-branch checkout.
 * @param {string} cwd
 * @param {string} remote
 * @param {string} tag
 */
export function fetchTag(cwd, remote, tag) {
  git(cwd, ['fetch', '--quiet', '--no-tags', remote, `+refs/tags/${tag}:refs/tags/${tag}`]);
}

/**
 * @param {string} cwd
 * @param {string} commit
 * @param {string} ref
 */
export function isAncestor(cwd, commit, ref) {
  return git(cwd, ['merge-base', '--is-ancestor', commit, ref], { allowExit: [1] }).status === 0;
}

/**
 * @param {string} cwd
 * @param {string} rev
 */
export function resolveCommit(cwd, rev) {
  return git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]).stdout.trim();
}

/**
 * A file's text at a commit, or undefined when the commit has no such file.
 * @param {string} cwd
 * @param {string} commit
 * @param {string} file
 */
export function fileAt(cwd, commit, file) {
  const r = git(cwd, ['cat-file', '-e', `${commit}:${file}`], { allowExit: [128] });
  if (r.status !== 0) return undefined;
  return git(cwd, ['show', `${commit}:${file}`]).stdout;
}

/**
 * Points the tag at `commit` locally and pushes just that tag. A moving tag is
 * force-pushed with a lease on the commit the release saw it at (`expected`,
 * undefined when it did not exist), so a tag moved by someone else meanwhile is
 * not overwritten; without `move` the push fails if the tag exists there.
 * The local tag is always overwritten: in a release checkout the remote decides.
 * @param {string} cwd
 * @param {string} remote
 * @param {string} tag
 * @param {string} commit
 * @param {{ move: false } | { move: true, expected: string | undefined }} opts
 */
export function pushTag(cwd, remote, tag, commit, opts) {
  const ref = `refs/tags/${tag}`;
  git(cwd, ['tag', '--force', tag, commit]);
  const lease = opts.move ? [`--force-with-lease=${ref}:${opts.expected ?? ''}`] : [];
  const r = git(cwd, ['push', '--quiet', '--porcelain', ...lease, remote, `${ref}:${ref}`], { allowExit: [1] });
  if (r.status === 0) return;
  if (opts.move && /stale info/.test(r.stdout + r.stderr)) {
    throw new ReleaseError(`${tag} changed on ${remote} while this release ran (another release?), so it was left as it is: run the release again to decide from where it is now`);
  }
  const why = (r.stderr || r.stdout).trim().split('\n').filter(Boolean).pop() ?? 'exit 1';
  throw new ReleaseError(`git push ${remote} ${ref} failed: ${why}`);
}
