/**
 * Every file of Apache's parquet conformance corpus (__parquet_testing__, see
 * its README.md) through the reader and profiler validate-data uses, against
 * DuckDB reading the same file: row count, column names, null counts, scalar
 * min/max/mean, and binary and nested columns value by value (hex and to_json
 * text). Where DuckDB cannot read a file, the corpus' own documented values or
 * the file's twin stand in; every file that is refused is refused on purpose,
 * with one line that names what is wrong.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { parquetMetadata, snappyUncompress } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { LONG_TEXT_UNITS } from '../profile/long-text';
import { TableProfiler, type TableProfile } from '../profile';
import type { Cell, ColumnKind, Dataset } from '../table';
import { openDataset } from './index';
import { int96EpochMillis, millisFromInt96 } from './parquet-int96';
import { closeTo, expectUserError, openAndRead } from './test-kit';

const CORPUS = path.join(path.dirname(new URL(import.meta.url).pathname), '__parquet_testing__');
const FILES = ['data', 'bad_data']
  .flatMap((d) => fs.readdirSync(path.join(CORPUS, d), { recursive: true }).map((f) => `${d}/${String(f).replaceAll('\\', '/')}`))
  .filter((f) => /\.parquet(\.encrypted)?$/.test(f))
  .sort();

/** Refused on purpose: the file → what its one line must say. */
const REFUSED: Record<string, RegExp> = {
  // Parquet Modular Encryption: no keys are given to validate-data.
  ...Object.fromEntries(FILES.filter((f) => f.endsWith('.encrypted')).map((f) => [f, /is encrypted with Parquet Modular Encryption/])),
  // Two 1 GiB strings: past the longest string V8 holds; refused from the footer, before a page is read.
  'data/large_string_map.brotli.parquet': /column "arr" in row group 0 holds a value larger than the JavaScript engine can hold: 2 values of "arr\.key_value\.key" take 2\.0 GiB, 1\.0 GiB on average, over the 512 MiB one value can be; refused before reading it/,
  // Its last value is in year 290000 (the corpus' int96_from_spark.md), past what a JavaScript date holds;
  // the decoding of all six values is checked against that document below.
  'data/int96_from_spark.parquet': /: row group 0, column "a" holds a timestamp in about year 29\d{4}, outside the years -271821 to 275760/,
  // bad_data/README.md: "all columns have not the same size".
  'bad_data/ARROW-GH-41317.parquet': /row group 0, column "timestamp_us_no_tz"\): its pages hold 0 of the 3 rows the row group declares/,
  // "decoded rep / def levels is less than num_values in page_header".
  'bad_data/ARROW-GH-41321.parquet': /row group 0, column "int64"\): its pages do not decode \(bitpack offset 9 out of range\)/,
  // "repetition levels start with a 1 instead of 0" (DuckDB reads it, into lists of the wrong rows).
  'bad_data/ARROW-GH-45185.parquet': /row group 0, column "x"\): its pages do not hold what their headers declare/,
  // "a required column contains null values".
  'bad_data/ARROW-GH-47662.parquet': /row group 0, column "flba_field"\): page 0 holds 364 bytes of values where its 100 values need 400 \(a required column/,
  // "the number of values stored in dictionary page header is negative".
  'bad_data/ARROW-RS-GH-6229-DICTHEADER.parquet': /row group 0, column "name"\): its dictionary page declares -26 values/,
  // "a page has insufficient repetition levels" (DuckDB reads it).
  'bad_data/ARROW-RS-GH-6229-LEVELS.parquet': /row group 0, column "outer"\): its pages do not hold what their headers declare/,
  // "a schema Thrift value has been corrupted".
  'bad_data/PARQUET-1481.parquet': /not a readable parquet file: its footer \(the file metadata\) cannot be decoded: its schema, row groups and column chunks do not fit together/,
};

/** Read although in bad_data/: kept there because another reader crashed on it; our values equal DuckDB's. */
const READ_FROM_BAD_DATA = ['bad_data/ARROW-GH-43605.parquet']; // a dictionary page with RLE bit width 0

