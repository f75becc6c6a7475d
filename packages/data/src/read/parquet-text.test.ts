/**
 * PLAIN text pages decoded straight into strings give exactly what the
 * reader's string converter gives, `new TextDecoder().decode(bytes)` per
 * value, on well-formed and malformed UTF-8 alike; kept as bytes
 * (RawTextRows), they decode to the same strings.
 */
import type { PageHeader } from 'hyparquet';
import type { Cell, RawText } from '../table';
import { RawTextRows, scatterPlainText } from './parquet-text';

/** A PLAIN BYTE_ARRAY value section: each value's 4-byte little-endian length, then its bytes. */
function page(values: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(values.reduce((s, v) => s + 4 + v.length, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const v of values) {
    view.setUint32(at, v.length, true);
    out.set(v, at + 4);
    at += 4 + v.length;
  }
  return out;
}

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const decoded = (values: Uint8Array[]) => values.map((v) => new TextDecoder().decode(v));

/** Deterministic bytes (xorshift), biased toward the lead and continuation bytes of UTF-8. */
function randomValues(count: number, seed: number): Uint8Array[] {
  let x = seed;
  const next = () => ((x ^= x << 13), (x ^= x >>> 17), (x ^= x << 5), x >>> 0);
  const pool = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x90];
  return Array.from({ length: count }, () => {
    const v = new Uint8Array(next() % 12);
    for (let i = 0; i < v.length; i++) v[i] = next() % 3 === 0 ? next() & 0xff : pool[next() % pool.length]!;
    return v;
  });
}

