import type { AnySchema, ValidateFunction } from 'ajv';
import { onDemand } from '@mlship/core/on-demand';
import type { Draft } from './json-schema-drafts';

/**
 * A JSON Schema validator that judges as Python's `jsonschema.validate` (what
 * Great Expectations calls) does: the draft comes from `$schema`, and a schema
 * without one is read as the newest draft (2020-12, jsonschema 4's default);
 * unknown keywords are ignored and `format` is an annotation, not an assertion.
 * The schema itself is checked against its draft's meta-schema first, and a
 * schema that fails it is refused, as jsonschema raises SchemaError.
 */
const DRAFTS: Record<string, Draft> = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'http://json-schema.org/draft-07/schema': 'draft-07',
};

/** Why a schema cannot be used, for the one line that refuses it. */
export class SchemaProblem extends Error {}

export function draftOf(schema: unknown): Draft {
  if (typeof schema === 'boolean') return '2020-12';
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) throw new SchemaProblem('must be a JSON Schema object (or true/false)');
  const uri = (schema as Record<string, unknown>).$schema;
  if (uri === undefined) return '2020-12';
  if (typeof uri !== 'string') throw new SchemaProblem('$schema must be a string');
  const draft = DRAFTS[uri.replace(/#$/, '')];
  if (!draft) throw new SchemaProblem(`$schema ${JSON.stringify(uri)} is not a draft mlship validates (${Object.keys(DRAFTS).join(', ')})`);
  return draft;
}

/**
 * ajv, its three drafts and their meta-schemas: 12–18 ms of every validate-data start when
 * loaded with the rest (bench/validate-data/RESULTS.md), for the few configs that hold a schema.
 * loadConfig loads it when the config mentions one; other callers of compileJsonSchema (a
 * config parsed from text) call loadJsonSchemaSupport first.
 */
const drafts = onDemand(() => import('./json-schema-drafts'), 'a JSON Schema was compiled before loadJsonSchemaSupport() was awaited');

export const loadJsonSchemaSupport = drafts.load;

/** Whether a config's parsed value names a JSON Schema check (native `json_schema`, GX's `…match_json_schema`) anywhere. */
export function mentionsJsonSchema(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value === 'string') return value.includes('json_schema');
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.entries(value).some(([k, v]) => k.includes('json_schema') || mentionsJsonSchema(v, seen));
}

export function compileJsonSchema(schema: unknown): (value: unknown) => boolean {
  const { create, shared } = drafts.get();
  const draft = draftOf(schema);
  // A schema with an $id is registered under it, and a second one with the same $id would clash.
  const hasId = typeof schema === 'object' && schema !== null && '$id' in schema;
  const ajv = hasId ? create(draft) : (shared.get(draft) ?? shared.set(draft, create(draft)).get(draft)!);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema as AnySchema);
  } catch (e) {
    throw new SchemaProblem(`is not a valid ${draft} schema: ${(e as Error).message}`);
  }
  return (value) => validate(value) === true;
}
