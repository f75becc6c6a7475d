import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeDataStats } from './data-stats';

const goldenDir = path.join(path.dirname(new URL(import.meta.url).pathname), '__golden__');
const golden = (name: string) => {
  const { pandas_version: _, ...g } = JSON.parse(fs.readFileSync(path.join(goldenDir, name), 'utf8'));
  return g;
};

describe('data_stats against pandas 1.5 (make_golden.py)', () => {
  it.each([
    ['train.csv', 'train.golden.json'],
    ['train.jsonl', 'train.jsonl.golden.json'],
  ])('%s: rows, columns, null_counts and dtypes as pandas reads it', async (file, goldenFile) => {
    const r = await computeDataStats(file, goldenDir, 60000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.stats).toEqual({ ...golden(goldenFile), files: 1 });
  });

  it('stops at the time budget and says the numbers are partial', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stats-'));
    fs.writeFileSync(path.join(dir, 'big.csv'), 'a,b\n' + Array.from({ length: 40000 }, (_, i) => `${i},${i % 7 ? i : ''}`).join('\n') + '\n');
    const r = await computeDataStats('big.csv', dir, 0);
    expect(r.ok && r.stats.partial).toBe(true);
    expect(r.ok && r.stats.rows).toBeLessThan(40000);
    const full = await computeDataStats('big.csv', dir, 60000);
    expect(full.ok && full.stats).toMatchObject({ rows: 40000, null_counts: { a: 0, b: Math.ceil(40000 / 7) }, dtypes: { a: 'int64', b: 'float64' } });
  });

  it('returns the reader\'s one-line error for a path that is not there', async () => {
    const r = await computeDataStats('no/such/train.parquet', goldenDir, 1000);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/no\/such\/train\.parquet/);
    expect(!r.ok && r.error).not.toContain('\n');
  });
});
