import { UserError } from './errors';

/**
 * One threshold written the way people write them in workflow files and issue
 * text: `accuracy >= 0.85`, `error-rate < 0.01`, `improvement.accuracy.lower_bound>=0`.
 * Shared by eval-gate gates, promote-model's `min-metrics` and canary thresholds,
 * so the syntax and its error messages are the same everywhere.
 */
export type Comparator = '>=' | '>' | '<=' | '<' | '==' | '!=';

export interface Threshold {
  /** Dotted metric path, e.g. `accuracy` or `fairness.gender.demographic_parity_ratio`. */
  metric: string;
  op: Comparator;
  value: number;
  /** The text as written, for messages. */
  source: string;
}

const pattern = /^\s*([A-Za-z_][\w.\-/]*(?:\[[^\]]*\])?[\w.\-/]*)\s*(>=|<=|==|!=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(%?)\s*$/;

/** Parses `metric OP number` (a trailing `%` divides by 100); `where` names the input or config key in errors. */
export function parseThreshold(text: string, where: string): Threshold {
  const m = pattern.exec(text);
  if (!m) {
    throw new UserError(`"${text}" is not a threshold.`, {
      where,
      hint: 'Write it as <metric> <op> <number>, e.g. "accuracy >= 0.85"; op is one of >=, >, <=, <, ==, !=.',
    });
  }
  const value = Number(m[3]) / (m[4] ? 100 : 1);
  return { metric: m[1]!, op: m[2] as Comparator, value, source: text.trim() };
}

/** Comma- or newline-separated thresholds, as a single action input carries them. */
export function parseThresholdList(text: string, where: string): Threshold[] {
  return text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
    .map((s) => parseThreshold(s, where));
}

/** NaN never passes: a metric that could not be computed must not satisfy a gate. */
export function compare(observed: number, op: Comparator, value: number): boolean {
  if (Number.isNaN(observed)) return false;
  switch (op) {
    case '>=':
      return observed >= value;
    case '>':
      return observed > value;
    case '<=':
      return observed <= value;
    case '<':
      return observed < value;
    case '==':
      return observed === value;
    case '!=':
      return observed !== value;
  }
}

/** Signed distance to the threshold in the direction that would pass: negative means "short by". */
export function margin(observed: number, op: Comparator, value: number): number {
  return op === '<' || op === '<=' ? value - observed : observed - value;
}

export const formatThreshold = (t: Pick<Threshold, 'op' | 'value'>) => `${t.op} ${t.value}`;
