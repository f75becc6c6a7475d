import { listGpus, type GpuReading } from './nvidia-smi';

export interface GpuCheck {
  required: number;
  /** The GPUs nvidia-smi listed; null when it is missing or failed. */
  gpus: GpuReading[] | null;
  ok: boolean;
  /** One line: what is wrong and what to check. */
  problem?: string;
}

/**
 * Before a long GPU job starts: are there as many GPUs as it asks for? A job
 * that lands on the wrong runner (a label matching a smaller machine, a GPU
 * that fell off the bus, a driver that no longer loads) would otherwise run
 * on fewer GPUs or on the CPU for hours before anyone notices.
 */
export async function checkGpuCount(nvidiaSmi: string | undefined, required: number, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<GpuCheck> {
  if (!nvidiaSmi) {
    return {
      required,
      gpus: null,
      ok: false,
      problem: `gpu-count is ${required} but nvidia-smi is not on PATH on this runner, so it has no usable NVIDIA GPU: the job landed on a runner without the NVIDIA driver — check the runner labels in runs-on (in a container job, also pass the GPUs in with options: --gpus all)`,
    };
  }
  const r = await listGpus(nvidiaSmi, timeoutMs, env);
  if (!r.ok) {
    return {
      required,
      gpus: null,
      ok: false,
      problem: `gpu-count is ${required} but nvidia-smi failed on this runner (${r.reason}): the NVIDIA driver is not working — run nvidia-smi on the runner and fix the driver, or check the runner labels in runs-on`,
    };
  }
  if (r.gpus.length >= required) return { required, gpus: r.gpus, ok: true };
  const names = r.gpus.length ? r.gpus.map((g) => g.name).join(', ') : 'No devices were found';
  return {
    required,
    gpus: r.gpus,
    ok: false,
    problem: `gpu-count is ${required} but nvidia-smi lists ${r.gpus.length} GPU${r.gpus.length === 1 ? '' : 's'} on this runner (${names}): the job landed on a runner with fewer GPUs — check the runner labels in runs-on`,
  };
}
