import { formatNumber } from '@mlship/core';
import { isTemporalKind } from '../../table';
import { UserError } from '@mlship/core';
import { field, pass, percent, rangeText, within, type RuleFactory } from '../rule';

export const rowCount: RuleFactory<'row_count'> = (spec) => {
  return {
    title: 'Row count',
    evaluate: ({ profile }) => ({
      result: { observed_value: profile.rows },
      status: pass(within(profile.rows, spec.min, spec.max)),
      observed: profile.rows,
      expected: rangeText(spec.min, spec.max),
      detail: `${profile.rows} rows`,
    }),
  };
};

export const columnCount: RuleFactory<'column_count'> = (spec, ctx) => ({
  title: 'Column count',
  evaluate: () => {
    const n = ctx.schema.fields.length;
    return { result: { observed_value: n }, status: pass(within(n, spec.min, spec.max)), observed: n, expected: rangeText(spec.min, spec.max), detail: `${n} columns` };
  },
});

export const columns: RuleFactory<'columns'> = (spec, ctx) => ({
  title: spec.mode === 'subset' ? 'Required columns' : spec.mode === 'ordered' ? 'Columns match ordered list' : 'Columns match set',
  evaluate: () => {
    const actual = ctx.schema.fields.map((f) => f.name);
    if (spec.mode === 'ordered') {
      const at = Math.max(actual.length, spec.columns.length);
      const first = Array.from({ length: at }, (_, i) => i).find((i) => actual[i] !== spec.columns[i]);
      return {
        result: { observed_value: actual },
        status: pass(first === undefined),
        observed: `${actual.length} columns`,
        expected: `exactly ${spec.columns.length} listed, in order`,
        detail: first === undefined ? 'OK' : `column ${first} is ${actual[first] ?? '(none)'}, expected ${spec.columns[first] ?? '(none)'}`,
      };
    }
    const missing = spec.columns.filter((c) => !actual.includes(c));
    const extra = spec.mode === 'exact' ? actual.filter((c) => !spec.columns.includes(c)) : [];
    const problems = [missing.length ? `Missing columns: ${missing.join(', ')}` : '', extra.length ? `Unexpected columns: ${extra.join(', ')}` : ''].filter(Boolean);
    return {
      result: { observed_value: actual },
      status: pass(problems.length === 0),
      observed: `${actual.length} columns`,
      expected: spec.mode === 'exact' ? `exactly ${spec.columns.length} listed` : `${spec.columns.length} present`,
      detail: problems.join('; ') || 'OK',
    };
  },
});

export const duplicates: RuleFactory<'duplicates'> = (spec) => ({
  title: 'Duplicate rows',
  evaluate: ({ profile }) => {
    const pct = percent(profile.duplicateRows, profile.rows);
    return {
      status: pass(pct <= spec.max_percent),
      observed: `${formatNumber(pct)}%`,
      expected: `<= ${spec.max_percent}%`,
      detail: `${profile.duplicateRows} duplicates (${pct.toFixed(2)}%)`,
    };
  },
});

export const nullPercent: RuleFactory<'null_percent'> = (spec, ctx) => {
  for (const c of spec.columns ?? []) field(ctx, c, 'columns');
  return {
    title: spec.scope === 'table' ? 'Null cells' : 'Missing values',
    evaluate: ({ profile }) => {
      const cols = profile.columns.filter((c) => !spec.columns || spec.columns.includes(c.name));
      if (spec.scope === 'table') {
        const nulls = cols.reduce((s, c) => s + c.nulls, 0);
        const pct = percent(nulls, profile.rows * cols.length);
        return { status: pass(pct <= spec.max), observed: `${formatNumber(pct)}%`, expected: `<= ${spec.max}%`, detail: `${nulls} null cells of ${profile.rows * cols.length}` };
      }
      const high = cols.filter((c) => c.nullPercent > spec.max).sort((a, b) => b.nullPercent - a.nullPercent);
      const worst = [...cols].sort((a, b) => b.nullPercent - a.nullPercent)[0];
      return {
        status: pass(high.length === 0),
        observed: worst ? `${formatNumber(worst.nullPercent)}% (${worst.name})` : '0%',
        expected: `<= ${spec.max}% per column`,
        detail: high.length ? `High null columns: ${high.map((c) => `${c.name} ${c.nullPercent.toFixed(2)}%`).join(', ')}` : 'OK',
      };
    },
  };
};

const DAY = 86_400_000;

export const freshness: RuleFactory<'freshness'> = (spec, ctx) => {
  if (spec.column) {
    const { field: f } = field(ctx, spec.column);
    if (!isTemporalKind(f.kind)) {
      throw new UserError(`column: "${spec.column}" is ${f.kind}, freshness needs a timestamp or date column`, {
        where: ctx.where,
        hint: 'Name a timestamp column, or omit `column` to use the files\' modification time (declare CSV types under read.csv.types).',
      });
    }
  }
  return {
    title: 'Data freshness',
    evaluate: (results) => {
      const newest = spec.column
        ? (results.profile.columns.find((c) => c.name === spec.column)?.max as number | undefined)
        : Math.max(...results.files.map((f) => f.mtimeMs));
      if (newest === undefined || !Number.isFinite(newest)) {
        return { status: 'fail', observed: 'no timestamps', expected: `<= ${spec.max_age_days} days old`, detail: `${spec.column} has no non-null values` };
      }
      const age = (results.now - newest) / DAY;
      const source = spec.column ? `max(${spec.column})` : 'newest file modification time';
      return {
        status: pass(age <= spec.max_age_days),
        observed: `${age.toFixed(2)} days`,
        expected: `<= ${spec.max_age_days} days`,
        detail: `${source} = ${new Date(newest).toISOString()}`,
      };
    },
  };
};

/** GX expect_column_to_exist: a missing column fails the check rather than the config, since its absence is what is being tested. */
export const columnExists: RuleFactory<'column_exists'> = (spec, ctx) => ({
  title: `Column exists: ${spec.column}`,
  evaluate: () => {
    const names = ctx.schema.fields.map((f) => f.name);
    const at = names.indexOf(spec.column);
    const ok = at >= 0 && (spec.index === undefined || at === spec.index);
    return {
      result: { observed_value: at < 0 ? null : at },
      status: pass(ok),
      observed: at < 0 ? 'absent' : `at index ${at}`,
      expected: spec.index === undefined ? 'present' : `at index ${spec.index}`,
      detail: at < 0 ? `${spec.column} is not among the ${names.length} columns` : ok ? 'OK' : `${spec.column} is column ${at}, not ${spec.index}`,
    };
  },
});
