import { DEFAULT_MAX_LINE_BYTES, PendingLine } from './line-cap';

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
}

const isBlank = (c: number) => c === SPACE || c === TAB;
const BLANKS = /[ \t]+/;

export class CsvTokenizer {
  private readonly pending: PendingLine;
  /** Line number (1-based) where the next record starts. */
  private line = 1;
  private first = true;
  private skip: number;
  private readonly comment: string | undefined;
  private readonly ws: boolean;

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (fields: string[], line: number) => void,
    options: TokenizerOptions = {},
  ) {
    this.pending = new PendingLine(options.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES);
    this.skip = options.skipLines ?? 0;
    this.comment = options.comment;
    this.ws = delimiter === WHITESPACE;
  }

  push(text: string): void {
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // No record ends without a newline: such a chunk is only held, not rescanned.
    if (text.indexOf('\n') < 0) return this.pending.append(text, this.line);
    this.pending.append(this.consume(this.pending.take(text), false), this.line);
  }

  end(): void {
    this.consume(this.pending.take(), true);
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
          if (!this.ws) this.onRecord(s.slice(pos, end).split(d), this.line);
          else {
            const text = s.slice(pos, end).replace(/^[ \t]+|[ \t]+$/g, '');
            if (text.length > 0) this.onRecord(text.split(BLANKS), this.line);
          }
        }
        this.line++;
        pos = nl + 1;
        continue;
      }
      const next = this.ws ? this.quotedBlankRecord(s, pos, final) : this.quotedRecord(s, pos, final);
      if (next < 0) break;
      if (next - pos > this.pending.safeUnits) this.pending.check(s, pos, next - 1, this.line);
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

  /** The text of the last field `quotedField` read, its doubled quotes undone. */
  private quoted = '';

  /**
   * Reads the quoted field that starts at `i` into `quoted`. Returns the position
   * after its closing quote, or -1 when the chunk ends inside it (more text needed).
   */
  private quotedField(s: string, i: number, final: boolean): number {
    const n = s.length;
    let value = '';
    let j = i + 1;
    for (;;) {
      const k = s.indexOf('"', j);
      if (k < 0 || (k + 1 >= n && !final)) {
        if (!final) return -1;
        throw new CsvSyntaxError('a quoted field is never closed', this.line);
      }
      if (s.charCodeAt(k + 1) === QUOTE) {
        value += s.slice(j, k + 1);
        j = k + 2;
        continue;
      }
      this.quoted = value + s.slice(j, k);
      return k + 1;
    }
  }

  /**
   * The character loop for a record with quotes. Returns the position after
   * the record, or -1 when the chunk ends inside it (more text needed).
   */
  private quotedRecord(s: string, start: number, final: boolean): number {
    const n = s.length;
    const dc = this.delimiter.charCodeAt(0);
    const fields: string[] = [];
    let newlines = 0;
    let i = start;
    for (;;) {
      if (s.charCodeAt(i) === QUOTE) {
        i = this.quotedField(s, i, final);
        if (i < 0) return -1;
        newlines += countNewlines(this.quoted);
        fields.push(this.quoted);
        const c = s.charCodeAt(i);
        if (c === dc) {
          i++;
          continue;
        }
        if (i >= n || c === LF || (c === CR && s.charCodeAt(i + 1) === LF)) break;
        if (c === CR && i + 1 >= n && !final) return -1;
        if (this.comment !== undefined && s[i] === this.comment) {
          i = this.lineEnd(s, i, final);
          if (i < 0) return -1;
          break;
        }
        throw new CsvSyntaxError(`unexpected ${JSON.stringify(s[i])} after a closing quote (a quote inside a field must be doubled: "")`, this.line + newlines);
      }
      // Unquoted field: up to the next delimiter, comment or end of line.
      let nl = s.indexOf('\n', i);
      if (nl < 0) {
        if (!final) return -1;
        nl = n;
      }
      const dEnd = s.indexOf(this.delimiter, i);
      const cEnd = this.comment === undefined ? -1 : s.indexOf(this.comment, i);
      if (cEnd >= 0 && cEnd < nl && (dEnd < 0 || cEnd < dEnd)) {
        if (fields.length > 0 || cEnd > i) fields.push(s.slice(i, cEnd));
        i = nl;
        break;
      }
      if (dEnd >= 0 && dEnd < nl) {
        fields.push(s.slice(i, dEnd));
        i = dEnd + 1;
        continue;
      }
      fields.push(s.slice(i, nl > i && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl));
      i = nl;
      break;
    }
    if (fields.length > 0) this.onRecord(fields, this.line);
    this.line += newlines + 1;
    if (s.charCodeAt(i) === CR) i++;
    return i + 1;
  }

  /**
   * The character loop for a record with quotes when fields are separated by
   * runs of blanks and tabs: blanks before the first and after the last field
   * are not separators, and a quoted field may hold blanks.
   */
  private quotedBlankRecord(s: string, start: number, final: boolean): number {
    const n = s.length;
    const fields: string[] = [];
    let newlines = 0;
    let i = start;
    const atLineEnd = (k: number) => k >= n || s.charCodeAt(k) === LF || (s.charCodeAt(k) === CR && (k + 1 >= n || s.charCodeAt(k + 1) === LF));
    while (isBlank(s.charCodeAt(i))) i++;
    for (;;) {
      if (this.comment !== undefined && s[i] === this.comment) {
        i = this.lineEnd(s, i, final);
        if (i < 0) return -1;
        break;
      }
      if (s.charCodeAt(i) === QUOTE) {
        i = this.quotedField(s, i, final);
        if (i < 0) return -1;
        newlines += countNewlines(this.quoted);
        fields.push(this.quoted);
        if (!isBlank(s.charCodeAt(i)) && !atLineEnd(i) && !(this.comment !== undefined && s[i] === this.comment)) {
          if (i + 1 >= n && !final) return -1;
          throw new CsvSyntaxError(`unexpected ${JSON.stringify(s[i])} after a closing quote (a quote inside a field must be doubled: "")`, this.line + newlines);
        }
      } else {
        let j = i;
        while (j < n && !isBlank(s.charCodeAt(j)) && !atLineEnd(j) && !(this.comment !== undefined && s[j] === this.comment)) j++;
        if (j >= n && !final) return -1;
        fields.push(s.slice(i, j));
        i = j;
      }
      while (isBlank(s.charCodeAt(i))) i++;
      if (i >= n && !final) return -1;
      if (atLineEnd(i)) {
        if (i >= n) break;
        i = s.indexOf('\n', i);
        break;
      }
    }
    if (fields.length > 0) this.onRecord(fields, this.line);
    this.line += newlines + 1;
    return i < 0 || i >= n ? n : i + 1;
  }

  /** The position of the newline ending the line at `i` (or the text's end when final); -1 when more text is needed. */
  private lineEnd(s: string, i: number, final: boolean): number {
    const nl = s.indexOf('\n', i);
    if (nl >= 0) return nl;
    return final ? s.length : -1;
  }
}

function countNewlines(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) k++;
  return k;
}
