import { UserError } from '@mlship/core';
import type { PairedMetric } from './bootstrap';
import { confusionMetrics, isBinary, positives, type ClassificationData } from './classification-metrics';
import { ConfusionMatrix } from './confusion';
import { binaryLogLossTerms, brierTerms, weightedMean } from './probabilistic';
import { averagePrecisionFromTally, RankedScores, rocAucFromTally } from './ranking';
import { regressionMetrics, type RegressionMetrics } from './regression';

/** The statistics a paired bootstrap can resample, per task. */
export const CONFUSION_METRICS = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted'];
const SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score_loss'];
export const REGRESSION_METRICS: (keyof RegressionMetrics)[] = ['mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'];

/**
 * Paired statistics for candidate and baseline classifiers scored on the same
 * rows (same `truth`, one label set). Confusion metrics share one cell coding
 * (truth, candidate label, baseline label), so their resamples only count cells.
 */
export function pairedClassification(names: string[], cand: ClassificationData, base: ClassificationData): PairedMetric[] {
  const k = cand.labels.size;
  const binary = isBinary(cand);
  let codes: Uint8Array | Int32Array | undefined;
  const jointCodes = () => {
    if (!codes) {
      // One byte per row while the cells fit: resampling reads codes at random, and a smaller array stays in cache.
      codes = k * k * k <= 256 ? new Uint8Array(cand.truth.length) : new Int32Array(cand.truth.length);
      for (let i = 0; i < codes.length; i++) codes[i] = (cand.truth[i]! * k + cand.pred[i]!) * k + base.pred[i]!;
    }
    return codes;
  };
  const cellsFor = (name: string): PairedMetric['cells'] => {
    return {
      codes: jointCodes(),
      size: k * k * k,
      evaluate(counts) {
        const [c, b] = [new ConfusionMatrix(k), new ConfusionMatrix(k)];
        for (let t = 0; t < k; t++)
          for (let pc = 0; pc < k; pc++)
            for (let pb = 0; pb < k; pb++) {
              const n = counts[(t * k + pc) * k + pb]!;
              c.counts[t * k + pc]! += n;
              b.counts[t * k + pb]! += n;
            }
        return [confusionMetrics(c, binary, cand.positive)[name]!, confusionMetrics(b, binary, cand.positive)[name]!];
      },
    };
  };

  return names.map((name): PairedMetric => {
    if (CONFUSION_METRICS.includes(name)) {
      if (!binary && ['precision', 'recall', 'f1'].includes(name)) throw notResamplable(name, 'it is defined for binary tasks; use f1_macro or f1_weighted');
      return { name, cells: cellsFor(name) };
    }
    if (!SCORE_METRICS.includes(name)) throw notResamplable(name, `resamplable metrics: ${[...CONFUSION_METRICS, ...SCORE_METRICS].join(', ')}`);
    if (!binary || !cand.score || !base.score) throw notResamplable(name, 'score metrics need binary predictions with a score column for both models');
    const isPos = positives(cand.truth, cand.positive!);
    if (name === 'roc_auc' || name === 'average_precision') {
      const [rc, rb] = [new RankedScores(cand.score), new RankedScores(base.score)];
      const f = name === 'roc_auc' ? rocAucFromTally : averagePrecisionFromTally;
      return { name, evaluate: (w) => [rc, rb].map((r) => { const t = r.tally(isPos, w); return f(t.pos, t.neg); }) as [number, number] };
    }
    const terms = name === 'log_loss' ? binaryLogLossTerms : brierTerms;
    const [tc, tb] = [terms(isPos, cand.score), terms(isPos, base.score)];
    return { name, evaluate: (w) => [weightedMean(tc, w), weightedMean(tb, w)] };
  });
}

export function pairedRegression(names: string[], truth: Float64Array, cand: Float64Array, base: Float64Array): PairedMetric[] {
  return names.map((name) => {
    if (!(REGRESSION_METRICS as string[]).includes(name)) throw notResamplable(name, `resamplable regression metrics: ${REGRESSION_METRICS.join(', ')}`);
    const key = name as keyof RegressionMetrics;
    return { name, evaluate: (w) => [regressionMetrics(truth, cand, w)[key], regressionMetrics(truth, base, w)[key]] };
  });
}

const notResamplable = (name: string, why: string) =>
  new UserError(`bootstrap.metrics: "${name}" cannot be bootstrapped here — ${why}`, { where: 'eval-gate config' });
