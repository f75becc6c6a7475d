import { UserError, compare, formatThreshold, margin, type Threshold } from '@mlship/core';
import { describeTarget, type ModelRegistry, type ModelVersion, type Provenance, type Target } from './registry';

/** Which version to promote: a named one, the newest registered, or the one at a stage/alias (the seed's `--from-stage Staging`). */
export type VersionSource = { version: string } | { latest: true } | { from: Target };

export interface PromotionRequest {
  model: string;
  source: VersionSource;
  to: Target;
  /** Re-checked against the version's recorded metrics before anything is written. */
  minMetrics: Threshold[];
  archiveExisting: boolean;
  dryRun: boolean;
  provenance: Provenance;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface GateResult {
  threshold: Threshold;
  observed: number;
  passed: boolean;
}

export type PromotionResult = 'promoted' | 'already-there' | 'dry-run' | 'blocked';

export interface PromotionOutcome {
  registry: ModelRegistry['kind'];
  model: string;
  version: ModelVersion;
  /** How the version was chosen, for people: `version 3`, `stage "Staging"`, `latest`. */
  from: string;
  to: Target;
  /** The holder before promotion; what auto-rollback restores. */
  previous: string | null;
  metrics: Record<string, number>;
  gate: GateResult[];
  result: PromotionResult;
  archived: string[];
  warnings: string[];
}

/**
 * The seed's promote_model.py as a library call, made safe to re-run: pick
 * the version, re-check its metrics, then assign — only if every threshold
 * passes, never half-way, and not at all when the target already holds it.
 */
export async function promote(registry: ModelRegistry, req: PromotionRequest): Promise<PromotionOutcome> {
  const log = req.log ?? (() => undefined);
  await registry.getModel(req.model);
  const { version, from } = await resolveSource(registry, req.model, req.source);
  log(`Promoting ${req.model} ${version.version} (${from}) to ${describeTarget(req.to)} in the ${registry.kind} registry.`);
  const previous = (await registry.latestVersion(req.model, req.to))?.version ?? null;

  const metrics = req.minMetrics.length ? await registry.versionMetrics(req.model, version.version) : {};
  const gate = req.minMetrics.map((t) => {
    const observed = metrics[t.metric];
    if (observed === undefined) {
      const recorded = Object.keys(metrics).sort();
      throw new UserError(`metric "${t.metric}" is not recorded for ${req.model} ${version.version}, so "${t.source}" cannot be checked.`, {
        where: 'min-metrics',
        hint: recorded.length ? `Recorded metrics: ${recorded.join(', ')}.` : `The version has no recorded metrics (${registry.kind === 'git' ? 'none in its registration tag message' : 'its run logged none'}).`,
      });
    }
    return { threshold: t, observed, passed: compare(observed, t.op, t.value) };
  });
  const base = { registry: registry.kind, model: req.model, version, from, to: req.to, previous, metrics, gate, archived: [], warnings: [] };

  if (gate.some((g) => !g.passed)) return { ...base, result: 'blocked' };
  if (previous === version.version) return { ...base, result: 'already-there' };
  if (req.dryRun) return { ...base, result: 'dry-run' };

  const gateLine = gate.map((g) => `${g.threshold.metric} ${formatThreshold(g.threshold)}: ${g.observed}`).join('; ');
  const r = await registry.assign(req.model, version.version, {
    target: req.to,
    expectedHolder: previous,
    archiveExisting: req.archiveExisting,
    provenance: { ...req.provenance, ...(gateLine ? { gate: gateLine } : {}) },
  });
  return { ...base, result: r.changed ? 'promoted' : 'already-there', archived: r.archived, warnings: r.warnings };
}

async function resolveSource(registry: ModelRegistry, model: string, source: VersionSource): Promise<{ version: ModelVersion; from: string }> {
  if ('version' in source) return { version: await registry.getVersion(model, source.version), from: `version ${source.version}` };
  if ('latest' in source) {
    const v = await registry.latestVersion(model);
    if (!v) throw new UserError(`model "${model}" has no registered versions.`, { hint: 'Register a version first, or name one with version.' });
    return { version: v, from: 'latest registered version' };
  }
  const v = await registry.latestVersion(model, source.from);
  if (!v) {
    throw new UserError(`no version of model "${model}" is in ${describeTarget(source.from)}.`, {
      where: source.from.kind === 'stage' ? 'from-stage' : 'from-alias',
      hint: 'Promote a version there first, or name the version to promote with version.',
    });
  }
  return { version: v, from: describeTarget(source.from) };
}

/** How far a gate result is from its threshold, for the report ("short by 0.03"). */
export const gateMargin = (g: GateResult) => margin(g.observed, g.threshold.op, g.threshold.value);
