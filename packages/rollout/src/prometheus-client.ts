import type { Agent } from 'node:http';
import { httpClientFor, nodeHttp, nodeHttps } from '@mlship/core/builtin';
import { retry, RetryError, UserError } from '@mlship/core';
import { MetricSourceUnavailable } from './source';

/**
 * A small client for the Prometheus HTTP API (`/api/v1/query`,
 * `/api/v1/query_range`), on node:http(s) so a custom CA, a timeout covering
 * the whole exchange and basic/bearer auth need no extra dependency. Queries
 * are POSTed form-encoded, so long PromQL never hits a URL length limit.
 */
export interface PrometheusClientOptions {
  /** Server root, e.g. http://prometheus:9090 or https://host/prometheus (a path prefix is kept). */
  url: string;
  token?: string;
  username?: string;
  password?: string;
  /** PEM text of the CA(s) that signed the server's certificate. */
  ca?: string;
  /** Per request, connect to last byte. */
  timeoutMs: number;
  /** Total attempts per query on 5xx, 429 and connection errors; default 4. */
  attempts?: number;
  /** First backoff step; default 500 ms. */
  baseDelayMs?: number;
  onRetry?: (message: string) => void;
}

export interface InstantSample {
  labels: Record<string, string>;
  /** Prometheus' number: NaN and ±Inf survive as such. */
  value: number;
}

export interface RangeSeries {
  labels: Record<string, string>;
  values: [time: number, value: number][];
}

interface ApiResponse {
  status: 'success' | 'error';
  data?: { resultType: string; result: unknown };
  errorType?: string;
  error?: string;
}

/** One HTTP exchange's failure, classified for retrying and for the user's line. */
class HttpFailure extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
  ) {
    super(message);
  }
}

const RETRYABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_SOCKET']);

