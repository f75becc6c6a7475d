import { UserError, suggestion, type ActionIO } from '@mlship/core';
import { openRegistry, type ModelRegistry, type Target } from '@mlship/registry';
import { COMMAND_PLACEHOLDERS, parseArgvTemplate } from '@mlship/rollout';
import type { Inputs } from './inputs';

const KINDS = ['kubectl', 'registry', 'command', 'webhook', 'blue-green'] as const;
export type TargetKind = (typeof KINDS)[number];

/** Everything the configured targets need, checked before the stabilization wait so a typo does not cost five minutes. */
export interface RollbackPlan {
  order: TargetKind[];
  kubectl?: { deployment: string; namespace?: string; context?: string; timeoutSeconds: number };
  registry?: { registry: ModelRegistry; model: string; target: Target; previous: string | null; version?: string };
  command?: string[];
  webhook?: string;
  blueGreen?: { service: string; namespace: string; label: string; to: string };
}

const need = (i: Inputs, name: 'deployment' | 'model-name' | 'previous-version' | 'rollback-command' | 'webhook-url' | 'active-service' | 'namespace' | 'switch-back-to', target: TargetKind, hint: string): string => {
  const v = i[name];
  if (!v) throw new UserError(`input "${name}" is required with the ${target} rollback target.`, { hint });
  return v;
};

export function parseTargets(text: string): TargetKind[] {
  const names = text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 1 && names[0] === 'none') return [];
  const out: TargetKind[] = [];
  for (const n of names) {
    if (!(KINDS as readonly string[]).includes(n)) {
      throw new UserError(`unknown rollback target "${n}".${suggestion(n, [...KINDS, 'none'])}`, { where: 'input "targets"', hint: `Use one or more of ${KINDS.join(', ')} (run in the order given), or none.` });
    }
    if (out.includes(n as TargetKind)) throw new UserError(`"${n}" is listed twice.`, { where: 'input "targets"' });
    out.push(n as TargetKind);
  }
  if (out.length === 0) throw new UserError('is empty.', { where: 'input "targets"', hint: 'Name the targets to roll back (kubectl, registry, command, webhook, blue-green), or none to only check and notify.' });
  return out;
}

export function planRollback(i: Inputs, io: ActionIO): RollbackPlan {
  const plan: RollbackPlan = { order: parseTargets(i.targets) };
  for (const kind of plan.order) {
    switch (kind) {
      case 'kubectl':
        plan.kubectl = {
          deployment: need(i, 'deployment', kind, 'Name the Deployment to undo, e.g. ml-model (for kubectl rollout undo deployment/ml-model -n production).'),
          namespace: i.namespace,
          context: i['kube-context'],
          timeoutSeconds: i['rollout-timeout'],
        };
        if (i['rollout-timeout'] <= 0) throw new UserError('must be more than 0 seconds.', { where: 'input "rollout-timeout"' });
        break;
      case 'registry': {
        const model = need(i, 'model-name', kind, 'Name the registered model whose stage or alias to restore.');
        if (!!i.stage === !!i.alias) {
          throw new UserError(`${i.stage ? '"stage" and "alias" both' : 'neither "stage" nor "alias"'} given; say which one the bad version was promoted to with exactly one of them.`, { hint: 'Use the to-stage / to-alias you gave promote-model.' });
        }
        const previous = need(i, 'previous-version', kind, "Pass promote-model's previous-version output; write none when the promotion was the first (the stage/alias is then emptied), e.g. ${{ steps.promote.outputs.previous-version || 'none' }}.");
        plan.registry = {
          registry: openRegistry(i, io),
          model,
          target: i.stage ? { kind: 'stage', name: i.stage } : { kind: 'alias', name: i.alias! },
          previous: previous === 'none' ? null : previous,
          version: i.version,
        };
        break;
      }
      case 'command':
        plan.command = parseArgvTemplate(need(i, 'rollback-command', kind, 'e.g. ./scripts/rollback.sh {{deployment}} {{previous-version}}'), 'input "rollback-command"', COMMAND_PLACEHOLDERS);
        break;
      case 'webhook':
        plan.webhook = need(i, 'webhook-url', kind, 'The URL that receives the rollback request as a JSON POST.');
        break;
      case 'blue-green':
        plan.blueGreen = {
          service: need(i, 'active-service', kind, 'Name the Service blue-green switched, e.g. ml-model.'),
          namespace: need(i, 'namespace', kind, 'The namespace of the Service, e.g. production.'),
          label: i['selector-label'],
          to: need(i, 'switch-back-to', kind, "Pass blue-green's previous output, e.g. ${{ steps.bg.outputs.previous }}."),
        };
        break;
    }
  }
  return plan;
}
