import { spawn } from 'node:child_process';
import { forwardCancellation, terminateGroup } from './process-group';

/** A detached group leader that starts a child and prints "ready" once both run (and ignore SIGTERM, if asked). */
async function group(ignoreTerm: boolean) {
  const trap = ignoreTerm ? 'trap "" TERM; ' : '';
  const leader = spawn('bash', ['-c', `${trap}sleep 300 & echo ready; wait`], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise((r) => leader.stdout.once('data', r));
  const exited = new Promise<NodeJS.Signals | null>((r) => leader.once('exit', (_code, signal) => r(signal)));
  return { leader, exited };
}

const groupGone = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return false;
  } catch {
    return true;
  }
};

describe('terminateGroup', () => {
  it('ends the whole group with SIGTERM when it listens', async () => {
    const { leader, exited } = await group(false);
    const t = terminateGroup(leader.pid, 30);
    expect(await exited).toBe('SIGTERM');
    t.clear();
    while (!groupGone(leader.pid!)) await new Promise((r) => setTimeout(r, 50));
  });

  it('follows with SIGKILL after the grace period when the group ignores SIGTERM', async () => {
    const { leader, exited } = await group(true);
    terminateGroup(leader.pid, 0.2);
    expect(await exited).toBe('SIGKILL');
    while (!groupGone(leader.pid!)) await new Promise((r) => setTimeout(r, 50));
  });
});

describe('forwardCancellation', () => {
  it('passes SIGINT on to the group and, once cancelled, keeps absorbing signals after stop() so the report still gets written', async () => {
    const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
    const { leader, exited } = await group(false);
    const f = forwardCancellation();
    f.attach(leader.pid);
    // process.emit runs the listeners as a delivered signal would, without risking the test worker.
    process.emit('SIGTERM', 'SIGTERM');
    expect(await exited).toBe('SIGTERM');
    expect(f.cancelled).toBe(true);
    f.stop();
    expect(process.listenerCount('SIGTERM')).toBe(before.SIGTERM.length + 1);
    expect(process.listenerCount('SIGINT')).toBe(before.SIGINT.length + 1);
    process.emit('SIGINT', 'SIGINT'); // absorbed: nothing is signalled any more, and the process stays up
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      for (const l of process.listeners(signal)) if (!before[signal].includes(l)) process.off(signal, l);
    }
  });

  it('passes on a signal that came before the group existed as soon as it is attached', async () => {
    const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
    const f = forwardCancellation();
    process.emit('SIGTERM', 'SIGTERM');
    const { leader, exited } = await group(false);
    f.attach(leader.pid);
    expect(await exited).toBe('SIGTERM');
    f.stop();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      for (const l of process.listeners(signal)) if (!before[signal].includes(l)) process.off(signal, l);
    }
  });

  it('gives the default signal handling back when the command ended without a cancel', () => {
    const before = process.listenerCount('SIGTERM');
    const f = forwardCancellation();
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    f.stop();
    expect(f.cancelled).toBe(false);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