export const parsePromValue = (v: unknown): number => (typeof v === 'string' ? Number(v.replace(/^\+Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity')) : NaN);

export class PrometheusClient {
  private readonly base: URL;
  private readonly agent: Agent;

  constructor(private readonly options: PrometheusClientOptions) {
    let base: URL;
    try {
      base = new URL(options.url);
    } catch {
      throw new UserError(`"${options.url}" is not a URL.`, { where: 'input "prometheus-url"', hint: 'Give the Prometheus server root, e.g. http://prometheus.monitoring:9090.' });
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      throw new UserError(`"${options.url}" is not an http(s) URL.`, { where: 'input "prometheus-url"', hint: 'Give the Prometheus server root, e.g. http://prometheus.monitoring:9090.' });
    }
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
    this.agent = base.protocol === 'https:' ? new (nodeHttps().Agent)({ keepAlive: true, ca: options.ca }) : new (nodeHttp().Agent)({ keepAlive: true });
  }

  get url(): string {
    return this.options.url;
  }

  /** The instant vector (or scalar, as one label-less sample) of `query` at `time` (Unix seconds). */
  async instant(query: string, time: number, name: string): Promise<InstantSample[]> {
    const data = await this.call('query', { query, time: String(time) }, name);
    if (data.resultType === 'scalar') return [{ labels: {}, value: parsePromValue((data.result as unknown[])[1]) }];
    if (data.resultType !== 'vector') throw this.notAVector(name, query, data.resultType);
    return (data.result as { metric: Record<string, string>; value: [number, string] }[]).map((s) => ({ labels: s.metric, value: parsePromValue(s.value[1]) }));
  }

  async range(query: string, start: number, end: number, step: number, name: string): Promise<RangeSeries[]> {
    const data = await this.call('query_range', { query, start: String(start), end: String(end), step: String(step) }, name);
    if (data.resultType !== 'matrix') throw this.notAVector(name, query, data.resultType);
    return (data.result as { metric: Record<string, string>; values: [number, string][] }[]).map((s) => ({
      labels: s.metric,
      values: s.values.map(([t, v]) => [t, parsePromValue(v)] as [number, number]),
    }));
  }

  close(): void {
    this.agent.destroy();
  }

  private notAVector(name: string, query: string, type: string): UserError {
    return new UserError(`query "${name}" returns a ${type}, not a number per evaluation time: ${query}`, { hint: 'Write a query that yields an instant vector or scalar.' });
  }

  private async call(endpoint: 'query' | 'query_range', form: Record<string, string>, name: string): Promise<NonNullable<ApiResponse['data']>> {
    const attempts = this.options.attempts ?? 4;
    try {
      return await retry(() => this.post(endpoint, form), {
        attempts,
        baseDelayMs: this.options.baseDelayMs ?? 500,
        maxDelayMs: 8_000,
        shouldRetry: (e) => e instanceof HttpFailure && e.retryable,
        onRetry: (e, ctx) => this.options.onRetry?.(`Prometheus ${endpoint} for "${name}" failed (${(e as Error).message}); retry ${ctx.attempt} of ${attempts - 1} in ${(ctx.delayMs / 1000).toFixed(1)} s.`),
      });
    } catch (e) {
      const last = e instanceof RetryError ? e.lastError : e;
      const tries = e instanceof RetryError ? ` (${e.attempts} attempt${e.attempts === 1 ? '' : 's'})` : '';
      if (last instanceof UserError) throw last;
      if (last instanceof HttpFailure && last.status === undefined) {
        throw new MetricSourceUnavailable(`Prometheus at ${this.options.url} is unreachable: ${last.message}${tries}.`, {
          hint: 'Check prometheus-url and that this runner can reach it (a self-hosted runner in the cluster, a port-forward, or an ingress).',
        });
      }
      if (last instanceof HttpFailure) {
        throw new MetricSourceUnavailable(`Prometheus at ${this.options.url} failed to answer "${name}": ${last.message}${tries}.`, { hint: 'Check the server is healthy (its /-/ready page) and retry.' });
      }
      throw last;
    }
  }

  private post(endpoint: string, form: Record<string, string>): Promise<NonNullable<ApiResponse['data']>> {
    const url = new URL(`api/v1/${endpoint}`, this.base);
    const body = new URLSearchParams(form).toString();
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), accept: 'application/json' };
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    else if (this.options.username !== undefined || this.options.password !== undefined) {
      headers.authorization = `Basic ${Buffer.from(`${this.options.username ?? ''}:${this.options.password ?? ''}`).toString('base64')}`;
    }
    const lib = httpClientFor(url);
    return new Promise((resolve, reject) => {
      const req = lib.request(url, { method: 'POST', headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => reject(new HttpFailure(e.message, true)));
        res.on('end', () => {
          clearTimeout(timer);
          try {
            resolve(this.interpret(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'), form.query ?? ''));
          } catch (e) {
            reject(e);
          }
        });
      });
      const timer = setTimeout(() => req.destroy(new HttpFailure(`no answer within ${this.options.timeoutMs / 1000} s`, true)), this.options.timeoutMs);
      req.on('error', (e: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        if (e instanceof HttpFailure) return reject(e);
        if (e.code && /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(e.code)) {
          return reject(new UserError(`TLS to Prometheus at ${this.options.url} failed: ${e.message} (${e.code}).`, { hint: 'Pass the CA that signed its certificate as prometheus-ca (a PEM file).' }));
        }
        if (e.code === 'ENOTFOUND') return reject(new HttpFailure(`host ${url.hostname} not found`, false));
        reject(new HttpFailure(e.code ? `${e.message}` : e.message, e.code === undefined || RETRYABLE_CODES.has(e.code)));
      });
      req.end(body);
    });
  }

  private interpret(status: number, text: string, query: string): NonNullable<ApiResponse['data']> {
    let parsed: ApiResponse | undefined;
    try {
      parsed = JSON.parse(text) as ApiResponse;
    } catch {
      parsed = undefined;
    }
    if (status === 401 || status === 403) {
      throw new UserError(`Prometheus at ${this.options.url} refused the request (HTTP ${status}).`, { hint: 'Set prometheus-token (bearer) or prometheus-username/prometheus-password (basic auth) from secrets.' });
    }
    if (parsed?.status === 'success' && parsed.data && status >= 200 && status < 300) return parsed.data;
    if (parsed?.status === 'error' && (status === 400 || status === 422)) {
      // bad_data (parse errors) and execution errors are the query's fault: retrying cannot help.
      throw new UserError(`Prometheus rejected the query (${parsed.errorType}: ${parsed.error}): ${query}`, { hint: 'Fix the PromQL in the queries input; try it in the Prometheus UI first.' });
    }
    const detail = parsed?.error ? `${parsed.errorType}: ${parsed.error}` : text.trim().replace(/\s+/g, ' ').slice(0, 200);
    if (status >= 500 || status === 429) throw new HttpFailure(`HTTP ${status}${detail ? ` ${detail}` : ''}`, true, status);
    if (status === 404) {
      throw new UserError(`no Prometheus API at ${this.options.url} (HTTP 404 for /api/v1/).`, { where: 'input "prometheus-url"', hint: 'Give the server root, without /api/v1 or /graph, e.g. http://prometheus:9090.' });
    }
    throw new UserError(`Prometheus at ${this.options.url} gave an answer that is not the HTTP API's (HTTP ${status}${detail ? `: ${detail}` : ''}).`, { where: 'input "prometheus-url"', hint: 'Check the URL points at Prometheus (or a compatible API such as Thanos or Mimir).' });
  }
}
