import { classificationMetrics, ConfusionMatrix, encodeClassification, LabelSet, readPredictions, regressionMetrics, summariseLatency, type Label, type Predictions } from './index';
import { expectMetric, expectMetrics, golden, goldenDir } from './__golden__/golden';

const read = (file: string, columns: Parameters<typeof readPredictions>[1]['columns'], attributes?: string[]) =>
  readPredictions(file, { cwd: goldenDir, role: 'predictions', columns, attributes });

const inline = (truth: Label[], pred: Label[], score?: number[]): Predictions => ({
  source: 'inline',
  rows: truth.length,
  truth,
  pred,
  score: score && Float64Array.from(score),
  attributes: new Map(),
});

describe('metrics equal scikit-learn 1.2 to 1e-9', () => {
  it('binary fixture: every label and score metric, and the confusion matrix', async () => {
    const p = await read('binary.csv', { y_true: 'y_true', y_pred: 'y_pred', y_score: 'y_score' });
    const { candidate } = encodeClassification(p, undefined, undefined);
    expectMetrics(classificationMetrics(candidate), golden.binary.metrics, 'binary');
    expect(ConfusionMatrix.fromCodes(candidate.truth, candidate.pred, 2).toRows()).toEqual(golden.binary.confusion_matrix);
  });

  it('baseline on the same rows', async () => {
    const p = await read('binary.csv', { y_true: 'y_true', y_pred: 'base_pred', y_score: 'base_score' });
    expectMetrics(classificationMetrics(encodeClassification(p, undefined, undefined).candidate), golden.binary.baseline, 'baseline');
  });

  it('multiclass: union of labels (a label only ever predicted), one-vs-rest AUC and AP, log loss', async () => {
    const p = await read('multiclass.csv', { y_true: 'y_true', y_pred: 'y_pred', proba_prefix: 'proba_' });
    const { candidate } = encodeClassification(p, undefined, undefined);
    expect(candidate.labels.labels).toEqual(golden.multiclass.labels);
    expectMetrics(classificationMetrics(candidate), golden.multiclass.metrics, 'multiclass');
    expect(ConfusionMatrix.fromCodes(candidate.truth, candidate.pred, candidate.labels.size).toRows()).toEqual(golden.multiclass.confusion_matrix);
  });

  it('regression', async () => {
    const p = await read('regression.csv', { y_true: 'y_true', y_pred: 'y_pred' });
    expectMetrics({ ...regressionMetrics(p.truth as number[], p.pred as number[]) }, golden.regression.metrics, 'regression');
  });

  for (const c of golden.edge as { name: string; kind: string; y_true: Label[]; y_pred: Label[]; y_score?: number[]; expected: Record<string, number | null> }[]) {
    it(`edge case: ${c.name}`, () => {
      if (c.kind === 'regression') {
        expectMetrics({ ...regressionMetrics(c.y_true as number[], c.y_pred as number[]) }, c.expected, c.name);
        return;
      }
      const positive = typeof c.y_true[0] === 'string' ? 'yes' : undefined;
      const { candidate } = encodeClassification(inline(c.y_true, c.y_pred, c.y_score), undefined, positive);
      expectMetrics(classificationMetrics(candidate), c.expected, c.name);
    });
  }

  it('latency percentiles (NumPy linear)', async () => {
    const p = await readPredictions('binary.csv', { cwd: goldenDir, role: 'latency', columns: { y_true: 'latency_ms', y_pred: 'latency_ms' } });
    const s = summariseLatency(p.truth as number[]);
    for (const k of ['p50', 'p95', 'p99', 'mean'] as const) expectMetric(s[k], golden.latency[k], `latency ${k}`);
  });
});

describe('labels', () => {
  it('sorts like numpy and refuses mixed kinds', () => {
    expect(new LabelSet([3, 1, 2, 1], 'x').labels).toEqual([1, 2, 3]);
    expect(new LabelSet(['b', 'B', 'a'], 'x').labels).toEqual(['B', 'a', 'b']);
    expect(() => new LabelSet([1, 'a'], 'x')).toThrow('labels mix text and numbers');
  });
});
