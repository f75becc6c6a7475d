import { UserError, formatNumber, type Chart, type Check, type Table } from '@mlship/core';
import type { Batch, Cell, ColumnKind, DataFile, Dataset, Field, Schema } from '../table';
import { parseTimestamp } from '../read/text-values';
import type { ColumnProfile, TableProfile, TableProfiler } from '../profile';
import type { CheckSpec } from './config';
import { checkId } from './load';
import { suggestion } from '@mlship/core';

/** What a rule knows while it is being set up: the data's shape and where its spec came from. */
export interface CompileContext {
  schema: Schema;
  /** `checks.yml: checks[3]`, for messages. */
  where: string;
  reference?: Dataset;
  testData?: Dataset;
}

/** What a rule can read once the single pass over the data is done. */
export interface Results {
  profile: TableProfile;
  profiler: TableProfiler;
  files: DataFile[];
  reference?: { profile: TableProfile; profiler: TableProfiler; schema: Schema };
  now: number;
}

/**
 * The result fields Great Expectations reports for an expectation, under its
 * names, so a team moving from GX reads familiar fields in report.json.
 * Row-level checks fill the counts; aggregate ones the observed value.
 */
export interface GxResult {
  element_count?: number;
  missing_count?: number;
  unexpected_count?: number;
  /** Of the non-missing values, as GX computes it. */
  unexpected_percent?: number;
  /** The first unexpected values in reading order (a mapping per row for a compound key), at most PARTIAL_UNEXPECTED. */
  partial_unexpected_list?: unknown[];
  observed_value?: unknown;
}
export const PARTIAL_UNEXPECTED = 20;

export type Verdict = Pick<Check, 'status' | 'observed' | 'expected' | 'detail'> & { result?: GxResult };

/** A rule that judges many things at once (drift: one check per column) plus what the report shows of it. */
export interface MultiVerdict {
  checks: Check[];
  tables?: Table[];
  charts?: Chart[];
  data?: Record<string, unknown>;
}

/**
 * One compiled check. `observe` sees every batch of the single streaming pass
 * (only rules that need row-level work have it); `evaluate` decides from what
 * was observed plus the profile. Rules are data: a spec in, a verdict out.
 */
export interface Rule {
  spec: CheckSpec;
  id: string;
  title: string;
  observe?(batch: Batch): void;
  /** Work before the pass, e.g. hashing the test-data keys for leakage. */
  prepare?(progress: (line: string) => void): Promise<void>;
  evaluate(results: Results): Verdict | MultiVerdict;
}

export type RuleFactory<T extends CheckSpec['type']> = (spec: Extract<CheckSpec, { type: T }>, ctx: CompileContext) => Omit<Rule, 'spec' | 'id' | 'title'> & { title?: string };

export function field(ctx: CompileContext, name: string, key = 'column'): { field: Field; index: number } {
  const index = ctx.schema.fields.findIndex((f) => f.name === name);
  if (index < 0) {
    const names = ctx.schema.fields.map((f) => f.name);
    throw new UserError(`${key}: column "${name}" is not in the data.${suggestion(name, names)}`, {
      where: ctx.where,
      hint: `Columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}.`,
    });
  }
  return { field: ctx.schema.fields[index]!, index };
}

export function columnProfile(results: Results, name: string): ColumnProfile {
  const c = results.profile.columns.find((p) => p.name === name);
  if (!c) throw new Error(`profile has no column ${name}`);
  return c;
}

export const pass = (ok: boolean): Check['status'] => (ok ? 'pass' : 'fail');

export function rangeText(min: number | undefined, max: number | undefined, strictMin = false, strictMax = false): string {
  if (min !== undefined && max !== undefined) return `${strictMin ? '(' : '['}${formatNumber(min)}, ${formatNumber(max)}${strictMax ? ')' : ']'}`;
  if (min !== undefined) return `${strictMin ? '>' : '>='} ${formatNumber(min)}`;
  if (max !== undefined) return `${strictMax ? '<' : '<='} ${formatNumber(max)}`;
  return 'any';
}

export function within(v: number, min?: number, max?: number, strictMin = false, strictMax = false): boolean {
  if (min !== undefined && (strictMin ? v <= min : v < min)) return false;
  if (max !== undefined && (strictMax ? v >= max : v > max)) return false;
  return true;
}

export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : (part / whole) * 100);

export { checkId };

/**
 * GX raises for expect_column_values_to_be_between when min_value > max_value (its
 * aggregate expectations just fail, and so do mlship's): a range no value can be in
 * is a config mistake there, not a failed check.
 */
export function assertBounds(ctx: CompileContext, min: number | undefined, max: number | undefined, keys = ['min', 'max']): void {
  requireBound(ctx, min, max, keys);
  if (min !== undefined && max !== undefined && min > max) {
    throw new UserError(`${keys[0]} (${formatNumber(min)}) is greater than ${keys[1]} (${formatNumber(max)})`, { where: ctx.where, hint: 'Swap them, or drop one for an open range.' });
  }
}

/** A bound as the data holds it: date or timestamp text becomes epoch milliseconds on a date or timestamp column, and is refused on others. */
export function temporalBound(ctx: CompileContext, spec: { column: string; min?: number | string; max?: number | string }, key: 'min' | 'max', kind: ColumnKind): number | undefined {
  const v = spec[key];
  if (typeof v !== 'string') return v;
  const temporal = kind === 'timestamp' || kind === 'date';
  const ms = temporal ? parseTimestamp(v) : undefined;
  if (ms === undefined) {
    throw new UserError(`${key}: ${JSON.stringify(v)} is ${temporal ? 'not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]][Z])' : `text, and "${spec.column}" is ${kind}`}`, {
      where: ctx.where,
      hint: temporal ? 'Write e.g. "2024-01-31" or "2024-01-31T12:00:00Z".' : 'Give a number.',
    });
  }
  return ms;
}

/** A range with neither bound cannot fail, so it is a config mistake (GX raises for its map and min/max expectations). */
export function requireBound(ctx: CompileContext, min: number | undefined, max: number | undefined, keys = ['min', 'max']): void {
  if (min === undefined && max === undefined) throw new UserError(`give ${keys[0]} or ${keys[1]}: a range with neither bound cannot fail`, { where: ctx.where });
}

const iso = (ms: number) => new Date(ms).toISOString();
export function timeRangeText(min: number | undefined, max: number | undefined, strictMin: boolean, strictMax: boolean): string {
  if (min !== undefined && max !== undefined) return `${strictMin ? '(' : '['}${iso(min)}, ${iso(max)}${strictMax ? ')' : ']'}`;
  if (min !== undefined) return `${strictMin ? '>' : '>='} ${iso(min)}`;
  if (max !== undefined) return `${strictMax ? '<' : '<='} ${iso(max)}`;
  return 'any';
}
