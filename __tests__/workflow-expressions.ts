/**
 * GitHub Actions expressions evaluated the way the runner evaluates them, so a test can
 * ask which jobs of a committed workflow, or which steps of a job, run when one of them
 * fails: reading an `if:` as text cannot tell `needs.lint.result != 'failure'` on the right
 * job from the same words on the wrong one.
 *
 * What is implemented is what job conditions use: literals, context properties
 * (`inputs.x`, `needs.job.result`, `github.event_name`, `a['b']`), `! < <= > >= == != && ||`
 * with GitHub's precedence, loose equality (case-insensitive strings, other mismatched
 * types compared as numbers), `&&`/`||` yielding an operand, and the functions always(),
 * success(), failure(), cancelled(), contains(), startsWith(), endsWith(), format() and
 * fromJSON(). Anything else throws, so a condition the evaluator cannot read fails the test
 * instead of passing it.
 */

export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** What the status functions of a job's `if:` see. */
export interface Status {
  /** Results of the jobs in `needs:`. */
  needs: string[];
  /** Results of every job the job depends on, directly or through others. */
  ancestors: string[];
  /** Whether the run was cancelled. */
  cancelled: boolean;
}

type Token = { kind: 'lit'; value: Value } | { kind: 'op'; value: string } | { kind: 'id'; value: string };
type Node =
  | { kind: 'lit'; value: Value }
  | { kind: 'ctx'; name: string }
  | { kind: 'prop'; of: Node; key: Node }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'not'; item: Node }
  | { kind: 'bin'; op: string; left: Node; right: Node };

const TOKEN = /\s*(?:'((?:[^']|'')*)'|(&&|\|\||==|!=|<=|>=|[!<>()[\].,])|(\d+(?:\.\d+)?|0x[0-9a-fA-F]+)|([A-Za-z_][\w-]*))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`cannot read the expression at "${source.slice(start, start + 20)}": ${source}`);
    if (m[1] !== undefined) tokens.push({ kind: 'lit', value: m[1].replace(/''/g, "'") });
    else if (m[2] !== undefined) tokens.push({ kind: 'op', value: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'lit', value: Number(m[3]) });
    else if (m[4] === 'true' || m[4] === 'false') tokens.push({ kind: 'lit', value: m[4] === 'true' });
    else if (m[4] === 'null') tokens.push({ kind: 'lit', value: null });
    else tokens.push({ kind: 'id', value: m[4]! });
  }
  return tokens;
}

/** Precedence from GitHub's documentation: ! above < <= > >=, above == !=, above &&, above ||. */
function parse(source: string): Node {
  const tokens = tokenize(source);
  let i = 0;
  const isOp = (...ops: string[]) => tokens[i]?.kind === 'op' && ops.includes(tokens[i]!.value as string);
  const take = (op: string) => {
    if (!isOp(op)) throw new Error(`expected ${op} at token ${i} of: ${source}`);
    i++;
  };
  const binary = (next: () => Node, ...ops: string[]) => (): Node => {
    let left = next();
    while (isOp(...ops)) {
      const op = tokens[i++]!.value as string;
      left = { kind: 'bin', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const t = tokens[i++];
    if (!t) throw new Error(`unexpected end of: ${source}`);
    let node: Node;
    if (t.kind === 'op' && t.value === '(') {
      node = or();
      take(')');
    } else if (t.kind === 'lit') node = t;
    else if (t.kind === 'id' && isOp('(')) {
      i++;
      const args: Node[] = [];
      while (!isOp(')')) {
        args.push(or());
        if (!isOp(')')) take(',');
      }
      take(')');
      node = { kind: 'call', name: t.value.toLowerCase(), args };
    } else if (t.kind === 'id') node = { kind: 'ctx', name: t.value };
    else throw new Error(`unexpected ${String(t.value)} in: ${source}`);
    for (;;) {
      if (isOp('.')) {
        i++;
        const key = tokens[i++];
        if (key?.kind !== 'id') throw new Error(`expected a property name after . in: ${source}`);
        node = { kind: 'prop', of: node, key: { kind: 'lit', value: key.value } };
      } else if (isOp('[')) {
        i++;
        node = { kind: 'prop', of: node, key: or() };
        take(']');
      } else return node;
    }
  };
  const unary = (): Node => {
    if (!isOp('!')) return primary();
    i++;
    return { kind: 'not', item: unary() };
  };
  const relational = binary(unary, '<', '<=', '>', '>=');
  const equality = binary(relational, '==', '!=');
  const and = binary(equality, '&&');
  const or = binary(and, '||');
  const tree = or();
  if (i !== tokens.length) throw new Error(`unexpected ${String(tokens[i]!.value)} in: ${source}`);
  return tree;
}

export const truthy = (v: Value) => !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));

