import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cleanupGpuProcesses, processGone } from './gpu-cleanup';

const fakeSmi = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__', 'nvidia-smi');

/** A real process standing in for a trainer that still holds a GPU; resolves once it runs (and ignores SIGTERM, if asked). */
async function holder(env: Record<string, string>, opts: { uid?: number; ignoreTerm?: boolean } = {}): Promise<ChildProcess> {
  const code = `${opts.ignoreTerm ? "process.on('SIGTERM', () => {}); " : ''}console.log('ready'); setInterval(() => {}, 1 << 30)`;
  const child = spawn(process.execPath, ['-e', code], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'ignore'], uid: opts.uid, gid: opts.uid });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

const started: ChildProcess[] = [];
afterAll(() => {
  for (const c of started) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

async function setup(procs: { env: Record<string, string>; uid?: number; ignoreTerm?: boolean; memory: string }[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cleanup-'));
  fs.chmodSync(dir, 0o755);
  const script = path.join(dir, 'util.txt');
  fs.writeFileSync(script, '0 100\n');
  const children = await Promise.all(procs.map((p) => holder(p.env, p)));
  started.push(...children);
  const apps = path.join(dir, 'apps.txt');
  fs.writeFileSync(apps, children.map((c, i) => `${c.pid} ${procs[i]!.memory} /usr/bin/python3\n`).join(''));
  return { children, env: { ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_APPS: apps } };
}

const MARKER = `github_${'0f3c9a2e-7b1d-4c55-9e0a-5d2f8b6a1c34'}`;
const log: string[] = [];
const options = (env: NodeJS.ProcessEnv, marker: string | undefined = MARKER) => ({ nvidiaSmi: fakeSmi, marker, timeoutMs: 10_000, graceSeconds: 1, env, log: (l: string) => log.push(l) });

describe('GPU cleanup', () => {
  it("ends this job's process and leaves another job's, a hand-started one and another user's alone", async () => {
    const isRoot = process.getuid?.() === 0;
    const { children, env } = await setup([
      { env: { RUNNER_TRACKING_ID: MARKER }, memory: '9000' },
      { env: { RUNNER_TRACKING_ID: 'github_other-job' }, memory: '500' },
      { env: {}, memory: '[N/A]' },
      ...(isRoot ? [{ env: { RUNNER_TRACKING_ID: MARKER }, uid: 65534, memory: '700' }] : []),
    ]);
    const [ours, otherJob, byHand, otherUser] = children;
    const r = await cleanupGpuProcesses(options(env));
    expect(r.problems).toEqual([]);
    expect(r.processes.map((p) => [p.pid, p.verdict, p.reason])).toEqual([
      [ours!.pid, 'killed', 'left behind by this job; ended by SIGTERM'],
      [otherJob!.pid, 'left', 'started by another job'],
      [byHand!.pid, 'left', 'not started by a job (no RUNNER_TRACKING_ID)'],
      ...(otherUser ? [[otherUser.pid, 'left', 'runs as uid 65534, not as this job\'s uid 0']] : []),
    ]);
    expect(processGone(ours!.pid!)).toBe(true);
    for (const c of [otherJob, byHand, otherUser]) if (c) expect(processGone(c.pid!)).toBe(false);
    // GPU memory before and after: the ended process's 9000 MiB is released.
    expect(r.memoryBefore![0]!.memoryUsedMiB).toBe(100 + 9000 + 500 + (otherUser ? 700 : 0));
    expect(r.memoryAfter![0]!.memoryUsedMiB).toBe(100 + 500 + (otherUser ? 700 : 0));
    expect(r.remaining!.map((a) => a.pid)).toEqual([otherJob, byHand, otherUser].filter(Boolean).map((c) => c!.pid));
  });

  it('SIGKILLs a process that ignores SIGTERM after the grace period', async () => {
    const { children, env } = await setup([{ env: { RUNNER_TRACKING_ID: MARKER }, ignoreTerm: true, memory: '100' }]);
    const r = await cleanupGpuProcesses(options(env));
    expect(r.processes[0]).toMatchObject({ verdict: 'killed', reason: 'left behind by this job; ended by SIGKILL' });
    expect(log).toContain(`training-diagnostics: SIGKILL to ${children[0]!.pid}, still running 1s after SIGTERM`);
    expect(processGone(children[0]!.pid!)).toBe(true);
    expect(r.problems).toEqual([]);
  });

  it('kills nothing without a RUNNER_TRACKING_ID, and says why', async () => {
    const { children, env } = await setup([{ env: { RUNNER_TRACKING_ID: MARKER }, memory: '100' }]);
    const r = await cleanupGpuProcesses(options(env, ''));
    expect(r.processes[0]).toMatchObject({ verdict: 'left', reason: 'RUNNER_TRACKING_ID is not set here, so no process can be tied to this job' });
    expect(r.problems).toEqual([expect.stringMatching(/^RUNNER_TRACKING_ID is not set in this step's environment, so no GPU process could be tied to this job and none was killed/)]);
    expect(processGone(children[0]!.pid!)).toBe(false);
  });

  it('never touches itself or its ancestors, even when they carry the marker', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cleanup-self-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '0 100\n');
    const apps = path.join(dir, 'apps.txt');
    fs.writeFileSync(apps, `${process.pid} 100 node\n${process.ppid} 100 node\n`);
    const previous = process.env.RUNNER_TRACKING_ID;
    const r = await cleanupGpuProcesses(options({ ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_APPS: apps }, previous ?? MARKER));
    expect(r.processes.map((p) => p.reason)).toEqual(['this action or the runner running it', 'this action or the runner running it']);
  });

  it('a driver that does not answer is a problem to report, not a crash', async () => {
    const r = await cleanupGpuProcesses(options({ PATH: process.env.PATH }));
    expect(r.processes).toEqual([]);
    expect(r.remaining).toBeNull();
    expect(r.problems).toEqual([
      expect.stringMatching(/^GPU memory could not be read before the cleanup: nvidia-smi exited with 9/),
      expect.stringMatching(/^the GPU compute processes could not be listed: nvidia-smi exited with 9/),
    ]);
  });
});
