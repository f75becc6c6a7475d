import { createReport, groupDigits, type Chart, type Report, type Table, type TextBlock } from '@mlship/core';
import type { ColumnProfile } from './profile';
import type { ValidationOutcome } from './validate';

const fmtValue = (v: unknown): string | number | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
};

/** A config's shape as the summary names it: by what the file holds, not by the format id report consumers match on. */
const shapeName: Record<ValidationOutcome['configFormat'], string> = { native: 'native', 'seed-002': 'flat threshold keys', 'great-expectations': 'Great Expectations suite' };

const isTemporal = (c: ColumnProfile) => c.kind === 'timestamp' || c.kind === 'date';

/** Epoch milliseconds back to what the user wrote: a date or an ISO timestamp. */
const asInstant = (c: ColumnProfile, ms: number) => new Date(ms).toISOString().slice(0, c.kind === 'date' ? 10 : undefined);

function asDuration(ms: number): string {
  const units: [string, number][] = [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]];
  const [unit, size] = units.find(([, size]) => Math.abs(ms) >= size) ?? ['ms', 1];
  return `${Number((ms / size).toPrecision(3))} ${unit}`;
}

function profileTable(columns: ColumnProfile[]): Table {
  const value = (c: ColumnProfile, v: unknown) => (typeof v === 'number' && isTemporal(c) ? asInstant(c, v) : fmtValue(v));
  const top = (c: ColumnProfile) => {
    // When every value is distinct the "top" values are just the first ones seen.
    if (c.distinctExact && c.distinct > 1 && c.distinct === c.count - c.nulls) return 'all distinct';
    return c.topValues
      .map((t) => {
        const shown = isTemporal(c) && /^-?\d+(\.\d+)?$/.test(t.value) ? asInstant(c, Number(t.value)) : t.value;
        return `${shown.length > 24 ? shown.slice(0, 24) + '…' : shown} (${t.count})`;
      })
      .join(', ');
  };
  return {
    title: `Column profile (${columns.length} columns)`,
    columns: ['Column', 'Type', 'Nulls', 'Null %', 'Min', 'Max', 'Mean', 'Std', 'Distinct', 'Top values'],
    rows: columns.map((c) => [
      c.name,
      c.kind,
      c.nulls,
      c.nullPercent,
      value(c, c.min),
      value(c, c.max),
      value(c, c.mean),
      typeof c.std === 'number' && isTemporal(c) ? asDuration(c.std) : fmtValue(c.std),
      `${c.distinct}${c.distinctExact ? '' : ' (approx.)'}`,
      top(c),
    ]),
  };
}

/** What a SQL engine ran, folded under the report: every statement, with the engine's regex flavour and quantile method. */
function engineSql(e: NonNullable<ValidationOutcome['engine']>): TextBlock {
  const head = `-- engine ${e.name}, ${e.source}; regex: ${e.notes.regex}; quantiles: ${e.notes.quantiles}; every value is bound as a parameter, never part of the SQL text`;
  return { title: `SQL run on ${e.name} (${e.statements.length} statements)`, text: [head, ...e.statements.map((s) => `-- ${s.purpose}, ${(s.ms / 1000).toFixed(2)} s\n${s.sql};`)].join('\n\n') };
}

/** The validate-data Report: a PASS/FAIL row per check, the profile folded under it, null % and drift charts. */
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
    summary: `\`${o.dataset.spec}\`: ${groupDigits(profile.rows)} rows × ${o.dataset.columns} columns ${o.engine && !o.dataset.files ? `on engine ${o.engine.name}` : `in ${o.dataset.files} ${o.dataset.format} file(s) (${mb} MB)${o.engine ? ` on engine ${o.engine.name}` : ''}`}, ${profile.duplicateRows} duplicate rows; checks from ${o.configSource} (${shapeName[o.configFormat]}); ${(o.elapsedMs / 1000).toFixed(2)} s.`,
    checks: o.checks,
    ...(o.engine ? { texts: [engineSql(o.engine)] } : {}),
    tables,
    charts,
    data: {
      dataset: o.dataset,
      profile,
      referenceProfile: o.referenceProfile,
      results: o.results,
      ...Object.assign({}, ...o.extras.map((e) => e.data ?? {})),
    },
  });
}
