import type { Document, Node } from 'yaml';
import { parseConfigDocument, UserError, yamlParser } from '@mlship/core';

/** One leaf of the config, named as `yq eval -o=shell` names it. */
export interface Leaf {
  /** The yq variable name: the key path joined by `_`, e.g. `deployment_resources_gpu`. */
  name: string;
  /** `deployment.resources.gpu`, `servers[0].host` — how messages and the summary point at it. */
  keyPath: string;
  /** The scalar exactly as written (`0.01`, `500ms`, `0x10`), quotes removed; '' for null. */
  value: string;
  isNull: boolean;
  line: number;
}

export interface Flattened {
  leaves: Leaf[];
  /** Empty lists and maps: yq prints nothing for them, and neither does this. */
  empty: { keyPath: string; line: number }[];
}

/**
 * A key as a shell identifier part, by yq's rules (encoder_shellvariables.go):
 * Unicode NFKD (so `é` keeps its `e`), characters outside printable ASCII
 * dropped, every other character that is not a letter, digit or `_` becomes `_`.
 */
export function shellKey(key: string): string {
  let out = '';
  for (const ch of key.normalize('NFKD')) {
    const c = ch.codePointAt(0)!;
    if (/[A-Za-z0-9_]/.test(ch)) out += ch;
    else if (c >= 32 && c <= 126) out += '_';
  }
  return out;
}

/** yq prepends `_` to a top-level key that does not start with a letter or `_` (e.g. `2fa`), so the name stays valid. */
const rootName = (key: string) => (/^[A-Za-z_]/.test(key) ? key : `_${key}`);

/** Reads a config file's text into its leaves; `source` names the file in every message. Needs loadYamlParser() first. */
export function flattenConfig(text: string, source: string): Flattened {
  const { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } = yamlParser();
  const lines = new LineCounter();
  const all = parseAllDocuments(text, { lineCounter: lines }) as Document.Parsed[];
  const docs = all.filter((d) => d.contents !== null);
  if (docs.length > 1) {
    throw new UserError(`holds ${docs.length} YAML documents (separated by ---); only one can be exported`, { where: source, hint: "Keep one environment's settings in one document, one file per environment." });
  }
  // Syntax errors as file:line, worded as for every other config file mlship reads (it throws on the first).
  if (all.some((d) => d.errors.length)) parseConfigDocument(text, source);
  const doc = docs[0];
  if (!doc) throw new UserError('the config file is empty', { where: source, hint: "Write the environment's settings as a YAML mapping, e.g. `model: {batch_size: 64}`." });
  const lineOf = (n: unknown): number | undefined => {
    const range = (n as { range?: [number, number, number] } | null | undefined)?.range;
    return range ? lines.linePos(range[0]).line : undefined;
  };
  const root = doc.contents;
  if (!isMap(root)) {
    const what = isSeq(root) ? 'a list' : 'a single value';
    throw new UserError(`the top level is ${what}, not a mapping of keys`, { where: `${source}:${lineOf(root) ?? 1}`, hint: 'Write the settings as keys, e.g. `model: {batch_size: 64}`; variables are named after the key path.' });
  }

  const out: Flattened = { leaves: [], empty: [] };
  const walk = (node: Node | null, name: string, keyPath: string, line: number): void => {
    const resolved = isAlias(node) ? (node.resolve(doc) as Node | undefined) : node;
    if (isMap(resolved)) {
      if (resolved.items.length === 0) out.empty.push({ keyPath, line });
      for (const pair of resolved.items) {
        if (!isPair(pair) || !isScalar(pair.key)) {
          throw new UserError(`${keyPath ? `${keyPath}: ` : ''}a key that is not a plain value (a list or mapping used as a key) cannot name a variable`, { where: `${source}:${lineOf(pair.key) ?? line}`, hint: 'Use text keys.' });
        }
        const raw = String(pair.key.source ?? pair.key.value ?? '');
        if (raw === '<<') {
          throw new UserError(`${keyPath ? `${keyPath}: ` : ''}the merge key "<<" is not supported (yq would export it as a variable named "__…")`, { where: `${source}:${lineOf(pair.key) ?? line}`, hint: 'Write the merged keys out in this mapping.' });
        }
        const part = shellKey(raw);
        walk(pair.value as Node | null, name === '' ? rootName(part) : `${name}_${part}`, keyPath ? `${keyPath}.${raw}` : raw, lineOf(pair.key) ?? line);
      }
      return;
    }
    if (isSeq(resolved)) {
      if (resolved.items.length === 0) out.empty.push({ keyPath, line });
      resolved.items.forEach((item, i) => walk(item as Node | null, `${name}_${i}`, `${keyPath}[${i}]`, lineOf(item) ?? line));
      return;
    }
    if (resolved === null || resolved === undefined || (isScalar(resolved) && resolved.value === null)) {
      out.leaves.push({ name, keyPath, value: '', isNull: true, line });
      return;
    }
    if (isScalar(resolved)) {
      out.leaves.push({ name, keyPath, value: String(resolved.source ?? resolved.value), isNull: false, line });
      return;
    }
    throw new UserError(`${keyPath}: unsupported YAML node`, { where: `${source}:${line}` });
  };
  walk(root, '', '', 1);
  return out;
}