const MALFORMED = [
  [0xef, 0xbb, 0xbf], // a byte order mark alone
  [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61], // two: TextDecoder drops the first only
  [0x61, 0xef, 0xbb, 0xbf], // not leading: kept
  [0xef, 0xbb], // a truncated one
  [0x80], // a lone continuation byte
  [0xc0, 0xaf], // overlong
  [0xe0, 0x80, 0xaf], // overlong, three bytes
  [0xed, 0xa0, 0x80], // an encoded surrogate
  [0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
  [0xf0, 0x9f, 0x98], // a truncated four-byte sequence
  [0xff, 0xfe, 0x61],
].map((b) => new Uint8Array(b));

describe('scatterPlainText', () => {
  it('decodes as TextDecoder does: text, empty values, a byte order mark, malformed sequences', () => {
    const values = [utf8('plain'), utf8(''), utf8('día 😀 日本'), utf8('\uFEFFwith a BOM'), utf8('x'.repeat(5000)), ...MALFORMED];
    const out: Cell[] = [];
    expect(scatterPlainText(page(values), values.length, out, 0, values.length, undefined, 0)).toBe(true);
    expect(out).toEqual(decoded(values));
  });

  it('matches TextDecoder on 20,000 random byte strings', () => {
    const values = randomValues(20_000, 0x9e3779b9);
    const out: Cell[] = [];
    expect(scatterPlainText(page(values), values.length, out, 0, values.length, undefined, 0)).toBe(true);
    expect(out).toEqual(decoded(values));
  });

  it('writes null where the definition level is below the maximum, from row `row` on, a page section not at its buffer start', () => {
    const values = [utf8('a'), utf8('béta'), utf8('c')];
    const body = page(values);
    const section = new Uint8Array(body.length + 7).subarray(7);
    section.set(body);
    const out: Cell[] = ['keep', 'keep', 'x', 'x', 'x', 'x', 'x'];
    expect(scatterPlainText(section, 3, out, 2, 5, [1, 0, 1, 0, 1], 1)).toBe(true);
    expect(out).toEqual(['keep', 'keep', 'a', null, 'béta', null, 'c']);
  });

  it('decodes only the rows asked for (a row group ending inside the page)', () => {
    const values = [utf8('one'), utf8('two'), utf8('three')];
    const out: Cell[] = [];
    expect(scatterPlainText(page(values), 3, out, 0, 2, undefined, 0)).toBe(true);
    expect(out).toEqual(['one', 'two']);
  });

  it('declines a page whose values run past its end, writing nothing (hyparquet then reads it as before)', () => {
    const body = page([utf8('abc'), utf8('defgh')]);
    const out: Cell[] = ['untouched'];
    expect(scatterPlainText(body.subarray(0, body.length - 1), 2, out, 0, 2, undefined, 0)).toBe(false);
    expect(scatterPlainText(body.subarray(0, 9), 2, out, 0, 2, undefined, 0)).toBe(false); // the second length cut
    expect(scatterPlainText(body, 3, out, 0, 2, undefined, 0)).toBe(false); // a third value declared, absent
    expect(out).toEqual(['untouched']);
  });
});

/** Each row of `raw` decoded, null where it has none. */
const decodedRows = (raw: RawText, n: number): Cell[] =>
  Array.from({ length: n }, (_, i) => (raw.starts[i]! < 0 ? null : Buffer.from(raw.bytes.subarray(raw.starts[i], raw.ends[i])).toString('utf8')));

const header = (type: PageHeader['type'], encoding?: string) =>
  ({ type, data_page_header: encoding ? { encoding } : undefined }) as unknown as PageHeader;

describe('RawTextRows', () => {
  const first = [utf8('plain'), utf8('\uFEFFwith a BOM'), utf8('día 😀'), ...MALFORMED];
  const second = randomValues(500, 7);
  const levels = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 1 ? 0 : 1));

  /** The two pages through scatterPlainText, and through a RawTextRows; the second page's rows have nulls. */
  function bothWays(rows: RawTextRows) {
    const nulls = levels(second.length + Math.ceil(second.length / 2));
    const present = nulls.filter((l) => l === 1).length;
    const values = second.slice(0, present);
    const strings: Cell[] = [];
    scatterPlainText(page(first), first.length, strings, 0, first.length, undefined, 1);
    scatterPlainText(page(values), present, strings, first.length, nulls.length, nulls, 1);
    const n = first.length + nulls.length;
    const out: Cell[] = new Array<Cell>(n).fill('untouched');
    rows.reset(n);
    expect(rows.add(page(first), first.length, out, 0, first.length, undefined, 1)).toBe(true);
    expect(rows.add(page(values), present, out, first.length, nulls.length, nulls, 1)).toBe(true);
    return { strings, out, n };
  }

  it('keeps the rows of several pages as bytes that decode to what scatterPlainText gives (mark left out, nulls)', () => {
    const rows = new RawTextRows();
    const { strings, out, n } = bothWays(rows);
    expect(rows.active).toBe(true);
    expect(decodedRows(rows.text, n)).toEqual(strings);
    expect(out.every((v) => v === 'untouched')).toBe(true);
    // Reused for the next row group: the rows start over.
    const again = bothWays(rows);
    expect(decodedRows(rows.text, again.n)).toEqual(again.strings);
  });

  it('a page that is not v1 PLAIN turns the rows so far into strings, and ends the bytes', () => {
    const rows = new RawTextRows();
    const { strings, out } = bothWays(rows);
    rows.page(header('DATA_PAGE', 'PLAIN'), out, 3);
    expect(rows.active).toBe(true);
    rows.page(header('DICTIONARY_PAGE'), out, strings.length);
    expect(rows.active).toBe(false);
    expect(out).toEqual(strings);
    rows.reset(2).page(header('DATA_PAGE_V2', 'PLAIN'), out, 0);
    expect(rows.active).toBe(false);
  });

  it('a value running past its page: the rows so far become strings and the page is declined', () => {
    const rows = new RawTextRows().reset(4);
    const out: Cell[] = [null, null, null, null];
    expect(rows.add(page([utf8('ok'), utf8('fine')]), 2, out, 0, 2, undefined, 0)).toBe(true);
    const body = page([utf8('abc'), utf8('defgh')]);
    expect(rows.add(body.subarray(0, body.length - 1), 2, out, 2, 2, undefined, 0)).toBe(false);
    expect(rows.active).toBe(false);
    expect(out).toEqual(['ok', 'fine', null, null]);
  });
});
