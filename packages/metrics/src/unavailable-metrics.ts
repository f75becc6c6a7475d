import { isBinary, type ClassificationData, type MetricValues } from './classification-metrics';

/**
 * Why a metric the task normally reports has no value, by metric name. The
 * score-based metrics (ROC AUC, average precision, log loss, Brier) are the
 * ones that go missing: no score column, scores that are not probabilities, a
 * class without a probability column, or a y_true with one class (where
 * scikit-learn refuses to compute them). They are reported as null with this
 * reason, never left out, so a consumer of metrics-json cannot mistake
 * "not computed" for "not asked for".
 */
export type UnavailableMetrics = Record<string, string>;

const BINARY_SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score_loss'];
const MULTICLASS_SCORE_METRICS = ['roc_auc', 'roc_auc_ovr_weighted', 'average_precision', 'log_loss'];
const LOSSES = new Set(['log_loss', 'brier_score_loss']);

export function unavailableClassificationMetrics(d: ClassificationData, m: MetricValues): UnavailableMetrics {
  const out: UnavailableMetrics = {};
  const classesInTruth = new Set(d.truth).size;
  if (isBinary(d)) {
    const positive = String(d.labels.labels[d.positive!]);
    for (const k of BINARY_SCORE_METRICS) {
      if (!d.score) out[k] = `no positive-class score: add a y_score column (or proba_${positive}), or set columns.y_score`;
      else if (m[k] === undefined && LOSSES.has(k)) out[k] = 'the scores are not probabilities (values outside [0, 1]); ROC AUC and average precision use them as a ranking';
    }
  } else {
    const present = [...new Set(d.truth)].sort((a, b) => a - b);
    const lacking = present.filter((c) => !d.proba?.[c]).map((c) => String(d.labels.labels[c]));
    for (const k of MULTICLASS_SCORE_METRICS) {
      if (!d.proba) out[k] = 'no probability columns: add one proba_<label> column per class, or set columns.proba_prefix';
      else if (lacking.length) out[k] = `no probability column for class${lacking.length === 1 ? '' : 'es'} ${lacking.join(', ')} (one per y_true class is needed)`;
    }
  }
  for (const [k, v] of Object.entries(m)) {
    if (Number.isNaN(v) && !out[k]) out[k] = classesInTruth < 2 ? 'y_true holds a single class, so it is undefined (scikit-learn refuses to compute it)' : 'undefined for these predictions';
  }
  return out;
}

/** Regression metrics only go missing as NaN. */
export function unavailableRegressionMetrics(m: MetricValues): UnavailableMetrics {
  return Object.fromEntries(Object.entries(m).flatMap(([k, v]) => (Number.isNaN(v) ? [[k, 'undefined for these predictions']] : [])));
}
