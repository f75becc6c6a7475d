import { UserError } from '@mlship/core';
import type { Batch, Cell, ColumnKind, Field } from '../../table';
import { dateutilParses, todayUtc } from '../formats/dateutil';
import { compileJsonSchema, SchemaProblem } from '../formats/json-schema';
import { compileLike } from '../formats/like';
import { loadsPython } from '../formats/python-json';
import { compileStrptime, FormatError } from '../formats/strptime';
import { field, pass, type CompileContext, type RuleFactory } from '../rule';
import { rowCheck } from './text';
import { kindIs } from './values';

/**
 * Row-level checks on the format of text values (GX's strftime, dateutil,
 * JSON, JSON Schema and SQL LIKE expectations) and on value types. Each
 * pattern, format or schema is compiled once, before any row is read.
 *
 * These checks judge the text the file held. A date column (every value
 * YYYY-MM-DD) is judged on that text, which the reader's date is an exact copy
 * of; a timestamp column is refused, since its text (offset, precision) is not
 * kept. How other kinds are read is each check's `kinds`: as never matching
 * (Python's json.loads rejects a number the way GX counts it), or refused
 * (GX raises for a value that is not a string).
 */
type Reading = 'text' | 'unexpected';
type Spec = { type: string; column: string; mostly: number };

// A missing date is NaN and stays so, for the row counter to skip.
const dateText = (v: Cell): Cell => (typeof v === 'number' && Number.isFinite(v) ? new Date(v).toISOString().slice(0, 10) : v);

const TEXT: Partial<Record<ColumnKind, Reading>> = { string: 'text', date: 'text' };

/**
 * A text column that also held other values (JSON numbers next to strings, or a
 * file read as numbers next to one read as text) no longer tells which values
 * were text, and GX judges those apart (a number is not a str, json.loads and
 * strptime reject it): such a column is refused rather than judged as all text.
 */
function refuseMixed(ctx: CompileContext, spec: Spec, f: Field): void {
  const json = /^inferred from JSON ([\w/]+)/.exec(f.sourceType);
  const mixed = (json && json[1]!.includes('/')) || f.sourceType.includes(', widened to');
  if (f.kind === 'string' && mixed) {
    throw new UserError(`column: "${spec.column}" holds text and other values (${f.sourceType}), read as text, and ${spec.type} judges text apart from numbers`, {
      where: ctx.where,
      hint: 'Write every value of the column as a JSON string (or the same type in every file).',
    });
  }
}

function formatCheck<S extends Spec>(spec: S, ctx: CompileContext, title: string, expected: string, matches: (text: string) => boolean, kinds = TEXT) {
  const { field: f, index } = field(ctx, spec.column);
  refuseMixed(ctx, spec, f);
  const reading = kinds[f.kind];
  if (!reading) {
    throw new UserError(`column: "${spec.column}" is ${f.kind}, ${spec.type} reads text values`, {
      where: ctx.where,
      hint: f.kind === 'timestamp' ? 'A timestamp column keeps instants, not the text they were written as; declare it string under read.csv.types to check its text.' : 'Check a text column, or declare this one string under read.csv.types.',
    });
  }
  const rule = rowCheck(ctx, spec, title, expected, reading === 'text' ? (v) => !matches(v as string) : () => true);
  if (f.kind !== 'date') return rule;
  return {
    ...rule,
    observe(batch: Batch) {
      rule.observe({ numRows: batch.numRows, columns: batch.columns.map((c, i) => (i === index ? Array.from(c, dateText) : c)) });
    },
  };
}

function compiled<T>(ctx: CompileContext, key: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (e instanceof FormatError || e instanceof SchemaProblem) throw new UserError(`${key} ${e.message}`, { where: ctx.where });
    throw e;
  }
}

export const strftimeFormat: RuleFactory<'strftime_format'> = (spec, ctx) => {
  const f = compiled(ctx, 'format:', () => compileStrptime(spec.format));
  return formatCheck(spec, ctx, 'strftime format', `text datetime.strptime reads with ${JSON.stringify(spec.format)}`, f.parses);
};

