/**
 * A real Prometheus for tests (the Debian `prometheus` package; see
 * scripts/setup-test-servers.sh): deterministic series loaded with
 * `promtool tsdb create-blocks-from openmetrics` and queried at fixed
 * evaluation times, or a live server scraping test targets every second.
 * Test-only code.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** One time series: labels (name included as `__name__`-free `name`) and its samples in Unix seconds. */
export interface Series {
  name: string;
  labels: Record<string, string>;
  samples: [time: number, value: number][];
}

/** The latency buckets prom-client uses by default, and ours in test data. */
export const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const formatValue = (v: number) => (v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : Number.isNaN(v) ? 'NaN' : String(v));
const formatLabels = (labels: Record<string, string>) => {
  const keys = Object.keys(labels);
  return keys.length ? `{${keys.map((k) => `${k}="${escapeLabel(labels[k]!)}"`).join(',')}}` : '';
};

/** OpenMetrics text for promtool: families kept together, each series' samples in time order, `# EOF` last. */
export function toOpenMetrics(series: Series[]): string {
  const byName = new Map<string, Series[]>();
  for (const s of series) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
  const lines: string[] = [];
  for (const [name, list] of byName) {
    for (const s of list) {
      const labels = formatLabels(s.labels);
      for (const [t, v] of [...s.samples].sort((a, b) => a[0] - b[0])) lines.push(`${name}${labels} ${formatValue(v)} ${t}`);
    }
  }
  return `${lines.join('\n')}\n# EOF\n`;
}

export interface Traffic {
  /** Labels every series of this service and track carries (e.g. service, track). */
  labels: Record<string, string>;
  /** Scrape times, Unix seconds. */
  times: number[];
  /** Per scrape interval: request latencies in seconds (one per request), and how many of those requests answered 5xx. */
  perInterval: (i: number) => { latencies: number[]; errors: number };
  /** Counters' values at the first scrape, so extrapolation never reaches zero. */
  offset?: number;
}

/**
 * One request's latency, log-normal with σ 0.5 and the given p95, drawn from
 * `random` (a seeded generator, so backfilled traffic is the same on every run).
 * Box–Muller; 1 − u keeps the logarithm finite.
 */
export function logNormalLatency(random: () => number, p95: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.exp(Math.log(p95) - 1.6448536269514722 * 0.5 + 0.5 * z);
}

/**
 * Cumulative counters a prom-client service would expose at each scrape:
 * `http_requests_total{code}` and the `http_request_duration_seconds` histogram.
 * Constant traffic per interval keeps the counters linear, so rate() over any
 * window is exact whatever Prometheus extrapolates.
 */
export function trafficSeries(t: Traffic): Series[] {
  const offset = t.offset ?? 0;
  const ok: [number, number][] = [];
  const err: [number, number][] = [];
  const buckets = [...DEFAULT_BUCKETS, Infinity].map((le) => ({ le, samples: [] as [number, number][], total: offset }));
  let okTotal = offset;
  let errTotal = 0;
  let count = offset;
  let sum = 0;
  const counts: [number, number][] = [];
  const sums: [number, number][] = [];
  t.times.forEach((time, i) => {
    if (i > 0) {
      const { latencies, errors } = t.perInterval(i);
      okTotal += latencies.length - errors;
      errTotal += errors;
      count += latencies.length;
      for (const l of latencies) {
        sum += l;
        for (const b of buckets) if (l <= b.le) b.total += 1;
      }
    }
    ok.push([time, okTotal]);
    err.push([time, errTotal]);
    counts.push([time, count]);
    sums.push([time, Math.round(sum * 1e6) / 1e6]);
    for (const b of buckets) b.samples.push([time, b.total]);
  });
  return [
    { name: 'http_requests_total', labels: { ...t.labels, code: '200' }, samples: ok },
    { name: 'http_requests_total', labels: { ...t.labels, code: '500' }, samples: err },
    ...buckets.map((b) => ({ name: 'http_request_duration_seconds_bucket', labels: { ...t.labels, le: b.le === Infinity ? '+Inf' : String(b.le) }, samples: b.samples })),
    { name: 'http_request_duration_seconds_count', labels: t.labels, samples: counts },
    { name: 'http_request_duration_seconds_sum', labels: t.labels, samples: sums },
  ];
}

