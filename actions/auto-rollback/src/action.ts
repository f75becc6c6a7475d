import { defineAction, describeError, isUserError, loadYamlParser, renderSummary, UserError, type ActionIO } from '@mlship/core';
import { runUrl } from '@mlship/notify';
import {
  MetricSourceUnavailable,
  checkHealth,
  createMetricSource,
  deploymentRecordsIncident,
  parseHealthConditions,
  probeMetrics,
  recordIncidentOnDeployment,
  ROLLBACK_INCIDENT,
  rollbackCommand,
  rollbackDeployment,
  rollbackRegistry,
  rollbackWebhook,
  switchBack,
  type HealthCondition,
  type HealthResult,
  type MetricSource,
  type RollbackStep,
  type Window,
} from '@mlship/rollout';
import { inputs, secrets, type Inputs } from './inputs';
import { findRollbackRecord, notifyIssue, notifySlack, plain, rollbackRecord, type Incident, type NotifyResult } from './notify';
import { buildReport } from './report';
import { planRollback, type RollbackPlan, type TargetKind } from './targets';
import { watchStabilization, type Sample } from './watch';

const now = () => Date.now() / 1000;

export const autoRollback = defineAction({
  name: 'auto-rollback',
  inputs,
  secrets: [...secrets],
  async run(i, io) {
    // Its query maps, metric lists and command lists may be YAML.
    await loadYamlParser();
    // Everything a typo could break is checked before the wait, not five minutes into it.
    const conditions = parseConditions(i);
    const ratio = parseMaxIncrease(i['max-increase']);
    const windowSeconds = i.window ?? i.stabilization;
    if (windowSeconds <= 0 && !i.force) throw new UserError('the health window is 0 seconds.', { where: 'input "window"', hint: 'Set window (e.g. 5m) when stabilization is 0.' });
    if (i.source === 'scrape' && i.stabilization <= 0 && !i.force) {
      throw new UserError('source: scrape sees only the traffic served while this step runs, so it needs a stabilization period.', { where: 'input "stabilization"', hint: 'Set stabilization (e.g. 5m), or use source: prometheus to judge past traffic.' });
    }
    if (i.baseline !== undefined && (i.source !== 'prometheus' || i.baseline <= 0)) {
      throw new UserError(i.baseline <= 0 ? 'must be more than 0 seconds.' : 'a baseline is the traffic before this step, which only Prometheus remembers.', { where: 'input "baseline"', hint: 'Use source: prometheus, or drop baseline and judge on absolute thresholds.' });
    }
    const plan = planRollback(i, io);
    const subject = describeSubject(i);
    let health: HealthResult | undefined;
    let unavailable: string | undefined;
    let errorRate: number | null = null;
    let p95: number | null = null;
    let samples: Sample[] = [];
    const baselineNotes: { id: string; detail: string }[] = [];
    if (plan.registry) {
      await plan.registry.registry.getModel(plan.registry.model);
      if (plan.registry.previous !== null) await plan.registry.registry.getVersion(plan.registry.model, plan.registry.previous);
    }
    if (i.force) io.info('force: true — rolling back without a health check (manual override).');
    else {
      const source = await createMetricSource(i, io, { tracks: ['stable'] });
      try {
        const ready = now();
        if (i.source === 'prometheus') await probeMetrics(source, 'stable', conditions.map((c) => c.metric), { start: ready - windowSeconds, end: ready });
        const relative = i.baseline ? await baselineConditions(source, conditions, { start: ready - i.baseline, end: ready }, ratio, baselineNotes, io) : [];
        samples = await watchStabilization(source, {
          seconds: i.stabilization,
          tick: tickSeconds(i.stabilization, i['scrape-interval'], i.source),
          track: 'stable',
          log: (l) => io.info(l),
          warn: (l) => io.warning(l),
        });
        const end = now();
        const window = { start: end - windowSeconds, end };
        try {
          health = await checkHealth(source, 'stable', window, [...conditions, ...relative], i['min-requests']);
          errorRate = valueOf(health, 'error-rate') ?? (await source.read({ kind: 'error-rate' }, 'stable', window)).value;
          p95 = valueOf(health, 'p95-latency') ?? (await source.read({ kind: 'latency', quantile: 0.95 }, 'stable', window)).value;
        } catch (e) {
          if (!(e instanceof MetricSourceUnavailable)) throw e;
          unavailable = `health could not be checked: ${e.line}`;
          health = undefined;
        }
      } finally {
        await source.close();
      }
    }

    const needsRollback = i.force || (health !== undefined && (health.health === 'unhealthy' || (health.health === 'inconclusive' && i['on-inconclusive'] === 'rollback')));
    if (health) io.info(`Health: ${health.health}${health.reasons.length ? ` (${health.reasons.join('; ')})` : ''}.`);
    const steps: RollbackStep[] = [];
    const incidentKey = incidentOf(io, subject);
    // A re-run of this workflow run for the same incident: the earlier attempt recorded its rollback on the run's issue or the Deployment.
    const recordedOn = needsRollback && !i['dry-run'] && plan.order.length > 0 ? await earlierRollback(i, io, plan, subject, incidentKey) : null;
    if (recordedOn !== null) {
      io.info(`Already rolled back: an earlier attempt of this run rolled back ${subject} (recorded on ${recordedOn}); no target is run again and nobody is notified again.`);
      for (const kind of plan.order) {
        steps.push({ target: kind, subject: subjectOf(kind, plan), result: 'already-done', detail: `already rolled back by an earlier attempt of this run (recorded on ${recordedOn}); not run again.` });
      }
    } else if (needsRollback) {
      io.info(i['dry-run'] ? 'Dry run: showing what a rollback would do.' : `Rolling back: ${plan.order.join(', ') || 'no target configured'}.`);
      for (const kind of plan.order) steps.push(await runTarget(kind, plan, i, io, { errorRate, p95, health: healthWord(i.force, health), subject }));
    }
    const rolledBack = needsRollback && !i['dry-run'] && steps.length > 0 && steps.every((s) => s.result === 'rolled-back' || s.result === 'already-done');
    if (rolledBack && recordedOn === null && plan.kubectl) await recordOnDeployment(plan.kubectl, incidentKey, io);

    const notifications: NotifyResult[] = [];
    const reasons = i.force ? ['manual override (force: true)'] : (health?.reasons ?? []);
    const incident: Incident = { subject, health: healthWord(i.force, health), errorRate, p95, reasons, steps, dryRun: i['dry-run'], runUrl: runUrl(io.env) };
    const outcome = {
      subject,
      health,
      unavailable,
      errorRate,
      p95,
      p95Threshold: conditions.find((c) => c.threshold.metric === 'p95-latency')?.threshold.value,
      minRequests: i['min-requests'],
      windowSeconds,
      needsRollback,
      rolledBack,
      onInconclusive: i['on-inconclusive'],
      dryRun: i['dry-run'],
      steps,
      notifications,
      samples,
      forced: i.force,
      baselineNotes,
    };
    if (needsRollback && recordedOn === null) {
      if (i['slack-webhook']) notifications.push(await notifySlack(i['slack-webhook'], incident, io));
      if (i['create-issue']) notifications.push(await openIssue(i, io, incident, renderSummary(buildReport(outcome)), rolledBack ? rollbackRecord(incidentKey) : undefined));
      else if (rolledBack && !plan.kubectl) {
        io.info('No record of this rollback is kept (create-issue is off and kubectl is not a target): a re-run of this workflow run finds the registry already rolled back, but runs the command, calls the webhook and posts to Slack again.');
      }
      for (const n of notifications) {
        if (n.ok) io.info(n.detail);
        else io.warning(n.detail);
      }
    }
    return {
      report: buildReport(outcome),
      outputs: {
        needs_rollback: String(needsRollback),
        error_rate: plain(errorRate),
        latency: plain(p95),
        rolled_back: String(rolledBack),
        health: healthWord(i.force, health),
      },
    };
  },
});

