/**
 * A contract double of api.github.com (REST, version 2022-11-28) for tests:
 * a real HTTP server on 127.0.0.1 that answers the endpoints mlship uses the
 * way GitHub documents them, because no real GitHub can run here.
 *
 * - Bodies start from GitHub's own examples in @octokit/openapi
 *   (`components.examples`, loaded once, lazily: the file is 13 MB) with the
 *   fields the test's state decides overwritten.
 * - Errors are `{ message, documentation_url, status }` with GitHub's status
 *   codes: 401 without/with a wrong token, 404 for unknown things, 422
 *   "Validation Failed" with `errors[].code` (`already_exists` for a duplicate
 *   label, `invalid` for a bad state), 403 for GET /user with an integration
 *   token.
 * - Releases: POST answers 422 `already_exists` on `tag_name` when the tag
 *   has a release; GET /releases/tags/{tag} and /releases/latest see only
 *   published releases; `make_latest` decides which full release is latest.
 * - Lists paginate with `per_page` (default 30, max 100) and `page`, and a
 *   `Link` header with first/prev/next/last; pull request files stop at 3000.
 * - Faults: the next N requests to a route answer 5xx, a 403/429 secondary
 *   rate limit with `retry-after`, or never answer.
 * - Every request is recorded (method, path, query, parsed body).
 */
import http from 'node:http';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;
type Examples = Record<string, { value: unknown }>;

let examplesCache: Examples | undefined;
/** GitHub's example payloads from the OpenAPI description, parsed once per process. */
export function openapiExamples(): Examples {
  if (!examplesCache) {
    const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    examplesCache = (JSON.parse(fs.readFileSync(file, 'utf8')) as { components: { examples: Examples } }).components.examples;
  }
  return examplesCache;
}
const example = (key: string): Json => {
  const v = openapiExamples()[key]?.value;
  if (v === undefined) throw new Error(`@octokit/openapi has no example "${key}"`);
  return structuredClone((Array.isArray(v) ? v[0] : v) as Json);
};

export interface DoubleUser {
  login: string;
  type: 'User' | 'Bot';
  id?: number;
}

export interface DoubleFile {
  filename: string;
  status?: string;
  additions?: number;
  deletions?: number;
  previous_filename?: string;
}

export interface DoublePull {
  number: number;
  title: string;
  state: 'open' | 'closed';
  author: DoubleUser;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  files: DoubleFile[];
  /** Defaults to files.length; set it above 3000 to model a pull request the files API caps. */
  changedFiles?: number;
  labels: string[];
}

export interface DoubleIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
  user: DoubleUser;
}

export interface DoubleComment {
  id: number;
  issueNumber: number;
  body: string;
  user: DoubleUser;
  createdAt: string;
  updatedAt: string;
}

export interface DoubleLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface DoubleStatus {
  id: number;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
  createdAt: string;
}

export interface DoubleCheckRun {
  id: number;
  head_sha: string;
  name: string;
  status: string;
  conclusion: string | null;
  output: { title?: string | null; summary?: string | null; text?: string | null };
  details_url: string | null;
  started_at: string;
  completed_at: string | null;
}

export interface DoubleDeployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  task: string;
  description: string | null;
  payload: unknown;
  production_environment: boolean;
  transient_environment: boolean;
  statuses: { id: number; state: string; description: string; environment_url: string; log_url: string; createdAt: string }[];
}

export interface GitHubDoubleState {
  owner: string;
  repo: string;
  defaultBranch: string;
  pulls: Map<number, DoublePull>;
  /** Issues that are not pull requests (they share GitHub's number space). */
  issues: Map<number, DoubleIssue>;
  comments: DoubleComment[];
  labels: DoubleLabel[];
  /** Labels on each issue / pull request number. */
  issueLabels: Map<number, string[]>;
  statuses: DoubleStatus[];
  checkRuns: DoubleCheckRun[];
  /** ref (branch name or SHA) → path → file text. */
  contents: Map<string, Map<string, string>>;
  deployments: DoubleDeployment[];
  /** login → permission (admin, maintain, write, triage, read); anyone else has none. */
  collaborators: Map<string, string>;
  releases: DoubleRelease[];
  /** The release GET /releases/latest answers with. */
  latestReleaseId: number | undefined;
}

export interface DoubleRelease {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
  publishedAt: string | null;
}

export type Fault =
  | { kind: 'status'; status: number }
  /** GitHub's secondary rate limit: 403 (or 429) with retry-after seconds. */
  | { kind: 'secondary-rate-limit'; status?: 403 | 429; retryAfter?: number }
  /** Never answer; the client's timeout must fire. */
  | { kind: 'hang' };

export interface RecordedRequest {
  method: string;
  /** Path without the query, percent-decoded. */
  path: string;
  query: Record<string, string>;
  /** The route template that answered, e.g. `GET /repos/{owner}/{repo}/pulls/{pull_number}/files`. */
  route: string;
  body: unknown;
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Date.now() when the request arrived and when it was answered (0 while hanging). */
  at: number;
  answeredAt: number;
}

