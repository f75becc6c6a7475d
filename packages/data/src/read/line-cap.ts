import { groupDigits } from '@mlship/core/digits';

/**
 * The longest line (CSV record, JSONL line) a text reader holds before
 * refusing the file. A reader keeps an unfinished line in memory, so without
 * a bound one 300 MB line — a file without newlines, a runaway quoted field —
 * takes gigabytes and minutes before anything is said.
 */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/** A line passed the cap; `line` is where it starts (1-based). */
export class LineTooLongError extends Error {
  constructor(
    readonly line: number,
    readonly maxBytes: number,
  ) {
    super(`line ${line} is longer than ${describeBytes(maxBytes)}`);
  }
}

export const lineTooLongHint = (maxBytes: number): string =>
  `Look for an unclosed quote or missing line breaks there, or raise read.max_line_bytes (now ${maxBytes}).`;

export function describeBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${groupDigits(n / (1024 * 1024))} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${groupDigits(n / 1024)} KiB`;
  return `${groupDigits(n)} bytes`;
}

/**
 * The text of a line not finished yet. Chunks without a newline cannot end a
 * line, so they are kept as a list rather than concatenated and rescanned per
 * chunk (which made one long line quadratic in time and garbage); their UTF-8
 * size is counted so the cap is checked as each chunk arrives, before the next
 * one is read.
 */
export class PendingLine {
  private pieces: string[] = [];
  /** An upper bound of the pieces' UTF-8 size, made exact when it passes the cap. */
  private bytes = 0;

  /** Text of at most this many UTF-16 units is within the cap whatever it holds (3 UTF-8 bytes per unit at most). */
  readonly safeUnits: number;

  constructor(readonly maxBytes: number) {
    this.safeUnits = Math.floor(maxBytes / 3);
  }

  /** Throws when `s[start, end)`, a line completed within one chunk, is over the cap. */
  check(s: string, start: number, end: number, line: number): void {
    if (Buffer.byteLength(s.slice(start, end)) > this.maxBytes) throw new LineTooLongError(line, this.maxBytes);
  }

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  /** Adds text holding no newline; throws when the line now passes the cap. */
  append(text: string, line: number): void {
    if (text === '') return;
    this.pieces.push(text);
    this.bytes += text.length * 3 <= this.maxBytes ? text.length * 3 : Buffer.byteLength(text);
    if (this.bytes > this.maxBytes) {
      this.bytes = this.pieces.reduce((s, p) => s + Buffer.byteLength(p), 0);
      if (this.bytes > this.maxBytes) throw new LineTooLongError(line, this.maxBytes);
    }
  }

  /** The held text followed by `next` (one copy, not two), emptied. */
  take(next = ''): string {
    if (next !== '') this.pieces.push(next);
    const text = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    this.pieces = [];
    this.bytes = 0;
    return text;
  }
}
