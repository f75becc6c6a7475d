import { UserError } from '@mlship/core';
import type { ClassificationData } from './classification-metrics';
import { LabelSet, normaliseLabel, type Label } from './labels';
import type { Predictions } from './predictions';

/**
 * Candidate (and baseline) predictions encoded against one label set, the
 * union of y_true and every model's y_pred. Both models must score the same
 * rows: same count, and the same y_true row by row when the baseline file
 * carries y_true — the cheapest guard against a shuffled or filtered file.
 */
export interface EncodedPair {
  candidate: ClassificationData;
  baseline?: ClassificationData;
}

export function encodeClassification(candidate: Predictions, baseline: Predictions | undefined, positiveLabel: Label | undefined): EncodedPair {
  if (baseline) assertSameRows(candidate, baseline);
  const where = `predictions ${candidate.source}`;
  const truthLabels = new LabelSet(candidate.truth, where);
  const labels = new LabelSet([...truthLabels.labels, ...candidate.pred, ...(baseline?.pred ?? [])], where);
  const positive = positiveCode(truthLabels, labels, positiveLabel, where);
  const truth = labels.encode(candidate.truth);
  const encode = (p: Predictions): ClassificationData => ({
    labels,
    truth,
    pred: labels.encode(p.pred),
    positive,
    score: positive === undefined ? undefined : (p.score ?? p.proba?.get(String(labels.labels[positive]))),
    proba: positive === undefined && p.proba ? probaColumns(p, labels, truthLabels) : undefined,
  });
  return { candidate: encode(candidate), baseline: baseline && encode(baseline) };
}

/**
 * Binary when at most two labels occur. The positive label is the configured
 * one, else 1 for 0/1 or −1/1 labels (scikit-learn's default pos_label);
 * two text labels need it spelled out, as scikit-learn insists too.
 */
function positiveCode(truthLabels: LabelSet, labels: LabelSet, configured: Label | undefined, where: string): number | undefined {
  if (configured !== undefined) {
    const want = normaliseLabel(configured);
    const match = truthLabels.labels.find((l) => l === want || String(l) === String(want));
    if (match === undefined) {
      throw new UserError(`positive_label ${JSON.stringify(configured)} is not a label in y_true (labels: ${truthLabels.labels.map((l) => JSON.stringify(l)).join(', ')})`, {
        where,
        hint: 'Set columns.positive_label to one of the y_true labels.',
      });
    }
    if (labels.size > 2) throw new UserError(`positive_label is set but ${labels.size} labels occur (${labels.labels.join(', ')})`, { where, hint: 'positive_label is for binary tasks; remove it for multiclass.' });
    return labels.code(match);
  }
  if (labels.size > 2) return undefined;
  if (labels.labels.every((l) => l === 0 || l === 1) || labels.labels.every((l) => l === -1 || l === 1)) return labels.has(1) ? labels.code(1) : undefined;
  if (labels.size === 2) {
    throw new UserError(`labels are ${labels.labels.map((l) => JSON.stringify(l)).join(' and ')}: which one is positive?`, {
      where,
      hint: 'Set columns.positive_label in the eval-gate config.',
    });
  }
  return undefined;
}

function probaColumns(p: Predictions, labels: LabelSet, truthLabels: LabelSet): (Float64Array | undefined)[] {
  const byLabel = new Map([...p.proba!].map(([text, col]) => [text, col]));
  for (const text of byLabel.keys()) {
    if (!truthLabels.labels.some((l) => String(l) === text)) {
      throw new UserError(`probability column for label "${text}" but "${text}" never occurs in y_true`, {
        where: `predictions ${p.source}`,
        hint: `y_true labels: ${truthLabels.labels.join(', ')}. One probability column per y_true class is needed (scikit-learn's roc_auc_score rule).`,
      });
    }
  }
  return labels.labels.map((l) => byLabel.get(String(l)));
}

function assertSameRows(candidate: Predictions, baseline: Predictions): void {
  if (candidate.rows !== baseline.rows) {
    throw new UserError(`predictions has ${candidate.rows} rows, baseline-predictions ${baseline.rows}`, {
      where: `baseline-predictions ${baseline.source}`,
      hint: 'Both models must score the same test rows in the same order.',
    });
  }
  for (let i = 0; i < candidate.rows; i++) {
    if (candidate.truth[i] !== baseline.truth[i]) {
      throw new UserError(`row ${i + 1}: y_true is ${JSON.stringify(baseline.truth[i])} here but ${JSON.stringify(candidate.truth[i])} in predictions`, {
        where: `baseline-predictions ${baseline.source}`,
        hint: 'Both files must list the same test rows in the same order.',
      });
    }
  }
}
