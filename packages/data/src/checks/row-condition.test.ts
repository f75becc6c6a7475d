import { Workspace, compileError } from './rules/test-kit';

/**
 * row_condition through the real path: a JSON Lines file, a check with the
 * condition, one streaming pass. Each expected count is worked out by hand from
 * the rows below, with pandas' DataFrame.query semantics.
 */
const ws = new Workspace();
afterAll(() => ws.remove());

const rows = [
  { country: 'DE', age: 17, score: 10, ts: '2024-01-01T00:00:00Z', tag: 'a' },
  { country: 'DE', age: 30, score: 20, ts: '2024-02-01T00:00:00Z', tag: null },
  { country: 'FR', age: 45, score: 30, ts: '2024-03-01T00:00:00Z', tag: 'b' },
  { country: 'US', age: null, score: 40, ts: '2024-04-01T00:00:00Z', tag: 'c' },
  { country: null, age: 60, score: 50, ts: '2024-05-01T00:00:00Z', tag: 'd' },
];
const data = ws.jsonl('people.jsonl', rows);

/** Rows the condition selects, read back from a row_count check on them. */
const count = async (row_condition: string, condition_parser?: string) => {
  const c = await ws.one({ type: 'row_count', min: 0, row_condition, ...(condition_parser ? { condition_parser } : {}) }, data);
  return c.observed;
};

describe('row_condition', () => {
  it.each([
    ['country == "DE"', 2],
    ["country == 'DE'", 2],
    ['age >= 30', 3],
    ['30 <= age', 3],
    ['age != 30', 4], // a missing age is != 30, as NaN != 30 is True in pandas
    ['age > 18 & country == "DE"', 1],
    ['age > 18 and country == "DE"', 1],
    ['country == "FR" | country == "US"', 2],
    ['country == "FR" or score < 20', 2],
    ['~(country == "DE")', 3],
    ['not country == "DE"', 3],
    ['country.isin(["DE", "US"])', 3],
    ['age.isnull()', 1],
    ['age.notnull() & tag.isna()', 1],
    ['ts > "2024-02-15"', 3],
    ['ts >= "2024-02-01T00:00:00Z"', 4],
    ['`country` == "FR"', 1],
    ['score > age', 0],
    ['(age < 20 | age > 50) & score >= 10', 2],
  ])('pandas: %s selects %i rows', async (cond, n) => {
    expect(await count(cond)).toBe(n);
  });

  it.each([
    ['col("country") == "DE"', 2],
    ['col("age").notNull()', 4],
    ['col("age") > 18 & col("country").isin(["DE", "FR"])', 2],
  ])('great_expectations: %s selects %i rows', async (cond, n) => {
    expect(await count(cond, 'great_expectations')).toBe(n);
  });

  it('judges only the selected rows, for row-level and profile-based checks alike', async () => {
    // Ages of DE rows: 17, 30. All ages >= 18 fails on every row, passes where age > 18.
    const between = await ws.one({ type: 'values_between', column: 'age', min: 18, row_condition: 'country == "DE"' }, data);
    expect(between.status).toBe('fail');
    expect(between.expected).toBe('>= 18 where country == "DE"');
    expect((await ws.one({ type: 'values_between', column: 'age', min: 18, row_condition: 'country == "FR"' }, data)).status).toBe('pass');
    expect((await ws.one({ type: 'mean_between', column: 'score', min: 15, max: 15, row_condition: 'country == "DE"' }, data)).observed).toBe(15);
    expect((await ws.one({ type: 'not_null', column: 'tag', row_condition: 'country == "DE"' }, data)).status).toBe('fail');
    expect((await ws.one({ type: 'not_null', column: 'tag', row_condition: 'country != "DE"' }, data)).status).toBe('pass');
    expect((await ws.one({ type: 'unique', columns: ['country'], row_condition: 'age > 18' }, data)).status).toBe('pass');
  });

  it.each([
    ['age >>= 3', 'row_condition "age >>= 3": expected a number, a quoted string, True or False at position 6'],
    ['agee > 3', 'row_condition "agee > 3": column "agee" is not in the data'],
    ['age.between(1, 2)', 'row_condition "age.between(1, 2)": unknown method .between(); supported: isin, isnull, notnull, isna, notna'],
    ['age > 3 &', 'row_condition "age > 3 &": expected a column or a value at the end'],
    ['country == "DE', 'row_condition "country == \\"DE": unclosed " at position 12'],
    ['1 < age < 5', 'row_condition "1 < age < 5": chained comparisons are not supported; join them with &'],
    ['age', 'row_condition "age": a column or value alone is not a condition; compare it, e.g. `x == 1`'],
    ['ts > "soon"', 'row_condition "ts > \\"soon\\"": "soon" is not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]]), and ts is one'],
    ['age + 1 > 3', 'row_condition "age + 1 > 3": unexpected "+" at position 5'],
  ])('refuses %s with one line', async (cond, msg) => {
    expect(await compileError(ws.validate([{ type: 'row_count', row_condition: cond }], data))).toBe(msg);
  });

  it('the great_expectations parser wants col("name")', async () => {
    expect(await compileError(ws.validate([{ type: 'row_count', row_condition: 'age > 3', condition_parser: 'great_expectations' }], data))).toBe(
      'row_condition "age > 3": write a column as col("age") with condition_parser great_expectations',
    );
  });
});