const healthWord = (forced: boolean, h: HealthResult | undefined) => (forced ? 'overridden' : (h?.health ?? 'unknown'));

/** `2x`, `2` or `1.5x`: how many times its pre-deployment value a metric may reach. */
function parseMaxIncrease(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*x?\s*$/i.exec(text);
  const ratio = m ? Number(m[1]) : NaN;
  if (!(ratio >= 1)) throw new UserError(`"${text}" is not a ratio of 1 or more.`, { where: 'input "max-increase"', hint: 'Write it like 2x: a metric may reach at most twice its value before the deployment.' });
  return ratio;
}

/**
 * Seed 002's "error rate spike (> 2x baseline)": each error-rate and latency
 * condition also gets a limit of max-increase times its value over the
 * baseline window before this step. No baseline data, or a baseline of 0 (no
 * ratio of 0 means anything), leaves only the absolute threshold — noted in
 * the report, never counted as a pass of the deployment itself.
 */
async function baselineConditions(source: MetricSource, conditions: HealthCondition[], window: Window, ratio: number, notes: { id: string; detail: string }[], io: ActionIO): Promise<HealthCondition[]> {
  const out: HealthCondition[] = [];
  for (const c of conditions) {
    if (c.metric.kind !== 'error-rate' && c.metric.kind !== 'latency') continue;
    const id = `${c.threshold.metric}:vs-baseline`;
    if (out.some((o) => o.id === id)) continue;
    const { value } = await source.read(c.metric, 'stable', window);
    if (value === null || value === 0) {
      notes.push({ id, detail: `${value === null ? 'no data' : '0'} for ${c.threshold.metric} in the ${Math.round(window.end - window.start)} s before this step: only the absolute threshold applies` });
      continue;
    }
    io.info(`Baseline ${c.threshold.metric}: ${plain(value)} (the ${Math.round(window.end - window.start)} s before this step); limit ${ratio}x = ${plain(ratio * value)}.`);
    out.push({ id, metric: c.metric, threshold: { metric: c.threshold.metric, op: '<=', value: ratio * value, source: `${c.threshold.metric} <= ${ratio}x baseline (${plain(value)})` } });
  }
  return out;
}

