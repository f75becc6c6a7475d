import { formatPath, loadYamlParser, parseConfigDocument, readConfigDocument, suggestion, UserError, validateConfig, type ConfigDocument, type ExplainHooks } from '@mlship/core';
import type { z } from 'zod';
import { checkTypes, configSchemas, isCheckType, nativeConfigSchema, type CheckSpec, type ValidationConfig } from './config';
import { loadRegexEngine } from '@mlship/core/user-regex';
import { loadJsonSchemaSupport, mentionsJsonSchema } from './formats/json-schema';
import { fromGreatExpectations, type SuiteOptions } from './gx';
import { fromLegacy, legacyKeys } from './legacy';

export interface LoadedConfig {
  /** `checks.yml`, or `inline config` — used in every message about it. */
  source: string;
  format: 'native' | 'seed-002' | 'great-expectations';
  read?: ValidationConfig['read'];
  /** For a Great Expectations suite: the expectation each check came from, in order. */
  expectationTypes?: string[];
  /** The legacy shape decides some checks from the data's columns, as the seed does. */
  checksFor(columns: string[]): CheckSpec[];
}

/**
 * `parameters` fills a Great Expectations suite's `{"$PARAMETER": …}` kwargs; any other config
 * shape refuses it. Async to load the YAML parser, and what the checks need (loadConfigSupport).
 */
export async function loadConfig(value: string, cwd = process.cwd(), options: SuiteOptions = {}): Promise<LoadedConfig> {
  await loadYamlParser();
  const doc = readConfigDocument(value, cwd, 'config');
  await loadConfigSupport(doc.value);
  return fromDocument(doc, options);
}

/**
 * What compiling a config's checks needs loaded first: the regex engine whatever the checks are
 * (a config without patterns is rare, and a skipped load would be a crash, not a pass), and the
 * JSON Schema validator when the config mentions a schema.
 */
export async function loadConfigSupport(value: unknown): Promise<void> {
  await Promise.all([loadRegexEngine(), mentionsJsonSchema(value) && loadJsonSchemaSupport()]);
}

/** A config from its text, once loadYamlParser() is done; its checks compile only after loadConfigSupport(). */
export function parseConfig(text: string, source: string, options: SuiteOptions = {}): LoadedConfig {
  return fromDocument(parseConfigDocument(text, source), options);
}

function fromDocument(doc: ConfigDocument, options: SuiteOptions): LoadedConfig {
  const { source, value: raw } = doc;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError('expected a mapping with a `checks:` list (or the data_validation.json keys min_rows, max_null_percent, …)', { where: source });
  }
  const obj = raw as Record<string, unknown>;
  const validate = <S extends z.ZodType>(schema: S, value: unknown, where: (p: PropertyKey[]) => string) => validateConfig(schema, value, where, hooks);

  if (Array.isArray(obj.expectations)) {
    const suite = fromGreatExpectations(obj as { expectations: unknown[] }, source, options);
    const checks = validate(nativeConfigSchema(suite.checks), { checks: suite.checks }, (p) => `${source}: expectations (converted ${formatPath(p)})`);
    return { source, format: 'great-expectations', expectationTypes: suite.expectationTypes, checksFor: () => checks.checks };
  }
  if (options.parameters) {
    throw new UserError('the parameters input fills {"$PARAMETER": …} values of a Great Expectations suite, and this config is not one', { where: source, hint: 'Remove parameters, or point config at a suite.' });
  }
  if (!('checks' in obj) && Object.keys(obj).some((k) => legacyKeys.includes(k))) {
    const legacy = validate(configSchemas().legacyConfigSchema, obj, doc.at);
    return { source, format: 'seed-002', checksFor: (columns) => fromLegacy(legacy, columns) };
  }
  const config = validate(nativeConfigSchema(obj.checks), obj, doc.at);
  const checks = config.checks;
  assertUniqueIds(checks, source);
  return { source, format: 'native', read: config.read, checksFor: () => checks };
}

/** A check's id: explicit, or type[:column] — made unique by the caller's assertion. */
export function checkId(c: CheckSpec): string {
  if (c.id) return c.id;
  const col =
    'column' in c && c.column
      ? c.column
      : 'column_a' in c
        ? `${c.column_a}+${c.column_b}`
        : 'columns' in c && c.columns && (c.type === 'unique' || c.type === 'multicolumn_sum' || c.type === 'unique_within_record')
          ? c.columns.join('+')
          : undefined;
  if (c.type === 'quantile_between') return `${c.type}:${c.column}:${c.quantile}`;
  return col ? `${c.type}:${col}` : c.type;
}

function assertUniqueIds(checks: CheckSpec[], source: string): void {
  const seen = new Set<string>();
  checks.forEach((c, i) => {
    const id = checkId(c);
    if (seen.has(id)) throw new UserError(`checks[${i}]: id "${id}" is used twice`, { where: source, hint: 'Give one of them an explicit `id:`.' });
    seen.add(id);
  });
}

const hooks: ExplainHooks = {
  knownKeys(parent) {
    const type = parent?.type;
    if (isCheckType(type)) return Object.keys(configSchemas().checkSchema(type).shape);
    if (parent && Object.keys(parent).some((k) => legacyKeys.includes(k)) && !('checks' in parent)) return legacyKeys;
    return Object.keys(nativeConfigSchema().shape);
  },
  explain(issue, root) {
    if (issue.code !== 'invalid_union' || issue.path[0] !== 'checks') return undefined;
    // zod reports a bad discriminator at `checks[i].type` (or at `checks[i]` when it is absent).
    const onType = issue.path.at(-1) === 'type';
    const holder = onType ? issue.path.slice(0, -1) : issue.path;
    const t = (holder.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], root) as { type?: unknown } | undefined)?.type;
    const at = formatPath(holder);
    const types = checkTypes();
    if (t === undefined) return `${at}: missing "type". Use one of: ${types.join(', ')}.`;
    return `${at}: unknown check type "${String(t)}".${suggestion(String(t), types)} Types: ${types.join(', ')}.`;
  },
};

/** The `parameters` input: a file or inline JSON/YAML mapping of suite parameter names to values. */
export async function loadParameters(value: string, cwd = process.cwd()): Promise<Record<string, unknown>> {
  await loadYamlParser();
  const doc = readConfigDocument(value, cwd, 'parameters');
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    throw new UserError('parameters must be a mapping of names to values, e.g. {"max_rows": 1000, "cutoff": "2024-01-01"}', { where: doc.source });
  }
  return doc.value as Record<string, unknown>;
}
