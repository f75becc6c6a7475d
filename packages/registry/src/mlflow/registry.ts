import { UserError } from '@mlship/core';
import { RaceError, describeTarget, type AssignOptions, type AssignResult, type ModelRegistry, type ModelVersion, type PromotionRecord, type Target, type UnassignOptions, type UnassignResult } from '../registry';
import { MlflowApiError, MlflowClient, type MlflowClientOptions } from './client';

/** model_registry.proto ModelVersion as MLflow's JSON carries it (empty fields are omitted). */
interface MvJson {
  name?: string;
  version?: string;
  current_stage?: string;
  run_id?: string;
  aliases?: string[];
}
interface TagJson {
  key?: string;
  value?: string;
}
interface MetricJson {
  key?: string;
  value?: number | string;
}

/** MLflow only archives existing versions when moving into one of these (model_version_stages.py). */
const ACTIVE_STAGES = ['staging', 'production'];
const SEARCH_PAGE = 1000;

/** Prefix of the per-promotion history tags: `mlship.promotion.1`, `.2`, … each a JSON object. */
export const PROVENANCE_HISTORY_PREFIX = 'mlship.promotion.';
const promotionIndex = (key: string | undefined) => {
  const m = key?.startsWith(PROVENANCE_HISTORY_PREFIX) ? /^\d+$/.exec(key.slice(PROVENANCE_HISTORY_PREFIX.length)) : null;
  return m ? Number(m[0]) : 0;
};
/** Keys of the model-version tags that describe the latest promotion. */
export const PROVENANCE_TAGS = { target: 'mlship.promoted_to', previous: 'mlship.previous_version', runUrl: 'mlship.workflow_run', commit: 'mlship.commit', actor: 'mlship.actor', gate: 'mlship.gate' } as const;

/**
 * The MLflow Model Registry over REST API 2.0, for an open-source tracking
 * server or a Databricks workspace (workspace registry). Stages are the classic
 * None/Staging/Production/Archived; aliases (`champion`) are the current MLflow way.
 */
export class MlflowRegistry implements ModelRegistry {
  readonly kind = 'mlflow' as const;
  private readonly client: MlflowClient;
  private readonly databricks: boolean;
  private readonly searchPage: number;

  /** searchPageSize: versions per model-versions/search page (default 1000; tests page through a few versions with a small one). */
  constructor(opts: MlflowClientOptions & { searchPageSize?: number }) {
    this.client = new MlflowClient(opts);
    this.searchPage = opts.searchPageSize ?? SEARCH_PAGE;
    this.databricks = /(^|\.)(cloud\.databricks\.com|azuredatabricks\.net|gcp\.databricks\.com)$/.test(this.client.base.hostname);
  }

  url(model?: string, version?: string): string {
    const base = this.client.host;
    const m = model === undefined ? '' : encodeURIComponent(model);
    if (this.databricks) return model === undefined ? `${base}/ml/models` : `${base}/ml/models/${m}${version ? `/versions/${encodeURIComponent(version)}` : ''}`;
    return model === undefined ? `${base}/#/models` : `${base}/#/models/${m}${version ? `/versions/${encodeURIComponent(version)}` : ''}`;
  }

  async getModel(name: string) {
    await this.notFound(this.client.get('registered-models/get', { name }), `model "${name}" not found in the MLflow registry at ${this.client.host}.`, 'Check model-name (names are case-sensitive).');
    return { name, url: this.url(name) };
  }

  async getVersion(name: string, version: string): Promise<ModelVersion> {
    const r = await this.notFound(
      this.client.get<{ model_version?: MvJson }>('model-versions/get', { name, version }),
      `version ${version} of model "${name}" not found in the MLflow registry at ${this.client.host}.`,
      'MLflow versions are numbers (1, 2, …); check version, or pick one with from-stage / from-alias.',
    );
    return this.describe(name, r.model_version ?? {});
  }

  async latestVersion(name: string, target?: Target): Promise<ModelVersion | null> {
    if (!target) {
      let best: MvJson | undefined;
      for await (const mv of this.versions(name)) if (!best || Number(mv.version) > Number(best.version)) best = mv;
      return best ? this.describe(name, best) : null;
    }
    if (target.kind === 'stage') {
      const r = await this.client.post<{ model_versions?: MvJson[] }>('registered-models/get-latest-versions', { name, stages: [target.name] });
      const mv = r.model_versions?.[0];
      return mv ? this.describe(name, mv) : null;
    }
    try {
      const r = await this.client.get<{ model_version?: MvJson }>('registered-models/alias', { name, alias: target.name });
      return r.model_version ? this.describe(name, r.model_version) : null;
    } catch (e) {
      // An unset alias is INVALID_PARAMETER_VALUE "Registered model alias … not found." (404 on some backends).
      if (e instanceof MlflowApiError && (e.status === 404 || /alias .* not found/i.test(e.apiMessage))) return null;
      throw e;
    }
  }