function parseConditions(i: Inputs): HealthCondition[] {
  return parseHealthConditions(i.thresholds, i, { action: 'auto-rollback', input: 'thresholds', example: '"error-rate <= 0.05, p95-latency <= 2.0" (the defaults: at most 5 % errors, p95 at most 2 s)' });
}

/** About ten progress lines per wait, each over at least two scrapes (a rate needs two samples), at most a minute apart. */
const tickSeconds = (stabilization: number, scrapeInterval: number, source: Inputs['source']) =>
  Math.min(60, Math.max(source === 'prometheus' ? 2 * scrapeInterval : scrapeInterval, stabilization / 10, 1));

const valueOf = (h: HealthResult, metric: string) => {
  const c = h.conditions.find((x) => x.id === metric);
  return c ? c.value : null;
};

function describeSubject(i: Inputs): string {
  const parts: string[] = [];
  if (i.deployment) parts.push(`deployment/${i.deployment}${i.namespace ? ` -n ${i.namespace}` : ''}`);
  else if (i.service) parts.push(`service ${i.service}${i.namespace ? ` -n ${i.namespace}` : ''}`);
  if (i['model-name']) parts.push(`${i['model-name']}${i.version ? ` ${i.version}` : ''}`);
  return parts.join(', ') || 'production';
}

async function runTarget(kind: TargetKind, plan: RollbackPlan, i: Inputs, io: ActionIO, ctx: { errorRate: number | null; p95: number | null; health: string; subject: string }): Promise<RollbackStep> {
  const dryRun = i['dry-run'];
  const log = (l: string) => io.info(l);
  io.info(`${kind}:`);
  try {
    let step: RollbackStep;
    switch (kind) {
      case 'kubectl':
        step = await rollbackDeployment({ ...plan.kubectl!, dryRun, log });
        break;
      case 'registry': {
        const r = plan.registry!;
        step = await rollbackRegistry(r.registry, {
          model: r.model,
          target: r.target,
          previous: r.previous,
          version: r.version,
          dryRun,
          provenance: { runUrl: runUrl(io.env), commit: io.env('GITHUB_SHA'), gate: `auto-rollback: ${ctx.health} (error rate ${plain(ctx.errorRate) || 'no data'}, p95 ${plain(ctx.p95) || 'no data'} s)` },
        });
        break;
      }
      case 'command':
        step = await rollbackCommand(plan.command!, templateValues(i, ctx, io), { dryRun, log });
        break;
      case 'webhook':
        step = await rollbackWebhook(plan.webhook!, webhookPayload(i, ctx, io), { dryRun, onRetry: (m) => io.warning(m) });
        break;
      case 'blue-green':
        step = await switchBack({ ...plan.blueGreen!, where: 'input "active-service"', dryRun, log });
        break;
    }
    io.info(`  ${step.result}: ${step.detail}`);
    return step;
  } catch (e) {
    // One target failing must not stop the others: a half-rolled-back system is worse than a fully rolled-back one with one error.
    if (!isUserError(e)) throw e;
    io.warning(`${kind} rollback failed: ${describeError(e)}`);
    return { target: kind, subject: subjectOf(kind, plan), result: 'failed', detail: describeError(e) };
  }
}

function subjectOf(kind: TargetKind, plan: RollbackPlan): string {
  if (kind === 'kubectl') return `deployment/${plan.kubectl!.deployment}${plan.kubectl!.namespace ? ` -n ${plan.kubectl!.namespace}` : ''}`;
  if (kind === 'registry') return `${plan.registry!.model} ${plan.registry!.target.kind} "${plan.registry!.target.name}"`;
  if (kind === 'command') return plan.command![0]!;
  if (kind === 'blue-green') return `service/${plan.blueGreen!.service} -n ${plan.blueGreen!.namespace}`;
  try {
    return new URL(plan.webhook!).host;
  } catch {
    return 'webhook';
  }
}

