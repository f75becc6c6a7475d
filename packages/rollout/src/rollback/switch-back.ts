import { readSelector, setSelector, type ServiceSelectorOptions } from '../blue-green/service-selector';
import type { RollbackStep } from './step';

export interface SwitchBackRollback extends ServiceSelectorOptions {
  /** The selector value to restore: blue-green's `previous` output. */
  to: string;
  dryRun: boolean;
  log: (line: string) => void;
}

/**
 * A blue-green rollback: the Service's selector back to the deployment that
 * served before the switch (still running while blue-green's scale-down-delay
 * keeps it). Idempotent: a Service already selecting it is left as it is.
 */
export async function switchBack(o: SwitchBackRollback): Promise<RollbackStep> {
  const subject = `service/${o.service} -n ${o.namespace}`;
  if (o.dryRun) {
    const now = await readSelector(o);
    return { target: 'blue-green', subject, result: now === o.to ? 'already-done' : 'would-roll-back', detail: now === o.to ? `already selects ${o.label}=${o.to}.` : `would switch ${o.label}=${now} → ${o.to}.` };
  }
  // Whatever the Service selects now (green, normally) is what is rolled back; the patch still tests the value it read.
  const change = await setSelector(o, o.to);
  if (!change.changed) return { target: 'blue-green', subject, result: 'already-done', detail: `already selects ${o.label}=${o.to}; nothing to switch back.` };
  o.log(`  ${o.label}: ${change.before} → ${o.to}`);
  return { target: 'blue-green', subject, result: 'rolled-back', detail: `switched ${o.label}=${change.before} → ${o.to}.` };
}
