/**
 * TableProfiler against pandas: __golden__/make_golden.py writes the fixtures
 * and what pandas 1.5 / NumPy say about them (profile.golden.json; see the
 * script's docstring for every statistic). Tolerances:
 *   rows, nulls, counts, min, max, distinct, top values, duplicate rows  exact
 *   null %                                                 1e-12 relative
 *   mean, std                                              1e-9 relative, to pandas or, where pandas'
 *                                                          own float error exceeds that, to the exact value
 *   quantiles, exact mode (≤ 16,384 values)                1e-9 relative
 *   quantiles, KLL sketch mode                             rank error ≤ 1% against the sorted data
 *   distinct past 100k (HyperLogLog)                       2%
 * Deliberate differences from pandas (see `edge cases` below):
 *   - ColumnProfile.count is rows seen, nulls included; pandas' count() is count - nulls.
 *   - null % of a table without rows is 0 (pandas: NaN).
 *   - a quantile on an order statistic next to an infinity is that value, where NumPy 1.24 gives NaN.
 *   - 'None' is missing, as in pandas >= 2.0; the golden reads with na_values=['None'] for pandas 1.5.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataset } from '../read';
import type { Batch, Cell, Field, Schema } from '../table';
import { PROFILE_QUANTILES, type ColumnProfile } from './column';
import { MAX_CATEGORIES } from './frequencies';
import { DistinctCounter, EXACT_DISTINCT } from './distinct';
import { hashValue } from './hash';
import { Moments } from './moments';
import { EXACT_LIMIT, QuantileSketch } from './quantiles';
import { TableProfiler, type TableProfile } from './table';
import { rng } from '@mlship/core/testing';

const DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '__golden__');

/** Golden numbers: JSON has no NaN or infinities, so make_golden.py spells them as strings. */
type GNum = number | 'NaN' | 'Infinity' | '-Infinity';
const num = (v: GNum | undefined): number => (v === undefined ? NaN : Number(v));

interface GoldenColumn {
  dtype: string;
  kind: 'numeric' | 'bool' | 'text';
  size: number;
  count: number;
  nulls: number;
  null_pct: GNum;
  nunique: number;
  min?: GNum | string;
  max?: GNum | string;
  mean?: GNum;
  std?: GNum;
  mean_exact?: GNum;
  std_exact?: GNum;
  quantiles?: GNum[];
  min_len?: number;
  max_len?: number;
  value_counts?: [string, number][];
  candidates?: Record<string, number>;
}
interface Golden {
  pandas: string;
  quantiles: number[];
  fixtures: Record<string, { rows: number; duplicated: number; columns: Record<string, GoldenColumn> }>;
}

const golden = JSON.parse(fs.readFileSync(path.join(DIR, 'profile.golden.json'), 'utf8')) as Golden;

interface Loaded {
  schema: Schema;
  /** The reader's own batches, as it produced them. */
  batches: Batch[];
  /** Every column's cells, concatenated. */
  columns: Cell[][];
  rows: number;
}

const cache = new Map<string, Promise<Loaded>>();
function load(name: string): Promise<Loaded> {
  let p = cache.get(name);
  if (!p) cache.set(name, (p = read(name)));
  return p;
}
async function read(name: string): Promise<Loaded> {
  const ds = await openDataset(name, { cwd: DIR, role: 'data' });
  const batches: Batch[] = [];
  const columns = ds.schema.fields.map((): Cell[] => []);
  let rows = 0;
  for await (const b of ds.batches()) {
    // Kept past the loop, so copied: the next batch may refill the same arrays.
    batches.push({ numRows: b.numRows, columns: b.columns.map((col) => (col instanceof Float64Array ? col.slice() : Array.from(col))) });
    b.columns.forEach((col, c) => {
      for (let i = 0; i < b.numRows; i++) columns[c]!.push(col[i]!);
    });
    rows += b.numRows;
  }
  return { schema: ds.schema, batches, columns, rows };
}

