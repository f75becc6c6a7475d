import path from 'node:path';
import type { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { UserError } from '@mlship/core';
import { formatBytes } from '../read-progress';
import type { RemoteLocation } from './remote';
import { DownloadProgress, localFileName, localPathFor, RemoteMissing, saveStream, type RemoteOptions } from './remote-files';

/**
 * s3:// through the AWS SDK. Credentials come from the SDK's standard chain
 * (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, AWS_PROFILE,
 * web identity as set by aws-actions/configure-aws-credentials, the instance
 * role); an S3-compatible store is named by AWS_ENDPOINT_URL_S3 (or
 * AWS_ENDPOINT_URL) and addressed path-style, as MinIO, R2 and Ceph expect.
 * No message carries a credential: only the error's code and status.
 */

type S3Location = Extract<RemoteLocation, { scheme: 's3' }>;

interface S3Object {
  key: string;
  size: number;
}

function endpoint(where: string): string | undefined {
  for (const name of ['AWS_ENDPOINT_URL_S3', 'AWS_ENDPOINT_URL'] as const) {
    const value = process.env[name]?.trim();
    if (!value) continue;
    if (!/^https?:\/\/[^/]/i.test(value) || !URL.canParse(value)) throw new UserError(`${name} "${value}" is not an http(s) URL.`, { where, hint: `Set ${name} to the store's S3 endpoint, e.g. https://minio.example.com:9000, or unset it for AWS S3.` });
    return value;
  }
  return undefined;
}

function client(where: string): { s3: S3Client; endpoint: string | undefined } {
  const url = endpoint(where);
  // The SDK warns on stderr that its future releases need Node 22; this bundle pins its release, so the warning asks the user for nothing.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const s3 = new S3Client({
    // The SDK reads no default region for S3 by itself; AWS_DEFAULT_REGION is the CLI's name for it. A bucket in another region is followed.
    region: process.env.AWS_REGION?.trim() || process.env.AWS_DEFAULT_REGION?.trim() || 'us-east-1',
    followRegionRedirects: true,
    ...(url ? { endpoint: url, forcePathStyle: true } : {}),
  });
  return { s3, endpoint: url };
}

/** The SDK's failure as one line naming the location and the fix; a missing object as RemoteMissing. */
function describe(e: unknown, loc: S3Location, store: string | undefined, where: string): Error {
  const err = e as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const name = err.name ?? '';
  const status = err.$metadata?.httpStatusCode;
  const on = store ? ` on ${store}` : '';
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test((e as Error).message ?? '')) {
    return new UserError(`no AWS credentials to read ${loc.url}.`, {
      where,
      hint: "Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the step's env (from secrets), or assume a role first with aws-actions/configure-aws-credentials.",
    });
  }
  if (name === 'SignatureDoesNotMatch') {
    return new UserError(`the store refused the request signature for ${loc.url}${on} (SignatureDoesNotMatch): the secret key does not belong to the access key id.`, { where, hint: 'Check AWS_SECRET_ACCESS_KEY (and that AWS_SESSION_TOKEN, if set, comes with the same key).' });
  }
  if (name === 'InvalidAccessKeyId') {
    return new UserError(`the access key id is unknown to ${store ?? 'AWS S3'} (InvalidAccessKeyId) reading ${loc.url}.`, { where, hint: store ? 'Check AWS_ACCESS_KEY_ID, and that AWS_ENDPOINT_URL_S3 names the store the key belongs to.' : 'Check AWS_ACCESS_KEY_ID; for an S3-compatible store set AWS_ENDPOINT_URL_S3.' });
  }
  if (name === 'ExpiredToken' || name === 'TokenRefreshRequired') {
    return new UserError(`the session token has expired (${name}) reading ${loc.url}.`, { where, hint: 'Assume the role again right before this step, or lengthen its session duration.' });
  }
  if (name === 'NoSuchBucket') {
    return new UserError(`bucket "${loc.bucket}" does not exist${on} (NoSuchBucket, ${loc.url}).`, { where, hint: store ? 'Check the bucket name, and that AWS_ENDPOINT_URL_S3 names the right store.' : 'Check the bucket name; an S3-compatible store needs AWS_ENDPOINT_URL_S3.' });
  }
  if (name === 'NoSuchKey' || name === 'NotFound' || status === 404) return new RemoteMissing(`${loc.url} does not exist (NoSuchKey)`, { where });
  if (name === 'AccessDenied' || name === 'Forbidden' || status === 403) {
    return new UserError(`access denied to ${loc.url}${on} (AccessDenied, 403).`, { where, hint: `The credentials need s3:GetObject on the object${loc.directory ? 's and s3:ListBucket on the bucket' : ' (and s3:ListBucket to tell a missing key)'}.` });
  }
  if (name === 'AuthorizationHeaderMalformed' || name === 'PermanentRedirect') {
    return new UserError(`the store expects another region for ${loc.url} (${name}).`, { where, hint: "Set AWS_REGION to the bucket's region." });
  }
  // Under a test runner's separate realm the SDK wraps a socket error, keeping only its message.
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code ?? /\b(E[A-Z]{4,}|CERT_[A-Z_]+)\b/.exec((e as Error).message ?? '')?.[1];
  if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED)/.test(code)) {
    return new UserError(`cannot reach ${store ?? 'AWS S3'} to read ${loc.url} (${code}).`, { where, hint: store ? 'Check AWS_ENDPOINT_URL_S3 and that the runner can reach it.' : 'Check that the runner can reach AWS S3.' });
  }
  if (e instanceof S3ServiceException) return new UserError(`S3 answered ${name}${status ? ` (${status})` : ''} reading ${loc.url}${on}.`, { where, hint: 'A server error may pass on a retry of the job.' });
  return new UserError(`cannot read ${loc.url}: ${name || 'error'}${code ? ` (${code})` : ''}.`, { where });
}

