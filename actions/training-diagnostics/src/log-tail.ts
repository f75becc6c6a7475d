import fs from 'node:fs';

/** How much of a log is kept for classification: enough for a long traceback and the lines before it. */
export const TAIL_BYTES = 256 * 1024;
const MAX_LINE = 2000;

/** The last `limit` bytes of a stream, in bounded memory however long the command runs. */
export class TailBuffer {
  private chunks: Buffer[] = [];
  /** Index of the oldest chunk still kept: dropping by index keeps a push O(1) with many small chunks. */
  private head = 0;
  private size = 0;
  total = 0;

  constructor(private readonly limit = TAIL_BYTES) {}

  push(chunk: Buffer): void {
    this.total += chunk.length;
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[this.head]!.length >= this.limit) this.size -= this.chunks[this.head++]!.length;
    if (this.head > 1024 && this.head * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
  }

  bytes(): Buffer {
    const all = Buffer.concat(this.chunks.slice(this.head));
    return all.length > this.limit ? all.subarray(all.length - this.limit) : all;
  }

  get truncated(): boolean {
    return this.total > this.limit;
  }
}

export interface LogTail {
  lines: string[];
  /** Size of the whole log. */
  totalBytes: number;
  /** Whether the start of the log was not read. */
  truncated: boolean;
  /** Lines that were mostly binary and were replaced by a placeholder. */
  binaryLines: number;
}

/** Reads only the last `limit` bytes of a file, however large it is. */
export function readFileTail(file: string, limit = TAIL_BYTES): { bytes: Buffer; totalBytes: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const totalBytes = fs.fstatSync(fd).size;
    const length = Math.min(limit, totalBytes);
    const bytes = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = fs.readSync(fd, bytes, read, length - read, totalBytes - length + read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read), totalBytes };
  } finally {
    fs.closeSync(fd);
  }
}

const GITHUB_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z /;
// CSI/OSC escape sequences (colours, cursor moves) that tools print to terminals.
export const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Bytes to readable lines: invalid UTF-8 and control bytes become U+FFFD, ANSI
 * colours go, a carriage-return progress bar keeps its last state, a line that
 * is mostly binary becomes a placeholder, and a line cut by the tail window is
 * dropped so a half line cannot be mistaken for evidence.
 */
export function toLines(bytes: Buffer, truncated: boolean, totalBytes = bytes.length): LogTail {
  const text = bytes.toString('utf8');
  let lines = text.split('\n');
  if (truncated && lines.length > 1) lines = lines.slice(1);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  let binaryLines = 0;
  // A log downloaded from GitHub prefixes every line with its time; rules anchored at the line start must not see it.
  const stamped = lines.length > 0 && lines.filter((l) => GITHUB_TIMESTAMP.test(l)).length >= lines.length / 2;
  const out = lines.map((raw) => {
    if (stamped) raw = raw.replace(GITHUB_TIMESTAMP, '');
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.includes('\r')) line = line.slice(line.lastIndexOf('\r') + 1);
    line = line.replace(ANSI, '');
    const bad = (line.match(CONTROL)?.length ?? 0) + (line.match(/\uFFFD/g)?.length ?? 0);
    if (line.length >= 8 && bad / line.length > 0.3) {
      binaryLines++;
      return `[binary data: ${Buffer.byteLength(raw)} bytes]`;
    }
    line = line.replace(CONTROL, '\uFFFD');
    return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}… [${line.length - MAX_LINE} more characters]` : line;
  });
  return { lines: out, totalBytes, truncated, binaryLines };
}

export function readLogTail(file: string, limit = TAIL_BYTES): LogTail {
  const { bytes, totalBytes } = readFileTail(file, limit);
  return toLines(bytes, totalBytes > bytes.length, totalBytes);
}
