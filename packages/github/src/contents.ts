import { statusOf, type GitHub } from './client';

/**
 * A file's text at a ref through the contents API (no checkout): base64
 * decoded, `null` when the path does not exist at that ref (404) or is not a
 * file. Files over 1 MB come back without content; those are fetched raw.
 */
export async function readRepoFile(gh: GitHub, p: { owner: string; repo: string; path: string; ref?: string }): Promise<string | null> {
  const params = { owner: p.owner, repo: p.repo, path: p.path, ...(p.ref ? { ref: p.ref } : {}) };
  try {
    const { data } = await gh.rest.repos.getContent(params);
    if (Array.isArray(data) || data.type !== 'file') return null;
    if ('content' in data && data.encoding === 'base64' && (data.content || data.size === 0)) return Buffer.from(data.content, 'base64').toString('utf8');
    const raw = await gh.rest.repos.getContent({ ...params, mediaType: { format: 'raw' } });
    return typeof raw.data === 'string' ? raw.data : String(raw.data);
  } catch (e) {
    if (statusOf(e) === 404) return null;
    throw e;
  }
}
