/**
 * A command started with `spawn(…, { detached: true })` leads a process group
 * of its own; these helpers signal the whole group, so a timeout or a cancelled
 * job stops `bash` and every child it started (python, pytest workers), not
 * just the shell.
 */
export function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

export interface GroupDeadline {
  readonly timedOut: boolean;
  /** Stops both timers; call once the command has exited. */
  clear(): void;
}

/**
 * After `timeoutSeconds`, SIGTERM to the group, then SIGKILL `graceSeconds`
 * later for whatever ignored it (a trainer saving a checkpoint gets the grace).
 */
export function killGroupAfter(pid: number | undefined, o: { timeoutSeconds?: number; graceSeconds: number; onTimeout?: () => void }): GroupDeadline {
  let timedOut = false;
  let termination: GroupTermination | undefined;
  const timer = o.timeoutSeconds
    ? setTimeout(() => {
        timedOut = true;
        o.onTimeout?.();
        termination = terminateGroup(pid, o.graceSeconds);
      }, o.timeoutSeconds * 1000)
    : undefined;
  return {
    get timedOut() {
      return timedOut;
    },
    clear() {
      clearTimeout(timer);
      termination?.clear();
    },
  };
}

export interface GroupTermination {
  /** Cancels the pending SIGKILL; call once the command has exited. */
  clear(): void;
}

/**
 * Ends the group now, the way a timeout does: SIGTERM, then SIGKILL
 * `graceSeconds` later (for an early stop the action decides on, e.g. a NaN loss).
 */
export function terminateGroup(pid: number | undefined, graceSeconds: number): GroupTermination {
  signalGroup(pid, 'SIGTERM');
  const killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceSeconds * 1000);
  return { clear: () => clearTimeout(killTimer) };
}

export interface CancellationForward {
  readonly cancelled: boolean;
  /** The group to forward to; a signal that came before it existed is passed on now. */
  attach(pid: number | undefined): void;
  stop(): void;
}

/**
 * A cancelled job sends the action SIGINT, then SIGTERM 7.5 s later (SIGKILL
 * 2.5 s after that): pass them on to the group so the command is not orphaned.
 * Call it before spawning and `attach` the pid after: a loaded runner can run
 * the child's first lines before `spawn` returns, and a signal in that gap
 * would otherwise kill the action by Node's default and orphan the command.
 * Once cancelled, `stop()` keeps absorbing those signals instead of restoring
 * Node's default (exit by signal): the runner's SIGTERM often lands after the
 * command has ended, while the action writes the report that `if: failure()`
 * steps read, and must not cut it short. The runner's SIGKILL stays the backstop.
 */
export function forwardCancellation(): CancellationForward {
  let received: NodeJS.Signals | undefined;
  let group: number | undefined;
  let stopped = false;
  const forward = (signal: NodeJS.Signals) => () => {
    received = signal;
    if (!stopped) signalGroup(group, signal);
  };
  const onInt = forward('SIGINT');
  const onTerm = forward('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    get cancelled() {
      return received !== undefined;
    },
    attach(pid) {
      group = pid;
      if (received && !stopped) signalGroup(group, received);
    },
    stop() {
      stopped = true;
      if (received) return;
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
