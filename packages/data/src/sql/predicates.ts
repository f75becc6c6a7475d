import { UserError } from '@mlship/core';
import type { CheckSpec } from '../checks/config';
import { temporalBound, type CompileContext } from '../checks/rule';
import { cellKey } from '../checks/rules/values';
import { isNumericKind, isTemporalKind, type Field, type Schema } from '../table';
import { valueExpr } from './columns';
import type { Bindings, Dialect } from './dialect';

/** The row-level checks compiled to SQL: each is a count of judged rows and of failing ones. */
export type RowSpec = Extract<CheckSpec, { type: 'values_between' | 'values_in_set' | 'regex' }>;
export const ROW_TYPES: readonly RowSpec['type'][] = ['values_between', 'values_in_set', 'regex'];
export const isRowSpec = (s: CheckSpec): s is RowSpec => (ROW_TYPES as readonly string[]).includes(s.type);

/** The column a row-level check reads, how it is read, and the SQL condition for a failing (judged, non-null) row. */
export interface RowPredicate {
  field: Field;
  value: string;
  failing: (b: Bindings) => string;
}

const canonicalNumber = (s: string): number | undefined => (s.trim() !== '' && String(Number(s)) === s ? Number(s) : undefined);

/**
 * Set members as the local check compares them: as text, so `1` matches 1 and
 * 1.0 but "1.0" matches neither. A numeric or date column is compared by value
 * with the members whose text is a number's own text; a bool column with true/false.
 */
function setMembers(f: Field, values: (string | number | boolean)[]): { value: string | number | boolean; type: 'double' | 'text' | 'boolean' }[] {
  if (f.kind === 'string') return values.map((v) => ({ value: cellKey(v), type: 'text' }));
  if (f.kind === 'bool') return values.map(cellKey).filter((k) => k === 'true' || k === 'false').map((k) => ({ value: k === 'true', type: 'boolean' }));
  if (isNumericKind(f.kind) || isTemporalKind(f.kind)) {
    return values.flatMap((v) => {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? canonicalNumber(v) : undefined;
      return n === undefined ? [] : [{ value: n, type: 'double' as const }];
    });
  }
  return [];
}

export function rowPredicate(spec: RowSpec, schema: Schema, d: Dialect, where: string): RowPredicate {
  const field = schema.fields.find((f) => f.name === spec.column)!;
  const value = valueExpr(d, field);
  const ctx: CompileContext = { schema, where };
  if (spec.type === 'values_between') {
    const min = temporalBound(ctx, spec, 'min', field.kind);
    const max = temporalBound(ctx, spec, 'max', field.kind);
    return {
      field,
      value,
      failing: (b) => {
        const within = [
          ...(min !== undefined ? [`${value} ${spec.strict_min ? '>' : '>='} ${b.bind(min, 'double')}`] : []),
          ...(max !== undefined ? [`${value} ${spec.strict_max ? '<' : '<='} ${b.bind(max, 'double')}`] : []),
        ];
        return `${value} IS NOT NULL AND NOT (${within.join(' AND ')})`;
      },
    };
  }
  if (spec.type === 'values_in_set') {
    const members = setMembers(field, spec.values);
    return {
      field,
      value,
      failing: (b) => `${value} IS NOT NULL AND NOT (${members.length ? `${value} IN (${members.map((m) => b.bind(m.value, m.type)).join(', ')})` : (d.falseLiteral ?? 'FALSE')})`,
    };
  }
  if (field.kind !== 'string') {
    // The engines render numbers and dates as text their own way (1.0, 2024-01-01 00:00:00), not as the local check does.
    throw new UserError(`check regex on "${spec.column}" is compiled for text columns only on engine ${d.engine}, and "${spec.column}" is ${field.kind}`, {
      where,
      hint: 'Use values_between or values_in_set for it, or engine: local.',
    });
  }
  return { field, value, failing: (b) => `${value} IS NOT NULL AND NOT ${d.regexContains(value, b.bind(spec.pattern, 'text'))}` };
}