/** DuckDB cannot read these (Hadoop-framed LZ4, which it does not support): their lz4_raw twins hold the same table. */
const TWINS: Record<string, string> = {
  'data/hadoop_lz4_compressed.parquet': 'data/lz4_raw_compressed.parquet',
  'data/non_hadoop_lz4_compressed.parquet': 'data/lz4_raw_compressed.parquet',
  'data/hadoop_lz4_compressed_larger.parquet': 'data/lz4_raw_compressed_larger.parquet',
};

/** DuckDB cannot read these at all; checked against the corpus' documents instead (tests below). */
const DOCUMENTED = ['data/map_no_value.parquet', 'data/byte_stream_split_extended.gzip.parquet'];

let conn: DuckDBConnection;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-pq-conformance-'));

beforeAll(async () => {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
  await conn.run(`SET TimeZone = 'UTC'`);
  // Two bad_data files carry GeoParquet metadata that DuckDB would otherwise insist on.
  await conn.run('SET enable_geoparquet_conversion = false');
});

afterAll(() => {
  conn?.closeSync();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const sql = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;
const rowsOf = async (q: string) => (await conn.runAndReadAll(q)).getRowObjects() as Record<string, unknown>[];

interface Ours {
  ds: Dataset;
  profile: TableProfile;
  /** Binary (hex) and nested (JSON text) columns, every row. */
  values: Record<string, Cell[]>;
}

/** The dataset opened and profiled as validate-data does (openDataset, then TableProfiler over every batch). */
async function readOurs(rel: string): Promise<Ours> {
  const ds = await openDataset(rel, { cwd: CORPUS, role: 'data' });
  const profiler = new TableProfiler(ds.schema);
  const keep = ds.schema.fields.flatMap((f, i) => (f.kind === 'binary' || f.kind === 'nested' ? [[f.name, i] as const] : []));
  const values: Record<string, Cell[]> = Object.fromEntries(keep.map(([n]) => [n, []]));
  try {
    for await (const batch of ds.batches()) {
      profiler.add(batch);
      for (const [name, i] of keep) values[name]!.push(...Array.from(batch.columns[i]!));
    }
    return { ds, profile: profiler.finish(), values };
  } finally {
    profiler.dispose();
  }
}

interface Reference {
  rows: number;
  names: string[];
  nulls: Record<string, number>;
  stats: Record<string, { min?: unknown; max?: unknown; mean?: unknown }>;
  values: Record<string, (string | null)[]>;
}

/** How DuckDB's value of a column becomes ours: numbers as doubles, instants as epoch milliseconds. */
function asOurs(column: string, kind: ColumnKind, duckType: string): string {
  const c = ident(column);
  if (kind === 'timestamp') return duckType === 'TIMESTAMP_NS' ? `epoch_ns(${c}) / 1e6` : `epoch_us(${c}) / 1000.0`;
  if (kind === 'date') return `datediff('day', DATE '1970-01-01', ${c})::DOUBLE * 86400000`;
  if (kind === 'bool') return `${c}::INTEGER`;
  if (kind === 'int' || kind === 'float' || kind === 'decimal') return `CASE WHEN isnan(${c}::DOUBLE) THEN NULL ELSE ${c}::DOUBLE END`;
  if (kind === 'binary') return `lower(hex(${c}))`;
  if (kind === 'nested') return `to_json(${c})::VARCHAR`;
  return c;
}

/** DuckDB's reading of `rel`, computed once per file; the column kinds are ours, to cast DuckDB's values the same way. */
async function reference(rel: string, ds: Dataset): Promise<Reference> {
  const from = `read_parquet(${sql(path.join(CORPUS, rel))}, file_row_number = true)`;
  const described = await rowsOf(`DESCRIBE SELECT * EXCLUDE (file_row_number) FROM ${from}`);
  const types = new Map(described.map((r) => [r.column_name as string, r.column_type as string]));
  const rows = Number((await rowsOf(`SELECT count(*) AS n FROM ${from}`))[0]!.n);
  const nulls: Reference['nulls'] = {};
  const stats: Reference['stats'] = {};
  const values: Reference['values'] = {};
  for (const f of ds.schema.fields) {
    if (!types.has(f.name)) continue;
    const x = asOurs(f.name, f.kind, types.get(f.name)!);
    const numeric = !['string', 'binary', 'nested'].includes(f.kind);
    const [agg] = await rowsOf(`SELECT count(*) - count(${x}) AS nulls, min(${x}) AS min, max(${x}) AS max${numeric ? `, avg(${x}) AS mean` : ''} FROM ${from}`);
    nulls[f.name] = Number(agg!.nulls);
    if (f.kind === 'binary' || f.kind === 'nested') values[f.name] = (await rowsOf(`SELECT ${x} AS v FROM ${from} ORDER BY file_row_number`)).map((r) => r.v as string | null);
    else stats[f.name] = f.kind === 'bool' ? { mean: agg!.mean } : f.kind === 'string' ? { min: agg!.min, max: agg!.max } : { min: agg!.min, max: agg!.max, mean: agg!.mean };
  }
  return { rows, names: described.map((r) => r.column_name as string), nulls, stats, values };
}

/** A text extreme as the profile shows it: a value past LONG_TEXT_UNITS by its beginning, then "… (size, #hash)". */
const sameText = (ours: unknown, ref: unknown) =>
  ours === ref || (typeof ours === 'string' && typeof ref === 'string' && ref.length > LONG_TEXT_UNITS && /… \(/.test(ours) && ref.startsWith(ours.slice(0, ours.lastIndexOf('… ('))));

const json = (text: Cell | undefined) => (typeof text === 'string' ? JSON.stringify(JSON.parse(text)) : text);

/**
 * Our JSON text of a nested value against DuckDB's to_json text. Two
 * representations differ by design and are compared by meaning: an integer
 * past 2^53 is a string of its exact digits in ours (a JSON number would be
 * rounded by any JavaScript reader) and a number in DuckDB's; an instant is
 * epoch milliseconds in ours, as in flat columns, and text in DuckDB's.
 */
function sameJson(ours: Cell | undefined, ref: string | null): boolean {
  if (ours === null || ref === null) return ours === ref;
  const exact = ref.replace(/(?<=[:[,])-?\d{16,}(?=[,\]}])/g, (m) => (Number.isSafeInteger(Number(m)) ? m : `"${m}"`));
  return sameValue(JSON.parse(ours as string), JSON.parse(exact));
}

const INSTANT = /^(-?\d{4,})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(\.\d+)?$/;

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'string' && INSTANT.test(b)) {
    const [, y, mo, d, h, mi, sec, frac] = INSTANT.exec(b)!;
    return a === Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec)) + Number(frac ?? 0) * 1000;
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** Columns whose JSON DuckDB cannot give: GEOMETRY and GEOGRAPHY (hyparquet decodes their WKB to GeoJSON; DuckDB has no GeoJSON without its spatial extension). */
const geometry = (ds: Dataset, name: string) => /GEOMETRY|GEOGRAPHY/.test(ds.schema.fields.find((f) => f.name === name)!.sourceType);

