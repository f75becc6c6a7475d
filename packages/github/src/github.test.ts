import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGitHub, type GitHub } from './client';
import { fitComment, stickyMarker, upsertStickyComment, COMMENT_LIMIT } from './comments';
import { readPullRequestContext } from './context';
import { uploadArtifact } from './artifact';
import { listPullRequestFiles, getPullRequest } from './pulls';
import { addLabels } from './labels';
import { setCommitStatus, upsertCheckRun } from './statuses';
import { readRepoFile } from './contents';
import { createDeployment, createDeploymentStatus } from './deployments';
import { gitHubUserError } from './errors';
import { startGitHubDouble, type GitHubDouble } from './testing/github-server';

const FILES = 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files';

let double: GitHubDouble;
let gh: GitHub;
const warnings: string[] = [];
const repo = () => ({ owner: double.state.owner, repo: double.state.repo });

beforeEach(async () => {
  double = await startGitHubDouble();
  warnings.length = 0;
  gh = await createGitHub({ token: double.token, apiUrl: double.url, retryUnitMs: 5, timeoutMs: 10_000, log: { warning: (m) => warnings.push(m) } });
});
afterEach(() => double.close());

describe('pull request files', () => {
  test('follows Link pagination across pages, 100 a page', async () => {
    const names = Array.from({ length: 250 }, (_, i) => `src/f${i}.py`);
    double.addPullRequest({ number: 7, files: names });
    const { files, capped } = await listPullRequestFiles(gh, { ...repo(), number: 7 });
    expect(files.map((f) => f.filename)).toEqual(names);
    expect(capped).toBe(false);
    const pages = double.requestsTo(FILES);
    expect(pages.map((r) => r.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(pages.every((r) => r.query.per_page === '100')).toBe(true);
  });

  test('fetches pages concurrently when changed_files is known, and says when GitHub caps at 3000', async () => {
    double.addPullRequest({ number: 8, files: Array.from({ length: 3200 }, (_, i) => `data/${i}.csv`) });
    const pr = await getPullRequest(gh, { ...repo(), number: 8 });
    expect(pr.changedFiles).toBe(3200);
    const { files, capped, changedFiles } = await listPullRequestFiles(gh, { ...repo(), number: 8, changedFiles: pr.changedFiles });
    expect(files).toHaveLength(3000);
    expect(new Set(files.map((f) => f.filename)).size).toBe(3000);
    expect(capped).toBe(true);
    expect(changedFiles).toBe(3200);
    expect(double.requestsTo(FILES)).toHaveLength(30);
  });

  test('a stale changed_files count still gets every page through the Link header', async () => {
    double.addPullRequest({ number: 9, files: Array.from({ length: 420 }, (_, i) => `m/${i}`) });
    const { files } = await listPullRequestFiles(gh, { ...repo(), number: 9, changedFiles: 150 });
    expect(files).toHaveLength(420);
  });
});

describe('retries', () => {
  test('a 502 is retried with backoff and the call succeeds', async () => {
    double.addPullRequest({ number: 1, files: ['a.txt'] });
    double.inject(FILES, { kind: 'status', status: 502 }, 2);
    const { files } = await listPullRequestFiles(gh, { ...repo(), number: 1 });
    expect(files).toHaveLength(1);
    expect(double.requestsTo(FILES).map((r) => r.status)).toEqual([502, 502, 200]);
    expect(warnings.filter((w) => w.startsWith('GitHub answered 502 to GET /repos/Codertocat/Hello-World/pulls/1/files'))).toHaveLength(2);
  });

  test('a secondary rate limit (403 and 429) waits retry-after and retries', async () => {
    double.addPullRequest({ number: 1, files: ['a.txt'] });
    double.inject('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { kind: 'secondary-rate-limit', status: 403, retryAfter: 2 });
    double.inject('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { kind: 'secondary-rate-limit', status: 429, retryAfter: 1 });
    const started = Date.now();
    const r = await upsertStickyComment(gh, { ...repo(), issueNumber: 1, key: 'test', body: 'hello' });
    expect(r.action).toBe('created');
    expect(double.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments').map((x) => x.status)).toEqual([403, 429, 201]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 5);
    expect(warnings.filter((w) => /secondary rate limit/.test(w))).toHaveLength(2);
  });

  test('a hung request times out and is retried', async () => {
    double.addPullRequest({ number: 1, files: ['a.txt'] });
    double.inject(FILES, { kind: 'hang' });
    const impatient = await createGitHub({ token: double.token, apiUrl: double.url, retryUnitMs: 5, timeoutMs: 300, log: { warning: (m) => warnings.push(m) } });
    const { files } = await listPullRequestFiles(impatient, { ...repo(), number: 1 });
    expect(files).toHaveLength(1);
    expect(double.requestsTo(FILES).map((r) => r.status)).toEqual([-1, 200]);
    expect(warnings).toEqual([expect.stringMatching(/^GitHub did not answer GET \/repos\/Codertocat\/Hello-World\/pulls\/1\/files within 0.3 s; retrying\.$/)]);
  });

  test('a 404 is not retried', async () => {
    await expect(getPullRequest(gh, { ...repo(), number: 404 })).rejects.toMatchObject({ status: 404 });
    expect(double.requests).toHaveLength(1);
  });

  test('a wrong token is a 401 with GitHub\'s error body', async () => {
    const bad = await createGitHub({ token: 'nope', apiUrl: double.url, retryUnitMs: 1 });
    const e = await bad.rest.pulls.get({ ...repo(), pull_number: 1 }).catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 401, response: { data: { message: 'Bad credentials' } } });
    expect(gitHubUserError(e)?.line).toBe('GitHub rejected the token (GET /repos/Codertocat/Hello-World/pulls/1: 401 Bad credentials). Pass a valid token: the default ${{ github.token }}, or a secret holding a PAT / GitHub App token.');
    expect(gitHubUserError(new Error('boom'))).toBeUndefined();
  });
});

describe('sticky comment', () => {
  beforeEach(() => double.addPullRequest({ number: 3, files: [] }));

  test('created, then updated in place, then unchanged', async () => {
    const first = await upsertStickyComment(gh, { ...repo(), issueNumber: 3, key: 'pr-checklist', body: 'v1' });
    expect(first.action).toBe('created');
    expect(double.state.comments[0]!.body).toBe(`${stickyMarker('pr-checklist')}\nv1`);
    const second = await upsertStickyComment(gh, { ...repo(), issueNumber: 3, key: 'pr-checklist', body: 'v2' });
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    const third = await upsertStickyComment(gh, { ...repo(), issueNumber: 3, key: 'pr-checklist', body: 'v2' });
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });
    expect(double.state.comments).toHaveLength(1);
    expect(first.url).toMatch(/\/pull\/3#issuecomment-\d+$/);
  });

  test('found past the first page of comments', async () => {
    for (let i = 0; i < 130; i++) double.addComment(3, `chatter ${i}`, { login: 'someone', type: 'User' });
    const original = double.addComment(3, `${stickyMarker('k')}\nold`, { login: 'github-actions[bot]', type: 'Bot' });
    const r = await upsertStickyComment(gh, { ...repo(), issueNumber: 3, key: 'k', body: 'new' });
    expect(r).toMatchObject({ action: 'updated', id: original.id });
    expect(double.state.comments.filter((c) => c.body.includes('new'))).toHaveLength(1);
  });

  test('prefers the bot\'s comment over a person who pasted the marker, and never edits theirs', async () => {
    const pasted = double.addComment(3, `quoting: ${stickyMarker('k')}`, { login: 'mallory', type: 'User' });
    const r1 = await upsertStickyComment(gh, { ...repo(), issueNumber: 3, key: 'k', body: 'ours' });
    expect(r1.action).toBe('created');
    expect(double.state.comments.find((c) => c.id === pasted.id)!.body).toBe(`quoting: ${stickyMarker('k')}`);
    const r2 = await upsertStickyComment(gh, { ...repo(), issueNumber: 3, key: 'k', body: 'ours again' });
    expect(r2).toMatchObject({ action: 'updated', id: r1.id });
    // GET /user answered 403 (an integration token), so the bot's comment was chosen.
    expect(double.requestsTo('GET /user').map((x) => x.status)).toEqual([403, 403]);
  });

  test('with a personal token the login from GET /user decides', async () => {
    await double.close();
    double = await startGitHubDouble({ tokenUser: { login: 'release-bot', type: 'User' } });
    gh = await createGitHub({ token: double.token, apiUrl: double.url, retryUnitMs: 1 });
    double.addPullRequest({ number: 3 });
    double.addComment(3, `${stickyMarker('k')}\nsomeone else's`, { login: 'alice', type: 'User' });
    const mine = double.addComment(3, `${stickyMarker('k')}\nmine`, { login: 'release-bot', type: 'User' });
    const r = await upsertStickyComment(gh, { ...repo(), issueNumber: 3, key: 'k', body: 'mine v2' });
    expect(r).toMatchObject({ action: 'updated', id: mine.id });
  });

  test('an over-long body is truncated inside, keeps the marker and says so', async () => {
    const body = `# Title\n\n${'x'.repeat(100)}\n`.repeat(1000) + 'THE END';
    const r = await upsertStickyComment(gh, { ...repo(), issueNumber: 3, key: 'big', body });
    const stored = double.state.comments.find((c) => c.id === r.id)!.body;
    expect(stored.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(stored.startsWith(stickyMarker('big'))).toBe(true);
    expect(stored).toContain('truncated');
    expect(stored.endsWith('THE END')).toBe(true);
  });
});

describe('fitComment', () => {
  test('short bodies are untouched', () => {
    expect(fitComment('abc')).toBe('abc');
  });
  test('closes a code fence and <details> opened before the cut, never splits a surrogate pair', () => {
    const body = `<!-- mlship:x -->\n<details><summary>log</summary>\n\n\`\`\`\n${'😀'.repeat(40_000)}\n\`\`\`\n</details>\nfooter`;
    const out = fitComment(body, 10_000);
    expect(out.length).toBeLessThanOrEqual(10_000);
    expect(out.startsWith('<!-- mlship:x -->')).toBe(true);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const head = out.slice(0, out.indexOf('truncated'));
    expect((head.match(/```/g) ?? []).length % 2).toBe(0);
    expect(out.endsWith('footer')).toBe(true);
  });
  test('an open <details open> before the cut is closed; the note can say where the full report is', () => {
    const body = `<details open><summary>a</summary>\n\n${'line\n'.repeat(5000)}</details>\n${'more\n'.repeat(5000)}end`;
    const out = fitComment(body, 8_000, 'the job summary has the full report');
    expect((out.match(/<details[\s>]/g) ?? []).length).toBe((out.match(/<\/details>/g) ?? []).length);
    expect(out).toContain("truncated to fit GitHub's comment size limit (65,536 characters); the job summary has the full report.");
  });
});

describe('labels, statuses, check runs, contents, deployments', () => {
  beforeEach(() => double.addPullRequest({ number: 5 }));

  test('missing labels are created, existing ones (any case) are not, then added', async () => {
    double.addLabel('Model');
    const r = await addLabels(gh, { ...repo(), issueNumber: 5, labels: [{ name: 'model' }, { name: 'data', color: '#0e8a16', description: 'DVC data changed' }] });
    expect(r.created).toEqual(['data']);
    expect(double.state.labels.find((l) => l.name === 'data')).toMatchObject({ color: '0e8a16', description: 'DVC data changed' });
    expect(double.state.issueLabels.get(5)).toEqual(['Model', 'data']);
    const again = await addLabels(gh, { ...repo(), issueNumber: 5, labels: [{ name: 'data' }], current: ['data'] });
    expect(again).toEqual({ added: [], created: [] });
  });

  test('a label created concurrently (422 already_exists) is not an error', async () => {
    // Listed as missing, then someone creates it: the POST answers 422 already_exists.
    const origList = double.state.labels;
    const spy = await createGitHub({ token: double.token, apiUrl: double.url, retryUnitMs: 1 });
    spy.hook.after('request', (_res, options) => {
      if (options.method === 'GET' && /\/labels(\?|$)/.test(String(options.url))) origList.push({ id: 1, name: 'race', color: 'ededed', description: null });
    });
    const r = await addLabels(spy, { ...repo(), issueNumber: 5, labels: [{ name: 'race' }] });
    expect(r.created).toEqual([]);
    expect(double.requestsTo('POST /repos/{owner}/{repo}/labels').map((x) => [x.status])).toEqual([[422]]);
  });

  test('commit status and check run', async () => {
    await setCommitStatus(gh, { ...repo(), sha: 'abc', context: 'mlship/checklist', state: 'pending', description: 'x'.repeat(200) });
    expect(double.state.statuses[0]).toMatchObject({ state: 'pending', context: 'mlship/checklist' });
    expect(double.state.statuses[0]!.description).toHaveLength(140);
    const a = await upsertCheckRun(gh, { ...repo(), headSha: 'abc', name: 'mlship/checklist', title: '2 required items open', summary: 's' });
    expect(a.action).toBe('created');
    expect(double.state.checkRuns[0]).toMatchObject({ status: 'in_progress', conclusion: null });
    const b = await upsertCheckRun(gh, { ...repo(), headSha: 'abc', name: 'mlship/checklist', conclusion: 'success', title: 'done', summary: 's' });
    expect(b).toMatchObject({ action: 'updated', id: a.id });
    expect(double.state.checkRuns).toHaveLength(1);
    expect(double.state.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  });

  test('contents: base64 decoded at a ref, 404 is null, nested paths work', async () => {
    double.setFile('base', 'data/train.csv.dvc', 'outs:\n- md5: abc\n  size: 10\n  path: train.csv\n');
    expect(await readRepoFile(gh, { ...repo(), path: 'data/train.csv.dvc', ref: 'base' })).toContain('md5: abc');
    expect(await readRepoFile(gh, { ...repo(), path: 'data/train.csv.dvc', ref: 'head' })).toBeNull();
    double.setFile('head', 'dir with space/ünï #1.dvc', 'x: 1\n');
    expect(await readRepoFile(gh, { ...repo(), path: 'dir with space/ünï #1.dvc', ref: 'head' })).toBe('x: 1\n');
  });

  test('deployment and its status', async () => {
    const d = await createDeployment(gh, { ...repo(), ref: 'main', environment: 'production', description: 'model v3', payload: { model: 'churn', version: '3' } });
    await createDeploymentStatus(gh, { ...repo(), deploymentId: d.id, state: 'success', environmentUrl: 'https://models.example/churn' });
    const dep = double.state.deployments[0]!;
    expect(dep).toMatchObject({ environment: 'production', ref: 'main', payload: { model: 'churn', version: '3' } });
    expect(dep.statuses[0]).toMatchObject({ state: 'success', environment_url: 'https://models.example/churn' });
    expect(double.requestsTo('POST /repos/{owner}/{repo}/deployments')[0]!.body).toMatchObject({ auto_merge: false, required_contexts: [] });
  });
});

describe('readPullRequestContext', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gh-ctx-'));
  const env = (vars: Record<string, string>) => (n: string) => vars[n];
  const write = (name: string, payload: unknown) => {
    const p = path.join(tmp, name);
    fs.writeFileSync(p, JSON.stringify(payload));
    return p;
  };

  test('pull_request and pull_request_target carry head/base', () => {
    const p = write('pr.json', { action: 'opened', number: 2, pull_request: { number: 2, head: { sha: 'h', ref: 'feat' }, base: { sha: 'b', ref: 'main' } } });
    for (const eventName of ['pull_request', 'pull_request_target']) {
      expect(readPullRequestContext(env({ GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: p, GITHUB_REPOSITORY: 'o/r' }))).toEqual({
        owner: 'o', repo: 'r', number: 2, eventName, action: 'opened', headSha: 'h', baseSha: 'b', headRef: 'feat', baseRef: 'main',
      });
    }
  });

  test('issue_comment on a pull request, null on a plain issue or a push', () => {
    const onPr = write('c1.json', { action: 'edited', issue: { number: 4, pull_request: { url: 'x' } } });
    expect(readPullRequestContext(env({ GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: onPr, GITHUB_REPOSITORY: 'o/r' }))).toMatchObject({ number: 4, eventName: 'issue_comment', action: 'edited' });
    const onIssue = write('c2.json', { action: 'edited', issue: { number: 4 } });
    expect(readPullRequestContext(env({ GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: onIssue, GITHUB_REPOSITORY: 'o/r' }))).toBeNull();
    expect(readPullRequestContext(env({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: onIssue, GITHUB_REPOSITORY: 'o/r' }))).toBeNull();
  });
});

describe('uploadArtifact', () => {
  test('without the runtime token it returns a reason instead of throwing', async () => {
    const r = await uploadArtifact({ name: 'diag', files: ['/tmp/x.json'], rootDirectory: '/tmp', env: () => undefined });
    expect(r).toEqual({ uploaded: false, reason: expect.stringMatching(/ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/) });
  });

  test('a failing upload service returns a reason', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'art-'));
    fs.writeFileSync(path.join(dir, 'a.json'), '{}');
    const saved = { ...process.env };
    // A results URL nobody listens on: the client's request fails fast.
    process.env.ACTIONS_RUNTIME_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzY3AiOiJBY3Rpb25zLlJlc3VsdHM6MTox';
    process.env.ACTIONS_RESULTS_URL = 'http://127.0.0.1:9/';
    try {
      const r = await uploadArtifact({ name: 'diag', files: [path.join(dir, 'a.json')], rootDirectory: dir });
      expect(r.uploaded).toBe(false);
      expect((r as { reason: string }).reason).toMatch(/^artifact "diag" not uploaded: /);
    } finally {
      process.env = saved;
    }
  }, 60_000);
});

describe('the GitHub double itself', () => {
  const get = (p: string, auth = true) => fetch(`${double.url}${p}`, { headers: auth ? { authorization: `token ${double.token}` } : {} });

  test('Link header with next/last/prev/first, per_page capped at 100, bodies from the OpenAPI examples', async () => {
    double.addPullRequest({ number: 1, files: Array.from({ length: 250 }, (_, i) => `f${i}`) });
    const r = await get('/repos/Codertocat/Hello-World/pulls/1/files?per_page=500&page=2');
    const base = `${double.url}/repos/Codertocat/Hello-World/pulls/1/files`;
    expect(r.headers.get('link')).toBe(`<${base}?per_page=100&page=1>; rel="prev", <${base}?per_page=100&page=3>; rel="next", <${base}?per_page=100&page=3>; rel="last", <${base}?per_page=100&page=1>; rel="first"`);
    const body = (await r.json()) as Record<string, unknown>[];
    expect(body).toHaveLength(100);
    expect(Object.keys(body[0]!)).toEqual(['sha', 'filename', 'status', 'additions', 'deletions', 'changes', 'blob_url', 'raw_url', 'contents_url', 'patch']);
  });

  test('error bodies: 401 without a token, 404 for an unknown repository, 422 for a duplicate label', async () => {
    expect(await (await get('/repos/Codertocat/Hello-World/labels', false)).json()).toEqual({ message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' });
    const nf = await get('/repos/someone/else/labels');
    expect(nf.status).toBe(404);
    expect(await nf.json()).toMatchObject({ message: 'Not Found', status: '404' });
    double.addLabel('bug');
    const dup = await fetch(`${double.url}/repos/Codertocat/Hello-World/labels`, { method: 'POST', headers: { authorization: `token ${double.token}` }, body: JSON.stringify({ name: 'BUG' }) });
    expect(dup.status).toBe(422);
    expect(await dup.json()).toEqual({ message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }], documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label', status: '422' });
  });
});
