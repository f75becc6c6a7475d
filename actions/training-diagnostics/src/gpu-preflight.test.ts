import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkGpuCount } from './gpu-preflight';

const fakeSmi = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__', 'nvidia-smi');
const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-')), 'util.txt');
fs.writeFileSync(script, '0 100\n');
const env = (extra: Record<string, string> = {}) => ({ ...process.env, FAKE_NVIDIA_SMI_SCRIPT: script, ...extra });

describe('gpu-count check', () => {
  it('passes when nvidia-smi lists at least as many GPUs', async () => {
    expect(await checkGpuCount(fakeSmi, 2, 10_000, env())).toMatchObject({ ok: true, required: 2, gpus: [{ index: 0 }, { index: 1 }] });
    expect((await checkGpuCount(fakeSmi, 1, 10_000, env())).ok).toBe(true);
  });

  it('names the GPUs it found when there are fewer', async () => {
    expect((await checkGpuCount(fakeSmi, 4, 10_000, env())).problem).toBe(
      'gpu-count is 4 but nvidia-smi lists 2 GPUs on this runner (Tesla V100-SXM2-16GB, NVIDIA A100-SXM4-80GB): the job landed on a runner with fewer GPUs — check the runner labels in runs-on',
    );
    expect((await checkGpuCount(fakeSmi, 1, 10_000, env({ FAKE_NVIDIA_SMI_GPUS: '0' }))).problem).toBe(
      'gpu-count is 1 but nvidia-smi lists 0 GPUs on this runner (No devices were found): the job landed on a runner with fewer GPUs — check the runner labels in runs-on',
    );
  });

  it('says so when nvidia-smi is missing, fails or hangs', async () => {
    expect(await checkGpuCount(undefined, 1, 10_000, env())).toMatchObject({ ok: false, gpus: null, problem: expect.stringMatching(/^gpu-count is 1 but nvidia-smi is not on PATH on this runner/) });
    expect((await checkGpuCount(fakeSmi, 2, 10_000, env({ FAKE_NVIDIA_SMI_FAIL: '1' }))).problem).toMatch(/^gpu-count is 2 but nvidia-smi failed on this runner \(nvidia-smi exited with 9: NVIDIA-SMI has failed because it couldn't communicate/);
    expect((await checkGpuCount(fakeSmi, 2, 300, env({ FAKE_NVIDIA_SMI_HANG: '1' }))).problem).toMatch(/^gpu-count is 2 but nvidia-smi failed on this runner \(nvidia-smi did not answer within 0\.3 s/);
  });
});
