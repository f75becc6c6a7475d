import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '@mlship/core';
import { gitChanges, parseNameStatus } from './git-changes';

const ID = { GIT_AUTHOR_NAME: 'dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'dev', GIT_COMMITTER_EMAIL: 'dev@example.com' };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-git-changes-'));
  dirs.push(d);
  return d;
}

/** A real repository in a temp dir, and helpers that write files and commit them. */
function repo() {
  const dir = tempDir();
  const git = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: { ...process.env, ...ID }, encoding: 'utf8' }).trim();
  git('init', '--quiet', '--initial-branch=main');
  return {
    dir,
    git,
    write(files: Record<string, string | null>) {
      for (const [p, text] of Object.entries(files)) {
        const f = path.join(dir, p);
        if (text === null) fs.rmSync(f);
        else {
          fs.mkdirSync(path.dirname(f), { recursive: true });
          fs.writeFileSync(f, text);
        }
      }
    },
    commit(message: string) {
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
  };
}

const dvc = (md5: string, size: number, extra = '') => `outs:\n- md5: ${md5}\n  size: ${size}\n${extra}  hash: md5\n  path: data\n`;
// Long enough that git's similarity scoring sees a lightly edited copy as a rename or copy.
const body = (file: string, edit = '') => Array.from({ length: 40 }, (_, i) => `${file}: line ${i}`).join('\n') + `\n${edit}\n`;

