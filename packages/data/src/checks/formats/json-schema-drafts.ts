import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

/** The JSON Schema drafts mlship validates with, loaded only for a config that holds a schema (json-schema.ts). */
export type Draft = '2020-12' | '2019-09' | 'draft-07';

const options = { strict: false, validateFormats: false, allErrors: false } as const;

export const create = (draft: Draft) => (draft === '2020-12' ? new Ajv2020(options) : draft === '2019-09' ? new Ajv2019(options) : new Ajv(options));

/** One validator per draft: building one compiles its meta-schemas, which costs more than most schemas. */
export const shared = new Map<Draft, Ajv | Ajv2019 | Ajv2020>();
