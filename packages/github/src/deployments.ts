import { UserError } from '@mlship/core';
import { statusOf, type GitHub } from './client';

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

export interface CreateDeployment {
  owner: string;
  repo: string;
  /** Branch, tag or SHA being deployed. */
  ref: string;
  environment: string;
  description?: string;
  payload?: Record<string, unknown>;
  productionEnvironment?: boolean;
  transientEnvironment?: boolean;
  /** Status contexts that must pass first; default none (the workflow already gated). */
  requiredContexts?: string[];
  task?: string;
}

/**
 * A deployment record for an environment (what GitHub shows on the
 * environment page). auto_merge is off: a deployment never merges branches.
 * 409 (merge conflict / failed required contexts) becomes a UserError.
 */
export async function createDeployment(gh: GitHub, p: CreateDeployment): Promise<{ id: number; url: string }> {
  try {
    const res = await gh.rest.repos.createDeployment({
      owner: p.owner,
      repo: p.repo,
      ref: p.ref,
      environment: p.environment,
      auto_merge: false,
      required_contexts: p.requiredContexts ?? [],
      task: p.task ?? 'deploy',
      ...(p.description ? { description: p.description } : {}),
      ...(p.payload ? { payload: p.payload } : {}),
      ...(p.productionEnvironment !== undefined ? { production_environment: p.productionEnvironment } : {}),
      ...(p.transientEnvironment !== undefined ? { transient_environment: p.transientEnvironment } : {}),
    });
    if (res.status !== 201 || !('id' in res.data)) throw new UserError(`GitHub did not create a deployment of ${p.ref}: ${(res.data as { message?: string }).message ?? `status ${res.status}`}`);
    return { id: res.data.id, url: res.data.url };
  } catch (e) {
    if (statusOf(e) === 409) throw new UserError(`GitHub refused a deployment of ${p.ref} to ${p.environment}: ${(e as Error).message}`, { hint: 'Check the ref exists and its required status checks pass.' });
    throw e;
  }
}

export async function createDeploymentStatus(
  gh: GitHub,
  p: { owner: string; repo: string; deploymentId: number; state: DeploymentState; description?: string; environmentUrl?: string; logUrl?: string; autoInactive?: boolean },
): Promise<{ id: number }> {
  const { data } = await gh.rest.repos.createDeploymentStatus({
    owner: p.owner,
    repo: p.repo,
    deployment_id: p.deploymentId,
    state: p.state,
    ...(p.description ? { description: p.description.slice(0, 140) } : {}),
    ...(p.environmentUrl ? { environment_url: p.environmentUrl } : {}),
    ...(p.logUrl ? { log_url: p.logUrl } : {}),
    ...(p.autoInactive !== undefined ? { auto_inactive: p.autoInactive } : {}),
  });
  return { id: data.id };
}
