// @ts-check
/**
 * The GitHub release of a tag, created or updated through the REST API
 * (version 2022-11-28) at GITHUB_API_URL, so a re-run of a release updates
 * the release it made instead of failing.
 */
import { ReleaseError } from './errors.js';

/**
 * @typedef {object} ReleaseFields
 * @property {string} tag_name
 * @property {string} name
 * @property {string} body
 * @property {boolean} prerelease
 * @property {'true' | 'false'} make_latest
 */

/**
 * @typedef {object} GitHubTarget
 * @property {string} apiUrl      e.g. https://api.github.com
 * @property {string} repository  owner/repo
 * @property {string} token
 */

/** 5xx and secondary rate limits are GitHub's to recover from: wait and ask again. */
const ATTEMPTS = 4;

/**
 * @param {GitHubTarget} target
 * @param {string} method
 * @param {string} route   e.g. /releases/tags/{tag}, already filled in
 * @param {unknown} [body]
 * @returns {Promise<{ status: number, json: any }>}
 */
async function request(target, method, route, body) {
  const url = `${target.apiUrl.replace(/\/+$/, '')}/repos/${target.repository}${route}`;
  for (let attempt = 1; ; attempt++) {
    /** @type {Response} */
    let res;
    try {
      res = await fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${target.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'mlship-release',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      const cause = /** @type {{ cause?: { code?: string } }} */ (e).cause?.code ?? /** @type {Error} */ (e).message;
      if (attempt < ATTEMPTS) {
        await sleep(attempt);
        continue;
      }
      throw new ReleaseError(`cannot reach the GitHub API at ${target.apiUrl} (${cause}): check GITHUB_API_URL and the network`);
    }
    const text = await res.text();
    /** @type {any} */
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const rateLimited = (res.status === 403 || res.status === 429) && (res.headers.get('retry-after') !== null || /secondary rate limit/i.test(json?.message ?? ''));
    if ((res.status >= 500 || rateLimited) && attempt < ATTEMPTS) {
      await sleep(attempt, Number(res.headers.get('retry-after') ?? 0));
      continue;
    }
    return { status: res.status, json };
  }
}

/**
 * @param {number} attempt
 * @param {number} [retryAfterSeconds]
 */
const sleep = (attempt, retryAfterSeconds = 0) => new Promise((r) => setTimeout(r, Math.min(60, Math.max(retryAfterSeconds, attempt)) * 1000));

/**
 * One line for an answer that is not what the step needs, with what to do about it.
 * @param {GitHubTarget} target
 * @param {string} what
 * @param {{ status: number, json: any }} res
 */
function failure(target, what, res) {
  const errors = Array.isArray(res.json?.errors) ? res.json.errors.map((/** @type {any} */ e) => [e?.resource, e?.field, e?.code].filter(Boolean).join(' ')).join(', ') : '';
  const message = `${res.json?.message ?? 'no message'}${errors ? ` (${errors})` : ''}`;
  const hint =
    res.status === 401
      ? 'GITHUB_TOKEN is missing, expired or wrong'
      : res.status === 403
        ? 'the token may not write releases: give the job "permissions: contents: write"'
        : res.status === 404
          ? `check GITHUB_REPOSITORY (${target.repository}) and that the token can see it`
          : 'run the release again; if GitHub keeps refusing, its message says why';
  return new ReleaseError(`${what} in ${target.repository}: GitHub answered ${res.status} ${message}: ${hint}`);
}

/**
 * @param {any} json
 * @returns {boolean}
 */
const alreadyExists = (json) => Array.isArray(json?.errors) && json.errors.some((/** @type {any} */ e) => e?.code === 'already_exists' && e?.field === 'tag_name');

/**
 * Creates the release, or updates it when one for the tag exists already.
 * @param {GitHubTarget} target
 * @param {ReleaseFields} fields
 * @returns {Promise<{ action: 'created' | 'updated', id: number, url: string }>}
 */
export async function upsertRelease(target, fields) {
  const created = await request(target, 'POST', '/releases', fields);
  if (created.status === 201) return { action: 'created', id: created.json.id, url: created.json.html_url };
  if (created.status !== 422 || !alreadyExists(created.json)) throw failure(target, `creating the release ${fields.tag_name}`, created);

  const found = await request(target, 'GET', `/releases/tags/${encodeURIComponent(fields.tag_name)}`);
  if (found.status === 404) {
    throw new ReleaseError(`GitHub says a release for ${fields.tag_name} exists in ${target.repository} but finds no published one by that tag (a draft?): publish or delete it on the Releases page and rerun`);
  }
  if (found.status !== 200) throw failure(target, `reading the existing release ${fields.tag_name}`, found);
  const { tag_name: _, ...changes } = fields;
  const updated = await request(target, 'PATCH', `/releases/${found.json.id}`, changes);
  if (updated.status !== 200) throw failure(target, `updating the release ${fields.tag_name}`, updated);
  return { action: 'updated', id: updated.json.id, url: updated.json.html_url };
}
