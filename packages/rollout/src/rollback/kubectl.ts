import { UserError } from '@mlship/core';
import { run } from '../traffic/exec';
import type { RollbackStep } from './step';

export interface KubectlRollback {
  deployment: string;
  namespace?: string;
  context?: string;
  /** `kubectl rollout status --timeout`, seconds. */
  timeoutSeconds: number;
  dryRun: boolean;
  log: (line: string) => void;
}

const REVISION = 'deployment.kubernetes.io/revision';
/** Set on the Deployment after an undo: the revision mlship rolled back to, and the one it rolled back from. */
export const ROLLBACK_REVISION = 'mlship.dev/rollback-revision';
export const ROLLED_BACK_FROM = 'mlship.dev/rolled-back-from-revision';
/** Set once every target of an incident succeeded: the incident key, so a re-run of the workflow run notifies and runs nothing again. */
export const ROLLBACK_INCIDENT = 'mlship.dev/rollback-incident';

export type DeploymentRef = Pick<KubectlRollback, 'deployment' | 'namespace' | 'context'>;

const scopeOf = (o: DeploymentRef) => [...(o.namespace ? ['-n', o.namespace] : []), ...(o.context ? [`--context=${o.context}`] : [])];

async function readAnnotations(o: DeploymentRef): Promise<Record<string, string>> {
  const out = await run(['kubectl', 'get', 'deployment', o.deployment, ...scopeOf(o), '-o', 'json'], { where: 'kubectl' });
  let parsed: { metadata?: { annotations?: Record<string, string> } };
  try {
    parsed = JSON.parse(out) as typeof parsed;
  } catch {
    throw new UserError(`kubectl get deployment/${o.deployment} did not print JSON.`, { where: 'kubectl', hint: 'Check that kubectl on PATH is kubectl.' });
  }
  return parsed.metadata?.annotations ?? {};
}

/** Whether an earlier attempt recorded this incident as rolled back on the Deployment. */
export async function deploymentRecordsIncident(o: DeploymentRef, incidentKey: string): Promise<boolean> {
  return (await readAnnotations(o))[ROLLBACK_INCIDENT] === incidentKey;
}

/** Records the incident as rolled back on the Deployment (metadata only: no rollout starts). */
export async function recordIncidentOnDeployment(o: DeploymentRef, incidentKey: string, log: (line: string) => void): Promise<void> {
  const args = ['annotate', `deployment/${o.deployment}`, ...scopeOf(o), '--overwrite', `${ROLLBACK_INCIDENT}=${incidentKey}`];
  log(`  kubectl ${args.join(' ')}`);
  await run(['kubectl', ...args], { where: 'kubectl', log: (line) => log(`    ${line}`) });
}

/**
 * Seed 000 6.4's `kubectl rollout undo` + `kubectl rollout status`, safe to
 * run twice. `rollout undo` flips between the last two revisions, so a second
 * run would bring the bad version back; the Deployment is therefore annotated
 * with the revision the undo produced, and a run that finds the Deployment
 * still at that revision does nothing. (Annotations on the Deployment's own
 * metadata do not start a rollout.) kubectl is run with an argument list,
 * never a shell; KUBECONFIG and the rest of the environment pass through.
 */
export async function rollbackDeployment(o: KubectlRollback): Promise<RollbackStep> {
  const scope = scopeOf(o);
  const ref = `deployment/${o.deployment}`;
  const subject = `${ref}${o.namespace ? ` -n ${o.namespace}` : ''}`;
  const kubectl = async (...args: string[]) => {
    o.log(`  kubectl ${args.join(' ')}`);
    await run(['kubectl', ...args], { where: 'kubectl', log: (line) => o.log(`    ${line}`) });
  };
  const read = async () => {
    const annotations = await readAnnotations(o);
    return { revision: annotations[REVISION], annotations };
  };

  const before = await read();
  if (before.revision !== undefined && before.annotations[ROLLBACK_REVISION] === before.revision) {
    return {
      target: 'kubectl',
      subject,
      result: 'already-done',
      detail: `already rolled back: revision ${before.revision} is the one an earlier run restored (from revision ${before.annotations[ROLLED_BACK_FROM] ?? '?'}); nothing to undo.`,
    };
  }
  const undo = ['rollout', 'undo', ref, ...scope];
  const status = ['rollout', 'status', ref, ...scope, `--timeout=${Math.round(o.timeoutSeconds)}s`];
  if (o.dryRun) {
    return { target: 'kubectl', subject, result: 'would-roll-back', detail: `would run kubectl ${undo.join(' ')} then kubectl ${status.join(' ')} (now at revision ${before.revision ?? 'unknown'}).` };
  }
  await kubectl(...undo);
  await kubectl(...status);
  const after = await read();
  if (after.revision !== undefined) {
    await kubectl('annotate', ref, ...scope, '--overwrite', `${ROLLBACK_REVISION}=${after.revision}`, `${ROLLED_BACK_FROM}=${before.revision ?? ''}`);
  }
  return { target: 'kubectl', subject, result: 'rolled-back', detail: `rolled back from revision ${before.revision ?? '?'} to revision ${after.revision ?? '?'}; the rollout completed.` };
}
