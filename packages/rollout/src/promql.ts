import { UserError, suggestion } from '@mlship/core';
import type { CounterKind } from './counter';

/**
 * PromQL templates: the built-in queries for the conventional metric names
 * (`http_requests_total{code}` and the `http_request_duration_seconds`
 * histogram), and the placeholder language user templates share with them.
 *
 * Placeholders: {{track}}, {{namespace}}, {{service}} (label values, escaped
 * for a PromQL string), {{interval}} (a range like `300s`), {{selector}} (the
 * matchers for the track label — unless it is `none` — and, when given,
 * namespace and service: what the built-ins use, so an unset input adds no
 * matcher) and {{quantile}}
 * (latency templates only).
 */
export const PLACEHOLDERS = ['track', 'namespace', 'service', 'interval', 'selector', 'quantile'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/**
 * Why `or vector(0)` on the error side only: a service with no 5xx has no
 * 5xx series at all, and that is a 0 % error rate, while no request series is
 * no data — the division by an empty vector stays empty and reads as null.
 */
export const BUILTIN_QUERIES = {
  requests: 'sum(increase(http_requests_total{{{selector}}}[{{interval}}]))',
  errors: 'sum(increase(http_requests_total{{{selector}},code=~"5.."}[{{interval}}])) or vector(0)',
  'request-rate': 'sum(rate(http_requests_total{{{selector}}}[{{interval}}]))',
  'error-rate': '(sum(rate(http_requests_total{{{selector}},code=~"5.."}[{{interval}}])) or vector(0)) / sum(rate(http_requests_total{{{selector}}}[{{interval}}]))',
  latency: 'histogram_quantile({{quantile}}, sum by (le) (rate(http_request_duration_seconds_bucket{{{selector}}}[{{interval}}])))',
  // The requests per bucket over the window, for canary-check's per-request latency comparison.
  'latency-buckets': 'sum by (le) (increase(http_request_duration_seconds_bucket{{{selector}}}[{{interval}}]))',
} as const;
export type BuiltinQuery = keyof typeof BUILTIN_QUERIES;

export interface TemplateContext {
  trackLabel: string;
  track: string;
  namespace?: string;
  service?: string;
  /** Seconds. */
  interval: number;
  quantile?: number;
}

/** A PromQL double-quoted string body: backslash and quote escaped, newlines spelled out. */
export const promqlString = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export const formatInterval = (seconds: number) => `${Math.max(1, Math.round(seconds))}s`;

const placeholder = /\{\{\s*([\w-]+)\s*\}\}/g;

/** Rejects placeholders that do not exist before any query runs, naming the query and the closest real one. */
export function checkTemplate(name: string, template: string, where: string): void {
  for (const m of template.matchAll(placeholder)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      throw new UserError(`query "${name}" uses the unknown placeholder {{${m[1]}}}.${suggestion(m[1]!, PLACEHOLDERS)}`, {
        where,
        hint: `Placeholders are ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
      });
    }
  }
}

export function renderTemplate(name: string, template: string, ctx: TemplateContext): string {
  // track-label `none`: the tracks are not told apart by a label (auto-rollback watching a whole service).
  const matchers = ctx.trackLabel && ctx.trackLabel !== 'none' ? [`${ctx.trackLabel}="${promqlString(ctx.track)}"`] : [];
  if (ctx.namespace) matchers.push(`namespace="${promqlString(ctx.namespace)}"`);
  if (ctx.service) matchers.push(`service="${promqlString(ctx.service)}"`);
  const values: Record<Placeholder, string | undefined> = {
    track: promqlString(ctx.track),
    namespace: ctx.namespace === undefined ? undefined : promqlString(ctx.namespace),
    service: ctx.service === undefined ? undefined : promqlString(ctx.service),
    interval: formatInterval(ctx.interval),
    selector: matchers.join(','),
    quantile: ctx.quantile === undefined ? undefined : String(ctx.quantile),
  };
  // `{{{selector}},code=~"5.."}` with no matchers must become `{code=~"5.."}`, not `{,code…}`.
  const body = values.selector ? template : template.replace(/\{\{\s*selector\s*\}\}\s*,\s*/g, '');
  return body.replace(placeholder, (_, key: string) => {
    const v = values[key as Placeholder];
    if (v === undefined) {
      throw new UserError(`query "${name}" uses {{${key}}}, which has no value here.`, {
        hint: key === 'quantile' ? 'Only latency queries (p95-latency, …) get a quantile.' : `Set the "${key}" input.`,
      });
    }
    return v;
  });
}

/**
 * The per-bucket request query behind a latency template: the `<name>_bucket`
 * series it reads, with the same matchers, as
 * `sum by (le) (increase(<name>_bucket{…}[{{interval}}]))`. So a team that
 * overrode p95-latency for its own histogram gets the request-level test on
 * that histogram without writing a second query. Undefined when the template
 * reads no `_bucket` series (a summary, a recording rule): then only an
 * explicit `latency-buckets` query can say where the requests are.
 */
export function bucketTemplateFrom(latencyTemplate: string): string | undefined {
  const m = /([A-Za-z_:][A-Za-z0-9_:]*_bucket)\b/.exec(latencyTemplate);
  if (!m) return undefined;
  let i = m.index + m[1]!.length;
  let selector = '';
  if (latencyTemplate[i] === '{') {
    // Balanced braces: `{{{selector}},code="200"}` holds placeholders' braces too.
    let depth = 0;
    const start = i;
    for (; i < latencyTemplate.length; i++) {
      if (latencyTemplate[i] === '{') depth++;
      else if (latencyTemplate[i] === '}' && --depth === 0) break;
    }
    if (depth !== 0) return undefined;
    selector = latencyTemplate.slice(start, i + 1);
  }
  return `sum by (le) (increase(${m[1]}${selector}[{{interval}}]))`;
}

/** A counter's increase over the window, summed over its series of the track: `sum(increase(name{{{selector}},k="v"}[{{interval}}]))`. */
export function counterTemplate(counter: CounterKind): string {
  const matchers = Object.entries(counter.matchers).map(([k, v]) => `,${k}="${promqlString(v)}"`);
  return `sum(increase(${counter.metric}{{{selector}}${matchers.join('')}}[{{interval}}]))`;
}
