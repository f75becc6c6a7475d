import type { Classification } from './classify';
import type { DataStats } from './data-stats';
import type { HostFacts, RunnerFacts } from './host';
import type { GpuReading, GpuSample } from './nvidia-smi';
import type { PythonFacts } from './python-probe';
import type { Frame } from './traceback';

/**
 * training_diagnostics.json. The first five keys are seed 000's
 * debug_training.py output, with the same meaning (so its PR-comment script
 * still works on this file); everything after them is added.
 */
export interface Diagnostics {
  timestamp: string;
  python_version: string | null;
  environment: {
    torch_version: string | null;
    cuda_available: boolean | null;
    cuda_version: string | null;
    gpu_count: number;
    /** From torch when it sees CUDA, else from nvidia-smi. */
    gpus: { index: number; name: string; memory_total_mib: number | null; source: 'torch' | 'nvidia-smi' }[];
    numpy_version: string | null;
    pandas_version: string | null;
    python_executable: string | null;
    notes: string[];
  };
  /** `{}` when no data-path was given, `{ error }` when it could not be read. */
  data_stats: DataStats | Record<string, never> | { error: string };
  /** null when the command succeeded. */
  error: { type: string; message: string; traceback: string; frames: Frame[] } | null;
  cause: {
    id: string;
    title: string;
    remedy: string;
    evidence: string;
    also_seen: string[];
    seed_troubleshooting_row: Classification['seed'] | null;
    /** For an `unknown` cause: the last lines of the log, the evidence a person reads next. */
    last_lines?: string[];
  } | null;
  run: {
    mode: 'run' | 'collect';
    command: string | null;
    exit_code: number | null;
    signal: string | null;
    timed_out: boolean;
    cancelled: boolean;
    oom_killed: boolean | null;
    duration_seconds: number | null;
    peak_rss_bytes: number | null;
    peak_rss_method: string | null;
    log_file: string | null;
    log_bytes: number | null;
    /** The action ended the command before it finished (stop-on-nan, stall-minutes); null when it did not. */
    stopped_early: {
      cause: 'nan-loss' | 'gpu-stall';
      reason: string;
      /** nan-loss: the output line that said so, redacted. */
      line: string | null;
      elapsed_seconds: number;
    } | null;
  };
  /** The gpu-count check made before starting the command; null when gpu-count was not set. */
  gpu_check: {
    required: number;
    /** GPUs nvidia-smi listed; null when it is missing or failed. */
    found: number | null;
    names: string[];
    passed: boolean;
    problem: string | null;
  } | null;
  gpu_utilization: {
    interval_seconds: number;
    samples: number;
    per_gpu: { index: number; name: string; mean_utilization: number | null; max_utilization: number | null; peak_memory_used_mib: number | null; memory_total_mib: number | null }[];
  } | null;
  host: HostFacts;
  runner: RunnerFacts;
  /** Variables that change how training runs (PYTORCH_*, CUDA_*, NCCL_*, …); secret-looking values are `***`. */
  env_vars: Record<string, string>;
}

export const PEAK_RSS_METHOD =
  'max over 500 ms polls of the summed VmRSS of every process descending from the command or in its process group (/proc/<pid>/status), or the largest single VmHWM if higher';

export function environmentOf(py: PythonFacts, gpuSnapshot: GpuReading[] | undefined): Diagnostics['environment'] {
  const fromTorch = py.gpus.map((g) => ({ index: g.index, name: g.name, memory_total_mib: g.memory_total_mib, source: 'torch' as const }));
  const fromSmi = (gpuSnapshot ?? []).map((g) => ({ index: g.index, name: g.name, memory_total_mib: g.memoryTotalMiB, source: 'nvidia-smi' as const }));
  const gpus = fromTorch.length ? fromTorch : fromSmi;
  return {
    torch_version: py.torch_version,
    cuda_available: py.cuda_available,
    cuda_version: py.cuda_version,
    gpu_count: py.cuda_available ? py.gpu_count : fromTorch.length || (py.torch_version === null ? fromSmi.length : 0),
    gpus,
    numpy_version: py.numpy_version,
    pandas_version: py.pandas_version,
    python_executable: py.python_executable,
    notes: py.notes,
  };
}

export function summariseGpuSamples(samples: GpuSample[], intervalSeconds: number): Diagnostics['gpu_utilization'] {
  if (!samples.length) return null;
  const byIndex = new Map<number, { name: string; util: number[]; mem: number[]; total: number | null }>();
  for (const s of samples) {
    for (const g of s.gpus) {
      let e = byIndex.get(g.index);
      if (!e) byIndex.set(g.index, (e = { name: g.name, util: [], mem: [], total: g.memoryTotalMiB }));
      if (g.utilization !== null) e.util.push(g.utilization);
      if (g.memoryUsedMiB !== null) e.mem.push(g.memoryUsedMiB);
    }
  }
  const mean = (v: number[]) => (v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10 : null);
  const max = (v: number[]) => (v.length ? Math.max(...v) : null);
  return {
    interval_seconds: intervalSeconds,
    samples: samples.length,
    per_gpu: [...byIndex.entries()]
      .sort(([a], [b]) => a - b)
      .map(([index, e]) => ({ index, name: e.name, mean_utilization: mean(e.util), max_utilization: max(e.util), peak_memory_used_mib: max(e.mem), memory_total_mib: e.total })),
  };
}
