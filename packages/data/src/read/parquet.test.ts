/**
 * The parquet reader against DuckDB: every fixture is written by DuckDB at
 * test time, read back by DuckDB as the reference (values cast in SQL to
 * doubles, epoch milliseconds, hex and JSON text), and read by our reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { parquetMetadata } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import type { Cell, Dataset } from '../table';
import { cleanupTempDirs, closeTo, drain, expectUserError, kinds, open, openAndRead, plain, readAll, tempDir, type Drained } from './test-kit';

const fetchAtStart = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
let conn: DuckDBConnection;
let dir: string;

beforeAll(async () => {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  conn = await (await DuckDBInstance.create(':memory:', { threads: '2' })).connect();
  await conn.run(`SET TimeZone = 'UTC'`);
  await conn.run(`CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')`);
  dir = tempDir();
});

afterAll(() => {
  conn?.closeSync();
  cleanupTempDirs();
});

const sqlPath = (p: string) => `'${p.replaceAll("'", "''")}'`;

async function rowsOf(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[];
}

/** Writes `select` to `file` under the temp dir with the COPY options given; returns the file name. */
async function writeParquet(file: string, select: string, options = 'COMPRESSION zstd'): Promise<string> {
  const abs = path.join(dir, file);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  await conn.run(`COPY (${select}) TO ${sqlPath(abs)} (FORMAT parquet${options ? `, ${options}` : ''})`);
  return file;
}

type Compare = 'number' | 'exact' | 'json';

interface Column {
  name: string;
  /** The value for row `i` (a DuckDB expression over `i`). */
  sql: string;
  kind: string;
  /** How DuckDB reads the column back into what our reader should return (over the column name). */
  ref: (c: string) => string;
  compare: Compare;
  /** Numbers must be identical, not just within 1e-12 relative. */
  exact?: boolean;
}

const asDouble = (c: string) => `${c}::DOUBLE`;
const same = (c: string) => c;
const asText = (c: string) => `${c}::VARCHAR`;
const epochMsOfMicros = (c: string) => `epoch_us(${c}) / 1000.0`;

/** Every 7th row (shifted per column) is NULL, so each column has nulls in every row group. */
const nullable = (sql: string, k: number) => `CASE WHEN (i + ${k}) % 7 = 0 THEN NULL ELSE ${sql} END`;

const TS = `(TIMESTAMP '1960-01-01 00:00:00' + to_microseconds((i::BIGINT * 1234567890123) % 3000000000000000))`;
const signed = `CASE WHEN i % 2 = 1 THEN '-' ELSE '' END`;

