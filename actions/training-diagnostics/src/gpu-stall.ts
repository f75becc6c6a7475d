import type { GpuSample } from './nvidia-smi';

export interface Stall {
  /** Seconds the GPUs were seen idle, from the first idle sample to the one that decided it. */
  seconds: number;
  /** Highest utilisation any GPU reported during that time, percent. */
  maxUtilization: number;
  /** Sample time (seconds since the command started) at which the stall began. */
  since: number;
  gpus: number;
}

/**
 * Decides that training stalled when every GPU's utilisation stays at or
 * below `threshold` percent for `seconds`, measured between the sample
 * timestamps — not by counting samples, since a slow nvidia-smi stretches the
 * spacing and thinning drops samples.
 *
 * Only readings can show a stall. A failed query, or a GPU that reports no
 * utilisation (`[N/A]`: MIG slices, some vGPUs), says nothing about whether
 * the GPUs were busy, so it ends the idle stretch instead of extending it:
 * the job is never stopped on missing evidence.
 */
export class StallDetector {
  private since: number | undefined;
  private max = 0;

  constructor(
    private readonly seconds: number,
    private readonly threshold: number,
  ) {}

  /** Feeds one reading; returns the stall once it has lasted long enough. */
  sample(s: GpuSample): Stall | undefined {
    const utils = s.gpus.map((g) => g.utilization);
    const idle = utils.length > 0 && utils.every((u) => u !== null && u <= this.threshold);
    if (!idle) {
      this.since = undefined;
      return undefined;
    }
    const peak = Math.max(...(utils as number[]));
    if (this.since === undefined) {
      this.since = s.t;
      this.max = peak;
    } else {
      this.max = Math.max(this.max, peak);
    }
    const lasted = s.t - this.since;
    return lasted >= this.seconds ? { seconds: lasted, maxUtilization: this.max, since: this.since, gpus: utils.length } : undefined;
  }

  /** A query that failed: the stretch of idle readings is broken. */
  gap(): void {
    this.since = undefined;
  }
}
