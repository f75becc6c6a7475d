import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rng } from '@mlship/core/testing';
import { DistinctRows } from './distinct-rows';

let tempDir: string;
beforeEach(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'distinct-rows-test-'));
});
afterEach(() => fs.rmSync(tempDir, { recursive: true, force: true }));

/** 53-bit hashes drawn from `distinct` values, each repeated a random number of times, in random order. */
function stream(seed: number, distinct: number): number[] {
  const rand = rng(seed);
  const values = Array.from({ length: distinct }, () => Math.floor(rand() * 2 ** 21) * 2 ** 32 + Math.floor(rand() * 2 ** 32));
  const out: number[] = [];
  for (const v of values) for (let k = rand() < 0.3 ? 1 + Math.floor(rand() * 4) : 1; k > 0; k--) out.push(v);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const count = (hashes: number[], inMemory?: number) => {
  const d = new DistinctRows({ inMemory, tempDir });
  for (const h of hashes) d.add(h);
  return d.count();
};

describe('DistinctRows', () => {
  it('counts the same with and without spilling, repeats on both sides of the spill point, files removed', () => {
    // 1000 in memory: one level of partitions; 4: partitions of partitions; 0: down to the last level.
    const cases = [[1, 0, 0], [2, 1, 0], [3, 50, 0], [4, 3000, 4], [5, 20_000, 1000]] as const;
    for (const [seed, distinct, inMemory] of cases) {
      const hashes = stream(seed, distinct);
      expect(new Set(hashes).size).toBe(distinct);
      expect([seed, count(hashes), count(hashes, inMemory)]).toEqual([seed, distinct, distinct]);
      expect(fs.readdirSync(tempDir)).toEqual([]);
    }
  });

  it('a hash held in memory and seen again after the spill started is not counted twice', () => {
    const d = new DistinctRows({ inMemory: 2, tempDir });
    for (const h of [7, 2 ** 52 + 1, 7, 9, 2 ** 52 + 1, 9, 11, 7]) d.add(h);
    expect(fs.readdirSync(tempDir)).toHaveLength(1);
    expect(d.count()).toBe(4);
    expect(d.count()).toBe(4);
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });

  it('a full buffer of repeated rows is deduplicated in memory, not spilled; one of distinct rows spills', () => {
    const repeated = new DistinctRows({ inMemory: 256, tempDir });
    const rand = rng(9);
    const values = Array.from({ length: 100 }, () => Math.floor(rand() * 2 ** 53));
    for (let i = 0; i < 20_000; i++) repeated.add(values[i % 100]!);
    expect(fs.readdirSync(tempDir)).toEqual([]);
    expect(repeated.count()).toBe(100);

    const distinct = new DistinctRows({ inMemory: 256, tempDir });
    for (let i = 0; i < 257; i++) distinct.add(values[i % 100]! + i * 2 ** 20);
    expect(fs.readdirSync(tempDir)).toHaveLength(1);
    expect(distinct.count()).toBe(257);
  });

  it('counts a quarter of a million hashes in memory, every grouping digit and set index used', () => {
    const d = new DistinctRows({ tempDir });
    const hashes = new Float64Array(1 << 16);
    const rand = rng(11);
    const seen = new Set<number>();
    for (let batch = 0; batch < 4; batch++) {
      for (let i = 0; i < hashes.length; i++) hashes[i] = rand() < 0.1 && i > 0 ? hashes[i - 1]! : Math.floor(rand() * 2 ** 53);
      for (const h of hashes) seen.add(h);
      d.addAll(hashes, hashes.length);
    }
    expect(fs.readdirSync(tempDir)).toEqual([]);
    expect(d.count()).toBe(seen.size);
  });

  it('groups in place whatever the spread of the grouping digit: one digit, two, every other one empty', () => {
    const rand = rng(13);
    // The grouping digit is bits 21-28 of the hash.
    const spreads = [[5], [0, 255], Array.from({ length: 128 }, (_, i) => 2 * i)];
    for (const digits of spreads) {
      const pool = Array.from({ length: 5000 }, (_, k) => Math.floor(rand() * 2 ** 24) * 2 ** 29 + digits[k % digits.length]! * 2 ** 21 + k);
      const d = new DistinctRows({ tempDir });
      const seen = new Set<number>();
      for (let i = 0; i < 30_000; i++) {
        const h = pool[Math.floor(rand() * pool.length)]!;
        seen.add(h);
        d.add(h);
      }
      expect(seen.size).toBeLessThan(5000);
      expect([digits.length, d.count()]).toEqual([digits.length, seen.size]);
    }
  });

  it('dispose without count (a failed scan) removes the partition files', () => {
    const d = new DistinctRows({ inMemory: 10, tempDir });
    for (const h of stream(6, 400_000)) d.add(h); // enough for every partition to fill its buffer once
    const [spill] = fs.readdirSync(tempDir);
    expect(fs.readdirSync(path.join(tempDir, spill!)).length).toBeGreaterThan(0);
    d.dispose();
    expect(fs.readdirSync(tempDir)).toEqual([]);
  });
});
