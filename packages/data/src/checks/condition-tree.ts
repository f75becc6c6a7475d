import { UserError } from '@mlship/core';
import { parseTimestamp } from '../read/text-values';
import { isTemporalKind, type Field, type Schema } from '../table';

/**
 * Great Expectations' `row_condition`, parsed once into a small syntax tree by
 * a recursive-descent parser (never evaluated as code). The local reader
 * evaluates the tree row by row (row-condition.ts); SQL engines compile it to a
 * WHERE clause (sql/conditions.ts). The grammar is the part of pandas'
 * `DataFrame.query` and of GX's own condition parser that suites use:
 *
 *   or   := and (("|" | "or") and)*
 *   and  := not (("&" | "and") not)*
 *   not  := ("~" | "not") not | cmp
 *   cmp  := term (("==" | "!=" | "<" | "<=" | ">" | ">=") term)?
 *   term := "(" or ")" | column method? | literal
 *   column  := name | `back-quoted name` | col("name")
 *   method  := .isin([literal, …]) | .isnull() | .notnull() | .isna() | .notna() | .notNull() | .isNull()
 *   literal := number | "text" | 'text' | True | False
 *
 * As in pandas, `&` and `|` bind looser than comparisons. A text literal
 * compared with a date or timestamp column is read as a timestamp here, once,
 * so both evaluators see epoch milliseconds.
 */
export type ConditionParser = 'pandas' | 'great_expectations';

export const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'] as const;
export type Operator = (typeof OPERATORS)[number];

export type LiteralValue = number | string | boolean;
export interface ColumnRef {
  type: 'column';
  index: number;
  field: Field;
}
export interface Literal {
  type: 'literal';
  value: LiteralValue;
}

export type Condition =
  | { type: 'and' | 'or'; left: Condition; right: Condition }
  | { type: 'not'; inner: Condition }
  /** The column is always on the left (`5 < x` is `x > 5`); a literal is already read as the column holds it. */
  | { type: 'compare'; left: ColumnRef; op: Operator; right: ColumnRef | Literal }
  | { type: 'isin'; column: ColumnRef; values: Literal[] }
  | { type: 'isnull'; column: ColumnRef; isNull: boolean };

type Operand = ColumnRef | Literal;
type Token = { kind: 'op' | 'name' | 'string' | 'number' | 'punct' | 'quoted'; text: string; at: number };

function tokenize(src: string, fail: (msg: string) => never): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if ((OPERATORS as readonly string[]).includes(two)) {
      tokens.push({ kind: 'op', text: two, at: i });
      i += 2;
    } else if (c === '<' || c === '>') {
      tokens.push({ kind: 'op', text: c, at: i++ });
    } else if ('()[],.&|~'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, at: i++ });
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        text += src[j++];
      }
      if (j >= src.length) fail(`unclosed ${c} at position ${i + 1}`);
      tokens.push({ kind: c === '`' ? 'quoted' : 'string', text, at: i });
      i = j + 1;
    } else if (/[0-9]/.test(c) || (c === '-' && /[0-9.]/.test(src[i + 1] ?? ''))) {
      const m = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i))!;
      tokens.push({ kind: 'number', text: m[0], at: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      tokens.push({ kind: 'name', text: m[0], at: i });
      i += m[0].length;
    } else fail(`unexpected "${c}" at position ${i + 1}`);
  }
  return tokens;
}

/** The error every problem with a condition becomes: one line quoting it, with an example of the parser's form. */
export function conditionError(source: string, parser: ConditionParser, where: string, msg: string): UserError {
  return new UserError(`row_condition ${JSON.stringify(source)}: ${msg}`, {
    where,
    hint: parser === 'pandas' ? 'Write e.g. `age >= 18 & country.isin(["DE", "FR"])`.' : 'Write e.g. `col("age") >= 18 & col("country").notnull()`.',
  });
}