/**
 * The same rows cut into batches of `size`: numeric columns as Float64Array
 * (as the text readers build them) or, with `plain`, as arrays of cells.
 */
function* rebatch(data: Loaded, size: number, plain = false): Iterable<Batch> {
  const typed = data.schema.fields.map((f, c) => !plain && ArrayBuffer.isView(data.batches[0]?.columns[c]) && f.kind !== 'string');
  for (let at = 0; at < data.rows; at += size) {
    const n = Math.min(size, data.rows - at);
    yield { numRows: n, columns: data.columns.map((c, i) => (typed[i] ? Float64Array.from(c.slice(at, at + n) as number[]) : c.slice(at, at + n))) };
  }
}

function profile(schema: Schema, batches: Iterable<Batch>): { profile: TableProfile; profiler: TableProfiler } {
  const profiler = new TableProfiler(schema);
  for (const b of batches) profiler.add(b);
  return { profile: profiler.finish(), profiler };
}

/**
 * A fixture profiled from the reader's own batches, once: jest's VM context
 * makes every Math.imul a slow global lookup (hashing runs ~100x slower than
 * in plain node), so the suite profiles each big table as few times as it can.
 */
const profiled = new Map<string, Promise<Loaded & ReturnType<typeof profile>>>();
function loadProfiled(name: string) {
  let p = profiled.get(name);
  if (!p) profiled.set(name, (p = load(name).then((data) => ({ ...data, ...profile(data.schema, data.batches) }))));
  return p;
}

/** Only the named columns of a loaded table. */
function select(data: Loaded, names: string[]): Loaded {
  const idx = names.map((n) => data.schema.fields.findIndex((f) => f.name === n));
  return {
    schema: { fields: idx.map((i) => data.schema.fields[i]!) },
    batches: data.batches.map((b) => ({ numRows: b.numRows, columns: idx.map((i) => b.columns[i]!) })),
    columns: idx.map((i) => data.columns[i]!),
    rows: data.rows,
  };
}

const isMissing = (v: Cell) => v === null || (typeof v === 'number' && Number.isNaN(v));
const numbers = (cells: Cell[]): Float64Array => Float64Array.from(cells.filter((v) => !isMissing(v)) as number[]).sort();

/** Fraction of `sorted` below v, and at or below v: with ties the true rank of v is that interval. */
function rankInterval(sorted: Float64Array, v: number): [number, number] {
  const bound = (strict: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (strict ? sorted[mid]! < v : sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo / sorted.length;
  };
  return [bound(true), bound(false)];
}

/** Compares one statistic; collects a line per mismatch so a failure lists them all. */
class Diffs {
  readonly lines: string[] = [];
  /** NaN expects NaN or an absent value; ±0 are equal (pandas and this code both treat them as one value). */
  exact(what: string, actual: unknown, expected: unknown): void {
    if (typeof expected === 'number' && Number.isNaN(expected)) {
      if (actual === undefined || (typeof actual === 'number' && Number.isNaN(actual))) return;
    } else if (actual === expected) return;
    this.lines.push(`${what}: got ${fmt(actual)}, expected ${fmt(expected)}`);
  }
  close(what: string, actual: number | undefined, expected: number, rel: number): void {
    if (!Number.isFinite(expected)) return this.exact(what, actual, expected);
    const tol = rel * Math.abs(expected);
    if (actual === undefined || !(Math.abs(actual - expected) <= tol)) {
      this.lines.push(`${what}: got ${fmt(actual)}, expected ${fmt(expected)} ±${tol.toExponential(1)}`);
    }
  }
  check(what: string, ok: boolean, detail: string): void {
    if (!ok) this.lines.push(`${what}: ${detail}`);
  }
}
const fmt = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : Object.is(v, -0) ? '-0' : String(v));

