import { createReport, type Chart, type Check, type Report, type Scalar, type Table } from '@mlship/core';
import { intervalsTable, metricCheck, metricsTable } from '../analysis/report';
import { fmtP, type IntervalResult } from '../analysis/interval';
import { pp, rate, type AbResult, type PeekRecord } from './engine';
import { SHIP_ORDER, type AbPlan } from './plan';

/**
 * The ab-test Report: the verdict, the effect with its always-valid interval
 * and the trials still needed, each guardrail as canary-check reports a
 * metric, the peeks one by one, and the interval narrowing over time.
 */

const shipsOn = (plan: AbPlan) => SHIP_ORDER.slice(0, SHIP_ORDER.indexOf(plan.shipOn) + 1).join(' or ');

export function buildAbReport(plan: AbPlan, result: AbResult, trafficDescription: string): Report {
  const last = lastJudged(result.peeks);
  const guardrailIntervals = result.peeks.flatMap((p) => (p.guardrails ? [p.guardrails] : []));
  const checks: Check[] = [
    {
      id: 'verdict',
      title: 'A/B verdict',
      status: result.ships ? 'pass' : 'fail',
      observed: result.verdict,
      expected: shipsOn(plan),
      detail: result.reason,
    },
  ];
  if (plan.guardrails) {
    const g = plan.guardrails;
    // Failures within max-failed-intervals were tolerated: they warn, and only a test they stopped fails on them.
    const stopped = result.failedGuardrailIntervals > g.maxFailedIntervals;
    checks.push(...g.metrics.map((m): Check => ({ ...metricCheck(g, m, guardrailIntervals), id: `guardrail.${m.name}`, title: `guardrail ${m.name}`, ...(stopped ? {} : { severity: 'warning' as const }) })));
  }
  checks.push(dataCheck(result));
  const effect = last?.stats;
  const summary = [
    `Verdict: **${result.verdict}** — ${result.reason}`,
    effect ? `Candidate ${rate(effect.candidateRate)} vs control ${rate(effect.controlRate)}: ${pp(effect.difference)}${effect.lift === null ? '' : `, lift ${signedPct(effect.lift)}`}.` : '',
    `Traffic: ${trafficDescription}; split ${plan.split}% candidate; mixture SPRT at α ${plan.alpha}, τ ${plan.tau}, min-detectable-effect ${pp(plan.mde, false)}; peeks every ${plan.interval} s up to ${plan.horizon} s.`,
  ]
    .filter(Boolean)
    .join(' ');
  const tables: Table[] = [effectTable(plan, result), peeksTable(plan, result.peeks)];
  if (plan.guardrails && guardrailIntervals.length) tables.push(metricsTable(plan.guardrails, guardrailIntervals), { ...intervalsTable(plan.guardrails, guardrailIntervals), folded: true });
  return createReport({
    action: 'ab-test',
    title: 'A/B test',
    summary,
    checks,
    tables,
    charts: sequenceChart(result.peeks),
    data: abJson(result),
  });
}

const signedPct = (v: number) => `${v >= 0 ? '+' : '−'}${Number((Math.abs(v) * 100).toPrecision(3))}%`;

const lastJudged = (peeks: PeekRecord[]) => [...peeks].reverse().find((p) => p.stats);

function dataCheck(result: AbResult): Check {
  const judged = result.peeks.filter((p) => p.stats).length;
  const unjudged = result.peeks.filter((p) => !p.stats);
  return {
    id: 'data',
    title: 'Enough data to judge',
    status: judged === 0 ? 'fail' : unjudged.length ? 'warn' : 'pass',
    observed: `${judged} of ${result.peeks.length} peeks`,
    expected: 'successes and failures in both variants',
    detail: unjudged.length ? `not judged: ${[...new Set(unjudged.map((p) => p.reason))].join(' | ')}` : undefined,
  };
}