const KEYWORDS = ['True', 'False', 'true', 'false', 'and', 'or', 'not'];
const NULL_TESTS: Record<string, boolean> = { isnull: true, isna: true, isNull: true, notnull: false, notna: false, notNull: false };
const FLIP: Record<Operator, Operator> = { '==': '==', '!=': '!=', '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

export function parseRowCondition(source: string, parser: ConditionParser, schema: Schema, where: string): Condition {
  const fail = (msg: string): never => {
    throw conditionError(source, parser, where, msg);
  };
  const tokens = tokenize(source, fail);
  let pos = 0;
  const peek = () => tokens[pos];
  const is = (text: string) => peek()?.text === text && peek()?.kind !== 'string' && peek()?.kind !== 'quoted';
  const expect = (text: string) => {
    if (!is(text)) fail(`expected "${text}"${peek() ? ` at position ${peek()!.at + 1}` : ' at the end'}`);
    pos++;
  };

  const columnAt = (name: string): ColumnRef => {
    const index = schema.fields.findIndex((f) => f.name === name);
    if (index < 0) fail(`column "${name}" is not in the data`);
    return { type: 'column', index, field: schema.fields[index]! };
  };

  /** A literal as the column holds it: text becomes epoch milliseconds for a date or timestamp column. */
  const literalFor = (value: LiteralValue, column: ColumnRef): Literal => {
    if (!isTemporalKind(column.field.kind) || typeof value !== 'string') return { type: 'literal', value };
    const t = parseTimestamp(value);
    if (t === undefined) fail(`"${value}" is not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]]), and ${column.field.name} is one`);
    return { type: 'literal', value: t! };
  };

  const literal = (): LiteralValue => {
    const t = peek();
    if (!t) return fail('expected a value at the end');
    if (t.kind === 'number') {
      pos++;
      return Number(t.text);
    }
    if (t.kind === 'string') {
      pos++;
      return t.text;
    }
    if (t.kind === 'name' && (t.text === 'True' || t.text === 'False' || t.text === 'true' || t.text === 'false')) {
      pos++;
      return t.text.toLowerCase() === 'true';
    }
    return fail(`expected a number, a quoted string, True or False at position ${t.at + 1}`);
  };

  const term = (): Operand | Condition => {
    const t = peek();
    if (!t) return fail('expected a column or a value at the end');
    if (is('(')) {
      pos++;
      const inner = or();
      expect(')');
      return inner;
    }
    let column: ColumnRef | undefined;
    if (t.kind === 'name' && t.text === 'col' && tokens[pos + 1]?.text === '(') {
      pos += 2;
      const name = peek();
      if (name?.kind !== 'string') fail('col(…) takes a quoted column name');
      pos++;
      expect(')');
      column = columnAt(name!.text);
    } else if (t.kind === 'quoted' || (t.kind === 'name' && !KEYWORDS.includes(t.text))) {
      if (parser === 'great_expectations') fail(`write a column as col("${t.text}") with condition_parser great_expectations`);
      pos++;
      column = columnAt(t.text);
    }
    if (!column) return { type: 'literal', value: literal() };
    if (!is('.')) return column;
    pos++;
    const method = peek();
    if (method?.kind !== 'name') return fail(`expected a method after "." at position ${t.at + 1}`);
    pos++;
    if (method.text === 'isin') {
      expect('(');
      expect('[');
      const values: LiteralValue[] = [];
      while (!is(']')) {
        values.push(literal());
        if (!is(']')) expect(',');
      }
      expect(']');
      expect(')');
      return { type: 'isin', column, values: values.map((v) => literalFor(v, column)) };
    }
    if (method.text in NULL_TESTS) {
      expect('(');
      expect(')');
      return { type: 'isnull', column, isNull: NULL_TESTS[method.text]! };
    }
    return fail(`unknown method .${method.text}(); supported: isin, isnull, notnull, isna, notna`);
  };

  const isOperand = (x: Operand | Condition): x is Operand => x.type === 'column' || x.type === 'literal';

  const cmp = (): Condition => {
    const left = term();
    const op = peek();
    if (op?.kind !== 'op') {
      if (!isOperand(left)) return left;
      return fail('a column or value alone is not a condition; compare it, e.g. `x == 1`');
    }
    pos++;
    const right = term();
    if (!isOperand(left) || !isOperand(right)) return fail(`"${op.text}" compares a column with a value, not two conditions; add parentheses`);
    if (peek()?.kind === 'op') fail('chained comparisons are not supported; join them with &');
    return comparison(left, op.text as Operator, right);
  };

  const comparison = (left: Operand, op: Operator, right: Operand): Condition => {
    if (left.type === 'literal' && right.type === 'literal') return fail('compare a column, not two values');
    if (left.type === 'column' && right.type === 'column') return { type: 'compare', left, op, right };
    return left.type === 'column' ? { type: 'compare', left, op, right: literalFor((right as Literal).value, left) } : { type: 'compare', left: right as ColumnRef, op: FLIP[op], right: literalFor(left.value, right as ColumnRef) };
  };

  const not = (): Condition => {
    if (is('~') || is('not')) {
      pos++;
      return { type: 'not', inner: not() };
    }
    return cmp();
  };

  const and = (): Condition => {
    let left = not();
    while (is('&') || is('and')) {
      pos++;
      left = { type: 'and', left, right: not() };
    }
    return left;
  };

  function or(): Condition {
    let left = and();
    while (is('|') || is('or')) {
      pos++;
      left = { type: 'or', left, right: and() };
    }
    return left;
  }

  if (tokens.length === 0) fail('is empty');
  const tree = or();
  if (pos < tokens.length) fail(`unexpected "${tokens[pos]!.text}" at position ${tokens[pos]!.at + 1}`);
  return tree;
}
