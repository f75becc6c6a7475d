import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findOnPath, GPU_QUERY_ARGS, GpuSampler, listGpus, parseGpuCsv, queryGpus } from './nvidia-smi';
import { summariseGpuSamples } from './diagnostics';
import { gpuCharts } from './render';

const fixtures = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__');

describe('nvidia-smi CSV', () => {
  it('parses the csv,noheader,nounits lines, [N/A] and [Not Supported] as null', () => {
    const text = '0, Tesla V100-SXM2-16GB, 87, 14213, 16384\n1, NVIDIA A100-SXM4-80GB, [N/A], 3, 81920\n2, NVIDIA H100 80GB HBM3, [Not Supported], [N/A], 81559\n';
    expect(parseGpuCsv(text)).toEqual([
      { index: 0, name: 'Tesla V100-SXM2-16GB', utilization: 87, memoryUsedMiB: 14213, memoryTotalMiB: 16384 },
      { index: 1, name: 'NVIDIA A100-SXM4-80GB', utilization: null, memoryUsedMiB: 3, memoryTotalMiB: 81920 },
      { index: 2, name: 'NVIDIA H100 80GB HBM3', utilization: null, memoryUsedMiB: null, memoryTotalMiB: 81559 },
    ]);
  });

  it('skips driver warnings and the header a wrong --format would add', () => {
    expect(parseGpuCsv('index, name, utilization.gpu [%], memory.used [MiB], memory.total [MiB]\nWARNING: infoROM is corrupted at gpu 0000:00:04.0\n0, Tesla T4, 0, 0, 15360\r\n')).toEqual([
      { index: 0, name: 'Tesla T4', utilization: 0, memoryUsedMiB: 0, memoryTotalMiB: 15360 },
    ]);
  });

  it('the fake tool answers the exact query byte for byte in that format, and queryGpus reads it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smi-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '12 2048\n95 15000\n');
    const env = { ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script };
    const out = execFileSync(path.join(fixtures, 'nvidia-smi'), GPU_QUERY_ARGS, { env }).toString();
    expect(out).toBe('0, Tesla V100-SXM2-16GB, 12, 2048, 16384\n1, NVIDIA A100-SXM4-80GB, [N/A], 3, 81920\n');
    const gpus = await queryGpus(path.join(fixtures, 'nvidia-smi'), 5000, env);
    expect(gpus?.[0]).toEqual({ index: 0, name: 'Tesla V100-SXM2-16GB', utilization: 95, memoryUsedMiB: 15000, memoryTotalMiB: 16384 });
    expect(await queryGpus(path.join(fixtures, 'nvidia-smi'), 5000, { PATH: process.env.PATH })).toBeUndefined();
    expect(findOnPath('nvidia-smi', `/nonexistent:${fixtures}`)).toBe(path.join(fixtures, 'nvidia-smi'));
    expect(findOnPath('nvidia-smi', '/nonexistent')).toBeUndefined();
  });

  it('summarises samples per GPU and charts at most 48 points with the busiest reading of each bucket', () => {
    const samples = Array.from({ length: 100 }, (_, i) => ({
      t: i * 5,
      gpus: [
        { index: 0, name: 'Tesla V100-SXM2-16GB', utilization: i === 51 ? 100 : 50, memoryUsedMiB: 1000 + i, memoryTotalMiB: 16384 },
        { index: 1, name: 'NVIDIA A100-SXM4-80GB', utilization: null, memoryUsedMiB: 3, memoryTotalMiB: 81920 },
      ],
    }));
    const s = summariseGpuSamples(samples, 5)!;
    expect(s.per_gpu[0]).toEqual({ index: 0, name: 'Tesla V100-SXM2-16GB', mean_utilization: 50.5, max_utilization: 100, peak_memory_used_mib: 1099, memory_total_mib: 16384 });
    expect(s.per_gpu[1]).toMatchObject({ mean_utilization: null, max_utilization: null });
    const [util, mem] = gpuCharts(samples);
    expect(util!.x).toHaveLength(48);
    expect(util!.series.map((x) => x.name)).toEqual(['GPU 0']); // GPU 1 reports [N/A] utilisation only
    expect(mem!.series.map((x) => x.name)).toEqual(['GPU 0', 'GPU 1']);
    expect(util!.series[0]!.values).toContain(100);
    expect(util!.yRange).toEqual([0, 100]);
    expect(mem!.yRange).toEqual([0, 81920]);
    expect(util!.x[0]).toBe('0:00');
    expect(util!.x.at(-1)).toBe('8:05'); // the last bucket starts at sample 97 (t = 485 s)
    expect(gpuCharts(samples.slice(0, 10))[0]!.x.slice(0, 3)).toEqual(['0s', '5s', '10s']);
  });

  it('reads "No devices were found" (exit 6) as zero GPUs, and a driver failure as a failure with its message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smi-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '50 1000\n');
    const smi = path.join(fixtures, 'nvidia-smi');
    expect(await listGpus(smi, 10_000, { ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_GPUS: '0' })).toEqual({ ok: true, gpus: [] });
    expect(await listGpus(smi, 10_000, { ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_FAIL: '1' })).toEqual({
      ok: false,
      reason: "nvidia-smi exited with 9: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.",
    });
    const four = await listGpus(smi, 10_000, { ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_GPUS: '4' });
    expect(four.ok && four.gpus.map((g) => g.index)).toEqual([0, 1, 2, 3]);
  });

  it('a hung nvidia-smi is killed with its whole group after the timeout, even when a child holds its output open', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smi-hang-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '50 1000\n');
    const tag = `hang-${process.pid}-${Date.now()}`;
    const env = { ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_HANG: '1', TEST_TAG: tag };
    expect(await listGpus(path.join(fixtures, 'nvidia-smi'), 500, env)).toEqual({ ok: false, reason: 'nvidia-smi did not answer within 0.5 s (a hung driver or GPU?)' });
    // The `sleep 3600` the fake started is gone with it (SIGKILL to the group is immediate, reaping is not).
    while (tagged(tag).length) await new Promise((r) => setTimeout(r, 50));
  });

  it('the sampler reports each hung query as a failure and keeps sampling; stop() waits at most one query', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smi-sampler-'));
    const script = path.join(dir, 'util.txt');
    fs.writeFileSync(script, '50 1000\n');
    const failures: string[] = [];
    const env = { ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, FAKE_NVIDIA_SMI_HANG: '1' };
    const sampler = new GpuSampler(path.join(fixtures, 'nvidia-smi'), 0.2, Date.now(), 300, { onFailure: (_t, reason) => failures.push(reason), env });
    sampler.start();
    while (failures.length < 2) await new Promise((r) => setTimeout(r, 50));
    await sampler.stop();
    expect(sampler.samples).toEqual([]);
    expect(sampler.failures).toBeGreaterThanOrEqual(2);
    expect(failures[0]).toBe('nvidia-smi did not answer within 0.3 s (a hung driver or GPU?)');
  });
});

/** Running processes whose environment carries TEST_TAG=tag. */
function tagged(tag: string): number[] {
  const out: number[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      if (state !== 'Z' && fs.readFileSync(`/proc/${name}/environ`, 'utf8').split('\0').includes(`TEST_TAG=${tag}`)) out.push(Number(name));
    } catch {
      // exited
    }
  }
  return out;
}