function effectTable(plan: AbPlan, result: AbResult): Table {
  const last = lastJudged(result.peeks);
  const s = result.state;
  const total = last ? last.control!.trials + last.candidate!.trials : 0;
  const row: Scalar[] = last?.stats
    ? [
        `${rate(last.stats.controlRate)} (${last.control!.successes}/${last.control!.trials})`,
        `${rate(last.stats.candidateRate)} (${last.candidate!.successes}/${last.candidate!.trials})`,
        pp(last.stats.difference),
        last.stats.lift === null ? null : signedPct(last.stats.lift),
        `[${pp(s.lower)}, ${pp(s.upper)}]`,
        fmtP(s.pValue),
        total,
        last.trialsNeeded === null ? null : Math.max(0, last.trialsNeeded - total),
      ]
    : ['no data', 'no data', null, null, null, null, total, null];
  return {
    title: 'Effect (candidate − control)',
    folded: false,
    columns: ['Control', 'Candidate', 'Difference', 'Relative lift', `${Number(((1 - plan.alpha) * 100).toPrecision(4))}% always-valid interval`, 'Always-valid p', 'Trials so far', `More trials for ±${pp(plan.mde, false)}`],
    rows: [row],
  };
}

function peeksTable(plan: AbPlan, peeks: PeekRecord[]): Table {
  return {
    title: `All ${peeks.length} peeks`,
    folded: peeks.length > 12,
    columns: ['Peek', 'Until (UTC)', 'Control', 'Candidate', 'Difference', 'Always-valid interval', 'p', 'Decision', 'Guardrails'],
    rows: peeks.map((p) => [
      p.peek,
      new Date(p.window.end * 1000).toISOString().slice(11, 19),
      p.control ? `${p.control.successes}/${p.control.trials}` : 'no data',
      p.candidate ? `${p.candidate.successes}/${p.candidate.trials}` : 'no data',
      p.stats ? pp(p.stats.difference) : null,
      p.stats ? `[${pp(p.state.lower)}, ${pp(p.state.upper)}]` : null,
      p.stats ? fmtP(p.state.pValue) : null,
      p.stats ? (p.state.decision ?? 'continue') : `not judged: ${p.reason}`,
      p.guardrails ? guardrailWord(p.guardrails) : plan.guardrails ? null : 'none',
    ]),
  };
}

const guardrailWord = (g: IntervalResult) => (g.reason ? `inconclusive: ${g.reason}` : g.verdict);

/** The confidence sequence over peeks: the estimate between its running bounds, in percentage points. */
function sequenceChart(peeks: PeekRecord[]): Chart[] {
  const judged = peeks.filter((p) => p.stats);
  if (judged.length === 0) return [];
  const points = (f: (p: PeekRecord) => number) => judged.map((p) => Number((f(p) * 100).toPrecision(6)));
  return [
    {
      title: 'Difference and its always-valid interval, percentage points',
      kind: 'line',
      x: judged.map((p) => String(p.peek)),
      yLabel: 'pp',
      series: [
        { name: 'upper bound', values: points((p) => p.state.upper) },
        { name: 'difference', values: points((p) => p.stats!.difference) },
        { name: 'lower bound', values: points((p) => p.state.lower) },
      ],
    },
  ];
}

/** The report's data and the peeks-json output: per peek, the counts, statistic and running state. */
export function abJson(result: AbResult) {
  return {
    verdict: result.verdict,
    reason: result.reason,
    ships: result.ships,
    failedGuardrails: result.failedGuardrails,
    failedGuardrailIntervals: result.failedGuardrailIntervals,
    pValue: result.state.pValue,
    interval: [finite(result.state.lower), finite(result.state.upper)],
    peeks: peeksJson(result.peeks),
  };
}

const finite = (v: number) => (Number.isFinite(v) ? v : null);

export function peeksJson(peeks: PeekRecord[]) {
  return peeks.map((p) => ({
    peek: p.peek,
    start: p.window.start,
    end: p.window.end,
    control: p.control,
    candidate: p.candidate,
    ...(p.reason ? { reason: p.reason } : {}),
    ...(p.stats ? { difference: p.stats.difference, lift: p.stats.lift, pValue: p.state.pValue, lower: finite(p.state.lower), upper: finite(p.state.upper), decision: p.state.decision, trialsNeeded: p.trialsNeeded } : {}),
    guardrails: p.guardrails ? { verdict: p.guardrails.verdict, ...(p.guardrails.reason ? { reason: p.guardrails.reason } : {}), metrics: p.guardrails.metrics.map((m) => ({ metric: m.metric, candidate: m.canary, control: m.stable, pValue: m.pValue, status: m.status, reasons: m.reasons })) } : null,
  }));
}
