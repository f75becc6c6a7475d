import { defineAction, describeError, failOnInput, loadYamlParser, numberInput, sleep, UserError, type ActionIO } from '@mlship/core';
import { checkHealth, createMetricSource, durationInput, MetricSourceUnavailable, metricSourceSecrets, parseHealthConditions, preflightMetricSource, type HealthResult } from '@mlship/rollout';
import {
  buildShadowReport,
  compareLogs,
  createMirror,
  isUnreadable,
  judgeShadow,
  judgeThresholds,
  needsScores,
  parseAgreementThresholds,
  parseMirrorCommand,
  parseMirrorPercentage,
  preflightLog,
  readPredictions,
  SHADOW_TRACK_NAMES,
  shadowSourceInputs,
  toMetricSourceInputs,
  userImpact,
  type MirrorConfig,
  type PredictionColumns,
} from '@mlship/rollout/shadow';
import { z } from 'zod';

import { STATE_MIRROR, STATE_REMOVED } from './state';

const inputs = z.object({
  ...shadowSourceInputs,
  metrics: z.string().default('error-rate < 0.01, p95-latency < 0.5'),
  duration: durationInput().default(300),
  'mirror-percentage': z.string().default('100'),
  'min-requests': numberInput().pipe(z.number().int().min(0)).default(20),
  mirror: z.enum(['none', 'command', 'istio']).default('none'),
  'mirror-command': z.string().optional(),
  'virtual-service': z.string().optional(),
  'live-subset': z.string().default('stable'),
  'shadow-subset': z.string().default('shadow'),
  'mirror-host': z.string().optional(),
  'live-predictions': z.string(),
  'shadow-predictions': z.string(),
  'id-column': z.string().default('request_id'),
  'prediction-column': z.string().default('prediction'),
  'score-column': z.string().default('score'),
  'segment-column': z.string().optional(),
  thresholds: z.string().default('agreement >= 0.97, score_psi < 0.1'),
  'min-matched': numberInput().pipe(z.number().int().min(1)).default(100),
  'fail-on': failOnInput(),
  'report-path': z.string().default('mlship-reports/shadow-check'),
});

type Inputs = z.output<typeof inputs>;

function mirrorConfig(i: Inputs): MirrorConfig {
  const need = (name: 'mirror-command' | 'virtual-service' | 'namespace', hint: string): string => {
    const v = i[name];
    if (!v) throw new UserError(`input "${name}" is required with mirror: ${i.mirror}.`, { hint });
    return v;
  };
  switch (i.mirror) {
    case 'none':
      return { provider: 'none' };
    case 'command':
      return { provider: 'command', argv: parseMirrorCommand(need('mirror-command', 'e.g. ./scripts/set-mirror.sh {{percent}}')) };
    case 'istio':
      return {
        provider: 'istio',
        virtualService: need('virtual-service', 'Name the VirtualService that routes to the live model, e.g. ml-model.'),
        namespace: need('namespace', 'The namespace of the VirtualService, e.g. production.'),
        liveSubset: i['live-subset'],
        shadowSubset: i['shadow-subset'],
        ...(i['mirror-host'] ? { host: i['mirror-host'] } : {}),
      };
  }
}

