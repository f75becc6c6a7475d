import type { ActionDefinition } from '@mlship/core';
import { abTest } from '../../../actions/ab-test/src/action';
import { autoRollback } from '../../../actions/auto-rollback/src/action';
import { blueGreen } from '../../../actions/blue-green/src/action';
import { canaryCheck } from '../../../actions/canary-check/src/action';
import { envConfig } from '../../../actions/env-config/src/action';
import { evalGate } from '../../../actions/eval-gate/src/action';
import { prChecklist } from '../../../actions/pr-checklist/src/action';
import { promoteModel } from '../../../actions/promote-model/src/action';
import { runTests } from '../../../actions/run-tests/src/action';
import { shadowCheck } from '../../../actions/shadow-check/src/action';
import { trainingDiagnostics } from '../../../actions/training-diagnostics/src/action';
import { validateData } from '../../../actions/validate-data/src/action';

/** Every action the CLI can run, by the name used in `uses: …/actions/<name>`. */
export const actions: Record<string, ActionDefinition> = {
  'validate-data': validateData as unknown as ActionDefinition,
  'eval-gate': evalGate as unknown as ActionDefinition,
  'promote-model': promoteModel as unknown as ActionDefinition,
  'pr-checklist': prChecklist as unknown as ActionDefinition,
  'canary-check': canaryCheck as unknown as ActionDefinition,
  'blue-green': blueGreen as unknown as ActionDefinition,
  'shadow-check': shadowCheck as unknown as ActionDefinition,
  'ab-test': abTest as unknown as ActionDefinition,
  'auto-rollback': autoRollback as unknown as ActionDefinition,
  'training-diagnostics': trainingDiagnostics as unknown as ActionDefinition,
  'run-tests': runTests as unknown as ActionDefinition,
  'env-config': envConfig as unknown as ActionDefinition,
};

/** Published JSON Schemas for config files, by action name. */
export { validationConfigJsonSchema as validateDataConfigSchema } from '@mlship/data';
export { gateConfigJsonSchema as evalGateConfigSchema } from '@mlship/metrics';
export { checklistConfigJsonSchema as prChecklistConfigSchema } from '../../../actions/pr-checklist/src/config';
