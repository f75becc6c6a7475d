/**
 * Symbolic links in a dataset, with real links on disk. A pull request controls
 * the files under `data/`, so `ln -s ../../.git/config data/train/p2.csv` must not
 * make the data gate read the checkout's git config (and its AUTHORIZATION
 * header) into report.json: whatever a link makes reachable outside the named
 * dataset — or outside the workspace — is refused before it is opened or listed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, expectUserError, open, openAndRead, readAll, tempDir, write } from './test-kit';

const SECRET = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==';
let dir: string;

beforeAll(() => {
  dir = tempDir();
  // What lies outside every dataset below: a git config with a credential, and a directory of CSVs.
  write(dir, 'outside/config', `[http "https://github.com/"]\n\textraheader = ${SECRET}\n`);
  write(dir, 'outside/csvs/b.csv', 'a\n99\n');
});
afterAll(() => {
  delete process.env.GITHUB_WORKSPACE;
  cleanupTempDirs();
});

const link = (target: string, at: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, at)), { recursive: true });
  fs.symlinkSync(target, path.join(dir, at));
};
const paths = (ds: { files: { path: string }[] }) => ds.files.map((f) => f.path.replaceAll('\\', '/'));

/** The error must come from the walk, so it never carries what the refused file holds. */
const refused = async (spec: string, linkPath: string, target: string) => {
  const e = await expectUserError(openAndRead(spec, dir), linkPath, /outside the dataset/);
  expect(e.line).toContain(`${linkPath} is a link to ${target}`);
  expect(e.line).not.toContain('AUTHORIZATION');
  return e;
};

describe('links that leave the dataset are refused, naming the link and its target', () => {
  it('a file linked out of a directory dataset (the .git/config attack)', async () => {
    write(dir, 'train/p1.csv', 'a\n1\n');
    link('../outside/config', 'train/p2.csv');
    await refused('train', 'train/p2.csv', '../outside/config');
  });

  it('a file linked out by an absolute target', async () => {
    write(dir, 'abs/p1.csv', 'a\n1\n');
    link(path.join(dir, 'outside/config'), 'abs/p2.csv');
    await refused('abs', 'abs/p2.csv', path.join(dir, 'outside/config'));
  });

  it('a directory linked out, refused before anything in it is listed or read', async () => {
    write(dir, 'dirout/part=1/a.csv', 'a\n1\n');
    link('../../outside/csvs', 'dirout/part=1/more');
    await refused('dirout', 'dirout/part=1/more', '../../outside/csvs');
  });

  it('a link to a directory above the dataset (the checkout itself)', async () => {
    write(dir, 'up/ds/a.csv', 'a\n1\n');
    link('../..', 'up/ds/repo');
    await refused('up/ds', 'up/ds/repo', '../..');
  });

  it('a glob matching a file linked out', async () => {
    write(dir, 'g/a.csv', 'a\n1\n');
    link('../outside/config', 'g/x.csv');
    await refused('g/*.csv', 'g/x.csv', '../outside/config');
  });

  it('a recursive glob through a directory linked out', async () => {
    write(dir, 'gdir/a.csv', 'a\n1\n');
    link('../outside/csvs', 'gdir/more');
    await refused('gdir/**/*.csv', 'gdir/more', '../outside/csvs');
  });

  it('a dangling link named as data says what it points to', async () => {
    write(dir, 'dangling/a.csv', 'a\n1\n');
    link('gone.csv', 'dangling/b.csv');
    await expectUserError(openAndRead('dangling', dir), 'dangling/b.csv', /is a link to gone\.csv, which does not exist/);
  });
});

describe('link loops are refused with one line', () => {
  it('a link to itself', async () => {
    write(dir, 'loop1/a.csv', 'a\n1\n');
    link('self.csv', 'loop1/self.csv');
    await expectUserError(openAndRead('loop1', dir), 'loop1/self.csv', /is a link loop/);
  });

  it('two links pointing at each other', async () => {
    write(dir, 'loop2/a.csv', 'a\n1\n');
    link('y', 'loop2/x');
    link('x', 'loop2/y');
    await expectUserError(openAndRead('loop2', dir), 'loop2/x', /is a link loop/);
  });

  it('a directory link back to its own ancestor, in a directory and in a glob', async () => {
    write(dir, 'loop3/sub/a.csv', 'a\n1\n');
    link('..', 'loop3/sub/back');
    await expectUserError(openAndRead('loop3', dir), 'loop3/sub/back', /is a link loop: it points to \.\., a directory that contains it/);
    await expectUserError(openAndRead('loop3/**/*.csv', dir), 'loop3/sub/back', /is a link loop/);
  });
});

