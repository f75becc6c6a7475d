import { UserError } from '@mlship/core';
import { describeTarget, type ModelRegistry, type Provenance, type Target } from '@mlship/registry';
import type { RollbackStep } from './step';

export interface RegistryRollback {
  model: string;
  target: Target;
  /** The version to put back (promote-model's previous-version output); null: the target was empty before, so empty it. */
  previous: string | null;
  /** The version being rolled back, when known: a target holding anything else was changed since and is left alone. */
  version?: string;
  dryRun: boolean;
  provenance: Provenance;
}

/**
 * Puts the previous version back in the stage/alias it was promoted out of.
 * Reading the holder first makes it idempotent (already there → nothing
 * written) and careful (a newer promotion since the bad one is not undone);
 * the registry's race check covers the moment between reading and writing.
 */
export async function rollbackRegistry(registry: ModelRegistry, o: RegistryRollback): Promise<RollbackStep> {
  const subject = `${o.model} ${describeTarget(o.target)} (${registry.kind} registry)`;
  await registry.getModel(o.model);
  const holder = (await registry.latestVersion(o.model, o.target))?.version ?? null;
  const want = o.previous ?? 'nothing';
  if (holder === o.previous) {
    return { target: 'registry', subject, result: 'already-done', detail: `already holds ${want}; nothing to restore.` };
  }
  if (o.version !== undefined && holder !== o.version) {
    throw new UserError(`${describeTarget(o.target)} of ${o.model} holds ${holder ?? 'nothing'}, not ${o.version} (the version being rolled back): it was changed since, so it is left alone.`, {
      where: 'input "version"',
      hint: 'Roll back by hand if that version is bad too, or re-run with the version now deployed.',
    });
  }
  if (o.previous !== null) await registry.getVersion(o.model, o.previous);
  if (o.dryRun) return { target: 'registry', subject, result: 'would-roll-back', detail: `would move ${holder ?? 'nothing'} out and restore ${want}.` };
  if (o.previous === null) {
    await registry.unassign(o.model, { target: o.target, expectedHolder: holder, provenance: o.provenance });
  } else {
    await registry.assign(o.model, o.previous, { target: o.target, expectedHolder: holder, archiveExisting: true, provenance: o.provenance });
  }
  return { target: 'registry', subject, result: 'rolled-back', detail: `restored ${want} (was ${holder ?? 'nothing'}).` };
}
