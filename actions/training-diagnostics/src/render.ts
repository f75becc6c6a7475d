import { codeBlock, createReport, escapeMarkdown, type Chart, type Check, type Report, type Scalar, type Table, type TextBlock } from '@mlship/core';
import type { Classification } from './classify';
import type { Diagnostics } from './diagnostics';
import type { GpuSample } from './nvidia-smi';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

export const formatBytes = (n: number | null | undefined): string =>
  n === null || n === undefined ? 'n/a' : n >= GiB ? `${(n / GiB).toFixed(1)} GiB` : n >= MiB ? `${(n / MiB).toFixed(0)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(0)} KiB` : `${n} B`;

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return 'n/a';
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.round(seconds % 60);
  return h ? `${h} h ${m} min` : `${m} min ${s} s`;
}

/** How the process ended, in a few words: `exit 137`, `SIGKILL`, `timed out (SIGTERM)`. */
export function describeEnd(run: Diagnostics['run']): string {
  if (run.stopped_early) return `stopped early: ${run.stopped_early.cause}${run.signal ? ` (${run.signal})` : ''}`;
  if (run.timed_out) return `timed out${run.signal ? ` (${run.signal})` : ''}`;
  if (run.cancelled) return `cancelled${run.signal ? ` (${run.signal})` : ''}`;
  if (run.signal) return `killed by ${run.signal}`;
  if (run.exit_code === null) return run.mode === 'collect' ? 'not known (collect mode)' : 'did not start';
  return `exit ${run.exit_code}`;
}

const CHART_POINTS = 48;

/** Utilisation and memory per GPU over the run, each chart bucketed to at most 48 points (the busiest reading of a bucket). */
export function gpuCharts(samples: GpuSample[]): Chart[] {
  if (samples.length === 0) return [];
  const indexes = [...new Set(samples.flatMap((s) => s.gpus.map((g) => g.index)))].sort((a, b) => a - b);
  const buckets = Math.min(CHART_POINTS, samples.length);
  const per = samples.length / buckets;
  const x: string[] = [];
  const util = indexes.map(() => [] as number[]);
  const mem = indexes.map(() => [] as number[]);
  for (let b = 0; b < buckets; b++) {
    const slice = samples.slice(Math.floor(b * per), Math.max(Math.floor((b + 1) * per), Math.floor(b * per) + 1));
    x.push(clock(slice[0]!.t, samples[samples.length - 1]!.t));
    indexes.forEach((idx, k) => {
      const readings = slice.flatMap((s) => s.gpus.filter((g) => g.index === idx));
      util[k]!.push(Math.max(0, ...readings.map((g) => g.utilization ?? 0)));
      mem[k]!.push(Math.max(0, ...readings.map((g) => g.memoryUsedMiB ?? 0)));
    });
  }
  const total = Math.max(...samples.flatMap((s) => s.gpus.map((g) => g.memoryTotalMiB ?? 0)), ...mem.flat(), 1);
  const name = (idx: number) => `GPU ${idx}`;
  // A GPU that never reports utilisation ([N/A]: MIG slices, some vGPUs) would draw a false flat zero.
  const reports = indexes.map((idx) => samples.some((s) => s.gpus.some((g) => g.index === idx && g.utilization !== null)));
  const charts: Chart[] = [];
  if (reports.some(Boolean)) {
    charts.push({ title: 'GPU utilisation (%)', kind: 'line', x, yLabel: '%', yRange: [0, 100], series: indexes.flatMap((idx, k) => (reports[k] ? [{ name: name(idx), values: util[k]! }] : [])) });
  }
  charts.push({ title: 'GPU memory used (MiB)', kind: 'line', x, yLabel: 'MiB', yRange: [0, total], series: indexes.map((idx, k) => ({ name: name(idx), values: mem[k]! })) });
  return charts;
}