describe('what a link would make the dataset read twice, or not as a file, is refused', () => {
  it('a file link to a file the dataset already holds', async () => {
    write(dir, 'twice/a.csv', 'a\n1\n');
    link('a.csv', 'twice/b.csv');
    await expectUserError(openAndRead('twice', dir), 'twice/b.csv', /twice\/b\.csv and twice\/a\.csv are the same file or directory .* read twice/);
  });

  it('a directory link to a sibling directory of the dataset', async () => {
    write(dir, 'twice2/v3/a.csv', 'a\n1\n');
    link('v3', 'twice2/latest');
    await expectUserError(openAndRead('twice2', dir), 'twice2/v3', /twice2\/v3 and twice2\/latest are the same/);
  });

  it('a named pipe with a data name, which would block the reader forever', async () => {
    write(dir, 'fifo/a.csv', 'a\n1\n');
    execFileSync('mkfifo', [path.join(dir, 'fifo/b.csv')]);
    await expectUserError(openAndRead('fifo', dir), 'fifo/b.csv', /is not a regular file/);
  });
});

describe('a glob base that cannot be listed', () => {
  it('a base that is a file matches nothing; a base that is a link loop says so', async () => {
    write(dir, 'basefile.csv', 'a\n1\n');
    await expectUserError(openAndRead('basefile.csv/*.csv', dir), 'basefile.csv/*.csv', /the pattern matches no files/);
    link('baseloop', 'baseloop');
    await expectUserError(openAndRead('baseloop/*.csv', dir), 'baseloop', /cannot read baseloop \(ELOOP\)/);
  });
});

describe('links that stay inside the dataset are read', () => {
  it('file and directory links to places inside the root, relative and absolute', async () => {
    write(dir, 'inside/year=2023/a.csv', 'a\n1\n');
    write(dir, 'inside/_store/b.csv', 'a\n2\n');
    write(dir, 'inside/_store/y2024/c.csv', 'a\n3\n');
    link('../_store/b.csv', 'inside/year=2023/b.csv');
    link(path.join(dir, 'inside/_store/y2024'), 'inside/year=2024');
    const got = await readAll('inside', dir);
    expect(paths(got.ds)).toEqual(['inside/year=2023/a.csv', 'inside/year=2023/b.csv', 'inside/year=2024/c.csv']);
    expect(got.columns.a).toEqual([1, 2, 3]);
    expect(got.columns.year).toEqual(['2023', '2023', '2024']);
  });

  it('the named root may itself be a link, as a directory, a file or a glob base', async () => {
    link('inside', 'inside-latest');
    expect(paths(await open('inside-latest', dir))).toEqual(['inside-latest/year=2023/a.csv', 'inside-latest/year=2023/b.csv', 'inside-latest/year=2024/c.csv']);
    expect(paths(await open('inside-latest/*/*.csv', dir))).toEqual(['inside-latest/year=2023/a.csv', 'inside-latest/year=2023/b.csv', 'inside-latest/year=2024/c.csv']);
    link('inside/year=2023/a.csv', 'a-latest.csv');
    expect((await readAll('a-latest.csv', dir)).columns.a).toEqual([1]);
  });

  it('a non-data link out (notes.txt) or one under a hidden folder is never opened, so not refused', async () => {
    write(dir, 'quiet/a.csv', 'a\n1\n');
    link('../outside/config', 'quiet/notes.txt');
    link('../../outside/csvs', 'quiet/_cache/more');
    link('../outside/csvs', 'quiet/.venv');
    expect(paths(await open('quiet', dir))).toEqual(['quiet/a.csv']);
  });
});

describe('the workspace (GITHUB_WORKSPACE) bounds the named root', () => {
  afterEach(() => delete process.env.GITHUB_WORKSPACE);

  it('a named root inside the workspace that links out of it is refused', async () => {
    write(dir, 'ws/real/a.csv', 'a\n1\n');
    link('../outside/csvs', 'ws/data');
    link('../../outside', 'ws/other/up');
    process.env.GITHUB_WORKSPACE = path.join(dir, 'ws');
    await expectUserError(openAndRead('ws/data', dir), 'ws/data', /ws\/data is a link to \.\.\/outside\/csvs, outside the workspace/);
    await expectUserError(openAndRead('ws/other/up/csvs/*.csv', dir), 'ws/other/up', /is a link to \.\.\/\.\.\/outside, outside the workspace/);
    await expectUserError(openAndRead('ws/other/up/config', dir), 'ws/other/up', /outside the workspace/);
  });

  it('a path named outside the workspace is read as named, and a root linked within the workspace is fine', async () => {
    process.env.GITHUB_WORKSPACE = path.join(dir, 'ws');
    expect((await readAll(path.join(dir, 'outside/csvs'), dir)).columns.a).toEqual([99]);
    link('real', 'ws/data2');
    expect((await readAll('ws/data2', dir)).columns.a).toEqual([1]);
  });
});
