import { UserError } from '@mlship/core';

/**
 * A counter named the way a /metrics page and PromQL name it:
 * `conversions_total` or `http_requests_total{code="200",path="/predict"}`.
 * Its reading over a window is the increase of every matching series of the
 * track, summed — what the A/B test counts as successes and trials.
 */
export interface CounterKind {
  kind: 'counter';
  metric: string;
  /** Equality matchers on top of the track's own label. */
  matchers: Record<string, string>;
  /** As written, for messages. */
  source: string;
}

const NAME = /^[A-Za-z_:][A-Za-z0-9_:]*$/;
const LABEL = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** True when `text` has the shape of a counter selector (a name, optionally with `{…}`), so it is not meant as PromQL. */
export const looksLikeCounter = (text: string) => /^\s*[A-Za-z_:][A-Za-z0-9_:]*\s*(\{.*\})?\s*$/s.test(text);

export function parseCounter(text: string, where: string): CounterKind {
  const source = text.trim();
  const hint = 'Write a counter name with optional equality matchers, e.g. conversions_total or http_requests_total{code="200"}.';
  const brace = source.indexOf('{');
  const metric = (brace < 0 ? source : source.slice(0, brace)).trim();
  if (!NAME.test(metric)) throw new UserError(`"${source}" is not a counter name.`, { where, hint });
  const matchers: Record<string, string> = {};
  if (brace >= 0) {
    if (!source.endsWith('}')) throw new UserError(`"${source}" has no closing brace.`, { where, hint });
    let rest = source.slice(brace + 1, -1).trim();
    while (rest !== '') {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!=|!~|=)\s*"((?:[^"\\]|\\.)*)"\s*(,\s*|$)/.exec(rest);
      if (!m) throw new UserError(`cannot read the label matchers of "${source}".`, { where, hint });
      const [all, label, op, raw] = m as unknown as [string, string, string, string];
      if (op !== '=') throw new UserError(`matcher ${label}${op}"${raw}" in "${source}" is not supported; only label="value" is.`, { where, hint });
      if (!LABEL.test(label)) throw new UserError(`"${label}" is not a label name.`, { where, hint });
      if (label in matchers) throw new UserError(`label "${label}" is matched twice in "${source}".`, { where, hint });
      if (raw.includes('{{')) throw new UserError(`the value of ${label} in "${source}" holds "{{", which PromQL templates read as a placeholder.`, { where, hint });
      matchers[label] = raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
      rest = rest.slice(all.length);
    }
  }
  return { kind: 'counter', metric, matchers, source };
}

/** Whether a series' labels carry every matcher of the counter. */
export const matchesCounter = (counter: CounterKind, labels: Record<string, string>) => Object.entries(counter.matchers).every(([k, v]) => labels[k] === v);
