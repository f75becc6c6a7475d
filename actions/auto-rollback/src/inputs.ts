import { booleanInput, failOnInput, numberInput } from '@mlship/core';
import { registryInputs, registrySecrets } from '@mlship/registry';
import { durationInput, metricSourceInputs, metricSourceSecrets } from '@mlship/rollout';
import { z } from 'zod';

export const inputs = z.object({
  ...metricSourceInputs,
  // The live service as a whole, as the seed's queries read it; set a label to watch one track of it.
  'track-label': z.string().default('none'),
  stabilization: durationInput().default(300),
  window: durationInput().optional(),
  thresholds: z.string().default('error-rate <= 0.05, p95-latency <= 2.0'),
  baseline: durationInput().optional(),
  'max-increase': z.string().default('2x'),
  'min-requests': numberInput().pipe(z.number().int().min(0)).default(20),
  'on-inconclusive': z.enum(['rollback', 'fail']).default('rollback'),
  targets: z.string().default('registry'),
  deployment: z.string().optional(),
  'rollout-timeout': durationInput().default(300),
  'kube-context': z.string().optional(),
  ...registryInputs,
  'model-name': z.string().optional(),
  stage: z.string().optional(),
  alias: z.string().optional(),
  version: z.string().optional(),
  'previous-version': z.string().optional(),
  'rollback-command': z.string().optional(),
  'webhook-url': z.string().optional(),
  'active-service': z.string().optional(),
  'selector-label': z.string().default('version'),
  'switch-back-to': z.string().optional(),
  'slack-webhook': z.string().optional(),
  'create-issue': booleanInput().default(false),
  'issue-labels': z.string().default('rollback'),
  force: booleanInput().default(false),
  'dry-run': booleanInput().default(false),
  'fail-on': failOnInput(),
  'report-path': z.string().default('mlship-reports/auto-rollback'),
});

export const secrets = [...metricSourceSecrets, ...registrySecrets, 'webhook-url', 'slack-webhook'] as const;

export type Inputs = z.output<typeof inputs>;
