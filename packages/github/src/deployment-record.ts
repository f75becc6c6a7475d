import type { ActionIO } from '@mlship/core';
import { createGitHub, failureLine, type GitHub } from './client';
import { createDeployment, createDeploymentStatus, type DeploymentState } from './deployments';

export interface DeploymentRecord {
  /** Sets the final state; never throws (a failed status update is a warning). */
  finish(state: Extract<DeploymentState, 'success' | 'failure' | 'error' | 'inactive'>, description: string, environmentUrl?: string): Promise<void>;
}

export interface StartDeployment {
  action: string;
  token?: string;
  environment: string;
  /** Commit the deployment is about; default GITHUB_SHA. */
  ref?: string;
  description: string;
  payload?: Record<string, unknown>;
  logUrl?: string;
}

/**
 * A GitHub deployment that mirrors a registry change on the environment page
 * (in_progress now, success/failure when the step knows). The registry is the
 * source of truth, so GitHub being unreachable only warns; a missing token,
 * when a deployment was asked for, is the user's to fix.
 */
export async function startDeployment(io: ActionIO, o: StartDeployment): Promise<DeploymentRecord> {
  const [owner, repo] = (io.env('GITHUB_REPOSITORY') ?? '').split('/');
  const ref = o.ref ?? io.env('GITHUB_SHA');
  if (!owner || !repo || !ref) {
    io.warning(`${o.action}: GITHUB_REPOSITORY or GITHUB_SHA is not set, so no deployment to "${o.environment}" was recorded.`);
    return { finish: async () => undefined };
  }
  const gh: GitHub = await createGitHub({ token: o.token!, apiUrl: io.env('GITHUB_API_URL'), log: io });
  const warn = (what: string, e: unknown) => io.warning(`${o.action}: could not ${what}: ${failureLine(e, 'the token needs `permissions: deployments: write`')}`);
  let id: number;
  try {
    ({ id } = await createDeployment(gh, { owner, repo, ref, environment: o.environment, description: o.description, payload: o.payload, productionEnvironment: /^prod/i.test(o.environment) }));
    await createDeploymentStatus(gh, { owner, repo, deploymentId: id, state: 'in_progress', description: o.description, logUrl: o.logUrl });
  } catch (e) {
    warn(`record a deployment to "${o.environment}"`, e);
    return { finish: async () => undefined };
  }
  return {
    async finish(state, description, environmentUrl) {
      try {
        await createDeploymentStatus(gh, { owner, repo, deploymentId: id, state, description, environmentUrl, logUrl: o.logUrl, autoInactive: state === 'success' });
        io.info(`${o.action}: deployment ${id} to "${o.environment}" is ${state}`);
      } catch (e) {
        warn(`mark deployment ${id} ${state}`, e);
      }
    },
  };
}
