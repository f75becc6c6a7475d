import { regexRefusal } from '@mlship/core/user-regex';
import { parseTimestamp } from '../read/text-values';

/**
 * Readers for Great Expectations kwargs. Each one either returns the value with
 * GX's meaning or throws one line naming the kwarg and what it accepts, so a
 * suite never runs with a kwarg quietly dropped.
 */
export type Kwargs = Record<string, unknown>;

/** Kwargs that change only how GX reports or raises, never the verdict. */
export const REPORTING_KWARGS = ['result_format', 'catch_exceptions', 'include_config', 'meta'] as const;

const RESULT_FORMATS = ['BOOLEAN_ONLY', 'BASIC', 'SUMMARY', 'COMPLETE'];
const RESULT_FORMAT_KEYS = ['result_format', 'partial_unexpected_count', 'include_unexpected_rows', 'unexpected_index_column_names', 'return_unexpected_index_query', 'exclude_unexpected_values'];


export const isParameter = (v: unknown): v is { $PARAMETER: unknown } => typeof v === 'object' && v !== null && !Array.isArray(v) && '$PARAMETER' in v;

/** What went wrong with one kwarg; the caller adds the expectation and its position. */
export class KwargError extends Error {
  constructor(
    readonly key: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

function refuseParameter(key: string, v: unknown): void {
  if (isParameter(v)) {
    throw new KwargError(key, `holds a suite parameter (${JSON.stringify(v)}) inside it; only a whole kwarg can be a parameter`, `Write the value itself, or make the whole ${key} one {"$PARAMETER": …}.`);
  }
}

export function column(k: Kwargs, key = 'column'): string {
  const v = k[key];
  refuseParameter(key, v);
  if (typeof v !== 'string' || v === '') throw new KwargError(key, v === undefined ? 'is required' : `must be a column name, got ${JSON.stringify(v)}`);
  return v;
}

export function optionalNumber(k: Kwargs, key: string): number | undefined {
  const v = k[key];
  refuseParameter(key, v);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new KwargError(key, `must be a number or null, got ${JSON.stringify(v)}`, 'mlship compares numeric bounds only; dates and text bounds are not supported.');
  }
  return v;
}

/** A range bound: a number, or a date/timestamp text (for a date or timestamp column; the check refuses it on others). */
export function bound(k: Kwargs, key: string): number | string | undefined {
  const v = k[key];
  if (typeof v === 'string' && parseTimestamp(v) !== undefined) return v;
  return optionalNumber(k, key);
}

export function integer(k: Kwargs, key: string, { required = false, min = 0 } = {}): number | undefined {
  const v = k[key];
  refuseParameter(key, v);
  if (v === undefined || v === null) {
    if (required) throw new KwargError(key, 'is required');
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) throw new KwargError(key, `must be an integer >= ${min}, got ${JSON.stringify(v)}`);
  return v;
}

export function bool(k: Kwargs, key: string, fallback: boolean): boolean {
  const v = k[key];
  refuseParameter(key, v);
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw new KwargError(key, `must be true or false, got ${JSON.stringify(v)}`);
  return v;
}

export function mostly(k: Kwargs): number {
  const v = k.mostly;
  refuseParameter('mostly', v);
  if (v === undefined || v === null) return 1;
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new KwargError('mostly', `must be a number from 0 to 1, got ${JSON.stringify(v)}`);
  return v;
}

export function text(k: Kwargs, key: string): string {
  const v = k[key];
  refuseParameter(key, v);
  if (typeof v !== 'string') throw new KwargError(key, v === undefined ? 'is required' : `must be a string, got ${JSON.stringify(v)}`);
  return v;
}

/**
 * A regular expression kwarg, refused here (naming the expectation) when the
 * linear-time engine cannot run it; the check compiles it again, once, to run it.
 */
export function regexText(k: Kwargs, key: string): string {
  const v = text(k, key);
  refuseRegex(key, v);
  return v;
}

export function regexList(k: Kwargs, key: string): string[] {
  const v = k[key];
  refuseParameter(key, v);
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new KwargError(key, v === undefined ? 'is required' : `must be a list of regular expressions, got ${JSON.stringify(v)}`);
  if (v.length === 0) throw new KwargError(key, 'must hold at least one regular expression');
  v.forEach((p: string, i) => refuseRegex(`${key}[${i}]`, p));
  return v as string[];
}

function refuseRegex(key: string, pattern: string): void {
  const refusal = regexRefusal(pattern);
  if (refusal) throw new KwargError(key, `${JSON.stringify(pattern)} ${refusal.problem}`, refusal.hint);
}

export function stringList(k: Kwargs, key: string, { nonEmpty = false } = {}): string[] {
  const v = k[key];
  refuseParameter(key, v);
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new KwargError(key, v === undefined ? 'is required' : `must be a list of column names, got ${JSON.stringify(v)}`);
  if (nonEmpty && v.length === 0) throw new KwargError(key, 'must name at least one column');
  return v as string[];
}

export function valueSet(k: Kwargs, key = 'value_set'): (string | number | boolean)[] {
  const v = k[key];
  refuseParameter(key, v);
  if (!Array.isArray(v)) throw new KwargError(key, v === undefined ? 'is required' : `must be a list, got ${JSON.stringify(v)}`);
  const bad = v.find((x) => typeof x !== 'string' && typeof x !== 'boolean' && !(typeof x === 'number' && Number.isFinite(x)));
  if (bad !== undefined) throw new KwargError(key, `holds ${JSON.stringify(bad)}; mlship compares strings, numbers and booleans only`);
  return v as (string | number | boolean)[];
}

export function oneOf<T extends string>(k: Kwargs, key: string, allowed: readonly T[], fallback: T): T {
  const v = k[key];
  refuseParameter(key, v);
  if (v === undefined || v === null) return fallback;
  if (!allowed.includes(v as T)) throw new KwargError(key, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  return v as T;
}

/** result_format changes only the shape of GX's result, so it is accepted once it is one GX would accept. */
export function checkReportingKwargs(k: Kwargs): void {
  const rf = k.result_format;
  if (rf !== undefined && rf !== null) {
    if (typeof rf === 'string') {
      if (!RESULT_FORMATS.includes(rf)) throw new KwargError('result_format', `must be one of ${RESULT_FORMATS.join(', ')}, got ${JSON.stringify(rf)}`);
    } else if (typeof rf === 'object' && !Array.isArray(rf)) {
      const o = rf as Record<string, unknown>;
      const unknown = Object.keys(o).find((x) => !RESULT_FORMAT_KEYS.includes(x));
      if (unknown) throw new KwargError('result_format', `has unknown key "${unknown}"; GX knows ${RESULT_FORMAT_KEYS.join(', ')}`);
      if (o.result_format !== undefined && !RESULT_FORMATS.includes(o.result_format as string)) {
        throw new KwargError('result_format', `result_format.result_format must be one of ${RESULT_FORMATS.join(', ')}, got ${JSON.stringify(o.result_format)}`);
      }
    } else throw new KwargError('result_format', `must be one of ${RESULT_FORMATS.join(', ')} or a mapping, got ${JSON.stringify(rf)}`);
  }
  bool(k, 'catch_exceptions', false);
  bool(k, 'include_config', true);
  const meta = k.meta;
  if (meta !== undefined && meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) throw new KwargError('meta', `must be a mapping, got ${JSON.stringify(meta)}`);
}

/** GX's value_pairs_set: a list of [A, B] pairs of strings, numbers, booleans or null (a missing value). */
export function valuePairs(k: Kwargs, key = 'value_pairs_set'): [PairValue, PairValue][] {
  const v = k[key];
  refuseParameter(key, v);
  if (!Array.isArray(v)) throw new KwargError(key, v === undefined || v === null ? 'is required' : `must be a list of [A, B] pairs, got ${JSON.stringify(v)}`);
  return v.map((p: unknown, i) => {
    refuseParameter(`${key}[${i}]`, p);
    const ok = Array.isArray(p) && p.length === 2 && p.every((x: unknown) => x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)));
    if (!ok) throw new KwargError(`${key}[${i}]`, `must be a pair [A, B] of strings, numbers, booleans or null, got ${JSON.stringify(p)}`);
    return p as [PairValue, PairValue];
  });
}
type PairValue = string | number | boolean | null;
