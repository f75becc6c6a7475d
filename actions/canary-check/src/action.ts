import { defineAction, describeError, failOnInput, loadYamlParser, numberInput, type ActionIO } from '@mlship/core';
import {
  buildCanaryReport,
  buildPlan,
  createMetricSource,
  createRouter,
  durationInput,
  metricKind,
  metricSourceInputs,
  metricSourceSecrets,
  parseQueries,
  requireTwoScrapes,
  parseSteps,
  preflightSource,
  runAnalysis,
  stepsJson,
  trafficConfig,
  trafficInputs,
} from '@mlship/rollout';
import { z } from 'zod';

/** GITHUB_STATE keys the post: step reads (see post.ts). */
export const STATE_TRAFFIC = 'canary-traffic';
export const STATE_SETTLED = 'canary-traffic-settled';

const inputs = z.object({
  ...metricSourceInputs,
  metrics: z.string().default('error-rate < 0.01, p95-latency < 0.5'),
  comparison: z.enum(['absolute', 'relative']).default('absolute'),
  'max-increase': z.string().default('20%'),
  duration: durationInput().default(300),
  interval: durationInput().default(60),
  steps: z.string().default('5, 10, 25, 50, 100'),
  'min-requests': numberInput().pipe(z.number().int().min(0)).default(20),
  'max-failed-intervals': numberInput().pipe(z.number().int().min(0)).default(2),
  significance: numberInput().default(0.05),
  ...trafficInputs,
  'fail-on': failOnInput(),
  'report-path': z.string().default('mlship-reports/canary-check'),
});

export function createCanaryCheck(options: { signal?: AbortSignal } = {}) {
  return defineAction({
    name: 'canary-check',
    inputs,
    secrets: [...metricSourceSecrets],
    async run(i, io: ActionIO) {
      // Its query maps, metric lists and command lists may be YAML.
      await loadYamlParser();
      const queries = parseQueries(i);
      const plan = buildPlan({
        metrics: i.metrics,
        comparison: i.comparison,
        maxIncrease: i['max-increase'],
        steps: parseSteps(i.steps),
        stepDuration: i.duration,
        interval: i.interval,
        minRequests: i['min-requests'],
        maxFailedIntervals: i['max-failed-intervals'],
        significance: i.significance,
        resolve: (name, where) => metricKind(name, i, queries, where),
      });
      requireTwoScrapes(plan.interval, 'interval', i);
      const config = trafficConfig(i);
      const router = createRouter(config, (l) => io.info(l));
      const source = await createMetricSource(i, io, { tracks: ['canary', 'stable'] });
      try {
        await preflightSource(source, i, plan.metrics.map((m) => m.kind), i.interval);
        await router.preflight();
        const analysed = plan.steps.filter((s) => s < 100).length;
        io.info(
          `Canary analysis: ${analysed} step(s) of ${plan.stepDuration} s (${plan.intervalsPerStep} × ${plan.interval} s), weights ${plan.steps.join(' → ')}%, ${router.shifts ? `traffic on ${router.description}` : 'observe only (traffic: none — weights are labels, nothing is shifted)'}; metrics ${plan.metrics.map((m) => m.threshold?.source ?? m.name).join(', ')} (${plan.comparison}).`,
        );
        // Saved before the first shift: a cancelled job's post: step puts all traffic back on stable.
        if (router.shifts) io.saveState(STATE_TRAFFIC, JSON.stringify(config));
        const result = await runAnalysis({ plan, source, router, log: (l) => io.info(l), signal: options.signal }).catch(async (e: unknown) => {
          // Whatever broke, a half-judged canary must not keep its traffic (the CLI has no post: step).
          if (router.shifts) {
            await router.setCanaryWeight(0).then(
              () => io.saveState(STATE_SETTLED, 'true'),
              (again: unknown) => io.warning(`could not set the canary weight back to 0 (${describeError(again)}); the post: step will try again.`),
            );
          }
          throw e;
        });
        if (router.shifts) io.saveState(STATE_SETTLED, 'true');
        const report = buildCanaryReport(plan, result, router.description);
        return {
          report,
          outputs: { verdict: result.verdict, 'failed-metrics': JSON.stringify(result.failedMetrics), 'steps-json': JSON.stringify(stepsJson(result.steps)) },
        };
      } finally {
        await source.close();
      }
    },
  });
}

export const canaryCheck = createCanaryCheck();
