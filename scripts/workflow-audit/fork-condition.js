// Whether a job's `if:` keeps it from running for a pull request from a fork.
// Reading the condition as text is not enough: `always() || <same-repo test>` names
// the test and still runs for forks. So the expression is parsed and evaluated in
// three values (true, false, unknown) against a run started from a fork, once per
// event that can carry one; the job is kept from forks only when the result is
// false for every such event. What cannot be known statically (inputs, contains(),
// a step output) is unknown, and unknown never counts as a guard.

/** Head repository of the triggering pull request or workflow run; never github.repository for a fork. */
export const sameRepoOperands = [
  'github.event.pull_request.head.repo.full_name',
  'github.event.workflow_run.head_repository.full_name',
];

/** Flags true for a fork's run of the events whose payload has them, null (falsy) for the others. */
const forkFlags = {
  'github.event.pull_request.head.repo.fork': ['pull_request', 'pull_request_target'],
  'github.event.workflow_run.head_repository.fork': ['workflow_run'],
};

const TOKEN = /\s*(?:('(?:[^']|'')*')|(&&|\|\||==|!=|<=|>=|[!()<>,[\]])|([A-Za-z_][\w.*-]*)|(\d+(?:\.\d+)?))/y;

function tokenize(source) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) {
      if (/^\s*$/.test(source.slice(start))) break;
      return undefined;
    }
    if (m[1] !== undefined) tokens.push({ kind: 'lit', value: m[1].slice(1, -1).replace(/''/g, "'") });
    else if (m[2] !== undefined) tokens.push({ kind: 'op', value: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'ref', value: m[3] });
    else tokens.push({ kind: 'lit', value: Number(m[4]) });
  }
  return tokens;
}

/** Recursive descent over GitHub's expression grammar: || below &&, below !, below comparisons. */
function parse(tokens) {
  let i = 0;
  const peek = (value) => tokens[i]?.kind === 'op' && tokens[i].value === value;
  const expect = (value) => {
    if (!peek(value)) throw new Error(`expected ${value}`);
    i++;
  };
  const list = (kind, next, op) => {
    const items = [next()];
    while (peek(op)) {
      i++;
      items.push(next());
    }
    return items.length === 1 ? items[0] : { kind, items };
  };
  const or = () => list('or', and, '||');
  const and = () => list('and', unary, '&&');
  const unary = () => {
    if (!peek('!')) return comparison();
    i++;
    return { kind: 'not', item: unary() };
  };
  const comparison = () => {
    const left = primary();
    const op = tokens[i]?.kind === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(tokens[i].value) ? tokens[i++].value : undefined;
    return op ? { kind: 'cmp', op, left, right: primary() } : left;
  };
  const primary = () => {
    const t = tokens[i++];
    if (!t) throw new Error('unexpected end');
    if (t.kind === 'op' && t.value === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (t.kind === 'lit') return t;
    if (t.kind !== 'ref') throw new Error(`unexpected ${t.value}`);
    if (peek('(')) {
      i++;
      while (!peek(')')) {
        or();
        if (peek(',')) i++;
        else break;
      }
      expect(')');
      return { kind: 'call', name: t.value };
    }
    while (peek('[')) {
      i++;
      or();
      expect(']');
    }
    if (t.value === 'true' || t.value === 'false') return { kind: 'lit', value: t.value === 'true' };
    return t;
  };
  const tree = or();
  if (i !== tokens.length) throw new Error('trailing tokens');
  return tree;
}

/**
 * true, false or undefined (unknown) for a run of `event` started from a fork, in which
 * the jobs named in `failedForForks` failed or were skipped.
 */
function evaluate(node, event, failedForForks) {
  switch (node.kind) {
    case 'or': {
      const values = node.items.map((n) => evaluate(n, event, failedForForks));
      return values.includes(true) ? true : values.every((v) => v === false) ? false : undefined;
    }
    case 'and': {
      const values = node.items.map((n) => evaluate(n, event, failedForForks));
      return values.includes(false) ? false : values.every((v) => v === true) ? true : undefined;
    }
    case 'not': {
      const v = evaluate(node.item, event, failedForForks);
      return v === undefined ? undefined : !v;
    }
    case 'cmp':
      return compare(node, event, failedForForks);
    case 'lit':
      return typeof node.value === 'boolean' ? node.value : undefined;
    case 'ref': {
      const flag = forkFlags[node.value.toLowerCase()];
      return flag ? flag.includes(event) : undefined;
    }
    default:
      return undefined;
  }
}

function compare({ op, left, right }, event, failedForForks) {
  if (op !== '==' && op !== '!=') return undefined;
  const refs = [left, right].filter((n) => n.kind === 'ref').map((n) => n.value.toLowerCase());
  const literal = [left, right].find((n) => n.kind === 'lit' && typeof n.value === 'string');
  let equal;
  // Null for the other event's payload, another repository for this event's: never equal.
  if (refs.includes('github.repository') && refs.some((r) => sameRepoOperands.includes(r))) equal = false;
  else if (refs.includes('github.event_name') && literal) equal = literal.value.toLowerCase() === event;
  else if (literal?.value === 'success' && refs.some((r) => failedForForks.some((id) => r === `needs.${id.toLowerCase()}.result`))) equal = false;
  else return undefined;
  return op === '==' ? equal : !equal;
}

/**
 * @param {unknown} condition a job's `if:` (with or without `${{ }}`)
 * @param {string[]} events events of the workflow that can start it from a fork
 * @param {string[]} failedForForks needed jobs that never succeed for a fork (guards and what they guard)
 */
export function excludesForks(condition, events, failedForForks = []) {
  if (condition === undefined || condition === null) return false;
  const source = String(condition).trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const tokens = tokenize(source);
  if (!tokens) return false;
  let tree;
  try {
    tree = parse(tokens);
  } catch {
    return false;
  }
  return events.every((event) => evaluate(tree, event, failedForForks) === false);
}