/** Elapsed time as an axis label: seconds for a short run, m:ss, then h:mm. */
const clock = (t: number, span: number): string => {
  if (span < 120) return `${t.toFixed(span < 10 ? 1 : 0)}s`;
  const s = Math.round(t);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}` : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export interface RenderInput {
  d: Diagnostics;
  classification?: Classification;
  samples: GpuSample[];
  /** Last log lines, already redacted. */
  lastLines: string[];
  failed: boolean;
}

/** The Report behind the job summary, report.json and the outputs. */
export function buildReport({ d, classification, samples, lastLines, failed }: RenderInput): Report {
  const end = describeEnd(d.run);
  const collect = d.run.mode === 'collect';
  const notStarted = d.gpu_check?.passed === false;
  const check: Check = {
    id: 'training',
    title: collect ? 'Failed training step' : 'Training command',
    status: notStarted ? 'skip' : failed ? 'fail' : 'pass',
    // After the fact, the job has already failed; diagnosing it should not fail a second step.
    ...(collect ? { severity: 'warning' as const } : {}),
    observed: notStarted ? 'not started' : end,
    expected: collect ? null : 'exit 0',
    detail: classification && !notStarted ? `${classification.title} (${classification.cause})` : undefined,
  };
  const checks: Check[] = [];
  if (d.gpu_check) {
    const g = d.gpu_check;
    checks.push({
      id: 'gpus',
      title: 'GPUs on this runner',
      // Not a training failure: the job is on the wrong machine, or the machine is broken.
      status: g.passed ? 'pass' : 'error',
      observed: g.found === null ? 'nvidia-smi unavailable' : `${g.found} GPU${g.found === 1 ? '' : 's'}`,
      expected: `>= ${g.required} (gpu-count)`,
      detail: g.problem ?? undefined,
    });
  }
  checks.push(check);

  const summary: string[] = [];
  const stop = d.run.stopped_early;
  if (stop) {
    summary.push(
      `**Stopped early** after ${formatDuration(stop.elapsed_seconds)}: ${escapeMarkdown(stop.reason)}${stop.line ? ` — ${inlineCode(stop.line)}` : ''}. The command's process group got SIGTERM (then SIGKILL after kill-grace) instead of running on.`,
    );
  }
  if (failed && classification) {
    summary.push(`**Cause:** ${escapeMarkdown(classification.title)} (\`${classification.cause}\`) — evidence: ${inlineCode(classification.evidence)}`);
    summary.push(`**Remedy:** ${classification.remedy}`);
    if (classification.seed) summary.push(`<sub>Known CI/CD failure: ${escapeMarkdown(classification.seed.failure)} · ${escapeMarkdown(classification.seed.reason)} → ${escapeMarkdown(classification.seed.remedy)}</sub>`);
    if (classification.alsoSeen.length) summary.push(`Also seen in the log: ${classification.alsoSeen.map((c) => `\`${c}\``).join(', ')}.`);
  } else if (!failed) {
    summary.push(`The command finished in ${formatDuration(d.run.duration_seconds)} with peak RSS ${formatBytes(d.run.peak_rss_bytes)}${d.gpu_utilization ? `; ${d.gpu_utilization.samples} GPU samples` : ''}.`);
  }
  const errorLine = d.error ? `${d.error.type}: ${d.error.message}` : undefined;
  if (errorLine && errorLine !== classification?.evidence && d.error!.message !== classification?.evidence) summary.push(`**Error:** ${inlineCode(errorLine)}`);

  const tables: Table[] = [runTable(d), hostTable(d)];
  const stats = d.data_stats;
  if ('rows' in stats) {
    tables.push({
      title: `Data stats: ${stats.rows} rows × ${stats.columns.length} columns${stats.partial ? ' (partial: time budget ran out)' : ''}`,
      columns: ['column', 'dtype', 'nulls', 'null %'],
      rows: stats.columns.map((c) => [c, stats.dtypes[c]!, stats.null_counts[c]!, stats.rows ? Number(((stats.null_counts[c]! / stats.rows) * 100).toFixed(2)) : 0]),
      folded: stats.columns.length > 15,
    });
  } else if ('error' in stats) {
    tables.push({ title: 'Data stats', columns: ['problem'], rows: [[stats.error]], folded: false });
  }
  if (d.gpu_utilization) {
    tables.push({
      title: `GPU utilisation (${d.gpu_utilization.samples} samples every ${d.gpu_utilization.interval_seconds} s)`,
      columns: ['GPU', 'name', 'mean util %', 'max util %', 'peak memory MiB', 'total MiB'],
      rows: d.gpu_utilization.per_gpu.map((g) => [g.index, g.name, g.mean_utilization, g.max_utilization, g.peak_memory_used_mib, g.memory_total_mib]),
      folded: false,
    });
  }
  const env = Object.entries(d.env_vars);
  if (env.length) tables.push({ title: `Environment variables (${env.length})`, columns: ['name', 'value'], rows: env });

  const texts: TextBlock[] = [];
  if (d.error?.traceback) texts.push({ title: `Traceback: ${d.error.type}`, text: keepEnd(d.error.traceback, SUMMARY_TRACEBACK_BUDGET) });
  if (failed && lastLines.length) texts.push({ title: `Last ${lastLines.length} log lines`, text: lastLines.join('\n') });

  const title = notStarted
    ? `Training not started: ${classification?.title ?? 'GPUs unavailable'}`
    : stop
      ? `Training stopped early: ${classification?.title ?? stop.cause}`
      : failed
        ? `Training failed: ${classification?.title ?? 'unknown cause'}`
        : 'Training succeeded';
  return createReport({
    action: 'training-diagnostics',
    title,
    summary: summary.join('\n\n'),
    checks,
    tables,
    charts: gpuCharts(samples),
    texts,
    data: { diagnostics: d },
  });
}

function runTable(d: Diagnostics): Table {
  const rows: [string, Scalar][] = [
    ['command', d.run.command ?? '(collect mode)'],
    ['ended', describeEnd(d.run)],
    ['duration', formatDuration(d.run.duration_seconds)],
    ['peak RSS (process tree)', formatBytes(d.run.peak_rss_bytes)],
  ];
  if (d.run.oom_killed !== null) rows.push(['cgroup OOM kill', d.run.oom_killed ? 'yes' : 'no']);
  if (d.run.stopped_early) rows.push(['stopped early', `${d.run.stopped_early.reason} (after ${formatDuration(d.run.stopped_early.elapsed_seconds)})`]);
  if (d.gpu_check) rows.push(['gpu-count', `${d.gpu_check.required} required, ${d.gpu_check.found ?? 'none'} listed by nvidia-smi${d.gpu_check.names.length ? ` (${d.gpu_check.names.join(', ')})` : ''}`]);
  if (d.run.log_file) rows.push(['log', `${d.run.log_file} (${formatBytes(d.run.log_bytes)})`]);
  return { title: 'Run', columns: ['', ''], rows, folded: false };
}

function hostTable(d: Diagnostics): Table {
  const h = d.host;
  const e = d.environment;
  const rows: [string, Scalar][] = [
    ['runner', [d.runner.name, d.runner.os, d.runner.arch].filter(Boolean).join(' · ') || 'n/a'],
    ['runner labels', d.runner.labels.join(', ') || 'n/a'],
    ['OS / kernel', `${h.os} / ${h.kernel}`],
    ['CPU', `${h.cpu_count} × ${h.cpu_model ?? 'unknown'}`],
    ['RAM total / available', `${formatBytes(h.memory_total_bytes)} / ${formatBytes(h.memory_available_bytes)}`],
    ['disk free (workspace)', h.disk_free_bytes === null ? 'n/a' : `${formatBytes(h.disk_free_bytes)} of ${formatBytes(h.disk_total_bytes)}`],
    ['python', d.python_version?.split('\n')[0] ?? 'not found'],
    ['torch / CUDA', e.torch_version ? `${e.torch_version} / ${e.cuda_available ? `CUDA ${e.cuda_version}` : 'no CUDA'}` : 'torch not installed'],
  ];
  for (const g of e.gpus) rows.push([`GPU ${g.index}`, `${g.name}, ${g.memory_total_mib ?? '?'} MiB (${g.source})`]);
  if (!e.gpus.length) rows.push(['GPUs', 'none found']);
  return { title: 'Host and GPU', columns: ['', ''], rows, folded: false };
}

/** A value from a log as inline code: backticks in it cannot close the span, nor newlines break the line. */
export function inlineCode(text: string): string {
  const flat = text.replace(/\s*\r?\n\s*/g, ' ').slice(0, 500);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

const TRACEBACK_BUDGET = 30_000;
const SUMMARY_TRACEBACK_BUDGET = 100_000;

/** The end of a long text, where a traceback's error is, with a note of what was cut. */
export function keepEnd(text: string, budget: number): string {
  return text.length <= budget ? text : `… ${text.length - budget} characters cut …\n${text.slice(text.length - budget)}`;
}
const TAIL_LINES_IN_COMMENT = 30;

/**
 * The sticky PR comment: seed 000's "Training Failed" comment (error, data
 * stats, full traceback folded) plus cause, remedy and the run's vital signs.
 * The traceback keeps its end (where the error is) when it must be cut.
 */
export function commentBody(input: RenderInput & { runUrl?: string; artifact?: string }): string {
  const { d, classification, failed } = input;
  const out: string[] = [];
  if (!failed) {
    out.push('## ✅ Training succeeded');
    out.push(`Finished in ${formatDuration(d.run.duration_seconds)}, peak RSS ${formatBytes(d.run.peak_rss_bytes)}. The earlier failure report is resolved.`);
  } else {
    const verb = d.gpu_check?.passed === false ? 'not started' : d.run.stopped_early ? 'stopped early' : 'failed';
    out.push(`## ❌ Training ${verb}: ${escapeMarkdown(classification?.title ?? 'unknown cause')}`);
    const stop = d.run.stopped_early;
    if (stop) out.push(`**Stopped early** after ${formatDuration(stop.elapsed_seconds)}: ${escapeMarkdown(stop.reason)}${stop.line ? ` — ${inlineCode(stop.line)}` : ''}`);
    // Without a traceback the error is the cause's evidence again; say it once.
    if (d.error && (d.error.traceback || d.error.message !== classification?.evidence)) out.push(`**Error:** ${inlineCode(`${d.error.type}: ${d.error.message}`)}`);
    if (classification) {
      out.push(`**Cause:** ${escapeMarkdown(classification.title)} (\`${classification.cause}\`), from ${inlineCode(classification.evidence)}`);
      out.push(`**Remedy:** ${classification.remedy}`);
    }
    // A command that never started has no vitals; the cause line says why.
    if (verb !== 'not started') out.push(`**Run:** ${escapeMarkdown(describeEnd(d.run))} after ${formatDuration(d.run.duration_seconds)} · peak RSS ${formatBytes(d.run.peak_rss_bytes)}${d.gpu_utilization ? ` · GPU util max ${d.gpu_utilization.per_gpu.map((g) => `${g.max_utilization ?? '?'}%`).join('/')}` : ''}`);
  }
  const stats = d.data_stats;
  if ('rows' in stats) {
    const withNulls = stats.columns.filter((c) => stats.null_counts[c]! > 0);
    out.push(
      `**Data Stats:**\n- Rows: ${stats.rows}${stats.partial ? ' (partial)' : ''}\n- Columns: ${stats.columns.length}\n- Columns with nulls: ${
        withNulls.length ? withNulls.slice(0, 10).map((c) => `${escapeMarkdown(c)} (${stats.null_counts[c]})`).join(', ') + (withNulls.length > 10 ? `, … ${withNulls.length - 10} more` : '') : 'none'
      }`,
    );
  } else if ('error' in stats) {
    out.push(`**Data Stats:** could not be read: ${escapeMarkdown(stats.error)}`);
  }
  if (failed && d.error?.traceback) {
    const tb = keepEnd(d.error.traceback, TRACEBACK_BUDGET);
    out.push(`<details>\n<summary>Full Traceback</summary>\n\n${codeBlock(tb)}\n\n</details>`);
  }
  if (failed && input.lastLines.length) {
    const lines = input.lastLines.slice(-TAIL_LINES_IN_COMMENT);
    out.push(`<details>\n<summary>Last ${lines.length} log lines</summary>\n\n${codeBlock(lines.join('\n'))}\n\n</details>`);
  }
  const links = [input.runUrl ? `[workflow run](${input.runUrl})` : '', input.artifact ? `diagnostics artifact \`${input.artifact.replace(/`/g, "'")}\`` : ''].filter(Boolean);
  if (links.length) out.push(`<sub>mlship training-diagnostics · ${links.join(' · ')}</sub>`);
  return out.join('\n\n') + '\n';
}
