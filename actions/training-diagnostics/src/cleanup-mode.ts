import type { ActionIO, ActionResult } from '@mlship/core';
import { buildCleanupReport, memoryLines } from './cleanup-report';
import { cleanupGpuProcesses, JOB_MARKER, type CleanupResult } from './gpu-cleanup';
import { findOnPath } from './nvidia-smi';

/**
 * mode: cleanup, for an `if: always()` step at the end of a GPU job. Every
 * problem goes into the report's one warning-severity check (and from there
 * into one warning annotation): the job's result was decided by the steps before.
 */
export async function runCleanup(o: { probeTimeoutSeconds: number; killGraceSeconds: number }, io: ActionIO): Promise<ActionResult> {
  const env = process.env;
  const nvidiaSmi = findOnPath('nvidia-smi', env.PATH);
  let result: CleanupResult;
  if (!nvidiaSmi) {
    result = { marker: env[JOB_MARKER] || null, memoryBefore: null, memoryAfter: null, processes: [], remaining: null, problems: ['nvidia-smi is not on PATH, so GPU processes cannot be listed (is this a GPU runner?)'] };
  } else {
    result = await cleanupGpuProcesses({ nvidiaSmi, marker: env[JOB_MARKER], timeoutMs: o.probeTimeoutSeconds * 1000, graceSeconds: o.killGraceSeconds, env, log: (l) => io.info(l) });
  }
  for (const p of result.processes) io.info(`training-diagnostics: GPU process ${p.pid} (${p.name}, ${p.usedMemoryMiB ?? '[N/A]'} MiB): ${p.verdict} — ${p.reason}`);
  if (result.remaining !== null && result.processes.length === 0) io.info('training-diagnostics: no process holds a GPU');
  for (const line of memoryLines(result)) io.info(`training-diagnostics: ${line}`);
  return { report: buildCleanupReport(result) };
}
