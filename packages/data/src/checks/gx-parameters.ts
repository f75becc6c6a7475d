import { parseTimestamp } from '../read/text-values';
import { isParameter, KwargError } from './gx-kwargs';

/**
 * Great Expectations suite parameters: a kwarg written `{"$PARAMETER": "expr"}`
 * takes the value of `expr`, where `expr` is a parameter name given in the
 * `parameters` input, a number, or arithmetic over them with GX's date helpers:
 *
 *   expr   := term (("+" | "-") term)*
 *   term   := factor (("*" | "/") factor)*
 *   factor := "-" factor | number | name | "(" expr ")"
 *           | now() | datetime(y, m, d[, H, M, S]) | timedelta(days=…, weeks=…, …)
 *
 * Parsed, never evaluated as code. Datetimes are UTC (mlship reads timestamps
 * without an offset as UTC, and `now()` is the clock at validation time).
 */
export type Parameters = Record<string, unknown>;

type Value = { t: 'number'; v: number } | { t: 'datetime'; ms: number } | { t: 'duration'; ms: number } | { t: 'other'; v: unknown };

const DURATION_MS: Record<string, number> = { weeks: 604_800_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1, microseconds: 0.001 };


/** The kwarg's value with its parameter substituted: a number, an ISO timestamp text, or the parameter's own value. */
export function resolveParameter(key: string, ref: { $PARAMETER: unknown }, params: Parameters | undefined, now: number): unknown {
  const src = ref.$PARAMETER;
  const extra = Object.keys(ref).find((k) => k !== '$PARAMETER');
  if (extra) throw new KwargError(key, `has "${extra}" next to $PARAMETER; only {"$PARAMETER": "expression"} is supported`);
  if (typeof src !== 'string' || src.trim() === '') throw new KwargError(key, `$PARAMETER must be an expression or a parameter name, got ${JSON.stringify(src)}`);
  const fail = (msg: string): never => {
    throw new KwargError(key, `{"$PARAMETER": ${JSON.stringify(src)}}: ${msg}`, 'Give parameters in the `parameters` input (JSON or YAML: name: value), or write the value itself.');
  };
  if (src.startsWith('urn:')) fail('URN references to other validation results are not supported');

  const tokens = src.match(/\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+|[A-Za-z_][A-Za-z0-9_.:-]*|[-+*/(),=]|\S/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (t: string) => {
    if (peek() !== t) fail(`expected "${t}"${peek() ? ` before "${peek()}"` : ' at the end'}`);
    pos++;
  };

  const num = (v: Value, what: string): number => (v.t === 'number' ? v.v : fail(`${what} must be a number`));

  function call(name: string): Value {
    take('(');
    const args: Value[] = [];
    const named: Record<string, Value> = {};
    while (peek() !== ')') {
      if (peek() === undefined) fail(`unclosed ${name}(`);
      if (/^[A-Za-z_]/.test(peek()!) && tokens[pos + 1] === '=') {
        const k = peek()!;
        pos += 2;
        named[k] = expr();
      } else args.push(expr());
      if (peek() === ',') pos++;
      else if (peek() !== ')') fail(`expected "," or ")" in ${name}(…)`);
    }
    take(')');
    if (name === 'now') {
      if (args.length || Object.keys(named).length) fail('now() takes no arguments');
      return { t: 'datetime', ms: now };
    }
    if (name === 'datetime') {
      if (Object.keys(named).length || args.length < 3 || args.length > 6) fail('datetime(year, month, day[, hour, minute, second]) takes 3 to 6 numbers');
      const [y, mo, d, h = 0, mi = 0, s = 0] = args.map((a) => num(a, 'each datetime(…) argument'));
      const ms = Date.UTC(y!, mo! - 1, d!, h, mi, s);
      const back = new Date(ms);
      if (back.getUTCMonth() !== mo! - 1 || back.getUTCDate() !== d) fail(`datetime(${y}, ${mo}, ${d}) is not a date`);
      return { t: 'datetime', ms };
    }
    if (name === 'timedelta') {
      let ms = 0;
      if (args.length > 1) fail('timedelta takes days as its one positional argument');
      if (args[0]) ms += num(args[0], 'timedelta days') * DURATION_MS.days!;
      for (const [k, v] of Object.entries(named)) {
        const unit = DURATION_MS[k];
        if (unit === undefined) fail(`timedelta has no "${k}"; use ${Object.keys(DURATION_MS).join(', ')}`);
        ms += num(v, `timedelta ${k}`) * unit!;
      }
      return { t: 'duration', ms };
    }
    return fail(`unknown function ${name}(); supported: now(), datetime(…), timedelta(…)`);
  }

  function factor(): Value {
    const t = peek();
    if (t === undefined) return fail('ends too early');
    if (t === '-') {
      pos++;
      const v = factor();
      if (v.t === 'number') return { t: 'number', v: -v.v };
      if (v.t === 'duration') return { t: 'duration', ms: -v.ms };
      return fail('only a number or a timedelta can be negated');
    }
    if (t === '(') {
      pos++;
      const v = expr();
      take(')');
      return v;
    }
    if (/^[\d.]/.test(t)) {
      pos++;
      return { t: 'number', v: Number(t) };
    }
    if (/^[A-Za-z_]/.test(t)) {
      pos++;
      if (peek() === '(') return call(t);
      if (!params || !(t in params)) return fail(`parameter "${t}" is not given${params ? `; the parameters input has ${Object.keys(params).join(', ') || 'none'}` : ' (no parameters input)'}`);
      const v = params[t]!;
      if (typeof v === 'number') return { t: 'number', v };
      if (typeof v === 'string' && parseTimestamp(v) !== undefined) return { t: 'datetime', ms: parseTimestamp(v)! };
      return { t: 'other', v };
    }
    return fail(`unexpected "${t}"`);
  }

  function term(): Value {
    let left = factor();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[pos++];
      const right = factor();
      if (left.t === 'number' && right.t === 'number') left = { t: 'number', v: op === '*' ? left.v * right.v : left.v / right.v };
      else if (left.t === 'duration' && right.t === 'number') left = { t: 'duration', ms: op === '*' ? left.ms * right.v : left.ms / right.v };
      else if (op === '*' && left.t === 'number' && right.t === 'duration') left = { t: 'duration', ms: left.v * right.ms };
      else fail(`cannot apply "${op}" to ${left.t} and ${right.t}`);
    }
    return left;
  }

  function expr(): Value {
    let left = term();
    while (peek() === '+' || peek() === '-') {
      const sign = tokens[pos++] === '+' ? 1 : -1;
      const right = term();
      if (left.t === 'number' && right.t === 'number') left = { t: 'number', v: left.v + sign * right.v };
      else if (left.t === 'datetime' && right.t === 'duration') left = { t: 'datetime', ms: left.ms + sign * right.ms };
      else if (left.t === 'duration' && right.t === 'duration') left = { t: 'duration', ms: left.ms + sign * right.ms };
      else if (sign === 1 && left.t === 'duration' && right.t === 'datetime') left = { t: 'datetime', ms: left.ms + right.ms };
      else if (sign === -1 && left.t === 'datetime' && right.t === 'datetime') left = { t: 'duration', ms: left.ms - right.ms };
      else fail(`cannot ${sign === 1 ? 'add' : 'subtract'} ${right.t} ${sign === 1 ? 'to' : 'from'} ${left.t}`);
    }
    return left;
  }

  // A bare name keeps its value as given (a list for value_set, text for regex).
  if (tokens.length === 1 && /^[A-Za-z_]/.test(tokens[0]!) && params && tokens[0]! in params && typeof params[tokens[0]!] !== 'number') {
    const given = params[tokens[0]!];
    return typeof given === 'string' && parseTimestamp(given) !== undefined ? new Date(parseTimestamp(given)!).toISOString() : given;
  }
  const v = expr();
  if (pos < tokens.length) fail(`unexpected "${tokens[pos]}"`);
  if (v.t === 'number') return v.v;
  if (v.t === 'datetime') return new Date(v.ms).toISOString();
  if (v.t === 'duration') return fail('is a timedelta; add it to a date, e.g. now() - timedelta(days=7)');
  return v.v;
}
