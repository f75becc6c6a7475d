import fs from 'node:fs';
import os from 'node:os';

export interface HostFacts {
  os: string;
  kernel: string;
  arch: string;
  cpu_model: string | null;
  cpu_count: number;
  memory_total_bytes: number;
  /** MemAvailable from /proc/meminfo where there is one (what a new process can get), else os.freemem(). */
  memory_available_bytes: number;
  /** Free space for an unprivileged user on the file system holding the workspace. */
  disk_free_bytes: number | null;
  disk_total_bytes: number | null;
  disk_path: string;
}

export interface RunnerFacts {
  name: string | null;
  os: string | null;
  arch: string | null;
  environment: string | null;
  /** Steps are not told their runner's labels: these come from the `runner-labels` input (or a RUNNER_LABELS variable set in the runner's .env). */
  labels: string[];
  workflow: string | null;
  job: string | null;
  run_id: string | null;
  run_attempt: string | null;
}

function osName(): string {
  try {
    const release = fs.readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(release)?.[1];
    if (pretty) return pretty;
  } catch {
    // not Linux, or a minimal container
  }
  return `${os.type()} ${os.release()}`;
}

function memAvailable(): number {
  try {
    const kb = /^MemAvailable:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/meminfo', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // no /proc
  }
  return os.freemem();
}

export function hostFacts(workspace: string): HostFacts {
  const cpus = os.cpus();
  let disk: { free: number; total: number } | undefined;
  try {
    const s = fs.statfsSync(workspace);
    disk = { free: s.bavail * s.bsize, total: s.blocks * s.bsize };
  } catch {
    disk = undefined;
  }
  return {
    os: osName(),
    kernel: os.release(),
    arch: os.arch(),
    cpu_model: cpus[0]?.model.trim() || null,
    cpu_count: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memory_total_bytes: os.totalmem(),
    memory_available_bytes: memAvailable(),
    disk_free_bytes: disk?.free ?? null,
    disk_total_bytes: disk?.total ?? null,
    disk_path: workspace,
  };
}

export function runnerFacts(env: (name: string) => string | undefined, labels: string[]): RunnerFacts {
  return {
    name: env('RUNNER_NAME') ?? null,
    os: env('RUNNER_OS') ?? null,
    arch: env('RUNNER_ARCH') ?? null,
    environment: env('RUNNER_ENVIRONMENT') ?? null,
    labels,
    workflow: env('GITHUB_WORKFLOW') ?? null,
    job: env('GITHUB_JOB') ?? null,
    run_id: env('GITHUB_RUN_ID') ?? null,
    run_attempt: env('GITHUB_RUN_ATTEMPT') ?? null,
  };
}
