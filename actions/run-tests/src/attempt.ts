import { spawn } from 'node:child_process';
import { forwardCancellation, killGroupAfter, signalGroup } from '@mlship/core';

export type Shell = 'bash' | 'sh';

/** The argv GitHub uses for a `run:` step with this shell (its {0} is a script file; here the script is inline). */
export function shellArgv(shell: Shell, command: string): string[] {
  return shell === 'bash' ? ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', command] : ['sh', '-e', '-c', command];
}

export interface AttemptOutcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
  durationSeconds: number;
  spawnError?: string;
}

/** Seconds between SIGTERM and SIGKILL when an attempt runs past its timeout. */
export const KILL_GRACE_SECONDS = 10;

/**
 * One run of the command in a process group of its own, its output going
 * straight to the step log (inherited stdout/stderr, so it streams live and
 * nothing is buffered here). When it ends, whatever it left running in its
 * group (a test server started with &) is stopped, so a retry starts clean.
 */
export async function runAttempt(o: { shell: Shell; command: string; cwd: string; env: NodeJS.ProcessEnv; timeoutSeconds?: number; onTimeout: () => void }): Promise<AttemptOutcome> {
  const [bin, ...args] = shellArgv(o.shell, o.command);
  const started = Date.now();
  const cancellation = forwardCancellation();
  const child = spawn(bin!, args, { cwd: o.cwd, env: o.env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
  cancellation.attach(child.pid);
  const deadline = killGroupAfter(child.pid, { timeoutSeconds: o.timeoutSeconds, graceSeconds: KILL_GRACE_SECONDS, onTimeout: o.onTimeout });
  const ended = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: NodeJS.ErrnoException }>((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => resolve({ code: null, signal: null, error }));
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  deadline.clear();
  cancellation.stop();
  signalGroup(child.pid, deadline.timedOut ? 'SIGKILL' : 'SIGTERM');
  return {
    exitCode: ended.code,
    signal: ended.signal,
    timedOut: deadline.timedOut,
    cancelled: cancellation.cancelled,
    durationSeconds: (Date.now() - started) / 1000,
    spawnError: ended.error ? (ended.error.code === 'ENOENT' ? `${bin} was not found on PATH` : `${bin} could not be started: ${ended.error.message}`) : undefined,
  };
}
