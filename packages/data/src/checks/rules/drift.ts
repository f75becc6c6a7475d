import { UserError, formatNumber, type Check, type Scalar } from '@mlship/core';
import { chiSquare, jensenShannon, ksTwoSample, psi } from '../../drift';
import { isNumericKind, isTemporalKind, type ColumnKind } from '../../table';
import type { CheckSpec } from '../config';
import { field, type CompileContext, type MultiVerdict, type Results, type RuleFactory } from '../rule';

type DriftSpec = Extract<CheckSpec, { type: 'drift' }>;

type Method = 'psi' | 'ks' | 'chi2' | 'js';

/** Conventional limits: PSI > 0.2 is a significant shift; p < 0.05 for the tests; JS distance > 0.1. */
export const defaultThresholds: Record<Method, number> = { psi: 0.2, ks: 0.05, chi2: 0.05, js: 0.1 };
const isPValue = (m: Method) => m === 'ks' || m === 'chi2';

const comparable = (k: ColumnKind) => isNumericKind(k) || isTemporalKind(k) || k === 'string' || k === 'bool';
const numericLike = (k: ColumnKind) => isNumericKind(k) || isTemporalKind(k);

export interface DriftRow {
  column: string;
  kind: 'numeric' | 'categorical';
  psi?: number;
  ksStatistic?: number;
  ksPValue?: number;
  chi2?: number;
  chi2PValue?: number;
  js?: number;
  method: Method;
  score: number;
  threshold: number;
  drifted: boolean;
}

export interface DriftTarget {
  name: string;
  kind: 'numeric' | 'categorical';
  method: Method;
  threshold: number;
}

/** The columns a drift check compares, with the method and threshold of each: checked against the data before any row is read. */
export function driftTargets(spec: DriftSpec, ctx: CompileContext): DriftTarget[] {
  if (!ctx.reference) {
    throw new UserError('the drift check needs a reference dataset', { where: ctx.where, hint: 'Set the `reference` input (or --reference) to the dataset to compare against.' });
  }
  const names = spec.columns ?? ctx.schema.fields.filter((f) => comparable(f.kind)).map((f) => f.name);
  for (const [name] of Object.entries(spec.per_column)) field(ctx, name, `per_column.${name}`);
  return names.map((n) => {
    const { field: f } = field(ctx, n, 'columns');
    if (!comparable(f.kind)) throw new UserError(`columns: "${n}" is ${f.kind}; drift compares numeric, temporal, string and bool columns`, { where: ctx.where });
    const kind = numericLike(f.kind) ? ('numeric' as const) : ('categorical' as const);
    const override = spec.per_column[n] ?? {};
    const method: Method = override.method ?? (kind === 'numeric' ? spec.numeric : spec.categorical);
    if (kind === 'numeric' ? method === 'chi2' || method === 'js' : method === 'psi' || method === 'ks') {
      throw new UserError(`per_column.${n}.method: ${method} does not apply to a ${kind} column`, { where: ctx.where, hint: kind === 'numeric' ? 'Use psi or ks.' : 'Use chi2 or js.' });
    }
    return { name: n, kind, method, threshold: override.threshold ?? spec.threshold ?? defaultThresholds[method] };
  });
}

/** A target's statistics, however they were computed (from the profiles here, by SQL on an engine); none when a side has no values. */
export type DriftStatistics = Pick<DriftRow, 'psi' | 'ksStatistic' | 'ksPValue' | 'chi2' | 'chi2PValue' | 'js'>;

export const drift: RuleFactory<'drift'> = (spec, ctx) => {
  const targets = driftTargets(spec, ctx);
  return {
    title: 'Drift',
    evaluate: (results: Results): MultiVerdict =>
      driftVerdict(
        spec,
        targets.map((t) => [t, profileStatistics(t, results)]),
      ),
  };
};

function profileStatistics(t: DriftTarget, results: Results): DriftStatistics {
  const ref = results.reference!;
  if (t.kind === 'numeric') {
    const a = ref.profiler.numeric(t.name);
    const b = results.profiler.numeric(t.name);
    if (!(a && b && a.count > 0 && b.count > 0)) return {};
    const ks = ksTwoSample(a, b);
    return { psi: psi(a, b).value, ksStatistic: ks.statistic, ksPValue: ks.pValue };
  }
  const a = ref.profiler.categorical(t.name);
  const b = results.profiler.categorical(t.name);
  if (!(a && b && a.count > 0 && b.count > 0)) return {};
  const chi = chiSquare(a, b);
  return { chi2: chi.statistic, chi2PValue: chi.pValue, js: jensenShannon(a, b) };
}

/** The checks, table and chart of a drift check from each target's statistics. */
export function driftVerdict(spec: DriftSpec, stats: [DriftTarget, DriftStatistics][]): MultiVerdict {
  const rows: DriftRow[] = stats.map(([t, s]) => {
    const row: Omit<DriftRow, 'score' | 'drifted'> = { column: t.name, kind: t.kind, ...s, method: t.method, threshold: t.threshold };
    const score = { psi: row.psi, ks: row.ksPValue, chi2: row.chi2PValue, js: row.js }[t.method];
    const drifted = score === undefined || (isPValue(t.method) ? score < t.threshold : score > t.threshold);
    return { ...row, score: score ?? NaN, drifted };
  });
  const checks: Check[] = rows.map((r) => ({
    id: `${spec.id ?? 'drift'}:${r.column}`,
    title: `Drift: ${r.column}`,
    status: r.drifted ? 'fail' : 'pass',
    severity: spec.severity,
    observed: Number.isNaN(r.score) ? 'no values' : `${r.method} ${formatNumber(r.score)}`,
    expected: isPValue(r.method) ? `p >= ${r.threshold}` : `<= ${r.threshold}`,
    detail: Number.isNaN(r.score) ? `${r.column} has no non-null values in one of the datasets` : describe(r),
  }));
  const fmt = (v: number | undefined): Scalar => (v === undefined ? null : v);
  return {
    checks,
    tables: [
      {
        title: 'Drift against the reference',
        columns: ['Column', 'Kind', 'PSI', 'KS D', 'KS p', 'χ²', 'χ² p', 'JS distance', 'Decided by', 'Drifted'],
        rows: rows.map((r) => [r.column, r.kind, fmt(r.psi), fmt(r.ksStatistic), fmt(r.ksPValue), fmt(r.chi2), fmt(r.chi2PValue), fmt(r.js), `${r.method} (${isPValue(r.method) ? 'p <' : '>'} ${r.threshold})`, r.drifted ? 'yes' : 'no']),
      },
    ],
    charts: rows.length
      ? [
          {
            title: 'Drift score (PSI for numeric, JS distance for categorical)',
            kind: 'bar',
            x: rows.map((r) => r.column),
            yLabel: 'score',
            series: [{ name: 'drift', values: rows.map((r) => (r.kind === 'numeric' ? r.psi : r.js) ?? 0) }],
          },
        ]
      : [],
    data: { drift: rows },
  };
}

function describe(r: DriftRow): string {
  return r.kind === 'numeric'
    ? `PSI ${formatNumber(r.psi!)}, KS D ${formatNumber(r.ksStatistic!)} (p ${formatNumber(r.ksPValue!)})`
    : `JS ${formatNumber(r.js!)}, χ² ${formatNumber(r.chi2!)} (p ${formatNumber(r.chi2PValue!)})`;
}
