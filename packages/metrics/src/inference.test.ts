import { classificationMetrics, encodeClassification, groupFairness, mcnemar, pairedBootstrap, pairedClassification, readPredictions, sliceRows, take, Xoshiro128, type ClassificationData } from './index';
import { expectMetric, golden, goldenDir } from './__golden__/golden';

const load = async () => {
  const cand = await readPredictions('binary.csv', { cwd: goldenDir, role: 'predictions', columns: { y_true: 'y_true', y_pred: 'y_pred', y_score: 'y_score' }, attributes: ['group', 'region'] });
  const base = await readPredictions('binary.csv', { cwd: goldenDir, role: 'baseline-predictions', columns: { y_true: 'y_true', y_pred: 'base_pred', y_score: 'base_score' } });
  return { cand, ...encodeClassification(cand, base, undefined) };
};

describe('fairness by group (fairlearn definitions, checked against scikit-learn per group)', () => {
  it('rates per group; a group without positives has no TPR and stays out of the spread', async () => {
    const { cand, candidate } = await load();
    const f = groupFairness(cand.attributes.get('group')!, candidate.truth, candidate.pred, candidate.positive!, { column: 'group' });
    for (const g of f.groups) {
      const want = golden.fairness.groups[g.group];
      expect(g.count).toBe(want.count);
      for (const k of ['selection_rate', 'accuracy', 'recall', 'true_positive_rate', 'false_positive_rate'] as const) expectMetric(g[k], want[k], `group ${g.group} ${k}`);
    }
    for (const k of ['demographic_parity_difference', 'demographic_parity_ratio', 'equalized_odds_difference'] as const) expectMetric(f[k], golden.fairness[k], k);
  });

  it('an expected group with no rows is listed empty and not compared; small groups are excluded', async () => {
    const { cand, candidate } = await load();
    const f = groupFairness(cand.attributes.get('group')!, candidate.truth, candidate.pred, candidate.positive!, { column: 'group', expected: ['A', 'B', 'C', 'D'], minSize: 500 });
    expect(f.groups.map((g) => [g.group, g.count, g.excluded])).toEqual([
      ['A', 1505, false],
      ['B', 1039, false],
      ['C', 456, true],
      ['D', 0, true],
    ]);
    expect(Number.isNaN(f.groups[3]!.selection_rate)).toBe(true);
    const [a, b] = [f.groups[0]!.selection_rate, f.groups[1]!.selection_rate];
    expect(f.demographic_parity_ratio).toBeCloseTo(Math.min(a, b) / Math.max(a, b), 12);
  });
});

describe('slices', () => {
  const subset = (d: ClassificationData, rows: Int32Array): ClassificationData => ({ ...d, truth: take(d.truth, rows), pred: take(d.pred, rows), score: d.score && take(d.score, rows) });

  it.each(['region', 'group'])('metrics per %s value, small slices flagged, single-class slices without AUC', async (column) => {
    const { cand, candidate } = await load();
    const want = golden.slices[column];
    const slices = sliceRows(cand.attributes.get(column)!, 50);
    expect(slices.map((s) => s.value)).toEqual(Object.keys(want).sort());
    for (const s of slices) {
      expect(s.rows.length).toBe(want[s.value].count);
      expect(s.tooSmall).toBe(Boolean(want[s.value].too_small));
      if (s.tooSmall) continue;
      const m = classificationMetrics(subset(candidate, s.rows));
      for (const k of ['accuracy', 'f1', 'roc_auc']) if (k in want[s.value]) expectMetric(m[k], want[s.value][k], `${column}=${s.value} ${k}`);
    }
  });
});

describe('paired bootstrap', () => {
  it('draws the same indices as the golden script (xoshiro128** + masked rejection)', () => {
    const rng = new Xoshiro128(golden.bootstrap.seed);
    expect(Array.from({ length: 8 }, () => rng.next())).toEqual(golden.bootstrap.raw_next);
    const idx = new Xoshiro128(golden.bootstrap.seed);
    expect(Array.from({ length: 20 }, () => idx.index(3000))).toEqual(golden.bootstrap.first_indices);
  });

  it('accuracy, F1 and ROC AUC differences equal scikit-learn on the same resamples', async () => {
    const { candidate, baseline } = await load();
    const { seed, resamples, confidence } = golden.bootstrap;
    const results = pairedBootstrap(candidate.truth.length, pairedClassification(['accuracy', 'f1', 'roc_auc'], candidate, baseline!), { seed, resamples, confidence });
    for (const r of results) {
      const want = golden.bootstrap[r.metric];
      want.first.forEach((v: number, i: number) => expectMetric(r.differences[i], v, `${r.metric} resample ${i}`));
      expect(r.resamples).toBe(resamples);
      for (const k of ['mean', 'std', 'lower', 'upper'] as const) expectMetric(r[k], want[k], `${r.metric} ${k}`);
      expectMetric(r.shareAtOrBelowZero, want.share_at_or_below_zero, `${r.metric} share <= 0`);
    }
  });

  it('cell counts drawn row by row and the weights path agree resample for resample', async () => {
    const { candidate, baseline } = await load();
    const opts = { seed: 3, resamples: 30, confidence: 0.9, cellDraws: 'rows' as const };
    const [fast] = pairedBootstrap(candidate.truth.length, pairedClassification(['f1_macro'], candidate, baseline!), opts);
    const [viaWeights] = pairedBootstrap(candidate.truth.length, pairedClassification(['f1_macro', 'log_loss'], candidate, baseline!), opts);
    expect(Array.from(viaWeights!.differences)).toEqual(Array.from(fast!.differences).map((d) => expect.closeTo(d, 12)));
  });

  it('reports progress about every 10%', () => {
    const seen: number[] = [];
    const d = { labels: { size: 2 }, truth: new Int32Array([0, 1, 1, 0]), pred: new Int32Array([0, 1, 0, 0]), positive: 1 } as unknown as ClassificationData;
    pairedBootstrap(4, pairedClassification(['accuracy'], d, { ...d, pred: new Int32Array([1, 1, 0, 0]) }), { seed: 1, resamples: 100, confidence: 0.95, progress: (done) => seen.push(done) });
    expect(seen).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });

  it('refuses metrics it cannot resample, naming the config key', async () => {
    const { candidate, baseline } = await load();
    expect(() => pairedClassification(['roc_auc_ovr_weighted'], candidate, baseline!)).toThrow('bootstrap.metrics: "roc_auc_ovr_weighted" cannot be bootstrapped here');
  });
});

describe("McNemar's test", () => {
  const cases: [number, number, { method: string; p_value: number; statistic?: number }][] = golden.mcnemar.map((m: { b: number; c: number }) => [m.b, m.c, m]);
  it.each(cases)('b=%i c=%i equals SciPy', (b, c, want) => {
    const r = mcnemar(b, c);
    expect(r.method).toBe(want.method);
    expectMetric(r.pValue, want.p_value, 'p-value');
    if (want.statistic !== undefined) expectMetric(r.statistic, want.statistic, 'statistic');
  });

  it('counts discordant pairs from the fixture as the golden script does', async () => {
    const { candidate, baseline } = await load();
    let b = 0;
    let c = 0;
    candidate.truth.forEach((t, i) => {
      const [okC, okB] = [candidate.pred[i] === t, baseline!.pred[i] === t];
      if (okC && !okB) b++;
      if (!okC && okB) c++;
    });
    expect([b, c]).toEqual([golden.mcnemar[0].b, golden.mcnemar[0].c]);
  });
});
