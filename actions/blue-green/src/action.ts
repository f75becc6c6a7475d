import { defineAction, failOnInput, loadYamlParser, numberInput, UserError, type ActionIO } from '@mlship/core';
import {
  blueGreenSourceInputs,
  BLUE_GREEN_TRACKS,
  buildBlueGreenReport,
  buildJudgingPlan,
  createMetricSource,
  createSwitch,
  durationInput,
  metricKind,
  metricSourceSecrets,
  parseArgvTemplate,
  parseHealthConditions,
  parseQueries,
  parseSwitchCommand,
  preflightMetricSource,
  runBlueGreen,
  SWITCH_PLACEHOLDERS,
  toMetricSourceInputs,
  withoutBlue,
  type SwitchConfig,
} from '@mlship/rollout';
import { z } from 'zod';

/** GITHUB_STATE keys the post: step reads (see post.ts). */
export const STATE_SWITCH = 'blue-green-switch';
export const STATE_SETTLED = 'blue-green-settled';

const inputs = z.object({
  'deploy-command': z.string().optional(),
  blue: z.string().default('blue'),
  green: z.string().default('green'),
  'green-health-url': z.string().optional(),
  'health-timeout': durationInput().default(60),
  'smoke-url': z.string().optional(),
  'smoke-requests': numberInput().pipe(z.number().int().min(1).max(1000)).default(10),
  'smoke-timeout': durationInput().default(5),
  'smoke-status': numberInput().pipe(z.number().int().min(100).max(599)).default(200),
  'smoke-body': z.string().optional(),
  'preview-metrics': z.string().optional(),
  'preview-duration': durationInput().default(60),
  switch: z.enum(['service-selector', 'istio', 'gateway-api', 'command']).default('service-selector'),
  'active-service': z.string().optional(),
  'selector-label': z.string().default('version'),
  'virtual-service': z.string().optional(),
  'green-subset': z.string().default('green'),
  'blue-subset': z.string().default('blue'),
  'http-route': z.string().optional(),
  'green-backend': z.string().optional(),
  'blue-backend': z.string().optional(),
  'switch-command': z.string().optional(),
  ...blueGreenSourceInputs,
  metrics: z.string().default('error-rate < 0.01, p95-latency < 0.5'),
  'max-increase': z.string().default('20%'),
  duration: durationInput().default(300),
  interval: durationInput().default(60),
  'min-requests': numberInput().pipe(z.number().int().min(0)).default(20),
  'max-failed-intervals': numberInput().pipe(z.number().int().min(0)).default(2),
  significance: numberInput().default(0.05),
  'scale-down-delay': durationInput().default(30),
  'scale-down-command': z.string().optional(),
  'fail-on': failOnInput(),
  'report-path': z.string().default('mlship-reports/blue-green'),
});

type Inputs = z.output<typeof inputs>;

function need(i: Inputs, name: 'active-service' | 'namespace' | 'virtual-service' | 'http-route' | 'green-backend' | 'blue-backend' | 'switch-command', hint: string): string {
  const v = i[name];
  if (!v) throw new UserError(`input "${name}" is required with switch: ${i.switch}.`, { hint });
  return v;
}