export function createShadowCheck(options: { signal?: AbortSignal } = {}) {
  return defineAction({
    name: 'shadow-check',
    inputs,
    secrets: [...metricSourceSecrets],
    async run(i, io: ActionIO) {
      // Its query maps, metric lists and command lists may be YAML.
      await loadYamlParser();
      const conditions = parseHealthConditions(i.metrics, i, { action: 'shadow-check', input: 'metrics', example: '"error-rate < 0.01, p95-latency < 0.5"' });
      const percent = parseMirrorPercentage(i['mirror-percentage']);
      const thresholds = parseAgreementThresholds(i.thresholds);
      const columns: PredictionColumns = {
        id: i['id-column'],
        prediction: i['prediction-column'],
        score: i['score-column'],
        scoreRequired: needsScores(thresholds),
        ...(i['segment-column'] ? { segment: i['segment-column'] } : {}),
      };
      // A presigned URL's query is its credential: masked wherever the runner might echo it.
      for (const spec of [i['live-predictions'], i['shadow-predictions']]) {
        const query = /^https?:\/\/[^?#]*(\?[^#]+)/i.exec(spec.trim())?.[1];
        if (query) io.setSecret(query);
      }
      const logOptions = { log: (line: string) => io.info(line) };
      await preflightLog(i['live-predictions'], columns, 'input "live-predictions"', logOptions);
      await preflightLog(i['shadow-predictions'], columns, 'input "shadow-predictions"', logOptions);
      if (!(i.duration > 0)) throw new UserError(`must be more than 0 seconds, got ${i.duration}.`, { where: 'input "duration"', hint: 'How long the shadow gets mirrored traffic, e.g. 10m.' });
      // A rate needs two readings of the counters inside the mirrored period.
      if (i.duration < 2 * i['scrape-interval']) {
        throw new UserError(`duration (${i.duration} s) must span at least two scrapes (scrape-interval ${i['scrape-interval']} s).`, { where: 'input "duration"', hint: 'Lengthen duration, or shorten scrape-interval.' });
      }
      const config = mirrorConfig(i);
      const mirror = createMirror(config, (l) => io.info(l));
      const source = await createMetricSource(toMetricSourceInputs(i), io, { tracks: ['canary'], trackNames: SHADOW_TRACK_NAMES });
      try {
        await preflightMetricSource(source, [{ track: 'canary', name: 'shadow', urlInput: 'shadow-metrics-url', url: i['shadow-metrics-url'] }], conditions.map((c) => c.metric), { interval: i.duration });
        await mirror.preflight();
        io.info(
          `Shadow analysis: ${mirror.changes ? `mirroring ${percent}% of live requests to the shadow on ${mirror.description}` : 'observe only (mirror: none — the traffic is already mirrored)'} for ${i.duration} s; the live model answers every request. Shadow metrics ${conditions.map((c) => c.threshold.source).join(', ')}; agreement ${thresholds.map((t) => t.source).join(', ')}.`,
        );
        // Saved before the mirror is set: a cancelled job's post: step removes it.
        if (mirror.changes) io.saveState(STATE_MIRROR, JSON.stringify(config));
        let cancelled: string | undefined;
        let start = Date.now() / 1000;
        try {
          await mirror.start(percent);
          start = Date.now() / 1000;
          if (mirror.changes) io.info(`Mirror set: ${percent}% of live requests are copied to the shadow.`);
          await sleep(i.duration * 1000, options.signal).catch((e: unknown) => {
            if (!options.signal?.aborted) throw e;
            cancelled = describeError(options.signal.reason);
          });
        } finally {
          // Whatever happened, the shadow must not keep receiving copies (the CLI has no post: step).
          if (mirror.changes) {
            await mirror.remove().then(
              () => {
                io.saveState(STATE_REMOVED, 'true');
                io.info(`Mirror removed from ${mirror.description}.`);
              },
              (e: unknown) => io.warning(`could not remove the mirror (${describeError(e)}); the post: step will try again.`),
            );
          }
        }
        const mirrored = { start, end: Date.now() / 1000 };
        if (cancelled) io.info(`Stopping: the run was cancelled (${cancelled}); judging what was mirrored so far.`);
        const health = await checkHealth(source, 'canary', mirrored, conditions, i['min-requests']).catch((e: unknown): HealthResult => {
          if (!(e instanceof MetricSourceUnavailable)) throw e;
          return { health: 'inconclusive', requests: null, conditions: [], reasons: [`metrics unavailable: ${e.line}`] };
        });
        const live = await readPredictions(i['live-predictions'], columns, 'input "live-predictions"', logOptions);
        const shadow = await readPredictions(i['shadow-predictions'], columns, 'input "shadow-predictions"', logOptions);
        const agreement = isUnreadable(live) || isUnreadable(shadow) ? null : compareLogs(live, shadow, { scores: live.hasScore && shadow.hasScore, segments: columns.segment !== undefined });
        const judged = agreement ? judgeThresholds(agreement, thresholds) : thresholds.map((threshold) => ({ threshold, value: null, passed: null }));
        const judgement = { health, live, shadow, agreement, thresholds: judged, minMatched: i['min-matched'], cancelled };
        const outcome = judgeShadow(judgement);
        io.info(`${outcome.verdict === 'promote' ? 'Promote' : outcome.verdict === 'reject' ? 'Reject' : 'Inconclusive'}: ${outcome.reasons.join('; ')}. ${userImpact(agreement)}`);
        const report = buildShadowReport({ mirror: mirror.changes ? mirror.description : null, percent, seconds: mirrored.end - mirrored.start, minRequests: i['min-requests'] }, judgement, outcome);
        return {
          report,
          outputs: {
            verdict: outcome.verdict,
            agreement: String(agreement?.agreement ?? ''),
            impact: userImpact(agreement),
            'failed-metrics': JSON.stringify(outcome.failedMetrics),
            'segments-json': JSON.stringify(agreement?.segments ?? []),
          },
        };
      } finally {
        await source.close();
      }
    },
  });
}

export const shadowCheck = createShadowCheck();
