/**
 * pr-checklist end to end: the dist/pr-checklist bundle run as the runner runs
 * it (harness.ts) with real webhook payloads from @octokit/webhooks-examples,
 * against the GitHub contract double (@mlship/github/testing) on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { webhookExample } from '../packages/github/src/testing/events';
import { startGitHubDouble, type GitHubDouble } from '../packages/github/src/testing/github-server';
import { expectUserError, runBundle, type RunOptions, type RunResult } from './harness';

// The real payloads GitHub sends, as collected by @octokit/webhooks-examples.
const prOpened = webhookExample('pull_request', 'opened');
const prSynchronize = webhookExample('pull_request', 'synchronize');
const commentEdited = webhookExample('issue_comment', 'edited');

const MARKER = '<!-- mlship:pr-checklist -->';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const BASE = 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e';

let gh: GitHubDouble;
beforeEach(async () => {
  gh = await startGitHubDouble({ owner: 'Codertocat', repo: 'Hello-World' });
});
afterEach(() => gh.close());

function run(event: { name: string; payload: unknown } | undefined, inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}): Promise<RunResult> {
  return runBundle('pr-checklist', {
    event,
    inputs: { token: gh.token, 'report-path': fs.mkdtempSync(path.join(os.tmpdir(), 'prc-report-')), ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'Codertocat/Hello-World' },
    ...extra,
  });
}

const checklist = () => gh.state.comments.filter((c) => c.body.startsWith(MARKER));
const expectOk = (r: RunResult) => {
  if (r.exitCode !== 0) throw new Error(`exit ${r.exitCode}\n${r.stdout}\n${r.stderr}`);
  expect(r.stderr).toBe('');
};

/** The issue_comment edited example, moved onto pull request #2 and onto `comment`. */
function editEvent(comment: { id: number; body: string; user: { login: string; type: string } }, sender: string, from: string) {
  const payload = structuredClone(commentEdited) as Record<string, any>;
  payload.issue.number = 2;
  payload.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/2', html_url: 'https://github.com/Codertocat/Hello-World/pull/2' };
  payload.comment = { ...payload.comment, id: comment.id, body: comment.body, user: { ...payload.comment.user, login: comment.user.login, type: comment.user.type } };
  payload.sender = { ...payload.sender, login: sender };
  payload.changes = { body: { from } };
  return { name: 'issue_comment', payload };
}
const tick = (body: string, text: string) => body.split('\n').map((l) => (l.includes(`] ${text}`) ? l.replace('- [ ]', '- [x]') : l)).join('\n');

