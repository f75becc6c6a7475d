import { DEFAULT_MAX_LINE_BYTES, LineTooLongError, PendingLine } from './line-cap';

/**
 * An RFC 4180 tokenizer fed with text chunks. csv-parse took 1.6× as long to
 * split a 200k-row file as pandas needed to read *and* profile it
 * (bench/validate-data/RESULTS.md has the numbers), so records are split here:
 * a line without a quote character is one `String.split`, and only lines
 * with quotes go through the character loop (doubled quotes, delimiters and
 * newlines inside quotes).
 *
 * Blank lines are skipped (as pandas and csv-parse `skip_empty_lines` do);
 * a quote inside an unquoted field is kept literally (as pandas does).
 *
 * A record with quotes that spans chunks is scanned once: what it holds so
 * far (its fields, the field in progress as slices of the chunks) stays in
 * `open`, and the next chunk resumes the scan where the last one stopped.
 * Joining the record and rescanning it from its start on every chunk made a
 * quoted field of many lines quadratic in time.
 *
 * The options a user may set cost nothing when unset: `skipLines` is checked
 * once per chunk, `comment` is one branch per line, and the `whitespace`
 * delimiter (pandas' `sep=r"\s+"`) has its own record splitter.
 */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

/** The delimiter value meaning "runs of blanks and tabs". */
export const WHITESPACE = 'whitespace';

export interface TokenizerOptions {
  /** Physical lines dropped before the first record, whatever they hold. */
  skipLines?: number;
  /** A character that ends a line's data (outside quotes), as pandas' `comment=`; a line left empty is skipped. */
  comment?: string;
  /** The longest record held unfinished; past it `push` throws `LineTooLongError` naming the record's line. */
  maxRecordBytes?: number;
  /** Whether the text starts the file, where a byte-order mark is dropped (true); false for a later chunk parsed on its own. */
  fileStart?: boolean;
  /**
   * Takes a record without quotes as `text[start, end)` instead of `onRecord`
   * taking its fields (not with the whitespace delimiter): the caller reads the
   * fields where they are, without a string each.
   */
  onLine?: (text: string, start: number, end: number, line: number) => void;
}

const isBlank = (c: number) => c === SPACE || c === TAB;
const BLANKS = /[ \t]+/;

