/**
 * Turning a file, directory or glob into a dataset: which files, in which
 * order, with which partitions, and how their schemas combine.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { hivePartitions } from './index';
import { cleanupTempDirs, drain, expectUserError, kinds, open, openAndRead, plain, readAll, tempDir, write } from './test-kit';

let dir: string;
let conn: DuckDBConnection;

beforeAll(async () => {
  dir = tempDir();
  const { DuckDBInstance } = await import('@duckdb/node-api');
  conn = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
});
afterAll(() => {
  conn?.closeSync();
  cleanupTempDirs();
});

const parquet = async (rel: string, select: string) => {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  await conn.run(`COPY (${select}) TO '${abs.replaceAll("'", "''")}' (FORMAT parquet)`);
};

const paths = (ds: { files: { path: string }[] }) => ds.files.map((f) => f.path.replaceAll('\\', '/'));

describe('what a spec resolves to', () => {
  it('a file: one data file, its path as given relative to the cwd', async () => {
    write(dir, 'one/data.csv', 'a\n1\n');
    const ds = await open('one/data.csv', dir);
    expect(ds.files).toEqual([expect.objectContaining({ path: path.join('one', 'data.csv'), format: 'csv', partitions: {}, sizeBytes: 4 })]);
    expect(ds.spec).toBe('one/data.csv');
  });

  it('an absolute path inside the cwd is shown relative to it', async () => {
    const ds = await open(path.join(dir, 'one', 'data.csv'), dir);
    expect(paths(ds)).toEqual(['one/data.csv']);
  });

  it('a directory: every data file below it, sorted, without _SUCCESS, .crc, _temporary/, _common_metadata or hidden folders (a Delta table directory is refused instead: table-formats.test.ts)', async () => {
    write(dir, 'tree/part-0.jsonl', '{"a":1}\n');
    write(dir, 'tree/sub/part-1.jsonl', '{"a":2}\n');
    write(dir, 'tree/sub/deeper/part-2.jsonl', '{"a":3}\n');
    write(dir, 'tree/_SUCCESS', '');
    write(dir, 'tree/.part-0.jsonl.crc', 'crc');
    write(dir, 'tree/part-0.crc', 'crc');
    write(dir, 'tree/_temporary/00000.jsonl', '{"a":0}\n');
    write(dir, 'tree/_common_metadata', 'x');
    write(dir, 'tree/.hidden/part-9.jsonl', '{"a":9}\n');
    write(dir, 'tree/notes.txt', 'not data');
    const got = await readAll('tree', dir);
    expect(paths(got.ds)).toEqual(['tree/part-0.jsonl', 'tree/sub/deeper/part-2.jsonl', 'tree/sub/part-1.jsonl']);
    expect(got.columns.a).toEqual([1, 3, 2]);
  });

  it('a glob: the matching files, sorted; hidden ones skipped', async () => {
    write(dir, 'globbed/b.csv', 'x\n2\n');
    write(dir, 'globbed/a.csv', 'x\n1\n');
    write(dir, 'globbed/_tmp.csv', 'x\n99\n');
    write(dir, 'globbed/nested/c.csv', 'x\n3\n');
    const flat = await readAll('globbed/*.csv', dir);
    expect(paths(flat.ds)).toEqual(['globbed/a.csv', 'globbed/b.csv']);
    expect(flat.columns.x).toEqual([1, 2]);
    const deep = await readAll('globbed/**/*.csv', dir);
    expect(paths(deep.ds)).toEqual(['globbed/a.csv', 'globbed/b.csv', 'globbed/nested/c.csv']);
    const abs = await open(path.join(dir, 'globbed', '*.csv'), '/');
    expect(abs.files).toHaveLength(2);
  });

  it('a dot or underscore folder named in the spec itself is read (only what lies below is filtered)', async () => {
    write(dir, '.cache/_stage/a.csv', 'x\n1\n');
    write(dir, '.cache/_stage/_skip.csv', 'x\n2\n');
    expect(paths(await open('.cache/_stage', dir))).toEqual(['.cache/_stage/a.csv']);
    expect(paths(await open('.cache/_stage/*.csv', dir))).toEqual(['.cache/_stage/a.csv']);
    expect(paths(await open('.cache/_stage/_skip.csv', dir))).toEqual(['.cache/_stage/_skip.csv']);
  });

  it('an explicitly named file without a known extension is parquet when it starts with PAR1', async () => {
    await parquet('noext/data.bin', 'SELECT 1 AS a');
    fs.renameSync(path.join(dir, 'noext/data.bin'), path.join(dir, 'noext/data'));
    const got = await readAll('noext/data', dir);
    expect(got.ds.files[0]!.format).toBe('parquet');
    expect(got.columns.a).toEqual([1]);
    write(dir, 'noext/other', 'a,b\n');
    await expectUserError(openAndRead('noext/other', dir), 'noext/other', /unknown file type/);
  });

  it('hive partitions are parsed from key=value folders below the base, URL-decoded', () => {
    expect(hivePartitions(path.join('year=2024', 'month=05'))).toEqual({ year: '2024', month: '05' });
    expect(hivePartitions(path.join('plain', 'k=a%20b%2Fc'))).toEqual({ k: 'a b/c' });
    expect(hivePartitions('')).toEqual({});
    expect(hivePartitions('=x')).toEqual({});
  });

  it('CSV in hive folders: the keys become string columns after the file columns', async () => {
    write(dir, 'csvhive/region=eu/day=2024-01-01/p.csv', 'id,v\n1,1.5\n2,2.5\n');
    write(dir, 'csvhive/region=us/day=2024-01-02/p.csv', 'id,v\n3,3.5\n');
    const got = await readAll('csvhive', dir);
    expect(kinds(got.ds)).toEqual({ id: 'int', v: 'float', region: 'string', day: 'string' });
    expect(got.columns.region).toEqual(['eu', 'eu', 'us']);
    expect(got.columns.day).toEqual(['2024-01-01', '2024-01-01', '2024-01-02']);
    const onlyKeys = await drain(got.ds, ['day']);
    expect(onlyKeys.columns.day).toEqual(['2024-01-01', '2024-01-01', '2024-01-02']);
  });

  it('projecting only a partition key of a parquet dataset still counts the rows', async () => {
    await parquet('pqhive/k=a/0.parquet', 'SELECT i AS id FROM range(5) t(i)');
    await parquet('pqhive/k=b/0.parquet', 'SELECT i AS id FROM range(3) t(i)');
    const ds = await open('pqhive', dir);
    const got = await drain(ds, ['k']);
    expect(got.columns.k).toEqual(['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b']);
  });
});

