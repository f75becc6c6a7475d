import fs from 'node:fs';
import { loadYamlParser, UserError } from '@mlship/core';
import { loadCases } from '../__gx__/cases';
import { parseConfig } from '../load';
import { BinCounts, categoricalKl, continuousKl, entropy } from './kl-divergence';
import { compileError, Workspace } from './test-kit';

beforeAll(loadYamlParser);

const ws = new Workspace();
afterAll(() => ws.remove());

/**
 * make_kl_golden.py runs GX's own KL arithmetic (pandas, np.histogram,
 * scipy.stats.entropy) on every pandas case of the vendored definitions:
 * mlship's divergence must be the same number (null where it is infinite),
 * and its verdict GX's, or a refusal where GX raises.
 */
type Golden = { kl: number | null; success: boolean } | { error: string };
const golden = JSON.parse(fs.readFileSync(new URL('./__golden__/kl-divergence.golden.json', import.meta.url), 'utf8')) as Record<string, Golden>;
const cases = loadCases().filter((c) => c.expectation === 'expect_column_kl_divergence_to_be_less_than' && c.forPandas);
// mlship refuses these two where GX passes (see gx-conformance.test.ts): no partition, or no threshold.
const REFUSED = new Set(['norm_0_1_auto_inf_partition_null_threshold_should_always_succeed', 'norm_0_1_auto_inf_partition_null_threshold_and_partition_object_supports_profiling']);

describe('kl_divergence against scipy.stats.entropy (golden)', () => {
  it('covers every pandas case', () => {
    expect(cases.map((c) => c.key).sort()).toEqual(Object.keys(golden).sort());
  });

  it.each(cases.map((c, i) => [c.key, c, i] as const))('%s', async (key, c, i) => {
    const g = golden[key]!;
    const names = Object.keys(c.data);
    const rows = c.data[names[0]!]!.length;
    const file = ws.jsonl(`kl-${i}.jsonl`, Array.from({ length: rows }, (_, r) => Object.fromEntries(names.map((n) => [n, c.data[n]![r] ?? null]))));
    const run = (async () => ws.validate(parseConfig(JSON.stringify({ expectations: [{ expectation_type: c.expectation, kwargs: c.kwargs }] }), 'suite.json'), file))();
    if ('error' in g || REFUSED.has(key.split('/')[1]!)) {
      await expect(run).rejects.toBeInstanceOf(UserError);
      return;
    }
    const o = await run;
    const observed = o.results[0]!.result.observed_value as number | null;
    if (g.kl === null) expect(observed).toBeNull();
    else expect(Math.abs(observed! - g.kl)).toBeLessThanOrEqual(1e-12 * Math.max(1, g.kl));
    expect(o.checks[0]!.status).toBe(g.success ? 'pass' : 'fail');
  });
});

describe('kl_divergence parts', () => {
  it('entropy normalises both sides and is infinite where only the observed side has mass', () => {
    expect(entropy([2, 2], [1, 1])).toBe(0);
    expect(entropy([1, 1], [1, 0])).toBe(Infinity);
    expect(entropy([1, 0], [1, 1])).toBeCloseTo(Math.log(2), 15);
  });

  it('np.histogram bins: half-open, the last one closed; the rest counted below and above', () => {
    const b = new BinCounts([0, 1, 2]);
    for (const v of [-1, 0, 0.5, 1, 2, 3]) b.add(v);
    expect({ hist: b.hist, below: b.below, above: b.above, n: b.nonNull }).toEqual({ hist: [2, 2], below: 1, above: 1, n: 6 });
  });

  it('an unexpected category takes tail_weight_holdout, the others shrink by it', () => {
    const p = { values: ['a', 'b'], weights: [0.5, 0.5] };
    const kl = categoricalKl(p, new Map([['a', 1], ['b', 1], ['c', 2]]), 4, 0.2);
    const pk = [0.25, 0.25, 0.5];
    const qk = [0.4, 0.4, 0.2];
    expect(kl).toBeCloseTo(pk.reduce((s, x, i) => s + x * Math.log(x / qk[i]!), 0), 15);
  });

  it('internal_weight_holdout goes to empty bins; tail_weight_holdout to both tails', () => {
    const b = new BinCounts([0, 1, 2, 3]);
    for (const v of [0.5, 1.5, 2.5, 2.5]) b.add(v);
    const kl = continuousKl({ bins: [0, 1, 2, 3], weights: [0.5, 0.5, 0] }, b, 0.2, 0.1);
    // expected: tails 0.1 each, bins [0.35, 0.35, 0.1]; observed: tails 0, bins [0.25, 0.25, 0.5].
    const pk = [0.25, 0.25, 0.5];
    const qk = [0.35, 0.35, 0.1].map((q) => q / 1);
    expect(kl).toBeCloseTo(pk.reduce((s, x, i) => s + x * Math.log(x / qk[i]!), 0), 12);
  });
});

