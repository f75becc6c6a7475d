import { defineAction, describeError, failOnInput, numberInput, UserError, type ActionIO } from '@mlship/core';
import {
  buildCanaryReport,
  buildPlan,
  createMetricSource,
  createRouter,
  durationInput,
  metricKind,
  metricSourceInputs,
  metricSourceSecrets,
  parseCommand,
  parseQueries,
  parseSteps,
  probeMetrics,
  runAnalysis,
  ScrapeSource,
  stepsJson,
  type MetricKind,
  type MetricSource,
  type TrafficConfig,
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
  traffic: z.enum(['none', 'command', 'istio', 'gateway-api']).default('none'),
  'traffic-command': z.string().optional(),
  'virtual-service': z.string().optional(),
  'canary-subset': z.string().default('canary'),
  'stable-subset': z.string().default('stable'),
  'http-route': z.string().optional(),
  'canary-backend': z.string().optional(),
  'stable-backend': z.string().optional(),
  'fail-on': failOnInput(),
  'report-path': z.string().default('mlship-reports/canary-check'),
});

type Inputs = z.output<typeof inputs>;

function trafficConfig(i: Inputs): TrafficConfig {
  const need = (name: keyof Inputs & string, why: string): string => {
    const v = i[name];
    if (typeof v !== 'string' || v === '') throw new UserError(`input "${name}" is required with traffic: ${i.traffic}.`, { hint: why });
    return v;
  };
  switch (i.traffic) {
    case 'none':
      return { provider: 'none' };
    case 'command':
      return { provider: 'command', argv: parseCommand(need('traffic-command', 'e.g. ./scripts/set-weight.sh {{canary}} {{stable}}')) };
    case 'istio':
      return {
        provider: 'istio',
        virtualService: need('virtual-service', 'Name the VirtualService whose route splits stable and canary, e.g. ml-model.'),
        namespace: need('namespace', 'The namespace of the VirtualService, e.g. production.'),
        canarySubset: i['canary-subset'],
        stableSubset: i['stable-subset'],
      };
    case 'gateway-api':
      return {
        provider: 'gateway-api',
        httpRoute: need('http-route', 'Name the HTTPRoute whose backendRefs split stable and canary.'),
        namespace: need('namespace', 'The namespace of the HTTPRoute, e.g. production.'),
        canaryBackend: need('canary-backend', "The canary Service's name in backendRefs."),
        stableBackend: need('stable-backend', "The stable Service's name in backendRefs."),
      };
  }
}

/** Fails before any traffic moves when the metrics cannot be read at all. */
async function preflight(source: MetricSource, i: Inputs, metrics: MetricKind[]): Promise<void> {
  if (source instanceof ScrapeSource) {
    for (const track of ['canary', 'stable'] as const) {
      const first = source.history(track)[0];
      if (first && !first.ok) {
        throw new UserError(`cannot read the ${track} metrics at ${i[`${track}-metrics-url`]}: ${first.error}.`, { where: `input "${track}-metrics-url"`, hint: "Check the URL and that the service is up and reachable from the runner." });
      }
    }
    return;
  }
  // Prometheus: every query once for each track (the latency bucket queries too), on the last
  // interval, so an unreachable server or a query Prometheus rejects ends the step with its own
  // line (a UserError) before any traffic moves. Before the first shift the canary may have no
  // data; an empty answer is fine here, a rejected query is not.
  const now = Math.floor(Date.now() / 1000);
  const window = { start: now - Math.max(60, i.interval), end: now };
  for (const track of ['stable', 'canary'] as const) await probeMetrics(source, track, metrics, window, { histograms: true });
}

export function createCanaryCheck(options: { signal?: AbortSignal } = {}) {
  return defineAction({
    name: 'canary-check',
    inputs,
    secrets: [...metricSourceSecrets],
    async run(i, io: ActionIO) {
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
      // increase() over a window holding fewer than two samples is empty, as are deltas from one scrape.
      if (plan.interval < 2 * i['scrape-interval']) {
        throw new UserError(`interval (${plan.interval} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, {
          where: 'input "interval"',
          hint: i.source === 'scrape' ? 'Lengthen interval or shorten scrape-interval, so each interval sees at least two /metrics readings.' : "Lengthen interval, or set scrape-interval to Prometheus' own scrape interval if it is shorter.",
        });
      }
      const config = trafficConfig(i);
      const router = createRouter(config, (l) => io.info(l));
      const source = await createMetricSource(i, io, { tracks: ['canary', 'stable'] });
      try {
        await preflight(source, i, plan.metrics.map((m) => m.kind));
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