const COLUMNS: Column[] = [
  { name: 'id', sql: 'i::INTEGER', kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'ti', sql: nullable('((i % 256) - 128)::TINYINT', 1), kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'si', sql: nullable('((i * 37) % 65536 - 32768)::SMALLINT', 2), kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'ii', sql: nullable('((i * 1000003) % 4294967296 - 2147483648)::INTEGER', 3), kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'bi', sql: nullable('((i::HUGEINT * 3689348814741910323) % 18446744073709551616 - 9223372036854775808)::BIGINT', 4), kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'uti', sql: nullable('(i % 256)::UTINYINT', 5), kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'usi', sql: nullable('((i * 37) % 65536)::USMALLINT', 6), kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'ui', sql: nullable('((i * 1000003) % 4294967296)::UINTEGER', 0), kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'ubi', sql: nullable('((i::HUGEINT * 3689348814741910323) % 18446744073709551616)::UBIGINT', 1), kind: 'int', ref: asDouble, compare: 'number' },
  // The same kinds without nulls: hyparquet hands these over as typed arrays.
  { name: 'ii_req', sql: '((i * 1000003) % 4294967296 - 2147483648)::INTEGER', kind: 'int', ref: asDouble, compare: 'number' },
  { name: 'ubi_req', sql: '((i::HUGEINT * 3689348814741910323) % 18446744073709551616)::UBIGINT', kind: 'int', ref: asDouble, compare: 'number' },
  {
    name: 'f',
    sql: nullable(`CASE WHEN i % 97 = 5 THEN 'nan'::FLOAT WHEN i % 97 = 6 THEN 'inf'::FLOAT WHEN i % 97 = 7 THEN '-inf'::FLOAT ELSE (i / 7.0)::FLOAT END`, 2),
    kind: 'float',
    ref: asDouble,
    compare: 'number',
  },
  {
    name: 'd',
    sql: nullable(`CASE WHEN i % 101 = 1 THEN 1e308 WHEN i % 101 = 2 THEN 5e-324 WHEN i % 101 = 3 THEN '-0.0'::DOUBLE ELSE (i * 1.0e-3 - 123.45)::DOUBLE END`, 3),
    kind: 'float',
    ref: same,
    compare: 'number',
  },
  { name: 'f_req', sql: '(i / 3.0)::FLOAT', kind: 'float', ref: asDouble, compare: 'number' },
  { name: 'dec9', sql: nullable('(((i * 12345) % 100000000 - 50000000) / 100.0)::DECIMAL(9,2)', 4), kind: 'decimal', ref: asDouble, compare: 'number', exact: true },
  {
    name: 'dec18',
    sql: nullable(`(${signed} || ((i * 7919) % 99999999999999)::VARCHAR || '.' || lpad(((i * 31) % 10000)::VARCHAR, 4, '0'))::DECIMAL(18,4)`, 5),
    kind: 'decimal',
    ref: asDouble,
    compare: 'number',
    exact: true, // the unscaled values stay below 2^50 here
  },
  {
    name: 'dec38',
    sql: nullable(`(${signed} || ((i::HUGEINT * 1234567890123456789) % 9999999999999999999999999999)::VARCHAR || '.' || lpad(((i * 7) % 10000000000)::VARCHAR, 10, '0'))::DECIMAL(38,10)`, 6),
    kind: 'decimal',
    ref: asDouble,
    compare: 'number',
  },
  { name: 'dec9_req', sql: '(((i * 12345) % 100000000 - 50000000) / 100.0)::DECIMAL(9,2)', kind: 'decimal', ref: asDouble, compare: 'number', exact: true },
  { name: 'b', sql: nullable('i % 3 = 0', 0), kind: 'bool', ref: same, compare: 'exact' },
  { name: 'lowc', sql: nullable(`'cat_' || (i % 6)::VARCHAR`, 2), kind: 'string', ref: same, compare: 'exact' },
  { name: 'highc', sql: nullable(`md5(i::VARCHAR) || CASE WHEN i % 5 = 0 THEN ' ü 😀 "q"' ELSE '' END`, 3), kind: 'string', ref: same, compare: 'exact' },
  { name: 'dt', sql: nullable(`DATE '1970-01-01' + ((i * 37) % 40000 - 20000)::INTEGER`, 4), kind: 'date', ref: (c) => `datediff('day', DATE '1970-01-01', ${c})::DOUBLE * 86400000`, compare: 'number' },
  { name: 'ts', sql: nullable(TS, 5), kind: 'timestamp', ref: epochMsOfMicros, compare: 'number' },
  { name: 'ts_ms', sql: nullable(`${TS}::TIMESTAMP_MS`, 6), kind: 'timestamp', ref: (c) => `epoch_ms(${c})::DOUBLE`, compare: 'number' },
  {
    name: 'ts_ns',
    sql: nullable(`(strftime(${TS}, '%Y-%m-%d %H:%M:%S.%f') || lpad((i % 1000)::VARCHAR, 3, '0'))::TIMESTAMP_NS`, 0),
    kind: 'timestamp',
    ref: (c) => `epoch_ns(${c}) / 1e6`,
    compare: 'number',
  },
  { name: 'ts_tz', sql: nullable(`(strftime(${TS}, '%Y-%m-%d %H:%M:%S.%f') || '+05:30')::TIMESTAMPTZ`, 1), kind: 'timestamp', ref: epochMsOfMicros, compare: 'number' },
  { name: 'bl', sql: nullable(`unhex('00ff' || lpad(to_hex(i), 8, '0'))`, 2), kind: 'binary', ref: (c) => `lower(hex(${c}))`, compare: 'exact' },
  { name: 'lst', sql: nullable('CASE WHEN i % 11 = 0 THEN []::INTEGER[] WHEN i % 13 = 0 THEN [1, NULL, 3] ELSE [i, i + 1] END::INTEGER[]', 3), kind: 'nested', ref: (c) => `to_json(${c})::VARCHAR`, compare: 'json' },
  { name: 'st', sql: nullable(`{'x': i, 'y': 'v' || (i % 5)::VARCHAR, 'z': CASE WHEN i % 4 = 0 THEN NULL ELSE (i * 0.5)::DOUBLE END, 'l': CASE WHEN i % 9 = 0 THEN NULL ELSE [i] END}`, 4), kind: 'nested', ref: (c) => `to_json(${c})::VARCHAR`, compare: 'json' },
  { name: 'mp', sql: nullable(`MAP {'k' || (i % 3)::VARCHAR: i, 'n': CASE WHEN i % 5 = 0 THEN NULL ELSE i * 2 END}`, 5), kind: 'nested', ref: (c) => `to_json(${c})::VARCHAR`, compare: 'json' },
  { name: 'mpi', sql: nullable(`MAP {(i % 4)::INTEGER: 'v' || i::VARCHAR}`, 6), kind: 'nested', ref: (c) => `to_json(${c})::VARCHAR`, compare: 'json' },
  {
    name: 'lst_st',
    sql: nullable(`[{'a': i, 'b': CASE WHEN i % 2 = 0 THEN NULL ELSE 'x' END}, NULL, {'a': -i, 'b': 'y'}]`, 0),
    kind: 'nested',
    ref: (c) => `to_json(${c})::VARCHAR`,
    compare: 'json',
  },
  { name: 'lst_lst', sql: nullable('[[i, i + 1], NULL, [], [NULL]]::BIGINT[][]', 1), kind: 'nested', ref: (c) => `to_json(${c})::VARCHAR`, compare: 'json' },
  { name: 'en', sql: nullable(`(['sad', 'ok', 'happy'])[i % 3 + 1]::mood`, 6), kind: 'string', ref: asText, compare: 'exact' },
  { name: 'uu', sql: nullable('md5(i::VARCHAR)::UUID', 0), kind: 'string', ref: asText, compare: 'exact' },
];

