import { defineAction, failOnInput, numberInput, UserError } from '@mlship/core';
import { buildGateReport, loadGateConfig, runGate } from '@mlship/metrics';
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
    'fail-on': failOnInput(),
    'report-path': z.string().default('mlship-reports/eval-gate'),
  }),
  async run(inputs, io) {
    const cwd = process.cwd();
    const config = loadGateConfig(inputs.config, cwd);
    if (inputs['latency-samples'] && inputs['latency-endpoint']) {
      throw new UserError('set latency-samples or latency-endpoint, not both', { hint: 'Use recorded samples, or let the action measure the endpoint.' });
    }
    const payload = inputs['latency-payload'];
    const outcome = await runGate({
      predictions: inputs.predictions,
      baseline: inputs['baseline-predictions'],
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
    const metrics = Object.fromEntries(Object.entries(outcome.candidate).map(([k, v]) => [k, Number.isNaN(v) ? null : v]));
    return { report: buildGateReport(outcome, config), outputs: { 'metrics-json': JSON.stringify(metrics) } };
  },
});

function readPayload(spec: string, cwd: string): string {
  const file = path.resolve(cwd, spec);
  if (!fs.existsSync(file)) throw new UserError(`latency-payload file "${spec}" not found`, { hint: 'Point it at the request body to send (e.g. one JSON example).' });
  return fs.readFileSync(file, 'utf8');
}
