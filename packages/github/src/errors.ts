import { UserError } from '@mlship/core';

interface RequestErrorLike {
  status: number;
  message: string;
  request?: { method?: string; url?: string };
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

const isRequestError = (e: unknown): e is RequestErrorLike =>
  typeof e === 'object' && e !== null && typeof (e as { status?: unknown }).status === 'number' && 'request' in e;

/**
 * A GitHub API refusal the user can act on, as one line: which call, what
 * GitHub said, what to change (token, permissions, repository). Anything
 * else (a 5xx that outlived the retries, a bug) returns undefined and keeps
 * its stack.
 */
export function gitHubUserError(e: unknown): UserError | undefined {
  if (!isRequestError(e)) return undefined;
  const data = e.response?.data as { message?: string } | undefined;
  const said = (data?.message ?? e.message).split('\n')[0];
  const path = (e.request?.url ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
  const call = `${e.request?.method ?? 'GET'} ${path}`;
  if (e.status === 401) return new UserError(`GitHub rejected the token (${call}: 401 ${said})`, { hint: 'Pass a valid token: the default ${{ github.token }}, or a secret holding a PAT / GitHub App token.' });
  if (e.status === 403 && !/rate limit/i.test(said)) {
    return new UserError(`GitHub refused ${call}: 403 ${said}`, {
      hint: 'Grant the job the permissions the action lists (e.g. `permissions: pull-requests: write`); a pull_request from a fork only gets a read-only token, use pull_request_target for it.',
    });
  }
  if (e.status === 403 || e.status === 429) return new UserError(`GitHub rate limit still exceeded after retrying (${call}): ${said}`, { hint: 'Re-run the job later, or use a token with its own quota.' });
  if (e.status === 404) return new UserError(`GitHub answered 404 for ${call}`, { hint: 'Check the repository and pull request exist and that the token can see them (private repositories need contents: read).' });
  if (e.status === 422) return new UserError(`GitHub rejected ${call}: 422 ${said}${JSON.stringify((e.response?.data as { errors?: unknown })?.errors ?? '')}`);
  return undefined;
}