const selectAll = (rows: number, columns = COLUMNS) => `SELECT ${columns.map((c) => `${c.sql} AS ${c.name}`).join(', ')} FROM range(${rows}) t(i)`;

/** DuckDB's reading of `file`, one array per column, in file order. */
async function reference(file: string, columns = COLUMNS): Promise<Record<string, unknown[]>> {
  const rows = await rowsOf(
    `SELECT ${columns.map((c) => `${c.ref(c.name)} AS ${c.name}`).join(', ')} FROM read_parquet(${sqlPath(path.join(dir, file))}, file_row_number = true) ORDER BY file_row_number`,
  );
  return Object.fromEntries(columns.map((c) => [c.name, rows.map((r) => r[c.name])]));
}

/** Asserts our values equal DuckDB's column by column; a mismatch names the column and row. */
function expectSameValues(ours: Drained, ref: Record<string, unknown[]>, columns = COLUMNS): void {
  for (const c of columns) {
    const got = ours.columns[c.name]!;
    const want = ref[c.name]!;
    expect({ column: c.name, rows: got.length }).toEqual({ column: c.name, rows: want.length });
    const bad: string[] = [];
    for (let r = 0; r < want.length && bad.length < 3; r++) {
      if (!same1(got[r]!, want[r], c)) bad.push(`row ${r}: ours ${JSON.stringify(got[r])}, DuckDB ${JSON.stringify(want[r])}`);
    }
    expect({ column: c.name, mismatches: bad }).toEqual({ column: c.name, mismatches: [] });
  }
}

function same1(got: Cell, want: unknown, c: Column): boolean {
  const wantMissing = want === null || (typeof want === 'number' && Number.isNaN(want));
  if (got === null || (typeof got === 'number' && Number.isNaN(got))) return wantMissing;
  if (wantMissing) return false;
  if (c.compare === 'number') return typeof want === 'number' && (c.exact ? Object.is(got, want) : closeTo(got, want, 1e-12) && Object.is(got === 0 ? got : 1, want === 0 ? want : 1));
  if (c.compare === 'json') return typeof got === 'string' && JSON.stringify(JSON.parse(got)) === JSON.stringify(JSON.parse(want as string));
  return got === want;
}

