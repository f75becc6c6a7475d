import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { RaceError, type AssignOptions } from '../registry';
import { assignOptions, userErrorLine } from '../testing/assertions';
import { git, registerVersion, remoteTags, remoteWithCommits } from '../testing/git-repos';
import { GitTagRegistry } from './registry';
import { buildState, holderOf } from './state';

const prod = { kind: 'stage', name: 'prod' } as const;
const assign = (expectedHolder: string | null, extra: Partial<AssignOptions> = {}) => assignOptions(prod, expectedHolder, extra);

/** A clone of a fresh remote with model "m" registered there, one version per commit; and a registry on the clone. */
function registered(...versions: string[]) {
  const fx = remoteWithCommits(versions.length);
  const dir = fx.clone();
  versions.forEach((v, i) => registerVersion(dir, 'm', v, fx.commits[i]!, {}));
  return { fx, dir, reg: new GitTagRegistry({ cwd: dir, remote: 'origin' }) };
}

describe('GitTagRegistry against a real bare remote', () => {
  it('reads versions and metrics from a fresh clone, assigns a stage and pushes GTO tags', async () => {
    const fx = remoteWithCommits(2);
    const writer = fx.clone();
    registerVersion(writer, 'churn', 'v1.0.0', fx.commits[0]!, { accuracy: 0.88 });
    registerVersion(writer, 'churn', 'v1.1.0', fx.commits[1]!, { accuracy: 0.91, f1: 0.8 });

    const reg = new GitTagRegistry({ cwd: fx.clone(), remote: 'origin', webUrl: 'https://github.com/o/r' });
    await expect(reg.getModel('churn')).resolves.toEqual({ name: 'churn', url: 'https://github.com/o/r/tags' });
    expect((await reg.latestVersion('churn'))?.version).toBe('v1.1.0');
    expect(await reg.latestVersion('churn', prod)).toBeNull();
    expect(await reg.versionMetrics('churn', '1.1.0')).toEqual({ accuracy: 0.91, f1: 0.8 });
    const v = await reg.getVersion('churn', 'v1.1.0');
    expect(v).toEqual({ model: 'churn', version: 'v1.1.0', stages: [], aliases: [], commit: fx.commits[1], url: 'https://github.com/o/r/releases/tag/churn%40v1.1.0' });

    expect(await reg.assign('churn', 'v1.0.0', assign(null))).toEqual({ previous: null, changed: true, archived: [], warnings: [] });
    expect(await reg.assign('churn', 'v1.1.0', assign('v1.0.0'))).toEqual({ previous: 'v1.0.0', changed: true, archived: ['v1.0.0'], warnings: [] });
    expect(remoteTags(fx.bare)).toEqual(['churn#prod!#2', 'churn#prod#1', 'churn#prod#3', 'churn@v1.0.0', 'churn@v1.1.0']);

    // The tag message keeps a human first line and the provenance as JSON.
    const msg = git(fx.bare, 'tag', '-l', '--format=%(contents)', 'churn#prod#3');
    expect(msg.split('\n')[0]).toBe('Assign prod to churn v1.1.0');
    expect(JSON.parse(msg.slice(msg.indexOf('{')))).toEqual({ version: 'v1.1.0', target: 'stage:prod', previous: 'v1.0.0', run_url: 'https://github.com/o/r/actions/runs/7', commit: 'abc', actor: 'octocat', gate: 'accuracy >= 0.85: 0.9' });

    // Another fresh clone sees the same state.
    const reader = new GitTagRegistry({ cwd: fx.clone(), remote: 'origin' });
    expect((await reader.latestVersion('churn', prod))?.version).toBe('v1.1.0');
    expect((await reader.getVersion('churn', 'v1.0.0')).stages).toEqual([]);
    expect((await reader.getVersion('churn', 'v1.1.0')).stages).toEqual(['prod']);
  });

  it('is a no-op when the version already holds the stage', async () => {
    const { fx, reg } = registered('v1.0.0');
    await reg.assign('m', 'v1.0.0', assign(null));
    const before = remoteTags(fx.bare);
    expect(await reg.assign('m', 'v1.0.0', assign('v1.0.0'))).toEqual({ previous: 'v1.0.0', changed: false, archived: [], warnings: [] });
    expect(remoteTags(fx.bare)).toEqual(before);
  });

  it('rolls back: the older version takes the stage back and the newer one is unassigned', async () => {
    const { fx, reg } = registered('v1.0.0', 'v2.0.0');
    await reg.assign('m', 'v1.0.0', assign(null));
    await reg.assign('m', 'v2.0.0', assign('v1.0.0'));
    expect(await reg.assign('m', 'v1.0.0', assign('v2.0.0'))).toMatchObject({ previous: 'v2.0.0', archived: ['v2.0.0'] });
    expect((await reg.latestVersion('m', prod))?.version).toBe('v1.0.0');
    // Without archiving, the newer version would keep the stage: refused before anything is written.
    await reg.assign('m', 'v2.0.0', assign('v1.0.0', { archiveExisting: false }));
    const tags = remoteTags(fx.bare);
    expect(await userErrorLine(reg.assign('m', 'v1.0.0', assign('v2.0.0', { archiveExisting: false })))).toMatch(/^v2\.0\.0 would stay the version of stage "prod"/);
    expect(remoteTags(fx.bare)).toEqual(tags);
  });

  it('empties a stage (a rollback of a first promotion) and refuses when the holder changed', async () => {
    const { fx, reg } = registered('v1.0.0');
    const provenance = { runUrl: 'https://github.com/o/r/actions/runs/8' };
    expect(await reg.unassign('m', { target: prod, expectedHolder: null, provenance })).toEqual({ previous: null, changed: false });
    await reg.assign('m', 'v1.0.0', assign(null));
    expect(await userErrorLine(reg.unassign('m', { target: prod, expectedHolder: null, provenance }))).toMatch(/^stage "prod" of m changed while promoting: expected nothing there, found v1\.0\.0\./);
    expect(await reg.unassign('m', { target: prod, expectedHolder: 'v1.0.0', provenance })).toEqual({ previous: 'v1.0.0', changed: true });
    expect(await new GitTagRegistry({ cwd: fx.clone(), remote: 'origin' }).latestVersion('m', prod)).toBeNull();
    expect(remoteTags(fx.bare)).toEqual(['m#prod!#2', 'm#prod#1', 'm@v1.0.0']);
  });

  it('detects a promotion pushed by someone else between reading and assigning, and writes nothing', async () => {
    const { fx, dir: mine, reg } = registered('v1.0.0', 'v1.1.0');
    const seen = (await reg.latestVersion('m', prod))?.version ?? null;
    expect(seen).toBeNull();

    // Concurrently, another job promotes v1.0.0 from its own clone.
    await new GitTagRegistry({ cwd: fx.clone(), remote: 'origin' }).assign('m', 'v1.0.0', assign(null));
    const after = remoteTags(fx.bare);

    const e = await reg.assign('m', 'v1.1.0', assign(seen)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RaceError);
    expect((e as RaceError).line).toMatch(/^stage "prod" of m changed while promoting: expected nothing there, found v1\.0\.0\. Another promotion ran concurrently; nothing was written\./);
    expect(remoteTags(fx.bare)).toEqual(after);
    expect(git(mine, 'tag', '--list', 'm#*').trim().split('\n').sort()).toEqual(['m#prod#1']);
  });

  it('rejects the push when a concurrent writer landed the same counter-numbered tag first', async () => {
    const { fx, dir: mine, reg } = registered('v1.0.0', 'v1.1.0');
    // The other writer lands between our last read and our push. Simulated deterministically: reads go to
    // the remote as we saw it, pushes to a copy of it that already holds the other writer's m#prod#1.
    const later = path.join(fx.root, 'later.git');
    git(fx.root, 'clone', '--quiet', '--bare', fx.bare, later);
    git(later, 'tag', '-a', '-m', 'Assign prod to m v1.0.0', 'm#prod#1', fx.commits[0]!);
    git(mine, 'remote', 'set-url', '--push', 'origin', later);
    const line = await userErrorLine(reg.assign('m', 'v1.1.0', assign(null)));
    expect(line).toMatch(/^stage "prod" of m changed while promoting: expected nothing there, found tags pushed by someone else/);
    expect(git(mine, 'tag', '--list', 'm#*').trim()).toBe('');
    expect(remoteTags(later)).toEqual(['m#prod#1', 'm@v1.0.0', 'm@v1.1.0']);
  });

  it('names the problem in one line: unknown model, unknown version, bad stage, missing remote, not a repository', async () => {
    const { fx, dir, reg } = registered('v1.0.0', 'v1.1.0');
    expect(await userErrorLine(reg.getModel('nope'))).toBe('model "nope" not found in the git registry: the repository has no nope@v… tags. Check the model name; tags are read from remote "origin".');
    expect(await userErrorLine(reg.getVersion('m', 'v9.0.0'))).toBe('version v9.0.0 of model "m" not found in the git registry. Registered versions: v1.0.0, v1.1.0.');
    expect(await userErrorLine(reg.assign('m', 'v1.0.0', assign(null, { target: { kind: 'stage', name: 'bad stage' } })))).toMatch(/^stage "bad stage" is not a valid GTO stage name\./);
    expect(await userErrorLine(new GitTagRegistry({ cwd: dir, remote: 'upstream' }).getModel('m'))).toMatch(/: the repository has no remote "upstream"\./);
    expect(await userErrorLine(new GitTagRegistry({ cwd: fx.root }).getModel('m'))).toMatch(/not a git repository/);
  });

  it('keeps every promotion of a version as history, read back from a fresh clone: a later alias move does not replace the stage move', async () => {
    const { fx, reg } = registered('v1.0.0', 'v1.1.0');
    await reg.assign('m', 'v1.0.0', assign(null));
    await reg.assign('m', 'v1.0.0', assign(null, { target: { kind: 'alias', name: 'champion' }, provenance: { actor: 'hubot', runUrl: 'https://github.com/o/r/actions/runs/8' } }));
    await reg.assign('m', 'v1.1.0', assign('v1.0.0', { provenance: { actor: 'octocat' } }));
    const reader = new GitTagRegistry({ cwd: fx.clone(), remote: 'origin' });
    const history = await reader.promotions('m', 'v1.0.0');
    expect(history.map(({ at, ...h }) => (expect(at).toMatch(/^\d{4}-\d\d-\d\dT/), h))).toEqual([
      { target: 'stage:prod', previous: null, runUrl: 'https://github.com/o/r/actions/runs/7', commit: 'abc', actor: 'octocat', gate: 'accuracy >= 0.85: 0.9' },
      { target: 'alias:champion', previous: null, runUrl: 'https://github.com/o/r/actions/runs/8', actor: 'hubot' },
    ]);
    expect((await reader.promotions('m', 'v1.1.0')).map((h) => [h.target, h.previous, h.actor])).toEqual([['stage:prod', 'v1.0.0', 'octocat']]);
  });

  it('treats an alias as a single-holder stage and works on a repository without a remote', async () => {
    const fx = remoteWithCommits(2);
    const dir = fx.clone();
    const reg = new GitTagRegistry({ cwd: dir });
    await reg.register('m', '1.0.0', fx.commits[0]!, { metrics: { accuracy: 0.9 } });
    await reg.register('m', '1.1.0', fx.commits[1]!, { metrics: { accuracy: 0.93 } });
    const champion = { kind: 'alias', name: 'champion' } as const;
    await reg.assign('m', 'v1.0.0', assign(null, { target: champion }));
    const r = await reg.assign('m', 'v1.1.0', assign('v1.0.0', { target: champion, archiveExisting: false }));
    expect(r.archived).toEqual(['v1.0.0']);
    expect((await reg.latestVersion('m', champion))?.version).toBe('v1.1.0');
    expect(await reg.versionMetrics('m', 'v1.0.0')).toEqual({ accuracy: 0.9 });
    expect(remoteTags(fx.bare)).toEqual([]);
  });

  it('reads tags written by GTO itself (no JSON in the message; lightweight and simple-mode tags)', () => {
    const state = buildState('m', [
      { tag: 'm@v0.1.0', commit: 'c1', time: 10, message: 'Registering artifact m version v0.1.0' },
      { tag: 'm@v0.2.0', commit: 'c2', time: 11, message: '' },
      { tag: 'm#staging#1', commit: 'c1', time: 12, message: 'Assigning stage staging' },
      { tag: 'm#staging#2', commit: 'c2', time: 12, message: '' },
      { tag: 'm#prod', commit: 'c1', time: 13, message: '' },
      { tag: 'm#prod!#3', commit: 'c1', time: 14, message: '' },
      { tag: 'other@v1.0.0', commit: 'c1', time: 1, message: '' },
    ]);
    expect(holderOf(state, 'staging')).toBe('v0.2.0');
    expect(holderOf(state, 'prod')).toBeNull();
    expect(state.counter).toBe(3);
    expect(state.versions.get('v0.1.0')?.meta).toEqual({});
  });

  it('sends the token as an http.extraheader only for the command, never into .git/config', async () => {
    const headers: (string | undefined)[] = [];
    const server = http.createServer((req, res) => {
      headers.push(req.headers.authorization);
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('denied');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const fx = remoteWithCommits(1);
      const dir = fx.clone();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/o/r.git`;
      git(dir, 'remote', 'set-url', 'origin', url);
      // What actions/checkout persists: a header scoped to the server, which ours must replace, not join.
      git(dir, 'config', `http.http://127.0.0.1:${(server.address() as AddressInfo).port}/.extraheader`, 'AUTHORIZATION: basic c3RhbGU=');
      const reg = new GitTagRegistry({ cwd: dir, remote: 'origin', token: 'ghs_secret123' });
      const line = await userErrorLine(reg.getModel('m'));
      expect(line).toMatch(/^could not fetch tags from remote "origin": .*Pass a token that may push tags/);
      expect(line).not.toContain('ghs_secret123');
      expect(headers[0]).toBe(`basic ${Buffer.from('x-access-token:ghs_secret123').toString('base64')}`);
      expect(fs.readFileSync(path.join(dir, '.git', 'config'), 'utf8')).not.toContain(Buffer.from('x-access-token:ghs_secret123').toString('base64'));
    } finally {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