describe('specs that resolve to nothing usable', () => {
  it('a glob with many stars against a 250-character file name: matched in linear time, picomatch semantics kept', async () => {
    // On picomatch's backtracking RegExp this pair takes longer than any job runs (six stars, 250 a's).
    write(dir, `hostile/${'a'.repeat(246)}.csv`, 'x\n1\n');
    write(dir, 'hostile/aaaaaab.csv', 'x\n2\n');
    write(dir, 'hostile/sub/aaaaaaxb.csv', 'x\n3\n');
    write(dir, 'hostile/.hidden/aaaaaab.csv', 'x\n4\n');
    const got = await readAll('hostile/**/a*a*a*a*a*a*b.csv', dir);
    expect(paths(got.ds)).toEqual(['hostile/aaaaaab.csv', 'hostile/sub/aaaaaaxb.csv']);
    await expectUserError(openAndRead('hostile/!(*.txt)', dir), 'hostile/!(*.txt)', /the pattern uses a negated extglob !\(…\), which the linear-time matcher cannot run/);
  });

  it('a glob matching nothing', async () => {
    await expectUserError(openAndRead('nowhere/*.parquet', dir), 'nowhere/*.parquet', /matches no/);
  });

  it('a glob matching only hidden files matches nothing', async () => {
    write(dir, 'onlyhidden/_x.csv', 'a\n1\n');
    await expectUserError(openAndRead('onlyhidden/*.csv', dir), 'onlyhidden/*.csv', /matches no/);
  });

  it('a glob matching a file that is not data', async () => {
    write(dir, 'withtxt/a.csv', 'a\n1\n');
    write(dir, 'withtxt/readme.txt', 'hi');
    await expectUserError(openAndRead('withtxt/*', dir), 'withtxt/*', /withtxt\/readme\.txt is not a data file/);
  });

  it('a missing path', async () => {
    await expectUserError(openAndRead('missing/data.csv', dir), 'missing/data.csv', /no such file or directory/);
  });

  it('an empty spec', async () => {
    await expectUserError(openAndRead('  ', dir), 'data', /no data path given/);
  });

  it('an empty file', async () => {
    write(dir, 'empty/data.parquet', '');
    await expectUserError(openAndRead('empty/data.parquet', dir), path.join('empty', 'data.parquet'), /the file is empty/);
    write(dir, 'empty2/a.csv', 'x\n1\n');
    write(dir, 'empty2/b.csv', '');
    await expectUserError(openAndRead('empty2', dir), path.join('empty2', 'b.csv'), /the file is empty/);
  });

  it('a directory with no data files', async () => {
    write(dir, 'nodata/_SUCCESS', '');
    write(dir, 'nodata/readme.md', '# hi');
    await expectUserError(openAndRead('nodata', dir), 'nodata', /holds no data files/);
  });

  it('a directory mixing formats', async () => {
    write(dir, 'mixed/a.csv', 'x\n1\n');
    write(dir, 'mixed/b.jsonl', '{"x":1}\n');
    await expectUserError(openAndRead('mixed', dir), 'mixed', /mixes csv and jsonl files/);
  });

  it('partition keys that differ between files', async () => {
    write(dir, 'badparts/year=2024/a.csv', 'x\n1\n');
    write(dir, 'badparts/month=01/b.csv', 'x\n2\n');
    await expectUserError(openAndRead('badparts', dir), 'badparts', /is partitioned by "year" but .* by "month"/);
    write(dir, 'badparts2/year=2024/month=01/a.csv', 'x\n1\n');
    write(dir, 'badparts2/year=2024/b.csv', 'x\n2\n');
    await expectUserError(openAndRead('badparts2', dir), 'badparts2', /partitioned by/);
  });

  it('a partition key that is also a column in the files', async () => {
    write(dir, 'dupkey/year=2024/a.csv', 'year,x\n2023,1\n');
    await expectUserError(openAndRead('dupkey', dir), 'dupkey', /partition key "year" is also a column/);
  });
});

