import { spawn } from 'node:child_process';
import { terminateGroup } from './process-group';

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
