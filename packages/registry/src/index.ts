export { RaceError, describeTarget, type AssignOptions, type AssignResult, type ModelRegistry, type ModelVersion, type Provenance, type Target, type UnassignOptions, type UnassignResult } from './registry';
export { GitTagRegistry, type GitRegistryOptions } from './git/registry';
export { formatTagName, parseTagName, type ParsedTag, type TagEvent } from './git/tag-names';
export { MlflowRegistry, PROVENANCE_HISTORY_PREFIX, PROVENANCE_TAGS } from './mlflow/registry';
export { MlflowApiError, type MlflowClientOptions } from './mlflow/client';
export { promote, gateMargin, type PromotionRequest, type PromotionOutcome, type PromotionResult, type GateResult, type VersionSource } from './promote';
export { buildPromotionReport } from './promotion-report';
export { openRegistry, registryInputs, registrySecrets, type RegistryInputs } from './from-inputs';