/**
 * What mean or std should be: pandas' value, unless pandas is finite and more
 * than 1e-9 away from the exact (rational arithmetic) value make_golden.py
 * computed; then the exact one. pandas sums plainly, so its mean of 1e12 + tiny
 * noise is off by ~1e-3, and its std of a constant 0.1 column is 1e-15, not 0.
 * Where pandas overflows to inf (squares of 1e300) the profile does too.
 */
function reference(g: GoldenColumn, stat: 'mean' | 'std'): number {
  const pandas = num(g[stat]);
  const exact = num(g[`${stat}_exact`]);
  return pandasInexact(pandas, exact) ? exact : pandas;
}
const pandasInexact = (pandas: number, exact: number) => Number.isFinite(pandas) && !Number.isNaN(exact) && !(Math.abs(pandas - exact) <= 1e-9 * Math.abs(exact));

/** pandas prints booleans as True/False; Frequencies keys are String(value). */
const pandasValue = (field: Field, v: string) => (field.kind === 'bool' ? (v === 'true' ? 'True' : v === 'false' ? 'False' : v) : v);

function compareColumn(d: Diffs, fixture: string, field: Field, p: ColumnProfile, g: GoldenColumn, sketch: QuantileSketch | undefined, cells: Cell[]): void {
  const at = (s: string) => `${fixture} ${field.name} ${s}`;
  d.exact(at('rows'), p.count, g.size);
  d.exact(at('nulls'), p.nulls, g.nulls);
  d.exact(at('non-null count'), p.count - p.nulls, g.count);
  if (g.size > 0) d.close(at('null %'), p.nullPercent, num(g.null_pct), 1e-12); // no rows: pandas NaN, profile 0
  d.exact(at('distinct'), p.distinct, g.nunique);
  d.exact(at('distinct exact'), p.distinctExact, true);

  if (g.kind === 'numeric') {
    d.exact(at('min'), p.min, num(g.min as GNum));
    d.exact(at('max'), p.max, num(g.max as GNum));
  }
  if (g.kind === 'numeric' || g.kind === 'bool') {
    d.close(at('mean'), p.mean, reference(g, 'mean'), 1e-9);
    d.close(at('std'), p.std, reference(g, 'std'), 1e-9);
  }
  if (g.kind === 'numeric' && g.count > 0) {
    const exact = sketch!.exact;
    // Exact while every value is kept (the sketch's exact mode) or counted (few distinct values).
    d.exact(at('quantiles exact'), exact, g.count <= EXACT_LIMIT || g.nunique <= MAX_CATEGORIES);
    const sorted = numbers(cells);
    PROFILE_QUANTILES.forEach((q, i) => {
      const got = p.quantiles?.[String(q)];
      if (exact) return d.close(at(`q${q}`), got, num(g.quantiles![i]), 1e-9);
      const [below, upTo] = rankInterval(sorted, got!);
      d.check(at(`q${q} rank`), q >= below - 0.01 && q <= upTo + 0.01, `value ${got} has rank [${below}, ${upTo}]`);
    });
  } else {
    d.exact(at('quantiles'), p.quantiles, undefined);
  }
  if (g.kind === 'text') {
    d.exact(at('min'), p.min, g.min);
    d.exact(at('max'), p.max, g.max);
    d.exact(at('min length'), p.minLength, g.min_len);
    d.exact(at('max length'), p.maxLength, g.max_len);
  }
  if (g.kind === 'text' || g.kind === 'bool') {
    // Counts in order exactly; values too, except that among equal counts pandas' order is arbitrary.
    const top = p.topValues.map((t) => [pandasValue(field, t.value), t.count] as const);
    d.exact(at('top counts'), JSON.stringify(top.map((t) => t[1])), JSON.stringify(g.value_counts!.map((t) => t[1])));
    const candidates = Object.entries(g.candidates ?? {});
    top.forEach(([value, count], i) => {
      const [gValue, gCount] = g.value_counts![i] ?? [];
      const tied = candidates.filter(([, n]) => n === gCount).length > 1;
      if (tied) d.check(at(`top ${i}`), g.candidates![value] === count, `${value} is not among pandas' values counted ${gCount} times`);
      else d.exact(at(`top ${i}`), value, gValue);
    });
  }
}