function switchConfig(i: Inputs): SwitchConfig {
  const values = { blue: i.blue, green: i.green };
  switch (i.switch) {
    case 'service-selector':
      return {
        provider: 'service-selector',
        service: need(i, 'active-service', 'Name the Service users reach, whose selector picks blue or green, e.g. ml-model.'),
        namespace: need(i, 'namespace', 'The namespace of the Service, e.g. production.'),
        label: i['selector-label'],
        values,
      };
    case 'istio':
      return {
        provider: 'weights',
        traffic: {
          provider: 'istio',
          virtualService: need(i, 'virtual-service', 'Name the VirtualService whose route splits the blue and green subsets, e.g. ml-model.'),
          namespace: need(i, 'namespace', 'The namespace of the VirtualService, e.g. production.'),
          canarySubset: i['green-subset'],
          stableSubset: i['blue-subset'],
          subsetInputs: 'blue-subset/green-subset',
        },
      };
    case 'gateway-api':
      return {
        provider: 'weights',
        traffic: {
          provider: 'gateway-api',
          httpRoute: need(i, 'http-route', 'Name the HTTPRoute whose backendRefs send to the blue and green Services.'),
          namespace: need(i, 'namespace', 'The namespace of the HTTPRoute, e.g. production.'),
          canaryBackend: need(i, 'green-backend', "The green Service's name in backendRefs."),
          stableBackend: need(i, 'blue-backend', "The blue Service's name in backendRefs."),
          backendInputs: 'blue-backend/green-backend',
        },
      };
    case 'command':
      return { provider: 'command', argv: parseSwitchCommand(need(i, 'switch-command', 'e.g. ./scripts/switch.sh {{active}}')), values };
  }
}