/** Every mismatch between our reading and the reference, as lines naming the column (empty when they agree). */
function differences(ours: Ours, ref: Reference): string[] {
  const out: string[] = [];
  if (ours.profile.rows !== ref.rows) out.push(`rows: ours ${ours.profile.rows}, reference ${ref.rows}`);
  const names = ours.ds.schema.fields.map((f) => f.name);
  if (JSON.stringify(names) !== JSON.stringify(ref.names)) out.push(`columns: ours ${JSON.stringify(names)}, reference ${JSON.stringify(ref.names)}`);
  for (const col of ours.profile.columns) {
    if (ref.nulls[col.name] !== undefined && col.nulls !== ref.nulls[col.name]) out.push(`${col.name}: nulls ours ${col.nulls}, reference ${ref.nulls[col.name]}`);
    const s = ref.stats[col.name];
    if (s) {
      for (const k of ['min', 'max', 'mean'] as const) {
        if (!(k in s)) continue;
        const want = s[k] === null ? undefined : typeof s[k] === 'bigint' ? Number(s[k]) : s[k];
        const got = col[k];
        const ok = col.kind === 'string' ? sameText(got, want) : want === undefined ? got === undefined : closeTo(got as number, want as number, k === 'mean' ? 1e-9 : 1e-12);
        if (!ok) out.push(`${col.name}: ${k} ours ${String(got)}, reference ${String(want)}`);
      }
    }
    const rows = ref.values[col.name];
    if (rows && !geometry(ours.ds, col.name)) {
      const got = ours.values[col.name]!;
      const bad = rows.flatMap((want, r) => ((col.kind === 'nested' ? sameJson(got[r], want) : got[r] === want) ? [] : [`row ${r}: ours ${String(got[r])}, reference ${want}`]));
      if (bad.length) out.push(`${col.name}: ${bad.slice(0, 3).join('; ')}`);
    }
  }
  return out;
}