describe('TableProfiler against pandas goldens', () => {
  it('was generated by pandas 1.5 with the profile quantiles', () => {
    expect(golden.pandas).toMatch(/^1\.5\./);
    expect(golden.quantiles).toEqual([...PROFILE_QUANTILES]);
  });

  it.each(Object.keys(golden.fixtures))('%s', async (fixture) => {
    const g = golden.fixtures[fixture]!;
    const data = await loadProfiled(fixture);
    const { profile: p, profiler } = data;
    const d = new Diffs();
    d.exact('rows', p.rows, g.rows);
    d.exact('duplicate rows', p.duplicateRows, g.duplicated);
    d.exact('columns', JSON.stringify(p.columns.map((c) => c.name)), JSON.stringify(Object.keys(g.columns)));
    p.columns.forEach((c, i) => {
      const field = data.schema.fields[i]!;
      const sketch = profiler.numeric(c.name) as QuantileSketch | undefined;
      compareColumn(d, fixture, field, c, g.columns[c.name]!, sketch, data.columns[i]!);
    });
    expect(d.lines).toEqual([]);
  });

  it('duplicate rows are the same when the row set spills to disk (tiny in-memory bound), and the files are removed', async () => {
    const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-spill-test-'));
    try {
      for (const fixture of ['small.csv', 'large.csv.gz']) {
        const data = await load(fixture);
        const profiler = new TableProfiler(data.schema, { inMemory: 100, tempDir });
        for (const b of data.batches) profiler.add(b);
        expect(fs.readdirSync(tempDir)).toHaveLength(1);
        expect([fixture, profiler.finish().duplicateRows]).toEqual([fixture, golden.fixtures[fixture]!.duplicated]);
        expect(fs.readdirSync(tempDir)).toEqual([]);
      }
    } finally {
      fs.rmSync(tempDir, { recursive: true, force: true });
    }
  });

  it('reads the large fixture past the exact quantile limit, and at_limit exactly at it', async () => {
    const { profiler } = await loadProfiled('large.csv.gz');
    expect(profiler.numeric('normal')!.exact).toBe(false);
    expect(profiler.numeric('at_limit')!.exact).toBe(true);
    expect(profiler.numeric('at_limit')!.count).toBe(EXACT_LIMIT);
    // over_limit has few distinct values: its quantiles come exactly from the value counts.
    expect(profiler.numeric('over_limit')!.exact).toBe(true);
    expect(profiler.numeric('lognormal')!.count).toBeGreaterThan(EXACT_LIMIT);
    expect((await loadProfiled('small.csv')).profiler.numeric('x')!.exact).toBe(true);
  });

  it('holds the profile to the exact value only where pandas itself is off', () => {
    const where: string[] = [];
    for (const [fixture, f] of Object.entries(golden.fixtures)) {
      for (const [name, c] of Object.entries(f.columns)) {
        for (const stat of ['mean', 'std'] as const) if (pandasInexact(num(c[stat]), num(c[`${stat}_exact`]))) where.push(`${fixture} ${name} ${stat}`);
      }
    }
    // offset_1e12: pandas' plain sum of 600 values near 1e12 misses the mean by ~4e-3, its std is 0.0051 for 0.0029;
    // const_float: pandas' std of 600 × 0.1 is 9.7e-16, exactly 0 in exact arithmetic (and in the profile).
    expect(where).toEqual(['edge.csv offset_1e12 std', 'edge.csv const_float std']);
  });
});

/** Within rel × scale, or the same non-finite value. */
const near = (a: number | undefined, b: number, rel: number, scale: number) =>
  a !== undefined && (Number.isFinite(b) ? Math.abs(a - b) <= rel * scale : Object.is(a, b));

