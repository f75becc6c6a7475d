import { UserError } from '@mlship/core';
import { parseTimestamp } from '../read/text-values';
import { isMissing, isTemporalKind, type Cell, type Schema } from '../table';

/**
 * Great Expectations' `row_condition`: the rows a check applies to. Parsed by a
 * small recursive-descent parser into closures over column indices, never
 * evaluated as code. The grammar is the part of pandas' `DataFrame.query` and of
 * GX's own condition parser that suites use:
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
 * As in pandas, `&` and `|` bind looser than comparisons, a comparison with a
 * missing value is false except `!=`, and a text literal compared with a date or
 * timestamp column is read as a timestamp. Columns read as text compare with a
 * number literal by their numeric value (a JSON column mixing 9 and "abc" is text).
 */
export type RowPredicate = (columns: ArrayLike<Cell>[], row: number) => boolean;
export type ConditionParser = 'pandas' | 'great_expectations';

type Token = { kind: 'op' | 'name' | 'string' | 'number' | 'punct' | 'quoted'; text: string; at: number };

const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'] as const;
type Operator = (typeof OPERATORS)[number];

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

type Operand = { type: 'column'; index: number; temporal: boolean; name: string } | { type: 'literal'; value: Cell };

export function compileRowCondition(source: string, parser: ConditionParser, schema: Schema, where: string): RowPredicate {
  const fail = (msg: string): never => {
    throw new UserError(`row_condition ${JSON.stringify(source)}: ${msg}`, {
      where,
      hint: parser === 'pandas' ? 'Write e.g. `age >= 18 & country.isin(["DE", "FR"])`.' : 'Write e.g. `col("age") >= 18 & col("country").notnull()`.',
    });
  };
  const tokens = tokenize(source, fail);
  let pos = 0;
  const peek = () => tokens[pos];
  const is = (text: string) => peek()?.text === text && peek()?.kind !== 'string' && peek()?.kind !== 'quoted';
  const expect = (text: string) => {
    if (!is(text)) fail(`expected "${text}"${peek() ? ` at position ${peek()!.at + 1}` : ' at the end'}`);
    pos++;
  };

  const columnAt = (name: string): Operand => {
    const index = schema.fields.findIndex((f) => f.name === name);
    if (index < 0) fail(`column "${name}" is not in the data`);
    return { type: 'column', index, temporal: isTemporalKind(schema.fields[index]!.kind), name };
  };

  const literal = (): Cell => {
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

  const term = (): Operand | RowPredicate => {
    const t = peek();
    if (!t) return fail('expected a column or a value at the end');
    if (is('(')) {
      pos++;
      const inner = or();
      expect(')');
      return inner;
    }
    let column: Operand | undefined;
    if (t.kind === 'name' && t.text === 'col' && tokens[pos + 1]?.text === '(') {
      pos += 2;
      const name = peek();
      if (name?.kind !== 'string') fail('col(…) takes a quoted column name');
      pos++;
      expect(')');
      column = columnAt(name!.text);
    } else if (t.kind === 'quoted' || (t.kind === 'name' && !['True', 'False', 'true', 'false', 'and', 'or', 'not'].includes(t.text))) {
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
    const { index } = column as { index: number };
    if (method.text === 'isin') {
      expect('(');
      expect('[');
      const values: Cell[] = [];
      while (!is(']')) {
        values.push(literal());
        if (!is(']')) expect(',');
      }
      expect(']');
      expect(')');
      const keys = values.map((v) => literalFor(v, column as Extract<Operand, { type: 'column' }>, fail));
      return (cols, r) => {
        const v = cols[index]![r]!;
        return !isMissing(v) && keys.some((k) => compare(v, '==', k));
      };
    }
    const nullTests: Record<string, boolean> = { isnull: true, isna: true, isNull: true, notnull: false, notna: false, notNull: false };
    if (method.text in nullTests) {
      expect('(');
      expect(')');
      const wantNull = nullTests[method.text]!;
      return (cols, r) => isMissing(cols[index]![r]) === wantNull;
    }
    return fail(`unknown method .${method.text}(); supported: isin, isnull, notnull, isna, notna`);
  };

  const cmp = (): RowPredicate => {
    const left = term();
    const op = peek();
    if (op?.kind !== 'op') {
      if (typeof left === 'function') return left;
      return fail('a column or value alone is not a condition; compare it, e.g. `x == 1`');
    }
    pos++;
    const right = term();
    if (typeof left === 'function' || typeof right === 'function') return fail(`"${op.text}" compares a column with a value, not two conditions; add parentheses`);
    if (peek()?.kind === 'op') fail('chained comparisons are not supported; join them with &');
    return comparison(left, op.text as Operator, right, fail);
  };

  const not = (): RowPredicate => {
    if (is('~') || is('not')) {
      pos++;
      const inner = not();
      return (cols, r) => !inner(cols, r);
    }
    return cmp();
  };

  const and = (): RowPredicate => {
    let left = not();
    while (is('&') || is('and')) {
      pos++;
      const l = left;
      const right = not();
      left = (cols, r) => l(cols, r) && right(cols, r);
    }
    return left;
  };

  function or(): RowPredicate {
    let left = and();
    while (is('|') || is('or')) {
      pos++;
      const l = left;
      const right = and();
      left = (cols, r) => l(cols, r) || right(cols, r);
    }
    return left;
  }

  if (tokens.length === 0) fail('is empty');
  const predicate = or();
  if (pos < tokens.length) fail(`unexpected "${tokens[pos]!.text}" at position ${tokens[pos]!.at + 1}`);
  return predicate;
}

/** A literal as the column holds it: text becomes epoch milliseconds for a date or timestamp column. */
function literalFor(v: Cell, column: Extract<Operand, { type: 'column' }>, fail: (m: string) => never): Cell {
  if (!column.temporal || typeof v !== 'string') return v;
  const t = parseTimestamp(v);
  if (t === undefined) fail(`"${v}" is not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]]), and ${column.name} is one`);
  return t!;
}

function comparison(left: Operand, op: Operator, right: Operand, fail: (m: string) => never): RowPredicate {
  if (left.type === 'literal' && right.type === 'literal') fail('compare a column, not two values');
  if (left.type === 'column' && right.type === 'column') {
    const a = left.index;
    const b = right.index;
    return (cols, r) => {
      const x = cols[a]![r]!;
      const y = cols[b]![r]!;
      if (isMissing(x) || isMissing(y)) return op === '!=';
      return compare(x, op, y);
    };
  }
  // Keep the column on the left: `5 < x` is `x > 5`.
  const flip: Record<Operator, Operator> = { '==': '==', '!=': '!=', '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
  const [column, value, o] = left.type === 'column' ? [left, (right as { value: Cell }).value, op] : [right as Extract<Operand, { type: 'column' }>, left.value, flip[op]];
  const key = literalFor(value, column, fail);
  const index = column.index;
  return (cols, r) => {
    const x = cols[index]![r]!;
    if (isMissing(x)) return o === '!=';
    return compare(x, o, key);
  };
}

function compare(x: Cell, op: Operator, y: Cell): boolean {
  let a: Cell = x;
  let b: Cell = y;
  if (typeof a === 'string' && typeof b === 'number') {
    const n = a.trim() === '' ? NaN : Number(a);
    if (Number.isNaN(n)) return op === '!=';
    a = n;
  } else if (typeof a === 'number' && typeof b === 'string') {
    return op === '!=';
  } else if (typeof a === 'boolean' && typeof b === 'number') a = a ? 1 : 0;
  else if (typeof a !== typeof b) return op === '!=';
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a! < b!;
    case '<=':
      return a! <= b!;
    case '>':
      return a! > b!;
    case '>=':
      return a! >= b!;
  }
}