  async versionMetrics(name: string, version: string): Promise<Record<string, number>> {
    const mv = await this.getVersion(name, version);
    if (!mv.runId) {
      throw new UserError(`version ${version} of model "${name}" has no run_id, so it has no run metrics to check.`, { hint: 'Register versions from a run (mlflow.register_model("runs:/<run_id>/model", …)), or drop min-metrics.' });
    }
    const r = await this.notFound(
      this.client.get<{ run?: { data?: { metrics?: MetricJson[] } } }>('runs/get', { run_id: mv.runId }),
      `run ${mv.runId} of version ${version} of model "${name}" not found on ${this.client.host}.`,
      'The run was deleted or lives on another tracking server.',
    );
    const metrics: Record<string, number> = {};
    for (const m of r.run?.data?.metrics ?? []) {
      // Protobuf JSON writes non-finite doubles as strings ("NaN", "Infinity").
      if (m.key !== undefined) metrics[m.key] = typeof m.value === 'number' ? m.value : Number(m.value ?? NaN);
    }
    return metrics;
  }

  async assign(name: string, version: string, o: AssignOptions): Promise<AssignResult> {
    const now = await this.latestVersion(name, o.target);
    const previous = now?.version ?? null;
    if (previous !== o.expectedHolder) throw new RaceError(name, o.target, o.expectedHolder, previous);
    if (previous === version) return { previous, changed: false, archived: [], warnings: [] };

    let archived: string[] = [];
    if (o.target.kind === 'alias') {
      await this.client.post('registered-models/alias', { name, alias: o.target.name, version });
      archived = previous ? [previous] : [];
    } else {
      const stage = o.target.name.toLowerCase();
      const others: string[] = [];
      for await (const mv of this.versions(name)) if (mv.current_stage?.toLowerCase() === stage && mv.version !== version) others.push(mv.version!);
      const archive = o.archiveExisting && ACTIVE_STAGES.includes(stage);
      const newest = others.sort((a, b) => Number(b) - Number(a))[0];
      if (!archive && newest !== undefined && Number(newest) > Number(version)) {
        throw new UserError(`version ${newest} would stay the version of ${describeTarget(o.target)}: it is newer than ${version} and archive-existing is false.`, {
          hint: 'Set archive-existing: true to replace it (that is how a rollback to an older version works).',
        });
      }
      await this.client.post('model-versions/transition-stage', { name, version, stage: o.target.name, archive_existing_versions: archive });
      archived = archive ? others : [];
    }
    const warnings = await this.recordProvenance(name, version, o, previous);
    return { previous, changed: true, archived, warnings };
  }

  async unassign(name: string, o: UnassignOptions): Promise<UnassignResult> {
    const now = (await this.latestVersion(name, o.target))?.version ?? null;
    if (now !== o.expectedHolder) throw new RaceError(name, o.target, o.expectedHolder, now);
    if (now === null) return { previous: null, changed: false };
    if (o.target.kind === 'alias') {
      await this.client.delete('registered-models/alias', { name, alias: o.target.name });
    } else {
      // Every version in the stage leaves it, so the stage reads empty afterwards.
      const stage = o.target.name.toLowerCase();
      const holders: string[] = [];
      for await (const mv of this.versions(name)) if (mv.current_stage?.toLowerCase() === stage) holders.push(mv.version!);
      for (const v of holders) await this.client.post('model-versions/transition-stage', { name, version: v, stage: 'Archived', archive_existing_versions: false });
    }
    return { previous: now, changed: true };
  }

