import { UserError } from '@mlship/core';

/**
 * Where a version can be put: an MLflow stage (None/Staging/Production/Archived,
 * or any GTO stage name in the git registry) or an alias (`champion`). A stage
 * may hold several versions (the "holder" is the one readers get, see
 * ModelRegistry.latestVersion); an alias points at exactly one.
 */
export type Target = { kind: 'stage'; name: string } | { kind: 'alias'; name: string };

export const describeTarget = (t: Target) => `${t.kind} "${t.name}"`;

export interface ModelVersion {
  model: string;
  /** As the registry spells it: `3` in MLflow, `v1.2.0` in the git registry. */
  version: string;
  /** Stages this version currently holds (MLflow: at most one, `None` excluded). */
  stages: string[];
  aliases: string[];
  /** MLflow run that produced the version. */
  runId?: string;
  /** Commit the version was registered on (git registry). */
  commit?: string;
  /** Browsable page of this version. */
  url: string;
}

/** Who and what caused a promotion; recorded beside it (MLflow version tags, git tag message). */
export interface Provenance {
  /** Workflow run page, e.g. https://github.com/o/r/actions/runs/42. */
  runUrl?: string;
  commit?: string;
  actor?: string;
  /** One line on the gate that was re-checked, e.g. `accuracy >= 0.85: 0.91`. */
  gate?: string;
}

/** One promotion of a version, as the registry recorded it (oldest first in ModelRegistry.promotions). */
export interface PromotionRecord {
  /** `stage:Production`, `alias:champion`. */
  target: string;
  /** The holder it replaced; null when the target was empty (or the record predates mlship writing it). */
  previous: string | null;
  runUrl?: string;
  commit?: string;
  actor?: string;
  gate?: string;
  /** When it was recorded, ISO 8601. */
  at?: string;
}

export interface AssignOptions {
  target: Target;
  /**
   * The holder the caller saw when it decided (null: the target was empty).
   * The registry reads the target again right before writing and throws a
   * RaceError when it differs, so a gate is never applied to a stale picture.
   */
  expectedHolder: string | null;
  /** Move every other version out of the stage (MLflow `archive_existing_versions`). Ignored for aliases. */
  archiveExisting: boolean;
  provenance: Provenance;
}

export interface AssignResult {
  /** Holder before the assignment (what a rollback restores); null when the target was empty. */
  previous: string | null;
  /** False when the version already held the target and nothing was written. */
  changed: boolean;
  /** Versions moved out of the stage by archiveExisting. */
  archived: string[];
  /** Problems after the assignment was made (e.g. provenance tags not written): the promotion stands. */
  warnings: string[];
}

export interface UnassignOptions {
  target: Target;
  /** As in AssignOptions: the holder the caller saw; a RaceError when it changed. */
  expectedHolder: string | null;
  provenance: Provenance;
}

export interface UnassignResult {
  previous: string | null;
  /** False when the target was already empty. */
  changed: boolean;
}

/**
 * A model registry as promote-model and auto-rollback need it: find a version,
 * read the metrics it was gated on, and move it to a stage or alias while
 * reporting what was there before. Every method throws UserError with one
 * line for anything the user can fix (unknown model, bad credentials, …).
 */
export interface ModelRegistry {
  readonly kind: 'git' | 'mlflow';
  /** Browsable page of the registry, the model, or one version (the `registry-url` output). */
  url(model?: string, version?: string): string;
  /** Throws "model not found" when no such model is registered. */
  getModel(name: string): Promise<{ name: string; url: string }>;
  /** Throws "version not found". */
  getVersion(name: string, version: string): Promise<ModelVersion>;
  /** The version a reader of the stage/alias gets today, or without a target the newest registered version; null when there is none. */
  latestVersion(name: string, target?: Target): Promise<ModelVersion | null>;
  /** The metrics recorded for the version (MLflow: its run's metrics; git: the registration tag's message). */
  versionMetrics(name: string, version: string): Promise<Record<string, number>>;
  assign(name: string, version: string, options: AssignOptions): Promise<AssignResult>;
  /** Empties the stage/alias: how a rollback restores "nothing was there" after a first promotion. */
  unassign(name: string, options: UnassignOptions): Promise<UnassignResult>;
  /** Every promotion of the version, oldest first: provenance is history, never one overwritten record. */
  promotions(name: string, version: string): Promise<PromotionRecord[]>;
}

/** The target changed between reading it and writing to it: someone else promoted concurrently. */
export class RaceError extends UserError {
  constructor(model: string, target: Target, expected: string | null, actual: string | null) {
    super(`${describeTarget(target)} of ${model} changed while promoting: expected ${expected ?? 'nothing'} there, found ${actual ?? 'nothing'}.`, {
      hint: 'Another promotion ran concurrently; nothing was written. Re-run the step to gate and promote against the current state.',
    });
  }
}
