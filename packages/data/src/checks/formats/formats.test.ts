import fs from 'node:fs';
import { dateutilParses, timelex } from './dateutil';
import { compileJsonSchema, loadJsonSchemaSupport } from './json-schema';
import { compileLike } from './like';
import { loadsPython } from './python-json';
import { compileStrptime, FormatError, strftimeNaive } from './strptime';

/** What make_golden.py had Python (datetime.strptime, dateutil.parser.parse, json.loads) answer. */
interface Golden {
  strptime: [string, string, boolean][];
  strptime_bad_formats: string[];
  dateutil: { today: [number, number, number]; cases: [string, boolean][] }[];
  json: [string, boolean][];
  like: [string, string, boolean][];
}
const golden = JSON.parse(fs.readFileSync(new URL('./__golden__/formats.golden.json', import.meta.url), 'utf8')) as Golden;

// compileJsonSchema needs the validator loaded, as loadConfig does for a config that holds a schema.
beforeAll(loadJsonSchemaSupport);

describe('strptime agrees with CPython 3.11', () => {
  it.each(golden.strptime)('%j on %j', (format, value, parses) => {
    expect(compileStrptime(format).parses(value)).toBe(parses);
  });

  it.each(golden.strptime_bad_formats)('refuses the format %j', (format) => {
    expect(() => compileStrptime(format)).toThrow(FormatError);
  });

  it('names the directive it does not support', () => {
    expect(() => compileStrptime('%D')).toThrow("'%D' is not a supported directive (supported: %a %A %b %B %d %f %H %I %j %m %M %p %S %y %Y %z %Z %%)");
    expect(() => compileStrptime('%Y-%')).toThrow("stray % in format '%Y-%'");
    expect(() => compileStrptime('%d-%d')).toThrow('%d appears twice; strptime cannot read a format that repeats a directive');
  });

  it('formats a naive time as CPython does, %z and %Z as nothing', () => {
    const t = new Date(Date.UTC(2026, 11, 6, 7, 5, 9, 250));
    expect(strftimeNaive('%a %A %b %B %d %f %H %I %j %m %M %p %S %y %Y [%z%Z] %%', t)).toBe('Sun Sunday Dec December 06 250000 07 07 340 12 05 AM 09 26 2026 [] %');
  });

  it('stays linear on a value built to make a backtracking matcher explode', () => {
    const format = '%d%m%H%M%S%I%j%y';
    expect(compileStrptime(format).parses('1'.repeat(40) + 'x')).toBe(false);
  });
});

describe('dateutil.parser.parse agrees with dateutil 2.8', () => {
  const cases = golden.dateutil.flatMap(({ today, cases }) => cases.map(([v, ok]) => [today.join('-'), v, ok, today] as const));
  it.each(cases)('today %s: %j', (_, value, parses, [year, month, day]) => {
    expect(dateutilParses(value, { year, month, day })).toBe(parses);
  });

  it('splits text as _timelex does', () => {
    expect(timelex('Sep.20.2009 4:30:21.447')).toEqual(['Sep', '.', '20', '.', '2009', ' ', '4', ':', '30', ':', '21.447']);
    expect(timelex('10,5')).toEqual(['10.5']);
  });
});

describe('json.loads', () => {
  it.each(golden.json)('%j', (text, parses) => {
    expect(loadsPython(text).ok).toBe(parses);
  });

  it('reads the non-finite literals as numbers', () => {
    expect(loadsPython('[NaN, Infinity, -Infinity, {"a": "NaN"}]')).toEqual({ ok: true, value: [NaN, Infinity, -Infinity, { a: 'NaN' }] });
  });
});

