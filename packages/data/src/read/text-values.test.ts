import { isNaToken, KindInference, NA_TOKENS, parseDate, parseFloatText, parseIntText, parseTimestamp, TEXT_PARSERS } from './text-values';

describe('text cell parsers', () => {
  it('reads ints and floats as pandas.read_csv does, and rejects what it keeps as text', () => {
    expect(['0', '-12', '+7', '007'].map(parseIntText)).toEqual([0, -12, 7, 7]);
    expect(['', '-', '1.0', '1e3', '0x10', ' 1', '1_000'].map(parseIntText)).toEqual(Array(7).fill(undefined));
    expect(['1.5', '-.5', '1.', '+2e-3', '1E5', 'inf', '-inf', 'Infinity', '-Infinity', '3'].map(parseFloatText)).toEqual([1.5, -0.5, 1, 0.002, 1e5, Infinity, -Infinity, Infinity, -Infinity, 3]);
    expect(['.', '1e', '1e+', '0x10', '0b1', '0o7', '1.2.3', 'abc', '1,5', ' 1', '1 ', 'Infinityx', '-'].map(parseFloatText)).toEqual(Array(13).fill(undefined));
    expect(['1e500', '-1e500', '0e5', '00.5'].map(parseFloatText)).toEqual([Infinity, -Infinity, 0, 0.5]);
  });

  it('reads ISO dates and timestamps, with offsets, as epoch milliseconds (checked against Date.parse)', () => {
    const cases = ['2024-02-29', '1969-12-31', '2024-01-15 16:52:05', '2024-01-15T16:52', '2024-01-15T16:52:05.123Z', '2024-01-15T16:52:05.5+02:00', '2024-01-15 16:52:05-0530', '1900-03-01T00:00:00', '2400-02-29'];
    for (const c of cases) {
      const iso = c.length === 10 ? `${c}T00:00:00Z` : /Z|[+-]\d\d:?\d\d$/.test(c) ? c.replace(' ', 'T').replace(/([+-]\d\d)(\d\d)$/, '$1:$2') : `${c.replace(' ', 'T')}Z`;
      expect([c, parseTimestamp(c)]).toEqual([c, Date.parse(iso)]);
    }
    expect(parseDate('2024-01-15')).toBe(Date.UTC(2024, 0, 15));
    for (const bad of ['2023-02-29', '2024-13-01', '2024-01-32', '2024-01-15 24:00', '2024-01-15T10:61', '2024-01-15T10:00:00+2', '2024/01/15', '20240115', '2024-01-15T10:00:00.', '2024-01-15T10:00:00Zx']) {
      expect([bad, parseTimestamp(bad)]).toEqual([bad, undefined]);
    }
    expect(parseDate('2024-01-15 10:00')).toBeUndefined();
  });

  it('infers the narrowest kind that fits every sampled value', () => {
    const infer = (values: string[]) => {
      const k = new KindInference();
      values.forEach((v) => k.add(v));
      return k.kind;
    };
    expect(infer(['1', '2'])).toBe('int');
    expect(infer(['1', '2.5'])).toBe('float');
    expect(infer(['True', 'false'])).toBe('bool');
    expect(infer(['2024-01-01', '2024-01-02'])).toBe('date');
    expect(infer(['2024-01-01', '2024-01-02 10:00'])).toBe('timestamp');
    expect(infer(['1', 'x'])).toBe('string');
    expect(infer([])).toBe('string');
    expect(TEXT_PARSERS.bool('TRUE')).toBe(true);
  });
});

describe('NA tokens', () => {
  it("recognises exactly pandas' default na_values", () => {
    for (const t of NA_TOKENS) expect([t, isNaToken(t)]).toEqual([t, true]);
    for (const t of ['0', '1', '-1', '1.5', '-0.5', 'n', 'NAN', 'nil', 'none', '#', '1.#', 'Na', '-N', '<na>', 'inf']) expect([t, isNaToken(t)]).toEqual([t, false]);
  });
});