export interface GitHubDoubleOptions {
  owner?: string;
  repo?: string;
  /** Token the server accepts; default "test-token". */
  token?: string;
  /** Who the token acts as; default github-actions[bot] (an integration token: GET /user answers 403). */
  tokenUser?: DoubleUser;
  /** A read-only token (a pull_request from a fork): every write answers 403 "Resource not accessible by integration". */
  readOnly?: boolean;
}

// Plain fields, no parameter properties: the bench loads this file with Node's type stripping.
class HttpError extends Error {
  readonly status: number;
  readonly extra: Json;
  readonly docs: string;
  constructor(status: number, message: string, extra: Json = {}, docs = 'https://docs.github.com/rest') {
    super(message);
    this.status = status;
    this.extra = extra;
    this.docs = docs;
  }
}

const notFound = (docs?: string) => new HttpError(404, 'Not Found', {}, docs);
const validation = (resource: string, field: string, code: string, docs?: string) =>
  new HttpError(422, 'Validation Failed', { errors: [{ resource, code, field }] }, docs);

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  keys: string[];
  handle: (ctx: HandlerContext) => { status?: number; body: unknown; headers?: Record<string, string> } | RawReply;
}
interface RawReply {
  raw: string;
  status?: number;
  contentType: string;
}
interface HandlerContext {
  params: Record<string, string>;
  query: Record<string, string>;
  body: Json;
  headers: http.IncomingHttpHeaders;
  /** Absolute URL of this request without the query, for Link headers. */
  selfUrl: string;
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export async function startGitHubDouble(options: GitHubDoubleOptions = {}) {
  const token = options.token ?? 'test-token';
  const tokenUser: DoubleUser = options.tokenUser ?? { login: 'github-actions[bot]', type: 'Bot', id: 41898282 };
  const state: GitHubDoubleState = {
    owner: options.owner ?? 'Codertocat',
    repo: options.repo ?? 'Hello-World',
    defaultBranch: 'main',
    pulls: new Map(),
    issues: new Map(),
    comments: [],
    labels: [],
    issueLabels: new Map(),
    statuses: [],
    checkRuns: [],
    contents: new Map(),
    deployments: [],
    collaborators: new Map(),
    releases: [],
    latestReleaseId: undefined,
  };
  const requests: RecordedRequest[] = [];
  const faults: { route: string; fault: Fault; remaining: number }[] = [];
  const hung = new Set<http.ServerResponse>();
  let nextId = 1000;
  let base = '';

  const userJson = (u: DoubleUser): Json => ({
    ...example('simple-user'),
    login: u.login,
    id: u.id ?? 1,
    type: u.type,
    url: `${base}/users/${encodeURIComponent(u.login)}`,
    html_url: `https://github.com/${u.login}`,
  });
  const repoPath = () => `${base}/repos/${state.owner}/${state.repo}`;
  const htmlRepo = () => `https://github.com/${state.owner}/${state.repo}`;
  const labelJson = (l: DoubleLabel): Json => ({ ...example('label'), id: l.id, name: l.name, color: l.color, description: l.description, default: false, url: `${repoPath()}/labels/${encodeURIComponent(l.name)}` });
  const commentJson = (c: DoubleComment): Json => ({
    ...example('issue-comment'),
    id: c.id,
    body: c.body,
    user: userJson(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    url: `${repoPath()}/issues/comments/${c.id}`,
    html_url: `${htmlRepo()}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${repoPath()}/issues/${c.issueNumber}`,
  });
  const issueJson = (i: DoubleIssue): Json => {
    const { pull_request: _, ...plain } = example('issue');
    return {
      ...plain,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      user: userJson(i.user),
      labels: i.labels.map((name) => labelJson(state.labels.find((l) => l.name === name) ?? { id: 0, name, color: 'ededed', description: null })),
      url: `${repoPath()}/issues/${i.number}`,
      html_url: `${htmlRepo()}/issues/${i.number}`,
      comments_url: `${repoPath()}/issues/${i.number}/comments`,
    };
  };
  const checkRunJson = (r: DoubleCheckRun): Json => ({
    ...example('check-run'),
    ...r,
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${repoPath()}/check-runs/${r.id}/annotations`, ...r.output },
    url: `${repoPath()}/check-runs/${r.id}`,
    html_url: `${htmlRepo()}/runs/${r.id}`,
  });
  const deploymentJson = (d: DoubleDeployment): Json => ({
    ...example('deployment'),
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    environment: d.environment,
    original_environment: d.environment,
    description: d.description,
    production_environment: d.production_environment,
    transient_environment: d.transient_environment,
    creator: userJson(tokenUser),
    url: `${repoPath()}/deployments/${d.id}`,
    statuses_url: `${repoPath()}/deployments/${d.id}/statuses`,
    repository_url: repoPath(),
  });
  const labelByName = (name: string) => state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  const pullOr404 = (n: string, docs?: string) => {
    const pr = state.pulls.get(Number(n));
    if (!pr) throw notFound(docs);
    return pr;
  };
  const checkRepo = (p: Record<string, string>) => {
    if (p.owner !== state.owner || p.repo !== state.repo) throw notFound();
  };

  /** One page of `items` by per_page/page with GitHub's Link header. */
  const paginate = <T>(ctx: HandlerContext, items: T[], docs: string) => {
    const perPageRaw = ctx.query.per_page !== undefined ? Number(ctx.query.per_page) : 30;
    const page = ctx.query.page !== undefined ? Math.max(1, Math.floor(Number(ctx.query.page)) || 1) : 1;
    if (!Number.isFinite(perPageRaw)) throw new HttpError(422, 'Invalid per_page', {}, docs);
    const perPage = Math.min(100, Math.max(1, Math.floor(perPageRaw)));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams({ ...ctx.query, per_page: String(perPage), page: String(p) });
      return `<${ctx.selfUrl}?${q}>; rel="${rel}"`;
    };
    const links: string[] = [];
    const headers: Record<string, string> = {};
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    if (links.length) headers.link = links.join(', ');
    return { slice, headers };
  };

  const R = '/repos/{owner}/{repo}';
  const routes: Route[] = [];
  const route = (method: string, template: string, handle: Route['handle']) => {
    const keys: string[] = [];
    const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, k: string) => {
      keys.push(k);
      return k === 'path' ? '(.+)' : '([^/]+)';
    });
    routes.push({ method, template, regex: new RegExp(`^${pattern}$`), keys, handle });
  };

  route('GET', '/user', () => {
    if (tokenUser.type === 'Bot') throw new HttpError(403, 'Resource not accessible by integration', {}, 'https://docs.github.com/rest/users/users#get-the-authenticated-user');
    return { body: { ...example('private-user'), login: tokenUser.login, id: tokenUser.id ?? 1, type: 'User' } };
  });

  route('GET', `${R}/pulls/{pull_number}`, ({ params }) => {
    checkRepo(params);
    const pr = pullOr404(params.pull_number, 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request');
    const ex = example('pull-request') as Json & { head: Json; base: Json };
    return {
      body: {
        ...ex,
        number: pr.number,
        state: pr.state,
        title: pr.title,
        user: userJson(pr.author),
        labels: pr.labels.map((n) => labelJson(labelByName(n) ?? { id: 0, name: n, color: 'ededed', description: null })),
        head: { ...ex.head, sha: pr.headSha, ref: pr.headRef, label: `${state.owner}:${pr.headRef}` },
        base: { ...ex.base, sha: pr.baseSha, ref: pr.baseRef, label: `${state.owner}:${pr.baseRef}` },
        changed_files: pr.changedFiles ?? pr.files.length,
        url: `${repoPath()}/pulls/${pr.number}`,
        html_url: `${htmlRepo()}/pull/${pr.number}`,
      },
    };
  });

  route('GET', `${R}/pulls/{pull_number}/files`, (ctx) => {
    checkRepo(ctx.params);
    const docs = 'https://docs.github.com/rest/pulls/pulls#list-pull-requests-files';
    const pr = pullOr404(ctx.params.pull_number, docs);
    const template = example('diff-entry-items');
    // GitHub lists at most 3000 files of a pull request.
    const { slice, headers } = paginate(ctx, pr.files.slice(0, 3000), docs);
    const body = slice.map((f) => {
      const additions = f.additions ?? 1;
      const deletions = f.deletions ?? 0;
      return {
        ...template,
        filename: f.filename,
        status: f.status ?? 'modified',
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: `${htmlRepo()}/blob/${pr.headSha}/${encodeURI(f.filename)}`,
        raw_url: `${htmlRepo()}/raw/${pr.headSha}/${encodeURI(f.filename)}`,
        contents_url: `${repoPath()}/contents/${encodeURI(f.filename)}?ref=${pr.headSha}`,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
      };
    });
    return { body, headers };
  });

  // Issues and pull requests share the list, as on GitHub; a pull request carries `pull_request`.
  route('GET', `${R}/issues`, (ctx) => {
    checkRepo(ctx.params);
    const wantState = ctx.query.state ?? 'open';
    const wantLabels = (ctx.query.labels ?? '').split(',').map((l) => l.trim()).filter(Boolean);
    const pulls: DoubleIssue[] = [...state.pulls.values()].map((p) => ({ number: p.number, title: p.title, body: '', labels: state.issueLabels.get(p.number) ?? p.labels, state: p.state, user: p.author }));
    const items = [...state.issues.values(), ...pulls]
      .filter((i) => (wantState === 'all' || i.state === wantState) && wantLabels.every((l) => i.labels.includes(l)))
      .sort((a, b) => b.number - a.number);
    const { slice, headers } = paginate(ctx, items, 'https://docs.github.com/rest/issues/issues#list-repository-issues');
    return { body: slice.map((i) => (state.pulls.has(i.number) ? { ...issueJson(i), pull_request: { url: `${repoPath()}/pulls/${i.number}` } } : issueJson(i))), headers };
  });

  route('POST', `${R}/issues`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/issues/issues#create-an-issue';
    if (typeof body.title !== 'string' || body.title === '') throw validation('Issue', 'title', 'missing_field', docs);
    const labels = Array.isArray(body.labels) ? body.labels.map((l) => String(typeof l === 'object' && l ? (l as { name?: unknown }).name : l)) : [];
    // With push access, GitHub creates labels an issue names that do not exist yet.
    for (const name of labels) if (!state.labels.some((l) => l.name === name)) state.labels.push({ id: ++nextId, name, color: 'ededed', description: null });
    const number = Math.max(0, ...state.pulls.keys(), ...state.issues.keys()) + 1;
    const issue: DoubleIssue = { number, title: body.title, body: typeof body.body === 'string' ? body.body : '', labels, state: 'open', user: tokenUser };
    state.issues.set(number, issue);
    return { status: 201, body: issueJson(issue) };
  });

  route('GET', `${R}/issues/{issue_number}/comments`, (ctx) => {
    checkRepo(ctx.params);
    const n = Number(ctx.params.issue_number);
    const items = state.comments.filter((c) => c.issueNumber === n).sort((a, b) => a.id - b.id);
    const { slice, headers } = paginate(ctx, items, 'https://docs.github.com/rest/issues/comments#list-issue-comments');
    return { body: slice.map(commentJson), headers };
  });

  route('POST', `${R}/issues/{issue_number}/comments`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/issues/comments#create-an-issue-comment';
    const n = Number(params.issue_number);
    if (!state.pulls.has(n) && !state.issues.has(n)) throw notFound(docs);
    if (typeof body.body !== 'string' || body.body === '') throw validation('IssueComment', 'body', 'missing_field', docs);
    if (body.body.length > 65536) throw validation('IssueComment', 'body', 'custom', docs);
    const c: DoubleComment = { id: ++nextId, issueNumber: n, body: body.body, user: tokenUser, createdAt: now(), updatedAt: now() };
    state.comments.push(c);
    return { status: 201, body: commentJson(c) };
  });

  route('GET', `${R}/issues/comments/{comment_id}`, ({ params }) => {
    checkRepo(params);
    const c = state.comments.find((x) => x.id === Number(params.comment_id));
    if (!c) throw notFound('https://docs.github.com/rest/issues/comments#get-an-issue-comment');
    return { body: commentJson(c) };
  });

  route('PATCH', `${R}/issues/comments/{comment_id}`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/issues/comments#update-an-issue-comment';
    const c = state.comments.find((x) => x.id === Number(params.comment_id));
    if (!c) throw notFound(docs);
    if (typeof body.body !== 'string' || body.body === '') throw validation('IssueComment', 'body', 'missing_field', docs);
    if (body.body.length > 65536) throw validation('IssueComment', 'body', 'custom', docs);
    c.body = body.body;
    c.updatedAt = now();
    return { body: commentJson(c) };
  });

  route('GET', `${R}/labels`, (ctx) => {
    checkRepo(ctx.params);
    const { slice, headers } = paginate(ctx, state.labels, 'https://docs.github.com/rest/issues/labels#list-labels-for-a-repository');
    return { body: slice.map(labelJson), headers };
  });

  route('GET', `${R}/labels/{name}`, ({ params }) => {
    checkRepo(params);
    const l = labelByName(params.name);
    if (!l) throw notFound('https://docs.github.com/rest/issues/labels#get-a-label');
    return { body: labelJson(l) };
  });

  route('POST', `${R}/labels`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/issues/labels#create-a-label';
    if (typeof body.name !== 'string' || !body.name) throw validation('Label', 'name', 'missing_field', docs);
    if (body.color !== undefined && !/^[0-9a-fA-F]{6}$/.test(String(body.color))) throw validation('Label', 'color', 'invalid', docs);
    if (labelByName(body.name)) throw validation('Label', 'name', 'already_exists', docs);
    const l: DoubleLabel = { id: ++nextId, name: body.name, color: String(body.color ?? 'ededed').toLowerCase(), description: typeof body.description === 'string' ? body.description : null };
    state.labels.push(l);
    return { status: 201, body: labelJson(l) };
  });

  route('GET', `${R}/issues/{issue_number}/labels`, (ctx) => {
    checkRepo(ctx.params);
    const names = state.issueLabels.get(Number(ctx.params.issue_number)) ?? [];
    const { slice, headers } = paginate(ctx, names.map((n) => labelByName(n)!).filter(Boolean), 'https://docs.github.com/rest/issues/labels#list-labels-for-an-issue');
    return { body: slice.map(labelJson), headers };
  });

  route('POST', `${R}/issues/{issue_number}/labels`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/issues/labels#add-labels-to-an-issue';
    const n = Number(params.issue_number);
    if (!state.pulls.has(n)) throw notFound(docs);
    const names = Array.isArray(body.labels) ? body.labels : null;
    if (!names || names.some((x) => typeof x !== 'string')) throw validation('Label', 'labels', 'invalid', docs);
    const current = state.issueLabels.get(n) ?? [];
    for (const name of names as string[]) {
      // GitHub creates a label that does not exist yet, with the default colour.
      if (!labelByName(name)) state.labels.push({ id: ++nextId, name, color: 'ededed', description: null });
      if (!current.some((c) => c.toLowerCase() === name.toLowerCase())) current.push(labelByName(name)!.name);
    }
    state.issueLabels.set(n, current);
    const pr = state.pulls.get(n);
    if (pr) pr.labels = [...current];
    return { body: current.map((x) => labelJson(labelByName(x)!)) };
  });

  route('POST', `${R}/statuses/{sha}`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/commits/statuses#create-a-commit-status';
    if (!['error', 'failure', 'pending', 'success'].includes(String(body.state))) throw validation('Status', 'state', 'invalid', docs);
    if (typeof body.description === 'string' && body.description.length > 140) throw validation('Status', 'description', 'custom', docs);
    const s: DoubleStatus = {
      id: ++nextId,
      sha: params.sha,
      state: String(body.state),
      context: typeof body.context === 'string' ? body.context : 'default',
      description: typeof body.description === 'string' ? body.description : null,
      target_url: typeof body.target_url === 'string' ? body.target_url : null,
      createdAt: now(),
    };
    state.statuses.push(s);
    return { status: 201, body: { ...example('status'), id: s.id, state: s.state, context: s.context, description: s.description, target_url: s.target_url, created_at: s.createdAt, updated_at: s.createdAt, url: `${repoPath()}/statuses/${s.sha}`, creator: userJson(tokenUser) } };
  });

  route('GET', `${R}/commits/{ref}/statuses`, (ctx) => {
    checkRepo(ctx.params);
    const items = state.statuses.filter((s) => s.sha === ctx.params.ref).reverse();
    const { slice, headers } = paginate(ctx, items, 'https://docs.github.com/rest/commits/statuses#list-commit-statuses-for-a-reference');
    return { body: slice.map((s) => ({ ...example('status'), id: s.id, state: s.state, context: s.context, description: s.description, target_url: s.target_url, created_at: s.createdAt })), headers };
  });

  route('POST', `${R}/check-runs`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/checks/runs#create-a-check-run';
    if (typeof body.name !== 'string' || !body.name) throw validation('CheckRun', 'name', 'missing_field', docs);
    if (typeof body.head_sha !== 'string' || !body.head_sha) throw validation('CheckRun', 'head_sha', 'missing_field', docs);
    const r = applyCheckRun({ id: ++nextId, head_sha: body.head_sha, name: body.name, status: 'queued', conclusion: null, output: {}, details_url: null, started_at: now(), completed_at: null }, body, docs);
    state.checkRuns.push(r);
    return { status: 201, body: checkRunJson(r) };
  });

  route('PATCH', `${R}/check-runs/{check_run_id}`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/checks/runs#update-a-check-run';
    const r = state.checkRuns.find((x) => x.id === Number(params.check_run_id));
    if (!r) throw notFound(docs);
    applyCheckRun(r, body, docs);
    return { body: checkRunJson(r) };
  });

  route('GET', `${R}/commits/{ref}/check-runs`, (ctx) => {
    checkRepo(ctx.params);
    const items = state.checkRuns.filter((r) => r.head_sha === ctx.params.ref && (!ctx.query.check_name || r.name === ctx.query.check_name)).reverse();
    const { slice, headers } = paginate(ctx, items, 'https://docs.github.com/rest/checks/runs#list-check-runs-for-a-git-reference');
    return { body: { total_count: items.length, check_runs: slice.map(checkRunJson) }, headers };
  });

  route('GET', `${R}/contents/{path}`, ({ params, query, headers }) => {
    checkRepo(params);
    const ref = query.ref ?? state.defaultBranch;
    const text = state.contents.get(ref)?.get(params.path);
    if (text === undefined) throw notFound('https://docs.github.com/rest/repos/contents#get-repository-content');
    if (/application\/vnd\.github(\.v3)?\.raw/.test(String(headers.accept ?? ''))) return { raw: text, contentType: 'application/vnd.github.raw; charset=utf-8' };
    const bytes = Buffer.from(text, 'utf8');
    const name = params.path.split('/').pop()!;
    // GitHub wraps base64 content at 60 characters.
    const content = (bytes.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (bytes.length ? '\n' : '');
    return {
      body: {
        ...example('content-file'),
        name,
        path: params.path,
        size: bytes.length,
        content,
        encoding: 'base64',
        url: `${repoPath()}/contents/${params.path}?ref=${ref}`,
        html_url: `${htmlRepo()}/blob/${ref}/${params.path}`,
      },
    };
  });

  route('POST', `${R}/deployments`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/deployments/deployments#create-a-deployment';
    if (typeof body.ref !== 'string' || !body.ref) throw validation('Deployment', 'ref', 'missing_field', docs);
    const environment = typeof body.environment === 'string' ? body.environment : 'production';
    const d: DoubleDeployment = {
      id: ++nextId,
      ref: body.ref,
      sha: /^[0-9a-f]{40}$/.test(body.ref) ? body.ref : 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
      environment,
      task: typeof body.task === 'string' ? body.task : 'deploy',
      description: typeof body.description === 'string' ? body.description : null,
      payload: body.payload ?? {},
      production_environment: typeof body.production_environment === 'boolean' ? body.production_environment : environment === 'production',
      transient_environment: body.transient_environment === true,
      statuses: [],
    };
    state.deployments.push(d);
    return { status: 201, body: deploymentJson(d) };
  });

  route('GET', `${R}/deployments`, (ctx) => {
    checkRepo(ctx.params);
    const items = state.deployments.filter((d) => (!ctx.query.environment || d.environment === ctx.query.environment) && (!ctx.query.ref || d.ref === ctx.query.ref)).reverse();
    const { slice, headers } = paginate(ctx, items, 'https://docs.github.com/rest/deployments/deployments#list-deployments');
    return { body: slice.map(deploymentJson), headers };
  });

  route('POST', `${R}/deployments/{deployment_id}/statuses`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/deployments/statuses#create-a-deployment-status';
    const d = state.deployments.find((x) => x.id === Number(params.deployment_id));
    if (!d) throw notFound(docs);
    const states = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];
    if (!states.includes(String(body.state))) throw validation('DeploymentStatus', 'state', 'invalid', docs);
    const s = {
      id: ++nextId,
      state: String(body.state),
      description: typeof body.description === 'string' ? body.description : '',
      environment_url: typeof body.environment_url === 'string' ? body.environment_url : '',
      log_url: typeof body.log_url === 'string' ? body.log_url : '',
      createdAt: now(),
    };
    d.statuses.push(s);
    // auto_inactive (default true): a success marks earlier non-transient, non-production deployments to the environment inactive.
    if (s.state === 'success' && body.auto_inactive !== false) {
      for (const other of state.deployments) {
        if (other !== d && other.environment === d.environment && !other.transient_environment && !other.production_environment) {
          other.statuses.push({ id: ++nextId, state: 'inactive', description: '', environment_url: '', log_url: '', createdAt: now() });
        }
      }
    }
    return { status: 201, body: deploymentStatusJson(d, s) };
  });

  route('GET', `${R}/deployments/{deployment_id}/statuses`, (ctx) => {
    checkRepo(ctx.params);
    const d = state.deployments.find((x) => x.id === Number(ctx.params.deployment_id));
    if (!d) throw notFound('https://docs.github.com/rest/deployments/statuses#list-deployment-statuses');
    const { slice, headers } = paginate(ctx, [...d.statuses].reverse(), 'https://docs.github.com/rest/deployments/statuses#list-deployment-statuses');
    return { body: slice.map((s) => deploymentStatusJson(d, s)), headers };
  });

  route('GET', `${R}/collaborators/{username}/permission`, ({ params }) => {
    checkRepo(params);
    const permission = state.collaborators.get(params.username) ?? 'none';
    const ex = example('repository-collaborator-permission-response-if-user-has-admin-permissions');
    const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
    return { body: { ...ex, permission: legacy, role_name: permission, user: { ...userJson({ login: params.username, type: 'User' }), permissions: { admin: permission === 'admin', maintain: ['admin', 'maintain'].includes(permission), push: ['admin', 'maintain', 'write'].includes(permission), triage: permission !== 'read' && permission !== 'none', pull: permission !== 'none' } } } };
  });

  const releaseJson = (r: DoubleRelease): Json => ({
    ...example('release'),
    id: r.id,
    node_id: Buffer.from(`07:Release${r.id}`).toString('base64'),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    author: userJson(tokenUser),
    assets: [],
    url: `${repoPath()}/releases/${r.id}`,
    html_url: `${htmlRepo()}/releases/${r.draft ? `untagged-${r.id}` : `tag/${encodeURIComponent(r.tag_name)}`}`,
    assets_url: `${repoPath()}/releases/${r.id}/assets`,
    upload_url: `${base}/repos/${state.owner}/${state.repo}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${repoPath()}/tarball/${encodeURIComponent(r.tag_name)}`,
    zipball_url: `${repoPath()}/zipball/${encodeURIComponent(r.tag_name)}`,
  });
  /** Which release is latest after `r` was written with `make_latest` (GitHub: drafts and pre-releases never are). */
  const checkMakeLatest = (makeLatest: unknown, docs: string) => {
    if (makeLatest !== undefined && !['true', 'false', 'legacy'].includes(String(makeLatest))) throw validation('Release', 'make_latest', 'invalid', docs);
  };
  const applyMakeLatest = (r: DoubleRelease, makeLatest: unknown, newlyPublished: boolean) => {
    if (r.draft || r.prerelease) {
      if (state.latestReleaseId === r.id) state.latestReleaseId = undefined;
      return;
    }
    // Defaults to true for a newly published release; an update leaves "latest" alone unless asked.
    const mode = makeLatest === undefined ? (newlyPublished ? 'true' : 'keep') : String(makeLatest);
    if (mode === 'true') state.latestReleaseId = r.id;
    if (mode === 'legacy') {
      // Legacy: the most recently created full release.
      const full = state.releases.filter((x) => !x.draft && !x.prerelease);
      state.latestReleaseId = full.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id).pop()?.id;
    }
  };
  const stringOr = (v: unknown, fallback: string | null) => (typeof v === 'string' ? v : fallback);

  route('POST', `${R}/releases`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/releases/releases#create-a-release';
    if (typeof body.tag_name !== 'string' || !body.tag_name) throw validation('Release', 'tag_name', 'missing_field', docs);
    if (state.releases.some((r) => r.tag_name === body.tag_name && !r.draft)) throw validation('Release', 'tag_name', 'already_exists', docs);
    checkMakeLatest(body.make_latest, docs);
    const draft = body.draft === true;
    const r: DoubleRelease = {
      id: ++nextId,
      tag_name: body.tag_name,
      target_commitish: stringOr(body.target_commitish, state.defaultBranch)!,
      name: stringOr(body.name, body.tag_name),
      body: stringOr(body.body, null),
      draft,
      prerelease: body.prerelease === true,
      createdAt: now(),
      publishedAt: draft ? null : now(),
    };
    state.releases.push(r);
    applyMakeLatest(r, body.make_latest, true);
    return { status: 201, body: releaseJson(r) };
  });

  route('GET', `${R}/releases/tags/{tag}`, ({ params }) => {
    checkRepo(params);
    const r = state.releases.find((x) => x.tag_name === params.tag && !x.draft);
    if (!r) throw notFound('https://docs.github.com/rest/releases/releases#get-a-release-by-tag-name');
    return { body: releaseJson(r) };
  });

  route('GET', `${R}/releases/latest`, ({ params }) => {
    checkRepo(params);
    const r = state.releases.find((x) => x.id === state.latestReleaseId);
    if (!r) throw notFound('https://docs.github.com/rest/releases/releases#get-the-latest-release');
    return { body: releaseJson(r) };
  });

  route('PATCH', `${R}/releases/{release_id}`, ({ params, body }) => {
    checkRepo(params);
    const docs = 'https://docs.github.com/rest/releases/releases#update-a-release';
    const r = state.releases.find((x) => x.id === Number(params.release_id));
    if (!r) throw notFound(docs);
    if (typeof body.tag_name === 'string' && body.tag_name !== r.tag_name && state.releases.some((x) => x.tag_name === body.tag_name && !x.draft)) {
      throw validation('Release', 'tag_name', 'already_exists', docs);
    }
    checkMakeLatest(body.make_latest, docs);
    if (typeof body.tag_name === 'string' && body.tag_name) r.tag_name = body.tag_name;
    if (typeof body.target_commitish === 'string') r.target_commitish = body.target_commitish;
    if (body.name !== undefined) r.name = stringOr(body.name, null);
    if (body.body !== undefined) r.body = stringOr(body.body, null);
    if (typeof body.prerelease === 'boolean') r.prerelease = body.prerelease;
    const publishing = r.draft && body.draft === false;
    if (typeof body.draft === 'boolean') r.draft = body.draft;
    if (publishing) r.publishedAt = now();
    applyMakeLatest(r, body.make_latest, publishing);
    return { body: releaseJson(r) };
  });

  function deploymentStatusJson(d: DoubleDeployment, s: DoubleDeployment['statuses'][number]): Json {
    return {
      ...example('deployment-status'),
      id: s.id,
      state: s.state,
      description: s.description,
      environment: d.environment,
      environment_url: s.environment_url,
      log_url: s.log_url,
      target_url: s.log_url,
      created_at: s.createdAt,
      updated_at: s.createdAt,
      creator: userJson(tokenUser),
      url: `${repoPath()}/deployments/${d.id}/statuses/${s.id}`,
      deployment_url: `${repoPath()}/deployments/${d.id}`,
      repository_url: repoPath(),
    };
  }

  function applyCheckRun(r: DoubleCheckRun, body: Json, docs: string): DoubleCheckRun {
    const conclusions = ['action_required', 'cancelled', 'failure', 'neutral', 'success', 'skipped', 'stale', 'timed_out'];
    if (body.conclusion !== undefined && !conclusions.includes(String(body.conclusion))) throw validation('CheckRun', 'conclusion', 'invalid', docs);
    if (body.status !== undefined && !['queued', 'in_progress', 'completed'].includes(String(body.status))) throw validation('CheckRun', 'status', 'invalid', docs);
    if (body.status === 'completed' && body.conclusion === undefined) throw validation('CheckRun', 'conclusion', 'missing_field', docs);
    if (typeof body.status === 'string') r.status = body.status;
    if (body.conclusion !== undefined) {
      // Giving a conclusion completes the run, as on GitHub.
      r.conclusion = String(body.conclusion);
      r.status = 'completed';
      r.completed_at = typeof body.completed_at === 'string' ? body.completed_at : now();
    } else if (r.status !== 'completed') {
      r.conclusion = null;
      r.completed_at = null;
    }
    if (body.output && typeof body.output === 'object') {
      const o = body.output as Json;
      for (const k of ['title', 'summary', 'text'] as const) {
        if (typeof o[k] === 'string' && (o[k] as string).length > 65535) throw validation('CheckRun', `output.${k}`, 'custom', docs);
      }
      r.output = { title: (o.title as string) ?? null, summary: (o.summary as string) ?? null, text: (o.text as string) ?? null };
    }
    if (typeof body.details_url === 'string') r.details_url = body.details_url;
    return r;
  }

  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-github-request-id': `0000:${(++nextId).toString(16).toUpperCase()}`,
      ...headers,
    });
    res.end(text);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const method = req.method ?? 'GET';
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Json = {};
      const query = Object.fromEntries(url.searchParams);
      const record: RecordedRequest = { method, path: safeDecode(url.pathname), query, route: '', body: undefined, status: 0, headers: req.headers, at: Date.now(), answeredAt: 0 };
      requests.push(record);
      const reply = (status: number, payload: unknown, headers?: Record<string, string>) => {
        record.status = status;
        record.answeredAt = Date.now();
        send(res, status, payload, headers);
      };
      try {
        if (raw) {
          try {
            body = JSON.parse(raw) as Json;
          } catch {
            record.body = raw;
            throw new HttpError(400, 'Problems parsing JSON');
          }
        }
        record.body = raw ? body : undefined;
        let match: { r: Route; params: Record<string, string> } | undefined;
        for (const r of routes) {
          if (r.method !== method) continue;
          // Match on the raw path so %2F inside {path} or a label name stays one segment, then decode.
          const m = r.regex.exec(url.pathname);
          if (m) {
            match = { r, params: Object.fromEntries(r.keys.map((k, i) => [k, safeDecode(m[i + 1]!)])) };
            break;
          }
        }
        if (!match) {
          const pathOnly = routes.find((r) => r.regex.test(url.pathname));
          throw pathOnly ? new HttpError(404, 'Not Found') : notFound();
        }
        record.route = `${method} ${match.r.template}`;
        const auth = String(req.headers.authorization ?? '');
        if (!auth) throw new HttpError(401, 'Requires authentication');
        if (auth !== `token ${token}` && auth !== `Bearer ${token}`) throw new HttpError(401, 'Bad credentials');
        if (options.readOnly && method !== 'GET' && method !== 'HEAD') throw new HttpError(403, 'Resource not accessible by integration', {}, 'https://docs.github.com/rest');
        const fault = faults.find((f) => f.remaining > 0 && (f.route === '*' || f.route === record.route));
        if (fault) {
          fault.remaining--;
          const f = fault.fault;
          if (f.kind === 'hang') {
            record.status = -1;
            hung.add(res);
            return;
          }
          if (f.kind === 'status') {
            reply(f.status, { message: f.status === 502 ? 'Server Error' : f.status === 503 ? 'Service Unavailable' : 'Internal Server Error', documentation_url: 'https://docs.github.com/rest', status: String(f.status) });
            return;
          }
          reply(
            f.status ?? 403,
            {
              message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:1111.',
              documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
              status: String(f.status ?? 403),
            },
            { 'retry-after': String(f.retryAfter ?? 1) },
          );
          return;
        }
        const out = match.r.handle({ params: match.params, query, body, headers: req.headers, selfUrl: `${base}${url.pathname}` });
        if ('raw' in out) {
          record.status = out.status ?? 200;
          record.answeredAt = Date.now();
          res.writeHead(record.status, { 'content-type': out.contentType });
          res.end(out.raw);
          return;
        }
        reply(out.status ?? 200, out.body, out.headers);
      } catch (e) {
        if (e instanceof HttpError) reply(e.status, { message: e.message, ...e.extra, documentation_url: e.docs, status: String(e.status) });
        else reply(500, { message: `double: ${(e as Error).message}`, documentation_url: 'https://docs.github.com/rest' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    /** Base URL to use as GITHUB_API_URL. */
    url: base,
    token,
    tokenUser,
    state,
    requests,
    /** The next `times` requests to `route` (`'GET /repos/{owner}/{repo}/pulls/{pull_number}/files'`, or `'*'`) get `fault`. */
    inject(routeKey: string, fault: Fault, times = 1) {
      if (routeKey !== '*' && !routes.some((r) => `${r.method} ${r.template}` === routeKey)) throw new Error(`no such route in the GitHub double: ${routeKey}`);
      faults.push({ route: routeKey, fault, remaining: times });
    },
    addPullRequest(p: Partial<Omit<DoublePull, 'files'>> & { number: number; files?: (string | DoubleFile)[] }): DoublePull {
      const pr: DoublePull = {
        title: 'Update the README with new information',
        state: 'open',
        author: { login: 'Codertocat', type: 'User', id: 21031067 },
        headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
        headRef: 'changes',
        baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
        baseRef: 'master',
        labels: [],
        ...p,
        files: (p.files ?? []).map((f) => (typeof f === 'string' ? { filename: f } : f)),
      };
      state.pulls.set(pr.number, pr);
      state.issueLabels.set(pr.number, [...pr.labels]);
      return pr;
    },
    addComment(issueNumber: number, body: string, user: DoubleUser): DoubleComment {
      const c: DoubleComment = { id: ++nextId, issueNumber, body, user, createdAt: now(), updatedAt: now() };
      state.comments.push(c);
      return c;
    },
    addLabel(name: string, color = 'ededed', description: string | null = null): DoubleLabel {
      const l: DoubleLabel = { id: ++nextId, name, color, description };
      state.labels.push(l);
      return l;
    },
    setFile(ref: string, filePath: string, text: string) {
      const files = state.contents.get(ref) ?? new Map<string, string>();
      files.set(filePath, text);
      state.contents.set(ref, files);
    },
    /** Requests answered by `route` (a template as in inject). */
    requestsTo(routeKey: string): RecordedRequest[] {
      return requests.filter((r) => r.route === routeKey);
    },
    async close() {
      for (const res of hung) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type GitHubDouble = Awaited<ReturnType<typeof startGitHubDouble>>;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
