import { booleanInput, defineAction, failOnInput, numberInput, renderComment, UserError } from '@mlship/core';
import { buildGateReport, loadGateConfig, runGate } from '@mlship/metrics';
import { runUrl } from '@mlship/notify';
import { openRegistry, registryInputs, registrySecrets } from '@mlship/registry';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const evalGate = defineAction({
  name: 'eval-gate',
  inputs: z.object({
    predictions: z.string(),
    'baseline-predictions': z.string().optional(),
    config: z.string().optional(),
    'model-path': z.string().optional(),
    'latency-samples': z.string().optional(),
    'latency-endpoint': z.string().url().optional(),
    'latency-requests': numberInput().pipe(z.number().int().min(1).max(100000)).default(200),
    'latency-timeout': numberInput().pipe(z.number().positive().max(3600)).default(60),
    'latency-payload': z.string().optional(),
    'train-data': z.string().optional(),
    'test-data': z.string().optional(),
    'model-name': z.string().optional(),
    'baseline-stage': z.string().optional(),
    'baseline-alias': z.string().optional(),
    ...registryInputs,
    'pr-comment': booleanInput().default(false),
    'fail-on': failOnInput(),
    'report-path': z.string().default('mlship-reports/eval-gate'),
  }),
  secrets: [...registrySecrets],
  async run(inputs, io) {
    const cwd = process.cwd();
    const config = await loadGateConfig(inputs.config, cwd);
    if (inputs['latency-samples'] && inputs['latency-endpoint']) {
      throw new UserError('set latency-samples or latency-endpoint, not both', { hint: 'Use recorded samples, or let the action measure the endpoint.' });
    }
    const payload = inputs['latency-payload'];
    const outcome = await runGate({
      predictions: inputs.predictions,
      baseline: inputs['baseline-predictions'],
      baselineMetrics: await registryBaseline(inputs, io),
      config,
      modelPath: inputs['model-path'],
      latencySamples: inputs['latency-samples'],
      latencyProbe: inputs['latency-endpoint']
        ? { url: inputs['latency-endpoint'], requests: inputs['latency-requests'], budgetMs: inputs['latency-timeout'] * 1000, payload: payload === undefined ? undefined : readPayload(payload, cwd) }
        : undefined,
      trainData: inputs['train-data'],
      testData: inputs['test-data'],
      cwd,
      progress: (line) => io.info(line),
    });
    // A metric the task reports but that could not be computed is null, never absent; the reason goes to the log and the report.
    const metrics: Record<string, number | null> = Object.fromEntries(Object.entries(outcome.candidate).map(([k, v]) => [k, Number.isNaN(v) ? null : v]));
    for (const [k, why] of Object.entries(outcome.unavailable)) {
      metrics[k] = null;
      io.info(`${k}: not computed (null in metrics-json): ${why}`);
    }
    const report = buildGateReport(outcome, config);
    // Loaded only when asked for: the GitHub client is most of the bundle and slows every cold start.
    if (inputs['pr-comment']) await (await import('@mlship/github/comment')).postStickyComment(io, { action: 'eval-gate', token: inputs['github-token'], body: renderComment(report, { runUrl: runUrl(io.env) }) });
    return { report, outputs: { 'metrics-json': JSON.stringify(metrics) } };
  },
});

type Inputs = Parameters<typeof evalGate.run>[0];

/**
 * Production's metrics as recorded in the registry, for teams that keep no
 * production predictions: the version in `baseline-stage`/`baseline-alias`.
 * An empty stage (the first model ever) is not an error: there is nothing to
 * beat, and any improvement gate then reports that it has nothing to measure.
 */
async function registryBaseline(inputs: Inputs, io: Parameters<typeof evalGate.run>[1]) {
  const model = inputs['model-name'];
  const stage = inputs['baseline-stage'];
  const alias = inputs['baseline-alias'];
  if (!model) {
    if (stage || alias) throw new UserError(`baseline-${stage ? 'stage' : 'alias'} needs model-name`, { hint: 'Name the registered model whose production version the candidate is compared with.' });
    return undefined;
  }
  if (inputs['baseline-predictions']) throw new UserError('set baseline-predictions or model-name (a registry baseline), not both', { hint: 'Row-level production predictions give the stronger comparison (bootstrap, McNemar); keep one.' });
  if (!stage === !alias) throw new UserError(stage ? 'set baseline-stage or baseline-alias, not both' : 'model-name needs baseline-stage or baseline-alias', { hint: 'Say where production lives, e.g. baseline-stage: prod (git) / Production (MLflow), or baseline-alias: champion.' });
  const target = stage ? { kind: 'stage' as const, name: stage } : { kind: 'alias' as const, name: alias! };
  const registry = openRegistry(inputs, io);
  const version = await registry.latestVersion(model, target);
  const where = `${target.kind} "${target.name}"`;
  if (!version) {
    io.annotate('notice', `No version of ${model} is in ${where} yet, so there is no production model to compare with.`, { title: 'eval-gate' });
    return undefined;
  }
  const values = await registry.versionMetrics(model, version.version);
  const source = `${model} ${version.version} (${where}, ${registry.kind} registry)`;
  if (Object.keys(values).length === 0) io.warning(`${source} has no recorded metrics; improvement gates have nothing to compare with.`);
  else io.info(`baseline: ${source}: ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  return { values, source };
}

function readPayload(spec: string, cwd: string): string {
  const file = path.resolve(cwd, spec);
  if (!fs.existsSync(file)) throw new UserError(`latency-payload file "${spec}" not found`, { hint: 'Point it at the request body to send (e.g. one JSON example).' });
  return fs.readFileSync(file, 'utf8');
}
