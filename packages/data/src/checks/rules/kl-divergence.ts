import { UserError, formatNumber } from '@mlship/core';
import { isMissing, isNumericKind } from '../../table';
import { field, pass, type CompileContext, type RuleFactory } from '../rule';
import type { CheckSpec } from '../config';
import { valueCounts } from './aggregates';
import { cellKey } from './values';
import { npSum } from './float-values';

/**
 * GX expect_column_kl_divergence_to_be_less_than with a given partition object,
 * step for step as its pandas path: observed shares (value counts, or
 * np.histogram counts plus the counts below and above the edges) over the
 * non-null count, expected weights scaled by the holdouts, and
 * scipy.stats.entropy of the two (each normalised to sum 1, then the sum of
 * rel_entr). An observed share where none is expected makes it infinite, which fails.
 */
type Spec = Extract<CheckSpec, { type: 'kl_divergence' }>;
export type Partition = Spec['partition'];
type Bins = Extract<Partition, { bins: unknown }>;

const edge = (b: number | '-inf' | 'inf'): number => (b === '-inf' ? -Infinity : b === 'inf' ? Infinity : b);
/** np.allclose(x, 1). */
const closeToOne = (x: number) => Math.abs(x - 1) <= 1e-8 + 1e-5;

/** scipy.stats.entropy(pk, qk) in natural log. */
export function entropy(pk: number[], qk: number[]): number {
  const sp = npSum(pk);
  const sq = npSum(qk);
  const terms = pk.map((p0, i) => {
    const p = p0 / sp;
    const q = qk[i]! / sq;
    if (Number.isNaN(p) || Number.isNaN(q)) return NaN;
    if (p > 0 && q > 0) return p * Math.log(p / q);
    if (p === 0 && q >= 0) return 0;
    return Infinity;
  });
  return npSum(terms);
}

/** The refusals GX raises for a partition object and holdouts, as one line each. */
export function partitionProblem(p: Partition, tail: number, internal: number): string | undefined {
  if ('values' in p) {
    if (p.values.length !== p.weights.length) return `partition has ${p.values.length} values and ${p.weights.length} weights; give one weight per value`;
    if (!closeToOne(npSum(p.weights))) return `partition weights sum to ${formatNumber(npSum(p.weights))}, not 1`;
    const keys = p.values.map(cellKey);
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup !== undefined) return `partition lists the value ${JSON.stringify(dup)} twice`;
    if (internal > 0) return 'internal_weight_holdout cannot be used with values (discrete data); it spreads weight over empty bins';
    return undefined;
  }
  const bins = p.bins.map(edge);
  if (bins.length !== p.weights.length + 1) return `partition has ${bins.length} bin edges and ${p.weights.length} weights; give one more edge than weights`;
  if (!bins.every((b, i) => i === 0 || b > bins[i - 1]!)) return 'partition bins must be strictly increasing';
  const total = npSum([...(p.tail_weights ?? []), ...p.weights]);
  if (!closeToOne(total)) return `partition weights${p.tail_weights ? ' and tail_weights' : ''} sum to ${formatNumber(total)}, not 1`;
  if (p.tail_weights && tail !== 0) return 'tail_weight_holdout must be 0 when the partition has tail_weights';
  const open = bins[0] === -Infinity || bins[bins.length - 1] === Infinity;
  if (open && p.tail_weights) return 'tail_weights cannot be given when a bin edge is -inf or inf';
  if (bins[0] === -Infinity && bins[bins.length - 1] === Infinity && tail > 0) return 'tail_weight_holdout cannot be used when the bins already run from -inf to inf';
  return undefined;
}

/** KL divergence of observed category counts from the partition's values and weights. */
export function categoricalKl(p: Extract<Partition, { values: unknown }>, counts: Map<string, number>, nonNull: number, tail: number): number {
  const expectedKeys = p.values.map(cellKey);
  const known = new Set(expectedKeys);
  const pk = expectedKeys.map((k) => (counts.get(k) ?? 0) / nonNull);
  const unexpected = [...counts].filter(([k]) => !known.has(k));
  pk.push(...unexpected.map(([, n]) => n / nonNull));
  const qk = unexpected.length ? [...p.weights.map((w) => w * (1 - tail)), ...unexpected.map(() => tail / unexpected.length)] : [...p.weights];
  return entropy(pk, qk);
}

