/**
 * Real git repositories in temp dirs for tests: a bare "remote" and clones of
 * it with full history, the way actions/checkout with fetch-depth: 0 leaves a
 * runner's workspace.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY, GIT_TERMINAL_PROMPT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface RemoteFixture {
  root: string;
  /** The bare repository standing in for GitHub. */
  bare: string;
  /** A fresh full clone of the remote (origin = the bare repository). */
  clone(name?: string): string;
  /** The commits on main, oldest first. */
  commits: string[];
}

/** A bare remote holding `n` commits on main, and a helper to clone it. */
export function remoteWithCommits(n = 3): RemoteFixture {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-git-'));
  const bare = path.join(root, 'remote.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  const seed = path.join(root, 'seed');
  git(root, 'clone', '--quiet', bare, seed);
  git(seed, 'checkout', '--quiet', '-b', 'main');
  const commits: string[] = [];
  for (let i = 1; i <= n; i++) {
    fs.writeFileSync(path.join(seed, 'model.txt'), `model ${i}\n`);
    git(seed, 'add', 'model.txt');
    git(seed, 'commit', '--quiet', '-m', `train model ${i}`);
    commits.push(git(seed, 'rev-parse', 'HEAD').trim());
  }
  git(seed, 'push', '--quiet', 'origin', 'main');
  let clones = 0;
  return {
    root,
    bare,
    commits,
    clone(name = `clone${++clones}`) {
      const dir = path.join(root, name);
      git(root, 'clone', '--quiet', bare, dir);
      return dir;
    },
  };
}

/** Tags on the bare remote, sorted. */
export const remoteTags = (bare: string) => git(bare, 'tag', '--list').split('\n').filter(Boolean).sort();

/** Registers `version` on `commit` with metrics in the tag message, as the git registry writes it, and pushes it. */
export function registerVersion(repo: string, model: string, version: string, commit: string, metrics: Record<string, number>, push = true) {
  const tag = `${model}@${version}`;
  git(repo, 'tag', '-a', '-m', `Register ${model} ${version}\n\n${JSON.stringify({ version, metrics })}`, tag, commit);
  if (push) git(repo, 'push', '--quiet', 'origin', `refs/tags/${tag}`);
  return tag;
}
