import fs from 'node:fs';
import net from 'node:net';
import { describeError, loadYamlParser } from '@mlship/core';
import { parseConfig } from '../checks/load';
import { buildValidationReport } from '../report';
import { validateDataset } from '../validate';
import { clickhouseError, clickhouseTarget, connectClickhouse } from './clickhouse';
import { clickhouseDialect } from './clickhouse-dialect';
import { READONLY_USER, TEST_USER } from './testing/clickhouse-process.js';
import { EVIL, EVIL_VALUE, writeEngineData, type EngineData } from './testing/engine-data';
import { exec, freshClickhouseDatabase, loadIntoClickhouse, type ClickhouseDatabase } from './testing/real-clickhouse';
import { loadRegexEngine } from '@mlship/core/user-regex';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

describe('connection strings', () => {
  it('reads clickhouse://, http:// and https:// URLs, credentials decoded, the database from the path', () => {
    expect(clickhouseTarget('clickhouse://ana:p%40ss@db.internal/analytics')).toEqual({ endpoint: 'http://db.internal:8123/', database: 'analytics', user: 'ana', password: 'p@ss' });
    expect(clickhouseTarget('https://ana:secret@abc.clickhouse.cloud:8443')).toEqual({ endpoint: 'https://abc.clickhouse.cloud:8443/', user: 'ana', password: 'secret' });
    expect(clickhouseTarget('http://127.0.0.1:8123/')).toEqual({ endpoint: 'http://127.0.0.1:8123/' });
  });

  it.each([
    ['postgres://u@h/db', /^connection has scheme postgres: engine clickhouse speaks to the HTTP interface/],
    ['clickhouse://h:8123/db?secure=true', /^connection has a query string \(secure\), which engine clickhouse does not read$/],
    ['clickhouse://h:8123/db/table', /^connection's path \/db\/table names more than a database$/],
    ['not a url', /^connection is not a URL$/],
  ])('refuses %s in one line', (connection, message) => {
    expect(() => clickhouseTarget(connection)).toThrow(message);
  });

  it("trims ClickHouse's error text to its first line, old and new forms alike", () => {
    expect(clickhouseError('Code: 60, e.displayText() = DB::Exception: Table default.nope doesn\'t exist., e.what() = DB::Exception\n')).toBe("Code 60: Table default.nope doesn't exist.");
    expect(clickhouseError("Code: 60. DB::Exception: Table default.nope does not exist. (UNKNOWN_TABLE) (version 24.3.2.23 (official build))\nstack")).toBe('Code 60: Table default.nope does not exist. (UNKNOWN_TABLE)');
  });
});

describe('ClickHouse dialect', () => {
  it('quotes any name as one identifier (backslash and backquote escaped)', () => {
    expect(clickhouseDialect.quote('a`b\\c')).toBe('`a\\`b\\\\c`');
  });

  it.each([
    ['Nullable(Int64)', 'int'],
    ['LowCardinality(Nullable(String))', 'string'],
    ['UInt8', 'int'],
    ['Bool', 'bool'],
    ['Float32', 'float'],
    ['Decimal(18, 4)', 'decimal'],
    ['Decimal64(4)', 'decimal'],
    ['FixedString(16)', 'string'],
    ['UUID', 'string'],
    ['Date', 'date'],
    ['Date32', 'date'],
    ['DateTime', 'timestamp'],
    ["DateTime('Europe/Berlin')", 'timestamp'],
    ["DateTime64(3, 'UTC')", 'timestamp'],
    ['Array(Nullable(Float64))', 'nested'],
    ['Tuple(a Int8, b String)', 'nested'],
    ['Map(String, UInt64)', 'nested'],
    ["Enum8('a' = 1, 'b' = 2)", 'string'],
    ['SimpleAggregateFunction(sum, UInt64)', 'int'],
  ])('reads %s as %s', (type, kind) => {
    expect(clickhouseDialect.kindOf(type)).toBe(kind);
  });
});

describe('a real two-shard ClickHouse', () => {
  let data: EngineData;
  let db: ClickhouseDatabase;
  beforeAll(async () => {
    data = await writeEngineData();
    db = await freshClickhouseDatabase();
    await loadIntoClickhouse(db, 'train', data.rows);
  });
  afterAll(() => fs.rmSync(data.dir, { recursive: true, force: true }));

  it('the Distributed table fans out: each shard holds half the rows, the Distributed count is all of them', async () => {
    const count = async (node: string, table: string) => Number((await exec(node, `SELECT count() FROM ${db.database}.${table}`)).trim());
    const [one, two] = [await count(db.nodes[0]!, 'train_local'), await count(db.nodes[1]!, 'train_local')];
    expect([one, two]).toEqual([1004, 1004]);
    // Shard 1 holds half the rows itself: the other half come from shard 2 through the one query sent to shard 1.
    expect(await count(db.nodes[0]!, 'train')).toBe(data.rows.length);
  });

  it('every request is read-only, values travel as an external table, never in the SQL', async () => {
    const engine = await connectClickhouse(db.url);
    try {
      const [row] = await engine.query(clickhouseDialect.declare!(`SELECT count() AS n, any(mlship_p1) AS v FROM ${db.database}.train WHERE ${clickhouseDialect.quote(EVIL)} = mlship_p1`, 1), [EVIL_VALUE]);
      expect(row).toEqual({ n: 181, v: EVIL_VALUE });
      expect(await engine.query("SELECT value FROM system.settings WHERE name = 'readonly'", [])).toEqual([{ value: '1' }]);
      // Nor can a query lift it.
      await expect(engine.query('SELECT 1 AS x SETTINGS readonly = 0', [])).rejects.toThrow(/^Code 164: Cannot execute SET query in readonly mode$/);
      const tab = 'a\tb\\c\nd';
      expect(await engine.query(clickhouseDialect.declare!('SELECT mlship_p1 AS s, mlship_p2 AS x, mlship_p3 AS b', 3), [tab, 1.5, true])).toEqual([{ s: tab, x: 1.5, b: 1 }]);
    } finally {
      await engine.close();
    }
  });

  it("interpolates quantiles as pandas' Series.quantile does, one value and none included", async () => {
    const engine = await connectClickhouse(db.url);
    const d = clickhouseDialect;
    const qs = [0, 0.01, 0.3, 0.5, 0.99, 1];
    const of = async (values: string, at: number[]) => {
      const sql = d.declare!(`SELECT ${d.quantiles('x', at.map((_, i) => d.placeholder(i + 1, 'double')))} AS qs FROM (SELECT arrayJoin(${values}) AS x)`, at.length);
      return (await engine.query(sql, at))[0]!.qs as (number | null)[];
    };
    try {
      // pd.Series([3, 1, 4, 1, 5, 9, 2, 6], dtype=float).quantile(q) for each q
      const got = await of('[3., 1., 4., 1., 5., 9., 2., 6.]', qs);
      [1.0, 1.0, 2.1, 3.5, 8.79, 9.0].forEach((want, i) => expect(got[i]).toBeCloseTo(want, 12));
      // pd.Series([1.0, 2.0]).quantile(0.3) == 1.3; pd.Series([5.0]).quantile(0.7) == 5.0; an empty Series gives NaN, missing here
      expect((await of('[1., 2.]', [0.3]))[0]).toBeCloseTo(1.3, 12);
      expect(await of('[5.]', [0.7])).toEqual([5]);
      expect(await of('emptyArrayFloat64()', [0.5])).toEqual([null]);
    } finally {
      await engine.close();
    }
  });

  it('the report names the engine, its regex flavour and quantile method, and folds the SQL without the password', async () => {
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'regex', column: 'name', pattern: '^[a-z]+$', mostly: 0.5 }, { type: 'quantile_between', column: 'amount', quantile: 0.3, min: 20, max: 40 }] }), 'checks.json');
    const out = await validateDataset({ config, engine: { name: 'clickhouse', connection: db.url, table: 'train' } });
    const report = buildValidationReport(out);
    expect(report.summary).toMatch(/on engine clickhouse/);
    expect(report.texts![0]!.title).toMatch(/^SQL run on clickhouse \(\d+ statements\)$/);
    expect(report.texts![0]!.text).toContain("RE2 (ClickHouse's match()");
    expect(report.texts![0]!.text).toContain('arraySort(groupArray(x))');
    for (const text of [report.summary, report.texts![0]!.text, JSON.stringify(out)]) {
      expect(text).not.toContain(TEST_USER.password);
      expect(text).not.toContain(encodeURIComponent(TEST_USER.password));
    }
  });

  it("a column named like one of the statements' own results is refused (ClickHouse would read the result in its place)", async () => {
    await exec(db.nodes[0]!, `CREATE TABLE ${db.database}.named (n Nullable(Float64), d Nullable(Float64)) ENGINE = MergeTree ORDER BY tuple()`);
    await exec(db.nodes[0]!, `INSERT INTO ${db.database}.named SELECT toFloat64(number % 3), toFloat64(number % 4) FROM numbers(12)`);
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'values_between', column: 'd', min: 0, max: 2 }, { type: 'unique', columns: ['d'] }] }), 'checks.json');
    const refused = await validateDataset({ config, engine: { name: 'clickhouse', connection: db.url, table: 'named' } }).then(() => 'passed', (e) => describeError(e));
    expect(refused).toMatch(/engine clickhouse cannot read table named: column "n" has the name mlship's statements give one of their own results, which ClickHouse would read in its place; name the columns in query, this one under another name \(SELECT `n` AS `n_`, …\)$/);
    // Renamed in query, it is read; a name only a subquery of the statements uses (d) is no clash.
    const out = await validateDataset({ config, engine: { name: 'clickhouse', connection: db.url, query: 'SELECT n AS n_, d FROM named' } });
    expect(out.checks.map((c) => [c.status, c.observed])).toEqual([
      ['fail', '3 out of range'],
      ['fail', '8 repeated'],
    ]);
  });

  it('reads a Date, and a DateTime in a zone of its own, as epoch milliseconds UTC', async () => {
    await exec(db.nodes[0]!, `CREATE TABLE ${db.database}.dated (d Date, t DateTime('Asia/Tokyo'), u Nullable(DateTime)) ENGINE = MergeTree ORDER BY d`);
    // 09:00 in Tokyo is midnight UTC.
    await exec(db.nodes[0]!, `INSERT INTO ${db.database}.dated VALUES ('2024-01-02', toDateTime('2024-01-02 09:00:00', 'Asia/Tokyo'), NULL), ('2024-03-01', toDateTime('2024-03-01 09:00:01', 'Asia/Tokyo'), toDateTime(0))`);
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'values_between', column: 'd', min: '2024-01-02', max: '2024-02-29' }, { type: 'max_between', column: 't', max: '2024-03-01T00:00:01Z' }] }), 'checks.json');
    const out = await validateDataset({ config, engine: { name: 'clickhouse', connection: db.url, table: 'dated' } });
    const col = (name: string) => out.profile.columns.find((c) => c.name === name)!;
    expect([col('d').kind, col('d').min, col('d').max]).toEqual(['date', Date.parse('2024-01-02T00:00:00Z'), Date.parse('2024-03-01T00:00:00Z')]);
    expect([col('t').kind, col('t').min, col('t').max]).toEqual(['timestamp', Date.parse('2024-01-02T00:00:00Z'), Date.parse('2024-03-01T00:00:01Z')]);
    expect([col('u').nulls, col('u').min]).toEqual([1, 0]);
    expect(out.checks.map((c) => [c.status, c.observed])).toEqual([
      ['fail', '1 out of range'],
      ['pass', '2024-03-01T00:00:01.000Z'],
    ]);
  });

  it('an account whose profile is already read-only validates too', async () => {
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'row_count', min: 2008, max: 2008 }, { type: 'values_in_set', column: EVIL, values: ['ok', EVIL_VALUE] }] }), 'checks.json');
    const connection = `clickhouse://${READONLY_USER}@${new URL(db.url.replace(/^clickhouse:/, 'http:')).host}/${db.database}`;
    const out = await validateDataset({ config, engine: { name: 'clickhouse', connection, table: 'train' } });
    expect(out.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
  });

  it('a wrong password, an unreachable server and a missing table are one line each, the password never shown', async () => {
    const config = parseConfig('checks:\n  - type: row_count\n', 'checks.yml');
    const wrong = db.url.replace(encodeURIComponent(TEST_USER.password), 'nope');
    const message = (connection: string, table = 'train') => validateDataset({ config, engine: { name: 'clickhouse', connection, table } }).then(() => 'passed', (e) => describeError(e));
    const bad = await message(wrong);
    expect(bad).toMatch(/^engine clickhouse cannot connect to 127\.0\.0\.1:\d+\/t_\w+: authentication failed: Code 193: Wrong password for user mlship/);
    expect(bad).not.toContain('nope');
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    expect(await message(`clickhouse://u:secret@127.0.0.1:${closed}/db`)).toMatch(new RegExp(`^engine clickhouse cannot connect to 127\\.0\\.0\\.1:${closed}/db: connect ECONNREFUSED 127\\.0\\.0\\.1:${closed}\\. Check connection`));
    const missing = await message(db.url, 'nope');
    expect(missing).toMatch(/^table nope on 127\.0\.0\.1:\d+\/t_\w+: engine clickhouse cannot read table nope: Code 60: Table t_\w+\.nope doesn't exist\.$/);
    expect(missing).not.toContain(TEST_USER.password);
  });
});
