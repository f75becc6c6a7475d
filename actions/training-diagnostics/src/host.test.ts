import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { hostFacts, runnerFacts } from './host';

describe('host facts against the system tools', () => {
  it('matches nproc, /proc/meminfo and df for the workspace', () => {
    const dir = os.tmpdir();
    const h = hostFacts(dir);
    expect(h.cpu_count).toBe(Number(execFileSync('nproc').toString().trim()));
    const memTotalKb = Number(/^MemTotal:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/meminfo', 'utf8'))![1]);
    expect(h.memory_total_bytes).toBe(memTotalKb * 1024);
    expect(h.memory_available_bytes).toBeGreaterThan(0);
    expect(h.memory_available_bytes).toBeLessThanOrEqual(h.memory_total_bytes);
    const [size, avail] = execFileSync('df', ['-B1', '--output=size,avail', dir]).toString().trim().split('\n')[1]!.trim().split(/\s+/).map(Number);
    expect(h.disk_total_bytes).toBe(size);
    // Free space moves while other processes write; 1% is far above that and far below any unit error.
    expect(Math.abs(h.disk_free_bytes! - avail!) / avail!).toBeLessThan(0.01);
    expect(h.kernel).toBe(execFileSync('uname', ['-r']).toString().trim());
    expect(h.os.length).toBeGreaterThan(0);
  });

  it('reads the runner from RUNNER_* and the labels it is given', () => {
    const env: Record<string, string> = { RUNNER_NAME: 'gpu-box-1', RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64', RUNNER_ENVIRONMENT: 'self-hosted', GITHUB_JOB: 'train', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2' };
    expect(runnerFacts((n) => env[n], ['self-hosted', 'gpu'])).toEqual({
      name: 'gpu-box-1',
      os: 'Linux',
      arch: 'X64',
      environment: 'self-hosted',
      labels: ['self-hosted', 'gpu'],
      workflow: null,
      job: 'train',
      run_id: '7',
      run_attempt: '2',
    });
  });
});
