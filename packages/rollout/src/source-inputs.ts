import fs from 'node:fs';
import path from 'node:path';
import { UserError, readConfigDocument, suggestion, type ActionIO } from '@mlship/core';
import { z } from 'zod';
import type { CounterKind } from './counter';
import { PrometheusSource } from './prometheus-source';
import { BUILTIN_QUERIES, checkTemplate } from './promql';
import { ScrapeSource } from './scrape-source';
import type { MetricKind, MetricSource, Track } from './source';

/**
 * Where canary-check and auto-rollback read production metrics from: one
 * fragment of action inputs, spread into each action's zod schema, and the
 * one function that turns them into a MetricSource.
 */

/** Seconds, written `90`, `90s`, `5m`, `1h` or `1m30s`; negative or malformed durations are errors. */
export const durationInput = () =>
  z.string().transform((v, ctx) => {
    const seconds = parseDuration(v);
    if (seconds === undefined) {
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a duration; write seconds (300) or with a unit (300s, 5m, 1h)` });
      return z.NEVER;
    }
    return seconds;
  });

export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (/^-/.test(t)) return undefined;
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const m = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/.exec(t);
  if (!m || t === '') return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

export const metricSourceInputs = {
  source: z.enum(['scrape', 'prometheus']).default('scrape'),
  'prometheus-url': z.string().optional(),
  'prometheus-token': z.string().optional(),
  'prometheus-username': z.string().optional(),
  'prometheus-password': z.string().optional(),
  'prometheus-ca': z.string().optional(),
  'prometheus-timeout': durationInput().default(30),
  namespace: z.string().optional(),
  service: z.string().optional(),
  'track-label': z.string().default('track'),
  'canary-track': z.string().default('canary'),
  'stable-track': z.string().default('stable'),
  queries: z.string().optional(),
  'canary-metrics-url': z.string().optional(),
  'stable-metrics-url': z.string().optional(),
  'scrape-interval': durationInput().default(15),
};

/** Inputs masked before anything is logged; spread into the action's `secrets`. */
export const metricSourceSecrets = ['prometheus-token', 'prometheus-password'] as const;

export type MetricSourceInputs = z.output<z.ZodObject<typeof metricSourceInputs>>;

export interface CreateSourceOptions {
  /** Tracks the action reads: a scrape source needs a URL for each. */
  tracks: Track[];
  /** What the inputs call each track (`green-metrics-url`), for messages; default canary/stable. */
  trackNames?: Record<Track, string>;
  /** Counters a scrape source must keep from every scrape besides the built-in metrics (Prometheus is asked on demand). */
  counters?: CounterKind[];
  /** Test hook: retries for Prometheus (default 4 attempts, 500 ms first backoff). */
  attempts?: number;
  baseDelayMs?: number;
}

const LATENCY = /^p(\d{1,2}(?:\.\d+)?)-latency$/;
const BUILTIN_METRICS = ['error-rate', 'request-rate', 'p50-latency', 'p90-latency', 'p95-latency', 'p99-latency'];
const OVERRIDABLE = [...Object.keys(BUILTIN_QUERIES), 'p50-latency', 'p90-latency', 'p95-latency', 'p99-latency'];

/** The `queries` input: a YAML/JSON map (inline or a file) of metric name → PromQL template. */
export function parseQueries(inputs: Pick<MetricSourceInputs, 'queries'>, cwd = process.cwd()): Record<string, string> {
  if (!inputs.queries?.trim()) return {};
  const doc = readConfigDocument(inputs.queries, cwd, 'queries');
  const where = doc.source === 'inline config' ? 'input "queries"' : doc.source;
  if (typeof doc.value !== 'object' || doc.value === null || Array.isArray(doc.value)) {
    throw new UserError('expected a map of metric name → PromQL template.', { where, hint: 'e.g. queries: "error-rate: sum(rate(errors_total{track=\\"{{track}}\\"}[{{interval}}])) / …"' });
  }
  const out: Record<string, string> = {};
  for (const [name, template] of Object.entries(doc.value as Record<string, unknown>)) {
    if (typeof template !== 'string' || template.trim() === '') {
      throw new UserError(`query "${name}" must be a PromQL string, got ${JSON.stringify(template)}.`, { where: doc.source === 'inline config' ? where : doc.at([name]) });
    }
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) throw new UserError(`"${name}" is not a usable metric name (letters, digits, _ . -).`, { where: doc.source === 'inline config' ? where : doc.at([name]) });
    checkTemplate(name, template, doc.source === 'inline config' ? where : doc.at([name]));
    out[name] = template.trim();
  }
  return out;
}

/**
 * A threshold's metric name → what to measure: the built-ins `error-rate`,
 * `request-rate`, `pNN-latency` (seconds; p50, p95, p99, any percentile),
 * or a name from `queries`. Unknown names fail with a did-you-mean, before any
 * waiting starts.
 */
export function metricKind(name: string, inputs: Pick<MetricSourceInputs, 'source'>, queries: Record<string, string>, where = 'thresholds'): MetricKind {
  if (name === 'error-rate' || name === 'request-rate') return { kind: name };
  const latency = LATENCY.exec(name);
  if (latency) {
    const percentile = Number(latency[1]);
    if (percentile > 0 && percentile < 100) return { kind: 'latency', quantile: Number((percentile / 100).toFixed(10)) };
  }
  const query = queries[name];
  if (query !== undefined && !OVERRIDABLE.includes(name)) {
    if (inputs.source === 'scrape') {
      throw new UserError(`metric "${name}" is a custom PromQL query, which needs Prometheus.`, { where, hint: 'Set source: prometheus and prometheus-url, or judge built-in metrics only.' });
    }
    return { kind: 'query', query, name };
  }
  const known = [...BUILTIN_METRICS, ...Object.keys(queries).filter((q) => !OVERRIDABLE.includes(q))];
  throw new UserError(`unknown metric "${name}".${suggestion(name, known)}`, {
    where,
    hint: `Use one of ${known.join(', ')}, or define it in the queries input (source: prometheus).`,
  });
}

/** The MetricSource the inputs describe; a scrape source is already scraping when this resolves. */
export async function createMetricSource(inputs: MetricSourceInputs, io: ActionIO, options: CreateSourceOptions): Promise<MetricSource> {
  const trackValues: Record<Track, string> = { canary: inputs['canary-track'], stable: inputs['stable-track'] };
  if (inputs.source === 'prometheus') {
    const url = inputs['prometheus-url'];
    if (!url) throw new UserError('input "prometheus-url" is required with source: prometheus.', { hint: 'Set it to the server root, e.g. http://prometheus.monitoring:9090.' });
    if (inputs['prometheus-token'] && (inputs['prometheus-username'] || inputs['prometheus-password'])) {
      throw new UserError('both a bearer token and basic-auth credentials were given for Prometheus.', { hint: 'Set prometheus-token or prometheus-username/prometheus-password, not both.' });
    }
    if (inputs['prometheus-timeout'] <= 0) throw new UserError('must be more than 0 seconds.', { where: 'input "prometheus-timeout"' });
    if (inputs['scrape-interval'] <= 0) throw new UserError('must be more than 0 seconds.', { where: 'input "scrape-interval"' });
    return new PrometheusSource({
      url,
      token: inputs['prometheus-token'],
      username: inputs['prometheus-username'],
      password: inputs['prometheus-password'],
      ca: readCa(inputs['prometheus-ca']),
      timeoutMs: inputs['prometheus-timeout'] * 1000,
      attempts: options.attempts,
      baseDelayMs: options.baseDelayMs,
      onRetry: (m) => io.warning(m),
      trackLabel: inputs['track-label'],
      trackValues,
      namespace: inputs.namespace,
      service: inputs.service,
      queries: parseQueries(inputs),
    });
  }
  if (inputs['scrape-interval'] <= 0) throw new UserError('must be more than 0 seconds.', { where: 'input "scrape-interval"' });
  if (inputs.queries?.trim()) throw new UserError('PromQL queries need Prometheus; source: scrape computes the built-in metrics itself.', { where: 'input "queries"', hint: 'Set source: prometheus and prometheus-url, or remove queries.' });
  const urls: Partial<Record<Track, string>> = {};
  const names = options.trackNames ?? { canary: 'canary', stable: 'stable' };
  for (const track of options.tracks) {
    const url = inputs[`${track}-metrics-url`];
    if (!url) {
      throw new UserError(`input "${names[track]}-metrics-url" is required with source: scrape.`, { hint: `Set it to the ${names[track]} service's /metrics page, or use source: prometheus with prometheus-url.` });
    }
    urls[track] = url;
  }
  const failing = new Set<Track>();
  const source = new ScrapeSource({
    urls,
    interval: inputs['scrape-interval'],
    trackLabel: inputs['track-label'],
    trackValues,
    counters: options.counters,
    onScrapeError: (track, message) => {
      // One warning per run of failures: a down service should not flood the log every interval.
      if (failing.has(track)) io.debug(`scrape failed again: ${message}`);
      else io.warning(`scraping the ${names[track]} metrics failed (${message}); the gap counts as no data.`);
      failing.add(track);
    },
  });
  await source.start();
  return source;
}

