import type { ActionDefinition } from '@mlship/core';
import { validateData } from '../../../actions/validate-data/src/action';

/** Every action the CLI can run, by the name used in `uses: …/actions/<name>`. */
export const actions: Record<string, ActionDefinition> = {
  'validate-data': validateData as unknown as ActionDefinition,
};

/** Published JSON Schemas for config files, by action name. */
export { validationConfigJsonSchema as validateDataConfigSchema } from '@mlship/data';
