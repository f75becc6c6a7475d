import fs from 'node:fs';
import { listComputeApps, type ComputeApp } from './compute-apps';
import { listGpus, type GpuReading } from './nvidia-smi';

/**
 * The variable the runner puts in the environment of every process a job
 * starts (`github_<uuid>`, one value per job), and reads back from each
 * process's environment when the job ends to find and kill its orphans.
 * Matching on it ties a process to *this* job and no other: not to another
 * job of the same run on the same machine (GITHUB_RUN_ID would), nor to
 * something the machine's owner started by hand.
 */
export const JOB_MARKER = 'RUNNER_TRACKING_ID';

export type Verdict = 'killed' | 'survived' | 'left';

export interface CleanupProcess {
  pid: number;
  name: string;
  usedMemoryMiB: number | null;
  verdict: Verdict;
  /** Why it was left alone, or how it ended. */
  reason: string;
}

export interface CleanupResult {
  marker: string | null;
  memoryBefore: GpuReading[] | null;
  memoryAfter: GpuReading[] | null;
  processes: CleanupProcess[];
  /** Compute processes nvidia-smi still lists after the cleanup; null when it could not be asked. */
  remaining: ComputeApp[] | null;
  /** Things that went wrong; each is a warning, never a failed job. */
  problems: string[];
}

export interface CleanupOptions {
  nvidiaSmi: string;
  marker: string | undefined;
  timeoutMs: number;
  graceSeconds: number;
  env?: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

/** A process's real uid, from /proc; undefined when it is not visible here. */
function procUid(pid: number): number | undefined {
  try {
    const uid = /^Uid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return uid === undefined ? undefined : Number(uid);
  } catch {
    return undefined;
  }
}

/**
 * The job marker in the environment a process was started with (what
 * /proc/<pid>/environ holds, and what the runner itself reads); null when
 * that cannot be read, undefined when the variable is absent.
 */
function procMarker(pid: number): string | undefined | null {
  try {
    const environ = fs.readFileSync(`/proc/${pid}/environ`, 'latin1');
    return environ.split('\0').find((e) => e.startsWith(`${JOB_MARKER}=`))?.slice(JOB_MARKER.length + 1);
  } catch {
    return null;
  }
}

/** This process and every ancestor up to init: the action, the runner's worker and listener. */
function selfAndAncestors(): Set<number> {
  const out = new Set<number>([process.pid]);
  let pid = process.ppid;
  while (pid > 1 && !out.has(pid)) {
    out.add(pid);
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      break;
    }
  }
  out.add(1);
  return out;
}

/** Dead, or a zombie whose resources (its CUDA context with them) are already released. */
export function processGone(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state === 'Z' || state === 'X';
  } catch {
    return true;
  }
}

/** Polls until every pid is gone or `ms` pass; returns those still running. */
async function waitGone(pids: number[], ms: number): Promise<number[]> {
  const until = Date.now() + ms;
  let left = pids.filter((p) => !processGone(p));
  while (left.length && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    left = left.filter((p) => !processGone(p));
  }
  return left;
}

const signal = (pid: number, sig: NodeJS.Signals): void => {
  try {
    process.kill(pid, sig);
  } catch {
    // exited in between
  }
};

/** After SIGKILL the kernel needs a moment to tear a process down; one stuck longer is in uninterruptible sleep (a wedged driver). */
const AFTER_SIGKILL_MS = 5000;

/**
 * Lists the GPU compute processes and kills the ones this job left behind.
 *
 * The rule, so that a cleanup step can never hurt anything but this job's own
 * leftovers: a process is killed only when it runs as this action's user, its
 * environment carries this job's RUNNER_TRACKING_ID, and it is neither this
 * action nor one of its ancestors (the runner). Everything else — other
 * users' processes, other jobs', processes started by hand or as services,
 * pids not visible in this PID namespace — is listed and left alone. Without
 * a RUNNER_TRACKING_ID nothing is killed. Kills are SIGTERM, then SIGKILL
 * after the grace period.
 */