describe('mergeability', () => {
  const fixtures = ['small.csv', 'large.csv.gz', 'edge.csv'];

  it.each(fixtures)('%s: the profile does not depend on the batch size or array type (moments to 1e-12, the rest exact)', async (fixture) => {
    let data: Loaded = await loadProfiled(fixture);
    let reference = (data as Awaited<ReturnType<typeof loadProfiled>>).profile;
    if (fixture === 'large.csv.gz') {
      // Three columns (sketch-mode quantiles, ties, nulls, text) keep this affordable under jest.
      data = select(data, ['normal', 'ints', 'word']);
      reference = profile(data.schema, data.batches).profile;
    }
    // Mean and std are summed per batch, so they may differ in the last bits.
    const rounded = (p: TableProfile) => ({ ...p, columns: p.columns.map((c) => ({ ...c, mean: undefined, std: undefined })) });
    const d = new Diffs();
    for (const [size, plain] of [[1, false], [7, true], [data.rows, false]] as const) {
      const p = profile(data.schema, rebatch(data, size, plain)).profile;
      expect(rounded(p)).toEqual(rounded(reference));
      p.columns.forEach((c, i) => {
        const r = reference.columns[i]!;
        const at = `${fixture} ${c.name} (batches of ${size}${plain ? ', plain arrays' : ''})`;
        if (r.mean === undefined) return d.exact(`${at} mean`, c.mean, undefined);
        // The mean to 1e-12 of |mean| + std (see the merge test below), the std relative to itself.
        const scale = Math.abs(r.mean) + (r.std !== undefined && Number.isFinite(r.std) ? r.std : 0);
        d.check(`${at} mean`, near(c.mean, r.mean, 1e-12, scale), `${c.mean} vs ${r.mean}`);
        if (r.std === undefined) d.exact(`${at} std`, c.std, undefined);
        else d.check(`${at} std`, near(c.std, r.std, 1e-12, Math.abs(r.std)), `${c.std} vs ${r.std}`);
      });
    }
    expect(d.lines).toEqual([]);
  });

  /** Three uneven parts, interleaved so each sees a different slice of the distribution. */
  const split = (values: number[]): number[][] => {
    const parts: number[][] = [[], [], []];
    values.forEach((v, i) => parts[i < values.length / 7 ? 0 : i % 2 ? 1 : 2]!.push(v));
    return parts;
  };

  it.each(fixtures)('%s: moments merged from parts equal one pass over all values (1e-12)', async (fixture) => {
    const data = await load(fixture);
    const d = new Diffs();
    data.schema.fields.forEach((f, c) => {
      const values = data.columns[c]!.filter((v) => typeof v === 'number' && !Number.isNaN(v)) as number[];
      if (values.length < 2) return;
      const whole = new Moments();
      for (const v of values) whole.add(v);
      const parts = split(values).map((vs) => {
        const m = new Moments();
        for (const v of vs) m.add(v);
        return m;
      });
      for (const order of [[0, 1, 2], [2, 1, 0]]) {
        const merged = new Moments();
        for (const i of order) merged.merge(parts[i]!);
        const at = `${fixture} ${f.name} merged ${order.join('')}`;
        d.exact(`${at} count`, merged.count, whole.count);
        d.exact(`${at} min`, merged.min, whole.min);
        d.exact(`${at} max`, merged.max, whole.max);
        // The mean relative to |mean| + std: a mean near 0 of values near ±1 (large.csv.gz normal) is only
        // determined to rounding of the values, ~1e-16 absolute, whatever its own size.
        const scale = Math.abs(whole.mean) + (Number.isFinite(whole.std) ? whole.std : 0);
        d.check(`${at} mean`, near(merged.mean, whole.mean, 1e-12, scale), `${merged.mean} vs ${whole.mean}`);
        d.check(`${at} std`, near(merged.std, whole.std, 1e-12, Math.abs(whole.std)), `${merged.std} vs ${whole.std}`);
      }
    });
    expect(d.lines).toEqual([]);
  });

  it('exact quantile sketches merged from parts give identical quantiles', async () => {
    for (const [fixture, column] of [['small.csv', 'x'], ['small.csv', 'small_int'], ['large.csv.gz', 'at_limit'], ['edge.csv', 'offset']] as const) {
      const data = await load(fixture);
      const c = data.schema.fields.findIndex((f) => f.name === column);
      const values = numbers(data.columns[c]!);
      const whole = new QuantileSketch();
      for (const v of data.columns[c]!) if (!isMissing(v)) whole.add(v as number);
      const merged = new QuantileSketch();
      for (const part of split(Array.from(data.columns[c]!.filter((v) => !isMissing(v)) as number[]))) {
        const s = new QuantileSketch();
        for (const v of part) s.add(v);
        merged.merge(s);
      }
      expect(merged.exact).toBe(true);
      expect(merged.count).toBe(values.length);
      for (const q of PROFILE_QUANTILES) expect(merged.quantile(q)).toBe(whole.quantile(q));
    }
  });

  it('sketches merged past the exact limit keep the rank error under 1%', async () => {
    const data = await load('large.csv.gz');
    for (const column of ['lognormal', 'ints', 'over_limit', 'seq']) {
      const c = data.schema.fields.findIndex((f) => f.name === column);
      const values = data.columns[c]!.filter((v) => !isMissing(v)) as number[];
      // Two exact halves whose union is a sketch, then that merged with a sketch of everything again.
      const halves = [values.slice(0, values.length >> 1), values.slice(values.length >> 1)].map((vs) => {
        const s = new QuantileSketch();
        for (const v of vs) s.add(v);
        return s;
      });
      const merged = new QuantileSketch();
      merged.merge(halves[0]!);
      merged.merge(halves[1]!);
      expect(merged.exact).toBe(false);
      const twice = new QuantileSketch();
      for (const v of values) twice.add(v);
      twice.merge(merged);
      expect(twice.count).toBe(2 * values.length);
      const sorted = Float64Array.from(values).sort();
      for (const s of [merged, twice]) {
        for (const q of PROFILE_QUANTILES) {
          const [below, upTo] = rankInterval(sorted, s.quantile(q));
          expect([column, q, q >= below - 0.01 && q <= upTo + 0.01]).toEqual([column, q, true]);
        }
      }
    }
  });
});

