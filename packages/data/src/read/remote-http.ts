import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { UserError } from '@mlship/core';
import { formatBytes } from '../read-progress';
import { DownloadProgress, localFileName, RemoteMissing, saveStream, showRemote, type RemoteOptions } from './remote-files';

/** One object over http(s), typically a presigned URL: no credentials of ours are sent, the URL carries them. */

async function get(url: string, options: RemoteOptions, headers: Record<string, string>): Promise<Response> {
  const shown = showRemote(url);
  let res: Response;
  try {
    // identity: a log stored gzipped must arrive as its bytes, not silently inflated under its .gz name.
    res = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'follow' });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new UserError(`cannot reach ${shown} (${cause?.code ?? cause?.message ?? (e as Error).message}).`, { where: options.where, hint: 'Check the host name and that the runner can reach it.' });
  }
  if (res.ok || res.status === 416) return res;
  // S3, GCS and Azure explain a refusal in a small XML body: its code says which fix applies.
  const body = (await res.text().catch(() => '')).slice(0, 4096);
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(body)?.[1];
  const why = `HTTP ${res.status}${code ? `, ${code}` : ''}`;
  if (res.status === 404) throw new RemoteMissing(`${shown} does not exist (${why})`, { where: options.where });
  if (res.status === 401 || res.status === 403) {
    throw new UserError(`access denied to ${shown} (${why}).`, {
      where: options.where,
      hint: 'A presigned or signed URL may have expired (S3 allows at most 7 days) or been signed for another method or key; sign a new one for GET right before the step, or read s3:// with credentials.',
    });
  }
  throw new UserError(`${shown} answered ${why}.`, { where: options.where, hint: 'Check the URL; a server error may pass on a retry of the job.' });
}

export async function checkHttp(url: string, options: RemoteOptions): Promise<void> {
  // One byte: a presigned URL is signed for GET only (HEAD would be refused), and the log may be large.
  const res = await get(url, options, { range: 'bytes=0-0' });
  await res.body?.cancel();
}

export async function downloadHttp(url: string, dir: string, options: RemoteOptions): Promise<{ path: string; objects: number; bytes: number }> {
  const shown = showRemote(url);
  const pathname = decodeURIComponent(new URL(url).pathname);
  const name = pathname.endsWith('/') ? '' : path.posix.basename(pathname);
  if (name === '' || name === '.' || name === '..' || name.includes('\\')) {
    throw new UserError(`${shown} names no file (its path ends in "/").`, { where: options.where, hint: 'Give the URL of one object, ending in its file name (e.g. …/predictions.jsonl), so its format is known.' });
  }
  const res = await get(url, options, {});
  const file = path.join(dir, localFileName(name));
  const length = res.headers.get('content-length');
  const total = length === null ? undefined : Number(length);
  options.log?.(`Downloading ${shown}${total === undefined ? '' : `: ${formatBytes(total)}`}.`);
  const progress = new DownloadProgress(shown, total, options);
  const bytes = await saveStream(res.body ? Readable.fromWeb(res.body as WebReadableStream<Uint8Array>) : Readable.from([]), file, progress);
  if (total !== undefined && bytes !== total) throw new UserError(`${shown} ended after ${bytes} of ${total} bytes.`, { where: options.where, hint: 'The connection was cut; run the step again.' });
  return { path: file, objects: 1, bytes };
}
