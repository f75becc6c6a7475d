import { spawn } from 'node:child_process';
import fs from 'node:fs';
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
  /** Where the output goes live (the step log); false means "full, wait for drain". */
  out: (chunk: Buffer, drained: () => void) => boolean;
  progress: (line: string) => void;
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
  const child = spawn(o.argv[0]!, o.argv.slice(1), { cwd: o.cwd, env: o.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });

  const closed = new Promise<void>((r) => child.once('close', () => r()));
  const memory = child.pid ? new ProcessTreeMemory(child.pid) : undefined;
  memory?.start();
  const gpu = o.nvidiaSmi && child.pid ? new GpuSampler(o.nvidiaSmi, o.gpuIntervalSeconds, startedAt) : undefined;
  gpu?.start();

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

  let timedOut = false;
  let killTimer: NodeJS.Timeout | undefined;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // the group is already gone
    }
  };
  const timeoutTimer = o.timeoutSeconds
    ? setTimeout(() => {
        timedOut = true;
        o.progress(`training-diagnostics: the command ran past timeout ${o.timeoutSeconds}s; sending SIGTERM to its process group (SIGKILL after ${o.killGraceSeconds}s)`);
        killGroup('SIGTERM');
        killTimer = setTimeout(() => killGroup('SIGKILL'), o.killGraceSeconds * 1000);
      }, o.timeoutSeconds * 1000)
    : undefined;
  // A cancelled job sends the action SIGINT then SIGTERM: pass them on so the trainer is not orphaned.
  let cancelled = false;
  const forward = (signal: NodeJS.Signals) => () => {
    cancelled = true;
    killGroup(signal);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
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
  // 'exit' can come before the pipes are drained; wait for them (bounded, a grandchild may hold them open).
  let drainTimer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((r) => (drainTimer = setTimeout(r, 2000)))]);
  clearTimeout(drainTimer);
  if (timedOut) killGroup('SIGKILL');

  clearTimeout(timeoutTimer);
  clearTimeout(killTimer);
  clearInterval(heartbeat);
  process.off('SIGINT', onInt);
  process.off('SIGTERM', onTerm);
  await gpu?.stop();
  await new Promise<void>((r) => log.end(r));
  const oomAfter = readOomKillCount();

  return {
    exitCode: ended.code,
    signal: ended.signal,
    timedOut,
    cancelled,
    oomKilled: oomBefore === undefined || oomAfter === undefined ? undefined : oomAfter > oomBefore,
    durationSeconds: (Date.now() - startedAt) / 1000,
    peakRssBytes: memory?.peakBytes ?? null,
    gpuSamples: gpu?.samples ?? [],
    gpuFailures: gpu?.failures ?? 0,
    tail,
    spawnError: ended.error ? describeSpawnError(ended.error, o.argv[0]!) : undefined,
  };
}

function describeSpawnError(e: NodeJS.ErrnoException, program: string): string {
  if (e.code === 'ENOENT') return `"${program}" was not found on PATH or in the working directory`;
  if (e.code === 'EACCES') return `"${program}" is not executable (chmod +x it, or run it through its interpreter: bash ${program})`;
  return `"${program}" could not be started: ${e.message}`;
}
