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

export class CsvTokenizer {
  private rest = '';
  /** Line number (1-based) where the next record starts. */
  private line = 1;
  private first = true;

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (fields: string[], line: number) => void,
  ) {}

  push(text: string): void {
    if (this.first) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.rest = this.consume(this.rest + text, false);
  }

  end(): void {
    this.rest = this.consume(this.rest, true);
  }

  /** Emits every complete record in `s`; returns the unconsumed tail. */
  private consume(s: string, final: boolean): string {
    const n = s.length;
    const d = this.delimiter;
    let pos = 0;
    let nextQuote = s.indexOf('"');
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
      if (nextQuote >= nl) {
        const end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        if (end > pos) this.onRecord(s.slice(pos, end).split(d), this.line);
        this.line++;
        pos = nl + 1;
        continue;
      }
      const next = this.quotedRecord(s, pos, final);
      if (next < 0) break;
      pos = next;
    }
    return pos >= n ? '' : s.slice(pos);
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
          value += s.slice(j, k);
          i = k + 1;
          break;
        }
        newlines += countNewlines(value);
        fields.push(value);
        const c = s.charCodeAt(i);
        if (c === dc) {
          i++;
          continue;
        }
        if (i >= n || c === LF || (c === CR && s.charCodeAt(i + 1) === LF)) break;
        if (c === CR && i + 1 >= n && !final) return -1;
        throw new CsvSyntaxError(`unexpected ${JSON.stringify(s[i])} after a closing quote (a quote inside a field must be doubled: "")`, this.line + newlines);
      }
      // Unquoted field: up to the next delimiter or end of line.
      let nl = s.indexOf('\n', i);
      if (nl < 0) {
        if (!final) return -1;
        nl = n;
      }
      const dEnd = s.indexOf(this.delimiter, i);
      if (dEnd >= 0 && dEnd < nl) {
        fields.push(s.slice(i, dEnd));
        i = dEnd + 1;
        continue;
      }
      fields.push(s.slice(i, nl > i && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl));
      i = nl;
      break;
    }
    this.onRecord(fields, this.line);
    this.line += newlines + 1;
    if (s.charCodeAt(i) === CR) i++;
    return i + 1;
  }
}

function countNewlines(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) k++;
  return k;
}
