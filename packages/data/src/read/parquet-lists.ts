import type { SchemaTree } from 'hyparquet';

/** Rewrites one decoded value of a nested column before it becomes JSON text. */
export type ValueFix = (value: unknown) => unknown;

/**
 * Two shapes hyparquet assembles differently from the format's rules (and from
 * DuckDB and Arrow), put right in its decoded value, at the top level and
 * inside structs. Undefined when the column has neither, so other nested
 * columns take no extra pass.
 *
 * A repeated field outside a LIST or MAP annotation (parquet-rs and protobuf
 * writers make them) is a list that is never null: no element is an empty
 * list. hyparquet leaves it undefined; it becomes `[]`.
 *
 * A MAP whose key_value group has a key and no value (parquet-rs writes one)
 * is the list of its keys. hyparquet gives a struct of that group.
 */
export function bareListFiller(node: SchemaTree): ValueFix | undefined {
  if (!needsFix(node)) return undefined;
  const fix = (value: unknown, at: SchemaTree): unknown => {
    const el = at.element;
    if (isKeysOnlyMap(at)) {
      const entries = (value as Record<string, unknown> | undefined)?.[at.children[0]!.element.name];
      const key = at.children[0]!.children[0]!.element.name;
      return Array.isArray(entries) ? entries.map((e) => (e as Record<string, unknown> | null)?.[key] ?? null) : value;
    }
    if (el.repetition_type === 'REPEATED') {
      if (value === undefined || value === null) return [];
      // A repeated group is a list of structs of its children.
      return at.children.length && Array.isArray(value) ? value.map((item) => fixStruct(item, at)) : value;
    }
    return at.children.length && !isAnnotated(at) ? fixStruct(value, at) : value;
  };
  const fixStruct = (value: unknown, at: SchemaTree): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const record = value as Record<string, unknown>;
    for (const child of at.children) {
      const name = child.element.name;
      record[name] = fix(record[name], child);
    }
    return record;
  };
  return (value) => fix(value, node);
}

/** A LIST or MAP group: its repeated child is the list's own structure, read right by hyparquet. */
const isAnnotated = (node: SchemaTree): boolean => {
  const { logical_type: lt, converted_type: ct } = node.element;
  return lt?.type === 'LIST' || lt?.type === 'MAP' || ct === 'LIST' || ct === 'MAP' || ct === 'MAP_KEY_VALUE';
};

const isMap = (node: SchemaTree): boolean => node.element.logical_type?.type === 'MAP' || node.element.converted_type === 'MAP';

const isKeysOnlyMap = (node: SchemaTree): boolean => isMap(node) && node.children.length === 1 && node.children[0]!.children.length === 1;

/** `node` is, or has through structs and repeated groups, a repeated field outside LIST and MAP or a keys-only MAP. */
function needsFix(node: SchemaTree): boolean {
  if (node.element.repetition_type === 'REPEATED' || isKeysOnlyMap(node)) return true;
  return !isAnnotated(node) && node.children.some(needsFix);
}