describe('parquet types (DuckDB-written, DuckDB as reference)', () => {
  const ROWS = 1500;
  let file: string;
  let ours: Drained;
  let ref: Record<string, unknown[]>;

  beforeAll(async () => {
    file = await writeParquet('types.parquet', selectAll(ROWS), 'COMPRESSION zstd, ROW_GROUP_SIZE 1000');
    const ds = await open(file, dir);
    ours = await drain(ds);
    ref = await reference(file);
  });

  it('chooses the kind per column', async () => {
    const ds = await open(file, dir);
    expect(kinds(ds)).toEqual(Object.fromEntries(COLUMNS.map((c) => [c.name, c.kind])));
    expect(ds.files).toEqual([expect.objectContaining({ path: 'types.parquet', format: 'parquet', partitions: {} })]);
    const byName = Object.fromEntries(ds.schema.fields.map((f) => [f.name, f.sourceType]));
    expect(byName).toMatchObject({ ts: 'INT64 TIMESTAMP(MICROS)', ts_ms: 'INT64 TIMESTAMP(MILLIS)', ts_ns: 'INT64 TIMESTAMP(NANOS)', dec38: 'FIXED_LEN_BYTE_ARRAY DECIMAL', uu: 'FIXED_LEN_BYTE_ARRAY UUID' });
  });

  it('returns the values DuckDB reads, nulls as missing', () => {
    expect(ours.rows).toBe(ROWS);
    expectSameValues(ours, ref);
  });

  it('sprinkled nulls arrive as null, or NaN in numeric and temporal columns', () => {
    const ds = COLUMNS.filter((c) => c.name !== 'id' && !c.name.endsWith('_req'));
    for (const c of ds) {
      const missing = ours.columns[c.name]!.filter((v) => v === null || Number.isNaN(v));
      expect({ column: c.name, some: missing.length > 0 }).toEqual({ column: c.name, some: true });
      const numericLike = ['int', 'float', 'decimal', 'date', 'timestamp'].includes(c.kind);
      expect({ column: c.name, as: [...new Set(missing.map(String))] }).toEqual({ column: c.name, as: [numericLike ? 'NaN' : 'null'] });
    }
  });

  it('reads dictionary-encoded low-cardinality text and plain high-cardinality text', async () => {
    const enc = await rowsOf(`SELECT path_in_schema AS col, encodings FROM parquet_metadata(${sqlPath(path.join(dir, file))}) WHERE row_group_id = 0 AND path_in_schema IN ('lowc', 'highc')`);
    const byCol = Object.fromEntries(enc.map((r) => [r.col, r.encodings]));
    expect(byCol.lowc).toMatch(/DICTIONARY/);
    expect(byCol.highc).not.toMatch(/DICTIONARY/);
    expect(new Set(plain(ours.columns.lowc!)).size).toBe(7); // 6 values and null
  });

  it('decimals are the double nearest their value, as DuckDB casts them (0.35 is 0.35, not 0.35000000000000003)', async () => {
    const cols: Column[] = [
      { name: 'a', sql: '(i / 100.0)::DECIMAL(9,2)', kind: 'decimal', ref: asDouble, compare: 'number', exact: true },
      { name: 'b', sql: '((i - 5000) / 10000.0)::DECIMAL(18,4)', kind: 'decimal', ref: asDouble, compare: 'number', exact: true },
      { name: 'c', sql: '(i / 1000.0)::DECIMAL(38,3)', kind: 'decimal', ref: asDouble, compare: 'number', exact: true },
    ];
    const dec = await writeParquet('decimals.parquet', selectAll(10000, cols), 'COMPRESSION uncompressed');
    const got = await readAll(dec, dir);
    expect(got.columns.a![35]).toBe(0.35);
    expect(got.columns.b![5001]).toBe(0.0001);
    expect(got.columns.c![9]).toBe(0.009);
    expectSameValues(got, await reference(dec, cols), cols);
  });

  it('keeps special floats: ±inf, -0, the smallest subnormal, 1e308; NaN counts as missing', () => {
    const d = ours.columns.d!;
    expect(d).toContain(1e308);
    expect(d).toContain(5e-324);
    expect(d.some((v) => Object.is(v, -0))).toBe(true);
    const f = ours.columns.f!;
    expect(f).toContain(Infinity);
    expect(f).toContain(-Infinity);
  });

  it('reads INT96-free timestamps to sub-millisecond precision and dates before 1970', () => {
    const ts = ours.columns.ts!.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
    expect(ts.some((v) => v < 0)).toBe(true);
    expect(ts.some((v) => !Number.isInteger(v))).toBe(true);
    const dt = ours.columns.dt!.filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
    expect(dt.every((v) => v % 86_400_000 === 0)).toBe(true);
    expect(dt.some((v) => v < 0)).toBe(true);
  });

  it('writes nested values as JSON text, with nulls inside lists', () => {
    // Row 52: 52 % 13 == 0, 52 % 11 != 0 and (52 + 3) % 7 != 0 (not null); row 22: 22 % 11 == 0.
    expect(JSON.parse(ours.columns.lst![52] as string)).toEqual([1, null, 3]);
    expect(JSON.parse(ours.columns.lst![22] as string)).toEqual([]);
    expect(ours.columns.lst![4]).toBeNull(); // (4 + 3) % 7 == 0
    expect(JSON.parse(ours.columns.st![1] as string)).toEqual({ x: 1, y: 'v1', z: 0.5, l: [1] });
    // Null fields keep their key (a null list field used to vanish from the JSON text).
    expect(JSON.parse(ours.columns.st![36] as string)).toEqual({ x: 36, y: 'v1', z: null, l: null });
    expect(JSON.parse(ours.columns.lst_st![2] as string)).toEqual([{ a: 2, b: null }, null, { a: -2, b: 'y' }]);
    expect(JSON.parse(ours.columns.lst_lst![2] as string)).toEqual([[2, 3], null, [], [null]]);
    expect(JSON.parse(ours.columns.mp![1] as string)).toEqual({ k1: 1, n: 2 });
    expect(ours.columns.bl![1]).toBe('00ff00000001');
  });
});

describe('parquet codecs', () => {
  const CODECS = ['uncompressed', 'snappy', 'gzip', 'zstd', 'brotli', 'lz4_raw', 'lz4'];
  const subset = COLUMNS.filter((c) => ['id', 'bi', 'ubi', 'd', 'dec18', 'b', 'lowc', 'highc', 'dt', 'ts', 'bl', 'lst', 'st'].includes(c.name));

  let base: Drained & { ds: Dataset };

  it.each(CODECS)('%s: same data, same values as DuckDB', async (codec) => {
    const file = await writeParquet(`codec-${codec}.parquet`, selectAll(1200, subset), `COMPRESSION ${codec}, ROW_GROUP_SIZE 1000`);
    const meta = await rowsOf(`SELECT DISTINCT compression FROM parquet_metadata(${sqlPath(path.join(dir, file))})`);
    expect(meta.map((r) => r.compression)).toEqual([codec === 'lz4' ? 'LZ4_RAW' : codec.toUpperCase()]);
    const ours = await readAll(file, dir);
    expect(ours.rows).toBe(1200);
    expectSameValues(ours, await reference(file, subset), subset);
    // Identical to the uncompressed file's values (the first case), compared as JSON text.
    if (codec === 'uncompressed') base = ours;
    else {
      expect(JSON.stringify(ours.columns)).toBe(JSON.stringify(base.columns));
      expect(kinds(ours.ds)).toEqual(kinds(base.ds));
    }
  });

  it('reads page V2 with delta encodings (PARQUET_VERSION V2)', async () => {
    const file = await writeParquet('v2.parquet', selectAll(1200, subset), 'COMPRESSION zstd, PARQUET_VERSION V2');
    const enc = await rowsOf(`SELECT string_agg(DISTINCT encodings, ',') AS e FROM parquet_metadata(${sqlPath(path.join(dir, file))})`);
    expect(enc[0]!.e).toMatch(/DELTA/);
    const ours = await readAll(file, dir);
    expectSameValues(ours, await reference(file, subset), subset);
  });
});

