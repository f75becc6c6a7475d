import { parse } from 'csv-parse/sync';
import { CsvSyntaxError, CsvTokenizer } from './csv-tokenizer';
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
