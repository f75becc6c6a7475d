import { createReport, type Chart, type Report, type Table } from '@mlship/core';
import type { ColumnProfile } from './profile';
import type { ValidationOutcome } from './validate';

const fmtValue = (v: unknown): string | number | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
};

function profileTable(columns: ColumnProfile[]): Table {
  const temporal = (c: ColumnProfile, v: unknown) => (typeof v === 'number' && (c.kind === 'timestamp' || c.kind === 'date') ? new Date(v).toISOString() : fmtValue(v));
  return {
    title: `Column profile (${columns.length} columns)`,
    columns: ['Column', 'Type', 'Nulls', 'Null %', 'Min', 'Max', 'Mean', 'Std', 'Distinct', 'Top values'],
    rows: columns.map((c) => [
      c.name,
      c.kind,
      c.nulls,
      c.nullPercent,
      temporal(c, c.min),
      temporal(c, c.max),
      fmtValue(c.mean),
      fmtValue(c.std),
      `${c.distinct}${c.distinctExact ? '' : ' (approx.)'}`,
      c.topValues.map((t) => `${t.value.length > 24 ? t.value.slice(0, 24) + '…' : t.value} (${t.count})`).join(', '),
    ]),
  };
}

/** The validate-data Report: the seed's PASS/FAIL table, the profile folded under it, null % and drift charts. */
export function buildValidationReport(o: ValidationOutcome): Report {
  const { profile } = o;
  const charts: Chart[] = [
    {
      title: 'Null % per column',
      kind: 'bar',
      x: profile.columns.map((c) => c.name),
      yLabel: 'null %',
      yRange: [0, Math.max(5, Math.ceil(Math.max(...profile.columns.map((c) => c.nullPercent), 0)))],
      series: [{ name: 'null %', values: profile.columns.map((c) => c.nullPercent) }],
    },
    ...o.extras.flatMap((e) => e.charts ?? []),
  ];
  const tables = [...o.extras.flatMap((e) => e.tables ?? []), profileTable(profile.columns)];
  const mb = (o.dataset.bytes / 1e6).toFixed(1);
  return createReport({
    action: 'validate-data',
    title: 'Data Validation Report',
    summary: `\`${o.dataset.spec}\`: ${profile.rows.toLocaleString('en-US')} rows × ${o.dataset.columns} columns in ${o.dataset.files} ${o.dataset.format} file(s) (${mb} MB), ${profile.duplicateRows} duplicate rows; checks from ${o.configSource} (${o.configFormat}); ${(o.elapsedMs / 1000).toFixed(2)} s.`,
    checks: o.checks,
    tables,
    charts,
    data: {
      dataset: o.dataset,
      profile,
      referenceProfile: o.referenceProfile,
      ...Object.assign({}, ...o.extras.map((e) => e.data ?? {})),
    },
  });
}