const normal = (rand: () => number) => Math.sqrt(-2 * Math.log(rand() || 1e-300)) * Math.cos(2 * Math.PI * rand());

const field = (name: string, kind: Field['kind']): Field => ({ name, kind, sourceType: 'test' });
const one = (kind: Field['kind'], values: Cell[]): ColumnProfile =>
  profile({ fields: [field('v', kind)] }, [{ numRows: values.length, columns: [values] }]).profile.columns[0]!;

describe('distinct count past the exact limit (HyperLogLog)', () => {
  it('a column of 130,000 distinct ints through TableProfiler: within 2%, shuffled, in reader-sized batches', () => {
    const n = 130_000;
    const rand = rng(5);
    const values = Float64Array.from({ length: n }, (_, i) => i * 7919 - 1e6);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [values[i], values[j]] = [values[j]!, values[i]!];
    }
    const batches: Batch[] = [];
    for (let at = 0; at < n; at += 16_384) batches.push({ numRows: Math.min(16_384, n - at), columns: [values.subarray(at, at + 16_384)] });
    const { profile: p } = profile({ fields: [field('id', 'int')] }, batches);
    const c = p.columns[0]!;
    expect(c.distinctExact).toBe(false);
    expect(Math.abs(c.distinct - n) / n).toBeLessThan(0.02);
    expect(p.duplicateRows).toBe(0);
  });

  it('exact up to the limit; past it, within 2% from 100,001 to 1.2M distinct values, repeats ignored', () => {
    const counter = new DistinctCounter();
    for (let i = 0; i < EXACT_DISTINCT; i++) counter.add(hashValue(i * 0.25));
    for (let i = 0; i < 5000; i++) counter.add(hashValue(i * 0.25));
    expect([counter.estimate, counter.exact]).toEqual([EXACT_DISTINCT, true]);

    // Cell hashes up to 150k; past that, a xorshift128 stream as a stand-in for them (53 random
    // bits, as hashValue gives), because jest makes hashValue ~100x slower than plain node.
    let [x, y, z, w] = [123456789, 362436069, 521288629, 88675123];
    const next32 = () => {
      const t = x ^ (x << 11);
      [x, y, z] = [y, z, w];
      w = (w ^ (w >>> 19) ^ (t ^ (t >>> 8))) >>> 0;
      return w;
    };
    const errors: [number, number][] = [];
    let seen = EXACT_DISTINCT;
    for (const target of [EXACT_DISTINCT + 1, 150_000, 300_000, 600_000, 1_200_000]) {
      for (; seen < target; seen++) {
        const h = seen < 150_000 ? hashValue(seen * 0.25) : (next32() >>> 11) * 4294967296 + next32();
        counter.add(h);
        if (seen % 3 === 0) counter.add(h); // a repeat changes nothing
      }
      expect(counter.exact).toBe(false);
      errors.push([target, Math.abs(counter.estimate - target) / target]);
    }
    expect(errors.filter(([, e]) => !(e < 0.02))).toEqual([]);
  });
});

