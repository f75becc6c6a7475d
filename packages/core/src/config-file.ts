import fs from 'node:fs';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { z } from 'zod';
import { UserError } from './errors';
import { suggestion } from './suggest';
import { refuseLinkOutOfWorkspace } from './workspace-path';
import { yamlParser } from './yaml-parser';

/**
 * A YAML/JSON config read for validation: the parsed value plus a way to turn
 * a key path into `file:line`, so every config error points at its line.
 */
export interface ConfigDocument {
  /** `checks.yml`, or `inline config` — used in every message about it. */
  source: string;
  value: unknown;
  /** `source:line` of the deepest existing node on the path. */
  at(p: PropertyKey[]): string;
}

/** `value` is a path to YAML/JSON, or inline YAML when no such file exists and it looks like YAML. */
export function readConfigDocument(value: string, cwd: string, what: string): ConfigDocument {
  const file = path.resolve(cwd, value);
  if (fs.existsSync(file) && fs.statSync(file).isFile()) {
    refuseLinkOutOfWorkspace(file, `${what} ${value}`, (p) => path.relative(cwd, p) || p);
    return parseConfigDocument(fs.readFileSync(file, 'utf8'), path.relative(cwd, file) || value);
  }
  if (/[\n:{]/.test(value)) return parseConfigDocument(value, 'inline config');
  throw new UserError(`${what} file "${value}" not found`, { hint: 'Pass a path to a YAML/JSON file (relative to the workspace), or inline YAML.' });
}

/** `text` parsed as YAML (JSON is YAML); needs loadYamlParser() first. */
export function parseConfigDocument(text: string, source: string): ConfigDocument {
  const { LineCounter, parseDocument } = yamlParser();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line;
    // prettyErrors appends " at line N, column M:" and a code excerpt; the location is already in `where`.
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:$/, '');
    throw new UserError(`invalid YAML: ${message} (column ${e.linePos?.[0]?.col ?? '?'})`, { where: line ? `${source}:${line}` : source, hint: 'Fix the syntax (indentation, quotes, colons).' });
  }
  return { source, value: doc.toJS(), at: (p) => locate(doc, lines, source, p) };
}

export interface ExplainHooks {
  /** Keys allowed in the mapping holding an unknown key, for "did you mean". */
  knownKeys(parent: Record<string, unknown> | undefined, path: PropertyKey[]): string[];
  /** A better message for an issue this config knows about (e.g. a bad discriminator); undefined for the generic one. */
  explain?(issue: z.core.$ZodIssue, root: unknown): string | undefined;
}

/** zod-validates `value`; the first issue becomes one line naming the key path and its line. */
export function validateConfig<S extends z.ZodType>(schema: S, value: unknown, where: (p: PropertyKey[]) => string, hooks: ExplainHooks): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0]!;
  const custom = hooks.explain?.(first, value);
  const issue = custom === undefined ? innermost(first) : first;
  // Point at the offending key itself, not the mapping that holds it.
  const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  throw new UserError(custom ?? explainIssue(issue, value, hooks), { where: where(at) });
}

/** A union no branch accepted: the branch that got past the value's own type explains it best; else "expected A or B". */
function innermost(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  const deeper = issue.errors.find((errs) => errs[0] && !(errs[0].code === 'invalid_type' && errs[0].path.length === 0));
  if (deeper) return innermost({ ...deeper[0]!, path: [...issue.path, ...deeper[0]!.path] } as z.core.$ZodIssue);
  const expected = issue.errors.map((errs) => (errs[0]?.code === 'invalid_type' ? errs[0].expected : undefined));
  return expected.every(Boolean) ? ({ ...issue, code: 'invalid_type', expected: expected.join(' or ') } as unknown as z.core.$ZodIssue) : issue;
}

const valueAt = (root: unknown, p: PropertyKey[]) => p.reduce<unknown>((o, k) => (o as Record<PropertyKey, unknown>)?.[k], root);

function explainIssue(issue: z.core.$ZodIssue, root: unknown, hooks: ExplainHooks): string {
  const p = formatPath(issue.path);
  const prefix = p ? `${p}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    return `${prefix}unknown key "${key}".${suggestion(key, hooks.knownKeys(valueAt(root, issue.path) as Record<string, unknown> | undefined, issue.path))}`;
  }
  if (issue.code === 'invalid_type') {
    const got = valueAt(root, issue.path);
    if (got === undefined) return `${prefix}is required (expected ${issue.expected})`;
    return `${prefix}expected ${issue.expected}, got ${JSON.stringify(got)}`;
  }
  return `${prefix}${issue.message}`;
}

export function formatPath(p: PropertyKey[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function locate(doc: Document, lines: LineCounter, source: string, p: PropertyKey[]): string {
  const { isMap, isScalar } = yamlParser();
  for (let n = p.length; n > 0; n--) {
    // A mapping key's own line, not the line where its (block) value starts.
    const parent = n === 1 ? doc.contents : doc.getIn(p.slice(0, n - 1) as (string | number)[], true);
    const key = isMap(parent) ? parent.items.find((it) => isScalar(it.key) && it.key.value === p[n - 1])?.key : undefined;
    const node = (key ?? doc.getIn(p.slice(0, n) as (string | number)[], true)) as { range?: [number, number, number] } | undefined;
    if (node?.range) return `${source}:${lines.linePos(node.range[0]).line}`;
  }
  return source;
}

/** The published JSON Schema of an action's config file: any one of the accepted shapes. */
export function configJsonSchema(action: string, description: string, shapes: z.ZodType[]): unknown {
  const strip = ({ $schema: _s, ...rest }: Record<string, unknown>) => rest;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://github.com/mlship/mlship/schemas/${action}.config.schema.json`,
    title: `mlship ${action} config`,
    description,
    anyOf: shapes.map((s) => strip(z.toJSONSchema(s, { io: 'input' }) as Record<string, unknown>)),
  };
}
