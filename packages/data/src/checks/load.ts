import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '@mlship/core';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { checkSchemas, checkTypes, legacyConfigSchema, nativeConfigSchema, type CheckSpec, type ValidationConfig } from './config';
import { fromGreatExpectations } from './gx';
import { fromLegacy, legacyKeys } from './legacy';
import { suggestion } from './suggest';

export interface LoadedConfig {
  /** `checks.yml`, or `inline config` — used in every message about it. */
  source: string;
  format: 'native' | 'seed-002' | 'great-expectations';
  read?: ValidationConfig['read'];
  /** The legacy shape decides some checks from the data's columns, as the seed does. */
  checksFor(columns: string[]): CheckSpec[];
}

/** `config` is a path to YAML/JSON, or inline YAML when no such file exists and it looks like YAML. */
export function loadConfig(value: string, cwd = process.cwd()): LoadedConfig {
  const file = path.resolve(cwd, value);
  let text: string;
  let source: string;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    text = fs.readFileSync(file, 'utf8');
    source = path.relative(cwd, file) || value;
  } else if (/[\n:{]/.test(value)) {
    text = value;
    source = 'inline config';
  } else {
    throw new UserError(`config file "${value}" not found`, { hint: 'Pass a path to a YAML/JSON checks file (relative to the workspace), or inline YAML.' });
  }
  return parseConfig(text, source);
}

export function parseConfig(text: string, source: string): LoadedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line;
    throw new UserError(`invalid YAML: ${e.message.split('\n')[0]}`, { where: line ? `${source}:${line}` : source, hint: 'Fix the syntax (indentation, quotes, colons).' });
  }
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError('expected a mapping with a `checks:` list (or the seed data_validation.json keys)', { where: source });
  }
  const obj = raw as Record<string, unknown>;
  const at = (p: PropertyKey[]) => locate(doc, lines, source, p);

  if (Array.isArray(obj.expectations)) {
    const checks = validate(nativeConfigSchema, { checks: fromGreatExpectations(obj as { expectations: unknown[] }, source) }, (p) => `${source}: expectations (converted ${formatPath(p)})`);
    return { source, format: 'great-expectations', checksFor: () => checks.checks };
  }
  if (!('checks' in obj) && Object.keys(obj).some((k) => legacyKeys.includes(k))) {
    const legacy = validate(legacyConfigSchema, obj, at);
    return { source, format: 'seed-002', checksFor: (columns) => fromLegacy(legacy, columns) };
  }
  const config = validate(nativeConfigSchema, obj, at);
  const checks = config.checks;
  assertUniqueIds(checks, source);
  return { source, format: 'native', read: config.read, checksFor: () => checks };
}

/** A check's id: explicit, or type[:column] — made unique by the caller's assertion. */
export function checkId(c: CheckSpec): string {
  if (c.id) return c.id;
  const col = 'column' in c && c.column ? c.column : 'columns' in c && c.columns && c.type === 'unique' ? c.columns.join('+') : undefined;
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

function validate<S extends z.ZodType>(schema: S, value: unknown, where: (p: PropertyKey[]) => string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  // Point at the offending key itself, not the mapping that holds it.
  const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  throw new UserError(explain(issue, value), { where: where(at) });
}

function explain(issue: z.core.$ZodIssue, root: unknown): string {
  const p = formatPath(issue.path);
  const prefix = p ? `${p}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const parent = issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], root) as Record<string, unknown> | undefined;
    const known = knownKeys(parent);
    const key = issue.keys[0]!;
    return `${prefix}unknown key "${key}".${suggestion(key, known)}`;
  }
  if (issue.code === 'invalid_union' && issue.path[0] === 'checks') {
    // zod reports a bad discriminator at `checks[i].type` (or at `checks[i]` when it is absent).
    const onType = issue.path.at(-1) === 'type';
    const holder = onType ? issue.path.slice(0, -1) : issue.path;
    const t = (holder.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], root) as { type?: unknown } | undefined)?.type;
    const at = formatPath(holder);
    if (t === undefined) return `${at}: missing "type". Use one of: ${checkTypes.join(', ')}.`;
    return `${at}: unknown check type "${String(t)}".${suggestion(String(t), checkTypes)} Types: ${checkTypes.join(', ')}.`;
  }
  if (issue.code === 'invalid_type') {
    const got = issue.path.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], root);
    if (got === undefined) return `${prefix}is required (expected ${issue.expected})`;
    return `${prefix}expected ${issue.expected}, got ${JSON.stringify(got)}`;
  }
  return `${prefix}${issue.message}`;
}

function knownKeys(parent: Record<string, unknown> | undefined): string[] {
  const type = parent?.type;
  const s = checkSchemas.find((c) => c.shape.type.def.values[0] === type);
  if (s) return Object.keys(s.shape);
  if (parent && Object.keys(parent).some((k) => legacyKeys.includes(k)) && !('checks' in parent)) return legacyKeys;
  return Object.keys(nativeConfigSchema.shape);
}

export function formatPath(p: PropertyKey[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function locate(doc: Document, lines: LineCounter, source: string, p: PropertyKey[]): string {
  for (let n = p.length; n > 0; n--) {
    const node = doc.getIn(p.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return `${source}:${lines.linePos(node.range[0]).line}`;
  }
  return source;
}
