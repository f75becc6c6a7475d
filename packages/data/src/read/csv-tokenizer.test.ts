import { parse } from 'csv-parse/sync';
import { CsvSyntaxError, CsvTokenizer, WHITESPACE } from './csv-tokenizer';
import { rng } from '@mlship/core/testing';

function tokenize(text: string, chunk = Infinity, delimiter = ','): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  const t = new CsvTokenizer(delimiter, (fields, line) => out.push({ fields, line }));
  for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk));
  t.end();
  return out;
}

describe('CsvTokenizer', () => {
  it('agrees with csv-parse on random RFC 4180 text cut into random chunks', () => {
    const rand = rng(7);
    const alphabet = ['a', 'b', '1', ' ', ',', '"', '\n', '\r\n', ';', 'é', '😀'];
    for (let round = 0; round < 300; round++) {
      const width = 1 + Math.floor(rand() * 5);
      const rows: string[][] = [];
      for (let r = 0; r < 1 + Math.floor(rand() * 6); r++) {
        rows.push(Array.from({ length: width }, () => Array.from({ length: Math.floor(rand() * 6) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('')));
      }
      const quote = (f: string) => (/[",\r\n]/.test(f) || rand() < 0.2 ? `"${f.replaceAll('"', '""')}"` : f);
      const eol = rand() < 0.5 ? '\n' : '\r\n';
      const text = rows.map((r) => r.map(quote).join(',')).join(eol) + (rand() < 0.5 ? eol : '');
      const expected = parse(text, { skip_empty_lines: true, relax_column_count: true }) as string[][];
      for (const chunk of [1, 2, 3, 7, Infinity]) {
        expect(tokenize(text, chunk).map((r) => r.fields)).toEqual(expected);
      }
    }
  });

  it('reports the line each record starts on, counting newlines inside quotes and skipping blank lines', () => {
    const recs = tokenize('a,b\n"x\ny",1\n\n\nlast,2\n');
    expect(recs).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x\ny', '1'], line: 2 },
      { fields: ['last', '2'], line: 6 },
    ]);
  });

  it('strips a byte-order mark and handles other delimiters', () => {
    expect(tokenize('\ufeffa;b\n1;"2;3"\n', 2, ';').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2;3'],
    ]);
    expect(tokenize('a\tb\n1\t2', Infinity, '\t').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps a quote inside an unquoted field literally, as pandas does', () => {
    expect(tokenize('a,b\n5" screen,1\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['5" screen', '1'],
    ]);
  });

  it('names the line of an unclosed quote and of text after a closing quote', () => {
    expect(() => tokenize('a,b\n1,2\n"open,3\n4,5\n')).toThrow(new CsvSyntaxError('a quoted field is never closed', 3));
    try {
      tokenize('a,b\n1,"x"y\n');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(CsvSyntaxError);
      expect((e as CsvSyntaxError).line).toBe(2);
      expect((e as Error).message).toMatch(/unexpected "y" after a closing quote/);
    }
  });
});

describe('CsvTokenizer record cap', () => {
  const records = (max: number) => {
    const out: number[] = [];
    return { out, t: new CsvTokenizer(',', (_f, line) => out.push(line), { maxRecordBytes: max }) };
  };

  it('refuses a record on the chunk that passes the cap, naming the line it starts on', () => {
    const { out, t } = records(100);
    t.push('a,b\nx,');
    t.push('y'.repeat(60));
    // The chunk that takes the record past 100 bytes throws; nothing more is held.
    expect(() => t.push('y'.repeat(60))).toThrow(expect.objectContaining({ line: 2, message: 'line 2 is longer than 100 bytes' }));
    expect(out).toEqual([1]);
  });

  it('counts UTF-8 bytes, not characters, and the same for a quoted field spanning lines', () => {
    const { t } = records(100);
    t.push('"é\n');
    t.push('é'.repeat(40)); // 2 + 80 + 1 bytes: still under
    expect(() => t.push('é'.repeat(10))).toThrow(expect.objectContaining({ line: 1 }));
  });

  it('a record of exactly the cap is read, and the cap applies to each record, not the file', () => {
    const { out, t } = records(10);
    for (let i = 0; i < 5; i++) t.push('abcde,ghij\n'); // 10 bytes of data + newline each
    t.push('abcde,ghij');
    t.end();
    expect(out).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('CsvTokenizer on records spanning many chunks', () => {
  /**
   * Characters String.prototype.indexOf looked at (up to its hit, or to the end
   * when it missed): the tokenizer's scans are indexOf calls, so this counts its
   * work without a clock. Rescanning an open record from its start on every
   * chunk made this grow with the square of the record's length.
   */
  function indexOfVisits(text: string, chunk: number, delimiter = ','): { visits: number; records: string[][] } {
    const indexOf = String.prototype.indexOf;
    let visits = 0;
    String.prototype.indexOf = function (this: string, search: string, from = 0) {
      const at = indexOf.call(this, search, from);
      visits += (at < 0 ? this.length : at + 1) - from;
      return at;
    };
    const records: string[][] = [];
    try {
      const t = new CsvTokenizer(delimiter, (fields) => records.push(fields));
      for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk));
      t.end();
    } finally {
      String.prototype.indexOf = indexOf;
    }
    return { visits, records };
  }

  it.each([
    ['a quoted field of 4,000 lines', 'a,b\n1,"' + 'line\n'.repeat(4000) + '"\n2,3\n', ','],
    ['a record of 3,000 quoted fields with line breaks', 'a\n' + '"x\ny",'.repeat(3000) + 'z\n', ','],
    ['doubled quotes on every line of a field', 'a\n"' + 'q""\n'.repeat(4000) + '"\n', ','],
    ['the whitespace layout', 'a b\n1 "' + 'line\n'.repeat(4000) + '"\n', WHITESPACE],
  ])('%s is scanned a bounded number of times per character, whatever the chunk size', (_name, text, delimiter) => {
    const whole = indexOfVisits(text, Infinity, delimiter);
    for (const chunk of [7, 64, 1000]) {
      const { visits, records } = indexOfVisits(text, chunk, delimiter);
      expect(records).toEqual(whole.records);
      // About 3 visits a character here; rescanning from the record's start was over 100.
      expect(visits).toBeLessThan(4 * text.length);
    }
  });

  it('the whitespace layout and comments read the same at every chunk size (CR, CRLF, quotes, blanks across chunk ends)', () => {
    const rand = rng(12);
    const alphabet = ['a', 'b', ' ', '\t', ',', '"', '""', '\n', '\r\n', '\r', '#', 'é', '😀'];
    const read = (text: string, chunk: number, delimiter: string, comment: string | undefined) => {
      const out: unknown[] = [];
      try {
        const t = new CsvTokenizer(delimiter, (fields, line) => out.push([fields, line]), { comment });
        for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk));
        t.end();
      } catch (e) {
        out.push([(e as Error).message, (e as CsvSyntaxError).line]);
      }
      return out;
    };
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: Math.floor(rand() * 40) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join('');
      const delimiter = rand() < 0.5 ? ',' : WHITESPACE;
      const comment = rand() < 0.5 ? '#' : undefined;
      const whole = read(text, Infinity, delimiter, comment);
      for (const chunk of [1, 2, 3, 5]) expect([text, chunk, read(text, chunk, delimiter, comment)]).toEqual([text, chunk, whole]);
    }
  });
});
