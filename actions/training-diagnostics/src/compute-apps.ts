import { runNvidiaSmi } from './nvidia-smi';

/** The process query the cleanup makes; its CSV columns, in order. */
export const COMPUTE_APPS_ARGS = ['--query-compute-apps=pid,process_name,used_memory', '--format=csv,noheader,nounits'];

export interface ComputeApp {
  pid: number;
  /** What the driver reports: often the executable's full path (`/usr/bin/python3`). */
  name: string;
  /** null for `[N/A]` / `[Insufficient Permissions]` (another user's process in some setups, WDDM). */
  usedMemoryMiB: number | null;
}

/**
 * Reads `--query-compute-apps` output in any of its formats: with or without
 * the header line (`pid, process_name, used_gpu_memory [MiB]`), with or
 * without units (`15000 MiB`), `[N/A]` fields, and nothing at all — or, from
 * some drivers, the line `No running processes found` — when no process uses
 * a GPU. A process name may itself hold ", ", so pid is the first field and
 * memory the last.
 */
export function parseComputeApps(text: string): ComputeApp[] {
  const out: ComputeApp[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const fields = raw.split(',').map((f) => f.trim());
    if (fields.length < 3 || !/^\d+$/.test(fields[0]!)) continue;
    const memory = /^(\d+)(?:\s*MiB)?$/.exec(fields[fields.length - 1]!);
    out.push({ pid: Number(fields[0]), name: fields.slice(1, -1).join(', '), usedMemoryMiB: memory ? Number(memory[1]) : null });
  }
  return out;
}

export type ComputeAppList = { ok: true; apps: ComputeApp[] } | { ok: false; reason: string };

export async function listComputeApps(nvidiaSmi: string, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<ComputeAppList> {
  const r = await runNvidiaSmi(nvidiaSmi, COMPUTE_APPS_ARGS, timeoutMs, env);
  return r.ok ? { ok: true, apps: parseComputeApps(r.stdout) } : r;
}
