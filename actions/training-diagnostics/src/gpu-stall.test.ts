import { StallDetector } from './gpu-stall';
import type { GpuSample } from './nvidia-smi';

const at = (t: number, ...utils: (number | null)[]): GpuSample => ({
  t,
  gpus: utils.map((u, index) => ({ index, name: 'NVIDIA A100-SXM4-80GB', utilization: u, memoryUsedMiB: 1000, memoryTotalMiB: 81920 })),
});

describe('StallDetector', () => {
  it('declares a stall once every GPU has been at or below the threshold for the whole window, by sample time', () => {
    const d = new StallDetector(60, 5);
    expect(d.sample(at(0, 0, 3))).toBeUndefined();
    expect(d.sample(at(30, 5, 1))).toBeUndefined();
    expect(d.sample(at(59.9, 2, 0))).toBeUndefined();
    expect(d.sample(at(60, 4, 0))).toEqual({ seconds: 60, maxUtilization: 5, since: 0, gpus: 2 });
  });

  it('counts time, not samples: two samples far apart are enough, many close together are not', () => {
    const sparse = new StallDetector(60, 5);
    sparse.sample(at(100, 0));
    expect(sparse.sample(at(170, 0))?.seconds).toBe(70);
    const dense = new StallDetector(60, 5);
    for (let i = 0; i < 500; i++) expect(dense.sample(at(i * 0.1, 0))).toBeUndefined();
  });

  it('starts over when any GPU works', () => {
    const d = new StallDetector(60, 5);
    d.sample(at(0, 0, 0));
    d.sample(at(50, 0, 6)); // GPU 1 above the threshold
    expect(d.sample(at(100, 0, 0))).toBeUndefined();
    expect(d.sample(at(160, 0, 0))).toMatchObject({ seconds: 60, since: 100 });
  });

  it('never counts missing evidence: a failed query or an [N/A] GPU breaks the idle stretch', () => {
    const failed = new StallDetector(60, 5);
    failed.sample(at(0, 0));
    failed.gap();
    expect(failed.sample(at(61, 0))).toBeUndefined();
    const blind = new StallDetector(60, 5);
    blind.sample(at(0, 0, null));
    expect(blind.sample(at(120, 0, null))).toBeUndefined();
    expect(new StallDetector(1, 5).sample({ t: 10, gpus: [] })).toBeUndefined();
  });
});