describe('kl_divergence refusals', () => {
  const f = ws.csvColumns('kl.csv', { x: [0.5, 1.5], s: ['a', 'b'] });
  const check = (partition: unknown, extra: Record<string, unknown> = {}) => compileError(ws.validate([{ type: 'kl_divergence', column: 'x', partition, threshold: 0.1, ...extra }], f));

  it.each([
    ['weights not summing to 1', { bins: [0, 1, 2], weights: [0.5, 0.4] }, {}, 'partition weights sum to 0.9, not 1'],
    ['one weight too many', { bins: [0, 1], weights: [0.5, 0.5] }, {}, 'partition has 2 bin edges and 2 weights; give one more edge than weights'],
    ['bins out of order', { bins: [0, 2, 1], weights: [0.5, 0.5] }, {}, 'partition bins must be strictly increasing'],
    ['tail weights with a holdout', { bins: [0, 1, 2], weights: [0.4, 0.4], tail_weights: [0.1, 0.1] }, { tail_weight_holdout: 0.1 }, 'tail_weight_holdout must be 0 when the partition has tail_weights'],
    ['tail weights with an open end', { bins: ['-inf', 1, 2], weights: [0.4, 0.4], tail_weights: [0.1, 0.1] }, {}, 'tail_weights cannot be given when a bin edge is -inf or inf'],
    ['a tail holdout on -inf..inf', { bins: ['-inf', 1, 'inf'], weights: [0.5, 0.5] }, { tail_weight_holdout: 0.1 }, 'tail_weight_holdout cannot be used when the bins already run from -inf to inf'],
    ['an internal holdout on values', { values: ['a', 'b'], weights: [0.5, 0.5] }, { internal_weight_holdout: 0.1 }, 'internal_weight_holdout cannot be used with values (discrete data); it spreads weight over empty bins'],
    ['a value twice', { values: ['a', 'a'], weights: [0.5, 0.5] }, {}, 'partition lists the value "a" twice'],
  ])('%s', async (_, partition, extra, line) => {
    expect(await check(partition, extra)).toBe(line);
  });

  it('bins on a text column', async () => {
    expect(await compileError(ws.validate([{ type: 'kl_divergence', column: 's', partition: { bins: [0, 1], weights: [1] }, threshold: 0.1 }], f))).toBe('column: "s" is string, a partition with bins needs a numeric column');
  });

  const gx = (kwargs: Record<string, unknown>): string => {
    try {
      parseConfig(JSON.stringify({ expectations: [{ expectation_type: 'expect_column_kl_divergence_to_be_less_than', kwargs: { column: 'x', threshold: 0.1, ...kwargs } }] }), 'suite.json');
    } catch (e) {
      return (e as UserError).line;
    }
    throw new Error('expected a refusal');
  };
  const kl = 'suite.json: expectations[0]: expect_column_kl_divergence_to_be_less_than: kwargs.';

  it.each([
    ['no partition_object', { partition_object: null }, `${kl}partition_object is missing; GX then bins the data itself, which mlship does not reproduce. Give the expected partition: {values, weights} or {bins, weights}.`],
    ['a null threshold', { partition_object: { values: ['a'], weights: [1] }, threshold: null }, `${kl}threshold is missing or null, which passes any divergence. Give the highest KL divergence allowed, e.g. 0.1.`],
    ['bins without bucketize_data', { partition_object: { bins: [0, 1], weights: [1] }, bucketize_data: false }, `${kl}bucketize_data is false, and a partition with bins needs the data bucketed. Drop bucketize_data, or give values and weights.`],
    ['an unknown partition key', { partition_object: { bins: [0, 1], weights: [1], kde: true } }, `${kl}partition_object has unknown key "kde"; it must be {values: [...], weights: [...]} or {bins: [...], weights: [...], tail_weights: [below, above]}`],
    ['a text bin edge', { partition_object: { bins: [0, 'one'], weights: [1] } }, `${kl}partition_object bins[1] must be a number (or -Infinity / Infinity), got "one"`],
    ['a holdout above 1', { partition_object: { values: ['a'], weights: [1] }, tail_weight_holdout: 2 }, `${kl}tail_weight_holdout must be a number greater than or equal to 0 and less than or equal to 1, got 2`],
    ['a null holdout (GX raises)', { partition_object: { values: ['a'], weights: [1] }, internal_weight_holdout: null }, `${kl}internal_weight_holdout must be a number greater than or equal to 0 and less than or equal to 1, got null`],
    ['min_value (not implemented)', { partition_object: { values: ['a'], weights: [1] }, min_value: 0 }, /kwarg "min_value" is not supported by mlship/],
  ])('GX kwargs: %s', (_, kwargs, line) => {
    if (typeof line === 'string') expect(gx(kwargs)).toBe(line);
    else expect(gx(kwargs)).toMatch(line);
  });
});
