import { golden } from './__golden__/golden';
import { classificationMetrics } from './classification-metrics';
import { encodeClassification } from './encode';
import type { Label } from './labels';
import type { Predictions } from './predictions';
import { unavailableClassificationMetrics } from './unavailable-metrics';

const inline = (truth: Label[], pred: Label[], score?: number[]): Predictions => ({ source: 'inline', rows: truth.length, truth, pred, score: score && Float64Array.from(score), attributes: new Map() });
type Edge = { name: string; kind: string; y_true: Label[]; y_pred: Label[]; y_score?: number[]; expected: Record<string, number | null> };

describe('metrics that cannot be computed carry a reason', () => {
  // scikit-learn's goldens mark what it refuses to compute as null: exactly those get a reason here, and nothing else does.
  // make_golden.py leaves log_loss out of the edge cases; with one class in y_true scikit-learn 1.2.1 refuses it too
  // ("y_true contains only one label ... provide the true labels explicitly"), so it is refused here as well.
  for (const c of (golden.edge as Edge[]).filter((e) => e.kind === 'binary')) {
    it(`edge case: ${c.name}`, () => {
      const { candidate } = encodeClassification(inline(c.y_true, c.y_pred, c.y_score), undefined, typeof c.y_true[0] === 'string' ? 'yes' : undefined);
      const why = unavailableClassificationMetrics(candidate, classificationMetrics(candidate));
      const oneClass = new Set(c.y_true).size === 1;
      const refused = [...Object.entries(c.expected).flatMap(([k, v]) => (v === null ? [k] : [])), ...(oneClass ? ['log_loss'] : [])];
      expect(Object.keys(why).sort()).toEqual(refused.sort());
      for (const k of refused) expect(why[k]).toBe('y_true holds a single class, so it is undefined (scikit-learn refuses to compute it)');
    });
  }

  it('binary without scores: every score metric, with what to add', () => {
    const { candidate } = encodeClassification(inline([0, 1, 1, 0], [0, 1, 0, 0]), undefined, undefined);
    expect(unavailableClassificationMetrics(candidate, classificationMetrics(candidate))).toEqual({
      roc_auc: 'no positive-class score: add a y_score column (or proba_1), or set columns.y_score',
      average_precision: 'no positive-class score: add a y_score column (or proba_1), or set columns.y_score',
      log_loss: 'no positive-class score: add a y_score column (or proba_1), or set columns.y_score',
      brier_score_loss: 'no positive-class score: add a y_score column (or proba_1), or set columns.y_score',
    });
  });
});
