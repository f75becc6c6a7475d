import { parseConfigDocument, UserError } from '@mlship/core';
import { looksLikeCounter, parseCounter } from '../counter';
import { buildJudgingPlan, type JudgingPlan, type TrackNames } from '../analysis/plan';
import { checkTemplate } from '../promql';
import type { MetricKind, Track } from '../source';

/**
 * What an A/B test runs, as data, validated from the action inputs before any
 * traffic moves: the business metric (a success and a trials counter per
 * variant), the split and timing, the sequential test's parameters, what
 * ships, and the guardrails judged interval by interval as canary analysis
 * judges its metrics. The candidate is the canary track, control the stable one.
 */

export const AB_NAMES: TrackNames = { canary: 'candidate', stable: 'control' };

/** The weakest verdict that still ships; each ships on itself and on everything stronger. */
export type ShipOn = 'candidate-wins' | 'no-difference' | 'inconclusive';
export const SHIP_ORDER = ['candidate-wins', 'no-difference', 'inconclusive'] as const;

/** Per variant, what to read: the same counter or query for both, or one each. */
export type VariantMetric = Record<Track, MetricKind>;

export interface AbPlan {
  successes: VariantMetric;
  trials: VariantMetric;
  /** Candidate traffic percentage while the test runs, 1..99. */
  split: number;
  /** Seconds. */
  horizon: number;
  /** Seconds between peeks. */
  interval: number;
  alpha: number;
  tau: number;
  /** Minimum detectable effect: an absolute difference of rates. */
  mde: number;
  shipOn: ShipOn;
  promoteOnWin: boolean;
  /** Null with guardrails: none. */
  guardrails: JudgingPlan | null;
}

export interface AbPlanInputs {
  successes: string;
  trials: string;
  source: 'scrape' | 'prometheus';
  split: number;
  horizon: number;
  interval: number;
  alpha: number;
  tau?: number;
  mde: number;
  shipOn: ShipOn;
  promoteOnWin: boolean;
  guardrails: string;
  maxIncrease: string;
  minRequests: number;
  maxFailedIntervals: number;
  resolve: (name: string, where: string) => MetricKind;
  cwd?: string;
}

const unit = (name: string, value: number, hint: string) => {
  if (!(value > 0 && value < 1)) throw new UserError(`must be between 0 and 1 (exclusive), got ${value}.`, { where: `input "${name}"`, hint });
};

export function buildAbPlan(p: AbPlanInputs): AbPlan {
  const successes = parseVariantMetric(p.successes, 'successes', p.source);
  const trials = parseVariantMetric(p.trials, 'trials', p.source);
  if (!Number.isInteger(p.split) || p.split < 1 || p.split > 99) {
    throw new UserError(`${p.split} is not a whole percentage between 1 and 99.`, { where: 'input "split"', hint: 'The candidate\'s share of traffic while the test runs, e.g. 50 for an even split.' });
  }
  if (!(p.horizon > 0)) throw new UserError(`must be more than 0 seconds, got ${p.horizon}.`, { where: 'input "horizon"', hint: 'How long the test may run before it is inconclusive, e.g. 2h.' });
  if (!(p.interval > 0)) throw new UserError(`must be more than 0 seconds, got ${p.interval}.`, { where: 'input "interval"', hint: 'How often the counts are looked at, e.g. 5m.' });
  if (p.interval > p.horizon) throw new UserError(`interval (${p.interval} s) is longer than horizon (${p.horizon} s).`, { where: 'input "interval"', hint: 'Peek at least once before the horizon: make interval at most horizon.' });
  unit('alpha', p.alpha, 'The false-positive bound however often the test is looked at, e.g. 0.05.');
  unit('min-detectable-effect', p.mde, 'The smallest difference of rates worth shipping, e.g. 0.01 for one percentage point.');
  const tau = p.tau ?? p.mde;
  if (!(tau > 0)) throw new UserError(`must be more than 0, got ${tau}.`, { where: 'input "tau"', hint: 'The spread of effects the test expects, as a difference of rates; leave it empty to use min-detectable-effect.' });
  return { successes, trials, split: p.split, horizon: p.horizon, interval: p.interval, alpha: p.alpha, tau, mde: p.mde, shipOn: p.shipOn, promoteOnWin: p.promoteOnWin, guardrails: guardrailPlan(p) };
}

