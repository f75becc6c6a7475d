import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '@mlship/core';
import { formatBytes } from '../read-progress';

/**
 * What the remote readers share: where a downloaded object lands, how its
 * bytes reach the disk, and the progress lines of a long download.
 */

/** The object or prefix is not there (yet): the caller decides whether that is an error or an inconclusive read. */
export class RemoteMissing extends UserError {}

/**
 * A URL as it may be printed: a presigned URL's query is its credential
 * (X-Amz-Signature, X-Amz-Credential, a SAS token) and a `user:password@`
 * is one too, so neither is ever shown.
 */
export function showRemote(url: string): string {
  const m = /^(https?:\/\/)([^/?#]*@)?([^?#]*)([?#].*)?$/i.exec(url.trim());
  if (!m) return url.trim();
  return `${m[1]}${m[2] ? '***@' : ''}${m[3]}${m[4] ? '?…' : ''}`;
}

/** Objects at least this large (in all) get progress lines as they download. */
export const LARGE_DOWNLOAD_BYTES = 64 * 1024 * 1024;

export interface RemoteOptions {
  /** Which input the messages are about: `input "live-predictions"`. */
  where: string;
  /** Where the progress lines go (the step's log). */
  log?: (line: string) => void;
  /** Downloads of at least this many bytes log their progress; LARGE_DOWNLOAD_BYTES by default. */
  largeBytes?: number;
}

/**
 * Progress of one download of `total` bytes (undefined when the server does
 * not say): a line at each quarter, or every `largeBytes` when the size is
 * unknown. Counted in bytes, not time, so the lines are the same on every run.
 */
export class DownloadProgress {
  private bytes = 0;
  private next: number;
  private readonly step: number;

  constructor(
    private readonly shown: string,
    private readonly total: number | undefined,
    private readonly options: RemoteOptions,
  ) {
    const large = options.largeBytes ?? LARGE_DOWNLOAD_BYTES;
    this.step = total === undefined ? large : total >= large ? total / 4 : Infinity;
    this.next = this.step;
  }

  add(n: number): void {
    this.bytes += n;
    while (this.bytes >= this.next && (this.total === undefined || this.next < this.total)) {
      const share = this.total === undefined ? '' : `${Math.round((this.next / this.total) * 100)}% — `;
      this.options.log?.(`Downloading ${this.shown}: ${share}${formatBytes(this.bytes)}${this.total === undefined ? '' : ` of ${formatBytes(this.total)}`}`);
      this.next += this.step;
    }
  }
}

/** Streams `body` to `file` chunk by chunk (never the whole object in memory), counting into `progress`. */
export async function saveStream(body: Readable | NodeJS.ReadableStream, file: string, progress: DownloadProgress): Promise<number> {
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      progress.add(chunk.length);
      done(null, chunk);
    },
  });
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await pipeline(body, count, fs.createWriteStream(file));
  return bytes;
}

/**
 * Where an object under a prefix lands inside `dir`: its key after the
 * prefix. A key that would leave the directory or name no file (`a/../../x`,
 * `a//b`) is refused, since object keys are free text and the files are read
 * from the runner's disk.
 */
export function localPathFor(dir: string, relative: string, shown: string, where: string): string {
  const segments = relative.split('/');
  if (relative === '' || segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0'))) {
    throw new UserError(`object "${relative}" under ${shown} cannot be saved as a file (an empty, "." or ".." path segment, or a backslash).`, { where, hint: 'Rename the object, or name a prefix that holds only the log files.' });
  }
  return path.join(dir, ...segments);
}

/**
 * A downloaded object's file name, with the characters a glob would read
 * (`*?[]{}()!`) replaced: the copy is opened as a path, and its extension is
 * all the readers need from the name.
 */
export const localFileName = (name: string): string => name.replace(/[*?[\]{}()!]/g, '_');
