import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { forwardCancellation, killGroupAfter, signalGroup, terminateGroup, type GroupTermination } from '@mlship/core';
import { StallDetector, type Stall } from './gpu-stall';
import { NanLossWatcher } from './nan-loss';
import { GpuSampler, type GpuSample } from './nvidia-smi';
import { ProcessTreeMemory, readOomKillCount } from './process-tree';
import { TailBuffer } from './log-tail';

export interface RunOptions {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Every byte of output is appended here as it arrives. */
  logFile: string;
  timeoutSeconds?: number;
  /** Between SIGTERM to the group and SIGKILL, so a trainer can save a checkpoint. */
  killGraceSeconds: number;
  nvidiaSmi?: string;
  gpuIntervalSeconds: number;
  /** Bound on each nvidia-smi query, so a hung driver cannot wedge sampling. */
  probeTimeoutSeconds?: number;
  /** Stop the group as soon as an output line says the loss is NaN/inf. */
  stopOnNanLoss?: boolean;
  /** Stop the group once every GPU stays at or below `utilization` percent for `seconds`. */
  stall?: { seconds: number; utilization: number };
  /** Where the output goes live (the step log); false means "full, wait for drain". */
  out: (chunk: Buffer, drained: () => void) => boolean;
  progress: (line: string) => void;
  warn?: (line: string) => void;
}

/** The action ended the command before it finished on its own, because it could only waste GPU time. */
export interface EarlyStop {
  cause: 'nan-loss' | 'gpu-stall';
  /** Why, in a few words, without the evidence. */
  reason: string;
  /** nan-loss: the output line that said so (not yet redacted). */
  line?: string;
  stall?: Stall;
  /** Seconds since the command started. */
  atSeconds: number;
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** The cgroup's oom_kill counter rose during the run (undefined when it cannot be read). */
  oomKilled?: boolean;
  durationSeconds: number;
  peakRssBytes: number | null;
  gpuSamples: GpuSample[];
  /** nvidia-smi queries that failed or printed nothing usable (a driver/library mismatch, a hung GPU). */
  gpuFailures: number;
  tail: TailBuffer;
  /** The action got SIGINT/SIGTERM while the command ran (a cancelled job) and passed it on. */
  cancelled: boolean;
  /** The command could not be started at all (ENOENT, EACCES). */
  spawnError?: string;
  stoppedEarly?: EarlyStop;
}

/**
 * Runs the command with no shell, in a process group of its own, its output
 * streamed live and teed to the log file.
 *
 * child_process.spawn rather than @actions/exec: exec resolves with the exit
 * code only (a signal death comes back as a bare non-zero code, so SIGKILL
 * and `exit 137` look the same and the signal is lost), it never exposes the
 * pid (needed to poll the process tree's memory), and it cannot start the
 * command as a group leader, without which a timeout kills `bash` but leaves
 * its python children running.
 */