describe('SQL LIKE', () => {
  it.each(golden.like)('%j LIKE %j agrees with SQLite (case-sensitive)', (pattern, value, matches) => {
    expect(compileLike(pattern)(value)).toBe(matches);
  });

  /** GX's LIKE test definitions have no pandas case; their standard-SQL ones (not SQL Server's bracket classes) are run here. */
  const defs = fs.readdirSync(new URL('../__gx__/definitions/', import.meta.url)).filter((f) => f.includes('like_pattern'));
  const sqlCases = defs.flatMap((file) => {
    const def = JSON.parse(fs.readFileSync(new URL(`../__gx__/definitions/${file}`, import.meta.url), 'utf8')) as {
      expectation_type: string;
      datasets: { data: Record<string, (string | null)[]>; tests: { title: string; only_for?: string[]; in: Record<string, unknown>; out: { success: boolean; unexpected_list: string[] } }[] }[];
    };
    return def.datasets.flatMap((ds) => ds.tests.filter((t) => !t.only_for?.includes('mssql')).map((t) => [`${def.expectation_type}/${t.title}`, def.expectation_type, ds.data, t] as const));
  });
  it.each(sqlCases)('%s', (_, type, data, t) => {
    const values = data[t.in.column as string]!.filter((v): v is string => v !== null);
    const likes = ((t.in.like_pattern_list as string[] | undefined) ?? [t.in.like_pattern as string]).map(compileLike);
    const matchAll = t.in.match_on === 'all';
    const ok = (v: string) => {
      const hits = likes.filter((l) => l(v)).length;
      if (type.includes('not_match')) return hits === 0;
      return matchAll ? hits === likes.length : hits > 0;
    };
    const bad = values.filter((v) => !ok(v));
    const mostly = (t.in.mostly as number | undefined) ?? 1;
    expect({ success: values.length === 0 || (values.length - bad.length) / values.length >= mostly, unexpected_list: bad }).toEqual({ success: t.out.success, unexpected_list: t.out.unexpected_list });
  });

  const cases: [string, string, boolean][] = [
    ['a%', 'abc', true],
    ['a%', 'bac', false],
    ['%b%', 'abc', true],
    ['%b%', 'b', true],
    ['%b%', 'ac', false],
    ['a_c', 'abc', true],
    ['a_c', 'ac', false],
    ['a_c', 'a😀c', true],
    ['%', '', true],
    ['', '', true],
    ['', 'a', false],
    ['_', '', false],
    ['a%a', 'a', false],
    ['a%a', 'aa', true],
    ['%a%b%c%', 'xaxbxcx', true],
    ['%a%b%c%', 'xcxbxax', false],
    ['[a]%', '[a]bc', true],
    ['[a]%', 'abc', false],
    ['h%t', 'hat', true],
    ['h%t', 'Hat', false],
    ['%ab_', 'aabab', false],
    ['%ab_', 'aabxabz', true],
    ['%%%', 'x', true],
  ];
  it.each(cases)('%j LIKE %j', (pattern, value, matches) => {
    expect(compileLike(pattern)(value)).toBe(matches);
  });
});

describe('JSON Schema as jsonschema.validate reads it', () => {
  it('defaults to 2020-12, ignores format and unknown keywords, and picks the draft from $schema', () => {
    const v = compileJsonSchema({ properties: { a: { type: 'integer' } }, required: ['a'], 'x-note': 1, format: 'email' });
    expect([{ a: 1 }, { a: 1.0 }, { a: 1.5 }, { b: 1 }, 'not an email'].map(v)).toEqual([true, true, false, false, true]);
    // prefixItems is 2020-12; draft-07 ignores it as an unknown keyword.
    expect(compileJsonSchema({ prefixItems: [{ type: 'string' }] })([1])).toBe(false);
    expect(compileJsonSchema({ $schema: 'http://json-schema.org/draft-07/schema#', prefixItems: [{ type: 'string' }] })([1])).toBe(true);
    expect(compileJsonSchema({ $schema: 'https://json-schema.org/draft/2019-09/schema', dependentRequired: { a: ['b'] } })({ a: 1 })).toBe(false);
    expect(compileJsonSchema(false)(1)).toBe(false);
  });

  const schemaGolden = JSON.parse(fs.readFileSync(new URL('./__golden__/json-schema.golden.json', import.meta.url), 'utf8')) as { cases: [unknown, string, boolean][]; bad_schemas: unknown[] };
  it.each(schemaGolden.cases)('agrees with jsonschema: %j on %j', (schema, text, valid) => {
    const parsed = loadsPython(text);
    expect(parsed.ok && compileJsonSchema(schema)(parsed.value)).toBe(valid);
  });

  it.each(schemaGolden.bad_schemas)('refuses what jsonschema calls a SchemaError: %j', (schema) => {
    expect(() => compileJsonSchema(schema)).toThrow(/is not a valid/);
  });

  it('refuses a schema its meta-schema rejects, and drafts it does not validate', () => {
    expect(() => compileJsonSchema({ type: 'integr' })).toThrow(/^is not a valid 2020-12 schema: schema is invalid: data\/type must be equal to one of the allowed values/);
    expect(() => compileJsonSchema({ $schema: 'http://json-schema.org/draft-04/schema#' })).toThrow('$schema "http://json-schema.org/draft-04/schema#" is not a draft mlship validates');
    expect(() => compileJsonSchema([])).toThrow('must be a JSON Schema object (or true/false)');
  });
});
