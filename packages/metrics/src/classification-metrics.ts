import { accuracy, averagedScores, balancedAccuracy, binaryScores } from './classification';
import { ConfusionMatrix } from './confusion';
import type { LabelSet } from './labels';
import { binaryLogLossTerms, brierTerms, multiclassLogLossTerms, weightedMean } from './probabilistic';
import { averagePrecisionFromTally, RankedScores, rocAucFromTally } from './ranking';

/**
 * Encoded classification predictions: one label set for y_true and y_pred
 * (their union), optional positive-class scores (binary) or a probability
 * column per class (multiclass, in `labels` order; absent for a class that
 * only ever appears in y_pred).
 */
export interface ClassificationData {
  labels: LabelSet;
  truth: Int32Array;
  pred: Int32Array;
  /** Code of the positive label when the task is binary. */
  positive?: number;
  score?: Float64Array;
  proba?: (Float64Array | undefined)[];
}

export type MetricValues = Record<string, number>;

/** Metrics computed from the confusion matrix alone, by key. */
export function confusionMetrics(cm: ConfusionMatrix, binary: boolean, positive: number | undefined): MetricValues {
  const out: MetricValues = { accuracy: accuracy(cm), balanced_accuracy: balancedAccuracy(cm) };
  if (binary) {
    const s = binaryScores(cm, positive);
    out.precision = s.precision;
    out.recall = s.recall;
    out.f1 = s.f1;
  }
  for (const avg of ['macro', 'micro', 'weighted'] as const) {
    const s = averagedScores(cm, avg);
    out[`precision_${avg}`] = s.precision;
    out[`recall_${avg}`] = s.recall;
    out[`f1_${avg}`] = s.f1;
  }
  return out;
}

export const isBinary = (d: ClassificationData) => d.positive !== undefined;

/** Everything scikit-learn would report for these predictions; NaN where a metric is undefined (one class in y_true). */
export function classificationMetrics(d: ClassificationData): MetricValues {
  const cm = ConfusionMatrix.fromCodes(d.truth, d.pred, d.labels.size);
  const out = confusionMetrics(cm, isBinary(d), d.positive);
  if (isBinary(d) && d.score) Object.assign(out, binaryScoreMetrics(d.truth, d.positive!, d.score));
  else if (!isBinary(d) && d.proba) Object.assign(out, multiclassScoreMetrics(d));
  return out;
}

export function positives(truth: Int32Array, positive: number): Uint8Array {
  const out = new Uint8Array(truth.length);
  for (let i = 0; i < truth.length; i++) out[i] = truth[i] === positive ? 1 : 0;
  return out;
}

const inUnitInterval = (xs: ArrayLike<number>) => {
  for (let i = 0; i < xs.length; i++) if (!(xs[i]! >= 0 && xs[i]! <= 1)) return false;
  return true;
};

export function binaryScoreMetrics(truth: Int32Array, positive: number, score: Float64Array, ranked = new RankedScores(score)): MetricValues {
  const isPos = positives(truth, positive);
  const { pos, neg } = ranked.tally(isPos);
  const out: MetricValues = { roc_auc: rocAucFromTally(pos, neg), average_precision: averagePrecisionFromTally(pos, neg) };
  // Losses need probabilities; raw decision scores still rank, so AUC and AP stay.
  if (inUnitInterval(score)) {
    const bothClasses = isPos.includes(1) && isPos.includes(0);
    out.log_loss = bothClasses ? weightedMean(binaryLogLossTerms(isPos, score)) : NaN;
    out.brier_score_loss = weightedMean(brierTerms(isPos, score));
  }
  return out;
}

/** One-vs-rest over the classes present in y_true, as `roc_auc_score(multi_class='ovr')` does. */
function multiclassScoreMetrics(d: ClassificationData): MetricValues {
  const support = new Float64Array(d.labels.size);
  for (const t of d.truth) support[t]!++;
  const present = [...support.keys()].filter((c) => support[c]! > 0);
  if (present.some((c) => !d.proba![c])) return {};
  let aucMacro = 0;
  let aucWeighted = 0;
  let apMacro = 0;
  for (const c of present) {
    const { pos, neg } = new RankedScores(d.proba![c]!).tally(positives(d.truth, c));
    const auc = rocAucFromTally(pos, neg);
    aucMacro += auc / present.length;
    aucWeighted += (auc * support[c]!) / d.truth.length;
    apMacro += averagePrecisionFromTally(pos, neg) / present.length;
  }
  const columns = present.map((c) => d.proba![c]!);
  const truthInPresent = Int32Array.from(d.truth, (t) => present.indexOf(t));
  return {
    roc_auc: present.length < 2 ? NaN : aucMacro,
    roc_auc_ovr_weighted: present.length < 2 ? NaN : aucWeighted,
    average_precision: apMacro,
    log_loss: present.length < 2 ? NaN : weightedMean(multiclassLogLossTerms(truthInPresent, columns)),
  };
}
