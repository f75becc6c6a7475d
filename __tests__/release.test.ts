/**
 * scripts/release.js as the release workflow runs it: a child `node` process in
 * a clone of a real bare repository (the "origin" it pushes tags to), with
 * GITHUB_API_URL pointing at the loopback GitHub double. What the release did
 * is read back the way a user would see it: `git ls-remote` on the bare
 * repository and the releases the double now holds.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { startGitHubDouble, type GitHubDouble } from '../packages/github/src/testing/github-server';
import { releaseNotes } from '../scripts/release/changelog.js';
import { repoRoot } from './harness';

const script = path.join(repoRoot, 'scripts/release.js');
const identity = { GIT_AUTHOR_NAME: 'Release Test', GIT_AUTHOR_EMAIL: 'release@example.com', GIT_COMMITTER_NAME: 'Release Test', GIT_COMMITTER_EMAIL: 'release@example.com' };

interface Repo {
  dir: string;
  origin: string;
  work: string;
  home: string;
  /** CHANGELOG.md entries, newest first. */
  entries: string[];
}

function git(cwd: string, repo: Repo, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo.home, ...identity } }).trim();
}

/** A bare "origin" with an initial commit on main, and a clone to release from. */
function makeRepo(): Repo {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-release-'));
  const repo: Repo = { dir, origin: path.join(dir, 'origin.git'), work: path.join(dir, 'work'), home: path.join(dir, 'home'), entries: [] };
  fs.mkdirSync(repo.home);
  git(dir, repo, 'init', '--quiet', '--bare', '--initial-branch=main', repo.origin);
  git(dir, repo, 'clone', '--quiet', repo.origin, repo.work);
  git(repo.work, repo, 'checkout', '--quiet', '-b', 'main');
  fs.writeFileSync(path.join(repo.work, 'README.md'), '# project\n');
  git(repo.work, repo, 'add', '.');
  git(repo.work, repo, 'commit', '--quiet', '-m', 'initial');
  git(repo.work, repo, 'push', '--quiet', 'origin', 'main');
  return repo;
}

const notesFor = (version: string) => `### Added\n- feature shipped in ${version}\n\n### Fixed\n- bug fixed in ${version}`;

/**
 * Commits package.json and the CLI's packages/cli/package.json at `version` (unless told
 * otherwise; `cliVersion: null` leaves the CLI package out) and a CHANGELOG.md with an
 * entry for it; pushes `branch` unless told not to.
 */
function commitVersion(repo: Repo, version: string, opts: { changelog?: boolean; packageVersion?: string; cliVersion?: string | null; push?: boolean } = {}): string {
  if (opts.changelog !== false) repo.entries.unshift(`## [${version}] - 2026-12-06\n\n${notesFor(version)}\n`);
  const changelog = ['# Changelog', '', '## [Unreleased]', '', ...repo.entries, `[Unreleased]: https://github.com/Codertocat/Hello-World/compare/v${version}...HEAD`, ''].join('\n');
  fs.writeFileSync(path.join(repo.work, 'CHANGELOG.md'), changelog);
  fs.writeFileSync(path.join(repo.work, 'package.json'), `${JSON.stringify({ name: 'project', version: opts.packageVersion ?? version }, null, 2)}\n`);
  const cli = path.join(repo.work, 'packages/cli/package.json');
  fs.mkdirSync(path.dirname(cli), { recursive: true });
  if (opts.cliVersion === null) fs.rmSync(cli, { force: true });
  else fs.writeFileSync(cli, `${JSON.stringify({ name: '@project/cli', version: opts.cliVersion ?? version, publishConfig: { access: 'public' } }, null, 2)}\n`);
  git(repo.work, repo, 'add', '--all', '.');
  git(repo.work, repo, 'commit', '--quiet', '-m', `release ${version}`);
  if (opts.push !== false) git(repo.work, repo, 'push', '--quiet', 'origin', 'HEAD');
  return git(repo.work, repo, 'rev-parse', 'HEAD');
}

function pushTag(repo: Repo, tag: string, sha: string) {
  git(repo.work, repo, 'tag', tag, sha);
  git(repo.work, repo, 'push', '--quiet', 'origin', `refs/tags/${tag}`);
}