describe('edge cases', () => {
  it('an empty table: no batches at all, or empty ones', () => {
    const schema: Schema = { fields: [field('n', 'float'), field('s', 'string'), field('b', 'bool')] };
    for (const batches of [[], [{ numRows: 0, columns: [[], [], []] }]]) {
      const p = profile(schema, batches).profile;
      expect(p.rows).toBe(0);
      expect(p.duplicateRows).toBe(0);
      for (const c of p.columns) {
        // pandas' isnull().mean() of no rows is NaN; the profile says 0% (JSON has no NaN, and nothing is missing).
        expect(c).toMatchObject({ count: 0, nulls: 0, nullPercent: 0, distinct: 0, distinctExact: true, topValues: [] });
        expect([c.min, c.max, c.mean, c.std, c.quantiles]).toEqual([undefined, undefined, undefined, undefined, undefined]);
      }
    }
  });

  it('all-null columns of every kind: 100% null, no statistics', () => {
    for (const [kind, missing] of [['float', NaN], ['int', null], ['string', null], ['bool', null], ['timestamp', NaN]] as const) {
      const c = one(kind, [missing, missing, missing]);
      expect(c).toMatchObject({ count: 3, nulls: 3, nullPercent: 100, distinct: 0, topValues: [] });
      expect([c.min, c.max, c.mean, c.std, c.quantiles]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
  });

  it('a single value: mean and quantiles are the value, std is absent (pandas: NaN)', () => {
    const c = one('float', [NaN, -2.5, null]);
    expect(c).toMatchObject({ count: 3, nulls: 2, min: -2.5, max: -2.5, mean: -2.5, distinct: 1 });
    expect(c.std).toBeUndefined();
    expect(Object.values(c.quantiles!)).toEqual(PROFILE_QUANTILES.map(() => -2.5));
  });

  it('±Infinity is a value, as in pandas: not null, min/max, mean ±inf or NaN when both, std NaN', () => {
    // pandas: Series([1, inf, 2]).mean() == inf, .std() is NaN, .isnull().sum() == 0.
    const pos = one('float', [1, Infinity, 2, NaN]);
    expect(pos).toMatchObject({ nulls: 1, min: 1, max: Infinity, mean: Infinity, distinct: 3 });
    expect(pos.std).toBeNaN();
    const neg = one('float', [-Infinity, 5, 6]);
    expect(neg).toMatchObject({ min: -Infinity, max: 6, mean: -Infinity });
    const both = one('float', [Infinity, 1, -Infinity]);
    expect([both.min, both.max, both.mean, both.std]).toEqual([-Infinity, Infinity, NaN, NaN]);
    // Finite values after an infinity must not turn the finite part of the state to NaN: merging
    // a finite part back in still gives pandas' answer.
    const m = new Moments();
    for (const v of [Infinity, 1, 2]) m.add(v);
    const finite = new Moments();
    for (const v of [3, 4]) finite.add(v);
    m.merge(finite);
    expect([m.count, m.mean, m.min, m.max]).toEqual([5, Infinity, 1, Infinity]);
    const cancel = new Moments();
    cancel.add(-Infinity);
    m.merge(cancel);
    expect([m.mean, m.std]).toEqual([NaN, NaN]);
  });

  it('quantiles next to an infinity are the order statistic, not NumPy 1.24 NaN', () => {
    // numpy.quantile([1, 2, inf], 0.5) is NaN in NumPy 1.24 (its lerp computes 2 + inf * 0);
    // the median of three values is the middle one, and interpolating towards inf gives inf.
    const s = new QuantileSketch();
    for (const v of [1, Infinity, 2]) s.add(v);
    expect(s.quantile(0.5)).toBe(2);
    expect(s.quantile(0.75)).toBe(Infinity);
    expect(s.quantile(0.25)).toBe(1.5);
    expect(s.quantile(1)).toBe(Infinity);
    const both = new QuantileSketch();
    for (const v of [-Infinity, Infinity]) both.add(v);
    expect(both.quantile(0)).toBe(-Infinity);
    expect(both.quantile(1)).toBe(Infinity);
    expect(both.quantile(0.5)).toBeNaN(); // -inf + (inf - -inf) / 2: undefined, as in NumPy
  });

  it('-0.0 and 0.0 are one value, as in pandas (nunique, duplicated)', () => {
    const p = profile({ fields: [field('z', 'float')] }, [{ numRows: 4, columns: [[-0, 0, -0, 0]] }]).profile;
    expect(p.duplicateRows).toBe(3);
    const c = p.columns[0]!;
    expect(c.distinct).toBe(1);
    expect(c.min === 0 && c.max === 0 && c.mean === 0 && c.std === 0).toBe(true);
    expect(c.topValues).toEqual([{ value: '0', count: 4 }]);
  });

  it('1e9 + small noise (catastrophic cancellation): Welford and per-batch std match an exact two-pass std to 1e-9', () => {
    const rand = rng(11);
    for (const [offset, scale, n] of [[1e9, 1, 40_000], [1e12, 0.01, 20_000], [-3e15, 8, 20_000]] as const) {
      const values = Float64Array.from({ length: n }, () => offset + scale * normal(rand));
      // Reference: two passes in coordinates relative to the offset, where every value is exact
      // (v - offset loses nothing), so neither the mean's rounding nor the sum's can leak in.
      let sum = 0;
      for (const v of values) sum += v - offset;
      const shifted = sum / n;
      let ss = 0;
      for (const v of values) ss += (v - offset - shifted) ** 2;
      const std = Math.sqrt(ss / (n - 1));
      const mean = offset + shifted;
      const welford = new Moments();
      for (const v of values) welford.add(v);
      const batched = new Moments();
      for (let at = 0; at < n; at += 16_384) batched.addAll(values.subarray(at, at + 16_384), Math.min(16_384, n - at));
      for (const [how, m] of [['Welford', welford], ['per batch', batched]] as const) {
        expect([offset, how, Math.abs(m.std - std) / std < 1e-9]).toEqual([offset, how, true]);
        expect([offset, how, Math.abs(m.mean - mean) <= Math.abs(mean) * 1e-15]).toEqual([offset, how, true]);
      }
    }
  });

  it('text min and max in code point order, lengths in code points (pandas str.len)', () => {
    const c = one('string', ['\uFF21', '\u{1F600}\u{1F600}', 'abc', null]);
    expect([c.min, c.max, c.minLength, c.maxLength]).toEqual(['abc', '\u{1F600}\u{1F600}', 1, 3]);
  });
});
