import { renderSummary, UserError } from '@mlship/core';
import { fakeClock, noData, ScriptedSource, track, type IntervalScript } from '../testing/scripted-source';
import { RecordingRouter } from '../testing/recording-router';
import type { MetricKind } from '../source';
import { runAnalysis } from './engine';
import { buildPlan } from './plan';
import { buildCanaryReport, stepsJson } from './report';

const resolve = (name: string): MetricKind => {
  if (name === 'error-rate') return { kind: name };
  const m = /^p(\d+)-latency$/.exec(name);
  if (m) return { kind: 'latency', quantile: Number(m[1]) / 100 };
  throw new UserError(`unknown metric "${name}".`);
};
const plan = buildPlan({
  metrics: 'error-rate < 0.01\np95-latency < 0.5',
  comparison: 'absolute',
  maxIncrease: '20%',
  steps: [5, 10, 100],
  stepDuration: 120,
  interval: 60,
  minRequests: 20,
  maxFailedIntervals: 1,
  significance: 0.05,
  resolve,
});
const healthy: IntervalScript = { canary: track(400, 1, 0.2), stable: track(7600, 19, 0.2) };

async function analyse(script: IntervalScript[]) {
  const router = new RecordingRouter();
  const result = await runAnalysis({ plan, source: new ScriptedSource(script), router, log: () => undefined, clock: fakeClock() });
  return { result, report: buildCanaryReport(plan, result, router.description) };
}

describe('buildCanaryReport', () => {
  it('passes a promoted canary, with a check per metric, step and comparison tables and two charts', async () => {
    const { report } = await analyse([healthy]);
    expect(report.status).toBe('pass');
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['verdict', 'pass'],
      ['metric.error-rate', 'pass'],
      ['metric.p95-latency', 'pass'],
      ['data', 'pass'],
    ]);
    expect(report.tables.map((t) => t.title)).toEqual(['Steps', 'Canary vs stable (worst interval)', 'All 4 intervals']);
    expect(report.tables[0]!.rows).toEqual([
      ['1/3', '5%', 'pass', '2 / 0 / 0', 800, 2, 15200, 38],
      ['2/3', '10%', 'pass', '2 / 0 / 0', 800, 2, 15200, 38],
      ['3/3', '100%', 'promoted', '', null, null, null, null],
    ]);
    expect(report.charts.map((c) => [c.title, c.series.map((s) => s.name)])).toEqual([
      ['Error rate %, canary vs stable', ['canary error-rate', 'stable error-rate']],
      ['Latency s, canary vs stable', ['canary p95-latency', 'stable p95-latency']],
    ]);
    expect(report.charts[0]!.series[0]!.values).toEqual([0.25, 0.25, 0.25, 0.25]);
    const md = renderSummary(report);
    expect(md).toContain('xychart-beta');
    expect(md).toContain('| error-rate | 0.25% | 0.25% | +0 pp |');
  });

  it('fails a rolled-back canary, naming the failing metric and the worst interval', async () => {
    const { report, result } = await analyse([healthy, { canary: track(400, 40, 0.2), stable: track(7600, 19, 0.2) }]);
    expect(result.verdict).toBe('rollback');
    expect(report.status).toBe('fail');
    const errorRate = report.checks.find((c) => c.id === 'metric.error-rate')!;
    expect(errorRate).toMatchObject({ status: 'fail', observed: '10%', expected: '< 0.01; ≤ stable + 20% (when p < 0.05)' });
    expect(errorRate.detail).toMatch(/^failed in 2 of 3 intervals: canary error-rate 0\.1 breaks error-rate < 0\.01/);
    const row = report.tables[1]!.rows[0]!;
    expect(row.slice(0, 4)).toEqual(['error-rate', '10%', '0.25%', '+9.75 pp']);
    expect(row[5]).toBe('step 1 · interval 2');
  });

  it('fails on missing data, says so in the data check, and marks charts whose gaps are drawn as 0', async () => {
    const { report } = await analyse([{ canary: noData, stable: track(7600, 19, 0.2) }]);
    expect(report.checks.find((c) => c.id === 'data')).toMatchObject({ status: 'fail', observed: '0 of 2 intervals', detail: 'inconclusive: canary had no request data (min-requests 20)' });
    expect(report.checks.find((c) => c.id === 'metric.error-rate')!.status).toBe('skip');
    expect(report.charts[0]!.title).toBe('Error rate %, canary vs stable (no data = 0)');
  });

  it('steps-json carries every interval with counts, values and p-values', async () => {
    const { result } = await analyse([healthy]);
    const json = stepsJson(result.steps);
    expect(json[0]!.intervals[0]).toMatchObject({ interval: 1, verdict: 'pass', canary: { requests: 400, errors: 1 }, stable: { requests: 7600, errors: 19 } });
    expect(json[0]!.intervals[0]!.metrics[0]).toMatchObject({ metric: 'error-rate', canary: 0.0025, stable: 0.0025, status: 'pass' });
    expect(json[0]!.intervals[0]!.end - json[0]!.intervals[0]!.start).toBe(60);
  });
});

describe('an apparent latency excess the buckets do not show', () => {
  it('passes, and the p95-latency check and steps-json say why it was not counted', async () => {
    const bounds = [0.025, 0.05, 0.1, 0.25, 0.5, 1, Infinity];
    const cumulative = (counts: number[]) => {
      let total = 0;
      return bounds.map((upperBound, i) => ({ upperBound, count: (total += counts[i] ?? 0) }));
    };
    // 930 of 1000 canary requests within 0.1 s against stable's 950: p95 reads 0.143 s vs 0.1 s, yet none is past 0.25 s.
    const canary = { ...track(1000, 0, 0.1 + (0.15 * 20) / 70), histograms: { p95: cumulative([240, 390, 300, 70]) } };
    const stable = { ...track(1000, 0, 0.1), histograms: { p95: cumulative([300, 400, 250, 50]) } };
    const { result, report } = await analyse([{ canary, stable }]);
    expect(result.verdict).toBe('promote');
    const check = report.checks.find((c) => c.id === 'metric.p95-latency')!;
    expect(check.status).toBe('pass');
    expect(check.detail).toBe(
      "passed in 4 of 4 intervals; 4 apparent excess(es) not counted: p95-latency 0.1429 vs 0.1 is interpolated inside a histogram bucket; the buckets do not show the canary's requests slower than 0.12 beyond p95",
    );
    expect(stepsJson(result.steps)[0]!.intervals[0]!.metrics[1]).toMatchObject({ metric: 'p95-latency', status: 'pass', note: expect.stringContaining('interpolated inside a histogram bucket') });
  });
});