function readCa(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const resolved = path.resolve(file);
  let pem: string;
  try {
    pem = fs.readFileSync(resolved, 'utf8');
  } catch (e) {
    throw new UserError(`cannot read the CA file "${file}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`, { where: 'input "prometheus-ca"', hint: 'Give the path of a PEM file in the workspace.' });
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new UserError(`"${file}" holds no PEM certificate.`, { where: 'input "prometheus-ca"', hint: 'It should contain -----BEGIN CERTIFICATE----- blocks.' });
  return pem;
}

/** increase() over a window holding fewer than two samples is empty, as are deltas from one scrape: `input` must span two. */
export function requireTwoScrapes(seconds: number, input: string, inputs: Pick<MetricSourceInputs, 'source' | 'scrape-interval'>): void {
  if (seconds >= 2 * inputs['scrape-interval']) return;
  throw new UserError(`${input} (${seconds} s) must span at least two scrapes (scrape-interval ${inputs['scrape-interval']} s).`, {
    where: `input "${input}"`,
    hint: inputs.source === 'scrape' ? `Lengthen ${input} or shorten scrape-interval, so each ${input} sees at least two /metrics readings.` : `Lengthen ${input}, or set scrape-interval to Prometheus' own scrape interval if it is shorter.`,
  });
}
