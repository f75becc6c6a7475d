import { createReport, formatThreshold, type Check, type Report } from '@mlship/core';
import { describeTarget } from './registry';
import { gateMargin, type PromotionOutcome } from './promote';

const round = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(6)) : x);

/**
 * promote-model's Report: one check per min-metric (observed vs expected), one
 * for the promotion itself, and a table of what moved where. `data` carries the
 * outcome for machines (documented in actions/promote-model/README.md).
 */
export function buildPromotionReport(o: PromotionOutcome, url: string): Report {
  const v = `${o.model} ${o.version.version}`;
  const to = describeTarget(o.to);
  const prev = o.previous ?? 'none';
  // "from stage X" says something; "from version 3" only repeats the version.
  const from = o.from.startsWith('stage ') || o.from.startsWith('alias ') ? ` from ${o.from}` : '';
  const checks: Check[] = o.gate.map((g) => {
    const m = round(gateMargin(g));
    return {
      id: `min_metric:${g.threshold.metric}`,
      title: `Min metric ${g.threshold.metric}`,
      status: g.passed ? 'pass' : 'fail',
      observed: g.observed,
      expected: formatThreshold(g.threshold),
      detail: g.passed
        ? `${g.threshold.metric} ${g.observed} ${formatThreshold(g.threshold)}`
        : Number.isNaN(g.observed)
          ? `${g.threshold.metric} is NaN for ${v}; it cannot satisfy ${formatThreshold(g.threshold)}`
          : `${g.threshold.metric} ${g.observed} misses ${formatThreshold(g.threshold)} by ${Math.abs(m)} for ${v}`,
    };
  });
  const promotion: Record<typeof o.result, { status: Check['status']; detail: string; summary: string }> = {
    promoted: { status: 'pass', detail: `${to} now holds ${o.version.version} (was ${prev})`, summary: `Promoted ${v}${from} to ${to} (previous: ${prev}).` },
    'already-there': { status: 'pass', detail: `${to} already holds ${o.version.version}; nothing written`, summary: `${v} is already in ${to}; nothing to do.` },
    'dry-run': { status: 'pass', detail: `dry run: would move ${to} from ${prev} to ${o.version.version}`, summary: `Dry run: would promote ${v}${from} to ${to} (previous: ${prev}); nothing was written.` },
    blocked: { status: 'skip', detail: 'not attempted: min-metrics failed', summary: `Blocked: ${v} failed min-metrics; nothing was promoted (${to} still holds ${prev}).` },
  };
  const p = promotion[o.result];
  checks.push({ id: 'promotion', title: `Promote to ${to}`, status: p.status, observed: o.version.version, expected: o.to.name, detail: p.detail });
  for (const w of o.warnings) checks.push({ id: 'provenance', title: 'Provenance recorded', status: 'fail', severity: 'warning', detail: w });

  const thresholds = new Map(o.gate.map((g) => [g.threshold.metric, g]));
  const metricRows = Object.keys(o.metrics)
    .sort((a, b) => Number(thresholds.has(b)) - Number(thresholds.has(a)) || a.localeCompare(b))
    .map((k) => {
      const g = thresholds.get(k);
      return [k, o.metrics[k]!, g ? formatThreshold(g.threshold) : '', g ? (g.passed ? 'pass' : 'fail') : ''];
    });
  return createReport({
    action: 'promote-model',
    title: 'Model promotion',
    summary: p.summary,
    checks,
    tables: [
      {
        title: 'Promotion',
        columns: ['Registry', 'Model', 'Version', 'From', 'To', 'Previous', 'Result', 'Archived'],
        rows: [[o.registry, o.model, o.version.version, o.from, to, prev, o.result, o.archived.join(', ')]],
        folded: false,
      },
      ...(metricRows.length ? [{ title: `Metrics of ${v}`, columns: ['Metric', 'Value', 'Threshold', 'Status'], rows: metricRows, folded: false }] : []),
    ],
    data: {
      registry: o.registry,
      model: o.model,
      version: o.version.version,
      from: o.from,
      to: o.to,
      previous: o.previous,
      result: o.result,
      archived: o.archived,
      metrics: o.metrics,
      url,
    },
  });
}
