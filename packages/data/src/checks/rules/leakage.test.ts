import { compileError, verdict, Workspace } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());

// Training data as CSV; the test set as JSONL with its columns in another order plus one the training data lacks.
const train = ws.csv('train.csv', ['id', 'x', 'y'], [
  [1, 'a', 0.5],
  [2, 'b', 1.5],
  [3, 'c', 2.5],
  [4, 'd', 3.5],
  [4, 'd', 3.5],
]);
const test = ws.jsonl('test.jsonl', [
  { y: 2.5, x: 'c', id: 3, split: 'test' }, // the whole row is in train
  { y: 9.9, x: 'd', id: 4, split: 'test' }, // only the id is
  { y: 1.0, x: 'e', id: 5, split: 'test' },
]);
const clean = ws.jsonl('clean.jsonl', [
  { id: 10, x: 'a', y: 0.25 },
  { id: 11, x: 'b', y: 1.5 },
]);

describe('leakage by full rows', () => {
  it('fails when a training row also is a test row; columns are matched by name', async () => {
    const c = await ws.one({ type: 'leakage' }, train, { testData: test });
    expect(c.id).toBe('leakage');
    expect(verdict(c)).toEqual({
      status: 'fail',
      observed: '1 rows',
      expected: '<= 0',
      detail: '1 training rows share their full row with 1 of 3 test rows, e.g. {id: 3, x: "c", y: 2.5}',
    });
  });

  it('passes when no row is shared', async () => {
    expect(verdict(await ws.one({ type: 'leakage' }, train, { testData: clean }))).toEqual({
      status: 'pass',
      observed: '0 rows',
      expected: '<= 0',
      detail: 'no row of 2 test rows appears in the training data',
    });
  });

  it('max_rows: exactly max_rows leaked rows pass', async () => {
    expect(verdict(await ws.one({ type: 'leakage', max_rows: 1 }, train, { testData: test }))).toMatchObject({ status: 'pass', observed: '1 rows', expected: '<= 1' });
  });
});

describe('leakage by key columns', () => {
  it('counts every training row whose key is in the test set', async () => {
    // ids 3 and 4 are in the test set; id 4 twice in train.
    expect(verdict(await ws.one({ type: 'leakage', key_columns: ['id'] }, train, { testData: test }))).toEqual({
      status: 'fail',
      observed: '3 rows',
      expected: '<= 0',
      detail: '3 training rows share their key with 2 of 3 test rows, e.g. {id: 3}; {id: 4}; {id: 4}',
    });
    expect(verdict(await ws.one({ type: 'leakage', key_columns: ['id'], max_rows: 3 }, train, { testData: test }))).toMatchObject({ status: 'pass' });
    expect(verdict(await ws.one({ type: 'leakage', key_columns: ['id'], max_rows: 2 }, train, { testData: test }))).toMatchObject({ status: 'fail' });
  });

  it('compound keys, and a clean key', async () => {
    expect(verdict(await ws.one({ type: 'leakage', key_columns: ['x', 'id'] }, train, { testData: test }))).toMatchObject({ status: 'fail', observed: '3 rows' });
    expect(verdict(await ws.one({ type: 'leakage', key_columns: ['x', 'y'] }, train, { testData: test }))).toMatchObject({ status: 'fail', observed: '1 rows' });
    expect(verdict(await ws.one({ type: 'leakage', key_columns: ['id', 'x'] }, train, { testData: clean }))).toEqual({
      status: 'pass',
      observed: '0 rows',
      expected: '<= 0',
      detail: 'no (id, x) key of 2 test rows appears in the training data',
    });
  });

  it('needs test-data, and key columns present in both datasets', async () => {
    expect(await compileError(ws.validate([{ type: 'leakage' }], train))).toBe('the leakage check needs a test dataset');
    // data test.jsonl has a `split` column that train.csv, used as test-data here, lacks.
    expect(await compileError(ws.validate([{ type: 'leakage', key_columns: ['split'] }], test, { testData: train }))).toBe('key_columns: column "split" is not in test-data train.csv');
    expect(await compileError(ws.validate([{ type: 'leakage' }], test, { testData: train }))).toBe(
      'column "split" is not in test-data train.csv, so whole rows cannot match',
    );
    expect(await compileError(ws.validate([{ type: 'leakage', key_columns: ['nope'] }], train, { testData: test }))).toMatch(/^key_columns: column "nope" is not in the data/);
  });
});
