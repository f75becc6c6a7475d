/**
 * pr-checklist end to end: the dist/pr-checklist bundle run as the runner runs
 * it (harness.ts) with real webhook payloads from @octokit/webhooks-examples,
 * against the GitHub contract double (@mlship/github/testing) on 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { webhookExample } from '../packages/github/src/testing/events';
import { startGitHubDouble, type GitHubDouble } from '../packages/github/src/testing/github-server';
import { runBundle, type RunOptions, type RunResult } from './harness';

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
    // Globs never match across a line break (as the seed's line-based grep), so that name is in no section; it injects nothing either way.
    expect(body).not.toMatch(/^### injected/m);
    expect(body).toContain('`` <script>alert(1)</script>`x` `` → `master`');
    expect(body.split('\n').filter((l) => l.startsWith('###'))).toEqual(['### Model Changes Detected', '### General']);
    // The injected line did not tick anything.
    expect(r.outputs['required-unchecked']).toBe('5');
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
      'GitHub refused POST /repos/Codertocat/Hello-World/issues/2/comments: 403 Resource not accessible by integration Grant the job the permissions the action lists (e.g. `permissions: pull-requests: write`); a pull_request from a fork only gets a read-only token, use pull_request_target for it.',
    ]);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});
