import type { ConfusionMatrix } from './confusion';

/**
 * Label metrics from a confusion matrix, with scikit-learn's semantics:
 * labels are the union of y_true and y_pred, a 0/0 precision, recall or F1 is
 * 0 (`zero_division` left at its default), and balanced accuracy averages the
 * recall of the classes that occur in y_true.
 *
 * The matrix may carry labels that occur in neither column (a label only the
 * other model predicts, or one a bootstrap resample did not draw); they are
 * left out of macro averages, exactly as scikit-learn would never see them.
 */
export type Average = 'macro' | 'micro' | 'weighted';

export interface PerClass {
  precision: number[];
  recall: number[];
  f1: number[];
  support: number[];
  /** The label occurs in y_true or y_pred. */
  present: boolean[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const fScore = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function accuracy(cm: ConfusionMatrix): number {
  const total = cm.total();
  return total === 0 ? NaN : cm.diagonal().reduce((s, v) => s + v, 0) / total;
}

export function balancedAccuracy(cm: ConfusionMatrix): number {
  const support = cm.trueCounts();
  const diag = cm.diagonal();
  const recalls = support.flatMap((n, i) => (n > 0 ? [diag[i]! / n] : []));
  return recalls.length === 0 ? NaN : recalls.reduce((s, v) => s + v, 0) / recalls.length;
}

export function perClass(cm: ConfusionMatrix): PerClass {
  const support = cm.trueCounts();
  const predicted = cm.predCounts();
  const tp = cm.diagonal();
  const precision = tp.map((t, i) => ratio(t, predicted[i]!));
  const recall = tp.map((t, i) => ratio(t, support[i]!));
  const present = support.map((n, i) => n + predicted[i]! > 0);
  return { precision, recall, f1: precision.map((p, i) => fScore(p, recall[i]!)), support, present };
}

/** Precision, recall and F1 of one class: scikit-learn's `average='binary'` with `pos_label`. */
export function binaryScores(cm: ConfusionMatrix, positive: number | undefined): { precision: number; recall: number; f1: number } {
  // A positive label absent from both columns scores 0, as scikit-learn does when y has one class.
  if (positive === undefined) return { precision: 0, recall: 0, f1: 0 };
  const pc = perClass(cm);
  return { precision: pc.precision[positive]!, recall: pc.recall[positive]!, f1: pc.f1[positive]! };
}

export function averagedScores(cm: ConfusionMatrix, average: Average): { precision: number; recall: number; f1: number } {
  if (average === 'micro') {
    const tp = cm.diagonal().reduce((s, v) => s + v, 0);
    const total = cm.total();
    const precision = ratio(tp, total);
    const recall = ratio(tp, total);
    return { precision, recall, f1: fScore(precision, recall) };
  }
  const pc = perClass(cm);
  const weights = average === 'macro' ? pc.present.map(Number) : pc.support;
  const wsum = weights.reduce((s, v) => s + v, 0);
  const mean = (xs: number[]) => ratio(xs.reduce((s, x, i) => s + x * weights[i]!, 0), wsum);
  return { precision: mean(pc.precision), recall: mean(pc.recall), f1: mean(pc.f1) };
}