describe('pr-checklist bundle', () => {
  it('model change (pull_request opened, node24): seed sections, one comment, label created, pending status', async () => {
    gh.addPullRequest({ number: 2, files: ['src/model/train.py', 'README.md'] });
    const config = 'rules:\n  - id: model\n    title: Model Changes Detected\n    paths: ["src/model*", "src/model*/**", "models/**"]\n    labels: [{name: model-change, color: "#5319e7"}]\n    items: [Model performance validated, Backward compatibility checked, Model size acceptable]\n';
    const r = await run({ name: 'pull_request', payload: prOpened }, { config, 'status-check': 'status' }, { node: 'node24' });
    expectOk(r);
    expect(checklist()).toHaveLength(1);
    const body = checklist()[0]!.body;
    expect(body).toContain('## PR Checklist');
    expect(body).toContain('### Model Changes Detected\n- [ ] Model performance validated _(required)_');
    expect(body).toContain('### General\n- [ ] Tests pass locally');
    expect(body).not.toContain('Data Changes Detected');
    // The posted comment is also in report-path, as a local preview writes it.
    expect(fs.readFileSync(path.join(r.outputs['report-path']!, 'comment.md'), 'utf8')).toBe(`${body}\n`);
    expect(r.outputs.sections).toBe('["model","general"]');
    expect(r.outputs['required-unchecked']).toBe('5');
    expect(r.outputs['comment-url']).toMatch(/\/pull\/2#issuecomment-\d+$/);
    expect(r.outputs['labels-added']).toBe('["model-change"]');
    expect(gh.state.labels.find((l) => l.name === 'model-change')?.color).toBe('5319e7');
    expect(gh.state.issueLabels.get(2)).toEqual(['model-change']);
    expect(gh.state.statuses).toEqual([expect.objectContaining({ sha: HEAD, state: 'pending', context: 'mlship/checklist', description: '5 of 5 required checklist items not ticked yet' })]);
    expect(r.outputs.status).toBe('warn');
    // Unticked boxes are work in progress: no annotation per section on every push.
    expect(r.warnings).toEqual([]);
    expect(r.summary).toContain('PR checklist for #2');
    // Never a checkout, never a write outside the API: only the documented endpoints were called.
    expect(new Set(gh.requests.map((q) => q.route))).toEqual(
      new Set([
        'GET /repos/{owner}/{repo}/pulls/{pull_number}',
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        'GET /repos/{owner}/{repo}/labels',
        'POST /repos/{owner}/{repo}/labels',
        'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
        'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
        'POST /repos/{owner}/{repo}/statuses/{sha}',
      ]),
    );
  });

  it('data change under pull_request_target: reads base and head .dvc files and shows md5/size/nfiles changes', async () => {
    gh.addPullRequest({ number: 2, files: [{ filename: 'data/train.csv.dvc', status: 'modified' }, { filename: 'data/images.dvc', status: 'modified' }, { filename: 'data/new.parquet.dvc', status: 'added' }] });
    gh.setFile(BASE, 'data/train.csv.dvc', 'outs:\n- md5: 1c2a3b4c5d6e7f8091a2b3c4d5e6f708\n  size: 10485760\n  hash: md5\n  path: train.csv\n');
    gh.setFile(HEAD, 'data/train.csv.dvc', 'outs:\n- md5: 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n  size: 15728640\n  hash: md5\n  path: train.csv\n');
    gh.setFile(BASE, 'data/images.dvc', 'outs:\n- md5: aaaaaaaabbbbbbbbccccccccdddddddd.dir\n  size: 2147483648\n  nfiles: 1000\n  path: images\n');
    gh.setFile(HEAD, 'data/images.dvc', 'outs:\n- md5: eeeeeeeeffffffff0000000011111111.dir\n  size: 2684354560\n  nfiles: 1250\n  path: images\n');
    gh.setFile(HEAD, 'data/new.parquet.dvc', 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 2048\n  path: new.parquet\n');
    const r = await run({ name: 'pull_request_target', payload: prOpened });
    expectOk(r);
    const body = checklist()[0]!.body;
    expect(body).toContain('### Data Changes Detected\n- [ ] Data quality validated _(required)_');
    expect(body).toContain('| `data/train.csv.dvc` | `train.csv` | modified | `1c2a3b4c` → `9f8e7d6c` | 10.0 MiB → 15.0 MiB | +5.00 MiB (+50.0%) |  |');
    expect(body).toContain('| `data/images.dvc` | `images` | modified | `aaaaaaaa.dir` → `eeeeeeee.dir` | 2.00 GiB → 2.50 GiB | +512.0 MiB (+25.0%) | 1000 → 1250 (+250) |');
    expect(body).toContain('| `data/new.parquet.dvc` | `new.parquet` | added | — → `01234567` | 2.00 KiB | +2.00 KiB |  |');
    // The added file was not looked up on the base.
    const reads = gh.requestsTo('GET /repos/{owner}/{repo}/contents/{path}').map((q) => `${q.query.ref}:${q.path.split('/contents/')[1]}`);
    expect(reads.sort()).toEqual([`${BASE}:data/images.dvc`, `${BASE}:data/train.csv.dvc`, `${HEAD}:data/images.dvc`, `${HEAD}:data/new.parquet.dvc`, `${HEAD}:data/train.csv.dvc`].sort());
  });

  it('a re-run (synchronize) keeps ticked boxes and drops sections that no longer apply', async () => {
    const pr = gh.addPullRequest({ number: 2, files: ['models/churn.pkl', 'data/x.dvc'] });
    gh.setFile(HEAD, 'data/x.dvc', 'outs:\n- md5: 0123456789abcdef0123456789abcdef\n  size: 1\n  path: x\n');
    expectOk(await run({ name: 'pull_request', payload: prOpened }));
    const c = checklist()[0]!;
    c.body = tick(tick(c.body, 'Model performance validated'), 'Tests pass locally');
    pr.files = [{ filename: 'models/churn.pkl' }, { filename: 'src/app.py' }];
    const r = await run({ name: 'pull_request', payload: prSynchronize });
    expectOk(r);
    expect(checklist()).toHaveLength(1);
    const body = checklist()[0]!.body;
    expect(body).toContain('- [x] Model performance validated');
    expect(body).toContain('- [ ] Backward compatibility checked');
    expect(body).toContain('- [x] Tests pass locally');
    expect(body).not.toContain('Data Changes Detected');
    expect(r.outputs.sections).toBe('["model","general"]');
    expect(r.outputs['required-unchecked']).toBe('3');
    expect(gh.requestsTo('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(1);
  });

  it('ticking every required box (issue_comment edited by the author) turns the status and check run green', async () => {
    gh.addPullRequest({ number: 2, files: ['README.md'] });
    // fail-on: warning makes the step itself a gate while required items are open.
    const gate = await run({ name: 'pull_request', payload: prOpened }, { 'status-check': 'check-run', 'fail-on': 'warning' });
    expect(gate.exitCode).toBe(1);
    expect(gate.errors).toEqual(['PR checklist for #2: WARN — warnings present']);
    expect(gh.state.checkRuns[0]).toMatchObject({ status: 'in_progress', conclusion: null, name: 'mlship/checklist' });
    const c = checklist()[0]!;
    const before = c.body;
    c.body = tick(tick(c.body, 'Tests pass locally'), 'Code review completed');
    const r = await run(editEvent(c, 'Codertocat', before), { 'status-check': 'check-run', 'fail-on': 'warning' });
    expectOk(r);
    expect(r.outputs['required-unchecked']).toBe('0');
    expect(r.outputs.status).toBe('pass');
    expect(gh.state.checkRuns).toHaveLength(1);
    expect(gh.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(checklist()[0]!.body).toContain('all 2 required items ticked');

    // The same with a commit status.
    const s = await run(editEvent(checklist()[0]!, 'Codertocat', before), { 'status-check': 'status' });
    expectOk(s);
    expect(gh.state.statuses.at(-1)).toMatchObject({ state: 'success', sha: HEAD, description: 'All 2 required checklist items ticked' });
  });

  it('a comment edited by someone else: ticks by a reader are reverted, a maintainer\'s count, other comments are ignored', async () => {
    gh.addPullRequest({ number: 2, files: ['README.md'] });
    expectOk(await run({ name: 'pull_request', payload: prOpened }));
    const c = checklist()[0]!;
    const before = c.body;
    c.body = tick(before, 'Code review completed');
    const r = await run(editEvent(c, 'drive-by', before));
    expectOk(r);
    expect(r.warnings.join('\n')).toMatch(/@drive-by edited this checklist, but only the pull request's author \(@Codertocat\) and people with write access may tick it/);
    expect(checklist()[0]!.body).toContain('- [ ] Code review completed');
    expect(checklist()[0]!.body).toContain('the boxes were restored');
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/collaborators/{username}/permission')[0]!.path).toContain('/drive-by/');

    gh.state.collaborators.set('maintainer', 'maintain');
    const restored = checklist()[0]!.body;
    c.body = tick(restored, 'Code review completed');
    expectOk(await run(editEvent(c, 'maintainer', restored)));
    expect(checklist()[0]!.body).toContain('- [x] Code review completed');
    expect(checklist()[0]!.body).not.toContain('restored');

    // tick-permission: author — even a maintainer's edit is reverted.
    const ticked = checklist()[0]!.body;
    c.body = tick(ticked, 'Tests pass locally');
    const a = await run(editEvent(c, 'maintainer', ticked), { 'tick-permission': 'author' });
    expectOk(a);
    expect(checklist()[0]!.body).toContain('- [ ] Tests pass locally');

    // A comment that only quotes the marker, written by a person, is not the checklist.
    const fake = gh.addComment(2, `${MARKER}\n- [x] Tests pass locally <!-- mlship:item:general/x -->`, { login: 'mallory', type: 'User' });
    const writes = gh.requests.filter((q) => q.method !== 'GET').length;
    const f = await run(editEvent({ ...fake, user: fake.user }, 'mallory', 'x'));
    expectOk(f);
    expect(f.stdout).toMatch(/::notice title=pr-checklist::comment \d+ by @mallory carries the checklist marker but is not the checklist/);
    expect(gh.requests.filter((q) => q.method !== 'GET').length).toBe(writes);

    // An edit made by the checklist's own author (this action, with a token whose edits trigger workflows): not re-evaluated.
    const own = checklist()[0]!;
    const writesBefore = gh.requests.filter((q) => q.method !== 'GET').length;
    const b = await run(editEvent(own, 'github-actions[bot]', own.body));
    expectOk(b);
    expect(b.stdout).toContain('the checklist was edited by its own author (@github-actions[bot])');
    expect(gh.requests.filter((q) => q.method !== 'GET').length).toBe(writesBefore);

    // An edit of an unrelated comment: notice, no API call at all.
    const before2 = gh.requests.length;
    const u = await run(editEvent({ id: 1, body: 'LGTM', user: { login: 'x', type: 'User' } }, 'x', 'lgtm'));
    expectOk(u);
    expect(u.stdout).toContain('is not the checklist comment');
    expect(gh.requests.length).toBe(before2);
  });

  it('paginates a 3000-file pull request and says when GitHub capped the list', async () => {
    const files = Array.from({ length: 3500 }, (_, i) => (i === 3400 ? 'models/late.pkl' : `src/pkg${i % 50}/file${i}.py`));
    gh.addPullRequest({ number: 2, files });
    const r = await run({ name: 'pull_request', payload: prOpened });
    expectOk(r);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toHaveLength(30);
    const body = checklist()[0]!.body;
    expect(body).toContain('3500 changed files (GitHub lists the first 3000; rules saw only those)');
    // The model file is past the cap, as on GitHub.
    expect(body).not.toContain('Model Changes Detected');
    expect(r.stdout).toMatch(/::warning title=pr-checklist::This pull request changes 3500 files; GitHub's API lists only the first 3000/);
  });

  it('recovers from a 502 and a secondary rate limit', async () => {
    gh.addPullRequest({ number: 2, files: ['models/m.pkl'] });
    gh.inject('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { kind: 'status', status: 502 });
    gh.inject('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { kind: 'secondary-rate-limit', retryAfter: 1 });
    const r = await run({ name: 'pull_request', payload: prOpened });
    expectOk(r);
    expect(gh.requestsTo('GET /repos/{owner}/{repo}/pulls/{pull_number}/files').map((q) => q.status)).toEqual([502, 200]);
    expect(gh.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').map((q) => q.status)).toEqual([403, 201]);
    expect(r.warnings.join('\n')).toMatch(/secondary rate limit .* retrying in 1 s/);
    expect(checklist()).toHaveLength(1);
  });

  it('escapes markdown and HTML in file and branch names', async () => {
    const evil = ['models/<img src=x onerror=alert(1)>.py', 'models/[click](https://evil.example)*bold*.py', 'models/@everyone `tick` | pipe.py', 'models/line\n### injected heading\n- [x] Tests pass locally <!-- mlship:item:general/a -->.py'];
    gh.addPullRequest({ number: 2, headRef: '<script>alert(1)</script>`x`', files: evil });
    const r = await run({ name: 'pull_request', payload: prOpened });
    expectOk(r);
    const body = checklist()[0]!.body;
    expect(body).toContain('- `models/<img src=x onerror=alert(1)>.py`');
    expect(body).toContain('- `models/[click](https://evil.example)*bold*.py`');
    expect(body).toContain('- ``models/@everyone `tick` | pipe.py``');
    // A name with a line break is matched like any other and shown on its one list line, so it injects nothing.
    expect(body).toContain('- `models/line⏎### injected heading⏎- [x] Tests pass locally <!-- mlship:item:general/a -->.py`');
    expect(body).not.toMatch(/^### injected/m);
    expect(body).toContain('`` <script>alert(1)</script>`x` `` → `master`');
    expect(body.split('\n').filter((l) => l.startsWith('###'))).toEqual(['### Model Changes Detected', '### General']);
    // The injected line did not tick anything.
    expect(r.outputs['required-unchecked']).toBe('5');
  });

  it('a PR that changes only a file whose name holds a newline gets the model section', async () => {
    gh.addPullRequest({ number: 2, files: ['models/x\n.pt'] });
    const r = await run({ name: 'pull_request', payload: prOpened });
    expectOk(r);
    const body = checklist()[0]!.body;
    expect(body.split('\n').filter((l) => l.startsWith('###'))).toEqual(['### Model Changes Detected', '### General']);
    expect(body).toContain('- `models/x⏎.pt`');
  });

  it('bad globs: one config error line naming the rule, nothing written', async () => {
    gh.addPullRequest({ number: 2, files: ['a'] });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prc-cfg-'));
    fs.writeFileSync(path.join(dir, 'checklist.yml'), 'rules:\n  - title: Features\n    paths:\n      - "features/**"\n      - "src/[features"\n    items: [Feature store updated]\n');
    const r = await run({ name: 'pull_request', payload: prOpened }, { config: 'checklist.yml' }, { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual(['checklist.yml:5: rule "Features": glob "src/[features" is not a valid glob: Missing closing: "]" - use "\\\\]" to match literal characters. See https://github.com/micromatch/picomatch#globbing-features.']);
    expect(gh.requests.filter((q) => q.method !== 'GET')).toEqual([]);
    const abs = await run({ name: 'pull_request', payload: prOpened }, { config: 'rules:\n  - title: Models\n    paths: ["/models/**"]\n    items: [x]\n' });
    expect(abs.errors).toEqual(['inline config:3: rule "Models": glob "/models/**" starts with "/" or "./". Changed paths are relative to the repository root: write "src/model/**", not "/src/model/**".']);
  });

  it('not a pull request event: a notice and exit 0; missing token: one error line', async () => {
    const push = await run({ name: 'push', payload: { ref: 'refs/heads/main' } });
    expectOk(push);
    expect(push.stdout).toContain('::notice title=pr-checklist::event "push" is not about a pull request');
    expect(push.outputs).toMatchObject({ sections: '[]', 'required-unchecked': '0', 'comment-url': '' });
    expect(gh.requests).toEqual([]);

    const noToken = await runBundle('pr-checklist', { event: { name: 'pull_request', payload: prOpened }, env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'Codertocat/Hello-World' } });
    expect(noToken.exitCode).toBe(1);
    expect(noToken.errors).toHaveLength(1);
    expect(noToken.errors[0]).toMatch(/^input "token" is empty\. Pass `token: \$\{\{ github\.token \}\}`/);
    expect(gh.requests).toEqual([]);
  });

  it('a read-only token (pull_request from a fork): one line saying which call was refused and what to change', async () => {
    await gh.close();
    gh = await startGitHubDouble({ owner: 'Codertocat', repo: 'Hello-World', readOnly: true });
    gh.addPullRequest({ number: 2, files: ['README.md'] });
    const r = await run({ name: 'pull_request', payload: prOpened });
    expect(r.exitCode).toBe(1);
    expect(r.errors).toEqual([
      'GitHub refused POST /repos/Codertocat/Hello-World/issues/2/comments: 403 Resource not accessible by integration. Grant the job the permissions the action lists (e.g. `permissions: pull-requests: write`); a pull_request from a fork only gets a read-only token, use pull_request_target for it.',
    ]);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});

/** A real repository in a temp dir: write files, commit, branch — what a developer has before pushing. */
function gitRepo() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'prc-git-'));
  const id = { GIT_AUTHOR_NAME: 'dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'dev', GIT_COMMITTER_EMAIL: 'dev@example.com' };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: { ...process.env, ...id }, encoding: 'utf8' }).trim();
  git('init', '--quiet', '--initial-branch=main');
  const write = (files: Record<string, string | null>) => {
    for (const [p, text] of Object.entries(files)) {
      if (text === null) fs.rmSync(path.join(dir, p));
      else {
        fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
        fs.writeFileSync(path.join(dir, p), text);
      }
    }
  };
  const commit = (message: string) => {
    git('add', '--all');
    git('commit', '--quiet', '--allow-empty', '-m', message);
  };
  return { dir, git, write, commit };
}

const imagesDvc = (md5: string, size: number, nfiles: number) => `outs:\n- md5: ${md5}.dir\n  size: ${size}\n  nfiles: ${nfiles}\n  hash: md5\n  path: images\n`;
const fileDvc = (md5: string, size: number, name: string) => `outs:\n- md5: ${md5}\n  size: ${size}\n  hash: md5\n  path: ${name}\n`;

describe('pr-checklist local preview (base/head)', () => {
  /**
   * main: the fork point, then main moves on (its own .dvc update and files);
   * feature: a .dvc change, a renamed .dvc, a deleted model file, paths with spaces and unicode.
   */
  function featureBranch() {
    const r = gitRepo();
    r.write({
      'data/images.dvc': imagesDvc('aaaaaaaabbbbbbbbccccccccdddddddd', 2147483648, 1000),
      'data/old name.csv.dvc': fileDvc('1c2a3b4c5d6e7f8091a2b3c4d5e6f708', 10485760, 'old name.csv'),
      'models/legacy.pkl': 'legacy weights\n',
      'README.md': 'v1\n',
    });
    r.commit('fork point');
    r.git('checkout', '--quiet', '-b', 'feature');
    r.write({
      'data/images.dvc': imagesDvc('eeeeeeeeffffffff0000000011111111', 2684354560, 1250),
      'data/old name.csv.dvc': null,
      'data/new name.csv.dvc': fileDvc('1c2a3b4c5d6e7f8091a2b3c4d5e6f708', 10485760, 'old name.csv'),
      'models/legacy.pkl': null,
      'models/modèle 2.py': 'def predict(x):\n    return x\n',
    });
    r.commit('feature work');
    r.git('checkout', '--quiet', 'main');
    // main moves on after the branch: these must not show up in the feature's checklist.
    r.write({ 'data/images.dvc': imagesDvc('99999999999999999999999999999999', 1024, 1), 'src/model/after.py': 'x = 1\n', 'README.md': 'v2\n' });
    r.commit('main moves on');
    return r;
  }

  it('previews the comment from git — renames, deletions, unicode, a .dvc diff from the merge base — with no request to GitHub, even on a PR event with a token', async () => {
    const r = featureBranch();
    const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prc-report-'));
    const res = await runBundle('pr-checklist', {
      cwd: r.dir,
      node: 'node24',
      event: { name: 'pull_request', payload: prOpened },
      inputs: { token: gh.token, base: 'main', head: 'feature', 'report-path': reportDir },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'Codertocat/Hello-World' },
    });
    expectOk(res);
    expect(gh.requests).toEqual([]);
    const body = fs.readFileSync(path.join(reportDir, 'comment.md'), 'utf8');
    expect(body.startsWith(`${MARKER}\n## PR Checklist\n\n\`feature\` → \`main\` · 4 changed files · 0 of 8 required items ticked`)).toBe(true);
    expect(body).toContain('### Model Changes Detected\n- [ ] Model performance validated _(required)_');
    expect(body).toContain('- `models/legacy.pkl`');
    expect(body).toContain('- `models/modèle 2.py`');
    // main's later commit (src/model/after.py) is not part of the change.
    expect(body).not.toContain('after.py');
    expect(body).toContain('### Data Changes Detected');
    // Old side: the fork point, not main's newer .dvc (which would show 1 file of 1 KiB).
    expect(body).toContain('| `data/images.dvc` | `images` | modified | `aaaaaaaa.dir` → `eeeeeeee.dir` | 2.00 GiB → 2.50 GiB | +512.0 MiB (+25.0%) | 1000 → 1250 (+250) |');
    // The renamed .dvc was read at its old path on the base: same data, only the file moved.
    expect(body).toContain('| `data/new name.csv.dvc` | `old name.csv` | unchanged | `1c2a3b4c` → `1c2a3b4c` | 10.0 MiB → 10.0 MiB | ±0 |  |');
    expect(body).toContain('### General\n- [ ] Tests pass locally');
    // The preview is on stdout (the CLI's output), in the job summary and in report.md.
    expect(res.stdout).toContain(body.trim());
    expect(res.stdout).toMatch(/preview of the checklist comment for feature → main \(4 changed files since they diverged at [0-9a-f]{12}\); not posted/);
    expect(res.summary).toContain('PR checklist preview for feature → main');
    expect(res.summary).toContain('Preview only: nothing was posted to GitHub.');
    expect(fs.readFileSync(path.join(reportDir, 'report.md'), 'utf8')).toContain('### Checklist comment (preview, not posted)');
    expect(res.outputs).toMatchObject({ passed: 'true', status: 'warn', sections: '["model","data","general"]', 'required-unchecked': '8', 'comment-url': '', 'labels-added': '[]' });
    const report = JSON.parse(fs.readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
    expect(report.data).toMatchObject({ preview: true, base: 'main', head: 'feature', mergeBase: r.git('merge-base', 'main', 'feature') });
    expect(report.data.files).toEqual(
      expect.arrayContaining([
        { filename: 'data/new name.csv.dvc', status: 'renamed', previous_filename: 'data/old name.csv.dvc' },
        { filename: 'models/legacy.pkl', status: 'removed' },
        { filename: 'models/modèle 2.py', status: 'added' },
        { filename: 'data/images.dvc', status: 'modified' },
      ]),
    );
  });

  it('head defaults to HEAD; labels the rules would add are named, none are added', async () => {
    const r = featureBranch();
    r.git('checkout', '--quiet', 'feature');
    const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'prc-report-'));
    const config = 'rules:\n  - id: model\n    title: Model Changes Detected\n    paths: ["models/**"]\n    labels: [model-change]\n    items: [Model performance validated]\n';
    const res = await runBundle('pr-checklist', { cwd: r.dir, inputs: { base: 'main', config, 'report-path': reportDir } });
    expectOk(res);
    expect(res.outputs['labels-added']).toBe('[]');
    expect(res.summary).toContain('labels it would add: model-change');
    expect(fs.readFileSync(path.join(reportDir, 'comment.md'), 'utf8')).toContain('`HEAD` → `main` · 4 changed files');
  });

  it('bad refs, no git repository and inputs that only act on GitHub: one line each', async () => {
    const r = featureBranch();
    const run = (inputs: Record<string, string>, cwd = r.dir) => runBundle('pr-checklist', { cwd, inputs: { 'report-path': fs.mkdtempSync(path.join(os.tmpdir(), 'prc-report-')), ...inputs } });
    expectUserError(await run({ base: 'mian', head: 'feature' }), /^input "base": no commit "mian" in the git repository \/.*\. Check the name/);
    expectUserError(await run({ base: 'main', head: 'feature-typo' }), /^input "head": no commit "feature-typo" in the git repository/);
    const notRepo = fs.mkdtempSync(path.join(os.tmpdir(), 'prc-norepo-'));
    expectUserError(await run({ base: 'main' }, notRepo), /is not inside a git repository, so base and head cannot be compared\. Run it in a clone/);
    expectUserError(await run({ head: 'feature' }), /^input "head" is set but "base" is not\. A local preview compares head with base/);
    expectUserError(await run({ base: 'main', 'status-check': 'status' }), /^input "status-check" is "status", but base\/head make a local preview that writes nothing to GitHub/);
    expectUserError(await run({ base: 'main', 'tick-permission': 'author' }), /^input "tick-permission" is "author", but a local preview has no comment/);
    r.git('checkout', '--quiet', '--orphan', 'unrelated');
    r.commit('unrelated history');
    expectUserError(await run({ base: 'main', head: 'unrelated' }), /^inputs "base" and "head": "main" and "unrelated" have no common ancestor in this clone\. In a shallow clone/);
  });
});