function templateValues(i: Inputs, ctx: { errorRate: number | null; p95: number | null; health: string }, io: ActionIO): Record<string, string> {
  return {
    deployment: i.deployment ?? '',
    namespace: i.namespace ?? '',
    model: i['model-name'] ?? '',
    version: i.version ?? '',
    'previous-version': i['previous-version'] ?? '',
    'error-rate': plain(ctx.errorRate),
    latency: plain(ctx.p95),
    health: ctx.health,
    'run-url': runUrl(io.env) ?? '',
  };
}

/** One incident: this workflow run (re-runs included) rolling back this subject. The webhook's idempotency key, and what the issue records. */
const incidentOf = (io: ActionIO, subject: string) => `${io.env('GITHUB_REPOSITORY') ?? 'local'}/${io.env('GITHUB_RUN_ID') ?? 'local'}/${subject}`;

/**
 * Where an earlier attempt of this run recorded the incident as rolled back — its issue, or the
 * Deployment's annotation — or null (no record found, or it could not be read — then said).
 */
async function earlierRollback(i: Inputs, io: ActionIO, plan: RollbackPlan, subject: string, incidentKey: string): Promise<string | null> {
  const token = i['github-token'];
  const repository = io.env('GITHUB_REPOSITORY');
  if (i['create-issue'] && token && repository) {
    try {
      const issue = await findRollbackRecord({ token, repository, runId: io.env('GITHUB_RUN_ID'), labels: issueLabels(i), subject, incidentKey }, io);
      if (issue !== null) return `issue #${issue}`;
    } catch (e) {
      io.warning(`could not read this run's rollback issue (${describeError(e).split('\n')[0]}); looking for another record.`);
    }
  }
  if (plan.kubectl) {
    try {
      if (await deploymentRecordsIncident(plan.kubectl, incidentKey)) return `deployment/${plan.kubectl.deployment} (annotation ${ROLLBACK_INCIDENT})`;
    } catch (e) {
      io.warning(`could not read deployment/${plan.kubectl.deployment}'s rollback record (${describeError(e).split('\n')[0]}); rolling back as if no earlier attempt had.`);
    }
  }
  return null;
}

/** A record a re-run finds without create-issue; failing to write it leaves the rollback standing, so it only warns. */
async function recordOnDeployment(target: NonNullable<RollbackPlan['kubectl']>, incidentKey: string, io: ActionIO): Promise<void> {
  try {
    await recordIncidentOnDeployment(target, incidentKey, (l) => io.info(l));
  } catch (e) {
    io.warning(`could not record the rollback on deployment/${target.deployment} (${describeError(e).split('\n')[0]}); a re-run of this run would notify and run the command and webhook targets again.`);
  }
}

const issueLabels = (i: Inputs) => i['issue-labels'].split(',').map((l) => l.trim()).filter(Boolean);

function webhookPayload(i: Inputs, ctx: { errorRate: number | null; p95: number | null; health: string; subject: string }, io: ActionIO): Record<string, unknown> {
  return {
    event: 'rollback',
    // The same for every attempt of one workflow run, so a receiver can drop repeats from a re-run.
    idempotency_key: incidentOf(io, ctx.subject),
    subject: ctx.subject,
    health: ctx.health,
    error_rate: ctx.errorRate,
    p95_latency_seconds: ctx.p95,
    deployment: i.deployment ?? null,
    namespace: i.namespace ?? null,
    model: i['model-name'] ?? null,
    version: i.version ?? null,
    previous_version: i['previous-version'] ?? null,
    repository: io.env('GITHUB_REPOSITORY') ?? null,
    run_url: runUrl(io.env) ?? null,
    sha: io.env('GITHUB_SHA') ?? null,
  };
}

async function openIssue(i: Inputs, io: ActionIO, incident: Incident, body: string, record: string | undefined): Promise<NotifyResult> {
  const token = i['github-token'];
  const repository = io.env('GITHUB_REPOSITORY');
  if (!token || !repository) return { channel: 'issue', ok: false, detail: `no GitHub issue: ${!token ? 'input "github-token" is not set' : 'GITHUB_REPOSITORY is not set'}` };
  return notifyIssue({ token, repository, runId: io.env('GITHUB_RUN_ID'), labels: issueLabels(i), incident, body, record }, io);
}
