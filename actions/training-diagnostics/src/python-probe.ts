import { execFile } from 'node:child_process';

/** What seed 000's debug_training.py recorded, probed from the configured interpreter. */
export interface PythonFacts {
  python_version: string | null;
  python_executable: string | null;
  torch_version: string | null;
  cuda_available: boolean | null;
  cuda_version: string | null;
  gpu_count: number;
  gpus: { index: number; name: string; memory_total_mib: number }[];
  numpy_version: string | null;
  pandas_version: string | null;
  /** Why a field is null: the interpreter is missing, torch is not installed, the probe timed out. */
  notes: string[];
}

// Prints one JSON object; every import is optional, so a missing torch gives nulls, not a failure.
const PROBE = `
import json, sys
out = {"python_version": sys.version, "python_executable": sys.executable, "torch_version": None, "cuda_available": None,
       "cuda_version": None, "gpu_count": 0, "gpus": [], "numpy_version": None, "pandas_version": None, "notes": []}
for mod in ("numpy", "pandas"):
    try:
        out[mod + "_version"] = __import__(mod).__version__
    except Exception as e:
        out["notes"].append("%s: %s" % (mod, type(e).__name__))
try:
    import torch
    out["torch_version"] = torch.__version__
    out["cuda_available"] = bool(torch.cuda.is_available())
    if out["cuda_available"]:
        out["cuda_version"] = torch.version.cuda
        out["gpu_count"] = torch.cuda.device_count()
        for i in range(out["gpu_count"]):
            p = torch.cuda.get_device_properties(i)
            out["gpus"].append({"index": i, "name": p.name, "memory_total_mib": round(p.total_memory / 1048576)})
except Exception as e:
    out["notes"].append("torch: %s: %s" % (type(e).__name__, e))
print(json.dumps(out))
`;

const empty = (note: string): PythonFacts => ({
  python_version: null,
  python_executable: null,
  torch_version: null,
  cuda_available: null,
  cuda_version: null,
  gpu_count: 0,
  gpus: [],
  numpy_version: null,
  pandas_version: null,
  notes: [note],
});

/** Runs `python -c PROBE`, killed after `timeoutMs` (importing torch with a wedged driver can hang). */
export function probePython(python: string, env: NodeJS.ProcessEnv, cwd: string, timeoutMs: number): Promise<PythonFacts> {
  return new Promise((resolve) => {
    execFile(python, ['-c', PROBE], { env, cwd, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) {
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === 'ENOENT') return resolve(empty(`${python} not found on PATH`));
        if (e.killed) return resolve(empty(`${python} did not answer within ${timeoutMs / 1000}s`));
        return resolve(empty(`${python} failed: ${String(err.message).split('\n')[0]}`));
      }
      const line = stdout.trim().split('\n').pop() ?? '';
      try {
        const facts = JSON.parse(line) as PythonFacts;
        resolve(facts);
      } catch {
        resolve(empty(`${python} printed no probe result`));
      }
    });
  });
}
