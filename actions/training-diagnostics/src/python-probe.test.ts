import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { probePython } from './python-probe';

const fakeTorch = path.join(path.dirname(new URL(import.meta.url).pathname), '__fixtures__/fake-torch');
const env = { PATH: process.env.PATH ?? '' };

describe('probePython', () => {
  it('records the interpreter and, without torch, null torch fields and a note', async () => {
    const facts = await probePython('/usr/bin/python3', env, os.tmpdir(), 20000);
    expect(facts.python_version).toMatch(/^3\.\d+\.\d+/);
    expect(facts.python_executable).toBe('/usr/bin/python3');
    expect(facts).toMatchObject({ torch_version: null, cuda_available: null, cuda_version: null, gpu_count: 0, gpus: [] });
    expect(facts.notes.some((n) => n.startsWith('torch: ModuleNotFoundError'))).toBe(true);
  });

  it('reads torch, CUDA and each GPU when torch is importable', async () => {
    const facts = await probePython('/usr/bin/python3', { ...env, PYTHONPATH: fakeTorch }, os.tmpdir(), 20000);
    expect(facts).toMatchObject({
      torch_version: '2.3.1+cu121',
      cuda_available: true,
      cuda_version: '12.1',
      gpu_count: 2,
      gpus: [
        { index: 0, name: 'NVIDIA A100-SXM4-80GB', memory_total_mib: Math.round(85_051_572_224 / 2 ** 20) },
        { index: 1, name: 'NVIDIA A100-SXM4-80GB', memory_total_mib: Math.round(85_051_572_224 / 2 ** 20) },
      ],
    });
  });

  it('gives up on an interpreter that hangs, and on one that is missing, without failing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'));
    const hang = path.join(dir, 'python');
    fs.writeFileSync(hang, '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    const slow = await probePython(hang, env, dir, 500);
    expect(slow).toMatchObject({ python_version: null, torch_version: null, notes: [`${hang} did not answer within 0.5s`] });
    const missing = await probePython('python-does-not-exist-here', env, dir, 2000);
    expect(missing.notes).toEqual(['python-does-not-exist-here not found on PATH']);
  });
});