/** Read and compared with DuckDB (or a twin). The *-corrupt-checksum files among them: page CRCs are not verified, as DuckDB and Arrow do not by default; their values are the ones DuckDB reads. */
const agreeing = FILES.filter((f) => !REFUSED[f] && !DOCUMENTED.includes(f) && (f.startsWith('data/') || READ_FROM_BAD_DATA.includes(f)));

describe('apache/parquet-testing: every file is read as DuckDB reads it, or refused on purpose', () => {
  it('covers every parquet file of the corpus, each in exactly one group', () => {
    const groups = [...agreeing, ...DOCUMENTED, ...Object.keys(REFUSED)];
    expect(new Set(groups).size).toBe(groups.length);
    expect([...groups].sort()).toEqual(FILES);
    expect(FILES.filter((f) => f.startsWith('bad_data/')).every((f) => REFUSED[f] || READ_FROM_BAD_DATA.includes(f))).toBe(true);
    // The README's parquet paragraph quotes these numbers.
    expect({ files: FILES.length, read: agreeing.length + DOCUMENTED.length, refused: Object.keys(REFUSED).length }).toEqual({ files: 96, read: 74, refused: 22 });
  });

  it.each(agreeing)('%s agrees with DuckDB', async (rel) => {
    const ours = await readOurs(rel);
    const ref = await reference(TWINS[rel] ?? rel, ours.ds);
    expect({ file: rel, differences: differences(ours, ref) }).toEqual({ file: rel, differences: [] });
  });

  it.each(Object.entries(REFUSED))('%s is refused with one line saying why', async (rel, message) => {
    if (!rel.endsWith('.encrypted')) return void (await expectUserError(openAndRead(rel, CORPUS), rel, message));
    // Named .parquet, as a user would name it, an encrypted file reaches the parquet reader, which says so.
    // Under its corpus name the data-file lookup turns down the unknown extension first, unless the
    // footer is in plain text (then the PAR1 magic makes it parquet).
    await expectUserError(openAndRead(rel, CORPUS), rel, /is encrypted with Parquet Modular Encryption|unknown file type/);
    const renamed = path.basename(rel).replace(/\.encrypted$/, '');
    fs.copyFileSync(path.join(CORPUS, rel), path.join(tmp, renamed));
    await expectUserError(openAndRead(renamed, tmp), renamed, message);
  });

  it('refuses the two 1 GiB strings from the footer, before their pages are read', async () => {
    const before = process.memoryUsage().arrayBuffers;
    await expectUserError(openAndRead('data/large_string_map.brotli.parquet', CORPUS), 'data/large_string_map.brotli.parquet', /refused before reading it/);
    // Reading would inflate a 1 GiB page; only the footer and a few header bytes were read.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
  });

  it('no refusal shows an engine error or the re-download hint for an intact file', async () => {
    for (const rel of Object.keys(REFUSED)) {
      const e = await expectUserError(openAndRead(rel, CORPUS), rel);
      expect({ rel, line: e.line }).not.toEqual({ rel, line: expect.stringMatching(/Cannot (read|destructure)|undefined|typed array|DataView|re-download/) });
    }
  });
});

describe('apache/parquet-testing files once misread', () => {
  it('repeated_primitive_no_list: a repeated field with no element is [], at the top level and inside a struct, never null', async () => {
    const ours = await readOurs('data/repeated_primitive_no_list.parquet');
    expect(ours.profile.columns.map((c) => [c.name, c.nulls])).toEqual([['Int32_list', 0], ['String_list', 0], ['group_of_lists', 0]]);
    expect(ours.values.Int32_list![1]).toBe('[]');
    expect(JSON.parse(ours.values.group_of_lists![1] as string)).toEqual({ Int32_list_in_group: [], String_list_in_group: ['three'] });
  });

  it('datapage_v2_empty_datapage: the empty snappy body is not decompressed; one row holding null', async () => {
    const ours = await readOurs('data/datapage_v2_empty_datapage.snappy.parquet');
    expect(ours.profile.rows).toBe(1);
    expect(ours.profile.columns.map((c) => [c.name, c.nulls])).toEqual([['value', 1]]);
  });
});

