import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMPUTE_APPS_ARGS, listComputeApps, parseComputeApps } from './compute-apps';

const fakeSmi = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__', 'nvidia-smi');

describe('nvidia-smi --query-compute-apps', () => {
  it('parses every output format: header, units, [N/A], names with commas', () => {
    const withHeader = 'pid, process_name, used_gpu_memory [MiB]\n4127, /usr/bin/python3, 15000 MiB\n4188, [N/A], [N/A]\n';
    expect(parseComputeApps(withHeader)).toEqual([
      { pid: 4127, name: '/usr/bin/python3', usedMemoryMiB: 15000 },
      { pid: 4188, name: '[N/A]', usedMemoryMiB: null },
    ]);
    expect(parseComputeApps('4127, /usr/bin/python3, 15000\r\n9, /opt/app, with comma, [Insufficient Permissions]\n')).toEqual([
      { pid: 4127, name: '/usr/bin/python3', usedMemoryMiB: 15000 },
      { pid: 9, name: '/opt/app, with comma', usedMemoryMiB: null },
    ]);
  });

  it('reads no process from an empty answer, a header alone, or "No running processes found"', () => {
    expect(parseComputeApps('')).toEqual([]);
    expect(parseComputeApps('pid, process_name, used_gpu_memory [MiB]\n')).toEqual([]);
    expect(parseComputeApps('No running processes found\n')).toEqual([]);
  });

  it('the fake tool prints those formats for live processes only, and listComputeApps reads it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apps-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '0 100\n');
    const sleeper = spawn('sleep', ['300'], { stdio: 'ignore' });
    const exited = new Promise((r) => sleeper.once('exit', r));
    const apps = path.join(dir, 'apps.txt');
    fs.writeFileSync(apps, `${sleeper.pid} 15000 /usr/bin/python3\n${process.pid} [N/A] node\n`);
    const env = { ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_APPS: apps };
    const q = '--query-compute-apps=pid,process_name,used_memory';
    try {
      expect(execFileSync(fakeSmi, [q, '--format=csv'], { env }).toString()).toBe(`pid, process_name, used_gpu_memory [MiB]\n${sleeper.pid}, /usr/bin/python3, 15000 MiB\n${process.pid}, node, [N/A]\n`);
      expect(execFileSync(fakeSmi, COMPUTE_APPS_ARGS, { env }).toString()).toBe(`${sleeper.pid}, /usr/bin/python3, 15000\n${process.pid}, node, [N/A]\n`);
      expect(await listComputeApps(fakeSmi, 10_000, env)).toEqual({
        ok: true,
        apps: [
          { pid: sleeper.pid, name: '/usr/bin/python3', usedMemoryMiB: 15000 },
          { pid: process.pid, name: 'node', usedMemoryMiB: null },
        ],
      });
      // Its memory counts on GPU 0 while it runs.
      expect(execFileSync(fakeSmi, ['--query-gpu=index,name,utilization.gpu,memory.used,memory.total', '--format=csv,noheader,nounits'], { env }).toString()).toContain('0, Tesla V100-SXM2-16GB, 0, 15100, 16384\n');
    } finally {
      sleeper.kill('SIGKILL');
      await exited;
    }
    fs.writeFileSync(apps, `${sleeper.pid} 15000 /usr/bin/python3\n`);
    expect(execFileSync(fakeSmi, [q, '--format=csv'], { env }).toString()).toBe('pid, process_name, used_gpu_memory [MiB]\n');
    expect(execFileSync(fakeSmi, COMPUTE_APPS_ARGS, { env }).toString()).toBe('');
    expect(execFileSync(fakeSmi, COMPUTE_APPS_ARGS, { env: { ...env, FAKE_NVIDIA_SMI_NO_PROCESSES_LINE: '1' } }).toString()).toBe('No running processes found\n');
    expect(await listComputeApps(fakeSmi, 10_000, env)).toEqual({ ok: true, apps: [] });
  });

  it('a failing driver is a failed listing, not an empty one', async () => {
    expect(await listComputeApps(fakeSmi, 10_000, { PATH: process.env.PATH })).toEqual({
      ok: false,
      reason: "nvidia-smi exited with 9: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
    });
  });
});
