import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processGone } from './gpu-cleanup';
import { runCommand, type RunOptions } from './run-command';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__');
const allocate = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../__tests__/fixtures/training-diagnostics/allocate.py');
const MiB = 2 ** 20;

function run(argv: string[], extra: Partial<RunOptions> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runcmd-'));
  const chunks: Buffer[] = [];
  return runCommand({
    argv,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
    logFile: path.join(dir, 'train.log'),
    killGraceSeconds: 1,
    gpuIntervalSeconds: 5,
    out: (c) => (chunks.push(c), true),
    progress: () => undefined,
    ...extra,
  }).then((r) => ({ ...r, output: Buffer.concat(chunks).toString(), log: fs.readFileSync(path.join(dir, 'train.log'), 'utf8') }));
}

describe('runCommand', () => {
  it('peak RSS agrees with GNU time for one process', async () => {
    // /usr/bin/time -f %M prints the child's maximum resident set size in KiB (getrusage ru_maxrss).
    const r = await run(['/usr/bin/time', '-f', 'maxrss_kib=%M', '/usr/bin/python3', allocate, '120']);
    expect(r.exitCode).toBe(0);
    const reference = Number(/maxrss_kib=(\d+)/.exec(r.output)![1]) * 1024;
    expect(reference).toBeGreaterThan(120 * MiB);
    // Ours covers the whole tree (time itself adds a MiB or two), and never less than the child's own peak.
    expect(r.peakRssBytes!).toBeGreaterThanOrEqual(reference * 0.98);
    expect(r.peakRssBytes!).toBeLessThan(reference + 16 * MiB);
  });

  it('sums the process tree: two workers holding 100 MiB each at once peak near 200 MiB', async () => {
    const r = await run(['bash', '-c', `/usr/bin/python3 ${allocate} 100 & /usr/bin/python3 ${allocate} 100 & wait`]);
    expect(r.exitCode).toBe(0);
    expect(r.peakRssBytes!).toBeGreaterThan(195 * MiB);
    expect(r.peakRssBytes!).toBeLessThan(260 * MiB);
  });

  it('tees stdout and stderr, in arrival order, to the log file and the live output', async () => {
    // Two pipes: lines written within microseconds of each other on different streams may swap, as in any runner log.
    const r = await run(['bash', '-c', 'echo one; sleep 0.1; echo two >&2; sleep 0.1; echo three']);
    expect(r.log).toBe('one\ntwo\nthree\n');
    expect(r.output).toBe(r.log);
    expect(r.tail.bytes().toString()).toBe(r.log);
  });

  it('SIGKILLs the group after the grace period when the trainer ignores SIGTERM', async () => {
    const started = Date.now();
    // An ignored signal stays ignored across exec, so `sleep` ignores SIGTERM too.
    const r = await run(['bash', '-c', 'trap "" TERM; echo training; sleep 30'], { timeoutSeconds: 1, killGraceSeconds: 1 });
    expect(r).toMatchObject({ timedOut: true, signal: 'SIGKILL', exitCode: null });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(r.log).toBe('training\n');
  });

  it('reports a command that cannot start', async () => {
    const r = await run(['no-such-trainer-binary']);
    expect(r.spawnError).toBe('"no-such-trainer-binary" was not found on PATH or in the working directory');
  });

  it('stops the whole group as soon as a line says the loss is NaN, and says which line', async () => {
    const pidFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nan-')), 'worker.pid');
    const progress: string[] = [];
    const r = await run([process.execPath, path.join(fixtures, 'nan-loss.mjs'), pidFile], { stopOnNanLoss: true, progress: (l) => progress.push(l) });
    expect(r.stoppedEarly).toMatchObject({ cause: 'nan-loss', reason: 'the loss became NaN/inf', line: 'epoch 1 step 40 | lr 3.0e-04 | loss: nan' });
    expect(r).toMatchObject({ timedOut: false, signal: 'SIGTERM', exitCode: null });
    expect(progress.some((l) => /^training-diagnostics: the loss became NaN\/inf after \d+\.\d s; stopping the command early: SIGTERM to its process group \(SIGKILL after 1s\)$/.test(l))).toBe(true);
    // The worker was in the group: it is gone too (its parent reaps it or it is re-parented and reaped).
    const worker = Number(fs.readFileSync(pidFile, 'utf8'));
    while (processGone(worker) === false) await new Promise((res) => setTimeout(res, 50));
    // The lines before it carry `grad_norm: nan`, which is not a NaN loss.
    expect(r.log).toContain('loss: 0.2500 | grad_norm: nan');
  });

  it('stops the group when every GPU idles for the stall window, judged by sample time', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stall-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '0 1000\n');
    const r = await run(['sleep', '600'], {
      env: { PATH: process.env.PATH ?? '', FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_GPUS: '2' },
      nvidiaSmi: path.join(fixtures, 'nvidia-smi'),
      gpuIntervalSeconds: 0.2,
      stall: { seconds: 1, utilization: 5 },
    });
    expect(r.stoppedEarly).toMatchObject({ cause: 'gpu-stall', stall: { gpus: 2, maxUtilization: 0 } });
    expect(r.stoppedEarly!.stall!.seconds).toBeGreaterThanOrEqual(1);
    expect(r.stoppedEarly!.reason).toMatch(/^every GPU \(2\) stayed at or below 5% utilisation for \d+\.\d s \(highest seen 0%\)$/);
    expect(r.signal).toBe('SIGTERM');
  });

  it('never declares a stall from failed samples: warns once and lets the command finish', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stall-off-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '0 1000\n');
    const warnings: string[] = [];
    const r = await run([process.execPath, path.join(fixtures, 'wait-for-samples.mjs'), '12'], {
      env: { PATH: process.env.PATH ?? '', FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_FAIL: '1' },
      nvidiaSmi: path.join(fixtures, 'nvidia-smi'),
      gpuIntervalSeconds: 0.2,
      stall: { seconds: 1, utilization: 5 },
      warn: (l) => warnings.push(l),
    });
    expect(r).toMatchObject({ exitCode: 0, stoppedEarly: undefined });
    expect(r.gpuFailures).toBeGreaterThanOrEqual(11);
    expect(warnings).toEqual([expect.stringMatching(/^training-diagnostics: stall detection is off: nvidia-smi failed \(nvidia-smi exited with 9: NVIDIA-SMI has failed/)]);
  });

  it('never declares a stall while a GPU reports no utilisation ([N/A]): warns once and lets the command finish', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stall-blind-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '0 1000\n');
    const warnings: string[] = [];
    // The fake's default layout: GPU 0 at 0 %, GPU 1 a MIG-style [N/A].
    const r = await run([process.execPath, path.join(fixtures, 'wait-for-samples.mjs'), '12'], {
      env: { PATH: process.env.PATH ?? '', FAKE_NVIDIA_SMI_SCRIPT: script },
      nvidiaSmi: path.join(fixtures, 'nvidia-smi'),
      gpuIntervalSeconds: 0.2,
      stall: { seconds: 1, utilization: 5 },
      warn: (l) => warnings.push(l),
    });
    expect(r).toMatchObject({ exitCode: 0, stoppedEarly: undefined });
    expect(r.gpuSamples.length).toBeGreaterThanOrEqual(11);
    expect(warnings).toEqual(['training-diagnostics: stall detection is off: GPU 1 (NVIDIA A100-SXM4-80GB) reports no utilisation ([N/A], e.g. a MIG slice or a vGPU); the command is never stopped for a stall the action cannot see']);
  });
});
