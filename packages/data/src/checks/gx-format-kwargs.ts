import type { CheckSpec } from './config';
import { compileJsonSchema, SchemaProblem } from './formats/json-schema';
import { compileStrptime, FormatError, strftimeNaive } from './formats/strptime';
import { isParameter, KwargError, text, type Kwargs } from './gx-kwargs';
import { gxTypeNames } from './gx-types';

/**
 * Readers for the kwargs of GX's format expectations (type lists, strftime
 * formats, JSON Schemas, LIKE pattern lists): each returns the value with GX's
 * meaning or throws one line naming the kwarg, where GX would raise too.
 */
type Kind = Extract<CheckSpec, { type: 'type_list' }>['dtypes'][number];

function refuseNestedParameter(key: string, v: unknown): void {
  if (isParameter(v)) throw new KwargError(key, `holds a suite parameter (${JSON.stringify(v)}) inside it; only a whole kwarg can be a parameter`);
}

/** GX's type_list names as column kinds; a null list (GX: any type) is a check that cannot fail. */
export function typeList(k: Kwargs): Kind[] {
  const v = k.type_list;
  refuseNestedParameter('type_list', v);
  if (v === undefined || v === null) throw new KwargError('type_list', 'is null, which GX reads as "any type": a check that cannot fail', 'List the types the column may have, e.g. ["int", "float"].');
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new KwargError('type_list', `must be a list of type names, got ${JSON.stringify(v)}`);
  if (v.length === 0) throw new KwargError('type_list', 'must name at least one type');
  const kinds = v.map((name: string) => {
    const kind = gxTypeNames[name];
    if (!kind) throw new KwargError('type_list', `"${name}" has no mlship equivalent`, `Use one of: ${Object.keys(gxTypeNames).join(', ')}.`);
    return kind;
  });
  return [...new Set(kinds)];
}

/**
 * A strftime format GX accepts: strptime must compile it and read back what
 * strftime writes for the current time, as GX's own validator tries. That
 * rules out %z and %Z, which a time without a zone formats as nothing.
 */
export function strftimeFormat(k: Kwargs, now = new Date()): string {
  const format = text(k, 'strftime_format');
  try {
    const f = compileStrptime(format);
    if (!f.parses(strftimeNaive(format, now))) {
      throw new KwargError(
        'strftime_format',
        `${JSON.stringify(format)} cannot read back what strftime writes with it, so GX refuses it ("Unable to use provided strftime_format")`,
        /%[zZ]/.test(format) ? 'GX formats a time without a zone, where %z and %Z write nothing; use the native strftime_format check for zoned text.' : undefined,
      );
    }
  } catch (e) {
    if (e instanceof FormatError) throw new KwargError('strftime_format', `${JSON.stringify(format)}: ${e.message}`);
    throw e;
  }
  return format;
}

/** GX types json_schema as a dict; a schema jsonschema's check_schema would reject is refused here. */
export function jsonSchema(k: Kwargs): Record<string, unknown> {
  const v = k.json_schema;
  refuseNestedParameter('json_schema', v);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new KwargError('json_schema', v === undefined ? 'is required' : `must be a JSON Schema mapping, got ${JSON.stringify(v)}`);
  try {
    compileJsonSchema(v);
  } catch (e) {
    if (e instanceof SchemaProblem) throw new KwargError('json_schema', e.message);
    throw e;
  }
  return v as Record<string, unknown>;
}

/** GX raises "At least one like_pattern must be supplied in the like_pattern_list." for an empty list. */
export function likePatternList(k: Kwargs): string[] {
  const v = k.like_pattern_list;
  refuseNestedParameter('like_pattern_list', v);
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw new KwargError('like_pattern_list', v === undefined ? 'is required' : `must be a list of LIKE patterns, got ${JSON.stringify(v)}`);
  if (v.length === 0) throw new KwargError('like_pattern_list', 'must hold at least one LIKE pattern');
  return v as string[];
}
