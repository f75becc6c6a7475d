import { statusOf, type GitHub } from './client';

/** GitHub rejects an issue comment body longer than this many characters (422 "body is too long"). */
export const COMMENT_LIMIT = 65_536;

/** The hidden line that identifies one sticky comment; `key` names the action (and whatever else makes it unique). */
export const stickyMarker = (key: string): string => `<!-- mlship:${key.replace(/--+|>/g, '-')} -->`;

const truncatedNote = (where?: string) =>
  `\n\n> [!WARNING]\n> This comment was truncated to fit GitHub's comment size limit (65,536 characters)${where ? `; ${where}` : ''}.\n`;

/**
 * Fits a body into GitHub's comment limit. Keeps the head and the tail (the
 * marker lives on the first line, closing tags and links often on the last
 * ones), cuts the middle, says so, and never splits a surrogate pair.
 * An open ``` fence or <details> inside the cut is closed so the rest renders.
 * `fullReportAt` completes the note, e.g. "the job summary has the full report".
 */
export function fitComment(body: string, limit = COMMENT_LIMIT, fullReportAt?: string): string {
  if (body.length <= limit) return body;
  const TRUNCATED = truncatedNote(fullReportAt);
  const tailLength = Math.min(2000, Math.floor(limit / 8));
  let tail = body.slice(body.length - tailLength);
  const budget = limit - TRUNCATED.length - tail.length - 32;
  if (budget < 0) throw new Error(`fitComment: limit ${limit} is too small`);
  let head = body.slice(0, budget);
  // Do not leave half a surrogate pair or half a line at the cut.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  if (/^[\uDC00-\uDFFF]/.test(tail)) tail = tail.slice(1);
  const lastNewline = head.lastIndexOf('\n');
  if (lastNewline > budget / 2) head = head.slice(0, lastNewline);
  const tailNewline = tail.indexOf('\n');
  if (tailNewline >= 0 && tailNewline < tail.length / 2) tail = tail.slice(tailNewline + 1);
  let closers = '';
  if ((head.match(/^\s*```/gm)?.length ?? 0) % 2 === 1) closers += '\n```';
  const opened = (head.match(/<details[\s>]/g)?.length ?? 0) - (head.match(/<\/details>/g)?.length ?? 0);
  // The tail closes its own <details>; only close what the head opened beyond that.
  const tailCloses = (tail.match(/<\/details>/g)?.length ?? 0) - (tail.match(/<details[\s>]/g)?.length ?? 0);
  for (let i = 0; i < opened - Math.max(0, tailCloses); i++) closers += '\n</details>';
  const out = `${head}${closers}${TRUNCATED}\n${tail}`;
  return out.length <= limit ? out : out.slice(0, limit);
}

export interface IssueComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type?: string } | null;
  created_at?: string;
}

/** Every comment on an issue or pull request, all pages. */
export async function listIssueComments(gh: GitHub, p: { owner: string; repo: string; issueNumber: number }): Promise<IssueComment[]> {
  const items = await gh.paginate(gh.rest.issues.listComments, { owner: p.owner, repo: p.repo, issue_number: p.issueNumber, per_page: 100 });
  return items.map((c) => ({ id: c.id, body: c.body ?? '', html_url: c.html_url, user: c.user ? { login: c.user.login, type: c.user.type } : null, created_at: c.created_at }));
}

/**
 * The login this token acts as: GET /user for a personal token. An Actions
 * or App installation token cannot call it (403 "Resource not accessible by
 * integration"); such tokens act as a bot, so `undefined` means "a bot".
 */
export async function tokenLogin(gh: GitHub): Promise<string | undefined> {
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return data.login;
  } catch (e) {
    const s = statusOf(e);
    if (s === 401 || s === 403 || s === 404) return undefined;
    throw e;
  }
}

/**
 * The sticky comment among `comments`: one carrying the marker and written by
 * `author` (the token's login) or, when that is unknown (Actions and App
 * tokens act as bots), by a bot. Oldest first, so a duplicate created by a
 * race never wins over the original. A person who pastes the marker into a
 * comment of their own does not hijack it: theirs is never edited.
 */
export function pickSticky(comments: IssueComment[], key: string, author?: string): IssueComment | undefined {
  const marker = stickyMarker(key);
  const mine = comments.filter((c) => c.body.includes(marker) && (author ? c.user?.login === author : c.user?.type === 'Bot'));
  return mine.sort((a, b) => a.id - b.id)[0];
}

/** The author to match: given, or a bot when every marked comment is a bot's (no request), or the token's login. */
export async function stickyAuthor(gh: GitHub, comments: IssueComment[], key: string, author?: string): Promise<string | undefined> {
  if (author) return author;
  const marker = stickyMarker(key);
  const marked = comments.filter((c) => c.body.includes(marker));
  if (marked.every((c) => c.user?.type === 'Bot')) return undefined;
  return tokenLogin(gh);
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

export interface UpsertStickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  body: string;
  /** Login that writes the comment; found from the token when omitted (a bot for Actions/App tokens). */
  author?: string;
  /** Comments already listed by the caller (saves a second listing). */
  comments?: IssueComment[];
}

/**
 * One comment per key per pull request, updated in place: found by a hidden
 * marker (all pages searched), edited when the body changed, left alone when
 * not, created when missing. The body gets the marker on its first line and
 * is fitted to GitHub's size limit.
 */
export async function upsertStickyComment(gh: GitHub, p: UpsertStickyComment): Promise<StickyCommentResult> {
  const marker = stickyMarker(p.key);
  const body = fitComment(p.body.includes(marker) ? p.body : `${marker}\n${p.body}`);
  const comments = p.comments ?? (await listIssueComments(gh, p));
  const existing = pickSticky(comments, p.key, await stickyAuthor(gh, comments, p.key, p.author));
  if (existing) {
    if (existing.body === body) return { id: existing.id, url: existing.html_url, action: 'unchanged' };
    const { data } = await gh.rest.issues.updateComment({ owner: p.owner, repo: p.repo, comment_id: existing.id, body });
    return { id: data.id, url: data.html_url, action: 'updated' };
  }
  const { data } = await gh.rest.issues.createComment({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, body });
  return { id: data.id, url: data.html_url, action: 'created' };
}