/** Every object under `prefix`, page by page; folder markers (a key ending in "/" of 0 bytes, as consoles create) are not files. */
async function list(s3: S3Client, bucket: string, prefix: string): Promise<S3Object[]> {
  const out: S3Object[] = [];
  let token: string | undefined;
  do {
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of page.Contents ?? []) if (o.Key !== undefined && !(o.Key.endsWith('/') && (o.Size ?? 0) === 0)) out.push({ key: o.Key, size: o.Size ?? 0 });
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return out;
}

/**
 * The object's size, or undefined when there is no such key. Asked with a
 * one-byte ranged GET rather than HEAD: a HEAD error has no body, so it cannot
 * tell a missing bucket from a missing key, nor a bad key id from a denial.
 */
async function sizeOf(s3: S3Client, loc: S3Location): Promise<number | undefined> {
  try {
    const got = await s3.send(new GetObjectCommand({ Bucket: loc.bucket, Key: loc.key, Range: 'bytes=0-0' }));
    await got.Body?.transformToByteArray();
    const total = /\/(\d+)$/.exec(got.ContentRange ?? '')?.[1];
    return total !== undefined ? Number(total) : (got.ContentLength ?? 0);
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'NoSuchKey') return undefined;
    // S3 answers a range on an empty object with InvalidRange: the object is there, with no bytes.
    if (name === 'InvalidRange') return 0;
    throw e;
  }
}

/** What the location holds: one object, or the objects under its prefix (a key that is no object is tried as `key/`). */
async function resolve(s3: S3Client, loc: S3Location, where: string): Promise<{ objects: S3Object[]; prefix?: string }> {
  if (!loc.directory) {
    const size = await sizeOf(s3, loc);
    if (size !== undefined) return { objects: [{ key: loc.key, size }] };
  }
  const prefix = loc.directory ? loc.key : `${loc.key}/`;
  const objects = await list(s3, loc.bucket, prefix);
  if (objects.length === 0) {
    throw new RemoteMissing(loc.directory ? `${loc.url} holds no objects` : `${loc.url} does not exist (NoSuchKey, and no objects under ${loc.url}/)`, { where });
  }
  return { objects, prefix };
}

export async function checkS3(loc: S3Location, options: RemoteOptions): Promise<void> {
  const { s3, endpoint: store } = client(options.where);
  try {
    await resolve(s3, loc, options.where);
  } catch (e) {
    throw e instanceof UserError ? e : describe(e, loc, store, options.where);
  } finally {
    s3.destroy();
  }
}

export async function downloadS3(loc: S3Location, dir: string, options: RemoteOptions): Promise<{ path: string; objects: number; bytes: number }> {
  const { s3, endpoint: store } = client(options.where);
  try {
    const { objects, prefix } = await resolve(s3, loc, options.where);
    const total = objects.reduce((n, o) => n + o.size, 0);
    options.log?.(`Downloading ${loc.url}: ${objects.length} object(s), ${formatBytes(total)}.`);
    const progress = new DownloadProgress(loc.url, total, options);
    const files = objects.map((o) => ({ ...o, file: prefix === undefined ? localPathFor(dir, localFileName(path.posix.basename(o.key)), loc.url, options.where) : localPathFor(dir, o.key.slice(prefix.length), loc.url, options.where) }));
    let bytes = 0;
    for (const o of files) {
      const got = await s3.send(new GetObjectCommand({ Bucket: loc.bucket, Key: o.key }));
      bytes += await saveStream(got.Body as Readable, o.file, progress);
    }
    return { path: prefix === undefined ? files[0]!.file : dir, objects: objects.length, bytes };
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw describe(e, loc, store, options.where);
  } finally {
    s3.destroy();
  }
}
