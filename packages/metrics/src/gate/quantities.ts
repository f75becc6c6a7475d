/**
 * The names a gate can use, and which direction is "better" for each.
 * Metric keys follow scikit-learn's function names; short aliases people
 * type in thresholds (`auc`, `mae`, `rmse`) map onto them.
 */
export const LOWER_IS_BETTER = new Set(['log_loss', 'brier_score_loss', 'mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'mean_absolute_percentage_error']);

export const ALIASES: Record<string, string> = {
  auc: 'roc_auc',
  pr_auc: 'average_precision',
  brier: 'brier_score_loss',
  mae: 'mean_absolute_error',
  mse: 'mean_squared_error',
  rmse: 'root_mean_squared_error',
  mape: 'mean_absolute_percentage_error',
  r2_score: 'r2',
};

export const canonicalMetric = (name: string) => ALIASES[name] ?? name;

export const CLASSIFICATION_KEYS = [
  'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1',
  'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted',
  'roc_auc', 'roc_auc_ovr_weighted', 'average_precision', 'log_loss', 'brier_score_loss',
];
export const REGRESSION_KEYS = ['mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'];
export const METRIC_KEYS = [...CLASSIFICATION_KEYS, ...REGRESSION_KEYS];

export const LATENCY_KEYS = ['p50_ms', 'p95_ms', 'p99_ms', 'mean_ms', 'max_ms'];
export const FAIRNESS_KEYS = ['demographic_parity_ratio', 'demographic_parity_difference', 'equalized_odds_difference'];
export const IMPROVEMENT_PARTS = ['lower_bound', 'upper_bound', 'p_value'];

/** Where a gate's number comes from, parsed from its dotted path. */
export type Quantity =
  | { kind: 'metric'; metric: string }
  | { kind: 'latency'; key: string }
  | { kind: 'improvement'; metric: string; part?: 'lower_bound' | 'upper_bound' | 'p_value' }
  | { kind: 'mcnemar' }
  | { kind: 'fairness'; column: string; key: string }
  | { kind: 'slices'; column: string; metric: string }
  | { kind: 'leakage' }
  | { kind: 'model_size' };

/** Parses a gate's metric path; returns a reason string when it names nothing we know. */
export function parseQuantity(path: string): Quantity | string {
  const parts = path.split('.');
  const [head, ...rest] = parts;
  const metric = (m: string | undefined) => (m !== undefined && METRIC_KEYS.includes(canonicalMetric(m)) ? canonicalMetric(m) : undefined);
  if (rest.length === 0) {
    if (head === 'model_size_mb') return { kind: 'model_size' };
    const m = metric(head);
    return m ? { kind: 'metric', metric: m } : `unknown metric "${head}"`;
  }
  switch (head) {
    case 'latency':
      return rest.length === 1 && LATENCY_KEYS.includes(rest[0]!) ? { kind: 'latency', key: rest[0]! } : `latency quantities are ${LATENCY_KEYS.map((k) => `latency.${k}`).join(', ')}`;
    case 'improvement': {
      const m = metric(rest[0]);
      if (!m || rest.length > 2 || (rest[1] !== undefined && !IMPROVEMENT_PARTS.includes(rest[1]))) return `write improvement.<metric>[.${IMPROVEMENT_PARTS.join('|')}]`;
      return { kind: 'improvement', metric: m, part: rest[1] as 'lower_bound' | 'upper_bound' | 'p_value' | undefined };
    }
    case 'mcnemar':
      return rest.length === 1 && rest[0] === 'p_value' ? { kind: 'mcnemar' } : 'write mcnemar.p_value';
    case 'fairness':
      return rest.length === 2 && FAIRNESS_KEYS.includes(rest[1]!) ? { kind: 'fairness', column: rest[0]!, key: rest[1]! } : `write fairness.<column>.<${FAIRNESS_KEYS.join('|')}>`;
    case 'slices': {
      const m = metric(rest[1]);
      return rest.length === 2 && m ? { kind: 'slices', column: rest[0]!, metric: m } : 'write slices.<column>.<metric>';
    }
    case 'leakage':
      return rest.length === 1 && rest[0] === 'rows' ? { kind: 'leakage' } : 'write leakage.rows';
    default:
      return `unknown quantity "${path}"`;
  }
}

export const GATE_HEADS = ['model_size_mb', 'latency', 'improvement', 'mcnemar', 'fairness', 'slices', 'leakage', ...METRIC_KEYS, ...Object.keys(ALIASES)];