export class CsvTokenizer {
  private readonly pending: PendingLine;
  /** The record with quotes being scanned; `open.pending` while it spans chunks. */
  private readonly open = new OpenRecord();
  /** Line number (1-based) where the next record starts. */
  private line = 1;
  private first: boolean;
  private cr = false;
  private skip: number;
  private readonly comment: string | undefined;
  private readonly ws: boolean;
  private readonly onLine: TokenizerOptions['onLine'];

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (fields: string[], line: number) => void,
    options: TokenizerOptions = {},
  ) {
    this.pending = new PendingLine(options.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES);
    this.skip = options.skipLines ?? 0;
    this.comment = options.comment;
    this.first = options.fileStart ?? true;
    this.ws = delimiter === WHITESPACE;
    this.onLine = this.ws ? undefined : options.onLine;
    this.open.reset(this.ws ? BETWEEN_FIELDS : FIELD_START);
  }

  /** The line the next record (or the one still open) starts on. */
  get nextLine(): number {
    return this.line;
  }

  push(text: string): void {
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // A CR ending a chunk is read with the next one: whether it ends a line depends on what follows.
    if (this.cr) text = '\r' + text;
    this.cr = text.charCodeAt(text.length - 1) === CR;
    if (this.cr) text = text.slice(0, -1);
    if (text === '') return;
    if (this.open.pending) {
      const next = this.resume(text, false);
      if (next < 0 || next >= text.length) return;
      text = text.slice(next);
    }
    // No record ends without a newline: such a chunk is only held, not rescanned.
    if (text.indexOf('\n') < 0) return this.pending.append(text, this.line);
    this.pending.append(this.consume(this.pending.take(text), false), this.line);
  }

  end(): void {
    let tail = this.cr ? '\r' : '';
    this.cr = false;
    if (this.open.pending) {
      const next = this.resume(tail, true);
      tail = next >= 0 && next < tail.length ? tail.slice(next) : '';
    }
    this.consume(this.pending.take(tail), true);
  }

  /** Feeds `text` to the record left open by the last chunk; returns where the record ended in it, or -1. */
  private resume(text: string, final: boolean): number {
    const r = this.open;
    const line = this.line;
    const before = r.bytes;
    const next = this.scanRecord(text, 0, final);
    // Its UTF-8 size without the newline ending it, as PendingLine counts a line.
    const bytes = before + Buffer.byteLength(next < 0 ? text : text.slice(0, Math.max(0, next - 1)));
    if (bytes > this.pending.maxBytes) throw new LineTooLongError(line, this.pending.maxBytes);
    if (next < 0) r.bytes = bytes;
    return next;
  }

  /** Emits every complete record in `s`; returns the unconsumed tail. */
  private consume(s: string, final: boolean): string {
    const n = s.length;
    const d = this.delimiter;
    let pos = 0;
    if (this.skip > 0) {
      pos = this.skipLines(s, final);
      if (this.skip > 0) return s.slice(pos);
    }
    let nextQuote = s.indexOf('"', pos);
    if (nextQuote < 0) nextQuote = n;
    while (pos < n) {
      let nl = s.indexOf('\n', pos);
      if (nl < 0) {
        if (!final) break;
        nl = n;
      }
      if (nextQuote < pos) {
        nextQuote = s.indexOf('"', pos);
        if (nextQuote < 0) nextQuote = n;
      }
      if (nl - pos > this.pending.safeUnits) this.pending.check(s, pos, nl, this.line);
      if (nextQuote >= nl) {
        let end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        if (this.comment !== undefined) {
          const k = s.indexOf(this.comment, pos);
          if (k >= 0 && k < end) end = k;
        }
        if (end > pos) {
          if (this.onLine) this.onLine(s, pos, end, this.line);
          else if (!this.ws) this.onRecord(s.slice(pos, end).split(d), this.line);
          else {
            const text = s.slice(pos, end).replace(/^[ \t]+|[ \t]+$/g, '');
            if (text.length > 0) this.onRecord(text.split(BLANKS), this.line);
          }
        }
        this.line++;
        pos = nl + 1;
        continue;
      }
      const line = this.line;
      const next = this.scanRecord(s, pos, final);
      if (next < 0) {
        // The record stays open: the next chunk resumes it (see `resume`).
        const r = this.open;
        r.pending = true;
        r.bytes = Buffer.byteLength(s.slice(pos));
        if (r.bytes > this.pending.maxBytes) throw new LineTooLongError(line, this.pending.maxBytes);
        return '';
      }
      if (next - pos > this.pending.safeUnits) this.pending.check(s, pos, next - 1, line);
      pos = next;
    }
    return pos >= n ? '' : s.slice(pos);
  }

  /** Drops up to `skip` whole lines from the start of `s`; returns where the rest begins. */
  private skipLines(s: string, final: boolean): number {
    let pos = 0;
    while (this.skip > 0 && pos < s.length) {
      const nl = s.indexOf('\n', pos);
      if (nl < 0 && !final) break;
      pos = nl < 0 ? s.length : nl + 1;
      this.skip--;
      this.line++;
    }
    return pos;
  }

  /**
   * Scans the record with quotes that starts (or, resumed, continues) at `i`
   * of `s`. Returns the position after the record, or -1 when `s` ends inside
   * it: the record's state is then kept in `open`, so the next chunk resumes
   * where this one stopped instead of the record being rescanned from its start.
   */
  private scanRecord(s: string, i: number, final: boolean): number {
    const r = this.open;
    const n = s.length;
    const ws = this.ws;
    const dc = this.delimiter.charCodeAt(0);
    const comment = this.comment;
    let from = i;
    for (;;) {
      switch (r.at) {
        case FIELD_START: {
          if (i >= n && !final) return -1;
          if (ws) {
            const c = s.charCodeAt(i);
            if (comment !== undefined && s[i] === comment) r.at = COMMENT;
            else if (c === QUOTE) r.at = QUOTED;
            else r.at = UNQUOTED;
          } else r.at = s.charCodeAt(i) === QUOTE ? QUOTED : UNQUOTED;
          if (r.at === QUOTED) i++;
          from = i;
          continue;
        }
        case UNQUOTED: {
          if (ws) {
            // Up to a blank, the end of the line or a comment. A CR is a line end before a LF or at the
            // end of the file; `push` keeps a chunk's last CR for the next chunk, so one left at the end of
            // a chunk is followed by another CR.
            let j = i;
            while (j < n) {
              const c = s.charCodeAt(j);
              if (isBlank(c) || c === LF || (c === CR && (j + 1 < n ? s.charCodeAt(j + 1) === LF : final)) || (comment !== undefined && s[j] === comment)) break;
              j++;
            }
            if (j >= n && !final) {
              r.hold(s, from, n);
              return -1;
            }
            r.fields.push(r.take(s, from, j));
            r.at = BETWEEN_FIELDS;
            i = j;
            continue;
          }
          const nl = s.indexOf('\n', i);
          const lineEnd = nl < 0 ? n : nl;
          const dEnd = s.indexOf(this.delimiter, i);
          const cEnd = comment === undefined ? -1 : s.indexOf(comment, i);
          if (cEnd >= 0 && cEnd < lineEnd && (dEnd < 0 || cEnd < dEnd)) {
            const text = r.take(s, from, cEnd);
            if (r.fields.length > 0 || text.length > 0) r.fields.push(text);
            r.at = COMMENT;
            i = cEnd;
            continue;
          }
          if (dEnd >= 0 && dEnd < lineEnd) {
            r.fields.push(r.take(s, from, dEnd));
            r.at = FIELD_START;
            i = dEnd + 1;
            continue;
          }
          if (nl < 0 && !final) {
            r.hold(s, from, n);
            return -1;
          }
          const text = r.take(s, from, lineEnd);
          r.fields.push(text.charCodeAt(text.length - 1) === CR ? text.slice(0, -1) : text);
          return this.endRecord(lineEnd);
        }
        case QUOTED: {
          const k = s.indexOf('"', i);
          if (k < 0) {
            if (final) throw new CsvSyntaxError('a quoted field is never closed', this.line);
            r.hold(s, from, n);
            return -1;
          }
          if (k + 1 >= n && !final) {
            // Closing, or the first of a pair: the next chunk says.
            r.hold(s, from, k);
            r.at = QUOTE_END;
            return -1;
          }
          if (s.charCodeAt(k + 1) === QUOTE) {
            // A doubled quote: the text up to and with one of the pair.
            r.hold(s, from, k + 1);
            from = i = k + 2;
            continue;
          }
          this.closeQuoted(r.take(s, from, k));
          i = k + 1;
          continue;
        }
        case QUOTE_END: {
          if (i >= n && !final) return -1;
          if (s.charCodeAt(i) === QUOTE) {
            // The quote that ended the last chunk and this one are a pair.
            r.text += '"';
            r.at = QUOTED;
            from = i = i + 1;
            continue;
          }
          this.closeQuoted(r.take(s, i, i));
          continue;
        }
        case AFTER_QUOTE: {
          if (i >= n) {
            if (!final) return -1;
            return this.endRecord(n);
          }
          const c = s.charCodeAt(i);
          if (ws) {
            if (isBlank(c) || c === LF || (c === CR && (i + 1 < n ? s.charCodeAt(i + 1) === LF : final)) || (comment !== undefined && s[i] === comment)) {
              r.at = BETWEEN_FIELDS;
              continue;
            }
            throw this.afterQuote(s[i]!);
          }
          if (c === dc) {
            r.at = FIELD_START;
            i++;
            continue;
          }
          if (c === LF) return this.endRecord(i);
          if (c === CR && s.charCodeAt(i + 1) === LF) return this.endRecord(i + 1);
          if (comment !== undefined && s[i] === comment) {
            r.at = COMMENT;
            continue;
          }
          throw this.afterQuote(s[i]!);
        }
        case BETWEEN_FIELDS: {
          // Between fields of the whitespace layout: blanks, then the line's end or the next field.
          while (i < n && isBlank(s.charCodeAt(i))) i++;
          if (i >= n) {
            if (!final) return -1;
            return this.endRecord(n);
          }
          const c = s.charCodeAt(i);
          if (c === LF) return this.endRecord(i);
          if (c === CR && (i + 1 < n ? s.charCodeAt(i + 1) === LF : final)) return this.endRecord(i + 1 < n ? i + 1 : i);
          r.at = FIELD_START;
          continue;
        }
        case COMMENT: {
          const nl = s.indexOf('\n', i);
          if (nl >= 0) return this.endRecord(nl);
          if (final) return this.endRecord(n);
          return -1;
        }
      }
    }
  }

  private closeQuoted(value: string): void {
    const r = this.open;
    r.newlines += countNewlines(value);
    r.fields.push(value);
    r.at = AFTER_QUOTE;
  }

  private afterQuote(ch: string): CsvSyntaxError {
    return new CsvSyntaxError(`unexpected ${JSON.stringify(ch)} after a closing quote (a quote inside a field must be doubled: "")`, this.line + this.open.newlines);
  }

  /** Emits the open record, which ends at `end` (its newline, or the text's end); returns the position after it. */
  private endRecord(end: number): number {
    const r = this.open;
    if (r.fields.length > 0) this.onRecord(r.fields, this.line);
    this.line += r.newlines + 1;
    r.reset(this.ws ? BETWEEN_FIELDS : FIELD_START);
    return end + 1;
  }
}