/** `0.01`, or `1pp`/`1 pp` (percentage points); a bare `%` is refused as ambiguous (of what?). */
export function parseEffect(text: string, where = 'input "min-detectable-effect"'): number {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(pp)?\s*$/.exec(text);
  if (!m) {
    throw new UserError(`"${text}" is not a difference of rates.`, { where, hint: 'Write it as a fraction (0.01) or in percentage points (1pp); a relative "%" is not supported because the test is on the absolute difference.' });
  }
  return m[2] ? Number(m[1]) / 100 : Number(m[1]);
}

/**
 * One counter for both variants (each read on its own track), a PromQL
 * template with {{interval}} (source: prometheus), or a map
 * `control: …` / `candidate: …` giving each variant its own.
 */
export function parseVariantMetric(text: string, input: 'successes' | 'trials', source: 'scrape' | 'prometheus'): VariantMetric {
  const where = `input "${input}"`;
  const body = text.trim();
  if (body === '') throw new UserError('is required.', { where, hint: input === 'successes' ? 'Name the counter of successes, e.g. conversions_total.' : 'Name the counter of trials, e.g. http_requests_total{path="/checkout"}.' });
  if (/^\s*[\w-]+\s*:(\s|$)/.test(body)) {
    const doc = parseConfigDocument(body, 'inline config');
    const map = doc.value as Record<string, unknown>;
    if (typeof map !== 'object' || map === null || Array.isArray(map)) throw new UserError('expected a counter, a query, or a map with control and candidate.', { where });
    const unknown = Object.keys(map).find((k) => k !== 'control' && k !== 'candidate');
    if (unknown) throw new UserError(`unknown key "${unknown}".`, { where, hint: 'A per-variant map takes control and candidate, e.g. "control: orders_total{variant=\\"a\\"}".' });
    const one = (key: 'control' | 'candidate') => {
      const v = map[key];
      if (typeof v !== 'string' || v.trim() === '') throw new UserError(`"${key}" needs a counter or a query, got ${JSON.stringify(v ?? null)}.`, { where: `${where} [${key}]` });
      return metricOf(v, `${where} [${key}]`, source);
    };
    return { stable: one('control'), canary: one('candidate') };
  }
  const kind = metricOf(body, where, source);
  return { stable: kind, canary: kind };
}

function metricOf(text: string, where: string, source: 'scrape' | 'prometheus'): MetricKind {
  if (looksLikeCounter(text)) return parseCounter(text, where);
  if (source === 'scrape') {
    throw new UserError(`"${text.trim()}" is not a counter name; PromQL needs source: prometheus.`, { where, hint: 'Write a counter, e.g. conversions_total or http_requests_total{code="200"}, or set source: prometheus.' });
  }
  if (!/\{\{\s*interval\s*\}\}/.test(text)) {
    throw new UserError(`the query never mentions {{interval}}, so it cannot count what happened since the test started.`, { where, hint: 'Count over the window, e.g. sum(increase(conversions_total{{{selector}}}[{{interval}}])).' });
  }
  checkTemplate(where.replace(/^input "([^"]+)".*$/, '$1'), text, where);
  return { kind: 'query', query: text.trim(), name: where.replace(/^input "([^"]+)"(?: \[(\w+)\])?$/, (_, i: string, v?: string) => (v ? `${i} (${v})` : i)) };
}

/** Guardrails are judged against control with canary-check's interval judgement; thresholds written on them stay hard limits. */
function guardrailPlan(p: AbPlanInputs): JudgingPlan | null {
  if (/^\s*none\s*$/i.test(p.guardrails)) return null;
  try {
    return buildJudgingPlan({
      metrics: p.guardrails,
      comparison: 'relative',
      maxIncrease: p.maxIncrease,
      stepDuration: p.interval,
      interval: p.interval,
      minRequests: p.minRequests,
      maxFailedIntervals: p.maxFailedIntervals,
      significance: p.alpha,
      resolve: p.resolve,
      cwd: p.cwd,
      names: AB_NAMES,
    });
  } catch (e) {
    // The shared parser names canary-check's input; here the same syntax is called guardrails.
    if (e instanceof UserError && e.details.where?.startsWith('input "metrics"')) {
      throw new UserError(e.message, { ...e.details, where: e.details.where.replace('input "metrics"', 'input "guardrails"') });
    }
    throw e;
  }
}

export const ships = (verdict: string, shipOn: ShipOn) => verdict !== 'control-wins' && SHIP_ORDER.indexOf(verdict as ShipOn) >= 0 && SHIP_ORDER.indexOf(verdict as ShipOn) <= SHIP_ORDER.indexOf(shipOn);