/** The bare repository's tags → commits, as `git ls-remote` shows them. */
function remoteTags(repo: Repo): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of git(repo.dir, repo, 'ls-remote', '--tags', repo.origin).split('\n').filter(Boolean)) {
    const [sha, ref] = line.split('\t');
    out[ref!.replace(/^refs\/tags\//, '').replace(/\^\{\}$/, '')] = sha!;
  }
  return out;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the release script in the clone; asynchronous, so the double in this process can answer it. */
function release(repo: Repo, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const childEnv: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: repo.home, ...identity };
  for (const [k, v] of Object.entries(env)) if (v !== undefined) childEnv[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: repo.work, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const envFor = (double: GitHubDouble) => ({ GITHUB_TOKEN: double.token, GITHUB_API_URL: double.url, GITHUB_REPOSITORY: `${double.state.owner}/${double.state.repo}` });

async function latestRelease(double: GitHubDouble): Promise<string | undefined> {
  const res = await fetch(`${double.url}/repos/${double.state.owner}/${double.state.repo}/releases/latest`, { headers: { authorization: `Bearer ${double.token}` } });
  return res.status === 200 ? ((await res.json()) as { tag_name: string }).tag_name : undefined;
}

/** A refused release: exit 1, one line on stderr naming the problem, no stack. */
function expectRefused(r: Run, message: string | RegExp) {
  expect({ code: r.code, stderr: r.stderr.trimEnd() }).toEqual({ code: 1, stderr: expect.stringMatching(typeof message === 'string' ? new RegExp(`^release: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : message) });
  expect(r.stderr.trimEnd()).not.toContain('\n');
}

describe('releasing from a clone of a bare repository', () => {
  let double: GitHubDouble;
  let repo: Repo;
  const sha: Record<string, string> = {};
  beforeAll(async () => {
    double = await startGitHubDouble();
    repo = makeRepo();
  });
  afterAll(async () => {
    await double.close();
    fs.rmSync(repo.dir, { recursive: true, force: true });
  });

  it('v1.0.0: creates the GitHub release with its CHANGELOG notes and points v1 and v1.0 at it', async () => {
    sha['1.0.0'] = commitVersion(repo, '1.0.0');
    pushTag(repo, 'v1.0.0', sha['1.0.0']);
    const r = await release(repo, ['--version', 'v1.0.0'], envFor(double));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(remoteTags(repo)).toEqual({ 'v1.0.0': sha['1.0.0'], v1: sha['1.0.0'], 'v1.0': sha['1.0.0'] });
    expect(double.state.releases).toEqual([expect.objectContaining({ tag_name: 'v1.0.0', name: 'v1.0.0', body: notesFor('1.0.0'), prerelease: false, draft: false })]);
    expect(double.requestsTo('POST /repos/{owner}/{repo}/releases').map((q) => q.status)).toEqual([201]);
    expect(await latestRelease(double)).toBe('v1.0.0');
    expect(r.stdout).toContain(`created the GitHub release v1.0.0 (latest): https://github.com/Codertocat/Hello-World/releases/tag/v1.0.0`);
  });

  it('v1.1.0: moves v1 forward and starts v1.1, leaving v1.0 at v1.0.0', async () => {
    sha['1.1.0'] = commitVersion(repo, '1.1.0');
    pushTag(repo, 'v1.1.0', sha['1.1.0']);
    const r = await release(repo, ['v1.1.0'], envFor(double));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`moved v1 → ${sha['1.1.0'].slice(0, 12)}`);
    expect(remoteTags(repo)).toEqual({ 'v1.0.0': sha['1.0.0'], 'v1.1.0': sha['1.1.0'], v1: sha['1.1.0'], 'v1.0': sha['1.0.0'], 'v1.1': sha['1.1.0'] });
    expect(await latestRelease(double)).toBe('v1.1.0');
  });

  it('v1.0.1 after v1.1.0: moves v1.0, keeps v1 at the newer v1.1.0 and does not mark itself latest', async () => {
    sha['1.0.1'] = commitVersion(repo, '1.0.1');
    pushTag(repo, 'v1.0.1', sha['1.0.1']);
    const r = await release(repo, ['--version', 'v1.0.1'], envFor(double));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain(`v1 stays at ${sha['1.1.0'].slice(0, 12)} (v1.1.0): v1.1.0 is newer than v1.0.1`);
    const tags = remoteTags(repo);
    expect({ v1: tags.v1, 'v1.0': tags['v1.0'], 'v1.1': tags['v1.1'] }).toEqual({ v1: sha['1.1.0'], 'v1.0': sha['1.0.1'], 'v1.1': sha['1.1.0'] });
    expect(double.state.releases.find((x) => x.tag_name === 'v1.0.1')).toMatchObject({ body: notesFor('1.0.1'), prerelease: false });
    expect(await latestRelease(double)).toBe('v1.1.0');
  });

  it('a pre-release moves no moving tag and is released as a pre-release', async () => {
    const before = remoteTags(repo);
    sha['1.2.0-rc.1'] = commitVersion(repo, '1.2.0-rc.1');
    pushTag(repo, 'v1.2.0-rc.1', sha['1.2.0-rc.1']);
    const r = await release(repo, ['--version', 'v1.2.0-rc.1'], envFor(double));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(remoteTags(repo)).toEqual({ ...before, 'v1.2.0-rc.1': sha['1.2.0-rc.1'] });
    expect(double.state.releases.find((x) => x.tag_name === 'v1.2.0-rc.1')).toMatchObject({ prerelease: true, body: notesFor('1.2.0-rc.1') });
    expect(await latestRelease(double)).toBe('v1.1.0');
  });

  it('re-running v1.1.0 changes no tag and updates the existing release instead of failing', async () => {
    const before = remoteTags(repo);
    const count = double.state.releases.length;
    const existing = double.state.releases.find((x) => x.tag_name === 'v1.1.0')!;
    existing.body = 'edited by hand on the Releases page';
    const seen = double.requests.length;
    const r = await release(repo, ['--version', 'v1.1.0'], envFor(double));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(remoteTags(repo)).toEqual(before);
    expect(double.state.releases).toHaveLength(count);
    expect(existing.body).toBe(notesFor('1.1.0'));
    const calls = double.requests.slice(seen);
    expect(calls.map((q) => `${q.method} ${q.path} ${q.status}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/releases 422',
      'GET /repos/Codertocat/Hello-World/releases/tags/v1.1.0 200',
      `PATCH /repos/Codertocat/Hello-World/releases/${existing.id} 200`,
    ]);
    expect(r.stdout).toMatch(/updated the GitHub release v1\.1\.0/);
    expect(r.stdout).toContain(`v1 already at ${sha['1.1.0'].slice(0, 12)}`);
  });

  it('refuses a tag whose commit is not on the default branch, before writing anything', async () => {
    git(repo.work, repo, 'checkout', '--quiet', '-b', 'experiment');
    sha.side = commitVersion(repo, '1.3.0', { push: false });
    pushTag(repo, 'v1.3.0', sha.side);
    git(repo.work, repo, 'checkout', '--quiet', 'main');
    const before = remoteTags(repo);
    const seen = double.requests.length;
    const r = await release(repo, ['--version', 'v1.3.0'], envFor(double));
    expectRefused(r, `v1.3.0 (${sha.side.slice(0, 12)}) is not on the default branch main: release only commits merged into main`);
    expect(remoteTags(repo)).toEqual(before);
    expect(double.requests.length).toBe(seen);
    git(repo.work, repo, 'push', '--quiet', '--delete', 'origin', 'refs/tags/v1.3.0');
    git(repo.work, repo, 'tag', '--delete', 'v1.3.0');
    repo.entries.shift();
  });

  it('--dry-run prints the plan and the notes, needs no token and changes nothing', async () => {
    sha['1.2.0'] = commitVersion(repo, '1.2.0');
    const before = remoteTags(repo);
    const seen = double.requests.length;
    const r = await release(repo, ['--version', 'v1.2.0', '--create-tag', '--dry-run'], {});
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout.split('\n')).toEqual(
      expect.arrayContaining([
        `release v1.2.0 of 2026-12-06 at ${sha['1.2.0'].slice(0, 12)} on main`,
        `would push tag v1.2.0 → ${sha['1.2.0'].slice(0, 12)}`,
        'would create or update the GitHub release v1.2.0, marked latest, notes from CHANGELOG.md:',
        '  | - feature shipped in 1.2.0',
        `would move v1: ${sha['1.1.0'].slice(0, 12)} (v1.1.0) → ${sha['1.2.0'].slice(0, 12)}`,
        `would move v1.2: (new) → ${sha['1.2.0'].slice(0, 12)}`,
        'dry run: nothing pushed, no release written',
      ]),
    );
    expect(remoteTags(repo)).toEqual(before);
    expect(double.requests.length).toBe(seen);
  });

  it('--create-tag (the workflow_dispatch path) tags HEAD, releases it, and is idempotent too', async () => {
    const first = await release(repo, ['--version', 'v1.2.0', '--create-tag'], envFor(double));
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const after = remoteTags(repo);
    expect({ tag: after['v1.2.0'], v1: after.v1, 'v1.2': after['v1.2'], 'v1.1': after['v1.1'] }).toEqual({ tag: sha['1.2.0'], v1: sha['1.2.0'], 'v1.2': sha['1.2.0'], 'v1.1': sha['1.1.0'] });
    const again = await release(repo, ['--version', 'v1.2.0', '--create-tag'], envFor(double));
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(again.stdout).not.toContain('pushed tag');
    expect(remoteTags(repo)).toEqual(after);
    expect(double.state.releases.filter((x) => x.tag_name === 'v1.2.0')).toHaveLength(1);
  });

  it('--create-tag refuses a version already tagged on another commit', async () => {
    fs.writeFileSync(path.join(repo.work, 'later.txt'), 'a later change, same version\n');
    commitVersion(repo, '1.2.0', { changelog: false });
    const before = remoteTags(repo);
    const r = await release(repo, ['--version', 'v1.2.0', '--create-tag'], envFor(double));
    expectRefused(r, `v1.2.0 already exists on origin at ${sha['1.2.0'].slice(0, 12)}, not at HEAD`);
    expect(remoteTags(repo)).toEqual(before);
  });
});

describe('a release that cannot go ahead changes nothing', () => {
  let double: GitHubDouble;
  let repo: Repo;
  let good: string;
  beforeAll(async () => {
    double = await startGitHubDouble();
    repo = makeRepo();
    good = commitVersion(repo, '1.0.0');
    pushTag(repo, 'v1.0.0', good);
  });
  afterAll(async () => {
    await double.close();
    fs.rmSync(repo.dir, { recursive: true, force: true });
  });

  const cases: { name: string; args: string[]; env?: Record<string, string | undefined>; message: string | RegExp; setup?: () => void }[] = [
    { name: 'a two-part version', args: ['--version', 'v1.2'], message: 'version "v1.2" is a moving tag, which the release moves itself' },
    { name: 'a version without v', args: ['--version', '1.0.0'], message: 'version "1.0.0" has no v prefix: release tags are v-prefixed, use v1.0.0' },
    { name: 'no version', args: [], message: 'no version given: write it as vMAJOR.MINOR.PATCH' },
    { name: 'an unknown option', args: ['--version', 'v1.0.0', '--force'], message: "Unknown option '--force': usage: node scripts/release.js --version vX.Y.Z" },
    { name: 'a tag that was never pushed', args: ['--version', 'v1.0.5'], message: 'origin has no tag v1.0.5: push it first (git tag v1.0.5 && git push origin v1.0.5) or pass --create-tag to tag HEAD' },
    { name: 'no GITHUB_TOKEN', args: ['--version', 'v1.0.0'], env: { GITHUB_TOKEN: undefined }, message: 'GITHUB_TOKEN is not set: pass the workflow token' },
    { name: 'no GITHUB_REPOSITORY', args: ['--version', 'v1.0.0'], env: { GITHUB_REPOSITORY: undefined }, message: 'GITHUB_REPOSITORY is not set: set it to owner/repo' },
    { name: 'a GITHUB_API_URL that is not a URL', args: ['--version', 'v1.0.0'], env: { GITHUB_API_URL: 'api.github.com' }, message: 'GITHUB_API_URL "api.github.com" is not an http(s) URL' },
    {
      name: 'a wrong token',
      args: ['--version', 'v1.0.0'],
      env: { GITHUB_TOKEN: 'not-the-token' },
      message: 'creating the release v1.0.0 in Codertocat/Hello-World: GitHub answered 401 Bad credentials: GITHUB_TOKEN is missing, expired or wrong',
    },
    {
      name: 'a package.json version that differs from the tag',
      args: ['--version', 'v1.1.0'],
      setup: () => pushTag(repo, 'v1.1.0', commitVersion(repo, '1.1.0', { packageVersion: '1.0.0' })),
      message: /^release: package\.json says version "1\.0\.0" at [0-9a-f]{12}, the tag says 1\.1\.0: set "version": "1\.1\.0" in package\.json, commit, and tag that commit$/,
    },
    {
      name: "a CLI package.json version that differs from the tag",
      args: ['--version', 'v1.1.1'],
      setup: () => pushTag(repo, 'v1.1.1', commitVersion(repo, '1.1.1', { cliVersion: '1.1.0' })),
      message: /^release: packages\/cli\/package\.json says version "1\.1\.0" at [0-9a-f]{12}, the tag says 1\.1\.1: set "version": "1\.1\.1" in packages\/cli\/package\.json, commit, and tag that commit$/,
    },
    {
      name: 'a commit without the CLI package',
      args: ['--version', 'v1.1.2'],
      setup: () => pushTag(repo, 'v1.1.2', commitVersion(repo, '1.1.2', { cliVersion: null })),
      message: /^release: packages\/cli\/package\.json is missing at [0-9a-f]{12}: the release publishes the CLI from it to npm$/,
    },
    {
      name: 'a version without a CHANGELOG.md entry',
      args: ['--version', 'v1.2.0'],
      setup: () => pushTag(repo, 'v1.2.0', commitVersion(repo, '1.2.0', { changelog: false })),
      message: 'CHANGELOG.md has no entry for 1.2.0: add a "## [1.2.0] - YYYY-MM-DD" section listing its changes',
    },
  ];

  it.each(cases)('refuses $name with one line', async ({ args, env, message, setup }) => {
    setup?.();
    const before = remoteTags(repo);
    const seen = double.requests.filter((q) => q.method !== 'GET').length;
    const r = await release(repo, args, { ...envFor(double), ...env });
    expectRefused(r, message);
    expect(remoteTags(repo)).toEqual(before);
    expect(double.state.releases).toEqual([]);
    expect(double.requests.filter((q) => q.method !== 'GET').length - seen).toBe(env?.GITHUB_TOKEN === 'not-the-token' ? 1 : 0);
  });

  it('refuses to guess when a moving tag points at a commit without a release of its line', async () => {
    // The commit before v1.0.0 carries no release tag.
    git(repo.work, repo, 'push', '--quiet', 'origin', `${good}~1:refs/tags/v1`);
    try {
      const before = remoteTags(repo);
      const r = await release(repo, ['--version', 'v1.0.0'], envFor(double));
      expectRefused(r, /^release: v1 points at [0-9a-f]{12}, which has no v1\.x release tag, so it is unclear whether v1\.0\.0 is newer: point v1 at the release it should mark \(git push --force origin <release tag>\^\{commit\}:refs\/tags\/v1\) and rerun$/);
      expect(remoteTags(repo)).toEqual(before);
      expect(double.state.releases).toEqual([]);
    } finally {
      git(repo.work, repo, 'push', '--quiet', '--delete', 'origin', 'refs/tags/v1');
    }
  });

  it('refuses an unreachable GITHUB_API_URL after retrying', async () => {
    const closed = await startGitHubDouble();
    const url = closed.url;
    await closed.close();
    const r = await release(repo, ['--version', 'v1.0.0'], { ...envFor(double), GITHUB_API_URL: url });
    expectRefused(r, `cannot reach the GitHub API at ${url} (ECONNREFUSED): check GITHUB_API_URL and the network`);
  });

  it('gives up on a GitHub that keeps answering 500, with one line', async () => {
    double.inject('POST /repos/{owner}/{repo}/releases', { kind: 'status', status: 500 }, 4);
    const before = remoteTags(repo);
    const r = await release(repo, ['--version', 'v1.0.0'], envFor(double));
    expectRefused(r, 'creating the release v1.0.0 in Codertocat/Hello-World: GitHub answered 500 Internal Server Error: run the release again; if GitHub keeps refusing, its message says why');
    expect(remoteTags(repo)).toEqual(before);
    expect(double.state.releases).toEqual([]);
  });

  it('tells a read-only token to ask for contents: write', async () => {
    const readOnly = await startGitHubDouble({ readOnly: true });
    try {
      const r = await release(repo, ['--version', 'v1.0.0'], envFor(readOnly));
      expectRefused(r, 'creating the release v1.0.0 in Codertocat/Hello-World: GitHub answered 403 Resource not accessible by integration: the token may not write releases: give the job "permissions: contents: write"');
    } finally {
      await readOnly.close();
    }
  });

  it('retries a 502 from GitHub and then releases', async () => {
    double.inject('POST /repos/{owner}/{repo}/releases', { kind: 'status', status: 502 });
    const r = await release(repo, ['--version', 'v1.0.0'], envFor(double));
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(double.requestsTo('POST /repos/{owner}/{repo}/releases').map((q) => q.status)).toEqual([401, 500, 500, 500, 500, 502, 201]);
    expect(remoteTags(repo)).toMatchObject({ v1: good, 'v1.0': good });
  });
});

describe('this repository', () => {
  const read = (rel: string) => fs.readFileSync(path.join(repoRoot, rel), 'utf8');

  it("can be released as its package.json version: CHANGELOG.md has that entry, and it names every action and reusable workflow", () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    const cli = JSON.parse(read('packages/cli/package.json')) as { version: string; private?: boolean; publishConfig?: Record<string, string> };
    expect({ version: cli.version, private: cli.private, publishConfig: cli.publishConfig }).toEqual({ version, private: undefined, publishConfig: { access: 'public' } });
    const changelog = read('CHANGELOG.md');
    expect(releaseNotes(changelog, version).notes).not.toBe('');
    const actions = fs.readdirSync(path.join(repoRoot, 'actions')).filter((a) => fs.existsSync(path.join(repoRoot, 'actions', a, 'action.yml')));
    const reusable = fs
      .readdirSync(path.join(repoRoot, '.github/workflows'))
      .filter((f) => /\.ya?ml$/.test(f) && (parse(read(`.github/workflows/${f}`)) as { on?: Record<string, unknown> }).on?.workflow_call !== undefined);
    expect(actions.length).toBeGreaterThan(0);
    expect(reusable.length).toBeGreaterThan(0);
    expect([...actions, ...reusable].filter((name) => !changelog.includes(`\`${name}\``))).toEqual([]);
  });

  it('releases only after CI passed on the commit, with write access on the release job alone', () => {
    type Job = { needs?: string | string[]; permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] };
    const wf = parse(read('.github/workflows/release.yml')) as {
      on: { push: { tags: string[] }; workflow_dispatch: { inputs: { version: { required: boolean } } } };
      permissions: Record<string, string>;
      concurrency: { group: string; 'cancel-in-progress': boolean };
      jobs: Record<string, Job>;
    };
    expect(wf.on.workflow_dispatch.inputs.version.required).toBe(true);
    expect(wf.permissions).toEqual({ contents: 'read' });
    expect(wf.concurrency).toEqual({ group: 'release', 'cancel-in-progress': false });
    const releasing = Object.entries(wf.jobs).filter(([, j]) => j.steps.some((st) => st.run?.includes('scripts/release.js')));
    expect(releasing.map(([name]) => name)).toEqual(['release']);
    const job = releasing[0]![1];
    expect(job.permissions).toEqual({ contents: 'write' });
    const ci = [job.needs ?? []].flat();
    expect(ci.length).toBeGreaterThan(0);
    for (const name of ci) expect(wf.jobs[name]!.steps.some((st) => st.run?.trim() === 'bash .ci/run')).toBe(true);
    for (const [name, j] of Object.entries(wf.jobs)) {
      if (name === 'release' || name === 'publish-cli') continue;
      expect({ name, permissions: j.permissions }).toEqual({ name, permissions: undefined });
    }
  });

  describe('publishing the CLI to npm', () => {
    type Step = { id?: string; if?: string; uses?: string; run?: string; 'working-directory'?: string; env?: Record<string, string>; with?: Record<string, unknown> };
    const wf = parse(read('.github/workflows/release.yml')) as { jobs: Record<string, { needs?: string | string[]; permissions?: Record<string, string>; steps: Step[] }> };
    const job = wf.jobs['publish-cli']!;
    const step = (id: string) => job.steps.find((st) => st.id === id)!;

    /** A step's script run as the runner runs it, with `npm` a stand-in that logs its calls and answers `npm view` from PUBLISHED. */
    function runScript(script: string, env: Record<string, string>, cwd: string) {
      const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-npm-'));
      const calls = path.join(bin, 'calls');
      fs.writeFileSync(path.join(bin, 'npm'), `#!/bin/sh
echo "$*" >> "${calls}"
[ "$1" = view ] && { [ -n "$PUBLISHED" ] && echo "$PUBLISHED"; exit 0; }
exit 0
`, { mode: 0o755 });
      const output = path.join(bin, 'output');
      fs.writeFileSync(output, '');
      const file = path.join(bin, 'step.sh');
      fs.writeFileSync(file, script);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
        cwd,
        env: { PATH: `${bin}:${path.dirname(process.execPath)}:/usr/bin:/bin`, GITHUB_OUTPUT: output, ...env },
        encoding: 'utf8',
      });
      return { code: r.status, stdout: r.stdout, output: fs.readFileSync(output, 'utf8'), calls: fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : [] };
    }
    const cliDir = (version: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cli-'));
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: '@mlship/cli', version }));
      return dir;
    };

    it('runs after the GitHub release, alone with id-token: write', () => {
      expect([job.needs].flat()).toEqual(['release']);
      expect(job.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
      const others = Object.entries(wf.jobs).filter(([name]) => name !== 'publish-cli');
      expect(others.filter(([, j]) => j.permissions?.['id-token'] !== undefined).map(([name]) => name)).toEqual([]);
    });

    it('publishes from packages/cli with provenance and the NPM_TOKEN secret, every later step skipped without it', () => {
      expect(step('token').env).toEqual({ NPM_TOKEN: '${{ secrets.NPM_TOKEN }}' });
      expect(step('publish')).toMatchObject({ 'working-directory': 'packages/cli', env: { NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' } });
      expect(step('publish').run).toContain('npm publish --provenance --access public');
      expect(job.steps.slice(1).filter((st) => st.if !== "steps.token.outputs.publish == 'true'")).toEqual([]);
      const setup = job.steps.find((st) => st.uses?.startsWith('actions/setup-node@'));
      expect(setup?.with?.['registry-url']).toBe('https://registry.npmjs.org');
    });

    it('says with a notice, and does not fail, when the secret is absent', () => {
      const none = runScript(step('token').run!, { NPM_TOKEN: '' }, os.tmpdir());
      expect(none.code).toBe(0);
      expect(none.output).toBe('publish=false\n');
      expect(none.stdout).toMatch(/^::notice title=CLI not published::there is no NPM_TOKEN secret/);
      expect(runScript(step('token').run!, { NPM_TOKEN: 'npm_abc' }, os.tmpdir()).output).toBe('publish=true\n');
    });

    it.each([
      ['1.2.0', '', ['view @mlship/cli@1.2.0 version', 'publish --provenance --access public --tag latest']],
      ['1.3.0-rc.1', '', ['view @mlship/cli@1.3.0-rc.1 version', 'publish --provenance --access public --tag next']],
      ['1.2.0', '1.2.0', ['view @mlship/cli@1.2.0 version']],
    ])('publishes %s (already on npm: "%s") with the dist-tag its kind needs, once', (version, published, calls) => {
      const r = runScript(step('publish').run!, { PUBLISHED: published, NODE_AUTH_TOKEN: 'npm_abc' }, cliDir(version));
      expect(r.code).toBe(0);
      expect(r.calls).toEqual(calls);
      if (published) expect(r.stdout).toContain(`@mlship/cli@${version} is already on npm: nothing to publish.`);
    });
  });
});

