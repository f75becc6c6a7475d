import { createReport, type Check, type Report, type Table } from '@mlship/core';
import type { CleanupResult } from './gpu-cleanup';

const mib = (n: number | null): string => (n === null ? 'n/a' : `${n} MiB`);

interface GpuMemory {
  index: number;
  name: string;
  before: number | null;
  after: number | null;
  total: number | null;
}

/** Memory used per GPU before and after the cleanup, by GPU index. */
function perGpu(r: CleanupResult): GpuMemory[] {
  const indexes = [...new Set([...(r.memoryBefore ?? []), ...(r.memoryAfter ?? [])].map((g) => g.index))].sort((a, b) => a - b);
  return indexes.map((index) => {
    const before = r.memoryBefore?.find((g) => g.index === index);
    const after = r.memoryAfter?.find((g) => g.index === index);
    const g = (before ?? after)!;
    return { index, name: g.name, before: before?.memoryUsedMiB ?? null, after: after?.memoryUsedMiB ?? null, total: g.memoryTotalMiB };
  });
}

/** One line per GPU for the step log. */
export const memoryLines = (r: CleanupResult): string[] =>
  perGpu(r).map((g) => `GPU ${g.index} (${g.name}): ${mib(g.before)} used before the cleanup, ${mib(g.after)} after, of ${mib(g.total)}`);

/**
 * The cleanup's Report. Its one check fails only with severity warning: a
 * cleanup step runs under `if: always()` after the job's outcome is decided,
 * and a leftover process it cannot end is worth a warning, not a red job.
 */
export function buildCleanupReport(r: CleanupResult): Report {
  const killed = r.processes.filter((p) => p.verdict === 'killed');
  const survived = r.processes.filter((p) => p.verdict === 'survived');
  const check: Check = {
    id: 'gpu-cleanup',
    title: 'GPU processes left by this job',
    status: r.problems.length ? 'fail' : 'pass',
    severity: 'warning',
    observed: r.remaining === null ? 'could not be listed' : `${killed.length} ended, ${survived.length} survived, ${r.processes.length - killed.length - survived.length} left alone (not this job's)`,
    expected: 'none left running',
    detail: r.problems.length ? r.problems.join('; ') : undefined,
  };
  const tables: Table[] = [];
  if (r.processes.length) {
    tables.push({
      title: `GPU compute processes (${r.processes.length})`,
      columns: ['pid', 'process', 'GPU memory MiB', 'action', 'why'],
      rows: r.processes.map((p) => [p.pid, p.name, p.usedMemoryMiB, p.verdict, p.reason]),
      folded: false,
    });
  }
  const memory = perGpu(r);
  if (memory.length) {
    tables.push({ title: 'GPU memory used', columns: ['GPU', 'name', 'before MiB', 'after MiB', 'total MiB'], rows: memory.map((g) => [g.index, g.name, g.before, g.after, g.total]), folded: false });
  }
  const title = killed.length
    ? `GPU cleanup: ended ${killed.length} process${killed.length === 1 ? '' : 'es'} left by this job`
    : survived.length
      ? 'GPU cleanup: a process of this job survived'
      : 'GPU cleanup: nothing of this job was left on the GPUs';
  return createReport({
    action: 'training-diagnostics',
    title,
    summary: r.processes.length === 0 && r.remaining !== null ? 'No process holds a GPU.' : undefined,
    checks: [check],
    tables,
    data: { cleanup: r },
  });
}
