import { booleanInput, defineAction, failOnInput, loadYamlParser, numberInput, type ActionIO } from '@mlship/core';
import {
  abJson,
  buildAbReport,
  buildAbPlan,
  createMetricSource,
  createRouter,
  durationInput,
  metricKind,
  metricSourceInputs,
  metricSourceSecrets,
  parseEffect,
  parseQueries,
  requireTwoScrapes,
  peeksJson,
  preflightMetricSource,
  runAbTest,
  trafficConfig,
  trafficInputs,
  type CounterKind,
  type MetricKind,
} from '@mlship/rollout';
import { z } from 'zod';

/** GITHUB_STATE keys the post: step reads (see post.ts). */
export const STATE_TRAFFIC = 'ab-traffic';
export const STATE_SETTLED = 'ab-traffic-settled';

const inputs = z.object({
  ...metricSourceInputs,
  successes: z.string(),
  trials: z.string(),
  split: numberInput().default(50),
  horizon: durationInput().default(3600),
  interval: durationInput().default(300),
  alpha: numberInput().default(0.05),
  'min-detectable-effect': z.string().default('0.01'),
  tau: numberInput().optional(),
  'ship-on': z.enum(['candidate-wins', 'no-difference', 'inconclusive']).default('candidate-wins'),
  'promote-on-win': booleanInput().default(false),
  guardrails: z.string().default('error-rate < 0.01, p95-latency < 0.5'),
  'max-increase': z.string().default('20%'),
  'min-requests': numberInput().pipe(z.number().int().min(0)).default(20),
  'max-failed-intervals': numberInput().pipe(z.number().int().min(0)).default(2),
  ...trafficInputs,
  'fail-on': failOnInput(),
  'report-path': z.string().default('mlship-reports/ab-test'),
});

export function createAbTest(options: { signal?: AbortSignal } = {}) {
  return defineAction({
    name: 'ab-test',
    inputs,
    secrets: [...metricSourceSecrets],
    async run(i, io: ActionIO) {
      // Its query maps, metric lists and command lists may be YAML.
      await loadYamlParser();
      const queries = parseQueries(i);
      const plan = buildAbPlan({
        successes: i.successes,
        trials: i.trials,
        source: i.source,
        split: i.split,
        horizon: i.horizon,
        interval: i.interval,
        alpha: i.alpha,
        tau: i.tau,
        mde: parseEffect(i['min-detectable-effect']),
        shipOn: i['ship-on'],
        promoteOnWin: i['promote-on-win'],
        guardrails: i.guardrails,
        maxIncrease: i['max-increase'],
        minRequests: i['min-requests'],
        maxFailedIntervals: i['max-failed-intervals'],
        resolve: (name, where) => metricKind(name, i, queries, where),
      });
      requireTwoScrapes(plan.interval, 'interval', i);
      const config = trafficConfig(i);
      const router = createRouter(config, (l) => io.info(l));
      const business: MetricKind[] = [...new Set([plan.successes.stable, plan.successes.canary, plan.trials.stable, plan.trials.canary])];
      const counters = business.filter((m): m is CounterKind => m.kind === 'counter');
      const source = await createMetricSource(i, io, { tracks: ['canary', 'stable'], counters });
      try {
        const tracks = [
          { track: 'stable' as const, name: 'control', urlInput: 'stable-metrics-url', url: i['stable-metrics-url'] },
          { track: 'canary' as const, name: 'candidate', urlInput: 'canary-metrics-url', url: i['canary-metrics-url'] },
        ];
        await preflightMetricSource(source, tracks, [...business, ...(plan.guardrails?.metrics.map((m) => m.kind) ?? [])], { interval: plan.interval, histograms: true });
        await router.preflight();
        io.info(
          `A/B test: candidate ${plan.split}% / control ${100 - plan.split}%, ${router.shifts ? `traffic on ${router.description}` : 'observe only (traffic: none — the split is a label, nothing is shifted)'}; peeks every ${plan.interval} s up to ${plan.horizon} s; mixture SPRT at alpha ${plan.alpha}, tau ${plan.tau}, min-detectable-effect ${plan.mde}; ships on ${plan.shipOn}; guardrails ${plan.guardrails ? plan.guardrails.metrics.map((m) => m.threshold?.source ?? m.name).join(', ') : 'none'}.`,
        );
        // Saved before the split is applied: a cancelled job's post: step gives control all traffic back.
        if (router.shifts) io.saveState(STATE_TRAFFIC, JSON.stringify(config));
        const result = await runAbTest({ plan, source, router, log: (l) => io.info(l), signal: options.signal });
        if (router.shifts) io.saveState(STATE_SETTLED, 'true');
        const report = buildAbReport(plan, result, router.description);
        const data = abJson(result);
        const last = [...result.peeks].reverse().find((p) => p.stats);
        return {
          report,
          outputs: {
            verdict: result.verdict,
            difference: last?.stats ? String(last.stats.difference) : '',
            lift: last?.stats?.lift == null ? '' : String(last.stats.lift),
            'confidence-sequence': JSON.stringify(data.interval),
            'p-value': String(result.state.pValue),
            'trials-needed': last?.trialsNeeded == null ? '' : String(Math.max(0, last.trialsNeeded - last.control!.trials - last.candidate!.trials)),
            'failed-guardrails': JSON.stringify(result.failedGuardrails),
            'peeks-json': JSON.stringify(peeksJson(result.peeks)),
          },
        };
      } finally {
        await source.close();
      }
    },
  });
}

export const abTest = createAbTest();