export async function runCommand(o: RunOptions): Promise<RunResult> {
  const tail = new TailBuffer();
  const log = fs.createWriteStream(o.logFile, { flags: 'w' });
  const startedAt = Date.now();
  const oomBefore = readOomKillCount();
  const cancellation = forwardCancellation();
  const child = spawn(o.argv[0]!, o.argv.slice(1), { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  cancellation.attach(child.pid);

  const closed = new Promise<void>((r) => child.once('close', () => r()));
  const memory = child.pid ? new ProcessTreeMemory(child.pid) : undefined;
  memory?.start();

  // When the step log or the log file cannot keep up, stop reading the pipes
  // (the trainer then blocks on a full pipe) rather than buffer its output
  // without bound in this process; read again once both have drained.
  let waiting = 0;
  const drained = () => {
    if (--waiting === 0) {
      child.stdout.resume();
      child.stderr.resume();
    }
  };
  const onData = (chunk: Buffer) => {
    tail.push(chunk);
    let full = 0;
    if (!log.write(chunk)) {
      full++;
      log.once('drain', drained);
    }
    if (!o.out(chunk, drained)) full++;
    if (full) {
      if (waiting === 0) {
        child.stdout.pause();
        child.stderr.pause();
      }
      waiting += full;
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  const deadline = killGroupAfter(child.pid, {
    timeoutSeconds: o.timeoutSeconds,
    graceSeconds: o.killGraceSeconds,
    onTimeout: () => o.progress(`training-diagnostics: the command ran past timeout ${o.timeoutSeconds}s; sending SIGTERM to its process group (SIGKILL after ${o.killGraceSeconds}s)`),
  });

  // Early stops end the group the way the timeout does; a timeout or a cancel that came first wins.
  let stopped: EarlyStop | undefined;
  let termination: GroupTermination | undefined;
  const stopEarly = (s: EarlyStop) => {
    if (stopped || deadline.timedOut || cancellation.cancelled) return;
    stopped = s;
    deadline.clear();
    o.progress(`training-diagnostics: ${s.reason} after ${s.atSeconds.toFixed(1)} s; stopping the command early: SIGTERM to its process group (SIGKILL after ${o.killGraceSeconds}s)`);
    termination = terminateGroup(child.pid, o.killGraceSeconds);
  };
  const elapsed = () => (Date.now() - startedAt) / 1000;

  const stall = o.stall ? new StallDetector(o.stall.seconds, o.stall.utilization) : undefined;
  let stallOffSaid = false;
  const stallOff = (why: string) => {
    if (stallOffSaid) return;
    stallOffSaid = true;
    o.warn?.(`training-diagnostics: stall detection is off: ${why}; the command is never stopped for a stall the action cannot see`);
  };
  const gpu =
    o.nvidiaSmi && child.pid
      ? new GpuSampler(o.nvidiaSmi, o.gpuIntervalSeconds, startedAt, (o.probeTimeoutSeconds ?? 30) * 1000, {
          env: o.env,
          onSample: (sample) => {
            if (!stall) return;
            const blind = sample.gpus.find((g) => g.utilization === null);
            if (blind) stallOff(`GPU ${blind.index} (${blind.name}) reports no utilisation ([N/A], e.g. a MIG slice or a vGPU)`);
            const found = stall.sample(sample);
            if (found) {
              stopEarly({
                cause: 'gpu-stall',
                reason: `every GPU (${found.gpus}) stayed at or below ${o.stall!.utilization}% utilisation for ${found.seconds.toFixed(1)} s (highest seen ${found.maxUtilization}%)`,
                stall: found,
                atSeconds: sample.t,
              });
            }
          },
          onFailure: (_t, reason) => {
            if (!stall) return;
            stall.gap();
            stallOff(`nvidia-smi failed (${reason})`);
          },
        })
      : undefined;
  gpu?.start();
  if (o.stopOnNanLoss) {
    for (const stream of [child.stdout, child.stderr]) {
      const watcher = new NanLossWatcher((line) => stopEarly({ cause: 'nan-loss', reason: 'the loss became NaN/inf', line, atSeconds: elapsed() }));
      stream.on('data', (chunk: Buffer) => watcher.push(chunk));
    }
  }
  const heartbeat = setInterval(() => {
    const mins = ((Date.now() - startedAt) / 60000).toFixed(0);
    const rss = memory?.peakBytes;
    o.progress(`training-diagnostics: still running after ${mins} min${rss ? `, peak RSS so far ${(rss / 2 ** 20).toFixed(0)} MiB` : ''}`);
  }, 10 * 60 * 1000);
  heartbeat.unref();

  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: NodeJS.ErrnoException }>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => {
      memory?.stop();
      resolve({ code, signal });
    });
  });
  // A cancelled job's leader can be gone while a worker that ignores SIGINT (bash does that to `&` jobs) runs on:
  // give it the runner's next signal now rather than leave it orphaned.
  if (cancellation.cancelled) signalGroup(child.pid, 'SIGTERM');
  // 'exit' can come before the pipes are drained; wait for them (bounded, a grandchild may hold them open).
  let drainTimer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((r) => (drainTimer = setTimeout(r, 2000)))]);
  clearTimeout(drainTimer);
  if (deadline.timedOut || stopped || cancellation.cancelled) signalGroup(child.pid, 'SIGKILL');

  deadline.clear();
  termination?.clear();
  clearInterval(heartbeat);
  cancellation.stop();
  await gpu?.stop();
  await new Promise<void>((r) => log.end(r));
  const oomAfter = readOomKillCount();

  return {
    exitCode: ended.code,
    signal: ended.signal,
    timedOut: deadline.timedOut,
    cancelled: cancellation.cancelled,
    oomKilled: oomBefore === undefined || oomAfter === undefined ? undefined : oomAfter > oomBefore,
    durationSeconds: (Date.now() - startedAt) / 1000,
    peakRssBytes: memory?.peakBytes ?? null,
    gpuSamples: gpu?.samples ?? [],
    gpuFailures: gpu?.failures ?? 0,
    tail,
    spawnError: ended.error ? describeSpawnError(ended.error, o.argv[0]!) : undefined,
    stoppedEarly: stopped,
  };
}

function describeSpawnError(e: NodeJS.ErrnoException, program: string): string {
  if (e.code === 'ENOENT') return `"${program}" was not found on PATH or in the working directory`;
  if (e.code === 'EACCES') return `"${program}" is not executable (chmod +x it, or run it through its interpreter: bash ${program})`;
  return `"${program}" could not be started: ${e.message}`;
}
