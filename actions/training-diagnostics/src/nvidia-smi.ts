import { execFile } from 'node:child_process';
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

/** Runs the query once; undefined when nvidia-smi fails or says nothing usable within `timeoutMs`. */
export function queryGpus(nvidiaSmi: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<GpuReading[] | undefined> {
  return new Promise((resolve) => {
    execFile(nvidiaSmi, GPU_QUERY_ARGS, { env, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) return resolve(undefined);
      const gpus = parseGpuCsv(stdout);
      resolve(gpus.length ? gpus : undefined);
    });
  });
}

/**
 * Samples every `intervalSeconds` while the command runs, one query at a time
 * (a hung driver must not pile up nvidia-smi processes). Memory is bounded:
 * past `maxSamples` every other sample is dropped and the spacing doubles.
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
    const gpus = await queryGpus(this.nvidiaSmi, Math.max(5000, this.intervalSeconds * 1000));
    if (!gpus) {
      this.failures++;
      return;
    }
    if (this.tick++ % this.keepEvery !== 0) return;
    this.samples.push({ t, gpus });
    if (this.samples.length > this.maxSamples) {
      const kept = this.samples.filter((_, i) => i % 2 === 0);
      this.samples.splice(0, this.samples.length, ...kept);
      this.keepEvery *= 2;
    }
  }
}