describe('parquet row groups and projection', () => {
  it('yields one batch per row group with the row group sizes DuckDB reports', async () => {
    const file = await writeParquet('groups.parquet', 'SELECT i::BIGINT AS id, i * 0.5 AS x, \'g\' || (i % 3)::VARCHAR AS g FROM range(7000) t(i)', 'COMPRESSION snappy, ROW_GROUP_SIZE 1000');
    const groups = await rowsOf(`SELECT row_group_id, any_value(row_group_num_rows)::INTEGER AS n FROM parquet_metadata(${sqlPath(path.join(dir, file))}) GROUP BY row_group_id ORDER BY row_group_id`);
    expect(groups.length).toBeGreaterThan(1);
    const ours = await readAll(file, dir);
    expect(ours.batchRows).toEqual(groups.map((g) => g.n));
    expect(ours.rows).toBe(7000);
    expect(ours.columns.id).toEqual(Array.from({ length: 7000 }, (_, i) => i));
  });

  it('refills the previous row group\'s arrays, rewriting every row: nulls, dictionaries and a short last group', async () => {
    // Row groups of 2048 (DuckDB's smallest): the first all null in `x` and `g`, the second
    // none, the third a different dictionary, the last 500 rows; `s` goes from dictionary to plain text.
    const select = `SELECT i::BIGINT AS id,
      CASE WHEN i < 2048 THEN NULL ELSE (i * 0.5)::DOUBLE END AS x,
      CASE WHEN i < 2048 THEN NULL WHEN i < 4096 THEN 'a' || (i % 3)::VARCHAR ELSE 'b' || (i % 4)::VARCHAR END AS g,
      CASE WHEN i < 4096 THEN 'low' || (i % 2)::VARCHAR ELSE md5(i::VARCHAR) END AS s
      FROM range(6644) t(i)`;
    const file = await writeParquet('refill.parquet', select, 'COMPRESSION zstd, ROW_GROUP_SIZE 2048');
    const ds = await open(file, dir);
    const arrays: ArrayLike<Cell>[][] = [];
    const sizes: number[] = [];
    for await (const batch of ds.batches()) {
      arrays.push(batch.columns);
      sizes.push(batch.numRows);
    }
    expect(sizes).toEqual([2048, 2048, 2048, 500]);
    for (let c = 0; c < 4; c++) {
      expect(arrays[1]![c]).toBe(arrays[0]![c]);
      expect(arrays[2]![c]).toBe(arrays[0]![c]);
      expect(arrays[3]![c]).not.toBe(arrays[0]![c]);
    }
    const ours = await drain(ds);
    const ref = await rowsOf(`SELECT id::DOUBLE AS id, x, g, s FROM read_parquet(${sqlPath(path.join(dir, file))}) ORDER BY id`);
    expect(plain(ours.columns.id!)).toEqual(ref.map((r) => r.id));
    expect(plain(ours.columns.x!)).toEqual(ref.map((r) => r.x));
    expect(plain(ours.columns.g!)).toEqual(ref.map((r) => r.g));
    expect(plain(ours.columns.s!)).toEqual(ref.map((r) => r.s));
  });

  it('a text column read from its dictionary in a row group also comes as its codes, row for row', async () => {
    const ds = await open('refill.parquet', dir);
    const seen: string[] = [];
    for await (const batch of ds.batches({ columns: ['s', 'g', 'x'] })) {
      seen.push(batch.coded?.map((c) => (c ? 'coded' : '-')).join(' ') ?? 'none');
      batch.coded?.forEach((c, j) => {
        if (!c) return;
        const values = Array.from(batch.columns[j]!);
        expect(values).toEqual(Array.from(c.codes.subarray(0, batch.numRows), (k) => (k < 0 ? null : c.cells[k])));
        values.forEach((v, i) => v !== null && expect(v).toBe(c.cells[c.codes[i]!]));
      });
    }
    // In dataset order x, g, s. g: all null in the first group, then two dictionaries; s: a dictionary, then md5 text written out plain.
    expect(seen).toEqual(['- - coded', '- coded coded', '- coded -', '- coded -']);
  });

  it('with rawText, written-out text comes as bytes that decode to the values read without it; other columns are unchanged', async () => {
    const file = await writeParquet('raw.parquet', `SELECT i::BIGINT AS id,
      CASE WHEN i % 7 = 3 THEN NULL ELSE md5(i::VARCHAR) || CASE WHEN i % 11 = 0 THEN ' ü' ELSE '' END END AS s,
      'low' || (i % 3)::VARCHAR AS g
      FROM range(5000) t(i)`, 'COMPRESSION zstd, ROW_GROUP_SIZE 2048');
    const ds = await open(file, dir);
    const plainRead = await drain(ds);
    const got: Record<string, Cell[]> = { id: [], s: [], g: [] };
    const kinds: string[] = [];
    for await (const batch of ds.batches({ rawText: true })) {
      ds.schema.fields.forEach((f, j) => {
        const raw = batch.raw?.[j];
        kinds.push(`${f.name}:${raw ? 'raw' : 'values'}`);
        const rows = raw ? Array.from({ length: batch.numRows }, (_, i) => (raw.starts[i]! < 0 ? null : Buffer.from(raw.bytes.subarray(raw.starts[i], raw.ends[i])).toString('utf8'))) : Array.from(batch.columns[j]!);
        got[f.name]!.push(...rows);
      });
    }
    expect(new Set(kinds)).toEqual(new Set(['id:values', 's:raw', 'g:values']));
    for (const name of ['id', 's', 'g']) expect(plain(got[name]!)).toEqual(plain(plainRead.columns[name]!));
  });

  it('batches({columns}) returns only those columns, in dataset order', async () => {
    const ds = await open('groups.parquet', dir);
    const got = await drain(ds, ['g', 'id']);
    expect(got.names).toEqual(['id', 'g']);
    expect(got.rows).toBe(7000);
    expect(got.columns.g!.slice(0, 4)).toEqual(['g0', 'g1', 'g2', 'g0']);
    for await (const batch of ds.batches({ columns: ['x'] })) {
      expect(batch.columns).toHaveLength(1);
      expect(batch.columns[0]![1]).toBe(0.5);
      break;
    }
  });
});