  async promotions(name: string, version: string): Promise<PromotionRecord[]> {
    const r = await this.notFound(
      this.client.get<{ model_version?: { tags?: TagJson[] } }>('model-versions/get', { name, version }),
      `version ${version} of model "${name}" not found in the MLflow registry at ${this.client.host}.`,
      'MLflow versions are numbers (1, 2, …).',
    );
    const entries = (r.model_version?.tags ?? []).filter((t) => promotionIndex(t.key) > 0).sort((a, b) => promotionIndex(a.key) - promotionIndex(b.key));
    return entries.map((t) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(t.value ?? '');
      } catch {
        parsed = undefined;
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new UserError(`tag ${t.key} of ${name} ${version} is not the JSON object mlship writes: ${String(t.value).slice(0, 80)}`, { hint: 'Someone edited the tag by hand; fix or delete it in the MLflow UI.' });
      }
      const e = parsed as Record<string, unknown>;
      const str = (k: string) => (typeof e[k] === 'string' ? { [k === 'workflow_run' ? 'runUrl' : k]: e[k] as string } : {});
      return {
        target: typeof e.target === 'string' ? e.target : '',
        previous: typeof e.previous === 'string' ? e.previous : null,
        ...str('workflow_run'),
        ...str('commit'),
        ...str('actor'),
        ...str('gate'),
        ...str('at'),
      };
    });
  }

  /**
   * Provenance is recorded after the move; failing to record it does not undo a promotion that happened.
   * Each promotion adds its own `mlship.promotion.<n>` tag (history: a later move to an alias never
   * erases the stage move before it; one tag per entry stays under MLflow's 5000-character tag value
   * limit however long the history grows). The flat `mlship.*` tags describe the latest promotion and
   * are all rewritten, empty where it has no value, so none is left over from an earlier one.
   */
  private async recordProvenance(name: string, version: string, o: AssignOptions, previous: string | null): Promise<string[]> {
    const p = o.provenance;
    const latest: [string, string][] = [
      [PROVENANCE_TAGS.target, `${o.target.kind}:${o.target.name}`],
      [PROVENANCE_TAGS.previous, previous ?? ''],
      [PROVENANCE_TAGS.runUrl, p.runUrl ?? ''],
      [PROVENANCE_TAGS.commit, p.commit ?? ''],
      [PROVENANCE_TAGS.actor, p.actor ?? ''],
      [PROVENANCE_TAGS.gate, p.gate ?? ''],
    ];
    const entry = JSON.stringify({
      target: `${o.target.kind}:${o.target.name}`,
      previous,
      ...(p.runUrl ? { workflow_run: p.runUrl } : {}),
      ...(p.commit ? { commit: p.commit } : {}),
      ...(p.actor ? { actor: p.actor } : {}),
      ...(p.gate ? { gate: p.gate } : {}),
      at: new Date().toISOString(),
    });
    try {
      const r = await this.client.get<{ model_version?: { tags?: { key?: string }[] } }>('model-versions/get', { name, version });
      const n = 1 + Math.max(0, ...(r.model_version?.tags ?? []).map((t) => promotionIndex(t.key)));
      for (const [key, value] of [[`${PROVENANCE_HISTORY_PREFIX}${n}`, entry], ...latest]) {
        await this.client.post('model-versions/set-tag', { name, version, key, value });
      }
    } catch (e) {
      return [`provenance not fully recorded: ${e instanceof UserError ? e.message : String(e)}`];
    }
    return [];
  }

  /** Every version of the model, following `next_page_token`. */
  private async *versions(name: string): AsyncGenerator<MvJson> {
    let pageToken: string | undefined;
    do {
      const r = await this.client.get<{ model_versions?: MvJson[]; next_page_token?: string }>('model-versions/search', {
        filter: `name='${name.replace(/'/g, "\\'")}'`,
        max_results: this.searchPage,
        page_token: pageToken,
      });
      yield* r.model_versions ?? [];
      pageToken = r.next_page_token || undefined;
    } while (pageToken);
  }

  private describe(name: string, mv: MvJson): ModelVersion {
    const stage = mv.current_stage;
    return {
      model: mv.name ?? name,
      version: mv.version ?? '',
      stages: stage && stage !== 'None' ? [stage] : [],
      aliases: mv.aliases ?? [],
      ...(mv.run_id ? { runId: mv.run_id } : {}),
      url: this.url(name, mv.version),
    };
  }

  /** RESOURCE_DOES_NOT_EXIST becomes the caller's own message; every other error passes through. */
  private async notFound<T>(p: Promise<T>, message: string, hint: string): Promise<T> {
    try {
      return await p;
    } catch (e) {
      if (e instanceof MlflowApiError && (e.errorCode === 'RESOURCE_DOES_NOT_EXIST' || (e.status === 404 && !e.errorCode))) throw new UserError(message, { hint });
      throw e;
    }
  }
}