/** Counts per bin as np.histogram makes them (the last bin holds its right edge), plus those below and above. */
export class BinCounts {
  readonly edges: number[];
  readonly hist: number[];
  below = 0;
  above = 0;
  nonNull = 0;

  constructor(bins: Bins['bins']) {
    this.edges = bins.map(edge);
    this.hist = new Array<number>(this.edges.length - 1).fill(0);
  }

  add(v: number): void {
    this.nonNull++;
    const e = this.edges;
    const last = e.length - 1;
    if (v < e[0]!) this.below++;
    else if (v > e[last]!) this.above++;
    else if (v === e[last]) this.hist[last - 1]!++;
    else {
      // The last edge <= v, by binary search.
      let lo = 0;
      let hi = last;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (e[mid]! <= v) lo = mid;
        else hi = mid;
      }
      this.hist[lo]!++;
    }
  }
}

/** KL divergence of binned counts from the partition's bins, weights and tail weights. */
export function continuousKl(p: Bins, c: BinCounts, tail: number, internal: number): number {
  const n = c.nonNull;
  const observed = c.hist.map((h) => h / n);
  const expected = p.weights.map((w) => w * (1 - tail - internal));
  const zeros = expected.filter((w) => w === 0).length;
  if (internal > 0 && zeros > 0) for (let i = 0; i < expected.length; i++) if (expected[i] === 0) expected[i] = internal / zeros;
  const lowOpen = c.edges[0] === -Infinity;
  const highOpen = c.edges[c.edges.length - 1] === Infinity;
  if (lowOpen && highOpen) return entropy(observed, expected);
  if (lowOpen) return entropy([...observed, c.above / n], [...expected, tail]);
  if (highOpen) return entropy([c.below / n, ...observed], [tail, ...expected]);
  const tails = p.tail_weights ?? [tail / 2, tail / 2];
  return entropy([c.below / n, ...observed, c.above / n], [tails[0], ...expected, tails[1]]);
}

function refuse(ctx: CompileContext, spec: Spec): void {
  const problem = partitionProblem(spec.partition, spec.tail_weight_holdout, spec.internal_weight_holdout);
  if (problem) throw new UserError(problem, { where: ctx.where, hint: "The partition is GX's partition_object: {values, weights} or {bins, weights[, tail_weights]}, weights summing to 1." });
}

export const klDivergence: RuleFactory<'kl_divergence'> = (spec, ctx) => {
  refuse(ctx, spec);
  const { field: f, index } = field(ctx, spec.column);
  const p = spec.partition;
  const judge = (kl: number, detail: string) => {
    const finite = Number.isFinite(kl);
    return {
      result: { observed_value: finite ? kl : null },
      status: pass(kl <= spec.threshold),
      observed: finite ? kl : Number.isNaN(kl) ? 'undefined' : 'infinite',
      expected: `<= ${formatNumber(spec.threshold)}`,
      detail: finite ? detail : `${detail}; the column has values where the partition expects none`,
    };
  };
  if ('values' in p) {
    const c = valueCounts(ctx, spec.column);
    return {
      title: `KL divergence: ${spec.column}`,
      observe: c.observe,
      evaluate: () => {
        const counts = new Map<string, number>();
        for (const [v, n] of c.state.counts) counts.set(cellKey(v), (counts.get(cellKey(v)) ?? 0) + n);
        const kl = categoricalKl(p, counts, c.state.nonNull, spec.tail_weight_holdout);
        return judge(kl, `${counts.size} distinct values against ${p.values.length} expected`);
      },
    };
  }
  if (!isNumericKind(f.kind)) throw new UserError(`column: "${spec.column}" is ${f.kind}, a partition with bins needs a numeric column`, { where: ctx.where, hint: 'Give values and weights for a categorical column.' });
  const bins = new BinCounts(p.bins);
  return {
    title: `KL divergence: ${spec.column}`,
    observe(batch) {
      const col = batch.columns[index]!;
      for (let i = 0; i < batch.numRows; i++) {
        const v = col[i]!;
        if (!isMissing(v)) bins.add(v as number);
      }
    },
    evaluate: () => judge(continuousKl(p, bins, spec.tail_weight_holdout, spec.internal_weight_holdout), `${bins.nonNull} values in ${bins.hist.length} bins, ${bins.below} below and ${bins.above} above`),
  };
};