describe('schemas across files', () => {
  it('columns are the union in first-seen order; a column a file lacks is missing there', async () => {
    write(dir, 'union/1.csv', 'id,a\n1,x\n');
    write(dir, 'union/2.csv', 'id,b,a\n2,2.5,y\n');
    write(dir, 'union/3.csv', 'c,id\ntrue,3\n');
    const got = await readAll('union', dir);
    expect(got.names).toEqual(['id', 'a', 'b', 'c']);
    expect(kinds(got.ds)).toEqual({ id: 'int', a: 'string', b: 'float', c: 'bool' });
    expect(got.columns.id).toEqual([1, 2, 3]);
    expect(got.columns.a).toEqual(['x', 'y', null]);
    expect(plain(got.columns.b!)).toEqual([null, 2.5, null]);
    expect(got.columns.c).toEqual([null, null, true]);
  });

  it('the union works for parquet too', async () => {
    await parquet('pqunion/1.parquet', `SELECT 1 AS id, 'x' AS a`);
    await parquet('pqunion/2.parquet', `SELECT 2 AS id, 2.5::DOUBLE AS b`);
    const got = await readAll('pqunion', dir);
    expect(got.names).toEqual(['id', 'a', 'b']);
    expect(got.columns.a).toEqual(['x', null]);
    expect(plain(got.columns.b!)).toEqual([null, 2.5]);
  });

  it('int in one file and float in another is float (CSV, JSONL, parquet)', async () => {
    write(dir, 'widen-csv/1.csv', 'v\n1\n2\n');
    write(dir, 'widen-csv/2.csv', 'v\n2.5\n');
    write(dir, 'widen-jsonl/1.jsonl', '{"v":1}\n');
    write(dir, 'widen-jsonl/2.jsonl', '{"v":2.5}\n');
    await parquet('widen-pq/1.parquet', 'SELECT 1::BIGINT AS v UNION ALL SELECT 2::BIGINT');
    await parquet('widen-pq/2.parquet', 'SELECT 2.5::DOUBLE AS v');
    for (const d of ['widen-csv', 'widen-jsonl', 'widen-pq']) {
      const got = await readAll(d, dir);
      expect({ d, kinds: kinds(got.ds), v: got.columns.v }).toEqual({ d, kinds: { v: 'float' }, v: d === 'widen-jsonl' ? [1, 2.5] : [1, 2, 2.5] });
      expect(got.ds.schema.fields[0]!.sourceType).toMatch(/widened to float/);
    }
  });

  it('float first and int second is float; decimal with int is decimal', async () => {
    await parquet('widen-dec/1.parquet', 'SELECT 1.25::DECIMAL(9,2) AS v');
    await parquet('widen-dec/2.parquet', 'SELECT 3::INTEGER AS v');
    expect(kinds((await readAll('widen-dec', dir)).ds)).toEqual({ v: 'decimal' });
    write(dir, 'widen-rev/1.csv', 'v\n0.5\n');
    write(dir, 'widen-rev/2.csv', 'v\n7\n');
    const got = await readAll('widen-rev', dir);
    expect(kinds(got.ds)).toEqual({ v: 'float' });
    expect(got.columns.v).toEqual([0.5, 7]);
  });

  it('a number in one CSV and text in another is a string column, the numbers as their text', async () => {
    write(dir, 'totext/1.csv', 'v,d,t\n1,2024-01-31,2024-01-31 12:00:00\n2.5,2024-02-01,\n');
    write(dir, 'totext/2.csv', 'v,d,t\nabc,soon,later\n');
    const got = await readAll('totext', dir);
    expect(kinds(got.ds)).toEqual({ v: 'string', d: 'string', t: 'string' });
    expect(got.columns.v).toEqual(['1', '2.5', 'abc']);
    expect(got.columns.d).toEqual(['2024-01-31', '2024-02-01', 'soon']);
    expect(got.columns.t).toEqual(['2024-01-31T12:00:00.000Z', null, 'later']);
  });

  it('a date in one file and a timestamp in another is a timestamp', async () => {
    write(dir, 'dt-ts/1.csv', 'when\n2024-01-31\n');
    write(dir, 'dt-ts/2.csv', 'when\n2024-01-31 06:00\n');
    const got = await readAll('dt-ts', dir);
    expect(kinds(got.ds)).toEqual({ when: 'timestamp' });
    expect(got.columns.when).toEqual([Date.UTC(2024, 0, 31), Date.UTC(2024, 0, 31, 6)]);
  });

  it('kinds that cannot be reconciled (bool and int) are a UserError naming both files', async () => {
    write(dir, 'clash/1.csv', 'v\ntrue\n');
    write(dir, 'clash/2.csv', 'v\n5\n');
    const e = await expectUserError(openAndRead('clash', dir), 'clash', /column "v" is int in clash.2\.csv but bool in clash.1\.csv/);
    expect(e.line).toMatch(/^data clash: /);
  });
});
