import { UserError, formatNumber, type Chart, type Check, type Table } from '@mlship/core';
import type { Batch, DataFile, Dataset, Field, Schema } from '../table';
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

export type Verdict = Pick<Check, 'status' | 'observed' | 'expected' | 'detail'>;

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
