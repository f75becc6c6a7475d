import { isMissing, type Cell, type Schema } from '../table';
import { parseRowCondition, type Condition, type ConditionParser, type Operator } from './condition-tree';

export type { ConditionParser } from './condition-tree';

/**
 * A row_condition evaluated by the local reader: the syntax tree
 * (condition-tree.ts) turned into closures over column indices. As in pandas,
 * a comparison with a missing value is false except `!=`. Columns read as text
 * compare with a number by their numeric value (a JSON column mixing 9 and
 * "abc" is text).
 */
export type RowPredicate = (columns: ArrayLike<Cell>[], row: number) => boolean;

export function compileRowCondition(source: string, parser: ConditionParser, schema: Schema, where: string): RowPredicate {
  return evaluator(parseRowCondition(source, parser, schema, where));
}

function evaluator(c: Condition): RowPredicate {
  switch (c.type) {
    case 'and': {
      const l = evaluator(c.left);
      const r = evaluator(c.right);
      return (cols, row) => l(cols, row) && r(cols, row);
    }
    case 'or': {
      const l = evaluator(c.left);
      const r = evaluator(c.right);
      return (cols, row) => l(cols, row) || r(cols, row);
    }
    case 'not': {
      const inner = evaluator(c.inner);
      return (cols, row) => !inner(cols, row);
    }
    case 'isnull': {
      const { index } = c.column;
      const wantNull = c.isNull;
      return (cols, row) => isMissing(cols[index]![row]) === wantNull;
    }
    case 'isin': {
      const { index } = c.column;
      const keys = c.values.map((v) => v.value);
      return (cols, row) => {
        const v = cols[index]![row]!;
        return !isMissing(v) && keys.some((k) => compare(v, '==', k));
      };
    }
    case 'compare': {
      const a = c.left.index;
      const op = c.op;
      if (c.right.type === 'column') {
        const b = c.right.index;
        return (cols, row) => {
          const x = cols[a]![row]!;
          const y = cols[b]![row]!;
          if (isMissing(x) || isMissing(y)) return op === '!=';
          return compare(x, op, y);
        };
      }
      const key = c.right.value;
      return (cols, row) => {
        const x = cols[a]![row]!;
        if (isMissing(x)) return op === '!=';
        return compare(x, op, key);
      };
    }
  }
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
