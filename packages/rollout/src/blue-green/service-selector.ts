import { UserError } from '@mlship/core';
import { patchObject, readObject, type KubectlTarget } from '../traffic/kubectl-object';

/**
 * The blue-green switch on a Kubernetes Service: its selector's `label`
 * (seed manifest: `version: blue`) is changed to the other colour. The patch
 * tests the resourceVersion read and the label's old value, so a concurrent
 * edit of the Service makes it fail instead of being overwritten. Shared by
 * the blue-green action and auto-rollback's switch-back target.
 */
export interface ServiceSelectorOptions {
  service: string;
  namespace: string;
  /** The selector key that tells blue from green, e.g. `version`. */
  label: string;
  /** The input messages name, e.g. `input "active-service"`. */
  where: string;
}

export interface SelectorChange {
  /** The label's value before; undefined never reaches here (the read refuses a Service without it). */
  before: string;
  /** False when the Service already selected `to`: nothing was patched. */
  changed: boolean;
}

const target = (o: ServiceSelectorOptions): KubectlTarget => ({ resource: 'service', name: o.service, namespace: o.namespace, where: o.where });

/** RFC 6901: `~` and `/` inside a key (`app.kubernetes.io/version`) are escaped in a JSON pointer. */
const pointer = (key: string) => `/spec/selector/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/** The value the Service's selector gives `label` now. */
export async function readSelector(o: ServiceSelectorOptions): Promise<string> {
  return (await readWithValue(o)).value;
}

async function readWithValue(o: ServiceSelectorOptions) {
  const obj = await readObject(target(o));
  const selector = (obj.spec?.selector ?? {}) as Record<string, unknown>;
  const value = selector[o.label];
  if (typeof value !== 'string') {
    const shown = Object.entries(selector).map(([k, v]) => `${k}=${String(v)}`).join(', ') || 'none';
    throw new UserError(`Service ${o.service} -n ${o.namespace} has no selector label "${o.label}" to switch (selector: ${shown}).`, {
      where: o.where,
      hint: 'Set selector-label to the key whose value tells the blue and green Deployments apart, e.g. version.',
    });
  }
  return { obj, value };
}

/**
 * Sets the selector's `label` to `to`. `allowed` are the values the Service
 * may hold before (blue's and green's): any other value means someone else
 * changed it, and it is left alone. Without `allowed` any value is replaced.
 */
export async function setSelector(o: ServiceSelectorOptions, to: string, allowed?: string[]): Promise<SelectorChange> {
  const { obj, value } = await readWithValue(o);
  if (value === to) return { before: value, changed: false };
  if (allowed && !allowed.includes(value)) {
    throw new UserError(`Service ${o.service} -n ${o.namespace} selects ${o.label}=${value}, which is neither ${allowed.map((a) => `${o.label}=${a}`).join(' nor ')}: it was changed by someone else, so it is left alone.`, {
      where: o.where,
      hint: 'Check which Deployment should serve, and switch the Service by hand if needed.',
    });
  }
  await patchObject(target(o), obj, [
    { op: 'test', path: pointer(o.label), value },
    { op: 'replace', path: pointer(o.label), value: to },
  ]);
  return { before: value, changed: true };
}