/** Where a record with quotes stands in its scan; kept across chunks while the record is open. */
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A chunk ended on a quote inside a quoted field: the closing quote, or the first of a doubled pair. */
const QUOTE_END = 3;
const AFTER_QUOTE = 4;
/** The whitespace layout's separator (and the blanks before the first field). */
const BETWEEN_FIELDS = 5;
const COMMENT = 6;

/**
 * The record being scanned: its finished fields, the held text of the field
 * in progress (slices of the chunks it spans, concatenated: V8 joins them
 * once, when the field is used), and its UTF-8 size so far for the record cap.
 */
class OpenRecord {
  at = FIELD_START;
  fields: string[] = [];
  /** The field in progress before the current chunk's part (and its doubled quotes undone). */
  text = '';
  newlines = 0;
  bytes = 0;
  /** Whether a record is open across chunks (not just being scanned within one). */
  pending = false;

  hold(s: string, from: number, to: number): void {
    if (to > from) this.text += s.slice(from, to);
  }

  /** The field in progress, ending at `s[to]`. */
  take(s: string, from: number, to: number): string {
    const text = this.text + s.slice(from, to);
    this.text = '';
    return text;
  }

  reset(at: number): void {
    this.at = at;
    this.fields = [];
    this.text = '';
    this.newlines = 0;
    this.bytes = 0;
    this.pending = false;
  }
}

function countNewlines(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) k++;
  return k;
}