describe('parquet edge shapes', () => {
  it('a file with no rows has its columns and yields no rows', async () => {
    const file = await writeParquet('empty-rows.parquet', `SELECT 1::INTEGER AS a, 'x' AS s, DATE '2024-01-01' AS d WHERE false`);
    const got = await readAll(file, dir);
    expect(kinds(got.ds)).toEqual({ a: 'int', s: 'string', d: 'date' });
    expect(got.rows).toBe(0);
  });

  it('all-null columns of every kind are all missing', async () => {
    const cols: Column[] = [
      { name: 'i', sql: 'NULL::INTEGER', kind: 'int', ref: asDouble, compare: 'number' },
      { name: 'f', sql: 'NULL::DOUBLE', kind: 'float', ref: same, compare: 'number' },
      { name: 'dec', sql: 'NULL::DECIMAL(18,3)', kind: 'decimal', ref: asDouble, compare: 'number' },
      { name: 's', sql: 'NULL::VARCHAR', kind: 'string', ref: same, compare: 'exact' },
      { name: 'b', sql: 'NULL::BOOLEAN', kind: 'bool', ref: same, compare: 'exact' },
      { name: 'ts', sql: 'NULL::TIMESTAMP', kind: 'timestamp', ref: epochMsOfMicros, compare: 'number' },
      { name: 'l', sql: 'NULL::INTEGER[]', kind: 'nested', ref: (c) => `to_json(${c})::VARCHAR`, compare: 'json' },
      { name: 'bl', sql: 'NULL::BLOB', kind: 'binary', ref: (c) => `lower(hex(${c}))`, compare: 'exact' },
    ];
    const file = await writeParquet('all-null.parquet', selectAll(50, cols));
    const got = await readAll(file, dir);
    expect(kinds(got.ds)).toEqual(Object.fromEntries(cols.map((c) => [c.name, c.kind])));
    expect(got.rows).toBe(50);
    for (const c of cols) expect({ c: c.name, values: new Set(plain(got.columns[c.name]!)) }).toEqual({ c: c.name, values: new Set([null]) });
    expectSameValues(got, await reference(file, cols), cols);
  });

  it('a JSON column is a string column holding the JSON text', async () => {
    const file = await writeParquet('json.parquet', `SELECT CASE WHEN i = 1 THEN NULL ELSE json_object('a', i, 'b', [i]) END AS j FROM range(3) t(i)`);
    const got = await readAll(file, dir);
    expect(got.ds.schema.fields).toEqual([{ name: 'j', kind: 'string', sourceType: 'BYTE_ARRAY JSON' }]);
    expect(got.columns.j).toEqual(['{"a":0,"b":[0]}', null, '{"a":2,"b":[2]}']);
  });

  it('projecting no columns still yields every row group', async () => {
    const file = await writeParquet('no-columns.parquet', 'SELECT i AS id FROM range(5000) t(i)', 'ROW_GROUP_SIZE 1000');
    const batches: number[] = [];
    for await (const b of (await open(file, dir)).batches({ columns: [] })) {
      expect(b.columns).toEqual([]);
      batches.push(b.numRows);
    }
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.reduce((a, b) => a + b)).toBe(5000);
  });
});

