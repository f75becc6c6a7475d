import { PROFILE_QUANTILES, type ColumnProfile } from '../profile/column';
import { MAX_CATEGORIES } from '../profile/frequencies';
import { hashValue } from '../profile/hash';
import { LONG_TEXT_UNITS, longTextLabel } from '../profile/long-text';
import type { TableProfile, TableProfiler } from '../profile/table';
import type { CategoricalDistribution, NumericDistribution } from '../stats/distribution';
import type { Schema } from '../table';
import { isCounted, isMeasured } from './columns';
import type { SqlRow } from './engine';
import { TOP, type FrequencyRow } from './statements';

const num = (v: unknown): number | undefined => (v === null || v === undefined ? undefined : Number(v));

/** A text value as the local profile shows and counts it: a long one by its label (same hash, so the same label). */
export const shownText = (v: unknown): string => {
  const s = String(v);
  return s.length > LONG_TEXT_UNITS ? longTextLabel(s, hashValue(s)) : s;
};

/**
 * Text counts by count, then by the shown text in JavaScript's order, as the
 * local profile breaks ties: the engine breaks them by the whole value, so two
 * long values tied on count could come in the other order of their labels.
 */
const inLocalOrder = (values: Counted['values']): Counted['values'] =>
  [...values].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));

/** Value counts of one column as the engine returned them (missing group left out). */
interface Counted {
  values: { value: string; count: number }[];
  groups: number;
}

/**
 * The TableProfile the local profiler would give, from the engine's
 * aggregates: same fields, same units (epoch ms for instants), top values by
 * count then value, every distinct count exact.
 */
export function profileFrom(schema: Schema, agg: SqlRow, freqs: FrequencyRow[], distinctRows: number, approx?: { uncounted: Set<number> }): TableProfile {
  const rows = Number(agg.rows);
  const counted = new Map<number, Counted>();
  for (const r of freqs) {
    const c = counted.get(r.column) ?? { values: [], groups: r.groups };
    if (r.value !== null) c.values.push({ value: shownText(r.value), count: r.n });
    counted.set(r.column, c);
  }
  const columns = schema.fields.map((f, i): ColumnProfile => {
    const nonNull = Number(agg[`c${i}`]);
    const nulls = rows - nonNull;
    const c = counted.get(i);
    // Past the exact-row limit, a column with too many values to count has the engine's estimate (as local's sketch past 100,000).
    const estimated = approx !== undefined && (!isCounted(f) || approx.uncounted.has(i));
    const distinct = approx?.uncounted.has(i) ? Number(agg[`ad${i}`]) : isCounted(f) ? (c ? c.groups - (nulls > 0 ? 1 : 0) : 0) : Number(agg[`dd${i}`]);
    const p: ColumnProfile = {
      name: f.name,
      kind: f.kind,
      count: rows,
      nulls,
      nullPercent: rows ? (nulls / rows) * 100 : 0,
      distinct,
      distinctExact: !estimated,
      topValues: c ? (f.kind === 'string' ? inLocalOrder(c.values) : c.values).slice(0, TOP) : [],
    };
    if (nonNull > 0 && (isMeasured(f) || f.kind === 'bool')) {
      if (f.kind !== 'bool') {
        p.min = num(agg[`mn${i}`]);
        p.max = num(agg[`mx${i}`]);
      }
      p.mean = num(agg[`av${i}`]);
      if (nonNull > 1) p.std = num(agg[`sd${i}`]);
    }
    if (nonNull > 0 && isMeasured(f)) {
      const qs = agg[`qs${i}`] as unknown[];
      p.quantiles = Object.fromEntries(PROFILE_QUANTILES.map((q, j) => [String(q), Number(qs[j])]));
    }
    if (nonNull > 0 && f.kind === 'string') {
      p.min = shownText(agg[`mn${i}`]);
      p.max = shownText(agg[`mx${i}`]);
      p.minLength = num(agg[`ln${i}`]);
      p.maxLength = num(agg[`lx${i}`]);
    }
    return p;
  });
  return { rows, duplicateRows: rows - distinctRows, columns };
}

/**
 * What the profile-based checks read from the local profiler, answered from
 * the engine's results: a class column's counts, and the quantiles the
 * compiler asked for (exact ones; no CDF, which only drift reads and which is
 * not compiled for engines).
 */
export class EngineDistributions implements Pick<TableProfiler, 'numeric' | 'categorical'> {
  constructor(
    private readonly profile: TableProfile,
    private readonly quantiles: Map<string, Map<number, number>>,
    private readonly classes: Map<string, Map<string, number>>,
    /** False past the exact-row limit, where the engine estimated the quantiles. */
    private readonly exactQuantiles = true,
  ) {}

  numeric(column: string): NumericDistribution | undefined {
    const qs = this.quantiles.get(column);
    const count = this.nonNull(column);
    if (!qs) return undefined;
    return {
      count,
      exact: this.exactQuantiles,
      quantile(q: number): number {
        const v = qs.get(q);
        if (v === undefined) throw new Error(`quantile ${q} of ${column} was not compiled`);
        return v;
      },
      cdf(): number {
        throw new Error('the CDF is not computed by SQL engines');
      },
      support(): Float64Array {
        throw new Error('the support is not computed by SQL engines');
      },
    };
  }

  categorical(column: string): CategoricalDistribution | undefined {
    const counts = this.classes.get(column);
    if (!counts) return undefined;
    return { count: this.nonNull(column), exact: counts.size <= MAX_CATEGORIES, counts: () => counts };
  }

  private nonNull(column: string): number {
    const c = this.profile.columns.find((p) => p.name === column)!;
    return c.count - c.nulls;
  }
}

/** Every count of the class columns, from the frequency rows. */
export function classCounts(schema: Schema, freqs: FrequencyRow[], classColumns: Set<number>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  // Binary and nested columns are not counted (nor locally): their class_balance fails as "too many classes", as it does locally.
  for (const i of classColumns) if (isCounted(schema.fields[i]!)) out.set(schema.fields[i]!.name, new Map());
  for (const r of freqs) {
    if (!out.has(schema.fields[r.column]!.name) || r.value === null) continue;
    out.get(schema.fields[r.column]!.name)!.set(shownText(r.value), r.n);
  }
  return out;
}