describe('apache/parquet-testing files DuckDB cannot read, against the corpus documents', () => {
  it('int96_from_spark: the INT96 values decode to the instants int96_from_spark.md lists, and the reader refuses only the one past year 275760', () => {
    // "As microseconds since the epoch, they correspond to:" (the fifth value is null, so not stored).
    const documented = [1704141296123456, 1704070800000000, 253402225200000000, 1735599600000000, 9089380393200000000];
    const stored = int96Values('data/int96_from_spark.parquet');
    const ours = stored.map(([day, nanos]) => int96EpochMillis(day, nanos));
    ours.forEach((ms, i) => expect({ i, us: closeTo(ms * 1000, documented[i]!, 1e-15) }).toEqual({ i, us: true }));
    expect(ours[0]! * 1000).toBeCloseTo(documented[0]!, -1); // to the microsecond, not only relatively
    expect(stored.slice(0, 4).map(([day, nanos]) => millisFromInt96(day, nanos))).toEqual(ours.slice(0, 4));
    expect(() => millisFromInt96(...stored[4]!)).toThrow(/about year 29\d{4}/);
  });

  it('map_no_value: the values map_no_value.md lists', async () => {
    const ours = await readOurs('data/map_no_value.parquet');
    expect(ours.profile.rows).toBe(3);
    expect(ours.values.my_map!.map(json)).toEqual(['{"1":null,"2":null,"3":null}', '{"4":null,"5":null,"6":null}', '{"7":null,"8":null,"9":null}']);
    // "The last two columns comprise 3 equivalent rows of list<Integer>".
    expect(ours.values.my_list!.map(json)).toEqual(['[1,2,3]', '[4,5,6]', '[7,8,9]']);
    expect(ours.values.my_map_no_v!.map(json)).toEqual(ours.values.my_list!.map(json));
  });

  it('byte_stream_split_extended: each BYTE_STREAM_SPLIT column equals its PLAIN twin (README.md, "Byte Stream Split")', async () => {
    const ds = await openDataset('data/byte_stream_split_extended.gzip.parquet', { cwd: CORPUS, role: 'data' });
    const columns: Record<string, Cell[]> = Object.fromEntries(ds.schema.fields.map((f) => [f.name, []]));
    for await (const b of ds.batches()) ds.schema.fields.forEach((f, i) => columns[f.name]!.push(...Array.from(b.columns[i]!)));
    const plain = ds.schema.fields.filter((f) => f.name.endsWith('_plain'));
    expect(plain.map((f) => f.name.replace(/_plain$/, ''))).toEqual(['float16', 'float', 'double', 'int32', 'int64', 'flba5', 'decimal']);
    for (const f of plain) {
      const twin = f.name.replace(/_plain$/, '_byte_stream_split');
      expect({ twin, rows: columns[twin]!.length }).toEqual({ twin, rows: 200 });
      expect({ twin, values: columns[twin] }).toEqual({ twin, values: columns[f.name] });
    }
    // And the PLAIN columns are what DuckDB reads for the floating-point pair of the simpler file's kind.
    expect(columns.float_plain!.every((v) => typeof v === 'number')).toBe(true);
  });
});

/** The INT96 values of the file's one column as (Julian day, nanoseconds of day), from its snappy dictionary page (Spark dictionary-encodes them, in row order). */
function int96Values(rel: string): [bigint, bigint][] {
  const bytes = fs.readFileSync(path.join(CORPUS, rel));
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const meta = parquetMetadata(buffer).row_groups[0]!.columns[0]!.meta_data!;
  expect([meta.type, meta.codec]).toEqual(['INT96', 'SNAPPY']);
  const reader = { view: new DataView(buffer), offset: Number(meta.dictionary_page_offset) };
  const header = parquetHeader(reader);
  expect(header.type).toBe('DICTIONARY_PAGE');
  const page = new Uint8Array(header.uncompressed_page_size);
  snappyUncompress(new Uint8Array(buffer, reader.offset, header.compressed_page_size), page);
  const view = new DataView(page.buffer);
  return Array.from({ length: header.dictionary_page_header!.num_values }, (_, i) => [BigInt(view.getInt32(i * 12 + 8, true)), view.getBigInt64(i * 12, true)]);
}
