import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The one query this action makes; its CSV columns, in order. */
export const GPU_QUERY_ARGS = ['--query-gpu=index,name,utilization.gpu,memory.used,memory.total', '--format=csv,noheader,nounits'];

export interface GpuReading {
  index: number;
  name: string;
  /** Percent, or null when the GPU reports `[N/A]` / `[Not Supported]` (MIG slices, some vGPUs). */
  utilization: number | null;
  memoryUsedMiB: number | null;
  memoryTotalMiB: number | null;
}

export interface GpuSample {
  /** Seconds since the command started. */
  t: number;
  gpus: GpuReading[];
}

const numberOrNull = (s: string): number | null => {
  const n = Number(s);
  return s === '' || !Number.isFinite(n) ? null : n;
};

/**
 * `nvidia-smi --format=csv,noheader,nounits` prints one line per GPU, fields
 * joined by ", ", with `[N/A]` or `[Not Supported]` where a value is missing.
 * Lines that do not have the five fields (a driver warning) are skipped.
 */
export function parseGpuCsv(text: string): GpuReading[] {
  const out: GpuReading[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const fields = raw.split(',').map((f) => f.trim());
    if (fields.length !== 5) continue;
    const [index, name, util, used, total] = fields as [string, string, string, string, string];
    if (!/^\d+$/.test(index)) continue;
    out.push({ index: Number(index), name, utilization: numberOrNull(util), memoryUsedMiB: numberOrNull(used), memoryTotalMiB: numberOrNull(total) });
  }
  return out;
}

/** The executable's path when it is on PATH, found the way execvp would. */
export function findOnPath(command: string, envPath: string | undefined): string | undefined {
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export type SmiResult = { ok: true; stdout: string } | { ok: false; reason: string };

/**
 * Runs nvidia-smi once, bounded by `timeoutMs` however it misbehaves.
 *
 * A wedged driver makes nvidia-smi hang in the kernel, and a wrapper script
 * may leave a child holding the pipe open after it is killed, so waiting for
 * 'close' (what execFile does) could wait forever. The tool runs in a process
 * group of its own; on timeout the whole group gets SIGKILL and the answer is
 * given at once, whether or not the pipes ever close.
 */
export function runNvidiaSmi(nvidiaSmi: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<SmiResult> {
  return new Promise((resolve) => {
    let settled = false;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const child = spawn(nvidiaSmi, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const finish = (r: SmiResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => {
      killGroup();
      child.stdout.destroy();
      child.stderr.destroy();
      finish({ ok: false, reason: `nvidia-smi did not answer within ${timeoutMs / 1000} s (a hung driver or GPU?)` });
    }, timeoutMs);
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 1 << 20) into.push(chunk);
    };
    child.stdout.on('data', collect(out));
    child.stderr.on('data', collect(err));
    child.once('error', (e: NodeJS.ErrnoException) => finish({ ok: false, reason: `nvidia-smi could not be started: ${e.code ?? e.message}` }));
    child.once('close', (code, signal) => {
      const stdout = Buffer.concat(out).toString('utf8');
      if (code === 0) return finish({ ok: true, stdout });
      const said = (Buffer.concat(err).toString('utf8').trim() || stdout.trim()).split(/\r?\n/)[0]?.slice(0, 300) ?? '';
      finish({ ok: false, reason: `nvidia-smi ${signal ? `was killed by ${signal}` : `exited with ${code}`}${said ? `: ${said}` : ''}` });
    });
  });
}

export type GpuList = { ok: true; gpus: GpuReading[] } | { ok: false; reason: string };

/** nvidia-smi's own words (and exit code 6) when the driver works but sees no GPU. */
const NO_DEVICES = /No devices were found/i;

/** The GPUs nvidia-smi lists now; an empty list when it says there are none. */
export async function listGpus(nvidiaSmi: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<GpuList> {
  const r = await runNvidiaSmi(nvidiaSmi, GPU_QUERY_ARGS, timeoutMs, env);
  if (!r.ok) return NO_DEVICES.test(r.reason) ? { ok: true, gpus: [] } : r;
  const gpus = parseGpuCsv(r.stdout);
  if (gpus.length) return { ok: true, gpus };
  if (NO_DEVICES.test(r.stdout)) return { ok: true, gpus: [] };
  return { ok: false, reason: `nvidia-smi printed no GPU line${r.stdout.trim() ? `: ${r.stdout.trim().split(/\r?\n/)[0]!.slice(0, 300)}` : ''}` };
}

/** Runs the query once; undefined when nvidia-smi fails or says nothing usable within `timeoutMs`. */
export async function queryGpus(nvidiaSmi: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<GpuReading[] | undefined> {
  const r = await listGpus(nvidiaSmi, timeoutMs, env);
  return r.ok && r.gpus.length ? r.gpus : undefined;
}

export interface SamplerOptions {
  /** Every successful reading, before thinning for storage (stall detection must see them all). */
  onSample?: (sample: GpuSample) => void;
  onFailure?: (t: number, reason: string) => void;
  env?: NodeJS.ProcessEnv;
}

/**
 * Samples every `intervalSeconds` while the command runs, one query at a time
 * (a hung driver must not pile up nvidia-smi processes), each bounded by
 * `timeoutMs`. Memory is bounded: past `maxSamples` every other sample is
 * dropped and the spacing doubles.
 */
export class GpuSampler {
  readonly samples: GpuSample[] = [];
  failures = 0;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private stopped = false;
  private keepEvery = 1;
  private tick = 0;

  constructor(
    private readonly nvidiaSmi: string,
    private readonly intervalSeconds: number,
    private readonly startedAt: number,
    private readonly timeoutMs: number,
    private readonly hooks: SamplerOptions = {},
    private readonly maxSamples = 2048,
  ) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.sample().finally(() => {
        this.inFlight = undefined;
        this.schedule(this.intervalSeconds * 1000);
      });
    }, delayMs);
    this.timer.unref();
  }

  private async sample(): Promise<void> {
    const t = (Date.now() - this.startedAt) / 1000;
    const r = await listGpus(this.nvidiaSmi, this.timeoutMs, this.hooks.env);
    if (!r.ok || !r.gpus.length) {
      this.failures++;
      this.hooks.onFailure?.(t, r.ok ? 'nvidia-smi lists no GPU' : r.reason);
      return;
    }
    const sample = { t, gpus: r.gpus };
    this.hooks.onSample?.(sample);
    if (this.tick++ % this.keepEvery !== 0) return;
    this.samples.push(sample);
    if (this.samples.length > this.maxSamples) {
      const kept = this.samples.filter((_, i) => i % 2 === 0);
      this.samples.splice(0, this.samples.length, ...kept);
      this.keepEvery *= 2;
    }
  }
}
