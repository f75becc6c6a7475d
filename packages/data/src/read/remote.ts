import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '@mlship/core';
import { RemoteMissing, showRemote, type RemoteOptions } from './remote-files';

/**
 * Data in object storage, read through a local copy: `s3://bucket/key` (one
 * object), `s3://bucket/prefix/` (every object under it, as a directory) and
 * `https://…` (one object, e.g. a presigned URL) are downloaded to a temporary
 * directory under RUNNER_TEMP, and the local path goes to the ordinary readers.
 * The S3 client is loaded only when an s3:// location is read, so bundles that
 * never read one do not carry it.
 */

export { LARGE_DOWNLOAD_BYTES, RemoteMissing, showRemote, type RemoteOptions } from './remote-files';

export type RemoteLocation =
  | {
      scheme: 's3';
      /** As given, for messages. */
      url: string;
      bucket: string;
      /** The key, or the prefix when `directory` (empty for the whole bucket). */
      key: string;
      /** Ends in `/`: every object under the prefix. Without the slash a key that is not an object is tried as a prefix. */
      directory: boolean;
    }
  | { scheme: 'http'; url: string };

export interface LocalCopy {
  /** The downloaded file, or the directory holding a prefix's objects. */
  path: string;
  /** The location as messages show it (a presigned URL's signature left out). */
  shown: string;
  objects: number;
  bytes: number;
  /** Removes the local copy. */
  cleanup(): Promise<void>;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/** Whether `spec` names a URL rather than a local path, glob or directory. */
export const isRemoteSpec = (spec: string): boolean => SCHEME.test(spec.trim());

const REFUSED_HINT =
  'Object storage is read from s3:// URLs (AWS S3, or an S3-compatible store such as MinIO, Cloudflare R2, Ceph or Google Cloud Storage with HMAC keys, through AWS_ENDPOINT_URL_S3) or from an https:// URL such as a presigned or signed URL.';

/** The location `spec` names, or undefined for a local path. Schemes that cannot be read are refused here. */
export function parseRemote(spec: string, where: string): RemoteLocation | undefined {
  const url = spec.trim();
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme === 'http' || scheme === 'https') {
    if (!URL.canParse(url)) throw new UserError(`"${showRemote(url)}" is not a valid URL.`, { where, hint: 'Give the full URL of the object, e.g. a presigned URL.' });
    return { scheme: 'http', url };
  }
  if (scheme === 's3') {
    const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/is.exec(url);
    const bucket = m?.[1] ?? '';
    // S3's bucket naming rules (lower case, digits, dots, hyphens; 3–63 characters).
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
      throw new UserError(`"${url}" does not name a valid bucket ("${bucket}").`, { where, hint: 'Write s3://bucket/key for one object or s3://bucket/prefix/ for every object under a prefix; bucket names are 3–63 lower-case letters, digits, dots and hyphens.' });
    }
    const key = m?.[2] ?? '';
    return { scheme: 's3', url, bucket, key, directory: key === '' || key.endsWith('/') };
  }
  const gcs = scheme === 'gs' ? ' Google Cloud Storage is read through its S3-compatible XML API: s3://bucket/key with AWS_ENDPOINT_URL_S3=https://storage.googleapis.com and an HMAC key as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, or a signed https:// URL.' : '';
  throw new UserError(`"${showRemote(url)}": ${scheme}:// locations cannot be read.${gcs}`, { where, hint: REFUSED_HINT });
}

/**
 * Checks that the location can be read (credentials, access, the bucket)
 * without downloading it. A location with nothing there yet throws RemoteMissing.
 */
export async function checkRemote(location: RemoteLocation, options: RemoteOptions): Promise<void> {
  if (location.scheme === 's3') return (await import('./remote-s3')).checkS3(location, options);
  return (await import('./remote-http')).checkHttp(location.url, options);
}

/** Downloads the location to a fresh directory under RUNNER_TEMP (or the system's temp directory). */
export async function downloadRemote(location: RemoteLocation, options: RemoteOptions): Promise<LocalCopy> {
  const root = process.env.RUNNER_TEMP || os.tmpdir();
  const dir = await fs.mkdtemp(path.join(root, 'mlship-remote-'));
  const cleanup = () => fs.rm(dir, { recursive: true, force: true });
  try {
    const got = location.scheme === 's3' ? await (await import('./remote-s3')).downloadS3(location, dir, options) : await (await import('./remote-http')).downloadHttp(location.url, dir, options);
    return { ...got, shown: showRemote(location.url), cleanup };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

/**
 * Runs `read` on a local copy of `spec` (or on `spec` itself when it is a
 * local path) and removes the copy afterwards, whatever `read` does.
 */
export async function withLocalCopy<T>(spec: string, options: RemoteOptions, read: (local: string, shown: string) => Promise<T>): Promise<T> {
  const location = parseRemote(spec, options.where);
  if (!location) return read(spec.trim(), spec.trim());
  const copy = await downloadRemote(location, options);
  try {
    return await read(copy.path, copy.shown);
  } finally {
    await copy.cleanup();
  }
}

export const isRemoteMissing = (e: unknown): e is RemoteMissing => e instanceof RemoteMissing;