export async function cleanupGpuProcesses(o: CleanupOptions): Promise<CleanupResult> {
  const problems: string[] = [];
  const marker = o.marker || null;
  const gpusBefore = await listGpus(o.nvidiaSmi, o.timeoutMs, o.env);
  if (!gpusBefore.ok) problems.push(`GPU memory could not be read before the cleanup: ${gpusBefore.reason}`);
  const apps = await listComputeApps(o.nvidiaSmi, o.timeoutMs, o.env);
  if (!apps.ok) {
    problems.push(`the GPU compute processes could not be listed: ${apps.reason}`);
    return { marker, memoryBefore: gpusBefore.ok ? gpusBefore.gpus : null, memoryAfter: null, processes: [], remaining: null, problems };
  }

  const protectedPids = selfAndAncestors();
  const uid = process.getuid?.();
  let untied = false;
  const processes: CleanupProcess[] = apps.apps.map((a) => {
    const p = { pid: a.pid, name: a.name, usedMemoryMiB: a.usedMemoryMiB };
    const left = (reason: string): CleanupProcess => ({ ...p, verdict: 'left', reason });
    if (protectedPids.has(a.pid)) return left('this action or the runner running it');
    const owner = procUid(a.pid);
    if (owner === undefined) return left('not visible here (another PID namespace, e.g. a container, or already exited)');
    if (uid !== undefined && owner !== uid) return left(`runs as uid ${owner}, not as this job's uid ${uid}`);
    const theirs = procMarker(a.pid);
    if (theirs === null) return left('its environment cannot be read');
    if (!marker) {
      untied = true;
      return left(`${JOB_MARKER} is not set here, so no process can be tied to this job`);
    }
    if (theirs !== marker) return left(theirs ? 'started by another job' : `not started by a job (no ${JOB_MARKER})`);
    return { ...p, verdict: 'killed', reason: 'left behind by this job' };
  });

  const targets = processes.filter((p) => p.verdict === 'killed');
  if (untied) {
    problems.push(`${JOB_MARKER} is not set in this step's environment, so no GPU process could be tied to this job and none was killed (run the cleanup as a step of the job that trained)`);
  }
  if (targets.length) {
    o.log(`training-diagnostics: SIGTERM to ${targets.length} GPU process(es) left by this job: ${targets.map((t) => `${t.pid} (${t.name})`).join(', ')}`);
    for (const t of targets) signal(t.pid, 'SIGTERM');
    let left = await waitGone(targets.map((t) => t.pid), o.graceSeconds * 1000);
    const needed = new Set(left);
    if (left.length) {
      o.log(`training-diagnostics: SIGKILL to ${left.join(', ')}, still running ${o.graceSeconds}s after SIGTERM`);
      for (const pid of left) signal(pid, 'SIGKILL');
      left = await waitGone(left, AFTER_SIGKILL_MS);
    }
    for (const t of targets) {
      t.reason = `left behind by this job; ended by ${needed.has(t.pid) ? 'SIGKILL' : 'SIGTERM'}`;
      if (left.includes(t.pid)) {
        t.verdict = 'survived';
        t.reason = 'still running after SIGKILL (stuck in the kernel, e.g. in the GPU driver)';
        problems.push(`GPU process ${t.pid} (${t.name}) of this job survived SIGKILL; the GPU may need a reset (nvidia-smi --gpu-reset) or the runner a reboot`);
      }
    }
  }

  const gpusAfter = await listGpus(o.nvidiaSmi, o.timeoutMs, o.env);
  if (!gpusAfter.ok) problems.push(`GPU memory could not be read after the cleanup: ${gpusAfter.reason}`);
  const after = await listComputeApps(o.nvidiaSmi, o.timeoutMs, o.env);
  if (!after.ok) problems.push(`the GPU compute processes could not be listed after the cleanup: ${after.reason}`);
  return {
    marker,
    memoryBefore: gpusBefore.ok ? gpusBefore.gpus : null,
    memoryAfter: gpusAfter.ok ? gpusAfter.gpus : null,
    processes,
    remaining: after.ok ? after.apps : null,
    problems,
  };
}