describe('hive-partitioned parquet', () => {
  let hive: string;
  let expected: Map<number, { year: string; month: string }>;

  beforeAll(async () => {
    hive = 'hive';
    await conn.run(
      `COPY (SELECT i AS id, (i * 1.5)::DOUBLE AS x, (2020 + i % 3)::INTEGER AS year, (1 + i % 4)::INTEGER AS month FROM range(600) t(i)) TO ${sqlPath(path.join(dir, hive))} (FORMAT parquet, PARTITION_BY (year, month))`,
    );
    fs.writeFileSync(path.join(dir, hive, '_SUCCESS'), '');
    const ref = await rowsOf(`SELECT id::INTEGER AS id, year::VARCHAR AS year, month::VARCHAR AS month FROM read_parquet(${sqlPath(path.join(dir, hive, '**', '*.parquet'))}, hive_partitioning = true)`);
    expected = new Map(ref.map((r) => [r.id as number, { year: r.year as string, month: r.month as string }]));
  });

  const check = (got: Drained) => {
    expect(got.rows).toBe(600);
    expect(got.names).toEqual(['id', 'x', 'year', 'month']);
    const seen = new Set<number>();
    got.columns.id!.forEach((id, r) => {
      seen.add(id as number);
      expect({ id, year: got.columns.year![r], month: got.columns.month![r] }).toEqual({ id, ...expected.get(id as number) });
      expect(got.columns.x![r]).toBe((id as number) * 1.5);
    });
    expect(seen.size).toBe(600);
  };

  it('opening the directory adds the partition keys as string columns', async () => {
    const got = await readAll(hive, dir);
    expect(kinds(got.ds)).toEqual({ id: 'int', x: 'float', year: 'string', month: 'string' });
    expect(got.ds.files).toHaveLength(12);
    expect(got.ds.files.every((f) => /^hive\/year=\d+\/month=\d+\//.test(f.path.replaceAll('\\', '/')))).toBe(true);
    check(got);
  });

  it('a glob dir/**/*.parquet gives the same', async () => {
    check(await readAll(`${hive}/**/*.parquet`, dir));
  });

  it('projection can pick a partition column', async () => {
    const got = await drain(await open(hive, dir), ['month', 'id']);
    expect(got.names).toEqual(['id', 'month']);
    got.columns.id!.forEach((id, r) => expect(got.columns.month![r]).toBe(expected.get(id as number)!.month));
  });

  it('URL-decodes partition values as Hive and DuckDB write them', async () => {
    await conn.run(`COPY (SELECT i AS id, CASE WHEN i % 2 = 0 THEN 'a b/c' ELSE 'x=y%' END AS region FROM range(10) t(i)) TO ${sqlPath(path.join(dir, 'hive-enc'))} (FORMAT parquet, PARTITION_BY (region))`);
    const ref = await rowsOf(`SELECT id::INTEGER AS id, region FROM read_parquet(${sqlPath(path.join(dir, 'hive-enc', '**', '*.parquet'))}, hive_partitioning = true)`);
    const got = await readAll('hive-enc', dir);
    const ours = new Map(got.columns.id!.map((id, r) => [id, got.columns.region![r]]));
    for (const r of ref) expect(ours.get(r.id as number)).toBe(r.region);
    expect(new Set(ours.values())).toEqual(new Set(['a b/c', 'x=y%']));
  });
});

describe('bad parquet files', () => {
  it.each([
    ['micros, plain', `SELECT * FROM (VALUES (TIMESTAMP '2024-01-01', 1), (TIMESTAMP '290000-01-01', 2)) t(ts, x)`, 'DICTIONARY_COMPRESSION_RATIO_THRESHOLD 0'],
    ['micros, dictionary', `SELECT (CASE WHEN i % 2 = 0 THEN TIMESTAMP '2024-01-01' ELSE TIMESTAMP '290000-01-01' END) AS ts FROM range(100) r(i)`, ''],
    ['millis', `SELECT * FROM (VALUES (TIMESTAMP_MS '2024-01-01'), (TIMESTAMP_MS '290000-01-01')) t(ts)`, ''],
  ])('a timestamp past the years a date can hold (%s) is refused naming the column, never a crash', async (name, select, options) => {
    const file = await writeParquet(`far-future-${name.replace(/\W+/g, '-')}.parquet`, select, options);
    await expectUserError(openAndRead(file, dir), file, /row group 0, column "ts" holds a timestamp in about year 2899\d\d, outside the years -271821 to 275760 .*Store the value as a date or timestamp within/);
  });

  it('a truncated file is a UserError naming it', async () => {
    const file = await writeParquet('whole.parquet', selectAll(500, COLUMNS.slice(0, 5)));
    const bytes = fs.readFileSync(path.join(dir, file));
    fs.mkdirSync(path.join(dir, 'bad'), { recursive: true });
    for (const keep of [bytes.length - 10, Math.floor(bytes.length / 2), 100]) {
      fs.writeFileSync(path.join(dir, 'bad', 'truncated.parquet'), bytes.subarray(0, keep));
      // Only here, with the footer gone, is a cut-short download the likely cause.
      await expectUserError(openAndRead('bad/truncated.parquet', dir), 'bad/truncated.parquet', /not a readable parquet file: it starts as parquet but does not end with the footer marker PAR1 .*may be truncated/);
    }
  });

  it('a file whose footer is intact but whose pages are cut is a UserError naming it', async () => {
    const file = await writeParquet('whole2.parquet', selectAll(3000, COLUMNS.slice(0, 5)), 'COMPRESSION zstd, ROW_GROUP_SIZE 1000');
    const bytes = Buffer.from(fs.readFileSync(path.join(dir, file)));
    // Zero the middle of the data pages (keeping the 4-byte magic and the footer).
    const footer = bytes.readUInt32LE(bytes.length - 8) + 8;
    bytes.fill(0, 4 + 200, bytes.length - footer - 200);
    fs.writeFileSync(path.join(dir, 'bad', 'zeroed.parquet'), bytes);
    const e = await expectUserError(openAndRead('bad/zeroed.parquet', dir), 'bad/zeroed.parquet', /not a readable parquet file \(row group \d+, column "\w+"\): .*The file is damaged/);
    expect(e.line).not.toMatch(/re-download|Cannot read|undefined|DataView|typed array/);
  });

  it('a zstd page whose frame is corrupt (header and footer intact) is a UserError naming it, not garbage values', async () => {
    const file = await writeParquet('frame.parquet', 'SELECT (i * 1.5)::DOUBLE AS x FROM range(5000) t(i)', 'COMPRESSION zstd');
    const bytes = Buffer.from(fs.readFileSync(path.join(dir, file)));
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const meta = metadata.row_groups[0]!.columns[0]!.meta_data!;
    expect(meta.codec).toBe('ZSTD');
    const start = Number(meta.data_page_offset);
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset + start), offset: 0 };
    const header = parquetHeader(reader);
    // Past the frame's magic and header, the second half of the compressed body zeroed.
    const body = start + reader.offset;
    bytes.fill(0, body + (header.compressed_page_size >> 1), body + header.compressed_page_size);
    fs.mkdirSync(path.join(dir, 'bad'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'bad', 'frame.parquet'), bytes);
    await expectUserError(openAndRead('bad/frame.parquet', dir), 'bad/frame.parquet', /not a readable parquet file \(row group 0, column "x"\): .*(does not match header|corruption).*The file is damaged/);
  });

  it('loading zstddec for zstd pages leaves globalThis.fetch as it was', async () => {
    // zstddec is kept from fetching its module (which would load undici) by hiding fetch for one call.
    expect(fetchAtStart).toBeDefined();
    const file = await writeParquet('fetch.parquet', 'SELECT (i * 0.5)::DOUBLE AS x FROM range(100) t(i)', 'COMPRESSION zstd');
    expect((await readAll(file, dir)).columns.x![99]).toBe(49.5);
    expect(Object.getOwnPropertyDescriptor(globalThis, 'fetch')).toEqual(fetchAtStart);
  });

  it('a non-parquet file named .parquet is a UserError naming it', async () => {
    fs.writeFileSync(path.join(dir, 'bad', 'text.parquet'), 'id,name\n1,a\n2,b\n');
    await expectUserError(openAndRead('bad/text.parquet', dir), 'bad/text.parquet', /not a readable parquet file: it neither starts nor ends with the parquet marker PAR1 \(16 bytes\)\. Check that it is a parquet file/);
  });
});

