import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findOnPath, GPU_QUERY_ARGS, parseGpuCsv, queryGpus } from './nvidia-smi';
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
});