export const dateutilParseable: RuleFactory<'dateutil_parseable'> = (spec, ctx) => {
  // dateutil fills a missing year, month or day from today, so a bare "31" is the 31st of this month.
  const today = todayUtc(Date.now());
  return formatCheck(spec, ctx, 'dateutil parseable', 'text dateutil.parser.parse reads', (v) => dateutilParses(v, today));
};

/** json.loads raises TypeError for anything but text, which GX counts as unparseable. */
const JSON_KINDS: Partial<Record<ColumnKind, Reading>> = { string: 'text', date: 'text', int: 'unexpected', float: 'unexpected', decimal: 'unexpected', bool: 'unexpected', timestamp: 'unexpected', nested: 'unexpected' };

export const jsonParseable: RuleFactory<'json_parseable'> = (spec, ctx) => formatCheck(spec, ctx, 'JSON parseable', 'JSON text (as Python json.loads reads it)', (v) => loadsPython(v).ok, JSON_KINDS);

export const jsonSchema: RuleFactory<'json_schema'> = (spec, ctx) => {
  const valid = compiled(ctx, 'schema', () => compileJsonSchema(spec.schema));
  // Text that is not JSON makes GX stop with an error; here it does not match, which fails the check too.
  return formatCheck(spec, ctx, 'JSON Schema', 'JSON matching the schema', (v) => {
    const parsed = loadsPython(v);
    return parsed.ok && valid(parsed.value);
  });
};

const likeText = (patterns: string[]) => patterns.map((p) => JSON.stringify(p)).join(', ');

export const likePattern: RuleFactory<'like_pattern'> = (spec, ctx) => formatCheck(spec, ctx, 'LIKE', `LIKE ${JSON.stringify(spec.pattern)}`, compileLike(spec.pattern));

export const notLikePattern: RuleFactory<'not_like_pattern'> = (spec, ctx) => {
  const like = compileLike(spec.pattern);
  return formatCheck(spec, ctx, 'NOT LIKE', `NOT LIKE ${JSON.stringify(spec.pattern)}`, (v) => !like(v));
};

export const likePatternList: RuleFactory<'like_pattern_list'> = (spec, ctx) => {
  const likes = spec.patterns.map(compileLike);
  const matches = spec.match_on === 'all' ? (v: string) => likes.every((l) => l(v)) : (v: string) => likes.some((l) => l(v));
  return formatCheck(spec, ctx, 'LIKE list', `LIKE ${spec.match_on} of ${likeText(spec.patterns)}`, matches);
};

export const notLikePatternList: RuleFactory<'not_like_pattern_list'> = (spec, ctx) => {
  const likes = spec.patterns.map(compileLike);
  return formatCheck(spec, ctx, 'NOT LIKE list', `LIKE none of ${likeText(spec.patterns)}`, (v) => !likes.some((l) => l(v)));
};

/**
 * GX judges a text (object) column value by value and any other column by its
 * dtype. A text column holds only text once read, so its values are all of the
 * string type or none are; the row-level form keeps GX's counts and mostly.
 */
export const typeList: RuleFactory<'type_list'> = (spec, ctx) => {
  const { field: f } = field(ctx, spec.column);
  refuseMixed(ctx, spec, f);
  const ok = spec.dtypes.some((d) => kindIs(d, f.kind));
  const expected = spec.dtypes.join(' or ');
  if (f.kind === 'string') return rowCheck(ctx, spec, 'Type list', `values of type ${expected}`, () => !ok);
  return {
    title: `Type list: ${spec.column}`,
    evaluate: () => ({ result: { observed_value: f.kind }, status: pass(ok), observed: `${f.kind} (${f.sourceType})`, expected, detail: ok ? 'OK' : `${spec.column} is ${f.kind}, expected ${expected}` }),
  };
};
