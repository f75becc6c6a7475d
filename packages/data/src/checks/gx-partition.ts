import { bool, KwargError, optionalNumber, valueSet, type Kwargs } from './gx-kwargs';

/**
 * The kwargs of GX expect_column_kl_divergence_to_be_less_than as the native
 * kl_divergence check's keys. A suite written by Python's json module holds
 * bin edges as the bare words -Infinity / Infinity, which a YAML reader keeps
 * as text; they (and inf, YAML's .inf) mean the open ends GX allows.
 */
type Edge = number | '-inf' | 'inf';
export type NativePartition = { values: (string | number | boolean)[]; weights: number[] } | { bins: Edge[]; weights: number[]; tail_weights?: [number, number] };

const SHAPE = 'must be {values: [...], weights: [...]} or {bins: [...], weights: [...], tail_weights: [below, above]}';
const KEYS = ['values', 'weights', 'bins', 'tail_weights'];

function edge(v: unknown, i: number): Edge {
  if (typeof v === 'number' && !Number.isNaN(v)) return v === -Infinity ? '-inf' : v === Infinity ? 'inf' : v;
  if (v === '-Infinity' || v === '-inf') return '-inf';
  if (v === 'Infinity' || v === 'inf') return 'inf';
  throw new KwargError('partition_object', `bins[${i}] must be a number (or -Infinity / Infinity), got ${JSON.stringify(v)}`);
}

function numbers(o: Record<string, unknown>, key: string): number[] {
  const v = o[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) throw new KwargError('partition_object', `${key} must be a list of numbers, got ${JSON.stringify(v)}`);
  return v as number[];
}

export function partitionObject(k: Kwargs, bucketize: boolean): NativePartition {
  const p = k.partition_object;
  if (p === undefined || p === null) {
    throw new KwargError('partition_object', 'is missing; GX then bins the data itself, which mlship does not reproduce', 'Give the expected partition: {values, weights} or {bins, weights}.');
  }
  if (typeof p !== 'object' || Array.isArray(p)) throw new KwargError('partition_object', SHAPE);
  const o = p as Record<string, unknown>;
  const extra = Object.keys(o).find((x) => !KEYS.includes(x));
  if (extra) throw new KwargError('partition_object', `has unknown key "${extra}"; it ${SHAPE}`);
  if ('values' in o && 'bins' in o) throw new KwargError('partition_object', `has both values and bins; it ${SHAPE}`);
  if ('values' in o) {
    if ('tail_weights' in o) throw new KwargError('partition_object', 'tail_weights go with bins, not values');
    return { values: valueSet(o, 'values'), weights: numbers(o, 'weights') };
  }
  if (!('bins' in o) || !('weights' in o)) throw new KwargError('partition_object', SHAPE);
  // GX raises here: a continuous partition needs the data bucketed.
  if (!bucketize) throw new KwargError('bucketize_data', 'is false, and a partition with bins needs the data bucketed', 'Drop bucketize_data, or give values and weights.');
  const bins = o.bins;
  if (!Array.isArray(bins)) throw new KwargError('partition_object', `bins must be a list of numbers, got ${JSON.stringify(bins)}`);
  const tail = 'tail_weights' in o ? numbers(o, 'tail_weights') : undefined;
  if (tail && tail.length !== 2) throw new KwargError('partition_object', `tail_weights must be [below, above], got ${JSON.stringify(tail)}`);
  return { bins: bins.map(edge), weights: numbers(o, 'weights'), ...(tail ? { tail_weights: tail as [number, number] } : {}) };
}

/** A holdout share from 0 to 1, 0 when left out; GX raises for null or anything else. */
export function holdout(k: Kwargs, key: string): number {
  if (!(key in k)) return 0;
  const v = k[key];
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new KwargError(key, `must be a number greater than or equal to 0 and less than or equal to 1, got ${JSON.stringify(v)}`);
  return v;
}

/** GX passes any divergence when threshold is null, so the check could not fail: refused. */
export function threshold(k: Kwargs): number {
  const v = optionalNumber(k, 'threshold');
  if (v === undefined) throw new KwargError('threshold', 'is missing or null, which passes any divergence', 'Give the highest KL divergence allowed, e.g. 0.1.');
  if (v < 0) throw new KwargError('threshold', `must be 0 or more, got ${v}`);
  return v;
}

export const bucketizeData = (k: Kwargs): boolean => bool(k, 'bucketize_data', true);