describe('INT96 timestamps (Spark-style fixture from __fixtures__/make-int96.cjs)', () => {
  /** Keep in sync with ROWS in make-int96.cjs: ISO second plus extra nanoseconds. */
  const ROWS: ([string, number] | null)[] = [
    ['1970-01-01T00:00:00Z', 0],
    ['2024-02-29T12:34:56Z', 789123456],
    ['1969-12-31T23:59:59Z', 999999999],
    null,
    ['1900-01-01T00:00:00Z', 1000],
    ['2038-01-19T03:14:08Z', 0],
  ];
  const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__');
  const expectedMs = ROWS.map((r) => (r ? Date.parse(r[0]) + r[1] / 1e6 : null));

  it('DuckDB reads the fixture as the intended timestamps', async () => {
    const rows = await rowsOf(`SELECT id, epoch_us(ts) AS us, ts::VARCHAR AS text FROM read_parquet(${sqlPath(path.join(fixtures, 'int96.parquet'))}) ORDER BY id`);
    const schema = await rowsOf(`SELECT type FROM parquet_schema(${sqlPath(path.join(fixtures, 'int96.parquet'))}) WHERE name = 'ts'`);
    expect(schema[0]!.type).toBe('INT96');
    // DuckDB keeps microseconds: the intended value truncated to the microsecond.
    expect(rows.map((r) => (r.us === null ? null : Number(r.us as bigint)))).toEqual(ROWS.map((r) => (r ? Date.parse(r[0]) * 1000 + Math.floor(r[1] / 1000) : null)));
    expect(rows[1]!.text).toBe('2024-02-29 12:34:56.789123');
  });

  it('our reader gives the same instants as DuckDB, in epoch milliseconds, kind timestamp', async () => {
    const got = await readAll('int96.parquet', fixtures);
    expect(got.ds.schema.fields).toEqual([
      { name: 'id', kind: 'int', sourceType: 'INT32' },
      { name: 'ts', kind: 'timestamp', sourceType: 'INT96' },
    ]);
    const ref = await rowsOf(`SELECT epoch_us(ts) / 1000.0 AS ms FROM read_parquet(${sqlPath(path.join(fixtures, 'int96.parquet'))}) ORDER BY id`);
    got.columns.ts!.forEach((v, r) => {
      expect(closeTo(v, ref[r]!.ms as number | null, 0, 0.001)).toBe(true); // DuckDB truncates to µs
      expect(closeTo(v, expectedMs[r]!, 1e-15, 1e-6)).toBe(true); // we keep the nanoseconds a double can hold
    });
    expect(plain(got.columns.ts!)[3]).toBeNull();
  });
});