describe('a moving tag that changes while the release runs', () => {
  it('is not overwritten: the push is leased on the commit the release saw', async () => {
    const double = await startGitHubDouble();
    const repo = makeRepo();
    try {
      const first = commitVersion(repo, '1.0.0');
      pushTag(repo, 'v1.0.0', first);
      expect((await release(repo, ['--version', 'v1.0.0'], envFor(double))).code).toBe(0);
      const patch = commitVersion(repo, '1.0.1');
      pushTag(repo, 'v1.0.1', patch);
      // Another release moves v1 right after this one has listed the remote's tags: git runs
      // the remote's upload-pack for every ls-remote and fetch, and from the third one on
      // (the fetches after \`ls-remote --symref HEAD\` and \`ls-remote --tags\`) v1 moves.
      const elsewhere = git(repo.work, repo, 'rev-parse', `${first}~1`);
      const wrapper = path.join(repo.dir, 'upload-pack.sh');
      fs.writeFileSync(
        wrapper,
        `#!/bin/sh\nn=$(($(cat "${repo.dir}/calls" 2>/dev/null || echo 0) + 1)); echo $n > "${repo.dir}/calls"\n` +
          `if [ $n -ge 3 ]; then git --git-dir="${repo.origin}" update-ref refs/tags/v1 ${elsewhere}; fi\nexec git-upload-pack "$@"\n`,
        { mode: 0o755 },
      );
      git(repo.work, repo, 'config', 'remote.origin.uploadpack', wrapper);
      const r = await release(repo, ['--version', 'v1.0.1'], envFor(double));
      expectRefused(r, 'v1 changed on origin while this release ran (another release?), so it was left as it is: run the release again to decide from where it is now');
      expect(Number(fs.readFileSync(path.join(repo.dir, 'calls'), 'utf8'))).toBeGreaterThanOrEqual(3);
      expect(remoteTags(repo)).toMatchObject({ v1: elsewhere, 'v1.0': first });
    } finally {
      await double.close();
      fs.rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});

describe("the GitHub double's releases endpoints, as GitHub documents them", () => {
  let double: GitHubDouble;
  beforeAll(async () => {
    double = await startGitHubDouble();
  });
  afterAll(() => double.close());
  const call = async (method: string, route: string, body?: unknown) => {
    const res = await fetch(`${double.url}/repos/Codertocat/Hello-World${route}`, {
      method,
      headers: { authorization: `Bearer ${double.token}`, accept: 'application/vnd.github+json', ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };

  it('creates a release (201), refuses a second one for the tag with 422 already_exists, and finds it by tag', async () => {
    const created = await call('POST', '/releases', { tag_name: 'v1.0.0', name: 'v1.0.0', body: 'notes' });
    expect(created).toMatchObject({ status: 201, json: { tag_name: 'v1.0.0', body: 'notes', draft: false, prerelease: false, html_url: 'https://github.com/Codertocat/Hello-World/releases/tag/v1.0.0', upload_url: expect.stringContaining('{?name,label}') } });
    expect(await call('POST', '/releases', { tag_name: 'v1.0.0' })).toEqual({
      status: 422,
      json: {
        message: 'Validation Failed',
        errors: [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }],
        documentation_url: 'https://docs.github.com/rest/releases/releases#create-a-release',
        status: '422',
      },
    });
    expect(await call('GET', '/releases/tags/v1.0.0')).toMatchObject({ status: 200, json: { id: created.json.id } });
    expect(await call('POST', '/releases', { name: 'no tag' })).toMatchObject({ status: 422, json: { errors: [{ resource: 'Release', code: 'missing_field', field: 'tag_name' }] } });
  });

  it('answers 404 for a tag without a release and for a draft, and PATCHes by id', async () => {
    expect(await call('GET', '/releases/tags/v9.9.9')).toEqual({ status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/releases/releases#get-a-release-by-tag-name', status: '404' } });
    const draft = await call('POST', '/releases', { tag_name: 'v2.0.0', draft: true });
    expect(draft.json.published_at).toBeNull();
    expect((await call('GET', '/releases/tags/v2.0.0')).status).toBe(404);
    expect(await call('PATCH', `/releases/${draft.json.id}`, { draft: false, body: 'published' })).toMatchObject({ status: 200, json: { draft: false, body: 'published', published_at: expect.any(String) } });
    expect((await call('GET', '/releases/tags/v2.0.0')).status).toBe(200);
    expect((await call('PATCH', '/releases/424242', { body: 'x' })).status).toBe(404);
    expect(await call('PATCH', `/releases/${draft.json.id}`, { make_latest: 'sometimes' })).toMatchObject({ status: 422, json: { errors: [{ resource: 'Release', code: 'invalid', field: 'make_latest' }] } });
  });

  it('keeps "latest" on the full release make_latest chose (by default the one published last)', async () => {
    expect((await call('GET', '/releases/latest')).json.tag_name).toBe('v2.0.0');
    await call('POST', '/releases', { tag_name: 'v0.9.1', make_latest: 'false' });
    await call('POST', '/releases', { tag_name: 'v3.0.0-rc.1', prerelease: true });
    expect((await call('GET', '/releases/latest')).json.tag_name).toBe('v2.0.0');
    await call('POST', '/releases', { tag_name: 'v1.1.0' });
    expect((await call('GET', '/releases/latest')).json.tag_name).toBe('v1.1.0');
  });
});
