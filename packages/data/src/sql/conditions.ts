import { UserError } from '@mlship/core';
import { parseRowCondition, type ColumnRef, type Condition, type ConditionParser, type Literal, type Operator } from '../checks/condition-tree';
import { isNumericKind, isTemporalKind, type Field, type Schema } from '../table';
import { valueExpr } from './columns';
import type { Bindings, Dialect } from './dialect';
import type { SqlSource } from './source';

/** A row_condition as SQL: a boolean expression that is never NULL, its values bound when a statement is built. */
export type SqlCondition = (b: Bindings) => string;

/**
 * How the local reader's compare() sees a value: dates and timestamps are
 * epoch milliseconds there (and in valueExpr), so they are numbers too.
 */
type ValueClass = 'number' | 'string' | 'boolean';

const SQL_OPERATOR: Record<Operator, string> = { '==': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };

/**
 * Compiles a row_condition (the tree the local reader evaluates) for a SQL
 * engine, keeping the local semantics exactly: a comparison with a missing
 * value is false except `!=`; values of different kinds are only ever unequal
 * (a number column against text, text against True), except a bool against a
 * number (as 0 or 1); a text literal against a date is the instant it names.
 * Names are quoted through the dialect, every literal is bound. What the
 * engines cannot compute as the local reader does is refused, in one line,
 * before any statement runs.
 */
export function compileCondition(source: string, parser: ConditionParser, schema: Schema, d: Dialect, where: string): SqlCondition {
  const tree = parseRowCondition(source, parser, schema, where);
  const FALSE = d.falseLiteral ?? 'FALSE';
  const TRUE = d.falseLiteral ? `(NOT ${d.falseLiteral})` : 'TRUE';
  const refuse = (msg: string): never => {
    throw new UserError(`row_condition ${JSON.stringify(source)}: ${msg}`, { where, hint: 'Rewrite that part of the condition, or use engine: local.' });
  };

  const classOf = (f: Field): ValueClass => {
    if (isNumericKind(f.kind) || isTemporalKind(f.kind)) return 'number';
    if (f.kind === 'string') return 'string';
    if (f.kind === 'bool') return 'boolean';
    // The engines render binary and nested values as text their own way, not as the local reader does.
    return refuse(`compares "${f.name}", a ${f.kind} column: engine ${d.engine} writes its values as text its own way; test it with .isnull() or .notnull() only`);
  };

  /** A column as compare() reads it: a bool as 0 or 1, so that it orders and meets numbers as there. */
  const columnExpr = (c: ColumnRef): string => {
    const v = valueExpr(d, c.field);
    return c.field.kind === 'bool' ? d.cast(d.cast(v, 'int'), 'double') : v;
  };

  const literalExpr = (l: Literal) => (b: Bindings): string => {
    if (typeof l.value === 'boolean') return b.bind(l.value ? 1 : 0, 'double');
    return b.bind(l.value, typeof l.value === 'number' ? 'double' : 'text');
  };

  /** One comparison of compare(x, op, y): x a column, y a column or a literal. */
  const comparison = (x: ColumnRef, op: Operator, y: ColumnRef | Literal): SqlCondition => {
    const xClass = classOf(x.field);
    const yClass: ValueClass = y.type === 'column' ? classOf(y.field) : (typeof y.value as ValueClass);
    if (xClass === 'string' && yClass === 'number') {
      // JavaScript's Number() reads " 1e3", "0x1A" and "Infinity" as numbers: no SQL cast reads text that way on every engine.
      refuse(`compares text column "${x.field.name}" with a number, read from the text as JavaScript reads numbers ("0x1A", " 1e3"), which engine ${d.engine} cannot do alike; compare it with a quoted value`);
    }
    const numeric = xClass === yClass || (xClass === 'boolean' && yClass === 'number');
    // Values of different kinds are unequal whatever they hold, missing or not.
    if (!numeric) return () => (op === '!=' ? TRUE : FALSE);
    if (xClass === 'string' && op !== '==' && op !== '!=') {
      // JavaScript orders text by UTF-16 unit and the engines by code point: the two agree against a literal below U+D800 only.
      if (y.type === 'column') refuse(`orders text column "${x.field.name}" against text column "${y.field.name}": engine ${d.engine} orders text by code point, the local reader by UTF-16 unit; compare them with == or != only`);
      if ([...String((y as Literal).value)].some((ch) => ch.codePointAt(0)! >= 0xd800)) refuse(`orders text against ${JSON.stringify((y as Literal).value)}: from U+D800 on, engine ${d.engine} orders text by code point and the local reader by UTF-16 unit`);
    }
    const left = xClass === 'string' && op !== '==' && op !== '!=' ? d.codePointOrder(columnExpr(x)) : columnExpr(x);
    const right = y.type === 'column' ? () => columnExpr(y) : literalExpr(y);
    // NULL (a missing value on either side) becomes compare()'s answer for missing: true only for !=.
    return (b) => `COALESCE(${left} ${SQL_OPERATOR[op]} ${right(b)}, ${op === '!=' ? TRUE : FALSE})`;
  };

  const compile = (c: Condition): SqlCondition => {
    switch (c.type) {
      case 'and':
      case 'or': {
        const l = compile(c.left);
        const r = compile(c.right);
        return (b) => `(${l(b)} ${c.type === 'and' ? 'AND' : 'OR'} ${r(b)})`;
      }
      case 'not': {
        const inner = compile(c.inner);
        return (b) => `(NOT ${inner(b)})`;
      }
      case 'isnull': {
        const v = valueExpr(d, c.column.field);
        return () => `(${v} IS ${c.isNull ? '' : 'NOT '}NULL)`;
      }
      case 'isin': {
        const members = c.values.map((v) => comparison(c.column, '==', v));
        return (b) => (members.length ? `(${members.map((m) => m(b)).join(' OR ')})` : FALSE);
      }
      case 'compare':
        return comparison(c.left, c.op, c.right);
    }
  };
  return compile(tree);
}

/** The rows of a source a condition selects, as a source of its own: every statement on it sees only those rows. */
export function whereSource(source: SqlSource, condition: SqlCondition, text: string): SqlSource {
  return {
    label: `${source.label} where ${text}`,
    from: (b, d) => {
      const rows = `SELECT * FROM ${source.from(b, d)} WHERE ${condition(b)}`;
      // Where values are declared in front of a statement (ClickHouse), a subquery in FROM does not see them: it declares its own.
      return `(${d.declare ? d.declare(rows, b.values.length) : rows}) AS ${d.quote('mlship_rows')}`;
    },
  };
}
