import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * A JSON Schema validator that judges as Python's `jsonschema.validate` (what
 * Great Expectations calls) does: the draft comes from `$schema`, and a schema
 * without one is read as the newest draft (2020-12, jsonschema 4's default);
 * unknown keywords are ignored and `format` is an annotation, not an assertion.
 * The schema itself is checked against its draft's meta-schema first, and a
 * schema that fails it is refused, as jsonschema raises SchemaError.
 */
type Draft = '2020-12' | '2019-09' | 'draft-07';

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

const options = { strict: false, validateFormats: false, allErrors: false } as const;

const create = (draft: Draft) => (draft === '2020-12' ? new Ajv2020(options) : draft === '2019-09' ? new Ajv2019(options) : new Ajv(options));

/** One validator per draft: building one compiles its meta-schemas, which costs more than most schemas. */
const shared = new Map<Draft, Ajv | Ajv2019 | Ajv2020>();

export function compileJsonSchema(schema: unknown): (value: unknown) => boolean {
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
