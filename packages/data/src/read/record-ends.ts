const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the scan stands between two bytes, as the tokenizer would (csv-tokenizer.ts). */
const enum At {
  /** A record's first field starts here. */
  RecordStart,
  /** A later field starts here (after a delimiter). */
  FieldStart,
  /** Inside an unquoted field: a quote here is text. */
  Unquoted,
  Quoted,
  /** Just after a quote inside a quoted field: it closed the field, or a second quote follows. */
  QuoteSeen,
  /** A closing quote then CR: a LF ends the record. */
  AfterQuoteCr,
}

/**
 * Finds where records end in a CSV byte stream, so whole records can be
 * parsed apart (chunked.ts, each chunk by its own tokenizer). A LF ends a record
 * unless it is inside a quoted field; a quote opens one only at a field's
 * start (elsewhere it is text, as the tokenizer and pandas keep it). The
 * bytes between quotes are skipped with indexOf, so a file without quotes
 * costs a few native searches a megabyte.
 *
 * For the layouts the tokenizer reads with one-byte delimiters and no
 * comment character; after a syntax error (text after a closing quote) the
 * position is only a guess, and the chunk holding the error reports it first.
 */
export class RecordBoundaries {
  private at = At.RecordStart;
  private skip: number;
  private bom: boolean;

  /** `firstLine`: the line the first record starts on (after skipped and blank lines), as the tokenizer counts. */
  constructor(
    private readonly delimiter: number,
    firstLine = 1,
  ) {
    this.skip = firstLine - 1;
    this.bom = true;
  }

  /**
   * Scans the next bytes of the stream; returns the offset in `b` just after
   * the last LF that ends a record, or -1 when none does.
   */
  scan(b: Uint8Array): number {
    const n = b.length;
    let i = 0;
    let last = -1;
    if (this.bom) {
      if (n === 0) return -1;
      this.bom = false;
      if (n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
    }
    // No record ends in the lines before the first one: the chunk that starts the file holds the header.
    while (this.skip > 0 && i < n) {
      const nl = b.indexOf(LF, i);
      if (nl < 0) return -1;
      i = nl + 1;
      this.skip--;
    }
    const d = this.delimiter;
    while (i < n) {
      switch (this.at) {
        case At.RecordStart:
        case At.FieldStart:
        case At.Unquoted: {
          const q = b.indexOf(QUOTE, i);
          const to = q < 0 ? n : q;
          // Every LF before the next quote ends a record.
          if (to > i) {
            const nl = b.lastIndexOf(LF, to - 1);
            if (nl >= i) last = nl + 1;
            const c = b[to - 1]!;
            this.at = c === LF ? At.RecordStart : c === d ? At.FieldStart : At.Unquoted;
          }
          if (q < 0) return last;
          this.at = this.at === At.Unquoted ? At.Unquoted : At.Quoted;
          i = q + 1;
          continue;
        }
        case At.Quoted: {
          const q = b.indexOf(QUOTE, i);
          if (q < 0) return last;
          this.at = At.QuoteSeen;
          i = q + 1;
          continue;
        }
        case At.QuoteSeen: {
          const c = b[i]!;
          if (c === QUOTE) this.at = At.Quoted;
          else if (c === d) this.at = At.FieldStart;
          else if (c === LF) {
            this.at = At.RecordStart;
            last = i + 1;
          } else this.at = c === CR ? At.AfterQuoteCr : At.Unquoted;
          i++;
          continue;
        }
        case At.AfterQuoteCr: {
          if (b[i] === LF) {
            this.at = At.RecordStart;
            last = i + 1;
            i++;
          } else this.at = At.Unquoted;
          continue;
        }
      }
    }
    return last;
  }
}

/** JSON Lines: every LF ends a record (JSON text holds no raw newline). */
export class LineEnds {
  scan(b: Uint8Array): number {
    const nl = b.lastIndexOf(LF);
    return nl < 0 ? -1 : nl + 1;
  }
}
