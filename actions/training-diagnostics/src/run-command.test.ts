import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommand, type RunOptions } from './run-command';

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
});
