import { UserError, type ActionIO } from '@mlship/core';
import { z } from 'zod';
import { GitTagRegistry } from './git/registry';
import { MlflowRegistry } from './mlflow/registry';
import type { ModelRegistry } from './registry';

/**
 * The step inputs that say which registry to talk to, shared by every action
 * that reads or writes one (promote-model, eval-gate's registry baseline,
 * auto-rollback's registry target), so they are spelled and checked one way.
 */
export const registryInputs = {
  registry: z.enum(['git', 'mlflow']).default('git'),
  'tracking-uri': z.string().optional(),
  'mlflow-token': z.string().optional(),
  'mlflow-username': z.string().optional(),
  'mlflow-password': z.string().optional(),
  'github-token': z.string().optional(),
  remote: z.string().default('origin'),
};

export const registrySecrets = ['mlflow-token', 'mlflow-password', 'github-token'] as const;

export type RegistryInputs = z.output<z.ZodObject<typeof registryInputs>>;

export function openRegistry(inputs: RegistryInputs, io: ActionIO, cwd = process.cwd()): ModelRegistry {
  if (inputs.registry === 'mlflow') {
    const trackingUri = inputs['tracking-uri'];
    if (!trackingUri) throw new UserError('input "tracking-uri" is required with registry: mlflow.', { hint: 'Set it to the MLflow server or Databricks workspace URL.' });
    return new MlflowRegistry({
      trackingUri,
      token: inputs['mlflow-token'],
      username: inputs['mlflow-username'],
      password: inputs['mlflow-password'],
      onRetry: (m) => io.warning(m),
    });
  }
  const server = io.env('GITHUB_SERVER_URL');
  const repo = io.env('GITHUB_REPOSITORY');
  return new GitTagRegistry({
    cwd,
    remote: inputs.remote === 'none' ? undefined : inputs.remote,
    token: inputs['github-token'],
    webUrl: server && repo ? `${server}/${repo}` : undefined,
  });
}