describe('gitChanges', () => {
  test('renames, copies, deletions, additions and modifications, with spaces, unicode and newlines in paths', async () => {
    const r = repo();
    r.write({ 'models/old name.py': body('model'), 'data/train.dvc': dvc('1'.repeat(32), 10), 'src/gone.py': 'deleted on the branch\n', 'src/keep.py': body('keep') });
    r.commit('base');
    r.git('checkout', '--quiet', '-b', 'feature');
    r.write({
      'models/old name.py': null,
      'models/new name.py': body('model'),
      'data/train.dvc': dvc('2'.repeat(32), 20),
      'src/gone.py': null,
      'src/keep.py': body('keep', 'edited'),
      'src/copy of keep.py': body('keep', 'edited'),
      'données/模型 ü.py': 'unicode\n',
      'weird/line\nbreak.py': 'newline\n',
    });
    r.commit('head');
    const src = await gitChanges({ cwd: r.dir, base: 'main', head: 'feature' });
    const { files, capped, changedFiles } = await src.listFiles();
    expect(capped).toBe(false);
    expect(changedFiles).toBe(files.length);
    const byName = (x: { filename: string }, y: { filename: string }) => (x.filename < y.filename ? -1 : 1);
    expect([...files].sort(byName)).toEqual(
      [
        { filename: 'models/new name.py', status: 'renamed', previous_filename: 'models/old name.py' },
        { filename: 'data/train.dvc', status: 'modified' },
        { filename: 'src/gone.py', status: 'removed' },
        { filename: 'src/keep.py', status: 'modified' },
        { filename: 'src/copy of keep.py', status: 'copied', previous_filename: 'src/keep.py' },
        { filename: 'données/模型 ü.py', status: 'added' },
        { filename: 'weird/line\nbreak.py', status: 'added' },
      ].sort(byName),
    );
    expect(await src.readFile('base', 'data/train.dvc')).toBe(dvc('1'.repeat(32), 10));
    expect(await src.readFile('head', 'data/train.dvc')).toBe(dvc('2'.repeat(32), 20));
    expect(await src.readFile('head', 'weird/line\nbreak.py')).toBe('newline\n');
    expect(await src.readFile('head', 'données/模型 ü.py')).toBe('unicode\n');
    // Absent on a side, or a directory there: null, as the contents API answers.
    expect(await src.readFile('base', 'données/模型 ü.py')).toBeNull();
    expect(await src.readFile('head', 'src/gone.py')).toBeNull();
    expect(await src.readFile('head', 'models')).toBeNull();
    expect(src).toMatchObject({ baseRef: 'main', headRef: 'feature', root: fs.realpathSync(r.dir) });
  });

  test('three dots: commits on base after head branched off are not part of the change, and the old side is the merge base', async () => {
    const r = repo();
    r.write({ 'data/train.dvc': dvc('1'.repeat(32), 10), 'README.md': 'v1\n' });
    const forkPoint = r.commit('base');
    r.git('checkout', '--quiet', '-b', 'feature');
    r.write({ 'models/m.py': 'x\n', 'data/train.dvc': dvc('3'.repeat(32), 30) });
    r.commit('feature work');
    r.git('checkout', '--quiet', 'main');
    // base moves on: another .dvc update and a new file land on main.
    r.write({ 'data/train.dvc': dvc('2'.repeat(32), 20), 'docs/later.md': 'later\n', 'README.md': 'v2\n' });
    r.commit('main moves on');
    const src = await gitChanges({ cwd: r.dir, base: 'main', head: 'feature' });
    expect(src.mergeBase).toBe(forkPoint);
    const { files } = await src.listFiles();
    expect(files.map((f) => f.filename).sort()).toEqual(['data/train.dvc', 'models/m.py']);
    expect(await src.readFile('base', 'data/train.dvc')).toBe(dvc('1'.repeat(32), 10));
    // Checked out on main, head given as a commit: the same answer from a subdirectory of the work tree.
    fs.mkdirSync(path.join(r.dir, 'sub'));
    const fromSub = await gitChanges({ cwd: path.join(r.dir, 'sub'), base: 'main', head: r.git('rev-parse', 'feature') });
    expect((await fromSub.listFiles()).files.map((f) => f.filename).sort()).toEqual(['data/train.dvc', 'models/m.py']);
  });

  test('user mistakes are one line naming the ref or the directory', async () => {
    const r = repo();
    r.commit('first');
    const fail = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof UserError ? e.line : `not a UserError: ${String(e)}`));
    expect(await fail(gitChanges({ cwd: r.dir, base: 'mian', head: 'HEAD' }))).toMatch(/^input "base": no commit "mian" in the git repository .+\. Check the name \(git branch -a lists them\) or fetch it first \(git fetch origin mian\)/);
    expect(await fail(gitChanges({ cwd: r.dir, base: 'main', head: 'origin/feature' }))).toMatch(/^input "head": no commit "origin\/feature" in the git repository .*git fetch origin feature/);
    expect(await fail(gitChanges({ cwd: r.dir, base: '--output=/tmp/x', head: 'HEAD' }))).toMatch(/^input "base" is "--output=\/tmp\/x", which git would read as an option/);
    const notRepo = tempDir();
    expect(await fail(gitChanges({ cwd: notRepo, base: 'main', head: 'HEAD' }))).toBe(`${notRepo} is not inside a git repository, so base and head cannot be compared. Run it in a clone of the repository (on a runner: actions/checkout with fetch-depth: 0).`);
    r.git('checkout', '--quiet', '--orphan', 'unrelated');
    r.commit('no common history');
    expect(await fail(gitChanges({ cwd: r.dir, base: 'main', head: 'unrelated' }))).toMatch(/^inputs "base" and "head": "main" and "unrelated" have no common ancestor in this clone\. In a shallow clone/);
  });
});

test('parseNameStatus reads NUL-separated fields, two paths for renames and copies', () => {
  expect(parseNameStatus('M\0a b\0R087\0old\nname\0new\0C100\0x\0y\0D\0gone\0A\0é\0T\0link\0')).toEqual([
    { filename: 'a b', status: 'modified' },
    { filename: 'new', status: 'renamed', previous_filename: 'old\nname' },
    { filename: 'y', status: 'copied', previous_filename: 'x' },
    { filename: 'gone', status: 'removed' },
    { filename: 'é', status: 'added' },
    { filename: 'link', status: 'changed' },
  ]);
  expect(parseNameStatus('')).toEqual([]);
});