/** Loads `series` into a new TSDB directory with promtool; returns the directory. */
export function createTsdb(series: Series[], dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-tsdb-'))): string {
  const file = path.join(dir, 'series.om');
  fs.writeFileSync(file, toOpenMetrics(series));
  const data = path.join(dir, 'data');
  const r = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', file, data], { encoding: 'utf8' });
  if (r.error) throw new Error(`promtool not found (${r.error.message}); run scripts/setup-test-servers.sh`);
  if (r.status !== 0) throw new Error(`promtool tsdb create-blocks-from openmetrics failed: ${r.stderr || r.stdout}`);
  return data;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface PrometheusOptions {
  /** A TSDB made by createTsdb; a fresh empty one otherwise. */
  tsdb?: string;
  /** host:port targets scraped at `scrapeInterval` (live mode). */
  targets?: { job: string; targets: string[]; labels?: Record<string, string>; metricsPath?: string }[];
  /** Seconds; default 1. */
  scrapeInterval?: number;
  /** Contents of --web.config.file (TLS, basic auth), YAML. */
  webConfig?: string;
  /** `user:password` for the readiness probe when webConfig asks for basic auth. */
  readyAuth?: string;
}

export interface RunningPrometheus {
  url: string;
  port: number;
  process: ChildProcess;
  /** Instant query at `time` (Unix seconds); throws on an API error. */
  query(query: string, time?: number): Promise<{ resultType: string; result: unknown }>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: the server vanishes mid-conversation, as in an outage. */
  kill(): Promise<void>;
}

/** Starts prometheus on a free 127.0.0.1 port and resolves once /-/ready answers 200 and every target has been scraped once. */
export async function startPrometheus(options: PrometheusOptions = {}): Promise<RunningPrometheus> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-prom-'));
  const interval = options.scrapeInterval ?? 1;
  const config = [
    'global:',
    `  scrape_interval: ${interval}s`,
    `  scrape_timeout: ${Math.max(500, Math.round(interval * 800))}ms`,
    `  evaluation_interval: ${interval}s`,
    'scrape_configs:',
    ...(options.targets ?? []).flatMap((t) => [
      `  - job_name: ${JSON.stringify(t.job)}`,
      `    metrics_path: ${JSON.stringify(t.metricsPath ?? '/metrics')}`,
      '    static_configs:',
      `      - targets: ${JSON.stringify(t.targets)}`,
      ...(t.labels ? [`        labels: ${JSON.stringify(t.labels)}`] : []),
    ]),
  ];
  if (!options.targets?.length) config.push('  []');
  const configFile = path.join(dir, 'prometheus.yml');
  fs.writeFileSync(configFile, config.join('\n').replace('scrape_configs:\n  []', 'scrape_configs: []') + '\n');
  const port = await freePort();
  const args = [
    `--config.file=${configFile}`,
    `--storage.tsdb.path=${options.tsdb ?? path.join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    // Test data sits at fixed, old timestamps: keep it however old it is.
    '--storage.tsdb.retention.time=100y',
    '--log.level=warn',
  ];
  if (options.webConfig) {
    const web = path.join(dir, 'web.yml');
    fs.writeFileSync(web, options.webConfig);
    args.push(`--web.config.file=${web}`);
  }
  const child = spawn('prometheus', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<never>((_, reject) => child.once('error', (e) => reject(new Error(`cannot start prometheus (${e.message}); run scripts/setup-test-servers.sh`))));
  const scheme = options.webConfig?.includes('tls_server_config') ? 'https' : 'http';
  const url = `${scheme}://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`prometheus not ready within 30 s: ${stderr}`);
    }
    const ready = await Promise.race([readyCheck(port, scheme === 'https', options.readyAuth), spawnError]);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (options.targets?.length && scheme === 'http') {
    // Service discovery hands targets to the scrape loop in batches about 5 s apart: wait for the first scrape of each.
    const want = options.targets.reduce((n, t) => n + t.targets.length, 0);
    for (;;) {
      const res = (await (await fetch(`${url}/api/v1/targets?state=active`)).json()) as { data: { activeTargets: { health: string }[] } };
      const scraped = res.data.activeTargets.filter((t) => t.health !== 'unknown').length;
      if (scraped >= want) break;
      if (Date.now() > deadline + 30_000) {
        child.kill('SIGKILL');
        throw new Error(`prometheus did not scrape its ${want} target(s) within a minute: ${stderr}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const stop = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url,
    port,
    process: child,
    /** Plain-HTTP servers only (no webConfig): the TLS/auth tests go through PrometheusClient. */
    async query(query, time) {
      const body = new URLSearchParams({ query, ...(time !== undefined ? { time: String(time) } : {}) });
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/query`, { method: 'POST', body });
      const json = (await res.json()) as { status: string; data: { resultType: string; result: unknown }; error?: string };
      if (json.status !== 'success') throw new Error(`Prometheus: ${json.error} (${query})`);
      return json.data;
    },
    stop: () => stop('SIGTERM'),
    kill: () => stop('SIGKILL'),
  };
}

/** An instant query's single value as a number (NaN kept), or null for an empty vector. */
export async function queryValue(prom: RunningPrometheus, query: string, time?: number): Promise<number | null> {
  const data = await prom.query(query, time);
  if (data.resultType === 'scalar') return Number((data.result as [number, string])[1]);
  const result = data.result as { value: [number, string] }[];
  if (result.length === 0) return null;
  if (result.length > 1) throw new Error(`${query} returned ${result.length} series`);
  return Number(result[0]!.value[1].replace('+Inf', 'Infinity').replace('-Inf', '-Infinity'));
}

function readyCheck(port: number, tls: boolean, auth?: string): Promise<boolean> {
  // The self-signed test certificate and basic auth guard /-/ready too; readiness is all this asks.
  const lib = tls ? https : http;
  return new Promise((resolve) => {
    const req = lib.get({ host: '127.0.0.1', port, path: '/-/ready', rejectUnauthorized: false, auth, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}