export function createBlueGreen(options: { signal?: AbortSignal } = {}) {
  return defineAction({
    name: 'blue-green',
    inputs,
    secrets: [...metricSourceSecrets],
    async run(i, io: ActionIO) {
      // Its query maps, metric lists and command lists may be YAML.
      await loadYamlParser();
      // Everything a typo could break is checked before green is deployed or any user moves.
      if (i.blue === i.green) throw new UserError(`blue and green are both "${i.blue}".`, { where: 'input "green"', hint: "Give green the new Deployment's value of selector-label, e.g. green." });
      if (!i['green-health-url'] && !i['smoke-url'] && !i['preview-metrics']) {
        throw new UserError('green would get users without any check.', { where: 'input "green-health-url"', hint: "Set green-health-url (e.g. green's /healthz through its preview Service), smoke-url or preview-metrics." });
      }
      const sourceInputs = toMetricSourceInputs(i);
      const queries = parseQueries(sourceInputs);
      const plan = buildJudgingPlan({
        metrics: i.metrics,
        comparison: 'absolute',
        maxIncrease: i['max-increase'],
        stepDuration: i.duration,
        interval: i.interval,
        minRequests: i['min-requests'],
        maxFailedIntervals: i['max-failed-intervals'],
        significance: i.significance,
        resolve: (name, where) => metricKind(name, sourceInputs, queries, where),
        names: { canary: 'green', stable: 'blue' },
      });
      if (plan.interval < 2 * i['scrape-interval']) {
        throw new UserError(`interval (${plan.interval} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "interval"', hint: 'Lengthen interval or shorten scrape-interval, so each interval sees at least two readings.' });
      }
      const preview = i['preview-metrics']
        ? { conditions: parseHealthConditions(i['preview-metrics'], sourceInputs, { action: 'blue-green', input: 'preview-metrics', example: '"error-rate < 0.01, p95-latency < 0.5"' }), seconds: i['preview-duration'], lead: i['scrape-interval'] }
        : undefined;
      if (preview && preview.seconds < 2 * i['scrape-interval']) {
        throw new UserError(`preview-duration (${preview.seconds} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "preview-duration"', hint: "Lengthen it: green's preview traffic is judged over this long." });
      }
      for (const name of ['health-timeout', 'smoke-timeout'] as const) if (!(i[name] > 0)) throw new UserError('must be more than 0 seconds.', { where: `input "${name}"` });
      const smokeBody = i['smoke-body'];
      if (smokeBody !== undefined) {
        try {
          JSON.parse(smokeBody);
        } catch (e) {
          throw new UserError(`is not JSON: ${(e as Error).message}.`, { where: 'input "smoke-body"', hint: 'Give the request body the model expects, e.g. {"features": [1, 2, 3]}.' });
        }
      }
      for (const name of ['green-health-url', 'smoke-url', 'green-metrics-url', 'blue-metrics-url'] as const) checkUrl(name, i[name]);
      const deploy = i['deploy-command'] ? parseArgvTemplate(i['deploy-command'], 'input "deploy-command"', []) : undefined;
      const scaleDown = i['scale-down-command'] ? parseArgvTemplate(i['scale-down-command'], 'input "scale-down-command"', SWITCH_PLACEHOLDERS) : undefined;
      const config = switchConfig(i);
      const sw = createSwitch(config, (l) => io.info(l));
      const active = await sw.preflight();
      if (active === 'green') {
        throw new UserError(`green (${i['selector-label']}=${i.green}) already serves users on ${sw.description}: there is nothing to switch.`, { where: 'input "green"', hint: 'Give blue the value that serves users now and green the new Deployment\'s value.' });
      }
      const values = { blue: i.blue, green: i.green };
      io.info(
        `Blue-green: blue (${i.blue}) serves users; green (${i.green}) is checked (${[i['green-health-url'] && 'health', i['smoke-url'] && `${i['smoke-requests']} smoke requests`, preview && 'preview metrics'].filter(Boolean).join(', ')}), then switched on ${sw.description} and judged for ${plan.intervalsPerStep} × ${plan.interval} s on ${plan.metrics.map((m) => m.threshold?.source ?? m.name).join(', ')}.`,
      );
      const result = await runBlueGreen({
        plan,
        openSource: async () => {
          const tracks = i['blue-metrics-url'] || i.source === 'prometheus' ? (['canary', 'stable'] as const) : (['canary'] as const);
          const source = await createMetricSource(sourceInputs, io, { tracks: [...tracks], trackNames: BLUE_GREEN_TRACKS });
          try {
            await preflightMetricSource(
              source,
              tracks.map((track) => ({ track, name: BLUE_GREEN_TRACKS[track], urlInput: `${BLUE_GREEN_TRACKS[track]}-metrics-url`, url: i[`${BLUE_GREEN_TRACKS[track] as 'green' | 'blue'}-metrics-url`] })),
              [...plan.metrics.map((m) => m.kind), ...(preview?.conditions.map((c) => c.metric) ?? [])],
              { interval: plan.interval, histograms: true },
            );
          } catch (e) {
            await source.close();
            throw e;
          }
          return tracks.length === 2 ? source : withoutBlue(source);
        },
        sw,
        values,
        deploy,
        health: i['green-health-url'] ? { url: i['green-health-url'], timeoutSeconds: i['health-timeout'] } : undefined,
        smoke: i['smoke-url'] ? { url: i['smoke-url'], count: i['smoke-requests'], timeoutSeconds: i['smoke-timeout'], expectedStatus: i['smoke-status'], body: smokeBody } : undefined,
        preview,
        scaleDown: { delaySeconds: i['scale-down-delay'], argv: scaleDown },
        log: (l) => io.info(l),
        signal: options.signal,
        // Saved before users move: a cancelled job's post: step switches them back to blue.
        beforeSwitch: () => io.saveState(STATE_SWITCH, JSON.stringify(config)),
        settled: () => io.saveState(STATE_SETTLED, 'true'),
      });
      return {
        report: buildBlueGreenReport(plan, result, { values, switchDescription: sw.description }),
        outputs: { active: values[result.active], previous: result.previous === null ? '' : values[result.previous], verdict: result.verdict },
      };
    },
  });
}

const URL_EXAMPLES = {
  'green-health-url': "green's health endpoint through its preview Service, e.g. http://ml-model-preview.production/healthz",
  'smoke-url': "green's prediction endpoint through its preview Service, e.g. http://ml-model-preview.production/predict",
  'green-metrics-url': "green's /metrics page, e.g. http://ml-model-green.production:8000/metrics",
  'blue-metrics-url': "blue's /metrics page, e.g. http://ml-model-blue.production:8000/metrics",
};

function checkUrl(name: keyof typeof URL_EXAMPLES, url: string | undefined): void {
  if (!url) return;
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    ok = false;
  }
  if (!ok) throw new UserError(`"${url}" is not an http(s) URL.`, { where: `input "${name}"`, hint: `Give ${URL_EXAMPLES[name]}.` });
}

export const blueGreen = createBlueGreen();
