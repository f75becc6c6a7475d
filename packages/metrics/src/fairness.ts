/**
 * Group fairness of a binary classifier, with fairlearn's definitions:
 * selection rate = share predicted positive; demographic parity difference =
 * max − min selection rate over groups, ratio = min / max; equalized odds
 * difference = the larger of the TPR spread and the FPR spread.
 *
 * A rate with an empty denominator (TPR in a group without positives) is
 * undefined (NaN), shown as such, and left out of the spreads rather than
 * counted as 0 — a group without positives says nothing about recall.
 * Groups named in `expected` but absent from the data are reported with
 * count 0; groups below `minSize` are reported but not compared.
 */
export interface GroupRates {
  group: string;
  count: number;
  selection_rate: number;
  accuracy: number;
  recall: number;
  true_positive_rate: number;
  false_positive_rate: number;
  /** Below the minimum group size (or absent): shown, not compared. */
  excluded: boolean;
}

export interface FairnessResult {
  column: string;
  groups: GroupRates[];
  demographic_parity_difference: number;
  demographic_parity_ratio: number;
  equalized_odds_difference: number;
}

export interface FairnessOptions {
  column: string;
  minSize?: number;
  expected?: string[];
}

export function groupFairness(groupOf: ArrayLike<string>, truth: Int32Array, pred: Int32Array, positive: number, options: FairnessOptions): FairnessResult {
  const tallies = new Map<string, { n: number; tp: number; fp: number; fn: number; tn: number }>();
  for (const g of options.expected ?? []) tallies.set(g, { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
  for (let i = 0; i < truth.length; i++) {
    const g = groupOf[i]!;
    let t = tallies.get(g);
    if (!t) tallies.set(g, (t = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 }));
    t.n++;
    const actual = truth[i] === positive;
    const predicted = pred[i] === positive;
    if (actual && predicted) t.tp++;
    else if (actual) t.fn++;
    else if (predicted) t.fp++;
    else t.tn++;
  }
  const minSize = Math.max(1, options.minSize ?? 1);
  const groups = [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, t]): GroupRates => ({
      group,
      count: t.n,
      selection_rate: rate(t.tp + t.fp, t.n),
      accuracy: rate(t.tp + t.tn, t.n),
      recall: rate(t.tp, t.tp + t.fn),
      true_positive_rate: rate(t.tp, t.tp + t.fn),
      false_positive_rate: rate(t.fp, t.fp + t.tn),
      excluded: t.n < minSize,
    }));
  const compared = groups.filter((g) => !g.excluded);
  const sel = spread(compared.map((g) => g.selection_rate));
  const tpr = spread(compared.map((g) => g.true_positive_rate));
  const fpr = spread(compared.map((g) => g.false_positive_rate));
  return {
    column: options.column,
    groups,
    demographic_parity_difference: sel.max - sel.min,
    demographic_parity_ratio: sel.max === 0 ? NaN : sel.min / sel.max,
    equalized_odds_difference: Math.max(tpr.max - tpr.min, fpr.max - fpr.min),
  };
}

const rate = (a: number, b: number) => (b === 0 ? NaN : a / b);

/** Min and max over the defined values; NaN when none is defined (so every difference is NaN). */
function spread(values: number[]): { min: number; max: number } {
  const defined = values.filter((v) => !Number.isNaN(v));
  return defined.length === 0 ? { min: NaN, max: NaN } : { min: Math.min(...defined), max: Math.max(...defined) };
}
