import type { ActionDefinition } from '@mlship/core';

type Load = () => Promise<ActionDefinition>;
// Each action is its own chunk, loaded only when it runs: `mlship validate-data` reads the
// data while another action's code (its zod schemas, HTTP clients, SQL engines) stays on disk.
const def = <T>(load: () => Promise<T>): Load => load as unknown as Load;

/** Every action the CLI can run, by the name used in `uses: …/actions/<name>`, in the order of the ML loop. */
export const actions: Record<string, Load> = {
  'validate-data': def(async () => (await import('../../../actions/validate-data/src/action')).validateData),
  'eval-gate': def(async () => (await import('../../../actions/eval-gate/src/action')).evalGate),
  'promote-model': def(async () => (await import('../../../actions/promote-model/src/action')).promoteModel),
  'pr-checklist': def(async () => (await import('../../../actions/pr-checklist/src/action')).prChecklist),
  'canary-check': def(async () => (await import('../../../actions/canary-check/src/action')).canaryCheck),
  'blue-green': def(async () => (await import('../../../actions/blue-green/src/action')).blueGreen),
  'shadow-check': def(async () => (await import('../../../actions/shadow-check/src/action')).shadowCheck),
  'ab-test': def(async () => (await import('../../../actions/ab-test/src/action')).abTest),
  'auto-rollback': def(async () => (await import('../../../actions/auto-rollback/src/action')).autoRollback),
  'training-diagnostics': def(async () => (await import('../../../actions/training-diagnostics/src/action')).trainingDiagnostics),
  'run-tests': def(async () => (await import('../../../actions/run-tests/src/action')).runTests),
  'env-config': def(async () => (await import('../../../actions/env-config/src/action')).envConfig),
};

/** Published JSON Schemas for config files, by action name. */
export const configSchemas: Record<string, () => Promise<unknown>> = {
  'validate-data': async () => (await import('@mlship/data')).validationConfigJsonSchema(),
  'eval-gate': async () => (await import('@mlship/metrics')).gateConfigJsonSchema(),
  'pr-checklist': async () => (await import('../../../actions/pr-checklist/src/config')).checklistConfigJsonSchema(),
};