const toNumber = (v: Value): number => {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
};

function looseEqual(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (a === null || typeof a !== 'object')) return a === b;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return a === b;
  return toNumber(a) === toNumber(b);
}

function compare(op: string, a: Value, b: Value): boolean {
  if (op === '==') return looseEqual(a, b);
  if (op === '!=') return !looseEqual(a, b);
  const [x, y] = typeof a === 'string' && typeof b === 'string' ? [a.toLowerCase(), b.toLowerCase()] : [toNumber(a), toNumber(b)];
  if (op === '<') return x < y;
  if (op === '<=') return x <= y;
  if (op === '>') return x > y;
  return x >= y;
}

const text = (v: Value) => (v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function evaluate(node: Node, context: Record<string, Value>, status: Status | undefined): Value {
  switch (node.kind) {
    case 'lit':
      return node.value;
    case 'ctx':
      if (!(node.name in context)) throw new Error(`no context named ${node.name}`);
      return context[node.name]!;
    case 'prop': {
      const of = evaluate(node.of, context, status);
      const key = text(evaluate(node.key, context, status));
      if (of === null || typeof of !== 'object') return null;
      if (Array.isArray(of)) return of[Number(key)] ?? null;
      const found = Object.keys(of).find((k) => k.toLowerCase() === key.toLowerCase());
      return found === undefined ? null : of[found]!;
    }
    case 'not':
      return !truthy(evaluate(node.item, context, status));
    case 'bin': {
      const left = evaluate(node.left, context, status);
      if (node.op === '&&') return truthy(left) ? evaluate(node.right, context, status) : left;
      if (node.op === '||') return truthy(left) ? left : evaluate(node.right, context, status);
      return compare(node.op, left, evaluate(node.right, context, status));
    }
    case 'call': {
      const args = node.args.map((a) => evaluate(a, context, status));
      const needStatus = () => {
        if (!status) throw new Error(`${node.name}() is only known in a job's if:`);
        return status;
      };
      switch (node.name) {
        case 'always':
          return true;
        case 'cancelled':
          return needStatus().cancelled;
        case 'success': {
          const s = needStatus();
          return !s.cancelled && s.needs.every((r) => r === 'success');
        }
        case 'failure':
          return needStatus().ancestors.includes('failure');
        case 'contains': {
          const [hay, needle] = args as [Value, Value];
          if (Array.isArray(hay)) return hay.some((v) => looseEqual(v, needle));
          return text(hay).toLowerCase().includes(text(needle).toLowerCase());
        }
        case 'startswith':
          return text(args[0]!).toLowerCase().startsWith(text(args[1]!).toLowerCase());
        case 'endswith':
          return text(args[0]!).toLowerCase().endsWith(text(args[1]!).toLowerCase());
        case 'format':
          return text(args[0]!).replace(/\{(\d+)\}/g, (_, n: string) => text(args[Number(n) + 1] ?? null));
        case 'fromjson':
          return JSON.parse(text(args[0]!)) as Value;
        default:
          throw new Error(`${node.name}() is not implemented here`);
      }
    }
  }
}

const STATUS_CALL = /\b(?:always|success|failure|cancelled)\s*\(/;

/**
 * The value of an expression (`${{ }}` optional). With `status`, a job's `if:`: without a
 * status function it means `success() && (…)`, as on GitHub.
 */
export function evaluateExpression(expression: unknown, context: Record<string, Value>, status?: Status): Value {
  const source = String(expression).trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');
  const tree = parse(source);
  if (status && !STATUS_CALL.test(source)) {
    return truthy(evaluate({ kind: 'call', name: 'success', args: [] }, context, status)) && evaluate(tree, context, status);
  }
  return evaluate(tree, context, status);
}

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';

interface SimulatedJob {
  needs?: string | string[];
  if?: unknown;
}

/**
 * Which jobs of a workflow run, and with what result, when the jobs named in `outcomes`
 * end that way once started (every other started job succeeds). Jobs are decided in
 * dependency order from their `if:` and the results of the jobs they need, as the runner does.
 */
export function simulateJobs(
  jobs: Record<string, SimulatedJob>,
  opts: { inputs: Record<string, Value>; outcomes?: Record<string, JobResult>; github?: Record<string, Value>; cancelled?: boolean },
): Record<string, JobResult> {
  const results: Record<string, JobResult> = {};
  const needsOf = (id: string) => [jobs[id]?.needs ?? []].flat();
  const ancestors = (id: string, seen = new Set<string>()): string[] => {
    for (const n of needsOf(id)) if (!seen.has(n)) ancestors(n, seen.add(n));
    return [...seen];
  };
  const decide = (id: string, path: string[] = []): JobResult => {
    if (results[id]) return results[id]!;
    if (path.includes(id)) throw new Error(`needs cycle: ${[...path, id].join(' → ')}`);
    if (!jobs[id]) throw new Error(`no job ${id}`);
    for (const n of needsOf(id)) decide(n, [...path, id]);
    const needs = Object.fromEntries(needsOf(id).map((n) => [n, { result: results[n]!, outputs: {} }]));
    const status: Status = { needs: needsOf(id).map((n) => results[n]!), ancestors: ancestors(id).map((n) => results[n]!), cancelled: opts.cancelled ?? false };
    const runs = truthy(evaluateExpression(jobs[id]!.if ?? 'success()', { inputs: opts.inputs, needs, github: opts.github ?? {} }, status));
    results[id] = runs ? (opts.outcomes?.[id] ?? 'success') : 'skipped';
    return results[id]!;
  };
  for (const id of Object.keys(jobs)) decide(id);
  return results;
}

export type StepOutcome = 'success' | 'failure' | 'skipped';

interface SimulatedStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: unknown;
}

/** How simulateSteps names a step: its id, else its name, else what it uses. */
export const stepKey = (step: SimulatedStep) => step.id ?? step.name ?? step.uses ?? step.run ?? '';

/**
 * Which steps of a job run, and with what outcome, when the steps named in `outcomes` end
 * that way once started (every other started step succeeds) and set the outputs given in
 * `outputs`. As on the runner, a step's success() and failure() read the job's status so
 * far: a failed step before it makes failure() true, a skipped one changes nothing.
 */
export function simulateSteps(
  steps: SimulatedStep[],
  opts: { inputs: Record<string, Value>; outcomes?: Record<string, StepOutcome>; outputs?: Record<string, Record<string, Value>>; github?: Record<string, Value>; cancelled?: boolean },
): Record<string, StepOutcome> {
  const results: Record<string, StepOutcome> = {};
  const context: Record<string, Value> = {};
  let failed = false;
  for (const step of steps) {
    const key = stepKey(step);
    const status: Status = { needs: [failed ? 'failure' : 'success'], ancestors: [failed ? 'failure' : 'success'], cancelled: opts.cancelled ?? false };
    const runs = truthy(evaluateExpression(step.if ?? 'success()', { inputs: opts.inputs, github: opts.github ?? {}, steps: context }, status));
    const outcome: StepOutcome = runs ? (opts.outcomes?.[key] ?? 'success') : 'skipped';
    results[key] = outcome;
    if (outcome === 'failure') failed = true;
    if (step.id) context[step.id] = { outcome, conclusion: outcome, outputs: runs ? (opts.outputs?.[key] ?? {}) : {} };
  }
  return results;
}
