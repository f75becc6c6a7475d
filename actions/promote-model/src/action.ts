import fs from 'node:fs';
import { UserError, booleanInput, defineAction, failOnInput, parseThresholdList, type ActionIO } from '@mlship/core';
import { runUrl } from '@mlship/notify';
import { buildPromotionReport, openRegistry, promote, registryInputs, registrySecrets, type PromotionOutcome, type Target, type VersionSource } from '@mlship/registry';
import { z } from 'zod';

export const promoteModel = defineAction({
  name: 'promote-model',
  inputs: z.object({
    ...registryInputs,
    'model-name': z.string(),
    version: z.string().optional(),
    'from-stage': z.string().optional(),
    'from-alias': z.string().optional(),
    'to-stage': z.string().optional(),
    'to-alias': z.string().optional(),
    'min-metrics': z.string().default('accuracy >= 0.85'),
    'archive-existing': booleanInput().default(true),
    'dry-run': booleanInput().default(false),
    environment: z.string().optional(),
    'environment-url': z.string().url().optional(),
    'fail-on': failOnInput(),
    'report-path': z.string().default('mlship-reports/promote-model'),
  }),
  secrets: [...registrySecrets],
  async run(inputs, io) {
    const source = pickSource(inputs.version, inputs['from-stage'], inputs['from-alias']);
    const to = exactlyOne<Target>('to', { 'to-stage': inputs['to-stage'] && { kind: 'stage', name: inputs['to-stage'] }, 'to-alias': inputs['to-alias'] && { kind: 'alias', name: inputs['to-alias'] } });
    const minMetrics = inputs['min-metrics'].trim().toLowerCase() === 'none' ? [] : parseThresholdList(inputs['min-metrics'], 'min-metrics');
    const registry = openRegistry(inputs, io);
    if (inputs.environment && !inputs['github-token']) {
      throw new UserError(`environment "${inputs.environment}" needs github-token to record the deployment`, { hint: 'Pass github-token: ${{ github.token }} with permissions: deployments: write, or drop environment.' });
    }
    const deployment =
      inputs.environment && !inputs['dry-run']
        ? await (await import('@mlship/github/deployment')).startDeployment(io, {
            action: 'promote-model',
            token: inputs['github-token'],
            environment: inputs.environment,
            description: `${inputs['model-name']} to ${to.kind} ${to.name}`,
            payload: { model: inputs['model-name'], target: to, registry: inputs.registry },
            logUrl: runUrl(io.env),
          })
        : undefined;
    let outcome: PromotionOutcome;
    try {
      outcome = await promote(registry, {
        model: inputs['model-name'],
        source,
        to,
        minMetrics,
        archiveExisting: inputs['archive-existing'],
        dryRun: inputs['dry-run'],
        provenance: { runUrl: runUrl(io.env), commit: io.env('GITHUB_SHA'), actor: eventActor(io) },
        log: (line) => io.info(line),
      });
    } catch (e) {
      await deployment?.finish('error', `promotion failed: ${(e as Error).message}`.slice(0, 140));
      throw e;
    }
    if (deployment) {
      const moved = `${outcome.model} ${outcome.version.version} in ${to.kind} ${to.name}`;
      if (outcome.result === 'blocked') await deployment.finish('failure', `${outcome.model} ${outcome.version.version} blocked by the metric gate`);
      else await deployment.finish('success', outcome.previous && outcome.previous !== outcome.version.version ? `${moved} (was ${outcome.previous})` : moved, inputs['environment-url']);
    }
    if (outcome.result === 'already-there') io.annotate('notice', `${outcome.model} ${outcome.version.version} is already in ${to.kind} "${to.name}"; nothing to do.`, { title: 'promote-model' });
    const url = registry.url(outcome.model, outcome.version.version);
    return {
      report: buildPromotionReport(outcome, url),
      outputs: { version: outcome.version.version, 'previous-version': outcome.previous ?? '', 'registry-url': url },
    };
  },
});

function pickSource(version?: string, fromStage?: string, fromAlias?: string): VersionSource {
  return exactlyOne<VersionSource>('from', {
    version: version && (version === 'latest' ? { latest: true } : { version }),
    'from-stage': fromStage && { from: { kind: 'stage', name: fromStage } },
    'from-alias': fromAlias && { from: { kind: 'alias', name: fromAlias } },
  });
}

/** Exactly one of a group of mutually exclusive inputs. */
function exactlyOne<T>(group: string, given: Record<string, T | undefined | ''>): T {
  const set = Object.entries(given).filter(([, v]) => v);
  const names = Object.keys(given).map((n) => `"${n}"`);
  if (set.length !== 1) {
    throw new UserError(`${set.length === 0 ? 'none' : set.map(([n]) => `"${n}"`).join(' and ')} given; ${group === 'to' ? 'say where to promote to with' : 'pick the version with'} exactly one of ${names.join(', ')}.`, {
      hint: 'Fix the `with:` block of this step (or the matching --flag).',
    });
  }
  return set[0]![1] as T;
}

/** Who triggered the run, from the event payload (GITHUB_EVENT_PATH), for provenance. */
function eventActor(io: ActionIO): string | undefined {
  const file = io.env('GITHUB_EVENT_PATH');
  if (!file) return undefined;
  try {
    const login = (JSON.parse(fs.readFileSync(file, 'utf8')) as { sender?: { login?: unknown } }).sender?.login;
    return typeof login === 'string' ? login : undefined;
  } catch {
    return undefined;
  }
}
