import fs from 'node:fs';
import path from 'node:path';
import { loadYamlParser, refuseLinkOutOfWorkspace, UserError, type Check } from '@mlship/core';
import { openDataset } from '@mlship/data';
import { summariseLatency, type LatencySummary } from '../latency';

/** What the gate measures besides prediction quality: latency, model size, train/test leakage. */

export interface LatencyMeasurement extends LatencySummary {
  source: string;
}

/** Latency samples in milliseconds: a data file's column, or a text file with one number per line. */
export async function readLatencySamples(spec: string, column: string, cwd: string): Promise<LatencyMeasurement> {
  const where = `latency-samples ${spec}`;
  if (/\.(txt|log)$/i.test(spec)) {
    const file = path.resolve(cwd, spec);
    if (!fs.existsSync(file)) throw new UserError('file not found', { where, hint: 'Check the path (relative to the workspace).' });
    refuseLinkOutOfWorkspace(file, where, (p) => path.relative(cwd, p) || p);
    const samples: number[] = [];
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const t = line.trim();
        if (t === '' || t.startsWith('#')) return;
        const v = Number(t);
        if (!Number.isFinite(v) || v < 0) throw new UserError(`line ${i + 1}: "${t}" is not a latency in milliseconds`, { where, hint: 'One non-negative number per line.' });
        samples.push(v);
      });
    return withSource(samples, spec, where);
  }
  const ds = await openDataset(spec, { cwd, role: 'latency-samples' });
  if (!ds.schema.fields.some((f) => f.name === column)) {
    throw new UserError(`column "${column}" is not in the file`, { where, hint: `Columns: ${ds.schema.fields.map((f) => f.name).join(', ')}. Set columns.latency in the config.` });
  }
  const samples: number[] = [];
  let row = 0;
  for await (const batch of ds.batches({ columns: [column] })) {
    for (const v of Array.from(batch.columns[0]!)) {
      row++;
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new UserError(`row ${row}: latency ${JSON.stringify(v)} is not a non-negative number`, { where, hint: 'Drop failed requests or record them separately.' });
      samples.push(v);
    }
  }
  return withSource(samples, spec, where);
}

function withSource(samples: number[], source: string, where: string): LatencyMeasurement {
  if (samples.length === 0) throw new UserError('no latency samples', { where, hint: 'The file must hold at least one measurement.' });
  return { ...summariseLatency(samples), source };
}

export interface ProbeOptions {
  url: string;
  requests: number;
  /** Whole measurement budget; the probe stops early rather than overrun it. */
  budgetMs: number;
  /** POSTed as is when given (JSON by content), else GET. */
  payload?: string;
  warmup?: number;
  onProgress?: (line: string) => void;
}

/**
 * Times `requests` sequential requests to a model endpoint (after a short
 * warm-up that is not counted), stopping at the time budget. Sequential on
 * purpose: this measures service time, not a load test's queueing.
 */
export async function probeLatency(o: ProbeOptions): Promise<LatencyMeasurement> {
  const where = `latency-endpoint ${o.url}`;
  const deadline = Date.now() + o.budgetMs;
  const samples: number[] = [];
  const init: RequestInit = o.payload === undefined ? { method: 'GET' } : { method: 'POST', body: o.payload, headers: { 'content-type': o.payload.trim().startsWith('{') || o.payload.trim().startsWith('[') ? 'application/json' : 'text/plain' } };
  const warmup = o.warmup ?? 3;
  for (let i = 0; i < warmup + o.requests && Date.now() < deadline; i++) {
    const started = performance.now();
    let res: Response;
    try {
      res = await fetch(o.url, { ...init, signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
      await res.arrayBuffer();
    } catch (e) {
      if (Date.now() >= deadline && samples.length > 0) break;
      throw new UserError(`request ${i + 1} failed: ${(e as Error).message}`, { where, hint: 'Is the model server up and reachable from the runner?' });
    }
    const ms = performance.now() - started;
    if (!res.ok) throw new UserError(`request ${i + 1} returned HTTP ${res.status}`, { where, hint: 'The endpoint must answer the payload with 2xx; check latency-payload.' });
    if (i >= warmup) samples.push(ms);
    if (o.onProgress && samples.length > 0 && samples.length % 100 === 0) o.onProgress(`latency: ${samples.length}/${o.requests} requests`);
  }
  if (samples.length === 0) throw new UserError(`no request finished within ${o.budgetMs} ms`, { where, hint: 'Raise latency-timeout or check the endpoint.' });
  return { ...summariseLatency(samples), source: o.url };
}

/** Size of a model file or directory in MiB (2^20 bytes, what `os.path.getsize(p) / 1024 / 1024` gives). */
export function modelSizeMb(spec: string, cwd: string): number {
  const root = path.resolve(cwd, spec);
  if (!fs.existsSync(root)) throw new UserError('not found', { where: `model-path ${spec}`, hint: 'Point model-path at the model file or directory the deployment ships.' });
  let bytes = 0;
  const walk = (p: string) => {
    const st = fs.lstatSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else if (st.isFile()) bytes += st.size;
  };
  walk(root);
  return bytes / 2 ** 20;
}

/** Rows of train-data that also occur in test-data, with validate-data's leakage check. */
export async function leakageCheck(trainData: string, testData: string, keyColumns: string[] | undefined, cwd: string, progress: (line: string) => void): Promise<Check> {
  // validate-data's checks and scan, loaded only for a gate with train-data and test-data.
  const [{ parseConfig, validateDataset }] = await Promise.all([import('@mlship/data'), loadYamlParser()]);
  const config = parseConfig(JSON.stringify({ checks: [{ type: 'leakage', ...(keyColumns ? { key_columns: keyColumns } : {}) }] }), 'eval-gate leakage check');
  const outcome = await validateDataset({ data: trainData, testData, config, cwd, progress });
  return outcome.checks[0]!;
}
