import { UserError } from '@mlship/core';
import { run } from './exec';

/**
 * One Kubernetes object edited through kubectl the safe way: read it as JSON,
 * then apply a JSON patch that first tests the resourceVersion that was read,
 * so a concurrent edit makes the patch fail instead of being overwritten.
 * Shared by the weight routers and the shadow mirror.
 */
export interface KubeObject {
  metadata?: { resourceVersion?: string };
  spec?: Record<string, unknown>;
}

export interface KubectlTarget {
  /** kubectl's resource name: `virtualservice`, `httproute`. */
  resource: string;
  name: string;
  namespace: string;
  /** The input messages name, e.g. `input "virtual-service"`. */
  where: string;
}

export async function readObject(t: KubectlTarget): Promise<KubeObject> {
  const text = await run(['kubectl', 'get', t.resource, t.name, '-n', t.namespace, '-o', 'json'], { where: t.where });
  try {
    return JSON.parse(text) as KubeObject;
  } catch {
    throw new UserError(`kubectl get ${t.resource} ${t.name} did not print JSON.`, { where: t.where });
  }
}

/** Applies `ops` to the object as `read` saw it; the patch is rejected if the object changed since. */
export async function patchObject(t: KubectlTarget, read: KubeObject, ops: unknown[]): Promise<void> {
  const patch: unknown[] = [];
  if (read.metadata?.resourceVersion) patch.push({ op: 'test', path: '/metadata/resourceVersion', value: read.metadata.resourceVersion });
  patch.push(...ops);
  await run(['kubectl', 'patch', t.resource, t.name, '-n', t.namespace, '--type=json', '-p', JSON.stringify(patch)], { where: t.where });
}
